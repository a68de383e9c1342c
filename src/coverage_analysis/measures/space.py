"""Space: how much room each piece gives one person against another.

For every article and a pair of persons, :func:`person_space` counts

- **mentions** by type (name, character, nominal, pronoun, first_person);
  as themselves (the actor) and as their film character (character names and
  the pronouns that refer to them, "BJ ..., he"), which add up to all;
- **sentences** of article text mentioning the person, and the **words** of
  those sentences;
- **quoted words** the person speaks (direct, embedded and Q&A-turn quotes;
  words of a quote nested in another belong to the inner speaker only);
- **placement**: whether the person is in the title, the first paragraph and
  the first sentence;
- **prominence**: mentions weighted by where they are (3 in the title, 2 in
  the first paragraph, 1 elsewhere by default);

and :func:`space_ratios` turns each pair of counts into a ratio with a 95%
interval. Only article text counts (roles in ``ARTICLE_TEXT_ROLES``): a name
in a byline, photo credit or related-stories block is not coverage.

Intervals
---------
A share (sentences mentioning one person out of all sentences) gets a Wilson score
interval. A ratio ``a / b`` of two counts is read through the first person's
part ``p = a / (a + b)``: a Wilson interval for ``p`` is mapped back to a
ratio by ``p / (1 - p)``, which is monotone, so the bounds carry over. Each
interval treats the *units* behind a count as independent draws: mentions for
mention counts, sentences for sentence and word counts, quotes for quoted
words. Words come in sentences and quotes and are far from independent, so
for word measures ``p`` is the share of words but ``n`` is the number of
sentences or quotes, not of words (a word-level ``n`` would give intervals
that are much too narrow). A sentence mentioning both persons is a unit for
each. Placement flags and prominence have no interval.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..corpus import Corpus
from ..schema import ARTICLE_TEXT_ROLES, MENTION_TYPES, PROSE_ROLES, SPEECH_KINDS

__all__ = [
    "PROMINENCE_WEIGHTS",
    "first_paragraphs",
    "mention_counts",
    "person_space",
    "placement",
    "prominence",
    "quoted_words",
    "ratio_interval",
    "sentence_counts",
    "space_ratios",
    "DIFFERENCE_MEASURES",
    "paired_difference_interval",
    "share_differences",
    "speech_words",
    "wilson_interval",
]

#: Weight of a mention by where it is (see :func:`prominence`).
PROMINENCE_WEIGHTS = {"title": 3.0, "first_paragraph": 2.0, "elsewhere": 1.0}
#: Normal quantile for a two-sided 95% interval.
Z95 = 1.959963984540054

#: Columns of :func:`space_ratios`.
RATIO_COLUMNS = ["article_id", "measure", "first", "second", "first_count", "second_count",
                 "units", "ratio", "ratio_low", "ratio_high"]

_LONG = ["article_id", "measure", "person", "count", "total", "units", "total_units"]


# ---------------------------------------------------------------- intervals

def wilson_interval(p: float | np.ndarray, n: float | np.ndarray,
                    z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Return the Wilson score interval for a proportion ``p`` out of ``n``.

    Parameters
    ----------
    p : float or array
        Observed proportion, 0 to 1.
    n : float or array
        Number of independent units; where ``n`` is 0 or NaN the bounds are NaN.
    z : float
        Normal quantile (default: 95%, two-sided).

    Returns
    -------
    low, high : ndarray
        Bounds, within 0 and 1 (exactly 0 when ``p`` is 0, exactly 1 when ``p`` is 1).
    """
    p = np.asarray(p, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        denom = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denom
        bad = ~(n > 0) | np.isnan(p)
        low = np.where(bad, np.nan, np.where(p <= 0, 0.0, np.clip(centre - half, 0, 1)))
        high = np.where(bad, np.nan, np.where(p >= 1, 1.0, np.clip(centre + half, 0, 1)))
    return low, high


def ratio_interval(a: float | np.ndarray, b: float | np.ndarray, n: float | np.ndarray,
                   z: float = Z95) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``a / b`` and a 95% interval through the share ``p = a / (a + b)``.

    Parameters
    ----------
    a, b : float or array
        Counts for the first and second person.
    n : float or array
        Independent units behind ``a + b`` (``a + b`` itself for counts of
        mentions; sentences or quotes for words); NaN for no interval.
    z : float
        Normal quantile.

    Returns
    -------
    ratio, low, high : ndarray
        ``ratio`` is ``a / b``: ``inf`` when only ``b`` is 0, NaN when both
        are. The bounds are ``p / (1 - p)`` at the Wilson bounds of ``p``:
        ``high`` is ``inf`` when the upper bound of ``p`` is 1 (``b`` is 0),
        ``low`` is 0 when ``a`` is 0; both NaN when ``a + b`` is 0 or ``n``
        is NaN or 0.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(b > 0, a / b, np.where(a > 0, np.inf, np.nan))
        total = a + b
        p = np.where(total > 0, a / total, np.nan)
        lo, hi = wilson_interval(p, n, z)
        low = np.where(lo >= 1, np.inf, lo / (1 - lo))
        high = np.where(hi >= 1, np.inf, hi / (1 - hi))
    low = np.where(np.isnan(lo), np.nan, low)
    high = np.where(np.isnan(hi), np.nan, high)
    return ratio, low, high


# ------------------------------------------------------------------- pieces
#
# Each piece tallies its measures per article and person in one pass over
# the rows it needs, and _long_table lays them out over every article,
# measure and person. Counts are small integers, so the order in which
# they are added up does not change them.

_NAN = float("nan")
#: Values of one cell of the long table: count, total, units, total units.
_Cell = tuple[float, float, float, float]


def _ids(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(article_id=frame["article_id"].astype(str))


def _text_mentions(mentions: pd.DataFrame, persons: Sequence[str]) -> pd.DataFrame:
    m = _ids(mentions)
    return m[m["role"].isin(ARTICLE_TEXT_ROLES) & m["entity"].isin(persons)]


def _columns(frame: pd.DataFrame, *names: str) -> list[list]:
    return [frame[name].tolist() for name in names]


#: Columns of the mention rows the tallies read.
_MENTION_FIELDS = ("article_id", "entity", "type", "character", "sentence_id", "paragraph_id")


def _mention_rows(mentions: pd.DataFrame, persons: Sequence[str]) -> list[tuple]:
    """Mentions of the persons in article text, as tuples of :data:`_MENTION_FIELDS`."""
    keep = (mentions["role"].isin(ARTICLE_TEXT_ROLES) & mentions["entity"].isin(persons))
    m = mentions[keep.to_numpy()]
    aids = [str(a) for a in m["article_id"].tolist()]
    return list(zip(aids, *_columns(m, *_MENTION_FIELDS[1:]), strict=True))


def _long_table(article_ids: Sequence[str], measures: Sequence[str], persons: Sequence[str],
                cell: Callable[[str, str, str], _Cell]) -> pd.DataFrame:
    """One row per article, measure and person (in that nesting), with ``cell``'s values."""
    rows = [(aid, measure, person, *cell(aid, measure, person))
            for aid in map(str, article_ids) for measure in measures for person in persons]
    return _long_frame(rows)


def _long_frame(rows: list[tuple]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="float64" if i > 2 else object)
                             for i, c in enumerate(_LONG)})
    columns = list(zip(*rows, strict=True))
    return pd.DataFrame({name: list(col) if i < 3 else np.asarray(col, dtype="float64")
                         for i, (name, col) in enumerate(zip(_LONG, columns, strict=True))})


def _mention_tallies(rows: list[tuple]) -> dict[tuple[str, str], dict[str, float]]:
    """Per article and person, mentions by type, as character, and in all."""
    out: dict[tuple[str, str], dict[str, float]] = {}
    for aid, person, kind, character, _, _ in rows:
        t = out.setdefault((aid, person), dict.fromkeys(_MENTION_MEASURES, 0.0))
        t["mentions_all"] += 1.0
        if kind in MENTION_TYPES:
            t[f"mentions_{kind}"] += 1.0
        if character != "":
            t["mentions_as_character"] += 1.0
        else:
            t["mentions_actor"] += 1.0
    return out


#: Measures of :func:`mention_counts`, in order.
_MENTION_MEASURES = [f"mentions_{t}" for t in MENTION_TYPES] + [
    "mentions_actor", "mentions_as_character", "mentions_all"]


def mention_counts(mentions: pd.DataFrame, article_ids: Sequence[str],
                   persons: Sequence[str]) -> pd.DataFrame:
    """Return mentions of each person in article text, by type and in groups.

    Parameters
    ----------
    mentions : DataFrame
        The mentions table.
    article_ids : sequence of str
        Articles to report (every one gets a row, zeros included).
    persons : sequence of str
        Person ids.

    Returns
    -------
    DataFrame
        Long, one row per article, measure and person, columns as in
        :func:`person_space`. Measures: ``mentions_<type>`` for each of
        :data:`MENTION_TYPES` (``mentions_character`` counts character names
        only); ``mentions_actor`` (the person as themselves: mentions whose
        ``character`` is empty); ``mentions_as_character`` (their film
        character: character names and the pronouns that refer to them, "BJ
        ..., he"); ``mentions_all`` (every mention, the sum of the two). ``units``
        is the count (each mention is a unit); ``total`` is NaN.
    """
    tallies = _mention_tallies(_mention_rows(mentions, persons))
    return _long_table(article_ids, _MENTION_MEASURES, persons,
                       lambda aid, measure, person: _mention_cell(tallies, aid, measure, person))


def _mention_cell(tallies: dict, aid: str, measure: str, person: str) -> _Cell:
    count = tallies[(aid, person)][measure] if (aid, person) in tallies else 0.0
    return count, _NAN, count, _NAN


def _sentence_tallies(sentences: pd.DataFrame, rows: list[tuple]
                      ) -> tuple[dict[str, tuple[float, float]],
                                 dict[tuple[str, str], tuple[float, float]]]:
    """Per article: sentences and their words; per article and person: the same, mentioning."""
    totals: dict[str, list[int]] = {}
    words: dict[tuple[str, int], int] = {}
    for aid, sid, n in zip(*_columns(sentences, "article_id", "sentence_id", "n_words"),
                           strict=True):
        aid = str(aid)
        t = totals.setdefault(aid, [0, 0])
        t[0] += 1
        t[1] += n
        words[(aid, sid)] = n
    seen: dict[tuple[str, str], dict[int, None]] = {}
    for aid, person, _, _, sid, _ in rows:
        if sid >= 0:
            seen.setdefault((aid, person), {})[sid] = None
    mine = {key: (float(len(sids)), float(sum(words.get((key[0], sid), 0) for sid in sids)))
            for key, sids in seen.items()}
    return {aid: (float(n), float(w)) for aid, (n, w) in totals.items()}, mine


def sentence_counts(sentences: pd.DataFrame, mentions: pd.DataFrame, article_ids: Sequence[str],
                    persons: Sequence[str]) -> pd.DataFrame:
    """Return the sentences that mention each person, and their words.

    Parameters
    ----------
    sentences, mentions : DataFrame
        The corpus tables.
    article_ids : sequence of str
        Articles to report.
    persons : sequence of str
        Person ids.

    Returns
    -------
    DataFrame
        Long, columns as in :func:`person_space`. Measures:

        - ``sentences``: article-text sentences with at least one mention of
          the person (any type); ``total`` is the article's sentences;
          ``units`` = ``count``, ``total_units`` = ``total``.
        - ``words``: words of those sentences; ``total`` is the words of all
          sentences; ``units`` is the number of those sentences,
          ``total_units`` the article's sentences.
    """
    totals, mine = _sentence_tallies(sentences, _mention_rows(mentions, persons))
    return _long_table(article_ids, ["sentences", "words"], persons,
                       lambda aid, measure, person: _sentence_cell(totals, mine, aid, measure,
                                                                   person))


def _sentence_cell(totals: dict, mine: dict, aid: str, measure: str, person: str) -> _Cell:
    n_total, w_total = totals.get(aid, (0.0, 0.0))
    n, w = mine.get((aid, person), (0.0, 0.0))
    if measure == "sentences":
        return n, n_total, n, n_total
    return w, w_total, n, n_total


def speech_words(quotes: pd.DataFrame) -> pd.DataFrame:
    """Return each speech quote with the words its own speaker says.

    A quote nested in another (an embedded quote in a direct quote or Q&A
    answer) is spoken by its own speaker; its words are subtracted from the
    quote that encloses it, so that every quoted word is counted once, for
    the innermost speaker.

    Parameters
    ----------
    quotes : DataFrame
        The quotes table.

    Returns
    -------
    DataFrame
        One row per quote of a kind in :data:`SPEECH_KINDS`:

        - ``article_id`` (str), ``quote_id`` (int), ``paragraph_id`` (int),
          ``kind`` (str), ``speaker`` (str), ``depth`` (int), ``parent_id`` (int).
        - ``n_words`` (int): words inside the quote marks.
        - ``nested_words`` (int): words of speech quotes directly inside it.
        - ``own_words`` (int): ``n_words - nested_words``.
    """
    q = _ids(quotes)
    speech = q[q["kind"].isin(SPEECH_KINDS)].copy()
    nested: dict[tuple[str, int], int] = {}
    for aid, parent, n in zip(*_columns(speech, "article_id", "parent_id", "n_words"),
                              strict=True):
        if parent >= 0:
            nested[(aid, parent)] = nested.get((aid, parent), 0) + n
    speech["nested_words"] = np.asarray(
        [nested.get(k, 0) for k in zip(*_columns(speech, "article_id", "quote_id"), strict=True)],
        dtype="int64")
    speech["own_words"] = speech["n_words"] - speech["nested_words"]
    cols = ["article_id", "quote_id", "paragraph_id", "kind", "speaker", "depth", "parent_id",
            "n_words", "nested_words", "own_words"]
    return speech[cols].reset_index(drop=True)


def _quote_tallies(quotes: pd.DataFrame, paragraphs: pd.DataFrame, persons: Sequence[str]
                   ) -> tuple[dict[str, tuple[float, float]],
                              dict[tuple[str, str], tuple[float, float]]]:
    """Per article: own words of all speech and quotes; per article and person: theirs."""
    words = speech_words(quotes)
    text = _ids(paragraphs)
    text = text[text["role"].isin(ARTICLE_TEXT_ROLES)]
    keys = set(zip(*_columns(text, "article_id", "paragraph_id"), strict=True))
    totals: dict[str, list[int]] = {}
    mine: dict[tuple[str, str], list[int]] = {}
    chosen = set(persons)
    for aid, pid, speaker, own in zip(
            *_columns(words, "article_id", "paragraph_id", "speaker", "own_words"), strict=True):
        if own <= 0 or (aid, pid) not in keys:
            continue
        t = totals.setdefault(aid, [0, 0])
        t[0] += own
        t[1] += 1
        if speaker in chosen:
            t = mine.setdefault((aid, speaker), [0, 0])
            t[0] += own
            t[1] += 1
    return ({k: (float(w), float(n)) for k, (w, n) in totals.items()},
            {k: (float(w), float(n)) for k, (w, n) in mine.items()})


def quoted_words(quotes: pd.DataFrame, paragraphs: pd.DataFrame, article_ids: Sequence[str],
                 persons: Sequence[str]) -> pd.DataFrame:
    """Return the quoted words each person speaks in article text.

    Parameters
    ----------
    quotes, paragraphs : DataFrame
        The corpus tables (paragraphs decide what is article text).
    article_ids : sequence of str
        Articles to report.
    persons : sequence of str
        Person ids.

    Returns
    -------
    DataFrame
        Long, columns as in :func:`person_space`; measure ``quoted_words``:
        ``count`` is the person's own words (:func:`speech_words`),
        ``total`` the own words of every speaker (interviewer and "unknown"
        included), ``units`` the person's quotes with at least one own word,
        ``total_units`` all such quotes.
    """
    totals, mine = _quote_tallies(quotes, paragraphs, persons)
    return _long_table(article_ids, ["quoted_words"], persons,
                       lambda aid, measure, person: _quote_cell(totals, mine, aid, person))


def _quote_cell(totals: dict, mine: dict, aid: str, person: str) -> _Cell:
    w_total, n_total = totals.get(aid, (0.0, 0.0))
    w, n = mine.get((aid, person), (0.0, 0.0))
    return w, w_total, n, n_total


def _firsts(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> dict[str, tuple[int, int, int]]:
    """Per article (sorted): title, first paragraph and first sentence ids (see below)."""
    title: dict[str, int] = {}
    body: dict[str, int] = {}
    prose: dict[str, int] = {}
    for aid, pid, role in zip(*_columns(paragraphs, "article_id", "paragraph_id", "role"),
                              strict=True):
        aid = str(aid)
        for found, wanted in ((title, role == "title"), (body, role == "body"),
                              (prose, role in PROSE_ROLES)):
            if wanted and (aid not in found or pid < found[aid]):
                found[aid] = pid
    first_sentence: dict[tuple[str, int], int] = {}
    for aid, pid, sid in zip(*_columns(sentences, "article_id", "paragraph_id", "sentence_id"),
                             strict=True):
        key = (str(aid), pid)
        if key not in first_sentence or sid < first_sentence[key]:
            first_sentence[key] = sid
    out = {}
    for aid in sorted({str(a) for a in paragraphs["article_id"].tolist()}):
        first_par = body.get(aid, prose.get(aid, -1))
        out[aid] = (title.get(aid, -1), first_par, first_sentence.get((aid, first_par), -1))
    return out



def first_paragraphs(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Return each article's title, first paragraph and first sentence.

    The first paragraph is the first with role "body" (if there is none, the
    first with a role in ``PROSE_ROLES``); the first sentence is the first
    sentence of that paragraph, so a title or heading is never the "first
    sentence".

    Returns
    -------
    DataFrame
        One row per article with paragraphs:

        - ``article_id`` (str).
        - ``title_id`` (int): paragraph id of the title line, -1 if none.
        - ``first_paragraph_id`` (int): -1 if the article has no prose.
        - ``first_sentence_id`` (int): -1 if that paragraph has no sentence.
    """
    rows = [(aid, *ids) for aid, ids in _firsts(paragraphs, sentences).items()]
    return pd.DataFrame(rows, columns=["article_id", "title_id", "first_paragraph_id",
                                       "first_sentence_id"])


#: Measures of :func:`placement`, in order.
_PLACES = ["in_title", "in_first_paragraph", "in_first_sentence"]


def _placement_tallies(firsts: dict[str, tuple[int, int, int]], rows: list[tuple]
                       ) -> set[tuple[str, str, str]]:
    """The (article, measure, person) places where a person is mentioned."""
    found = set()
    for aid, person, _, _, sid, pid in rows:
        if aid not in firsts:
            continue
        title, first_par, first_sentence = firsts[aid]
        if title >= 0 and pid == title:
            found.add((aid, "in_title", person))
        if first_par >= 0 and pid == first_par:
            found.add((aid, "in_first_paragraph", person))
        if first_sentence >= 0 and sid == first_sentence:
            found.add((aid, "in_first_sentence", person))
    return found


def placement(paragraphs: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
              article_ids: Sequence[str], persons: Sequence[str]) -> pd.DataFrame:
    """Return whether each person is in the title, first paragraph and first sentence.

    Returns
    -------
    DataFrame
        Long, columns as in :func:`person_space`. Measures ``in_title``,
        ``in_first_paragraph``, ``in_first_sentence`` (see
        :func:`first_paragraphs`): ``count`` is 1 if a mention of the person
        (any type) is there, else 0 (also 0 when the article has no title);
        ``total``, ``units``, ``total_units`` are NaN (no interval).
    """
    found = _placement_tallies(_firsts(paragraphs, sentences), _mention_rows(mentions, persons))
    return _long_table(article_ids, _PLACES, persons,
                       lambda aid, measure, person: _flag_cell(found, aid, measure, person))


def _flag_cell(found: set, aid: str, measure: str, person: str) -> _Cell:
    return (1.0 if (aid, measure, person) in found else 0.0), _NAN, _NAN, _NAN


def _prominence_tallies(firsts: dict[str, tuple[int, int, int]], mentions: pd.DataFrame,
                        persons: Sequence[str], weights: Mapping[str, float],
                        rows: list[tuple] | None = None) -> dict[tuple[str, str], float]:
    w = [weights["title"], weights["first_paragraph"], weights["elsewhere"]]
    if not all(float(x).is_integer() for x in w):
        m = _text_mentions(mentions, persons)
        # Weights that are not whole numbers: add them up as pandas does.
        title = m["article_id"].map({a: f[0] for a, f in firsts.items()})
        first = m["article_id"].map({a: f[1] for a, f in firsts.items()})
        each = np.where(m["paragraph_id"] == title, w[0],
                        np.where(m["paragraph_id"] == first, w[1], w[2]))
        sums = m.assign(w=each).groupby(["article_id", "entity"])["w"].sum()
        return {key: float(v) for key, v in sums.items()}
    out: dict[tuple[str, str], float] = {}
    rows = _mention_rows(mentions, persons) if rows is None else rows
    for aid, person, _, _, _, pid in rows:
        title, first_par, _ = firsts.get(aid, (None, None, None))
        weight = w[0] if pid == title else w[1] if pid == first_par else w[2]
        out[(aid, person)] = out.get((aid, person), 0.0) + float(weight)
    return out


def prominence(paragraphs: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
               article_ids: Sequence[str], persons: Sequence[str],
               weights: Mapping[str, float] = PROMINENCE_WEIGHTS) -> pd.DataFrame:
    """Return a prominence score: article-text mentions weighted by where they are.

    Parameters
    ----------
    paragraphs, sentences, mentions : DataFrame
        The corpus tables.
    article_ids : sequence of str
        Articles to report.
    persons : sequence of str
        Person ids.
    weights : mapping
        Keys ``title``, ``first_paragraph`` (see :func:`first_paragraphs`)
        and ``elsewhere``; default 3, 2, 1.

    Returns
    -------
    DataFrame
        Long, columns as in :func:`person_space`; measure ``prominence``:
        ``count`` is the sum of the weights of the person's mentions (every
        type); ``total``, ``units``, ``total_units`` are NaN (no interval).
    """
    sums = _prominence_tallies(_firsts(paragraphs, sentences), mentions, persons, weights)
    return _long_table(article_ids, ["prominence"], persons,
                       lambda aid, measure, person: (sums.get((aid, person), 0.0), _NAN, _NAN,
                                                     _NAN))


# ------------------------------------------------------------------ tables

def person_space(corpus: Corpus, persons: Sequence[str] | None = None,
                 weights: Mapping[str, float] = PROMINENCE_WEIGHTS) -> pd.DataFrame:
    """Return every space measure for every article and person, with shares.

    Parameters
    ----------
    corpus : Corpus
        The tables.
    persons : sequence of str, optional
        Person ids, any number (default: the study's compared pair,
        ``corpus.study.compare``).
    weights : mapping
        Prominence weights (see :func:`prominence`).

    Returns
    -------
    DataFrame
        One row per article, measure and person (articles in sorted order,
        measures in the order below, persons in the order given):

        - ``article_id`` (str), ``measure`` (str), ``person`` (str).
        - ``count`` (float): the person's count: mentions, sentences, words,
          quoted words, 0/1 for placement, weighted mentions for prominence.
        - ``total`` (float): what the count is a share of (the article's
          sentences, sentence words, quoted words); NaN for measures that
          are not shares (mentions, placement, prominence).
        - ``units`` (float): independent units behind ``count`` (mentions,
          sentences, quotes); NaN for placement and prominence.
        - ``total_units`` (float): units behind ``total``.
        - ``share`` (float): ``count / total`` (NaN if not a share or the
          total is 0).
        - ``share_low``, ``share_high`` (float): 95% Wilson interval of the
          share with ``n = total_units``.

        Measures: ``mentions_name``, ``mentions_character``,
        ``mentions_nominal``, ``mentions_pronoun``, ``mentions_first_person``,
        ``mentions_actor``, ``mentions_as_character``, ``mentions_all``
        (:func:`mention_counts`);
        ``sentences``, ``words`` (:func:`sentence_counts`); ``quoted_words``
        (:func:`quoted_words`); ``in_title``, ``in_first_paragraph``,
        ``in_first_sentence`` (:func:`placement`); ``prominence``
        (:func:`prominence`).
    """
    ids = corpus.articles["article_id"].astype(str).tolist()
    persons = list(corpus.study.compare if persons is None else persons)
    rows = _mention_rows(corpus.mentions, persons)
    mentions = _mention_tallies(rows)
    s_totals, s_mine = _sentence_tallies(corpus.sentences, rows)
    q_totals, q_mine = _quote_tallies(corpus.quotes, corpus.paragraphs, persons)
    firsts = _firsts(corpus.paragraphs, corpus.sentences)
    flags = _placement_tallies(firsts, rows)
    sums = _prominence_tallies(firsts, corpus.mentions, persons, weights, rows)

    def cell(aid: str, measure: str, person: str) -> _Cell:
        if measure in _SENTENCE_MEASURES:
            return _sentence_cell(s_totals, s_mine, aid, measure, person)
        if measure == "quoted_words":
            return _quote_cell(q_totals, q_mine, aid, person)
        if measure in _PLACES:
            return _flag_cell(flags, aid, measure, person)
        if measure == "prominence":
            return sums.get((aid, person), 0.0), _NAN, _NAN, _NAN
        return _mention_cell(mentions, aid, measure, person)

    # Articles sorted by id (stable, as the tables were concatenated piece by piece).
    out = _long_table(sorted(ids), _SPACE_MEASURES, persons, cell)
    count, total = out["count"].to_numpy(), out["total"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        out["share"] = np.where(total > 0, count / total, np.nan)
    out["share_low"], out["share_high"] = wilson_interval(out["share"], out["total_units"])
    return out


_SENTENCE_MEASURES = ("sentences", "words")
#: Every measure of :func:`person_space`, in order.
_SPACE_MEASURES = [*_MENTION_MEASURES, *_SENTENCE_MEASURES, "quoted_words", *_PLACES,
                   "prominence"]


def space_ratios(space: pd.DataFrame, persons: Sequence[str] | None = None) -> pd.DataFrame:
    """Return, for each article and measure, the first person's count over the second's.

    Parameters
    ----------
    space : DataFrame
        Output of :func:`person_space`.
    persons : pair of str, optional
        The two persons compared (default: the first two in ``space``).

    Returns
    -------
    DataFrame
        One row per article and measure:

        - ``article_id`` (str), ``measure`` (str): see :func:`person_space`.
        - ``first``, ``second`` (str): the two person ids compared.
        - ``first_count``, ``second_count`` (float): each person's count.
        - ``units`` (float): the independent units behind both counts (the
          interval's ``n``); NaN for placement and prominence.
        - ``ratio`` (float): first / second; ``inf`` if only the second is
          0, NaN if both are.
        - ``ratio_low``, ``ratio_high`` (float): 95% interval from the Wilson
          interval of the first person's part ``p = first / (first + second)``
          with ``n`` the units behind both counts (mentions, sentences or
          quotes; see the module notes), mapped by ``p / (1 - p)``;
          ``ratio_high`` is ``inf`` when the second count is 0. NaN for
          placement and prominence, and when both counts are 0.
    """
    if persons is None:
        persons = list(pd.unique(space["person"]))[:2]
        if len(persons) < 2:  # a study of one person (or none) has no ratio
            return pd.DataFrame(columns=RATIO_COLUMNS)
    if len(persons) != 2:
        raise ValueError(f"space_ratios compares two persons, got {list(persons)}")
    first, second = persons
    person = space["person"].to_numpy(dtype=object)
    keys = list(zip(space["article_id"].tolist(), space["measure"].tolist(), strict=True))
    count = space["count"].to_numpy(dtype="float64")
    units = space["units"].to_numpy(dtype="float64")
    mine = np.flatnonzero(person == first)
    theirs = {keys[i]: i for i in np.flatnonzero(person == second)}
    if len(theirs) != int((person == second).sum()):
        raise ValueError(f"space has more than one row per article and measure for {second!r}")
    other = np.array([theirs.get(keys[i], -1) for i in mine], dtype="int64")
    found = other >= 0
    b_count = np.where(found, count[np.maximum(other, 0)], np.nan) if len(mine) else count[:0]
    b_units = np.where(found, units[np.maximum(other, 0)], np.nan) if len(mine) else units[:0]
    both = units[mine] + b_units
    ratio, low, high = ratio_interval(count[mine], b_count, both)
    return pd.DataFrame({
        "article_id": [keys[i][0] for i in mine],
        "measure": [keys[i][1] for i in mine],
        "first": [first] * len(mine),
        "second": [second] * len(mine),
        "first_count": count[mine],
        "second_count": b_count,
        "units": both,
        "ratio": ratio,
        "ratio_low": low,
        "ratio_high": high,
    })


# ------------------------------------------------------------ differences

def paired_difference_interval(both: np.ndarray, first: np.ndarray, second: np.ndarray,
                               n: np.ndarray, p1: np.ndarray | None = None,
                               p2: np.ndarray | None = None,
                               z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Return a 95% interval for ``p1 - p2`` measured on the same units (Newcombe's method 10).

    Each of ``n`` units (sentences, quotes) can count for the first person,
    the second, both or neither, so the two shares are paired, not
    independent. The interval combines the Wilson interval of each share
    with the correlation ``phi`` of the two on the units (Newcombe 1998,
    *Statistics in Medicine* 17: 2635-2650, method 10, with his correction
    of ``phi``).

    Parameters
    ----------
    both, first, second : array
        Units counting for both people, for the first only, for the second only.
    n : array
        All units; where ``n`` is 0 the bounds are NaN.
    p1, p2 : array, optional
        The shares compared (default: the unit shares ``(both + first) / n``
        and ``(both + second) / n``); pass word shares to compare words with
        sentences or quotes as the units.
    z : float
        Normal quantile (default: 95%, two-sided).

    Returns
    -------
    low, high : ndarray
        Bounds of ``p1 - p2``, within -1 and 1.
    """
    both, first, second, n = (np.asarray(v, dtype=float) for v in (both, first, second, n))
    neither = n - both - first - second
    with np.errstate(divide="ignore", invalid="ignore"):
        p1 = (both + first) / n if p1 is None else np.asarray(p1, dtype=float)
        p2 = (both + second) / n if p2 is None else np.asarray(p2, dtype=float)
        l2, u2 = wilson_interval(p1, n, z)
        l3, u3 = wilson_interval(p2, n, z)
        denominator = np.sqrt((both + first) * (second + neither) * (both + second)
                              * (first + neither))
        # Newcombe's corrected phi: a small positive association (under n / 2)
        # counts as none, so the interval never narrows on noise.
        cross = both * neither - first * second
        cross = np.where(cross > n / 2, cross - n / 2, np.where(cross < 0, cross, 0.0))
        phi = np.where(denominator > 0, cross / denominator, 0.0)
        d = p1 - p2
        delta = np.sqrt(np.maximum((p1 - l2) ** 2 - 2 * phi * (p1 - l2) * (u3 - p2)
                                   + (u3 - p2) ** 2, 0))
        eps = np.sqrt(np.maximum((u2 - p1) ** 2 - 2 * phi * (u2 - p1) * (p2 - l3)
                                 + (p2 - l3) ** 2, 0))
    return np.clip(d - delta, -1, 1), np.clip(d + eps, -1, 1)


#: Share measures that :func:`share_differences` compares.
DIFFERENCE_MEASURES = ("sentences", "words", "quoted_words")


def _sentence_overlap(corpus: Corpus, pair: Sequence[str]) -> dict[str, int]:
    """Per article with any: sentences mentioning both people of ``pair``."""
    named: dict[tuple[str, int], set[str]] = {}
    for aid, entity, _, _, sid, _ in _mention_rows(corpus.mentions, pair):
        if sid >= 0:
            named.setdefault((str(aid), sid), set()).add(entity)
    both: dict[str, int] = {}
    for (aid, _), people in named.items():
        if len(people) == 2:
            both[aid] = both.get(aid, 0) + 1
    return both


def share_differences(corpus: Corpus, space: pd.DataFrame | None = None,
                      persons: Sequence[str] | None = None) -> pd.DataFrame:
    """Return, per article, the first person's share minus the second's, with an interval.

    Parameters
    ----------
    corpus : Corpus
        The tables (the mentions give the sentences that name both people).
    space : DataFrame, optional
        Output of :func:`person_space` for the pair (computed if not given).
    persons : pair of str, optional
        The two people (default: the study's compared pair).

    Returns
    -------
    DataFrame
        One row per article and measure of :data:`DIFFERENCE_MEASURES`:

        - ``article_id`` (str), ``measure`` (str), ``first``, ``second`` (str).
        - ``difference`` (float): first share minus second share (-1 to 1);
          NaN where the article has no units.
        - ``low``, ``high`` (float): 95% interval (:func:`paired_difference_interval`)
          with sentences as the units for sentences and words (a sentence
          naming both counts for both), quotes for quoted words (each quote
          has one speaker).
        - ``units`` (float): the units behind the interval.

        Empty (with these columns) when the study has fewer than two people.
    """
    columns = ["article_id", "measure", "first", "second", "difference", "low", "high", "units"]
    pair = list(corpus.study.compare if persons is None else persons)
    if len(pair) != 2:
        return pd.DataFrame(columns=columns)
    space = person_space(corpus, pair) if space is None else space
    rows = space[space["measure"].isin(DIFFERENCE_MEASURES)]
    cells = {(str(a), m, p): (s, u, t) for a, m, p, s, u, t in zip(
        *_columns(rows, "article_id", "measure", "person", "share", "units", "total_units"),
        strict=True)}
    keys = [(a, m) for a in dict.fromkeys(map(str, rows["article_id"].tolist()))
            for m in DIFFERENCE_MEASURES]
    missing = (np.nan, np.nan, np.nan)
    first = np.array([cells.get((a, m, pair[0]), missing) for a, m in keys], dtype=float)
    second = np.array([cells.get((a, m, pair[1]), missing) for a, m in keys], dtype=float)
    first, second = first.reshape(-1, 3), second.reshape(-1, 3)
    aids = [a for a, _ in keys]
    measures = np.array([m for _, m in keys], dtype=object)
    overlap = _sentence_overlap(corpus, pair)
    both = np.array([0.0 if m == "quoted_words" else float(overlap.get(a, 0)) for a, m in keys])
    a_units, b_units = np.nan_to_num(first[:, 1]), np.nan_to_num(second[:, 1])
    n = first[:, 2]
    p1, p2 = first[:, 0], second[:, 0]
    low, high = paired_difference_interval(both, a_units - both, b_units - both, n, p1, p2)
    return pd.DataFrame({
        "article_id": aids, "measure": measures, "first": pair[0], "second": pair[1],
        "difference": p1 - p2, "low": low, "high": high, "units": n,
    }, columns=columns)
