"""Report metadata from titles, crawler headers, signatures and the body."""
from __future__ import annotations

import pytest
from ogi.extract.metadata import admin_level, extract_metadata, report_period, signature_date
from ogi.model import Document
from ogi.normalise import normalise
from ogi.paths import ROOT


def _meta(text: str, **hints):
    return extract_metadata(Document(source_file="t.txt", report_id="t", fmt="txt",
                                     text=normalise(text), raw_text=text, **hints))


CRAWLER = ("标题: 某某县财政局2012年度政府信息公开工作年度报告\n发布时间: 2013-03-01 00:00\n"
           "==================== 正文 ====================\n"
           "当前位置： 首页政务公开 某某县财政局2012年度政府信息公开工作年度报告 来源：某某县财政局 "
           "一、概述 2012年，本局共主动公开政府信息12条。 某某县财政局 {signature} 附件下载")


def test_crawler_dump_title_and_chinese_signature_date():
    meta = _meta(CRAWLER.format(signature="二○一三年元月二十日"))
    assert meta.agency == "某某县财政局"
    assert meta.admin_level == "department"
    assert meta.report_year == 2012
    assert meta.published == "2013-01-20"
    assert meta.template == "free_text"
    assert meta.title == "某某县财政局2012年度政府信息公开工作年度报告"
    assert meta.flags == []


def test_signature_before_the_year_ends_is_flagged_and_page_date_used():
    meta = _meta(CRAWLER.format(signature="二○一二年元月二十日"))
    assert meta.published == "2013-03-01"
    assert meta.flags == ["signature_date_before_year_end: 2012-01-20"]


def test_pdf_title_over_two_lines_and_year_from_it():
    text = ("          某某市人民政府\n     2024 年政府信息公开工作年度报告\n\n"
            "   报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。\n")
    meta = _meta(text)
    assert (meta.agency, meta.admin_level, meta.report_year) == ("某某市人民政府", "city", 2024)
    assert meta.published == ""


def test_year_first_title_and_province_level_city_office():
    meta = _meta("2019年上海市人民政府办公厅政府信息公开工作年度报告\n\n发布日期：2020-01-31\n正文")
    assert (meta.agency, meta.admin_level, meta.report_year) == ("上海市人民政府办公厅", "province", 2019)
    assert meta.published == "2020-01-31"


def test_bare_jurisdiction_is_completed_with_its_governing_body():
    text = ("某某新区2015年度政府信息公开工作年度报告 本报告由某某新区管委会办公室编制。"
            "某某新区管委会坚持……")
    meta = _meta(text)
    assert (meta.agency, meta.admin_level) == ("某某新区管委会", "city")


def test_township_title_variants():
    meta = _meta("某某镇2018年政府信息公开工作总结 某某镇人民政府认真贯彻……")
    assert (meta.agency, meta.admin_level, meta.report_year) == ("某某镇", "township", 2018)
    meta = _meta("某某片区管理局2020年政府信息公开工作年度报告")
    assert meta.admin_level == "township"


def test_title_hint_wins_and_short_report_name_is_recognised():
    meta = _meta("正文没有标题。", title_hint="某某县质量技术监督局2010年度信息公开年度报告",
                 published_hint="2011-03-22")
    assert (meta.agency, meta.report_year, meta.published) == ("某某县质量技术监督局", 2010, "2011-03-22")


def test_missing_agency_is_flagged_and_year_comes_from_statistics_period():
    meta = _meta("根据《条例》要求编制本报告。本报告所列数据的统计期限自2013年1月1日起至2013年12月31日。")
    assert meta.agency == "" and "agency_not_found" in meta.flags
    assert meta.report_year == 2013


def test_guide_of_another_agency_is_flagged_as_copy_paste_remnant():
    text = CRAWLER.format(signature="二○一三年二月一日").replace(
        "一、概述", "一、概述 按要求编制了《某某县经贸局政府信息公开指南（试行）》，")
    meta = _meta(text)
    assert meta.flags == ["other_agency_named: 某某县经贸局"]
    # The same body written two ways (和/与) is not another agency.
    text = text.replace("某某县经贸局", "某某县人口与计划生育局").replace("财政局", "人口和计划生育局")
    assert _meta(text).flags == []


@pytest.mark.parametrize("agency, level", [
    ("平潭县人民政府", "county"), ("淮安市洪泽区人民政府", "county"), ("淮安市人民政府", "city"),
    ("福建省人民政府", "province"), ("平潭综合实验区地方税务局", "department"),
    ("九庄镇", "township"), ("某某街道", "township"),
])
def test_admin_level_from_name(agency, level):
    assert admin_level(agency) == level


def test_signature_date_ignores_dates_inside_sentences():
    assert signature_date("自2020年1月1日起施行，特此报告。") is None
    assert str(signature_date("正文……。 某局 2021年1月26日")) == "2021-01-26"


CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available on this machine")
def test_real_crawler_dumps():
    from ogi.read import read_document
    doc = read_document(CORPUS / "013_pt_jsj_2011.txt", "013")
    meta = extract_metadata(doc)
    assert (meta.agency, meta.report_year, meta.published) == ("平潭县人口和计划生育局", 2011, "2012-05-11")
    assert meta.flags == ["signature_date_before_year_end: 2011-01-20"]


def test_a_zone_inside_a_larger_body_is_not_a_township():
    from ogi.extract.metadata import admin_level

    assert admin_level("某某片区管理局") == "township"
    assert admin_level("自由贸易试验区某某片区管委会") != "township"
    assert admin_level("青石镇人民政府") == "township"


@pytest.mark.parametrize(("title", "agency"), [
    ("东昇街道办事处2023年政府信息公开工作年度报告", "东昇街道办事处"),   # 昇 is no Traditional 升 here
    ("崑山镇人民政府2012年政府信息公开工作年度报告", "崑山镇人民政府"),
])
def test_agency_keeps_its_variant_characters(title, agency):
    body = "本年度主动公开政府信息120条，未收到政府信息公开申请。" * 4
    assert _meta(f"{title}\n\n{body}").agency == agency


def test_a_report_mirrored_into_traditional_names_its_agency_in_simplified():
    text = "清河縣人民政府2012年政府信息公開工作年度報告\n\n本年度主動公開政府信息120條，未收到政府信息公開申請。"
    assert _meta(text).agency == "清河县人民政府"


@pytest.mark.parametrize("title, agency, year", [
    ("某某县某某镇人民政府政府信息公开工作年度报告（2023年度）", "某某县某某镇人民政府", 2023),
    ("某某市生态环境局政府信息公开工作年度报告(2021年)", "某某市生态环境局", 2021),
    ("某某区某某街道办事处政务公开工作年度报告（2020年度）", "某某区某某街道办事处", 2020),
])
def test_title_with_its_year_in_brackets_after_the_report_name(title, agency, year):
    meta = _meta(title + "\n发布时间：2024-01-20\n本报告依据《条例》编制，统计期限为当年1月1日至12月31日。")
    assert (meta.agency, meta.report_year) == (agency, year)


@pytest.mark.parametrize("sentence, period", [
    ("本报告统计期限自2009年5月1日《条例》施行之日起，至2009年12月31日止。", "partial_year"),
    ("报告中所列数据统计时间为2009年3月1日起，到2009年12月31日止。", "partial_year"),
    ("统计期限自2009年1月1日起，至2009年12月31日止。", "annual"),
])
def test_statistics_period_with_a_comma_before_its_end(sentence, period):
    meta = _meta("某某街道办事处2009年政府信息公开工作年度报告\n" + sentence)
    assert report_period(meta) == period
