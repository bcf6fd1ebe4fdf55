"""OCR layout and trust, on boxes and cells built here: no OCR model runs (lib/ogi/read/ocr.py)."""
from __future__ import annotations

import math
import zlib

import pytest
from ogi.extract import OCR_UNSURE, mark_ocr
from ogi.model import Document, Fact
from ogi.read import ReadError, read_document, sniff_format
from ogi.read.ocr import UNSURE_CHAR_CONF, OcrBox, join_pages, lay_out, skew_degrees, text_layer_usable

H = 30  # text height in pixels


def box(x0, y0, text, width=None, conf=0.99, char_confs=None, height=H):
    width = width if width is not None else H * len(text)
    confs = tuple(char_confs) if char_confs is not None else (conf,) * len(text)
    return OcrBox(x0, y0, x0 + width, y0 + height, text, conf, confs)


def spans_match(page):
    return all(page.text[start:end] == b.text for start, end, b in page.spans)


# --- free text ---------------------------------------------------------------------------------

def test_lines_in_reading_order_whatever_order_the_boxes_come_in():
    boxes = [box(100, 200, "第二行文字"), box(100, 100, "第一行"), box(200, 104, "继续"),
             box(100, 300, "第三行")]
    page = lay_out(boxes)
    assert page.text == "第一行继续\n第二行文字\n第三行"
    assert spans_match(page)


def test_boxes_of_different_heights_on_one_line_stay_together():
    boxes = [box(100, 100, "共受理申请", height=34), box(260, 108, "12", height=22),
             box(330, 102, "件", height=30)]
    assert lay_out(boxes).text == "共受理申请12件"


def test_a_wide_gap_starts_a_new_cell_and_latin_words_keep_a_space():
    boxes = [box(100, 100, "行政处罚"), box(600, 100, "27"), box(100, 200, "PDF", width=60),
             box(170, 200, "2024", width=80)]
    assert lay_out(boxes).text == "行政处罚\t27\nPDF 2024"


def test_lines_that_only_touch_are_not_merged():
    boxes = [box(100, 100, "上一行"), box(100, 100 + H - 5, "下一行")]
    assert lay_out(boxes).text == "上一行\n下一行"


# --- ruled tables ------------------------------------------------------------------------------

def grid(xs, ys):
    """Cells of a plain grid with column edges xs and row edges ys."""
    return [(x0, y0, x1, y1) for y0, y1 in zip(ys, ys[1:]) for x0, x1 in zip(xs, xs[1:])]


def test_table_rows_are_tab_separated_cells_with_empty_cells_kept():
    cells = grid([50, 450, 600, 750, 900], [100, 160, 220])
    boxes = [box(60, 115, "本年新收申请"), box(500, 115, "12", width=40),
             box(650, 115, "3", width=20), box(800, 115, "15", width=40),
             box(60, 175, "上年结转"), box(500, 175, "0", width=20), box(800, 175, "0", width=20)]
    page = lay_out(boxes, cells)
    assert page.text == "本年新收申请\t12\t3\t15\n上年结转\t0\t\t0"
    assert spans_match(page)


def test_a_label_wrapped_inside_its_cell_stays_whole_before_the_numbers():
    # the numbers sit between the label's two lines, vertically centred in the row
    cells = grid([50, 450, 600], [100, 200])
    boxes = [box(60, 110, "（二）部分公开（区分处"), box(60, 155, "理的）"),
             box(500, 135, "447", width=50)]
    assert lay_out(boxes, cells).text == "（二）部分公开（区分处理的）\t447"


def test_a_merged_cell_is_written_in_the_first_row_it_spans():
    cells = [(50, 100, 150, 220),                       # spans both rows
             (150, 100, 450, 160), (450, 100, 600, 160),
             (150, 160, 450, 220), (450, 160, 600, 220)]
    boxes = [box(60, 140, "不予公开", width=80), box(160, 115, "国家秘密"),
             box(500, 115, "2", width=20), box(160, 175, "第三方权益"), box(500, 175, "5", width=20)]
    assert lay_out(boxes, cells).text == "不予公开\t国家秘密\t2\n第三方权益\t5"


def test_text_around_a_table_keeps_its_place_and_empty_rows_are_left_out():
    cells = grid([50, 450, 600], [200, 260, 320, 380])
    boxes = [box(60, 100, "表格上方的标题"), box(60, 215, "行政许可"), box(500, 215, "8", width=20),
             box(60, 335, "行政处罚"), box(500, 335, "4", width=20), box(60, 450, "表格下方的说明")]
    assert lay_out(boxes, cells).text == "表格上方的标题\n行政许可\t8\n行政处罚\t4\n表格下方的说明"


def test_no_boxes_no_text():
    assert lay_out([], grid([0, 10, 20], [0, 10])).text == ""


# --- slant -------------------------------------------------------------------------------------

@pytest.mark.parametrize("degrees", [0.0, 0.7, -1.2])
def test_skew_is_the_median_slant_of_long_boxes(degrees):
    t = math.radians(degrees)
    quads = []
    for k in range(5):
        x, y, w, h = 100, 100 + 50 * k, 400 + 10 * k, 30
        quads.append([(x, y), (x + w * math.cos(t), y + w * math.sin(t)),
                      (x + w * math.cos(t) - h * math.sin(t), y + w * math.sin(t) + h * math.cos(t)),
                      (x - h * math.sin(t), y + h * math.cos(t))])
    quads.append([(0, 0), (20, 15), (5, 35), (-15, 20)])   # a short box does not vote
    assert skew_degrees(quads) == pytest.approx(degrees, abs=1e-6)


# --- which pages need OCR ----------------------------------------------------------------------

@pytest.mark.parametrize("text,usable", [
    ("本机关全年主动公开政府信息共计一百二十条，其中政策文件十条。", True),
    ("一、本年新收申请数量 12 3 0 0 0 0 15\n二、上年结转 0 0 0 0 0 0 0", True),
    ("", False),
    ("- 3 -", False),                                            # a page number only
    ("\ue000\ue001\ue002\ue003" * 10 + "政府信息", False),        # private-use glyph codes
    ("ÕþþÐÅÏ¢¹«¿ª¹¤×÷Äê¶È±¨¸æ" * 3, False),                     # a broken font encoding
    ("\ufffd" * 30 + "政府信息公开", False),
])
def test_text_layer_usable(text, usable):
    assert text_layer_usable(text) is usable


def test_images_are_sniffed_by_name_or_by_bytes_when_the_name_claims_nothing():
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    assert sniff_format(png, ".png") == "image"
    assert sniff_format(b"\xff\xd8\xff\xe0" + b"\0" * 20, ".JPG") == "image"
    assert sniff_format(b"II*\x00" + b"\0" * 20, ".tif") == "image"
    assert sniff_format(png, "") == "image"
    assert sniff_format(png, ".txt") == "txt"     # refused as binary by the text reader
    assert sniff_format(png, ".pdf") == "pdf"     # refused as "claims to be a PDF"


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares its size and holds no pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")
    size = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", size) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")


def test_an_image_too_large_is_refused_before_decoding(tmp_path):
    path = tmp_path / "huge.png"
    path.write_bytes(png_header(20_000, 20_000))
    with pytest.raises(ReadError) as info:
        read_document(path, path.name)
    assert str(info.value) == "image too large (over 80,000,000 pixels)"


@pytest.mark.parametrize("name,data,reason", [
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "damaged PNG image that cannot be decoded"),
    ("scan.jpg", "本机关主动公开信息".encode() * 20, "file claims to be an image but is not one"),
    ("scan.tif", b"PK\x05\x06" + b"\0" * 100, "file claims to be an image but is a ZIP archive"),
])
def test_unreadable_images_are_refused_with_a_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(path, name)
    assert str(info.value) == reason


# --- offsets and trust -------------------------------------------------------------------------

def test_join_pages_maps_text_back_to_page_box_and_unsure_digits():
    sure = box(100, 100, "公开12条", conf=0.98)
    shaky = box(100, 200, "共3105件", char_confs=[0.99, 0.4, 0.99, 0.99, 0.99, 0.99])
    page2 = lay_out([sure, shaky])
    text, segments, spans = join_pages([(1, "第一页的文字", None), (2, page2.text, page2)])
    assert text == "第一页的文字\n公开12条\n共3105件"
    assert [s.page for s in segments] == [1, 2]
    assert [(text[s.text_start:s.text_start + s.length], s.page, s.box) for s in spans] == [
        ("公开12条", 2, (100, 100, 250, 130)), ("共3105件", 2, (100, 200, 280, 230))]
    assert [s.unsure for s in spans] == [(), (1,)]      # the '3', offset 1 in its box


def fact(text, number, flag=""):
    start = text.index(number)
    return Fact("requests.new", "total", float(number), "request", char_start=start,
                char_end=start + len(number), flag=flag)


def test_facts_from_ocr_carry_the_confidence_and_a_flag_for_an_unsure_digit():
    sure = box(100, 100, "公开12条", conf=0.97)
    low = UNSURE_CHAR_CONF - 0.2
    shaky = box(100, 200, "受理305件", conf=0.9, char_confs=[0.99, 0.99, 0.99, low, 0.99, 0.99])
    page = lay_out([sure, shaky])
    text, segments, spans = join_pages([(1, page.text, page)])
    doc = Document("a.pdf", "id", "pdf", text, text, segments, ocr=spans)
    facts = [fact(text, "12"), fact(text, "305"), fact(text, "305", flag="ambiguous_split")]
    mark_ocr(doc, facts)
    assert [(f.ocr_confidence, f.flag) for f in facts] == [
        (0.97, ""), (0.9, OCR_UNSURE), (0.9, "ambiguous_split")]


def test_an_unsure_digit_outside_the_number_does_not_flag_it():
    shaky = box(100, 100, "2024年公开12条", conf=0.95,
                char_confs=[0.3, 0.99, 0.99, 0.99] + [0.99] * 7)
    page = lay_out([shaky])
    text, segments, spans = join_pages([(1, page.text, page)])
    doc = Document("a.png", "id", "image", text, text, segments, ocr=spans)
    facts = [fact(text, "12")]
    mark_ocr(doc, facts)
    assert (facts[0].ocr_confidence, facts[0].flag) == (0.95, "")
