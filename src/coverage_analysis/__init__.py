"""coverage_analysis: tidy, traceable tables of how the press covered a subject."""

from .corpus import Corpus, CorpusError, load_corpus
from .io import ArticleError, read_article
from .people import People, load_people

__all__ = [
    "ArticleError",
    "Corpus",
    "CorpusError",
    "People",
    "load_corpus",
    "load_people",
    "read_article",
]
__version__ = "0.1.0"
