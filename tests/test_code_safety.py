"""Nothing from a data file is ever executed: no pickle, no eval/exec, YAML through the safe
loader, Parquet and CSV only for stored data; JupyterLab only on 127.0.0.1 with a token."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from analysis import paths

SOURCES = sorted((paths.PROJECT_ROOT / "src" / "analysis").rglob("*.py")) + sorted((paths.PROJECT_ROOT / "benchmarks").rglob("*.py"))
NOTEBOOKS = sorted((paths.PROJECT_ROOT / "notebooks").glob("*.ipynb"))

#: Calls that run or unpickle data: ``module.attribute`` or bare names.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "pickle.load", "pickle.loads", "marshal.loads", "shelve.open",
                   "yaml.load", "yaml.unsafe_load", "yaml.full_load", "pd.read_pickle", "pandas.read_pickle", "joblib.load",
                   "os.system", "os.popen"}
FORBIDDEN_IMPORTS = {"pickle", "marshal", "shelve", "dill", "cloudpickle", "joblib"}
FORBIDDEN_METHODS = {"to_pickle", "read_pickle"}


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
        return f"{f.value.id}.{f.attr}"
    return f.attr if isinstance(f, ast.Attribute) else ""


def problems_in(source: str) -> list[str]:
    """Forbidden calls and imports in a piece of Python source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in FORBIDDEN_CALLS or name.rsplit(".", 1)[-1] in FORBIDDEN_METHODS:
                found.append(f"line {node.lineno}: {name}()")
            if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False) for k in node.keywords):
                found.append(f"line {node.lineno}: {name}(shell=...)")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"line {node.lineno}: import {m}" for m in modules if m.split(".")[0] in FORBIDDEN_IMPORTS]
    return found


def test_the_checker_finds_what_it_looks_for():
    bad = "import pickle\nimport yaml\nx = eval('1')\ny = yaml.load(s)\ndf.to_pickle('x')\nsubprocess.run(cmd, shell=True)\n"
    assert problems_in(bad) == ["line 1: import pickle", "line 3: eval()", "line 4: yaml.load()", "line 5: df.to_pickle()", "line 6: subprocess.run(shell=...)"]
    assert problems_in("import yaml\ny = yaml.safe_load(s)\n") == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_package_never_executes_or_unpickles_data(path):
    assert problems_in(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_never_execute_or_unpickle_data(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code" and not c.source.lstrip().startswith(("%", "!")))
    assert problems_in(code) == []


def test_stored_tables_are_parquet_or_csv():
    stored = [paths.ARTICLES_FILE, paths.FIGURES_FILE, paths.MENTIONS_FILE, paths.REJECTS_FILE, paths.NOTES_FILE]
    assert all(name.endswith((".parquet", ".csv")) for name in stored)


def test_yaml_is_read_only_with_the_safe_loader():
    uses = {m.group(0) for p in SOURCES for m in re.finditer(r"\byaml\.\w+", p.read_text(encoding="utf-8"))}
    assert "yaml.SafeLoader" in uses and uses <= {"yaml.safe_load", "yaml.safe_dump", "yaml.SafeLoader", "yaml.YAMLError"}
    lexicon = paths.PROJECT_ROOT.joinpath("src", "analysis", "lexicon.py").read_text(encoding="utf-8")
    assert 'getattr(yaml, "CSafeLoader", yaml.SafeLoader)' in lexicon  # libyaml's safe loader, or the pure one


def test_a_python_object_tag_in_the_actor_dictionary_is_refused(tmp_path):
    from analysis.lexicon import load_lexicon

    hostile = tmp_path / "actors.yaml"
    hostile.write_text("people:\n  - !!python/object/apply:os.system ['touch pwned']\n", encoding="utf-8")
    with pytest.raises(Exception, match="python/object"):
        load_lexicon(hostile)
    assert not (Path.cwd() / "pwned").exists()


def test_lab_listens_on_localhost_with_a_token():
    makefile = (paths.PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    (lab,) = [line for line in makefile.splitlines() if "jupyter lab" in line]
    assert "--ServerApp.ip=127.0.0.1" in lab
    assert not re.search(r"token=''|token=\"\"|IdentityProvider\.token=|disable_check_xsrf|password=''", lab)
    assert "0.0.0.0" not in makefile


def test_readme_says_how_to_share_notebooks_safely():
    readme = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Sharing notebooks safely", 1)[1].split("\n## ", 1)[0]
    assert "reports/" in section and "token" in section and "127.0.0.1" in section


def test_readme_lists_every_kind_of_bad_input():
    from hostile import cases

    readme = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Bad input", 1)[1].split("\n### ", 1)[0]
    listed = {line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ") and not line.startswith(("| input", "| ---"))}
    assert listed == {c.kind for c in cases()}


def test_every_pattern_name_is_defined_once():
    import collections
    import re

    source = (paths.PROJECT_ROOT / "src" / "analysis" / "patterns.py").read_text(encoding="utf-8")
    names = collections.Counter(re.findall(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=", source, re.M))
    assert not [n for n, count in names.items() if count > 1], "a later definition would silently replace an earlier one"
