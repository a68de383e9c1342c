"""The evaluator, on a tiny corpus whose predictions are set by hand.

The corpus is written to a temporary folder and loaded, then its tables are
replaced with hand-made predictions, so every metric below can be checked by
counting, whatever the parser does.
"""

import csv
import dataclasses
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from coverage_analysis import load_corpus
from coverage_analysis.evaluate import (
    METRICS,
    GoldError,
    evaluate,
    evaluate_by_article,
    label_end,
    load_gold,
    locate_gold,
    match_quotes,
    predicted_speech_hits,
)

OUTLETS = Path(__file__).resolve().parent / "corpora" / "outlets"

NEWS = """Menu | Home
Big News Headline
By Jane Roe
"I love drums," Anderson .Paak said. He called it a "vanity" project.
"Me too," said Soul Rasheed.
Subscribe to our newsletter
"""

FOREIGN = """Heart and Soul Review
A drama about a trumpeter and his son.
"""

GOLD = """
[[article]]
article_id = "a"
genre = "news report"
truncated = false
title = "Big News Headline"

[[article.line]]
text = "Menu | Home"
role = "navigation"
article_text = false

[[article.line]]
text = "Big News Headline"
role = "title"
article_text = true

[[article.line]]
text = "By Jane Roe"
role = "byline"
article_text = false

[[article.line]]
text = "Subscribe to our newsletter"
role = "promo"
article_text = false

[[article.quote]]
text = "I love drums,"
kind = "speech"
speaker = "paak"
registered = true

[[article.quote]]
text = "vanity"
kind = "scare"
speaker = ""
registered = false

[[article.quote]]
text = "Me too,"
kind = "speech"
speaker = "soul"
registered = true

[[article]]
article_id = "b"
genre = "review"
truncated = false
title = "Heart and Soul Review"
foreign = true
"""


def _span(raw, text, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = raw.index(text, start + 1)
    return start, start + len(text)


def _paragraphs(aid, raw, roles):
    rows = []
    for i, (text, role) in enumerate(roles):
        start, end = _span(raw, text)
        rows.append({"article_id": aid, "paragraph_id": i, "start": start, "end": end,
                     "role": role, "is_article_text": role in ("title", "body"), "text": text})
    return rows


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FOREIGN, encoding="utf-8")
    (tmp_path / "gold.toml").write_text(GOLD, encoding="utf-8")
    shutil.copy(OUTLETS / "people.toml", tmp_path)
    return tmp_path


@pytest.fixture
def predicted(folder):
    """The loaded corpus with every table replaced by hand-made predictions."""
    corpus = load_corpus(folder)
    a, b = corpus.raw["a"], corpus.raw["b"]
    paragraphs = pd.DataFrame(
        _paragraphs("a", a, [("Menu | Home", "debris"), ("Big News Headline", "title"),
                             ("By Jane Roe", "byline"), ('"I love drums,"', "body"),
                             ('"Me too,"', "body"), ("Subscribe to our newsletter", "body")])
        + _paragraphs("b", b, [("Heart and Soul Review", "title"),
                               ("A drama about a trumpeter", "body")])
    )
    quotes = []
    for text, kind, speaker in [("I love drums,", "direct", "paak"),
                                ("vanity", "direct", "paak"),      # a scare quote taken as speech
                                ("Me too,", "direct", "paak")]:    # found, wrong speaker
        start, end = _span(a, text)
        quotes.append({"article_id": "a", "start": start, "end": end, "kind": kind,
                       "speaker": speaker, "text": text})
    mentions = []
    for text, entity in [("Soul", "soul"), ("his son", "")]:
        start, end = _span(b, text)
        mentions.append({"article_id": "b", "start": start, "end": end, "entity": entity,
                         "surface": text})
    # A parser without the 'truncated' column (the evaluator must say so).
    articles = corpus.articles.drop(columns="truncated", errors="ignore")
    articles["title"] = ["Big News Headline", "Heart and Soul"]
    return dataclasses.replace(corpus, articles=articles, paragraphs=paragraphs,
                               quotes=pd.DataFrame(quotes), mentions=pd.DataFrame(mentions))


CALLS = pd.DataFrame({"article_id": ["a", "b"], "call": ["review", "review"]})


def _values(frame):
    return {row.metric: (row.numerator, row.denominator, row.value)
            for row in frame.itertuples(index=False)}


def test_load_gold_tables(folder):
    gold = load_gold(folder / "gold.toml")
    assert gold["articles"][["article_id", "genre", "foreign"]].values.tolist() == [
        ["a", "news report", False], ["b", "review", True]]
    assert gold["lines"]["role"].tolist() == ["navigation", "title", "byline", "promo"]
    assert gold["quotes"][["kind", "speaker"]].values.tolist() == [
        ["speech", "paak"], ["scare", ""], ["speech", "soul"]]
    assert gold["quotes"].attrs["source"] == str(folder / "gold.toml")


def test_locate_gold_offsets(folder):
    gold = load_gold(folder / "gold.toml")
    raw = {"a": NEWS, "b": FOREIGN}
    located = locate_gold(gold, raw)
    for frame in located.values():
        for row in frame.itertuples():
            assert raw[row.article_id][row.start:row.end] == row.text


def test_repeated_text_takes_occurrences_in_order(tmp_path):
    raw = {"x": 'Title\n"Go," she said. "Go," he said.\nShare\nShare\n'}
    (tmp_path / "gold.toml").write_text(
        '[[article]]\narticle_id = "x"\ngenre = "news report"\ntruncated = false\n'
        'title = "Title"\n'
        + '\n[[article.line]]\ntext = "Share"\nrole = "navigation"\narticle_text = false\n' * 2
        + '\n[[article.quote]]\ntext = "Go,"\nkind = "speech"\nspeaker = "jo"\n'
          'registered = false\n' * 2,
        encoding="utf-8")
    located = locate_gold(load_gold(tmp_path / "gold.toml"), raw)
    assert located["quotes"]["start"].tolist() == [7, 23]
    assert located["lines"]["start"].tolist() == [37, 43]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('role = "promo"', 'role = "advert"', "'advert' is not one of"),
        ('role = "byline"\narticle_text = false', 'role = "byline"\narticle_text = true',
         "contradicts role 'byline'"),
        ('kind = "scare"', 'kind = "sarcasm"', "kind 'sarcasm'"),
        ('speaker = "soul"\nregistered = true', 'speaker = "soul"\nregistered = false',
         "is in people.toml"),
        ('genre = "news report"', 'genre = "news"', "genre 'news'"),
        ('truncated = false\ntitle = "Big', 'title = "Big', "missing key 'truncated'"),
    ],
)
def test_bad_gold_names_file_and_article(folder, old, new, message):
    path = folder / "gold.toml"
    assert old in GOLD
    path.write_text(GOLD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert str(path) in str(err.value)
    assert "article 'a'" in str(err.value)
    assert message in str(err.value)


def test_gold_text_not_in_article(folder):
    path = folder / "gold.toml"
    path.write_text(GOLD.replace('text = "Me too,"', 'text = "Me three,"'), encoding="utf-8")
    with pytest.raises(GoldError, match=r"article 'a': quotation 'Me three,' not found"):
        locate_gold(load_gold(path), {"a": NEWS, "b": FOREIGN})


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldError, match="gold file not found"):
        load_gold(tmp_path / "nope.toml")


def test_evaluate_counts(folder, predicted):
    result = evaluate(predicted, load_gold(folder / "gold.toml"), genre_calls=CALLS)
    assert result["metric"].tolist() == list(METRICS)
    got = _values(result)
    assert got["speech_quote_precision"][:2] == (2, 3)   # "vanity" is a false positive
    assert got["speech_quote_recall"][:2] == (2, 2)
    assert got["speech_quote_f1"][2] == pytest.approx(0.8)
    assert got["speaker_accuracy"][:2] == (1, 2)         # "Me too," given to paak
    assert got["nonspeech_as_speech"][:2] == (1, 1)
    assert got["genre_accuracy"][:2] == (1, 2)           # a is a news report, called review
    assert got["furniture_as_text"][:2] == (1, 3)        # the newsletter line
    assert got["text_as_furniture"][:2] == (0, 5)        # 3 lines of a, 2 of b
    assert got["role_accuracy"][:2] == (2, 4)            # debris for navigation, body for promo
    assert got["title_accuracy"][:2] == (1, 2)           # b's title cut short
    assert got["truncated_accuracy"][:2] == (0, 2)       # no 'truncated' column
    assert "no 'truncated' column" in result.set_index("metric").loc["truncated_accuracy", "note"]
    assert got["foreign_mentions"] == (1, 1, 1.0)        # "Soul" resolved; "his son" not


def test_truncated_column_is_used(folder, predicted):
    articles = predicted.articles.assign(truncated=[False, True])
    corpus = dataclasses.replace(predicted, articles=articles)
    got = _values(evaluate(corpus, load_gold(folder / "gold.toml"), genre_calls=CALLS))
    assert got["truncated_accuracy"][:2] == (1, 2)


def test_evaluate_by_article(folder, predicted):
    result = evaluate_by_article(predicted, load_gold(folder / "gold.toml"), genre_calls=CALLS)
    assert result["article_id"].unique().tolist() == ["a", "b"]
    a = _values(result[result["article_id"] == "a"])
    b = _values(result[result["article_id"] == "b"])
    assert a["speech_quote_precision"][:2] == (2, 3)
    assert a["genre_accuracy"][:2] == (0, 1)
    assert b["genre_accuracy"][:2] == (1, 1)
    assert b["speech_quote_recall"][1] == 0 and math.isnan(b["speech_quote_recall"][2])
    assert b["foreign_mentions"][:2] == (1, 1)
    assert a["foreign_mentions"][1] == 0


def test_coverage_threshold_is_eighty_percent():
    gold = pd.DataFrame({"article_id": ["x"], "start": [0], "end": [10], "kind": ["speech"],
                         "speaker": ["p"], "text": ["0123456789"]})
    for end, found in [(8, True), (7, False)]:
        pred = pd.DataFrame({"article_id": ["x"], "start": [0], "end": [end], "kind": ["direct"],
                             "speaker": ["p"], "text": ["0123456789"[:end]]})
        assert match_quotes(gold, pred)["found"].tolist() == [found]
    scare = pd.DataFrame({"article_id": ["x"], "start": [0], "end": [4], "kind": ["direct"],
                          "speaker": ["p"], "text": ["0123"]})
    assert match_quotes(gold, scare.assign(kind="scare"))["found"].tolist() == [False]


def test_best_match_decides_the_speaker():
    # Outer quotation by p holds an inner one by q; both are predicted.
    gold = pd.DataFrame({"article_id": ["x", "x"], "start": [0, 10], "end": [40, 20],
                         "kind": ["speech", "speech"], "speaker": ["p", "q"], "text": ["", ""]})
    pred = pd.DataFrame({"article_id": ["x", "x"], "start": [0, 10], "end": [40, 20],
                         "kind": ["direct", "embedded"], "speaker": ["p", "q"], "text": ["", ""]})
    assert match_quotes(gold, pred)["speaker_ok"].tolist() == [True, True]


def test_turn_label_is_not_part_of_the_turn():
    assert label_end("**Paak:** Wow.") == 10
    assert label_end("Q: Why?") == 3
    assert label_end("SOUL RASHEED: Yes.") == 14
    assert label_end("It was huge.") == 0
    assert label_end("[00:04:12] ADA MOSS: Why?") == 21  # a transcript's time, then the name
    assert label_end("(04:12) ADA: Why?") == 13
    assert label_end("— Why the sea?") == 2  # a question's opening dash
    assert label_end("**Rae**: Why?") == 9  # the colon outside the bold
    assert label_end("Rae Lund — Because.") == 11  # a small-capitals label ending in a dash
    assert label_end("It was huge — and loud.") == 0
    line = "**Rasheed:** He broke the rule."
    gold = pd.DataFrame({"article_id": ["x"], "start": [13], "end": [len(line)],
                         "kind": ["speech"], "speaker": ["soul"], "text": [line[13:]]})
    pred = pd.DataFrame({"article_id": ["x", "x"], "start": [0, 0], "end": [len(line)] * 2,
                         "kind": ["turn", "direct"], "speaker": ["soul"] * 2, "text": [line] * 2})
    assert predicted_speech_hits(pred, gold)["true_positive"].tolist() == [True, False]


def test_default_genre_calls_come_from_the_measures(folder):
    corpus = load_corpus(folder)
    result = evaluate(corpus, load_gold(folder / "gold.toml"))
    assert result["metric"].tolist() == list(METRICS)
    rates = result[result["metric"] != "foreign_mentions"]["value"].dropna()
    assert rates.between(0, 1).all()


def test_outlets_gold_covers_every_article_and_places_every_text():
    """The outlets gold is consistent with its corpus (no parsing involved)."""
    gold = load_gold(OUTLETS / "gold.toml")
    with (OUTLETS / "articles.csv").open(encoding="utf-8") as handle:
        files = {row["article_id"]: row["file"] for row in csv.DictReader(handle)}
    assert sorted(gold["articles"]["article_id"]) == sorted(files)
    raw = {aid: (OUTLETS / name).read_text(encoding="utf-8") for aid, name in files.items()}
    located = locate_gold(gold, raw)
    for frame in located.values():
        for row in frame.itertuples():
            assert raw[row.article_id][row.start:row.end] == row.text
    titles = located["lines"][located["lines"]["role"] == "title"]
    assert dict(zip(titles["article_id"], titles["text"], strict=True)) == dict(
        zip(gold["articles"]["article_id"], gold["articles"]["title"], strict=True))
