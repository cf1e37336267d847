"""Notebook hygiene: committed without outputs, a parameters cell, numbered names."""

from __future__ import annotations

import json
import re

import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS, f"no notebooks in {paths.NOTEBOOKS_DIR}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(notebook):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{notebook.name}: cells {dirty} have outputs; clear them before committing"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_conventions(notebook):
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", notebook.name)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    assert "parameters" in cells[1].get("metadata", {}).get("tags", []), "second cell must be tagged 'parameters'"
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "sys.path" not in code
    assert any("assert " in "".join(c["source"]) for c in cells if c["cell_type"] == "code"), "no assert cell on headline numbers"
