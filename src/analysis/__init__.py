"""defence-coverage: German news about NATO and defence spending, as tables and charts.

The notebooks call this package; the command line (``python -m analysis``) builds
``data/processed/`` from ``data/raw/`` and runs the report.
"""

from .loading import Corpus, load_articles, load_corpus

__all__ = ["Corpus", "load_articles", "load_corpus"]
__version__ = "0.1.0"
