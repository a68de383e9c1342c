"""Tests for coverage_analysis.measures.space: how much room Paak and Soul get."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from builders import build_corpus

from coverage_analysis import load_corpus
from coverage_analysis.measures.space import (
    first_paragraphs,
    paired_difference_interval,
    person_space,
    ratio_interval,
    share_differences,
    space_ratios,
    speech_words,
    wilson_interval,
)
from coverage_analysis.schema import ARTICLE_TEXT_ROLES

PAIR = ("paak", "soul")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


# ------------------------------------------------------------ hand-made tables


@pytest.fixture
def small():
    spec = {
        "a": [
            ("title", ["Paak and his son"]),
            ("credit", ["Photo: Paak at TIFF"]),
            ("body", ["Paak directs BJ.", "He is proud."]),
            ("body", ["Soul plays Tae Young.", "“I said ‘I better do it’ then,” Paak recalls."]),
        ],
        "b": [("body", ["Paak plays drums.", "He rocks."])],
        "c": [("body", ["Nothing here."])],
    }
    quotes = [
        ("a", "I said ‘I better do it’ then,", "direct", "paak", -1),
        ("a", "I better do it", "embedded", "soul", 0),
    ]
    mentions = [
        ("a", "Paak", 0, "paak", "name"),
        ("a", "his son", 0, "soul", "nominal"),
        ("a", "Paak", 1, "paak", "name"),  # in the photo credit: not article text
        ("a", "Paak", 2, "paak", "name"),
        ("a", "BJ", 0, "paak", "character"),
        ("a", "He", 0, "paak", "pronoun"),
        ("a", "Soul", 0, "soul", "name"),
        ("a", "Tae Young", 0, "soul", "character"),
        ("a", "I", 0, "paak", "first_person"),
        ("a", "I", 1, "soul", "first_person"),
        ("a", "Paak", 3, "paak", "name"),
        ("b", "Paak", 0, "paak", "name"),
        ("b", "He", 0, "paak", "pronoun"),
    ]
    return build_corpus(spec, quotes, mentions)


@pytest.fixture
def space(small):
    return person_space(small, PAIR)


def _get(space, aid, measure, person, column="count"):
    row = space[(space.article_id == aid) & (space.measure == measure) & (space.person == person)]
    assert len(row) == 1
    return row[column].iloc[0]


# ---------------------------------------------------------------- intervals

def test_wilson_interval_known_values():
    low, high = wilson_interval([0.5, 0.0, 0.6, 1.0], [10, 10, 10, 2])
    assert low == pytest.approx([0.2365931, 0.0, 0.3126738, 0.3423802], abs=1e-6)
    assert high == pytest.approx([0.7634069, 0.2775328, 0.8318197, 1.0], abs=1e-6)
    low, high = wilson_interval([0.5, np.nan], [0, 5])
    assert np.isnan(low).all() and np.isnan(high).all()


def test_ratio_interval_and_zero_counts():
    ratio, low, high = ratio_interval([6, 2, 0, 0], [4, 0, 3, 0], [10, 2, 3, 0])
    assert ratio[0] == pytest.approx(1.5)
    assert low[0] == pytest.approx(0.4549132, abs=1e-6)
    assert high[0] == pytest.approx(4.9459986, abs=1e-6)
    assert ratio[1] == math.inf and high[1] == math.inf
    assert low[1] == pytest.approx(0.5206355, abs=1e-6)
    assert ratio[2] == 0 and low[2] == 0 and 0 < high[2] < math.inf
    assert np.isnan([ratio[3], low[3], high[3]]).all()


# ------------------------------------------------------------ hand-made counts

def test_shape_covers_every_article_measure_and_person(space):
    assert len(space) == 3 * 15 * 2
    assert space.measure.drop_duplicates().tolist() == [
        "mentions_name", "mentions_character", "mentions_nominal", "mentions_pronoun",
        "mentions_first_person", "mentions_actor", "mentions_as_character", "mentions_all",
        "sentences", "words", "quoted_words", "in_title", "in_first_paragraph",
        "in_first_sentence", "prominence"]
    assert space.person.drop_duplicates().tolist() == ["paak", "soul"]


def test_mention_counts_exclude_non_article_text(space):
    expected = {
        "paak": {"name": 3, "character": 1, "nominal": 0, "pronoun": 1, "first_person": 1,
                 "actor": 5, "as_character": 1, "all": 6},
        "soul": {"name": 1, "character": 1, "nominal": 1, "pronoun": 0, "first_person": 1,
                 "actor": 3, "as_character": 1, "all": 4},
    }
    for person, counts in expected.items():
        for kind, n in counts.items():
            assert _get(space, "a", f"mentions_{kind}", person) == n, (person, kind)
            assert _get(space, "a", f"mentions_{kind}", person, "units") == n
    assert _get(space, "c", "mentions_all", "paak") == 0


def test_sentences_and_words(space):
    assert _get(space, "a", "sentences", "paak") == 4
    assert _get(space, "a", "sentences", "soul") == 3
    assert _get(space, "a", "sentences", "soul", "total") == 5
    assert _get(space, "a", "sentences", "paak", "share") == pytest.approx(0.8)
    assert _get(space, "a", "sentences", "paak", "share_low") == pytest.approx(0.3755346, abs=1e-6)
    assert _get(space, "a", "words", "paak") == 4 + 3 + 3 + 9
    assert _get(space, "a", "words", "soul") == 4 + 4 + 9
    assert _get(space, "a", "words", "soul", "total") == 23
    assert _get(space, "a", "words", "soul", "units") == 3
    assert _get(space, "c", "sentences", "soul", "total") == 1
    assert _get(space, "c", "sentences", "soul", "share") == 0


def test_nested_quote_words_go_to_the_inner_speaker(small, space):
    words = speech_words(small.quotes)
    assert words.own_words.tolist() == [3, 4]
    assert words.nested_words.tolist() == [4, 0]
    assert _get(space, "a", "quoted_words", "paak") == 3
    assert _get(space, "a", "quoted_words", "soul") == 4
    assert _get(space, "a", "quoted_words", "soul", "total") == 7
    assert _get(space, "a", "quoted_words", "soul", "share") == pytest.approx(4 / 7)
    assert _get(space, "b", "quoted_words", "paak", "total") == 0
    assert np.isnan(_get(space, "b", "quoted_words", "paak", "share"))


def test_placement_and_prominence(small, space):
    firsts = first_paragraphs(small.paragraphs, small.sentences).set_index("article_id")
    assert firsts.loc["a"].tolist() == [0, 2, 1]
    assert firsts.loc["b"].tolist() == [-1, 0, 0]
    assert [_get(space, "a", m, "paak") for m in
            ("in_title", "in_first_paragraph", "in_first_sentence")] == [1, 1, 1]
    assert [_get(space, "a", m, "soul") for m in
            ("in_title", "in_first_paragraph", "in_first_sentence")] == [1, 0, 0]
    assert _get(space, "b", "in_title", "paak") == 0
    assert _get(space, "a", "prominence", "paak") == 3 + 2 + 2 + 2 + 1 + 1
    assert _get(space, "a", "prominence", "soul") == 3 + 1 + 1 + 1
    custom = person_space(small, PAIR, weights={"title": 10, "first_paragraph": 1, "elsewhere": 0})
    assert _get(custom, "a", "prominence", "paak") == 10 + 1 + 1 + 1
    assert _get(custom, "b", "prominence", "paak") == 2


def test_ratios(space):
    ratios = space_ratios(space).set_index(["article_id", "measure"])
    assert list(ratios.columns) == ["first", "second", "first_count", "second_count", "units",
                                    "ratio", "ratio_low", "ratio_high"]
    row = ratios.loc[("a", "mentions_all")]
    assert (row.first, row.second) == ("paak", "soul")
    assert (row.first_count, row.second_count, row.ratio) == (6, 4, 1.5)
    assert row.ratio_low == pytest.approx(0.4549132, abs=1e-6)
    assert row.ratio_high == pytest.approx(4.9459986, abs=1e-6)
    # Words: p is the share of words, n the sentences behind them (4 + 3).
    row = ratios.loc[("a", "words")]
    p = 19 / 36
    low, high = wilson_interval(p, 7)
    assert row.ratio == pytest.approx(19 / 17)
    assert row.ratio_low == pytest.approx(low / (1 - low))
    assert row.ratio_high == pytest.approx(high / (1 - high))
    row = ratios.loc[("b", "mentions_all")]
    assert row.ratio == math.inf and row.ratio_high == math.inf
    assert row.ratio_low == pytest.approx(0.5206355, abs=1e-6)
    assert np.isnan(ratios.loc[("c", "mentions_all")].ratio)
    assert np.isnan(ratios.loc[("a", "prominence")].ratio_low)
    assert ratios.loc[("a", "prominence")].ratio == pytest.approx(11 / 6)


def test_persons_are_a_parameter(small):
    space = person_space(small, persons=("soul", "paak", "jee_young_han"))
    assert space.person.drop_duplicates().tolist() == ["soul", "paak", "jee_young_han"]
    ratios = space_ratios(space, persons=("soul", "paak")).set_index(["article_id", "measure"])
    assert ratios[["first", "second"]].drop_duplicates().values.tolist() == [["soul", "paak"]]
    assert ratios.at[("a", "mentions_all"), "ratio"] == pytest.approx(4 / 6)
    with pytest.raises(ValueError):
        space_ratios(space, persons=("soul", "paak", "jee_young_han"))


# -------------------------------------------------------------- real seeds

@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def seed_space(seeds):
    return person_space(seeds)  # the study's pair, from seeds/study.toml


def test_seed_quoted_words_partition_the_speech(seeds, seed_space):
    q = seeds.quotes
    top = q[q.kind.isin(["direct", "embedded", "turn"]) & (q.depth == 0)]
    for aid in ["001", "003"]:
        total = _get(seed_space, aid, "quoted_words", "paak", "total")
        assert total == top[top.article_id == aid].n_words.sum()
    soul_quotes = q[(q.article_id == "001") & (q.speaker == "soul")]
    assert _get(seed_space, "001", "quoted_words", "soul") == soul_quotes.n_words.sum() > 0
    assert _get(seed_space, "000", "quoted_words", "paak", "total") == 0


def test_seed_ratios_favour_paak(seed_space):
    ratios = space_ratios(seed_space).set_index(["article_id", "measure"])
    for aid in ["000", "001", "002", "003"]:
        row = ratios.loc[(aid, "mentions_all")]
        assert row.ratio > 1 and row.ratio_low <= row.ratio <= row.ratio_high
        assert ratios.loc[(aid, "sentences")].ratio > 1
    assert ratios.loc[("003", "quoted_words")].ratio > 10
    # The first words of the interview's intro name them both.
    row = ratios.loc[("003", "in_first_sentence")]
    assert row[["first_count", "second_count"]].tolist() == [1, 1]


def test_seed_counts_match_the_mentions_table(seeds, seed_space):
    m = seeds.mentions
    m = m[m.role.isin(ARTICLE_TEXT_ROLES)]
    for aid in ["000", "001", "002", "003"]:
        for person in ["paak", "soul"]:
            mine = m[(m.article_id == aid) & (m.entity == person)]
            assert _get(seed_space, aid, "mentions_all", person) == len(mine)
            assert _get(seed_space, aid, "sentences", person) == mine.sentence_id.nunique()
            assert _get(seed_space, aid, "prominence", person) >= len(mine)


# ------------------------------------------------------------ differences

def _wilson(x, n, z=1.959963984540054):
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def test_paired_difference_follows_newcombe_method_10():
    # 20 sentences: 2 name both, 5 only the first, 1 only the second, 12 neither.
    a, b, c, d = 2, 5, 1, 12
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    (l1, u1), (l2, u2) = _wilson(a + b, n), _wilson(a + c, n)
    cross = a * d - b * c                      # 19 > n / 2, so corrected to 9
    phi = (cross - n / 2) / math.sqrt((a + b) * (c + d) * (a + c) * (b + d))
    low = p1 - p2 - math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
    high = p1 - p2 + math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2)
    got_low, got_high = paired_difference_interval(a, b, c, n)
    assert (float(got_low), float(got_high)) == pytest.approx((low, high))
    assert got_low < p1 - p2 < got_high


def test_paired_difference_is_symmetric_and_bounded():
    low, high = paired_difference_interval(3, 4, 4, 30)
    assert float(low) == pytest.approx(-float(high))
    low, high = paired_difference_interval(0, 10, 0, 10)   # the first has every unit
    assert float(high) == 1.0 and 0 < float(low) < 1
    low, high = paired_difference_interval(0, 0, 0, 0)
    assert np.isnan(low) and np.isnan(high)


def test_share_differences_on_the_seeds(seeds, seed_space):
    diff = share_differences(seeds, seed_space).set_index(["article_id", "measure"])
    s = seeds.sentences
    m = seeds.mentions[seeds.mentions.role.isin(ARTICLE_TEXT_ROLES)]
    for aid in seeds.articles.article_id:
        n = (s.article_id == aid).sum()
        named = {p: set(m[(m.article_id == aid) & (m.entity == p)].sentence_id) - {-1}
                 for p in PAIR}
        row = diff.loc[(aid, "sentences")]
        assert row.difference == pytest.approx((len(named["paak"]) - len(named["soul"])) / n)
        assert row.units == n and row.low <= row.difference <= row.high
    assert np.isnan(diff.loc[("000", "quoted_words")].difference)  # the review quotes no one
    assert diff.loc[("003", "sentences")].low > 0               # Paak's lead is firm there
