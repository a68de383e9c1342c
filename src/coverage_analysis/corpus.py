"""The corpus: five tidy tables built from a folder of article files.

Every row that points at text carries ``start`` and ``end``: character offsets
into the article's decoded file (see :func:`coverage_analysis.reading.read_article`),
so that ``raw[start:end] == text`` for the row and any figure can be traced to
the words behind it.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import ArticleError, CorpusError, SkippedArticle
from .memory import release_free_memory
from .parse.article import parse_article
from .parse.mentions import MentionFinder
from .people import People, load_people
from .reading import MAX_ARTICLE_CHARS, read_article
from .rows import Columns, columns, frame, join, slice_columns
from .schema import COLUMNS, TABLES
from .study import PEOPLE_FILE, Study, load_study
from .validate import ArticleRow, article_rows

__all__ = [
    "MAX_ARTICLE_CHARS",
    "Corpus",
    "CorpusError",
    "SkippedArticle",
    "check_corpus",
    "default_workers",
    "iter_articles",
    "load_corpus",
    "read_metadata",
]


@dataclass(frozen=True)
class Corpus:
    """Five tables describing a set of articles.

    Attributes
    ----------
    articles : DataFrame
        One row per article.

        - ``article_id`` (str): identifier from the metadata file ("a01").
        - ``file`` (str): file name inside the corpus folder.
        - ``title`` (str): the title line, or the metadata title, or "".
        - ``outlet``, ``author``, ``date`` (str): from the metadata file; the
          author falls back to the byline; "" where unknown.
        - ``genre`` (str): the genre the outlet presents the piece as
          (review, news report, profile, interview), from the metadata file.
        - ``interviewee`` (str): person id whose answers a Q&A holds, "" if not a Q&A.
        - ``n_chars`` (int): characters in the decoded file.
        - ``n_paragraphs`` (int): non-blank lines, all roles.
        - ``n_sentences`` (int): sentences of article text.
        - ``n_words`` (int): words of article text (roles in ``ARTICLE_TEXT_ROLES``).
        - ``n_words_prose`` (int): words of running prose (roles in ``PROSE_ROLES``).
        - ``n_words_raw`` (int): words in the whole file, non-article lines included.
        - ``truncated`` (bool): the page is cut off: its last line of article
          text is prose that stops mid-sentence (no closing ".", "!", "?",
          "…" or ":"). That line is kept as body text.
    paragraphs : DataFrame
        One row per non-blank line of the file; nothing is dropped.

        - ``article_id``, ``paragraph_id`` (int, 0-based in the article), ``line`` (1-based).
        - ``start``, ``end`` (int): offsets of the line with white space trimmed.
        - ``indent`` (int): leading white-space characters.
        - ``role`` (str): article text is title (the headline, even when
          site furniture comes first), heading, body, list_item, question or
          answer (Q&A turns). Lines that are not the article: byline,
          dateline (a date or time line), note (editor's note: "This
          interview has been edited …"), warning (spoilers, content), caption
          (a photo caption), credit (a photo credit), bio (the writer's),
          rating (stars, "4/5", "Grade: B+"), infobox ("Director: …",
          "Runtime: …"), navigation (site name and menus, breadcrumbs,
          search, share bars, tags, read-time and comment counters), promo
          (related stories, "Read more", recommended, newsletter, cookie and
          subscription prompts), copyright, comments (the reader comments)
          and debris (anything else: advertisement slots, site taglines).
          Patterns for furniture are data: ``data/furniture.toml``.
        - ``rule`` (str): the rule that gave the role, in words.
        - ``is_article_text`` (bool): role is in ``ARTICLE_TEXT_ROLES``.
        - ``n_words`` (int), ``text`` (str).
    sentences : DataFrame
        One row per sentence of article text; no sentence crosses a line.

        - ``article_id``, ``sentence_id`` (int, 0-based in the article), ``paragraph_id``.
        - ``role`` (str): role of the paragraph it is in.
        - ``start``, ``end`` (int), ``n_words`` (int), ``text`` (str).
        - ``voice`` (str): "speech" if at least half of its characters lie in
          quoted speech (direct, embedded or a Q&A turn), else "narration".
        - ``speaker`` (str): who speaks that speech (person id or
          "interviewer"), "" for narration.
    quotes : DataFrame
        One row per span in quotation marks and per Q&A turn.

        - ``article_id``, ``quote_id`` (int, 0-based in the article), ``paragraph_id``,
          ``sentence_id`` (sentence holding the start, -1 if none).
        - ``start``, ``end`` (int): offsets of the quoted words, marks excluded
          (for a turn: the whole line).
        - ``open``, ``close`` (str): the quotation marks ("" for a turn, or for
          a quotation left open at the end of its paragraph).
        - ``kind`` (str): direct (speech attributed in narration), embedded
          (speech quoted inside other speech), turn (a Q&A question or answer),
          scare (a word or phrase held at arm's length, or a nickname) or
          title (a name of a work or a proper name in quotes).
        - ``speaker`` (str): person id, "interviewer", "unknown" for speech
          whose speaker the text does not make clear, "" for non-speech; a
          named speaker not in the people file gets the name in lower snake
          case ("lena_brandt", see ``registered``).
        - ``cue`` (str): the words or rule that decided the speaker or kind
          ("Moss joked", "he continued", "Q&A answer", "nested in a moss quote").
        - ``parent_id`` (int): ``quote_id`` of the enclosing quote, -1 if none.
        - ``depth`` (int): 0 for top-level, 1 inside another quote, and so on.
        - ``n_words`` (int), ``text`` (str).
        - ``registered`` (bool): True exactly when ``speaker`` is a person id
          of the people file; False for "interviewer", "unknown", "" and for
          a speaker the text names who is not in the people file (their id is
          the name in lower snake case: "Lena Brandt" is ``lena_brandt``).
    mentions : DataFrame
        One row per reference to a person in the people file, in articles
        that name that person: a one-word alias inside another proper name
        ("Rose Red", "Rose Records") is not the person, and in
        an article that never names someone (outside its headline) their
        descriptions, characters and pronouns are not counted. People the
        text names who are not in the people file help decide speakers and
        pronouns but have no rows here.

        - ``article_id``, ``mention_id`` (int, 0-based in the article).
        - ``entity`` (str): person id, "" where the text does not make clear who.
        - ``surface`` (str): the words as written; ``start``, ``end`` (int).
        - ``type`` (str): name, character (a film character, linked to the
          actor who plays them), nominal ("his son"), pronoun (he/him/his/
          himself, she/her/hers/herself, and "you" in an interviewer's
          question) or first_person (I/me/my/mine/myself in someone's speech).
          Plural "they" and "we" name no one person and are not counted; "I"
          in narration is the writer, who is not counted either.
        - ``character`` (str): the film character meant: the character's name
          for character mentions, and for pronouns whose antecedent is one
          ("BJ ..., he yearns"); "" when the person is meant as themselves.
        - ``sentence_id`` (int, -1 outside article-text sentences), ``paragraph_id``,
          ``role`` (str): paragraph role.
        - ``voice`` (str), ``speaker`` (str): as in ``sentences``, for the
          innermost quote holding the mention.
        - ``rule`` (str): how the mention was found or resolved.
    raw : dict of str to str
        The decoded text of each article, by ``article_id``.
    study : Study
        The corpus folder's people, compared pair, colours and themes
        (:func:`~coverage_analysis.study.load_study`).
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    mentions: pd.DataFrame
    raw: dict[str, str]
    study: Study = field(default_factory=Study)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name, in the order of :data:`~coverage_analysis.schema.TABLES`."""
        return {name: getattr(self, name) for name in TABLES}


#: Metadata columns: the leading columns of the articles table.
_METADATA_COLUMNS = COLUMNS["articles"][: COLUMNS["articles"].index("interviewee") + 1]


def read_metadata(folder: Path, people: People | None = None) -> pd.DataFrame:
    """The metadata table of ``folder``: its ``articles.csv``, or one row per ``*.txt``.

    Every column of :data:`_METADATA_COLUMNS` is present (empty where unknown).
    The file is checked first (:func:`~coverage_analysis.validate.article_rows`):
    with ``people``, an ``interviewee`` must be one of its ids.

    Raises
    ------
    CorpusError
        Listing every problem of ``articles.csv``, one line each with its line number.
    """
    rows = _rows(Path(folder), people)
    columns = list(dict.fromkeys([*rows[0].record, *_METADATA_COLUMNS]))
    return pd.DataFrame([row.record for row in rows], columns=columns)


def _rows(folder: Path, people: People | None) -> list[ArticleRow]:
    ids = None if people is None else people.ids
    return article_rows(folder, _METADATA_COLUMNS, ids)


def _people(folder: Path, people: People | Path | str | None) -> People:
    if isinstance(people, People):
        return people
    if people is not None:
        return load_people(people)
    path = folder / PEOPLE_FILE
    return load_people(path) if path.exists() else People(())


def _check_folder(folder: Path, on_error: str) -> None:
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    if not folder.is_dir():
        raise CorpusError([ArticleError(folder, "corpus folder not found")])


def _checked(
    rows: list[ArticleRow], on_error: str, max_chars: int | None
) -> tuple[list[ArticleRow], list[ArticleError]]:
    """Read every file once; return the rows that can be used and the errors."""
    good, errors = [], []
    for row in rows:
        try:
            read_article(row.path, max_chars)
        except ArticleError as err:
            errors.append(err)
        else:
            good.append(row)
    if errors and on_error == "raise":
        raise CorpusError(errors)
    for err in errors:
        warnings.warn(f"skipped {err}", SkippedArticle, stacklevel=3)
    return good, errors


def check_corpus(
    path: Path | str,
    on_error: str = "raise",
    people: People | Path | str | None = None,
    max_chars: int | None = MAX_ARTICLE_CHARS,
) -> list[ArticleError]:
    """Check the metadata and people files and read every article once; return the errors.

    Problems of ``articles.csv`` or ``people.toml`` always raise. With
    ``on_error="raise"`` a bad article file raises one :class:`CorpusError`
    listing every bad file; with "skip" each is warned about and returned.
    """
    folder = Path(path)
    _check_folder(folder, on_error)
    rows = _rows(folder, _people(folder, people))
    return _checked(rows, on_error, max_chars)[1]


#: More articles than this get a progress bar (when stderr is a terminal).
PROGRESS_MIN_ARTICLES = 20

#: What a worker process builds articles with (set once per process).
_WORKER: tuple[People, MentionFinder, int | None] | None = None


def _start_worker(registry: People, max_chars: int | None) -> None:
    global _WORKER
    _WORKER = (registry, MentionFinder(registry), max_chars)


def _build(row: ArticleRow, registry: People, finder: MentionFinder,
           max_chars: int | None) -> dict[str, object]:
    raw = read_article(row.path, max_chars)
    return {"raw": raw, **parse_article(raw, row.record, registry, finder)}


def _pack(items: list[dict[str, object]]) -> dict[str, object]:
    """Articles as one chunk: their rows, texts, and each table's rows as typed columns.

    Columns travel between processes and join faster than a frame per article.
    """
    return {
        "articles": [item["article"] for item in items],
        "raw": [item["raw"] for item in items],
        "sizes": {name: [len(item[name]) for item in items] for name in TABLES[1:]},
        "columns": {name: columns(name, [r for item in items for r in item[name]])
                    for name in TABLES[1:]},
    }


def _unpack(chunk: dict[str, object]) -> Iterator[dict[str, object]]:
    """The articles of a chunk, one at a time, as :func:`iter_articles` yields them."""
    at = dict.fromkeys(TABLES[1:], 0)
    for i, (article, raw) in enumerate(zip(chunk["articles"], chunk["raw"], strict=True)):
        item: dict[str, object] = {"raw": raw, "article": article}
        for name in TABLES[1:]:
            n = chunk["sizes"][name][i]
            item[name] = frame(name, slice_columns(chunk["columns"][name], at[name], at[name] + n))
            at[name] += n
        yield item


def _build_chunk(rows: list[ArticleRow]) -> dict[str, object]:
    assert _WORKER is not None
    registry, finder, max_chars = _WORKER
    return _pack([_build(row, registry, finder, max_chars) for row in rows])


def default_workers() -> int:
    """The number of processes to use by default: the machine's cores."""
    return os.cpu_count() or 1


class _Progress:
    """A progress bar on stderr counting articles, or nothing."""

    def __init__(self, total: int, progress: bool | None) -> None:
        if progress is None:
            progress = total > PROGRESS_MIN_ARTICLES and sys.stderr.isatty()
        self.bar = None
        if progress:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _checked_rows(path: Path | str, people: People | Path | str | None, on_error: str,
                  max_chars: int | None) -> tuple[Path, People, list[ArticleRow]]:
    """The folder, the people, and the rows whose files can be read (all checked first)."""
    folder = Path(path)
    _check_folder(folder, on_error)
    registry = _people(folder, people)
    rows, _ = _checked(_rows(folder, registry), on_error, max_chars)
    return folder, registry, rows


def _iter_chunks(rows: list[ArticleRow], registry: People, max_chars: int | None,
                 workers: int, progress: bool | None) -> Iterator[dict[str, object]]:
    """Chunks of built articles (see :func:`_pack`), in metadata order."""
    workers = max(1, min(workers, len(rows)))
    bar = _Progress(len(rows), progress)
    try:
        if workers == 1:
            finder = MentionFinder(registry)
            for row in rows:
                yield _pack([_build(row, registry, finder, max_chars)])
                bar.update(1)
            return
        size = max(1, min(16, len(rows) // (workers * 4)))
        chunks = [rows[i:i + size] for i in range(0, len(rows), size)]
        with ProcessPoolExecutor(workers, initializer=_start_worker,
                                 initargs=(registry, max_chars)) as pool:
            # In order, with a bounded number of chunks in flight: memory stays
            # flat when the consumer (writing CSV, say) is the slower side.
            pending: deque = deque()

            def done(keep: int) -> Iterator[dict[str, object]]:
                """The oldest chunks, in order, until ``keep`` are left in flight."""
                while len(pending) > keep:
                    built = pending.popleft().result()
                    bar.update(len(built["articles"]))
                    yield built

            for chunk in chunks:
                pending.append(pool.submit(_build_chunk, chunk))
                yield from done(4 * workers - 1)
            yield from done(0)
    finally:
        bar.close()


def iter_articles(
    path: Path | str = "seeds",
    people: People | Path | str | None = None,
    on_error: str = "raise",
    max_chars: int | None = MAX_ARTICLE_CHARS,
    workers: int = 1,
    progress: bool | None = False,
) -> Iterator[dict[str, object]]:
    """Yield the tables of one article at a time, holding only that article in memory.

    Everything is checked when this is called, before it returns: the
    folder, ``people.toml``, ``articles.csv`` and every article file (see
    :func:`check_corpus`), so a bad input raises before anything is yielded.
    Each item has the key ``article`` (a dict: one row of
    ``Corpus.articles``), ``raw`` (the text) and the four DataFrames
    ``paragraphs``, ``sentences``, ``quotes`` and ``mentions``. A file left
    out by ``on_error="skip"`` is the row's own file, wherever it is.

    With ``workers`` above 1, articles are built in that many processes, a
    few at a time (so memory stays bounded), and yielded in the same order
    with the same rows as with one: an article's tables depend on nothing
    but its text, its metadata row and the people file. ``progress`` shows
    a bar on stderr: True always, False never, None when stderr is a
    terminal and there are more than :data:`PROGRESS_MIN_ARTICLES` articles.
    """
    _, registry, rows = _checked_rows(path, people, on_error, max_chars)
    return _items(rows, registry, max_chars, workers, progress)


def _items(rows: list[ArticleRow], registry: People, max_chars: int | None, workers: int,
           progress: bool | None) -> Iterator[dict[str, object]]:
    for chunk in _iter_chunks(rows, registry, max_chars, workers, progress):
        yield from _unpack(chunk)


def load_corpus(
    path: Path | str = "seeds",
    people: People | Path | str | None = None,
    on_error: str = "raise",
    max_chars: int | None = MAX_ARTICLE_CHARS,
    workers: int = 1,
    progress: bool | None = False,
) -> Corpus:
    """Build the five tables for every article in a folder.

    Parameters
    ----------
    path : path-like, default "seeds"
        Folder holding the article files (UTF-8 text), an optional
        ``articles.csv`` metadata file (columns ``article_id``, ``file`` and
        any of title, outlet, author, date, genre, interviewee) and an
        optional ``people.toml`` (see :func:`~coverage_analysis.people.load_people`).
        Without metadata every ``*.txt`` file is an article named by its stem.
        Both files are checked first (:mod:`coverage_analysis.validate`):
        every ``file`` must lie inside the folder, ids must not repeat.
    people : People or path-like, optional
        The people registry; defaults to the folder's ``people.toml``.
    on_error : {"raise", "skip"}
        What to do with article files that are missing, empty, binary, not
        UTF-8 or too long: raise one :class:`CorpusError` listing every bad
        file and why (the default), or leave them out with a warning each.
        Problems of ``articles.csv``, ``people.toml`` or ``study.toml``
        always raise.
    max_chars : int or None, default :data:`~coverage_analysis.reading.MAX_ARTICLE_CHARS`
        Longest article accepted, in characters; None for no limit.
    workers : int, default 1
        Processes building articles (see :func:`iter_articles`); the tables
        are the same, row for row, whatever the number.
    progress : bool or None, default False
        Progress bar on stderr: True, False, or None for "when stderr is a
        terminal and there are more than a few articles".

    Returns
    -------
    Corpus

    See Also
    --------
    iter_articles : the same tables one article at a time, for large corpora.
    """
    folder, registry, checked = _checked_rows(path, people, on_error, max_chars)
    study = load_study(folder, registry)
    rows, raws = [], {}
    parts: dict[str, list[Columns]] = {name: [] for name in TABLES[1:]}
    for chunk in _iter_chunks(checked, registry, max_chars, workers, progress):
        rows += chunk["articles"]
        for article, raw in zip(chunk["articles"], chunk["raw"], strict=True):
            raws[article["article_id"]] = raw
        for name in parts:
            parts[name].append(chunk["columns"][name])
    # Each table's chunks are let go as soon as its frame is made: less held at once.
    frames = {name: frame(name, join(name, parts.pop(name))) for name in TABLES[1:]}
    corpus = Corpus(articles=_articles_frame(rows), raw=raws, study=study, **frames)
    release_free_memory()  # the rows are gone: a third of the peak, idle otherwise
    return corpus


def _articles_frame(records: list[dict[str, object]]) -> pd.DataFrame:
    """The ``articles`` table from one dict per article."""
    rows = [tuple(r[c] for c in COLUMNS["articles"]) for r in records]
    return frame("articles", columns("articles", rows))
