"""Images of report pages (PNG, JPEG, TIFF; a multi-page TIFF is one page per frame), read by OCR.

Each frame is one page (`Segment.page`, 1-based) laid out by `ocr`; `Document.ocr` maps the text
back to boxes of the page image. Pillow decodes the file; nothing else in it is interpreted.
"""
from __future__ import annotations

import io
import time
import warnings as py_warnings

import numpy as np
from PIL import Image, ImageOps, ImageSequence

from ..model import Document
from ..normalise import normalise
from . import ReadError, ocr
from .decode import binary_kind

# A page scan at 600 dpi is ~35M pixels; far more is a wrong file or a decompression bomb.
MAX_IMAGE_PIXELS = 80_000_000
MAX_FRAMES = 1000


def read_image(data: bytes, source_file: str, report_id: str) -> Document:
    try:
        with py_warnings.catch_warnings():
            py_warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # checked below
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise Image.DecompressionBombError
            image.load()
    except Image.DecompressionBombError:
        raise ReadError(f"image too large (over {MAX_IMAGE_PIXELS:,} pixels)") from None
    except Exception:       # Pillow raises many kinds for bad bytes; all mean the same here
        kind = binary_kind(data)
        if kind and kind.endswith(" image"):
            raise ReadError(f"damaged {kind} that cannot be decoded") from None
        raise ReadError(f"file claims to be an image but is {f'a {kind}' if kind else 'not one'}"
                        ) from None
    if not ocr.available():
        raise ReadError("image input needs OCR, which is not installed (rapidocr-onnxruntime)")
    pages: list[tuple[int, str, ocr.PageText | None]] = []
    warnings: list[str] = []
    deadline = ocr.budget()
    frames = getattr(image, "n_frames", 1)
    for number, frame in enumerate(ImageSequence.Iterator(image), 1):
        if number > MAX_FRAMES:
            warnings.append(f"only the first {MAX_FRAMES} of {frames} image frames were read")
            break
        if time.monotonic() > deadline:
            warnings.append(ocr.stopped_warning(number - 1, frames))
            break
        try:
            rgb = _page_pixels(frame)
        except (OSError, ValueError):
            warnings.append(f"image frame {number} could not be decoded")
            continue
        layout = ocr.ocr_page(rgb)
        pages.append((number, layout.text, layout))
        ocr.page_done()
    raw, segments, spans = ocr.join_pages(pages)
    if not raw.strip():
        raise ReadError("OCR found no text in the image")
    return Document(
        source_file=source_file, report_id=report_id, fmt="image",
        text=normalise(raw), raw_text=raw, segments=segments, warnings=warnings, ocr=spans,
    )


def _page_pixels(frame: Image.Image) -> np.ndarray:
    """The frame upright (EXIF orientation), RGB on white, scaled to the OCR pixel budget."""
    frame = ImageOps.exif_transpose(frame)
    if frame.mode in ("RGBA", "LA", "PA") or "transparency" in frame.info:
        canvas = Image.new("RGB", frame.size, "white")
        canvas.paste(frame.convert("RGBA"), mask=frame.convert("RGBA").getchannel("A"))
        frame = canvas
    frame = frame.convert("RGB")
    scale = ocr.scale_for(frame.width, frame.height, 1.0)
    if scale < 1.0:
        frame = frame.resize((round(frame.width * scale), round(frame.height * scale)),
                             Image.Resampling.LANCZOS)
    return np.asarray(frame)
