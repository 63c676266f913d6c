"""The package installs, imports cheaply, and its two dependency lists agree."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import resources

import yaml
from conftest import REPO

import discourse


def _normalise(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-\[\]]+)\s*(.*)$", requirement)
    assert match, requirement
    name, spec = match.groups()
    return re.sub(r"[-_.]+", "-", name.lower()), spec.replace(" ", "")


def _pyproject_requirements() -> set[tuple[str, str]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        reqs += extra
    return {_normalise(r) for r in reqs}


def _environment_requirements() -> set[tuple[str, str]]:
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    out: set[tuple[str, str]] = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            out |= {_normalise(d) for d in dep["pip"] if not d.startswith("-e")}
        elif not dep.startswith(("python=", "pip")) or dep.startswith("python-"):
            out.add(_normalise(dep))
    return out


def test_environment_yml_and_pyproject_list_the_same_packages():
    pyproject, environment = _pyproject_requirements(), _environment_requirements()
    assert pyproject - environment == set(), "in pyproject.toml only"
    assert environment - pyproject == set(), "in environment.yml only"


def test_environment_yml_pins_python_311_and_installs_the_project():
    env = yaml.safe_load((REPO / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


def test_version_and_py_typed():
    assert re.fullmatch(r"\d+\.\d+\.\d+", discourse.__version__)
    assert resources.files("discourse").joinpath("py.typed").is_file()


def test_import_is_cheap_and_free_of_side_effects():
    code = (
        "import sys, logging; import discourse; "
        "heavy = [m for m in ('pandas', 'matplotlib', 'sklearn', 'nltk', 'trafilatura') "
        "if m in sys.modules]; "
        "print(','.join(heavy)); print(len(logging.getLogger().handlers))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    heavy, root_handlers = out.stdout.splitlines()
    assert heavy == ""
    assert root_handlers == "0"
    assert out.stderr == ""


def test_lazy_exports_resolve():
    for name in discourse.__all__:
        assert getattr(discourse, name) is not None, name


def test_unknown_attribute_raises():
    try:
        discourse.no_such_function  # noqa: B018
    except AttributeError as err:
        assert "no_such_function" in str(err)
    else:
        raise AssertionError("expected AttributeError")
