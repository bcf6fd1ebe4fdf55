"""ogi.notebook.setup: the one set-up call of every notebook (no kernel needed)."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from ogi import figures, notebook  # noqa: E402
from test_load import write_tidy  # noqa: E402


@pytest.fixture()
def data(tmp_path):
    return write_tidy(tmp_path / "processed")


def _setup(data, tmp_path, **kw):
    params = dict(processed_dir=str(data), figures_dir=str(tmp_path / "figs"), lang="en") | kw
    return notebook.setup("02-volume-by-category.ipynb", **params)


def test_setup_selects_reports_and_names_the_corpus(data, tmp_path):
    nb = _setup(data, tmp_path, levels=["county", "city"])
    assert sorted(nb.reports["report_id"]) == ["r2019", "r2021"]
    assert nb.source.startswith("2 OGI annual reports (政府信息公开工作年度报告) in ")
    assert nb.source.endswith("2019–2021, 2 agencies; parsed by ogi; selection: levels county, city")
    zh = _setup(data, tmp_path, lang="zh", agencies=["甲县人民政府"])
    assert zh.source.endswith("（2019，1个机关），由ogi解析；选取：机关 甲县人民政府")
    assert list(zh.values()["report_id"].unique()) == ["r2019"]


def test_values_are_plain_typed_and_filtered_by_measure(data, tmp_path):
    values = _setup(data, tmp_path).values(["proactive.category"])
    assert set(values["measure"]) == {"proactive.category"}
    assert values["value"].dtype == "float64" and values["measure"].dtype == "string"
    assert {"agency", "admin_level", "report_year"} <= set(values.columns)


def test_save_records_the_notebook_and_its_parameters(data, tmp_path):
    import matplotlib.pyplot as plt

    nb = _setup(data, tmp_path, years=[2019], top=5)
    row = nb.save(plt.figure(), "02-volume-by-category--x")
    assert row["notebook"] == "notebooks/02-volume-by-category.ipynb"
    assert '"top": 5' in row["parameters"] and '"years": [2019]' in row["parameters"]
    assert figures.check_fresh(tmp_path / "figs") == []
    plt.close("all")


def test_facts_print_a_sentence_for_an_empty_table(data, tmp_path, capsys):
    nb = _setup(data, tmp_path)
    nb.facts(pd.DataFrame({"a": [1.234]}), pd.DataFrame(columns=["a"]))
    assert capsys.readouterr().out == "  a\n1.2\n(none: no reports in this selection have these numbers)\n"


def test_bad_parameters_fail_fast(data, tmp_path):
    with pytest.raises(ValueError, match="lang"):
        _setup(data, tmp_path, lang="fr")
    with pytest.raises(ValueError, match="no notebook"):
        notebook.setup("99-nothing.ipynb", processed_dir=str(data), figures_dir="x", lang="en")
    with pytest.raises(ValueError, match="not in the selection"):
        _setup(data, tmp_path, years=[2014]).report("r2019")


def test_relative_paths_mean_the_current_directory(data, tmp_path, monkeypatch):
    """ogi.load and the set-up read a relative folder from the current directory, as
    `ogi parse --out` writes it (not from the repository root)."""
    from ogi import load

    monkeypatch.chdir(data.parent)
    assert len(load.load_reports("processed")) == 4
    nb = notebook.setup("02-volume-by-category.ipynb", processed_dir="processed",
                        figures_dir="figs", lang="en")
    assert " in processed, " not in nb.source and str(data) in nb.source   # outside the repo: absolute
    import matplotlib.pyplot as plt

    nb.save(plt.figure(), "02-volume-by-category--x")
    assert (data.parent / "figs" / "02-volume-by-category--x.png").exists()
    plt.close("all")
