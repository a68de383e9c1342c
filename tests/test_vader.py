"""The faster VADER gives VADER's own scores, dictionary for dictionary."""

import random
from pathlib import Path

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from coverage_analysis import load_corpus
from coverage_analysis.measures.vader import Vader

ROOT = Path(__file__).resolve().parents[1]

#: Words VADER's checks look at: negations, "but", "kind of", "least", idioms, boosters.
_TRICKY = ("not", "never", "so", "this", "without", "doubt", "but", "BUT", "kind", "of",
           "least", "at", "very", "no", "nor", "or", "isn't", "GREAT", "sort", "the", "bomb",
           "yeah", "right", "cut", "me", "some", "slack", "hand", "to", "mouth", "😀", "💔",
           "extremely", "barely", "hardly", ":)", "LOL", "good", "bad", "awful", "love")


@pytest.fixture(scope="module")
def analysers():
    return Vader(), SentimentIntensityAnalyzer()


def _same(fast: Vader, stock: SentimentIntensityAnalyzer, texts: list[str]) -> list[str]:
    return [t for t in texts if fast.polarity_scores(t) != stock.polarity_scores(t)]


def test_same_scores_on_the_test_corpora(analysers):
    texts = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "corpora" / "fresh5",
                   ROOT / "tests" / "corpora" / "outlets"):
        corpus = load_corpus(folder)
        texts += corpus.sentences["text"].tolist() + corpus.paragraphs["text"].tolist()
    assert len(texts) > 1000
    assert _same(*analysers, texts) == []


def test_same_scores_on_generated_text(analysers):
    fast, stock = analysers
    rng = random.Random(7)
    words = [*sorted(stock.lexicon)[::7], *_TRICKY]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
             + rng.choice(["", "!", "?", "!!!", "??", " :)", "  "]) for _ in range(3000)]
    assert _same(fast, stock, texts) == []


def test_same_scores_on_emoji_and_edge_cases(analysers):
    texts = ["", " ", "😀", "I 💔 this", "great😀movie", "not bad", "NOT BAD at all!",
             "kind of good", "at least good", "the bomb", "It was good but boring", "but"]
    assert _same(*analysers, texts) == []
