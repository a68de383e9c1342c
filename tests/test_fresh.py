"""The fresh corpora: invented pages whose gold was set before the library ran on them.

Each was held out from rule writing until its first measurement, the fairest
estimate of how the rules do on pages they were never shown (the README's
"How right it is" lists those first scores). ``fresh``, ``fresh2``, ``fresh3``
and ``fresh4`` have served as development sets since: their wrong speakers,
roles and genres were grouped into general classes, each fixed with a general
rule and an invented example of its own, so their thresholds show what the
rules reach on them, not how they do on unseen pages. ``fresh5`` was held out
until its first measurement and has been a development set since, read the same
way; so has ``fresh6``, opened right after its first measurement (stated above
its thresholds), ``fresh7``, held out until ``fresh8`` was written, and
``fresh8``, held out until ``fresh9`` was written; both are development sets
since. ``fresh9`` is still held out: its floors catch a rule that makes unseen
pages worse, and its errors are not read to write rules.
"""

from pathlib import Path

import pytest
from builders import assert_within, gold_scores

CORPORA = Path(__file__).resolve().parent / "corpora"

#: Per corpus, the (lowest, highest) allowed value of each metric.
THRESHOLDS = {
    "fresh": {
        "speech_quote_f1": (0.98, 1.0),
        "speaker_accuracy": (0.97, 1.0),
        "nonspeech_as_speech": (0.0, 0.0),
        "genre_accuracy": (1.0, 1.0),
        "furniture_as_text": (0.0, 0.01),
        "text_as_furniture": (0.0, 0.01),
        "role_accuracy": (0.98, 1.0),
        "title_accuracy": (1.0, 1.0),
        "truncated_accuracy": (1.0, 1.0),
    },
    # first measured: speaker accuracy 0.729, speech-quote F1 0.942, genre 8/12
    "fresh2": {
        "speech_quote_f1": (0.98, 1.0),
        "speaker_accuracy": (0.98, 1.0),
        "nonspeech_as_speech": (0.0, 0.0),
        "genre_accuracy": (1.0, 1.0),
        "furniture_as_text": (0.0, 0.01),
        "text_as_furniture": (0.0, 0.01),
        "role_accuracy": (0.97, 1.0),
        "title_accuracy": (1.0, 1.0),
        "truncated_accuracy": (1.0, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # first measured: speaker accuracy 0.631, speech-quote F1 0.880, genre 9/12
    "fresh3": {
        "speech_quote_f1": (0.99, 1.0),
        "speaker_accuracy": (0.98, 1.0),
        "nonspeech_as_speech": (0.0, 0.02),
        "genre_accuracy": (0.91, 1.0),
        "furniture_as_text": (0.0, 0.01),
        "text_as_furniture": (0.0, 0.0),
        "role_accuracy": (0.97, 1.0),
        "title_accuracy": (1.0, 1.0),
        "truncated_accuracy": (1.0, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # first measured: speaker accuracy 0.811, speech-quote F1 0.918, genre 9/12
    "fresh4": {
        "speech_quote_f1": (0.98, 1.0),
        "speaker_accuracy": (0.97, 1.0),
        "nonspeech_as_speech": (0.0, 0.03),
        "genre_accuracy": (0.91, 1.0),
        "furniture_as_text": (0.0, 0.01),
        "text_as_furniture": (0.0, 0.01),
        "role_accuracy": (0.94, 1.0),
        "title_accuracy": (1.0, 1.0),
        "truncated_accuracy": (1.0, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # first measured: speaker accuracy 0.786, speech-quote F1 0.941, genre 11/12; a
    # development set since 0.823 and 0.946, its scores when it was opened
    "fresh5": {
        "speech_quote_f1": (0.98, 1.0),
        "speaker_accuracy": (0.95, 1.0),
        "nonspeech_as_speech": (0.0, 0.03),
        "genre_accuracy": (0.91, 1.0),
        "furniture_as_text": (0.0, 0.01),
        "text_as_furniture": (0.0, 0.01),
        "role_accuracy": (0.98, 1.0),
        "title_accuracy": (1.0, 1.0),
        "truncated_accuracy": (1.0, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # development set since its first measurement: speech-quote F1 0.760 (recall 0.627),
    # speaker accuracy 0.698, nonspeech as speech 3/33, genre 10/12, furniture as text
    # 0.168, text as furniture 0.064, role accuracy 0.591, title 8/12
    "fresh6": {
        "speech_quote_f1": (0.95, 1.0),
        "speaker_accuracy": (0.85, 1.0),
        "nonspeech_as_speech": (0.0, 0.1),
        "genre_accuracy": (0.91, 1.0),
        "furniture_as_text": (0.0, 0.05),
        "text_as_furniture": (0.0, 0.02),
        "role_accuracy": (0.93, 1.0),
        "title_accuracy": (0.91, 1.0),
        "truncated_accuracy": (1.0, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # first measured: speech-quote F1 0.847, speaker accuracy 0.714, genre 11/12; with the
    # rules written on the other corpora since: 0.847, 0.743, 11/12; a development set since
    # fresh8 was written
    "fresh7": {
        "speech_quote_f1": (0.97, 1.0),
        "speaker_accuracy": (0.95, 1.0),
        "nonspeech_as_speech": (0.0, 0.07),
        "genre_accuracy": (0.91, 1.0),
        "furniture_as_text": (0.0, 0.04),
        "text_as_furniture": (0.0, 0.02),
        "role_accuracy": (0.94, 1.0),
        "title_accuracy": (0.91, 1.0),
        "truncated_accuracy": (1.0, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # first measured: speech-quote F1 0.944 (recall 183/188, precision 177/193), speaker
    # accuracy 0.694 (127/183), nonspeech as speech 2/36, genre 10/12, furniture as text
    # 34/167, text as furniture 2/234, role accuracy 0.719, title 9/12, truncated 11/12;
    # last measured held out, after a round of rules written on other corpora: F1 0.947,
    # speaker accuracy 0.694; a development set since; with the Q&A transcript rules: F1
    # 0.965, speaker accuracy 0.820 (150/183), role accuracy 0.795
    "fresh8": {
        "speech_quote_f1": (0.95, 1.0),
        "speaker_accuracy": (0.80, 1.0),
        "nonspeech_as_speech": (0.0, 0.08),
        "genre_accuracy": (0.80, 1.0),
        "furniture_as_text": (0.0, 0.23),
        "text_as_furniture": (0.0, 0.04),
        "role_accuracy": (0.77, 1.0),
        "title_accuracy": (0.72, 1.0),
        "truncated_accuracy": (0.88, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
    # held out; first measured: speech-quote F1 0.832 (recall 114/142, precision 101/117),
    # speaker accuracy 0.605 (69/114), nonspeech as speech 2/59, genre 10/12, furniture as
    # text 33/186, text as furniture 1/175, role accuracy 0.674, title 12/12, truncated 11/12
    "fresh9": {
        "speech_quote_f1": (0.80, 1.0),
        "speaker_accuracy": (0.57, 1.0),
        "nonspeech_as_speech": (0.0, 0.07),
        "genre_accuracy": (0.80, 1.0),
        "furniture_as_text": (0.0, 0.21),
        "text_as_furniture": (0.0, 0.04),
        "role_accuracy": (0.64, 1.0),
        "title_accuracy": (0.97, 1.0),
        "truncated_accuracy": (0.88, 1.0),
        "foreign_mentions": (0.0, 0.0),
    },
}

CASES = [(corpus, metric) for corpus, limits in THRESHOLDS.items() for metric in limits]


@pytest.fixture(scope="module")
def scores():
    cache = {}

    def of(corpus):
        if corpus not in cache:
            cache[corpus] = gold_scores(CORPORA / corpus)
        return cache[corpus]

    return of


@pytest.mark.parametrize(("corpus", "metric"), CASES)
def test_fresh_corpus_thresholds(scores, corpus, metric):
    assert_within(scores(corpus), metric, THRESHOLDS[corpus][metric])
