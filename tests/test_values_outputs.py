"""values.csv, duplicate_of, texts.parquet through the real pipeline; ogi.load.values, the
exports read back, and ogi.show's HTML."""
from __future__ import annotations

import math
from pathlib import Path

import ogi
import pandas as pd
import pytest
from ogi.duplicates import DuplicateFinder, fingerprint
from ogi.export import export, stata_names, wide
from ogi.pipeline import iter_inputs, parse_many
from ogi.tidy import TableWriter

BODY = """{agency}{year}年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》要求编制，内容包括总体情况、主动公开政府信息情况、\
收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进措施。
一、总体情况
{year}年，{agency}坚持以公开为常态、不公开为例外，围绕中心工作推进决策、执行、管理、服务、结果公开，\
进一步完善工作机制，加强平台建设，提升公开质量。
二、主动公开政府信息情况
全年共主动公开政府信息{total}条，其中通过政府网站公开{web}条。
三、依申请公开情况
全年共收到政府信息公开申请{asked}件，均已按时答复。
四、存在的主要问题及改进措施
主要问题是公开内容还不够全面，信息更新还不够及时。下一步将继续加强业务培训，规范发布流程，\
不断提高政府信息公开工作水平。
"""


def body(agency="青山县人民政府", year=2016, total=240, web=180, asked=6) -> str:
    return BODY.format(agency=agency, year=year, total=total, web=web, asked=asked)


CORPUS = {
    "a_original.txt": body(),
    # the same report published again under a second body's name, with a page header
    "b_renamed.txt": "发布时间：2017-03-02\n" + body(agency="青山县政府办公室"),
    "c_copy.txt": body(),                                    # byte-identical copy
    "d_sibling.txt": body(agency="青山县教育局", total=35, web=20, asked=2),   # same template
    "e_next_year.txt": body(year=2017),                      # same words, another year
    "f_conflict.txt": "绿水乡2018年政府信息公开工作年度报告\n"
                      "全年主动公开政府信息88条。\n主动公开政府信息90条。\n",
}


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("values")
    for name, text in CORPUS.items():
        (root / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "in" / name).write_text(text, encoding="utf-8")
    writer = TableWriter(root / "out")
    for report in parse_many(iter_inputs([root / "in"]), jobs=0):
        writer.write(report)
    writer.close()
    return root / "out"


def reports_of(processed: Path) -> pd.DataFrame:
    return pd.read_csv(processed / "reports.csv", dtype=str, keep_default_na=False)


def test_a_renamed_repeat_and_a_byte_copy_point_to_the_first_report(processed):
    reports = reports_of(processed).set_index("source_file")
    original = reports.loc["a_original.txt", "report_id"]
    assert reports.loc["a_original.txt", "duplicate_of"] == ""
    assert reports.loc["b_renamed.txt", "duplicate_of"] == original
    assert reports.loc["c_copy.txt", "duplicate_of"] == original   # same bytes, same id
    # a sibling written from the same template states other numbers; a later year is another
    # report even in the same words
    assert reports.loc["d_sibling.txt", "duplicate_of"] == ""
    assert reports.loc["e_next_year.txt", "duplicate_of"] == ""


def test_duplicate_of_is_the_last_reports_column_and_other_columns_are_unchanged(processed):
    header = (processed / "reports.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",metadata_flags,period_start,period_end,duplicate_of")


def test_values_are_unique_and_a_byte_copy_writes_its_values_once(processed):
    values = pd.read_csv(processed / "values.csv", dtype=str, keep_default_na=False)
    assert not values.duplicated(["report_id", "measure", "key", "period", "unit"]).any()
    reports = reports_of(processed)
    assert len(values) == len(values.drop_duplicates())
    assert set(values["report_id"]) <= set(reports["report_id"])


def test_the_finder_needs_similar_text_the_same_year_and_the_same_numbers():
    text = body() * 2
    fp = fingerprint(text, 2016, ["proactive|total|annual|item|240"])
    finder = DuplicateFinder()
    assert finder.check("first", fp) == ""
    assert finder.check("same", fingerprint(text, 2016, ["proactive|total|annual|item|240"])) \
        == "first"
    assert finder.check("other_numbers", fingerprint(
        text, 2016, ["proactive|total|annual|item|241"])) == ""
    assert finder.check("other_year", fingerprint(
        text, 2017, ["proactive|total|annual|item|240"])) == ""
    assert finder.check("no_text", fingerprint("  \n", 2016, [])) == ""


def test_load_values_joins_reports_with_dtypes_and_leaves_duplicates_out(processed):
    df = ogi.load.values(processed)
    assert df.attrs["duplicates_left_out"] == 2
    assert set(df["source_file"]) == {"a_original.txt", "d_sibling.txt", "e_next_year.txt",
                                      "f_conflict.txt"}
    assert isinstance(df["report_id"].dtype, pd.CategoricalDtype)
    assert isinstance(df["measure"].dtype, pd.CategoricalDtype)
    assert str(df["value"].dtype) == "Float64" and str(df["report_year"].dtype) == "Int64"
    assert df["published"].dtype.kind == "M"
    everything = ogi.load.values(processed, include_duplicates=True)
    assert everything.attrs["duplicates_left_out"] == 0
    assert len(everything) > len(df)
    only = ogi.load.values(processed, measures="proactive.", filters={"report_year": 2016})
    assert sorted(zip(only["source_file"], only["measure"], only["value"])) == [
        ("a_original.txt", "proactive.channel", 180), ("d_sibling.txt", "proactive.channel", 20)]


def test_values_summary_counts_what_a_figure_note_states(processed):
    df = ogi.load.values(processed)
    summary = ogi.load.values_summary(df)
    conflict = df[df["source_file"].eq("f_conflict.txt") & df["measure"].eq("proactive")]
    assert list(conflict["status"]) == ["conflict"]
    assert summary == {"reports": 4, "conflicts_resolved": 1, "unsure_left_out": 0,
                       "duplicates_left_out": 2}


def column_of(row) -> str:
    return f"{row.measure}|{row.key}|{row.period}"


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx", ".dta"])
def test_exports_read_back_equal_to_the_values(processed, tmp_path, suffix):
    out = tmp_path / f"wide{suffix}"
    export(processed, out)
    table, columns = wide(processed)
    if suffix == ".csv":
        back = pd.read_csv(out, dtype={"report_id": str})
    elif suffix == ".parquet":
        back = pd.read_parquet(out)
    elif suffix == ".xlsx":
        sheets = pd.read_excel(out, sheet_name=None)
        back = sheets["values"]
        described = sheets["columns"]
        assert list(described["column"]) == list(table.columns)
        assert described["description_zh"].notna().all()
        assert described["description_en"].notna().all()
        assert described.loc[described["column"].eq("proactive|total|annual"),
                             "description_zh"].iloc[0].startswith("主动公开信息数")
    else:
        reader = pd.io.stata.StataReader(out)
        with reader:
            labels = reader.variable_labels()
        back = pd.read_stata(out)
        assert all(len(n) <= 32 for n in back.columns)
        back = back.rename(columns={n: labels[n] for n in back.columns})
    # one row per report; a byte-identical copy shares its report_id, hence its row
    assert len(back) == reports_of(processed)["report_id"].nunique() == 5
    back = back.set_index("report_id")
    long = ogi.load.values(processed, include_duplicates=True)
    assert len(long) > 0
    for row in long.itertuples():
        cell = back.loc[str(row.report_id), column_of(row)]
        if pd.isna(row.value):
            assert pd.isna(cell)
        else:
            assert math.isclose(float(cell), float(row.value))
    # and nothing else: every value cell of the export is a value row
    value_columns = [c for c in back.columns if c.count("|") >= 2]
    assert int(back[value_columns].notna().sum().sum()) == int(long["value"].notna().sum())


def test_stata_names_are_short_safe_and_unique():
    columns = ["report_id", "proactive.subunit|大营水村|annual",
               "proactive.subunit|小营水村|annual",
               "requests.outcome|unable.not_held.org_public_interest|annual", "9lives"]
    names = stata_names(columns)
    assert names[0] == "report_id" and len(set(names)) == len(names)
    assert all(len(n) <= 32 and n.replace("_", "a").isalnum() and n.isascii() for n in names)
    assert not names[-1][0].isdigit()


def test_show_marks_used_and_set_aside_numbers_and_links_them(processed):
    shown = ogi.show("f_conflict.txt", processed_dir=processed)
    page = shown._repr_html_()
    facts = ogi.load.load_facts(processed, filters={"report_id": shown.report_id})
    chosen = facts[facts["value"].eq(88)]["fact_id"].iloc[0]
    other = facts[facts["value"].eq(90)]["fact_id"].iloc[0]
    assert f'class="ogi-used" id="{chosen}"' in page and ">88</a>" in page
    assert f'class="ogi-set-aside" id="{other}"' in page and ">90</a>" in page
    assert 'class="ogi-unread">2018</a>' in page           # a year is not a disclosure number
    assert 'href="#v-proactive-total-annual-item"' in page
    assert '<tr id="v-proactive-total-annual-item">' in page
    assert f'<a href="#{chosen}">' in page
    with pytest.raises(KeyError):
        ogi.show("no-such-report", processed_dir=processed)


def test_import_ogi_is_cheap_and_gives_load_and_show_on_first_use():
    import subprocess
    import sys

    code = ("import sys, ogi; assert 'pandas' not in sys.modules, 'import ogi loaded pandas'; "
            "assert callable(ogi.load.values) and callable(ogi.show)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_export_command_writes_by_suffix_and_refuses_clearly(processed, tmp_path):
    from click.testing import CliRunner
    from ogi.cli import main

    runner = CliRunner()
    done = runner.invoke(main, ["export", str(processed), "--out", str(tmp_path / "w.parquet")])
    assert done.exit_code == 0, done.output
    assert len(pd.read_parquet(tmp_path / "w.parquet")) == 5
    wrong = runner.invoke(main, ["export", str(processed), "--out", str(tmp_path / "w.txt")])
    assert wrong.exit_code == 2 and "one of .csv, .parquet, .xlsx, .dta" in wrong.output
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "reports.csv").write_text("report_id\n", encoding="utf-8")
    old = runner.invoke(main, ["export", str(tmp_path / "old"), "--out", str(tmp_path / "o.csv")])
    assert old.exit_code == 1 and "no values.csv" in old.output
    assert not (tmp_path / "o.csv").exists()
