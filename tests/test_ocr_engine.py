"""The OCR model runs offline on a small page drawn here with the bundled CJK font."""
from __future__ import annotations

import io

import pytest
from ogi.extract import extract
from ogi.read import read_document
from ogi.read.ocr import available
from ogi.style import font_path
from PIL import Image, ImageDraw, ImageFont

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not available(), reason="OCR is not installed")]


def drawn_page() -> Image.Image:
    """A title, a sentence and a two-row ruled table, black on white, ~200 dpi text size."""
    font = ImageFont.truetype(str(font_path()), 30)
    page = Image.new("RGB", (900, 420), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 30), "某县政府信息公开工作年度报告", font=font, fill="black")
    draw.text((60, 100), "本年度主动公开政府信息125条。", font=font, fill="black")
    xs, ys = (60, 420, 620, 820), (200, 270, 340)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill="black", width=3)
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill="black", width=3)
    for (label, made, total), y in zip([("行政许可", "48", "96"), ("行政处罚", "7", "")], ys):
        draw.text((75, y + 17), label, font=font, fill="black")
        draw.text((490, y + 17), made, font=font, fill="black")
        draw.text((690, y + 17), total, font=font, fill="black")
    return page


def test_an_image_and_an_image_only_pdf_are_read_by_ocr(tmp_path):
    page = drawn_page()
    png = tmp_path / "page.png"
    page.save(png)
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=200)
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(buffer.getvalue())

    image_doc = read_document(png, png.name)
    pdf_doc = read_document(pdf, pdf.name)

    for doc, fmt in ((image_doc, "image"), (pdf_doc, "pdf")):
        assert doc.fmt == fmt
        lines = doc.text.split("\n")
        assert lines[:2] == ["某县政府信息公开工作年度报告", "本年度主动公开政府信息125条。"]
        assert lines[2:] == ["行政许可\t48\t96", "行政处罚\t7\t"]    # the blank cell stays blank
        assert [s.page for s in doc.segments] == [1]
        numbers = [s for s in doc.ocr if doc.text[s.text_start:s.text_start + s.length] == "48"]
        assert len(numbers) == 1 and numbers[0].page == 1 and numbers[0].confidence > 0.9

    _, facts = extract(image_doc)
    proactive = [f for f in facts if f.measure == "proactive"]
    assert [(f.value, f.flag) for f in proactive] == [(125.0, "")]
    assert proactive[0].ocr_confidence > 0.9
