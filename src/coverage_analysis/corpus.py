"""The corpus: five tidy tables built from a folder of article files.

Every row that points at text carries ``start`` and ``end``: character offsets
into the article's decoded file (see :func:`coverage_analysis.io.read_article`),
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

from .parse.article import build_article
from .parse.mentions import MentionFinder
from .people import People, load_people
from .reading import ArticleError, read_article
from .schema import COLUMNS, TABLES
from .strings import python_strings
from .study import PEOPLE_FILE, Study, load_study

__all__ = [
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

        - ``article_id`` (str): identifier from the metadata file ("000").
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
    paragraphs : DataFrame
        One row per non-blank line of the file; nothing is dropped.

        - ``article_id``, ``paragraph_id`` (int, 0-based in the article), ``line`` (1-based).
        - ``start``, ``end`` (int): offsets of the line with white space trimmed.
        - ``indent`` (int): leading white-space characters.
        - ``role`` (str): title, byline, warning, heading, body, list_item,
          question, answer, credit, bio or debris (site furniture and related
          stories that are not this article).
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
          whose speaker the text does not make clear, "" for non-speech.
        - ``cue`` (str): the words or rule that decided the speaker or kind
          (".Paak joked", "he continued", "Q&A answer", "nested in a paak quote").
        - ``parent_id`` (int): ``quote_id`` of the enclosing quote, -1 if none.
        - ``depth`` (int): 0 for top-level, 1 inside another quote, and so on.
        - ``n_words`` (int), ``text`` (str).
    mentions : DataFrame
        One row per reference to a person in the people file.

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
        """The five tables by name, in the order of :data:`~coverage_analysis.tables.TABLES`."""
        return {name: getattr(self, name) for name in TABLES}


class SkippedArticle(UserWarning):
    """An article left out by ``on_error="skip"``; the message names the file and why."""


class CorpusError(ValueError):
    """One or more files of a corpus cannot be read; ``errors`` lists each."""

    def __init__(self, errors: list[ArticleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


METADATA_FILE = "articles.csv"
#: Metadata columns: the leading columns of the articles table.
_METADATA_COLUMNS = COLUMNS["articles"][: COLUMNS["articles"].index("interviewee") + 1]


def read_metadata(folder: Path) -> pd.DataFrame:
    """The metadata table of ``folder``: its ``articles.csv``, or one row per ``*.txt``.

    Every column of :data:`_METADATA_COLUMNS` is present (empty where unknown).
    """
    path = folder / METADATA_FILE
    if path.exists():
        meta = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = {"article_id", "file"} - set(meta.columns)
        if missing:
            raise CorpusError([ArticleError(path, f"metadata lacks columns {sorted(missing)}")])
    else:
        files = sorted(p.name for p in folder.glob("*.txt"))
        meta = pd.DataFrame({"article_id": [Path(f).stem for f in files], "file": files})
    for column in _METADATA_COLUMNS:
        if column not in meta.columns:
            meta[column] = ""
    return meta


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


def check_corpus(path: Path | str, on_error: str = "raise") -> list[ArticleError]:
    """Read every article of a folder once and return the errors found.

    With ``on_error="raise"`` any error raises one :class:`CorpusError`
    listing every bad file; with "skip" each is warned about and returned.
    """
    errors = _read_all(Path(path), on_error)[1]
    if errors and on_error == "raise":
        raise CorpusError(errors)
    for err in errors:
        warnings.warn(f"skipped {err}", SkippedArticle, stacklevel=2)
    return errors


def _read_all(folder: Path, on_error: str) -> tuple[list[dict[str, str]], list[ArticleError]]:
    """The metadata rows of a folder, and the errors reading each of its articles gives."""
    _check_folder(folder, on_error)
    records = read_metadata(folder).to_dict("records")
    errors = []
    for record in records:
        try:
            read_article(folder / record["file"])
        except ArticleError as err:
            errors.append(err)
    return records, errors


#: More articles than this get a progress bar (when stderr is a terminal).
PROGRESS_MIN_ARTICLES = 20

#: What a worker process builds articles with (set once per process).
_WORKER: tuple[Path, People, MentionFinder] | None = None


def _start_worker(folder: Path, registry: People) -> None:
    global _WORKER
    _WORKER = (folder, registry, MentionFinder(registry))


def _build(folder: Path, record: dict[str, str], registry: People,
           finder: MentionFinder) -> dict[str, object]:
    raw = read_article(folder / record["file"])
    with python_strings():
        return {"raw": raw, **build_article(raw, record, registry, finder)}


def _pack(items: list[dict[str, object]]) -> dict[str, object]:
    """Articles as one chunk: their rows, texts, and each table's rows together.

    One frame per table travels between processes faster than one per article.
    """
    frames = {name: [item[name] for item in items] for name in TABLES[1:]}
    return {
        "articles": [item["article"] for item in items],
        "raw": [item["raw"] for item in items],
        "sizes": {name: [len(f) for f in parts] for name, parts in frames.items()},
        "frames": {name: parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
                   for name, parts in frames.items()},
    }


def _unpack(chunk: dict[str, object]) -> Iterator[dict[str, object]]:
    """The articles of a chunk, one at a time, as :func:`iter_articles` yields them."""
    at = dict.fromkeys(TABLES[1:], 0)
    # An article without rows makes the joined columns generic; its own frame
    # is then made as build_article makes it, and the others get their types back.
    mixed = {name: 0 in sizes and len(sizes) > 1 for name, sizes in chunk["sizes"].items()}
    for i, (article, raw) in enumerate(zip(chunk["articles"], chunk["raw"], strict=True)):
        item: dict[str, object] = {"raw": raw, "article": article}
        for name in TABLES[1:]:
            n = chunk["sizes"][name][i]
            if n == 0 and mixed[name]:
                with python_strings():
                    item[name] = pd.DataFrame([], columns=list(COLUMNS[name]))
                continue
            frame = chunk["frames"][name].iloc[at[name]:at[name] + n].reset_index(drop=True)
            if mixed[name]:
                with python_strings():
                    frame = frame.infer_objects()
            item[name] = frame
            at[name] += n
        yield item


def _build_chunk(records: list[dict[str, str]]) -> dict[str, object]:
    assert _WORKER is not None
    folder, registry, finder = _WORKER
    return _pack([_build(folder, record, registry, finder) for record in records])


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


def _iter_chunks(path: Path | str, people: People | Path | str | None, on_error: str,
                 workers: int, progress: bool | None) -> Iterator[dict[str, object]]:
    """Chunks of built articles (see :func:`_pack`), in metadata order."""
    folder = Path(path)
    records, errors = _read_all(folder, on_error)  # every file checked before any is built
    if errors and on_error == "raise":
        raise CorpusError(errors)
    for err in errors:
        warnings.warn(f"skipped {err}", SkippedArticle, stacklevel=3)
    bad = {Path(e.path).name for e in errors}
    registry = _people(folder, people)
    records = [r for r in records if r["file"] not in bad]
    workers = max(1, min(workers, len(records)))
    bar = _Progress(len(records), progress)
    try:
        if workers == 1:
            finder = MentionFinder(registry)
            for record in records:
                yield _pack([_build(folder, record, registry, finder)])
                bar.update(1)
            return
        size = max(1, min(16, len(records) // (workers * 4)))
        chunks = [records[i:i + size] for i in range(0, len(records), size)]
        with ProcessPoolExecutor(workers, initializer=_start_worker,
                                 initargs=(folder, registry)) as pool:
            # In order, with a bounded number of chunks in flight: memory stays
            # flat when the consumer (writing CSV, say) is the slower side.
            pending: deque = deque()
            for chunk in chunks:
                pending.append(pool.submit(_build_chunk, chunk))
                if len(pending) >= 4 * workers:
                    built = pending.popleft().result()
                    yield built
                    bar.update(len(built["articles"]))
            while pending:
                built = pending.popleft().result()
                yield built
                bar.update(len(built["articles"]))
    finally:
        bar.close()


def iter_articles(
    path: Path | str = "seeds", people: People | Path | str | None = None, on_error: str = "raise",
    workers: int = 1, progress: bool | None = False,
) -> Iterator[dict[str, object]]:
    """Yield the tables of one article at a time, holding only that article in memory.

    Every file is checked first (see :func:`check_corpus`), so a bad file
    stops the run before anything is yielded. Each item has the key
    ``article`` (a dict: one row of ``Corpus.articles``), ``raw`` (the text)
    and the four DataFrames ``paragraphs``, ``sentences``, ``quotes`` and
    ``mentions``.

    With ``workers`` above 1, articles are built in that many processes, a
    few at a time (so memory stays bounded), and yielded in the same order
    with the same rows as with one: an article's tables depend on nothing
    but its text, its metadata row and the people file. ``progress`` shows
    a bar on stderr: True always, False never, None when stderr is a
    terminal and there are more than :data:`PROGRESS_MIN_ARTICLES` articles.
    """
    for chunk in _iter_chunks(path, people, on_error, workers, progress):
        yield from _unpack(chunk)


def load_corpus(
    path: Path | str = "seeds", people: People | Path | str | None = None, on_error: str = "raise",
    workers: int = 1, progress: bool | None = False,
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
    people : People or path-like, optional
        The people registry; defaults to the folder's ``people.toml``.
    on_error : {"raise", "skip"}
        What to do with files that are missing, empty, binary or not UTF-8:
        raise one :class:`CorpusError` listing every bad file and why (the
        default), or leave them out with a warning each.
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
    folder = Path(path)
    registry = _people(folder, people) if folder.is_dir() else People(())
    rows, raws = [], {}
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES[1:]}
    for chunk in _iter_chunks(path, registry, on_error, workers, progress):
        rows += chunk["articles"]
        for article, raw in zip(chunk["articles"], chunk["raw"], strict=True):
            raws[article["article_id"]] = raw
        for name in parts:
            parts[name].append(chunk["frames"][name])
    with python_strings():
        frames = {name: _concat(chunks, name) for name, chunks in parts.items()}
        articles = pd.DataFrame(rows, columns=list(COLUMNS["articles"]))
    return Corpus(articles=articles, raw=raws, study=load_study(folder, registry), **frames)


def _concat(chunks: list[pd.DataFrame], name: str) -> pd.DataFrame:
    if not chunks:
        return pd.DataFrame(columns=list(COLUMNS[name]))
    return pd.concat(chunks, ignore_index=True)
