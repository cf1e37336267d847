"""Shared fixtures: the sample corpus, small format fixtures, and the dev corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import load_corpus, paths

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_FILES = {
    "000": "000_0dcb94694053e48f.txt",
    "001": "001_5428fa240fd08bd3.txt",
    "002": "002_45ec07479e5a2d45.txt",
    "003": "003_5e656a849e0bf089.txt",
    "004": "004_75925f2242121178.txt",
}


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The committed sample corpus in data/raw/ (read only)."""
    missing = [name for name in SAMPLE_FILES.values() if not (paths.RAW_DIR / name).exists()]
    assert not missing, f"sample files missing from {paths.RAW_DIR}: {missing}"
    return paths.RAW_DIR


@pytest.fixture(scope="session")
def sample_corpus(samples_dir):
    """The five samples, loaded once (the sidecar and other files in data/raw are ignored)."""
    return load_corpus(samples_dir, metadata=None)


@pytest.fixture(scope="session")
def sample_articles(sample_corpus):
    """Sample articles indexed by the three-digit prefix of their file name."""
    a = sample_corpus.articles
    return a.set_index(a["source_file"].str[:3])


@pytest.fixture
def raw_copy(tmp_path, samples_dir) -> Path:
    """A writable copy of the five samples."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in SAMPLE_FILES.values():
        shutil.copy(samples_dir / name, raw / name)
    return raw


@pytest.fixture(scope="session")
def dev_corpus_path() -> Path:
    """The development corpus; tests using it are skipped where ../shared is absent."""
    if not paths.DEV_CORPUS.exists():
        pytest.skip(f"development corpus not found at {paths.DEV_CORPUS} (set DEFENCE_COVERAGE_SHARED to the shared folder)")
    return paths.DEV_CORPUS


@pytest.fixture(scope="session")
def dev_corpus(dev_corpus_path):
    """The development corpus, loaded once per test session."""
    return load_corpus(dev_corpus_path, progress=False)


def pytest_terminal_summary(terminalreporter):
    """Print what the gold-set tests measured (precision, recall, subjects)."""
    import sys

    for suffix, what in (("test_figures_gold", "defence figures"), ("test_quotes_gold", "quotations")):
        module = next((m for name, m in list(sys.modules.items()) if name.endswith(suffix)), None)
        for name, text in getattr(module, "REPORT", {}).items():
            terminalreporter.write_sep("-", f"{what} vs the gold set {name}")
            terminalreporter.write_line(text)
