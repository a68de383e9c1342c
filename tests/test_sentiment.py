from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from coverage_analysis.measures import sentiment as se

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SUMMARY_COLUMNS = [
    "article_id", "group", "n_sentences", "mean_compound", "ci_low", "ci_high",
    "share_positive", "share_neutral", "share_negative",
]


def make_sentences(rows):
    """A hand-made ``sentences`` table from (article_id, role, voice, speaker, text)."""
    out, offsets = [], {}
    for article_id, role, voice, speaker, text in rows:
        start = offsets.get(article_id, 0)
        sentence_id = sum(r["article_id"] == article_id for r in out)
        out.append({
            "article_id": article_id, "sentence_id": sentence_id, "paragraph_id": 0,
            "role": role, "start": start, "end": start + len(text), "n_words": 0,
            "text": text, "voice": voice, "speaker": speaker,
        })
        offsets[article_id] = start + len(text) + 1
    return pd.DataFrame(out)


@pytest.fixture
def sentences():
    return make_sentences([
        ("000", "title", "narration", "", "A Wonderful Triumph"),
        ("000", "body", "narration", "", "The film is wonderful."),
        ("000", "body", "narration", "", "The film opens in Seoul."),
        ("000", "body", "speech", "paak", "The film is terrible."),
        ("000", "answer", "speech", "paak", "My son is great."),
        ("001", "body", "narration", "", "It was fine."),
        ("001", "heading", "narration", "", "Terrible Awful Things"),
    ])


# ------------------------------------------------------------------ scoring


def test_label_thresholds():
    assert se.label(0.05) == "positive"
    assert se.label(0.0499) == "neutral"
    assert se.label(0.0) == "neutral"
    assert se.label(-0.0499) == "neutral"
    assert se.label(-0.05) == "negative"
    assert se.label(1.0) == "positive"


def test_score_sentences_hand_made(sentences):
    scores = se.score_sentences(sentences)
    assert list(scores.columns) == [
        "article_id", "sentence_id", "start", "end", "voice", "speaker", "text",
        "neg", "neu", "pos", "compound", "label",
    ]
    # Title and heading are not prose.
    assert len(scores) == 5
    assert "Terrible Awful Things" not in set(scores["text"])
    by_text = scores.set_index("text")
    assert by_text.loc["The film is wonderful.", "compound"] == pytest.approx(0.5719)
    assert by_text.loc["The film is wonderful.", "label"] == "positive"
    assert by_text.loc["The film is terrible.", "compound"] == pytest.approx(-0.4767)
    assert by_text.loc["The film is terrible.", "label"] == "negative"
    assert by_text.loc["The film opens in Seoul.", "compound"] == 0.0
    assert by_text.loc["The film opens in Seoul.", "label"] == "neutral"
    assert (scores[["neg", "neu", "pos"]].sum(axis=1) - 1).abs().max() < 0.01
    # Offsets are carried through untouched.
    merged = scores.merge(sentences, on=["article_id", "sentence_id"], suffixes=("", "_in"))
    assert (merged["start"] == merged["start_in"]).all()
    assert (merged["end"] == merged["end_in"]).all()


# ---------------------------------------------------------------- bootstrap


def test_bootstrap_contains_mean_and_is_reproducible():
    values = np.array([0.9, 0.5, -0.3, 0.0, 0.7, 0.2, -0.6, 0.4])
    mean, low, high = se.bootstrap_mean(values)
    assert mean == pytest.approx(0.225)
    assert low < mean < high
    assert low >= -0.6 and high <= 0.9
    assert se.bootstrap_mean(values) == (mean, low, high)
    assert se.bootstrap_mean(values, seed=se.SEED + 1) != (mean, low, high)
    # A wider coverage gives a wider interval.
    _, low99, high99 = se.bootstrap_mean(values, confidence=0.99)
    assert low99 <= low and high <= high99


def test_bootstrap_edge_cases():
    assert se.bootstrap_mean([0.3]) == (0.3, 0.3, 0.3)
    assert all(np.isnan(x) for x in se.bootstrap_mean([]))


def test_group_result_does_not_depend_on_other_groups(sentences):
    scores = se.score_sentences(sentences)
    both = se.article_summary(scores).set_index("article_id")
    alone = se.article_summary(scores[scores["article_id"] == "000"]).set_index("article_id")
    pd.testing.assert_series_equal(both.loc["000"], alone.loc["000"])


# ---------------------------------------------------------------- summaries


def test_article_summary(sentences):
    summary = se.article_summary(se.score_sentences(sentences))
    assert list(summary.columns) == SUMMARY_COLUMNS
    first = summary.set_index("article_id").loc["000"]
    assert first["group"] == "all"
    assert first["n_sentences"] == 4
    assert first["share_positive"] == pytest.approx(0.5)
    assert first["share_neutral"] == pytest.approx(0.25)
    assert first["share_negative"] == pytest.approx(0.25)
    assert first["ci_low"] <= first["mean_compound"] <= first["ci_high"]


def test_voice_summary(sentences):
    summary = se.voice_summary(se.score_sentences(sentences))
    assert list(summary["group"]) == ["narration", "speech", "narration", "speech"]
    table = summary.set_index(["article_id", "group"])
    assert table.loc[("000", "narration"), "n_sentences"] == 2
    assert table.loc[("000", "narration"), "mean_compound"] == pytest.approx(0.5719 / 2)
    # An article without speech still has its (empty) speech row.
    assert table.loc[("001", "speech"), "n_sentences"] == 0
    assert np.isnan(table.loc[("001", "speech"), "mean_compound"])


def test_person_summary_uses_mentions(sentences):
    scores = se.score_sentences(sentences)
    mentions = pd.DataFrame({
        "article_id": ["000", "000", "000", "000", "001"],
        "sentence_id": [1, 4, 4, 3, -1],
        "entity": ["soul", "soul", "paak", "paak", "paak"],
        "type": ["name", "nominal", "first_person", "first_person", "name"],
    })
    summary = se.person_summary(scores, mentions, ("paak", "soul"))
    assert list(summary.columns) == SUMMARY_COLUMNS
    table = summary.set_index(["article_id", "group"])
    # "My son is great." mentions both and counts for both.
    assert table.loc[("000", "soul"), "n_sentences"] == 2
    assert table.loc[("000", "paak"), "n_sentences"] == 2
    # A mention outside any sentence (-1) mentions nothing.
    assert table.loc[("001", "paak"), "n_sentences"] == 0
    paired = se.mentioning_sentences(scores, mentions, persons=("soul",))
    assert list(paired["sentence_id"]) == [1, 4]
    assert set(paired["person"]) == {"soul"}
    # Leaving out first-person mentions leaves Paak unmentioned.
    names_only = se.person_summary(scores, mentions, ("paak", "soul"), types=("name", "nominal"))
    assert names_only.set_index(["article_id", "group"]).loc[("000", "paak"), "n_sentences"] == 0


def test_extremes(sentences):
    ends = se.extremes(se.score_sentences(sentences), n=1)
    first = ends[ends["article_id"] == "000"].set_index("end_of_scale")
    # "great" (0.6249) outscores "wonderful" (0.5719) in VADER's lexicon.
    assert first.loc["positive", "text"] == "My son is great."
    assert first.loc["negative", "text"] == "The film is terrible."
    assert first.loc["negative", "rank"] == 1
    two = se.extremes(se.score_sentences(sentences), n=2)
    assert list(two.loc[two["article_id"] == "000", "text"]) == [
        "My son is great.", "The film is wonderful.",
        "The film is terrible.", "The film opens in Seoul.",
    ]
    # An article with one sentence lists it at both ends.
    assert len(two[two["article_id"] == "001"]) == 2


# -------------------------------------------------------------- real corpus


@pytest.fixture(scope="module")
def corpus():
    from coverage_analysis import load_corpus

    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def scores(corpus):
    return se.score_sentences(corpus.sentences)


def test_corpus_scores_trace_back_to_the_text(corpus, scores):
    for row in scores.itertuples():
        assert corpus.raw[row.article_id][row.start:row.end] == row.text


def test_corpus_most_negative_sentence(scores):
    worst = scores.loc[scores["compound"].idxmin()]
    assert worst["article_id"] == "002"
    assert worst["text"] == "That’s a hell of a way to bond."
    assert worst["compound"] == pytest.approx(-0.6808)


def test_corpus_article_summary(scores):
    table = se.article_summary(scores).set_index("article_id")
    # The review is the warmest piece and has no negative sentence at all.
    assert table["mean_compound"].idxmax() == "000"
    assert table.loc["000", "share_negative"] == 0
    assert table.loc["000", "mean_compound"] == pytest.approx(0.644, abs=0.01)
    assert table.loc["000", "ci_low"] > 0.4
    # The essay-style profile is the coolest: its interval straddles zero.
    assert table["mean_compound"].idxmin() == "002"
    assert table.loc["002", "ci_low"] < 0 < table.loc["002", "ci_high"]


def test_corpus_voice_summary(scores):
    table = se.voice_summary(scores).set_index(["article_id", "group"])
    # The Q&A is nearly all speech; the review and the profile quote no one.
    assert table.loc[("003", "speech"), "n_sentences"] > 10 * table.loc[("003", "narration"),
                                                                        "n_sentences"]
    assert table.loc[("000", "speech"), "n_sentences"] == 0
    assert table.loc[("002", "speech"), "n_sentences"] == 0
    # At the premiere, the report's narration is warmer than .Paak's quoted words.
    assert table.loc[("001", "narration"), "mean_compound"] > table.loc[
        ("001", "speech"), "mean_compound"
    ]


def test_corpus_extremes(scores):
    ends = se.extremes(scores, n=1).set_index(["article_id", "end_of_scale"])
    assert ends.loc[("003", "negative"), "text"] == "Shit, I’m a musician too."
    assert ends.loc[("003", "negative"), "speaker"] == "paak"
    assert ends.loc[("000", "positive"), "text"].startswith("As father and son, .Paak and Soul")
