"""VADER's sentence scores, the same to the last digit, with less repeated work.

vaderSentiment 3.3 spends about half of its time on work it repeats: it
rebuilds every sentence character by character to swap emoji for their
descriptions (even when the sentence holds none), and it lower-cases the
sentence's whole word list again for each check of each sentiment word.
:class:`Vader` skips the rebuild when no character of the sentence is an
emoji, lower-cases each sentence's words once, and gives a word outside the
lexicon its 0 without a call. The rules are VADER's (MIT licence): its own
functions where they take the words as they are, and copies of the checks
that lower-case them, reading the lower-case list instead; so the result is
the same dictionary. A test compares the two on every sentence of the test
corpora, on generated text and on edge cases (emoji, "but", "kind of",
negations), so that a new vaderSentiment release that changes a rule shows.
"""

from __future__ import annotations

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
    scalar_inc_dec,
)

__all__ = ["Vader"]


class _Words(list):
    """A sentence's words, with their lower-case forms computed once (``low``)."""

    low: list[str]


#: VADER's negations, for a look-up instead of a loop.
_NEGATE = frozenset(NEGATE)


def _negated(word: str) -> bool:
    """VADER's ``negated([word])``: a negation, or a word with "n't"."""
    word = word.lower()
    return word in _NEGATE or "n't" in word


def _lower(words: list[str]) -> list[str]:
    """``words`` in lower case, as VADER's checks compute them."""
    low = getattr(words, "low", None)
    return low if low is not None else [str(w).lower() for w in words]


class Vader(SentimentIntensityAnalyzer):
    """:class:`~vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer`, faster, same scores."""

    def __init__(self) -> None:
        super().__init__()
        # VADER swaps a character for its description when the character is a key.
        self._emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` scores of ``text``."""
        if not isinstance(text, str) or not self._emoji_chars.isdisjoint(text):
            return super().polarity_scores(text)
        text = text.strip()  # what VADER's emoji pass leaves of a text without emoji
        sentitext = SentiText(text)
        words = _Words(sentitext.words_and_emoticons)
        words.low = [w.lower() for w in words]
        sentitext.words_and_emoticons = words
        sentiments: list[float] = []
        low = words.low
        for i, item in enumerate(words):
            if low[i] not in self.lexicon or low[i] in BOOSTER_DICT or (
                    i < len(words) - 1 and low[i] == "kind" and low[i + 1] == "of"):
                sentiments.append(0)  # what VADER gives a word that is not a sentiment word
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words, sentiments)
        return self.score_valence(sentiments, text)

    # VADER's checks, each taking the lower-case words made once per sentence.

    def sentiment_valence(self, valence, sentitext, item, i, sentiments):
        """VADER's own rule (MIT licence), reading the lower-case words made once."""
        is_cap_diff = sentitext.is_cap_diff
        words = sentitext.words_and_emoticons
        low = _lower(words)
        lexicon = self.lexicon
        item_lowercase = low[i]
        if item_lowercase in lexicon:
            valence = lexicon[item_lowercase]
            if item_lowercase == "no" and i != len(words) - 1 and low[i + 1] in lexicon:
                valence = 0.0
            if (i > 0 and low[i - 1] == "no") or (i > 1 and low[i - 2] == "no") or (
                    i > 2 and low[i - 3] == "no" and low[i - 1] in ["or", "nor"]):
                valence = lexicon[item_lowercase] * N_SCALAR
            if item.isupper() and is_cap_diff:
                if valence > 0:
                    valence += C_INCR
                else:
                    valence -= C_INCR
            for start_i in range(0, 3):
                if i > start_i and low[i - (start_i + 1)] not in lexicon:
                    s = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    valence = self._negation_check(valence, words, start_i, i)
                    if start_i == 2:
                        valence = self._special_idioms_check(valence, words, i)
            valence = self._least_check(valence, words, i)
        sentiments.append(valence)
        return sentiments

    def _least_check(self, valence, words_and_emoticons, i):
        # VADER's own check (MIT licence), reading the lower-case words made once.
        low = _lower(words_and_emoticons)
        if i > 1 and low[i - 1] not in self.lexicon and low[i - 1] == "least":
            if low[i - 2] != "at" and low[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and low[i - 1] not in self.lexicon and low[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _but_check(words_and_emoticons, sentiments):
        low = _lower(words_and_emoticons)
        if "but" in low:
            return SentimentIntensityAnalyzer._but_check(low, sentiments)
        return sentiments

    @staticmethod
    def _special_idioms_check(valence, words_and_emoticons, i):
        # VADER's own check (MIT licence), reading the lower-case words made once.
        low = _lower(words_and_emoticons)
        onezero = f"{low[i - 1]} {low[i]}"
        twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
        twoone = f"{low[i - 2]} {low[i - 1]}"
        threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
        threetwo = f"{low[i - 3]} {low[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if len(low) - 1 > i:
            zeroone = f"{low[i]} {low[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(low) - 1 > i + 1:
            zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence

    @staticmethod
    def _negation_check(valence, words_and_emoticons, start_i, i):
        # VADER's own check (MIT licence), reading the lower-case words made once.
        low = _lower(words_and_emoticons)
        if start_i == 0 and _negated(low[i - 1]):
            valence = valence * N_SCALAR
        if start_i == 1:
            if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 2] == "without" and low[i - 1] == "doubt":
                pass
            elif _negated(low[i - 2]):
                valence = valence * N_SCALAR
        if start_i == 2:
            if low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this") or (
                    low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                pass
            elif _negated(low[i - 3]):
                valence = valence * N_SCALAR
        return valence
