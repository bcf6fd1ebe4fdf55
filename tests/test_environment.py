"""The project's set-up files agree with each other and with the brief's layout."""
from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import ogi
import yaml
from ogi.paths import ROOT


def test_package_is_imported_from_this_repository():
    assert Path(ogi.__file__).resolve().is_relative_to(ROOT / "lib" / "ogi")


def test_lib_is_tracked_by_git():
    # The common Python .gitignore template ignores lib/; ours must not.
    out = subprocess.run(["git", "ls-files", "lib"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        import pytest
        pytest.skip("not a git checkout")
    assert "lib/ogi/__init__.py" in out.stdout.split()


def test_environment_yml_installs_the_same_extras_as_make_setup():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    extras = pip_section[0].split("[", 1)[1].rstrip("]")
    assert f'-e ".[{extras}]"' in makefile
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert set(extras.split(",")) <= set(declared["optional-dependencies"])
    python_pin = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    minimum = declared["requires-python"].removeprefix(">=")
    assert _version(python_pin.removeprefix("python=")) >= _version(minimum)


def _version(text: str) -> tuple[int, ...]:
    # Compared as numbers: as strings "3.9" >= "3.11" would pass.
    return tuple(int(part) for part in text.split("."))


def test_version_comparison_is_numeric():
    assert _version("3.9") < _version("3.11")


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))]
    assert commands == ["make test"]
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")
