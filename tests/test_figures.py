"""figures.save: deterministic bytes, a source line, atomic files and a manifest that detects
stale figures."""
from __future__ import annotations

import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pytest  # noqa: E402
from ogi import charts, figures, load, style  # noqa: E402
from test_load import write_tidy  # noqa: E402


@pytest.fixture()
def setup(tmp_path):
    style.use()
    data = write_tidy(tmp_path / "data")
    notebook = tmp_path / "nb.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), notebook)
    kwargs = dict(notebook=notebook, parameters={"lang": "zh"}, inputs=load.input_files(data),
                  source="synthetic test data")
    yield tmp_path, data, notebook, kwargs
    plt.close("all")


def _chart(data):
    reports = load.load_reports(data)
    return charts.volume_by_channel(load.values(data), reports)


def test_save_twice_and_two_renderings_give_identical_bytes(setup):
    tmp_path, data, _, kwargs = setup
    formats = ("png", "svg", "pdf")
    fig = _chart(data)
    figures.save(fig, "a", tmp_path / "one", formats=formats, **kwargs)
    first = {f: (tmp_path / "one" / f"a.{f}").read_bytes() for f in formats}
    figures.save(fig, "a", tmp_path / "one", formats=formats, **kwargs)
    figures.save(_chart(data), "a", tmp_path / "two", formats=formats, **kwargs)
    for fmt in formats:
        assert (tmp_path / "one" / f"a.{fmt}").read_bytes() == first[fmt], fmt
        assert (tmp_path / "two" / f"a.{fmt}").read_bytes() == first[fmt], fmt
    assert b"Software" not in first["png"] and b"<dc:date>" not in first["svg"]


def test_source_line_is_required_and_stamped_once(setup):
    tmp_path, data, _, kwargs = setup
    fig = _chart(data)
    with pytest.raises(ValueError, match="source"):
        figures.save(fig, "a", tmp_path, **{**kwargs, "source": " "})
    figures.save(fig, "a", tmp_path, **kwargs)
    figures.save(fig, "a", tmp_path, **kwargs)
    stamped = [t.get_text() for t in fig.texts if t.get_gid() == figures.SOURCE_GID]
    assert stamped == ["Source: synthetic test data"]


def test_manifest_row_and_freshness(setup):
    tmp_path, data, notebook, kwargs = setup
    out = tmp_path / "figs"
    figures.save(_chart(data), "03-x--channels", out, **kwargs)
    figures.save(_chart(data), "03-x--again", out, **kwargs)
    rows = figures.read_manifest(out)
    assert [r["figure"] for r in rows] == ["03-x--again", "03-x--channels"]
    row = rows[1]
    assert json.loads(row["parameters"]) == {"lang": "zh"}
    assert set(json.loads(row["inputs"])) == {str(p) for p in load.input_files(data)}
    assert row["png_sha256"] == figures.sha256_file(out / "03-x--channels.png")
    assert "matplotlib" in json.loads(row["versions"])
    assert figures.check_fresh(out) == []
    assert not list(out.glob("*.tmp"))

    # re-executing the notebook (outputs only) keeps it fresh; editing a cell does not
    book = nbformat.read(notebook, as_version=4)
    book.cells[0].outputs = [nbformat.v4.new_output("stream", text="1\n")]
    book.cells[0].execution_count = 1
    nbformat.write(book, notebook)
    assert figures.check_fresh(out) == []
    book.cells[0].source = "x = 2"
    nbformat.write(book, notebook)
    assert any("notebook" in s and s.startswith("03-x--channels") for s in figures.check_fresh(out))


def test_freshness_sees_changed_inputs_and_edited_images(setup):
    tmp_path, data, _, kwargs = setup
    out = tmp_path / "figs"
    figures.save(_chart(data), "f", out, **kwargs)
    (out / "f.svg").write_text("<svg/>")
    with (data / "facts.csv").open("a") as fh:
        fh.write("r2019,r2019.txt,proactive,total,x,1,item,annual,false,,,,extra,,,,,,\n")
    stale = figures.check_fresh(out)
    assert "f: input " + str(data / "facts.csv") + " changed" in stale
    assert "f: f.svg missing or edited" in stale


def test_figure_index_lists_every_figure(setup):
    tmp_path, data, notebook, kwargs = setup
    out = tmp_path / "figs"
    figures.save(_chart(data), "02-a--b", out, **kwargs)
    index = figures.figure_index_markdown(out, relative_to=tmp_path)
    assert '<img src="figs/02-a--b.png"' in index
    assert "[nb.ipynb](nb.ipynb)" in index


def test_readme_index_is_rewritten_between_its_markers(setup):
    tmp_path, data, notebook, kwargs = setup
    out = tmp_path / "figs"
    figures.save(_chart(data), "02-a--b", out, **kwargs)
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{figures.INDEX_START}\nold\n{figures.INDEX_END}\noutro\n", encoding="utf-8")
    figures.update_readme_index(readme, [out])
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("intro\n") and text.endswith("outro\n") and "old" not in text
    assert '<img src="figs/02-a--b.png"' in text


def test_chinese_figures_get_a_chinese_source_line(setup):
    tmp_path, data, _, kwargs = setup
    fig = _chart(data)
    figures.save(fig, "a", tmp_path, **{**kwargs, "lang": "zh"})
    assert [t.get_text() for t in fig.texts if t.get_gid() == figures.SOURCE_GID] == \
        ["资料来源：synthetic test data"]


def test_figures_and_manifest_are_readable_by_others(setup):
    import os
    import stat

    tmp_path, data, _, kwargs = setup
    old = os.umask(0o022)
    try:
        figures.save(_chart(data), "a", tmp_path / "out", **kwargs)
    finally:
        os.umask(old)
    for name in ("a.png", "a.svg", "MANIFEST.csv"):
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == 0o644, name


def test_manifest_records_folders_inside_the_repository_relative_to_it(setup):
    from ogi import paths

    tmp_path, data, _, kwargs = setup
    params = {"lang": "en", "processed_dir": str(paths.ROOT / "data" / "processed"),
              "figures_dir": "/elsewhere/figs"}
    row = figures.save(_chart(data), "a", tmp_path, **{**kwargs, "parameters": params})
    assert json.loads(row["parameters"]) == {"lang": "en", "processed_dir": "data/processed",
                                             "figures_dir": "/elsewhere/figs"}
