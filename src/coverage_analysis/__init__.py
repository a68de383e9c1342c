"""coverage_analysis: tidy, traceable tables and measures of how the press covered a subject.

>>> import coverage_analysis as ca
>>> corpus = ca.load_corpus("seeds")          # doctest: +SKIP
>>> measures = ca.compute_measures(corpus)    # doctest: +SKIP
"""

from .corpus import Corpus, CorpusError, load_corpus
from .errors import InputError, PeopleError
from .measures import compute_measures
from .people import People, load_people
from .reading import ArticleError, read_article
from .study import Study, StudyError, load_study

__all__ = [
    "ArticleError",
    "Corpus",
    "CorpusError",
    "InputError",
    "People",
    "PeopleError",
    "Study",
    "StudyError",
    "compute_measures",
    "load_corpus",
    "load_people",
    "load_study",
    "read_article",
]
__version__ = "0.1.0"
