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

from collections.abc import Mapping, Sequence

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

def _ids(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(article_id=frame["article_id"].astype(str))


def _text_mentions(mentions: pd.DataFrame, persons: Sequence[str]) -> pd.DataFrame:
    m = _ids(mentions)
    return m[m["role"].isin(ARTICLE_TEXT_ROLES) & m["entity"].isin(persons)]


def _grid(article_ids: Sequence[str], measures: Sequence[str],
          persons: Sequence[str]) -> pd.MultiIndex:
    return pd.MultiIndex.from_product([[str(a) for a in article_ids], list(measures),
                                       list(persons)], names=["article_id", "measure", "person"])


def _long(values: pd.DataFrame, article_ids: Sequence[str], measures: Sequence[str],
          persons: Sequence[str]) -> pd.DataFrame:
    """Reindex to every article, measure and person; missing counts are 0."""
    index = _grid(article_ids, measures, persons)
    out = values.set_index(["article_id", "measure", "person"]).reindex(index)
    out["count"] = out["count"].fillna(0.0)
    for col in ("total", "units", "total_units"):
        if col not in out:
            out[col] = np.nan
    return out.reset_index()[_LONG]


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
    m = _text_mentions(mentions, persons)
    rows = []
    for (aid, person), g in m.groupby(["article_id", "entity"]):
        types = g["type"].value_counts()
        for t in MENTION_TYPES:
            rows.append((aid, f"mentions_{t}", person, float(types.get(t, 0))))
        character = float((g["character"] != "").sum())
        rows.append((aid, "mentions_actor", person, float(len(g)) - character))
        rows.append((aid, "mentions_as_character", person, character))
        rows.append((aid, "mentions_all", person, float(len(g))))
    measures = [f"mentions_{t}" for t in MENTION_TYPES] + [
        "mentions_actor", "mentions_as_character", "mentions_all"]
    values = pd.DataFrame(rows, columns=["article_id", "measure", "person", "count"])
    out = _long(values, article_ids, measures, persons)
    out["units"] = out["count"]
    return out


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
    s = _ids(sentences)
    m = _text_mentions(mentions, persons)
    m = m[m["sentence_id"] >= 0]
    totals = s.groupby("article_id").agg(n=("sentence_id", "size"), words=("n_words", "sum"))
    words = s.set_index(["article_id", "sentence_id"])["n_words"]
    rows = []
    for (aid, person), g in m.groupby(["article_id", "entity"]):
        sids = pd.unique(g["sentence_id"])
        n_total = float(totals.at[aid, "n"]) if aid in totals.index else 0.0
        w_total = float(totals.at[aid, "words"]) if aid in totals.index else 0.0
        w = float(sum(words.get((aid, sid), 0) for sid in sids))
        rows.append((aid, "sentences", person, float(len(sids)), n_total, float(len(sids)),
                     n_total))
        rows.append((aid, "words", person, w, w_total, float(len(sids)), n_total))
    values = pd.DataFrame(rows, columns=_LONG)
    out = _long(values, article_ids, ["sentences", "words"], persons)
    # Articles where a person is never mentioned still have totals.
    for measure, col in (("sentences", "n"), ("words", "words")):
        rows_m = out["measure"] == measure
        out.loc[rows_m, "total"] = out.loc[rows_m, "article_id"].map(totals[col]).fillna(0.0)
        out.loc[rows_m, "total_units"] = out.loc[rows_m, "article_id"].map(totals["n"]) \
            .fillna(0.0)
        out.loc[rows_m & out["units"].isna(), "units"] = 0.0
    return out


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
    nested = (speech[speech["parent_id"] >= 0].groupby(["article_id", "parent_id"])["n_words"]
              .sum())
    keys = list(zip(speech["article_id"], speech["quote_id"], strict=True))
    speech["nested_words"] = [int(nested.get(k, 0)) for k in keys]
    speech["own_words"] = speech["n_words"] - speech["nested_words"]
    cols = ["article_id", "quote_id", "paragraph_id", "kind", "speaker", "depth", "parent_id",
            "n_words", "nested_words", "own_words"]
    return speech[cols].reset_index(drop=True)


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
    words = speech_words(quotes)
    text = _ids(paragraphs)
    text = text[text["role"].isin(ARTICLE_TEXT_ROLES)]
    where = pd.MultiIndex.from_frame(words[["article_id", "paragraph_id"]])
    words = words[where.isin(pd.MultiIndex.from_frame(text[["article_id", "paragraph_id"]]))]
    words = words[words["own_words"] > 0]
    totals = words.groupby("article_id").agg(words=("own_words", "sum"),
                                             quotes=("quote_id", "size"))
    mine = words[words["speaker"].isin(persons)]
    values = (mine.groupby(["article_id", "speaker"])
              .agg(count=("own_words", "sum"), units=("quote_id", "size"))
              .reset_index().rename(columns={"speaker": "person"}))
    values.insert(1, "measure", "quoted_words")
    values = values.astype({"count": float, "units": float})
    out = _long(values, article_ids, ["quoted_words"], persons)
    out["units"] = out["units"].fillna(0.0)
    out["total"] = out["article_id"].map(totals["words"]).fillna(0.0).astype(float)
    out["total_units"] = out["article_id"].map(totals["quotes"]).fillna(0.0).astype(float)
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
    p = _ids(paragraphs)
    s = _ids(sentences)
    rows = []
    for aid, g in p.groupby("article_id", sort=True):
        title = g.loc[g["role"] == "title", "paragraph_id"]
        body = g.loc[g["role"] == "body", "paragraph_id"]
        if body.empty:
            body = g.loc[g["role"].isin(PROSE_ROLES), "paragraph_id"]
        first_par = int(body.min()) if not body.empty else -1
        sids = s.loc[(s["article_id"] == aid) & (s["paragraph_id"] == first_par), "sentence_id"]
        rows.append((aid, int(title.min()) if not title.empty else -1, first_par,
                     int(sids.min()) if not sids.empty else -1))
    return pd.DataFrame(rows, columns=["article_id", "title_id", "first_paragraph_id",
                                       "first_sentence_id"])


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
    firsts = first_paragraphs(paragraphs, sentences).set_index("article_id")
    m = _text_mentions(mentions, persons)
    rows = []
    for aid in map(str, article_ids):
        f = firsts.loc[aid] if aid in firsts.index else None
        g = m[m["article_id"] == aid]
        for person in persons:
            mine = g[g["entity"] == person]
            where = {
                "in_title": f is not None and f["title_id"] >= 0
                and bool((mine["paragraph_id"] == f["title_id"]).any()),
                "in_first_paragraph": f is not None and f["first_paragraph_id"] >= 0
                and bool((mine["paragraph_id"] == f["first_paragraph_id"]).any()),
                "in_first_sentence": f is not None and f["first_sentence_id"] >= 0
                and bool((mine["sentence_id"] == f["first_sentence_id"]).any()),
            }
            rows += [(aid, k, person, float(v)) for k, v in where.items()]
    values = pd.DataFrame(rows, columns=["article_id", "measure", "person", "count"])
    return _long(values, article_ids, ["in_title", "in_first_paragraph", "in_first_sentence"],
                 persons)


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
    firsts = first_paragraphs(paragraphs, sentences).set_index("article_id")
    m = _text_mentions(mentions, persons)
    title = m["article_id"].map(firsts["title_id"])
    first = m["article_id"].map(firsts["first_paragraph_id"])
    w = np.where(m["paragraph_id"] == title, weights["title"],
                 np.where(m["paragraph_id"] == first, weights["first_paragraph"],
                          weights["elsewhere"]))
    values = (m.assign(w=w).groupby(["article_id", "entity"])["w"].sum().rename("count")
              .reset_index().rename(columns={"entity": "person"}))
    values.insert(1, "measure", "prominence")
    return _long(values, article_ids, ["prominence"], persons)


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
        One row per article, measure and person (measures in the order
        below):

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
    parts = [
        mention_counts(corpus.mentions, ids, persons),
        sentence_counts(corpus.sentences, corpus.mentions, ids, persons),
        quoted_words(corpus.quotes, corpus.paragraphs, ids, persons),
        placement(corpus.paragraphs, corpus.sentences, corpus.mentions, ids, persons),
        prominence(corpus.paragraphs, corpus.sentences, corpus.mentions, ids, persons, weights),
    ]
    out = pd.concat(parts, ignore_index=True)
    order = {m: i for i, m in enumerate(pd.unique(out["measure"]))}
    out = out.sort_values(["article_id", "measure", "person"],
                          key=lambda c: c.map(order) if c.name == "measure" else
                          (c.map({p: i for i, p in enumerate(persons)}) if c.name == "person"
                           else c), kind="stable", ignore_index=True)
    numbers = ["count", "total", "units", "total_units"]
    out[numbers] = out[numbers].astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["share"] = np.where(out["total"] > 0, out["count"] / out["total"], np.nan)
    out["share_low"], out["share_high"] = wilson_interval(out["share"], out["total_units"])
    return out


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
    a = space[space["person"] == first].set_index(["article_id", "measure"])
    b = space[space["person"] == second].set_index(["article_id", "measure"])
    b = b.reindex(a.index)
    ratio, low, high = ratio_interval(a["count"], b["count"], a["units"] + b["units"])
    return pd.DataFrame({
        "article_id": a.index.get_level_values("article_id"),
        "measure": a.index.get_level_values("measure"),
        "first": first,
        "second": second,
        "first_count": a["count"].to_numpy(),
        "second_count": b["count"].to_numpy(),
        "units": (a["units"] + b["units"]).to_numpy(),
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


def _sentence_overlap(corpus: Corpus, pair: Sequence[str]) -> pd.DataFrame:
    """Per article: sentences mentioning both people of ``pair``."""
    m = _text_mentions(corpus.mentions, pair)
    m = m[m["sentence_id"] >= 0][["article_id", "sentence_id", "entity"]].drop_duplicates()
    both = m.groupby(["article_id", "sentence_id"])["entity"].nunique()
    return (both[both == 2].groupby(level="article_id").size().rename("both").to_frame())


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
    wide = rows.pivot_table(index=["article_id", "measure"], columns="person",
                            values=["share", "units", "total_units"], sort=False, dropna=False)
    wide = wide.reindex([(a, m) for a in pd.unique(rows["article_id"])
                         for m in DIFFERENCE_MEASURES])
    aids = wide.index.get_level_values("article_id")
    measures = wide.index.get_level_values("measure")
    overlap = _sentence_overlap(corpus, pair)["both"].reindex(aids).fillna(0).to_numpy()
    both = np.where(measures == "quoted_words", 0.0, overlap)
    a_units, b_units = (wide[("units", p)].fillna(0).to_numpy() for p in pair)
    n = wide[("total_units", pair[0])].to_numpy(dtype=float)
    p1, p2 = (wide[("share", p)].to_numpy(dtype=float) for p in pair)
    low, high = paired_difference_interval(both, a_units - both, b_units - both, n, p1, p2)
    return pd.DataFrame({
        "article_id": aids, "measure": measures, "first": pair[0], "second": pair[1],
        "difference": p1 - p2, "low": low, "high": high, "units": n,
    }, columns=columns)
