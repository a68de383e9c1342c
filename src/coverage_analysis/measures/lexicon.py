"""Lexicon terms: how a term is matched, and finding every term of several lexicons at once.

A lexicon is a list of terms (see :func:`compile_terms` for what a term
matches). :func:`compile_terms` turns one lexicon into one regular
expression, which is the definition of what the lexicon finds: at each
position, from left to right, the first term in order (longest first) that
matches there wins, and the search goes on after it.

That expression is slow on long texts, because every position of the text
tries every term and most terms start with look-behinds. :class:`TermMatcher`
gives the same matches, faster, for several lexicons at once:

1. Most terms are words or phrases of words ("son", "k-pop", "father*",
   "according to"): they can only start where a word starts, and the word
   there decides which of them can match (the word itself, the word with a
   possessive, a stem that begins it, the first word of a phrase). One
   regular expression without look-behinds, a trie of those first words,
   finds the candidate words of every lexicon in one pass over the text
   (lower-cased, so that no case-insensitive matching is needed); the word
   boundaries are then checked in Python.
2. At each candidate, the candidate terms are tried in the lexicon's order,
   each with its own exact expression, so a match is the one
   :func:`compile_terms` would give. The other terms (regular expressions,
   terms that start or end with punctuation) are searched for with their
   own expressions and take part in the same left-to-right resolution.
3. Words with non-ASCII letters, whose case-insensitive matches Python
   decides by rules that lower-casing does not mirror exactly ("ſ" matches
   "s"), are tried against the whole lexicon expression, and a text whose
   lower-case form changes length is matched with it throughout.

Compiled lexicons and matchers are cached, keyed by the terms themselves, so
a lexicon is compiled once per process whatever calls it.
"""

from __future__ import annotations

import functools
import re
import string
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["Lexicon", "TermMatcher", "compile_terms", "find_terms", "matcher", "order_terms"]

#: A compiled lexicon: one pattern, and the term behind each named group.
Lexicon = tuple[re.Pattern[str], tuple[str, ...]]

_BEFORE = r"(?<!\w)(?<!\w[-'’])"
_AFTER = r"(?:['’]s)?(?!\w)(?![-'’]\w)"
#: A word as lexicon terms see it: a hyphenated or apostrophised compound is one.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
#: One part of a word or phrase term (apostrophes made straight).
_PART = re.compile(r"\w+(?:[-']\w+)*")
#: A word character outside ASCII.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_WORD_CHAR = re.compile(r"\w")
_ASCII_WORD = string.ascii_letters + string.digits + "_"
_INF = float("inf")


def _term_parts(term: str) -> tuple[str, str]:
    """Look-behind and the rest of the regular expression for one term."""
    if term.startswith("re:"):
        return r"(?<!\w)", rf"(?:{term[3:]})(?!\w)"
    stem = term.endswith("*")
    body = term[:-1] if stem else term
    core = []
    for part in re.split(r"(\s+|['’])", body):
        if not part:
            continue
        if part.isspace():
            core.append(r"\s+")
        elif part in ("'", "’"):
            core.append("['’]")
        else:
            core.append(re.escape(part))
    tail = r"\w*(?:[-'’]\w+)*" if stem else _AFTER
    return _BEFORE, "".join(core) + tail


def _term_regex(term: str) -> str:
    """Regular expression for one lexicon term (see :func:`compile_terms`)."""
    return "".join(_term_parts(term))


def order_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """Distinct terms in matching order: longest first, then alphabetical."""
    return tuple(sorted(dict.fromkeys(terms), key=lambda t: (-len(t), t)))


@functools.lru_cache(maxsize=256)
def _compile_ordered(ordered: tuple[str, ...]) -> Lexicon:
    if not ordered:
        return re.compile(r"(?!)"), ()
    alternation = "|".join(f"(?P<t{i}>{_term_regex(t)})" for i, t in enumerate(ordered))
    return re.compile(alternation, re.IGNORECASE), ordered


def compile_terms(terms: Sequence[str]) -> Lexicon:
    """Compile lexicon terms into one case-insensitive pattern.

    Terms are matched on word boundaries, a hyphenated compound being one
    word. A term ending in ``*`` is a stem ("father*" matches "fathers",
    "fatherhood", "father-son"); any other term matches whole words only,
    with an optional possessive ("son" matches "son’s", never "song");
    spaces match any white space; straight and curly apostrophes are the
    same; a term starting with ``re:`` is a regular expression matched where
    it is not inside a word. Longer terms win where two could match.

    The result is cached: the same terms give the same compiled pattern.

    Returns
    -------
    pattern : re.Pattern
        One alternation with a named group ``t0``, ``t1``... per term.
    terms : tuple of str
        The terms in group order: ``terms[int(m.lastgroup[1:])]`` is the
        term a match ``m`` came from.
    """
    return _compile_ordered(order_terms(terms))


def find_terms(text: str, compiled: Lexicon) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of each match of a compiled lexicon in ``text``.

    The reference definition of what a lexicon finds; :class:`TermMatcher`
    gives the same list faster.
    """
    pattern, terms = compiled
    return [(m.start(), m.end(), terms[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


@functools.lru_cache(maxsize=4096)
def _single(term: str) -> re.Pattern[str]:
    """The exact expression of one term, as it is inside :func:`compile_terms`."""
    return re.compile(_term_regex(term), re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _has_ascii_twin(char: str) -> bool:
    """Whether a non-ASCII character matches an ASCII one when case is ignored."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return any(pattern.fullmatch(a) for a in _ASCII_WORD)


def _word_key(term: str) -> tuple[str, str] | None:
    """How the word index finds a term: ``(kind, key)``, or None if it cannot.

    Kinds: "word" (one word, matched whole, possessive allowed), "stem" (one
    word the text's word must begin with) and "phrase" (several words; the
    text's word must be the first). Keys are lower case with straight
    apostrophes.
    """
    if term.startswith("re:"):
        return None
    stem = term.endswith("*")
    body = (term[:-1] if stem else term).replace("’", "'")
    parts = body.split()
    if not parts or body != body.strip() or not all(_PART.fullmatch(p) for p in parts):
        return None
    if any(not c.isascii() and _has_ascii_twin(c) for c in body):
        return None
    key = parts[0].lower()
    if len(key) != len(parts[0]):
        return None
    if len(parts) > 1:
        return "phrase", key
    return ("stem" if stem else "word"), key


def _phrase_second(term: str) -> str:
    """The second word of a phrase term, lower case with straight apostrophes."""
    body = term[:-1] if term.endswith("*") else term
    return body.replace("’", "'").split()[1].lower()


#: White space and what follows it, as far as a phrase's second word can reach.
_NEXT = re.compile(r"\s+(\S{1,40})")


def _next_word(low: str, at: int) -> str | None:
    """What follows the white space at ``at`` of the lower-cased text (None: no white space)."""
    m = _NEXT.match(low, at)
    return None if m is None else m.group(1)


def _may_follow(by_length: dict[int, dict[str, list]], ahead: str) -> Iterator[list]:
    """The entries of every second word ``ahead`` may begin with: all but those it surely does not.

    ``by_length`` holds the entries by second word, by its length: one look-up
    per length instead of a test per word. Text that is not plain ASCII (which
    case-insensitive matching may equate with ASCII letters) or a second word
    longer than what was read counts as may.
    """
    for n, by_second in by_length.items():
        head = ahead[:n]
        if n >= 40 or not head.isascii():
            yield from by_second.values()
        elif head in by_second:
            yield by_second[head]


def _word_start(text: str, at: int) -> int:
    """Start of the word (a hyphenated or apostrophised compound) holding ``text[at]``."""
    while at > 0 and (_WORD_CHAR.match(text, at - 1) or (
            text[at - 1] in "-'’" and at > 1 and _WORD_CHAR.match(text, at - 2))):
        at -= 1
    return at


def _trie_regex(keys: Iterable[str]) -> str:
    """One alternation matching any of ``keys``, factored by shared prefixes."""
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        if "" in node:  # a key ends here: the prefix found so far is enough
            return ""
        branches = [re.escape(c) + render(child) for c, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(trie)


def _first_chars(regex: str) -> str | None:
    """A character-class body holding every character a match of ``regex`` can start with.

    Worked out from the parsed expression (literals, classes, alternations,
    groups, repeats; look-arounds and anchors consume nothing). None when it
    cannot tell, or when the expression can match the empty string.
    """
    try:
        from re import _constants as c
        from re import _parser as sre_parse

        categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D",
                      c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S",
                      c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}

        def char(code: int) -> str:
            return re.escape(chr(code))

        def first(items) -> tuple[list[str] | None, bool]:
            found: list[str] = []
            for op, av in items:
                if op is c.LITERAL:
                    return found + [char(av)], False
                if op is c.IN:
                    for kind, value in av:
                        if kind is c.LITERAL:
                            found.append(char(value))
                        elif kind is c.RANGE:
                            found.append(f"{char(value[0])}-{char(value[1])}")
                        elif kind is c.CATEGORY and value in categories:
                            found.append(categories[value])
                        else:
                            return None, False
                    return found, False
                if op is c.BRANCH:
                    nullable = False
                    for branch in av[1]:
                        more, empty = first(branch)
                        if more is None:
                            return None, False
                        found += more
                        nullable = nullable or empty
                    if not nullable:
                        return found, False
                elif op is c.SUBPATTERN:
                    if av[1] or av[2]:  # flags changed inside the group
                        return None, False
                    more, empty = first(av[3])
                    if more is None:
                        return None, False
                    found += more
                    if not empty:
                        return found, False
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                    more, empty = first(av[2])
                    if more is None:
                        return None, False
                    found += more
                    if not empty and av[0] > 0:
                        return found, False
                elif op is c.ATOMIC_GROUP:
                    more, empty = first(av)
                    if more is None:
                        return None, False
                    found += more
                    if not empty:
                        return found, False
                elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
                    return None, False
            return found, True

        body, nullable = first(sre_parse.parse(regex, re.IGNORECASE).data)
    except Exception:  # an internal parser that changed: no shortcut
        return None
    return None if body is None or nullable or not body else "".join(body)


#: In a regular expression term, what could behave differently at the end
#: of a text than before a line break (anchors, negative look-arounds).
_END_SENSITIVE = re.compile(r"[$^]|\\[AZ]|\(\?<?!")
#: An escaped character of a regular expression, other than the anchors \A and \Z.
_ESCAPED = re.compile(r"\\[^AZ]")


def _end_sensitive(regex: str) -> bool:
    r"""Whether ``regex`` may match differently at the end of a text (see ``_END_SENSITIVE``).

    Escaped characters ("\$", a dollar sign) are literals, not anchors.
    """
    return _END_SENSITIVE.search(_ESCAPED.sub("", regex)) is not None


class _Compiled:
    """One lexicon: its full pattern, each term's own, and the terms no word can find."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.pattern, self.terms = _compile_ordered(terms)
        self.singles = [_single(t) for t in self.terms]
        self.other = tuple(i for i, t in enumerate(terms) if _word_key(t) is None)
        # Whether texts joined by line breaks can be searched for those terms at
        # once: a match inside one text is then found in the joined text too.
        self.joinable = not any(_end_sensitive(terms[i][3:])
                                for i in self.other if terms[i].startswith("re:"))
        if self.other:
            parts = [(i, _term_parts(terms[i])) for i in self.other]
            self.other_exact = re.compile(
                "|".join(f"(?P<t{i}>{look}{rest})" for i, (look, rest) in parts), re.IGNORECASE)
            # Each of these terms starts after a non-word character (or at 0):
            # searching for that character first lets the engine skip words.
            loose = "|".join(f"(?:{rest})" for _, (_, rest) in parts)
            self.other_at_start = re.compile(f"(?:{loose})", re.IGNORECASE)
            # And the characters they can start with, when those can be told.
            firsts = [_first_chars(rest) for _, (_, rest) in parts]
            ahead = "" if None in firsts else f"(?=[{''.join(firsts)}])"
            self.other_loose = re.compile(rf"\W{ahead}(?:{loose})", re.IGNORECASE)

    def other_starts(self, texts: list[str], joined: str, starts: list[int]
                     ) -> dict[int, list[int]]:
        """Per text with any, where a term no word can find matches (overlaps unresolved)."""
        out: dict[int, list[int]] = {}
        if not self.other:
            return out
        if not self.joinable:
            for i, text in enumerate(texts):
                found = [q for _, q in self._starts(text, [text], [0])]
                if found:
                    out[i] = found
            return out
        for i, q in self._starts(joined, texts, starts):
            out.setdefault(i, []).append(q)
        return out

    def _starts(self, joined: str, texts: list[str], starts: list[int]) -> list[tuple[int, int]]:
        """``(text, position)`` of each exact match of these terms, from a search of ``joined``."""
        found = []
        if self.other_at_start.match(joined) and self.other_exact.match(texts[0]):
            found.append((0, 0))
        pos = 0
        while True:
            m = self.other_loose.search(joined, pos)
            if m is None:
                return found
            at = m.start() + 1
            i = bisect_right(starts, at) - 1
            q = at - starts[i]
            if q <= len(texts[i]) and self.other_exact.match(texts[i], q):
                found.append((i, q))
            pos = at


#: A term of a lexicon: ``(lexicon, term)`` indices.
_Term = tuple[int, int]

#: A candidate term at a word start: its index, and the end of its match
#: when the word alone decides that it matches (-1: try its expression).
_Candidate = tuple[int, int]


class TermMatcher:
    """Find the terms of several lexicons in texts, in one pass.

    Parameters
    ----------
    lexicons : sequence of sequences of str
        Each a list of terms, as :func:`compile_terms` takes.

    ``TermMatcher(lexicons).find(text)[k]`` equals
    ``find_terms(text, compile_terms(lexicons[k]))``: the same matches, in
    the same order, with the same terms; :meth:`find_many` does the same
    for many texts at once. Use :func:`matcher` for a cached one.
    """

    def __init__(self, lexicons: Sequence[Sequence[str]]) -> None:
        self.lexicons = [_Compiled(order_terms(terms)) for terms in lexicons]
        self._index: dict[str, dict[str, list[tuple[int, int]]]] = {
            "word": {}, "stem": {}, "phrase": {}}
        for k, lex in enumerate(self.lexicons):
            for i, term in enumerate(lex.terms):
                found = _word_key(term)
                if found is not None:
                    kind, key = found
                    self._index[kind].setdefault(key, []).append((k, i))
        self._stem_lengths = sorted({len(key) for key in self._index["stem"]})
        # A phrase's second word (lower case, straight apostrophes): where the
        # text does not go on with it, the phrase cannot match.
        self._second = {(k, i): _phrase_second(term) for k, lex in enumerate(self.lexicons)
                        for i, term in enumerate(lex.terms)
                        if (_word_key(term) or ("",))[0] == "phrase"}
        keys = set().union(*self._index.values())
        # Candidate words: whole words (with straight apostrophes) that start
        # where a word may start (see _BEFORE) and begin with a key.
        self._words = re.compile(rf"(?<!\w)(?<!\w[-'])(?={_trie_regex(keys)})\w+(?:[-']\w+)*"
                                 ) if keys else None
        self._seen: dict[str, tuple[list, dict[int, dict]]] = {}

    def find(self, text: str) -> list[list[tuple[int, int, str]]]:
        """``(start, end, term)`` of each match, one list per lexicon (see the class)."""
        return self.find_many([text])[0]

    def find_many(self, texts: Sequence[str]) -> list[list[list[tuple[int, int, str]]]]:
        """:meth:`find` of each text, searching them all in one pass."""
        n = len(self.lexicons)
        return [[found.get(k, []) for k in range(n)] for found in self.find_sparse(texts)]

    def find_sparse(self, texts: Sequence[str]) -> list[dict[int, list[tuple[int, int, str]]]]:
        """Like :meth:`find_many`, but per text only the lexicons found in it, by index.

        With many lexicons and short texts, most lists :meth:`find_many`
        gives are empty; this leaves them out.
        """
        texts = list(texts)
        if not texts:
            return []
        joined = "\n".join(texts)
        low = joined.lower()
        if len(low) != len(joined):  # lower case changes some text's length: one by one
            return [self._one_by_one(text) for text in texts]
        starts, at = [], 0
        for text in texts:
            starts.append(at)
            at += len(text) + 1
        cands = self._candidates(low.replace("’", "'"), starts)
        others = {k: lex.other_starts(texts, joined, starts)
                  for k, lex in enumerate(self.lexicons) if lex.other}
        with_other: dict[int, list[int]] = {}
        for k, found in others.items():
            for i in found:
                with_other.setdefault(i, []).append(k)
        out = []
        for i, text in enumerate(texts):
            found_in: dict[int, list[tuple[int, int, str]]] = {}
            mine = cands[i]
            more = with_other.get(i)
            for k in sorted(set(mine).union(more)) if more else mine:
                lex = self.lexicons[k]
                found = self._resolve(lex, text, mine.get(k, {}),
                                      others[k].get(i, []) if k in others else [])
                if found is None:  # an expression matched the empty string: no shortcut
                    found = find_terms(text, (lex.pattern, lex.terms))
                if found:
                    found_in[k] = found
            out.append(found_in)
        return out

    def _one_by_one(self, text: str) -> dict[int, list[tuple[int, int, str]]]:
        if len(text.lower()) != len(text):
            found = (find_terms(text, (lex.pattern, lex.terms)) for lex in self.lexicons)
            return {k: hits for k, hits in enumerate(found) if hits}
        return self.find_sparse([text])[0]

    def _candidates(self, low: str, starts: list[int]
                    ) -> list[dict[int, dict[int, list[_Candidate] | None]]]:
        """Per text, per lexicon with any: word starts where a term may match, and which.

        None instead of a list means any term may (a word with non-ASCII letters).
        """
        out: list[dict[int, dict[int, list[_Candidate] | None]]] = [{} for _ in starts]
        seen, terms_of = self._seen, self._terms_of
        if self._words is not None:
            # Texts in order: the text a word is in moves forward with the words.
            t, text_start, next_start = -1, 0, 0
            bounds = [*starts[1:], len(low) + 1]
            for m in self._words.finditer(low):
                word = m.group()
                found = seen.get(word)
                if found is None:
                    found = seen[word] = terms_of(word)
                decided, phrases = found
                if not (decided or phrases):
                    continue
                at = m.start()
                while at >= next_start:
                    t += 1
                    text_start, next_start = starts[t], bounds[t]
                p = at - text_start
                end = p + len(word)
                mine = out[t]
                for k, i in decided:
                    mine.setdefault(k, {}).setdefault(p, []).append((i, end))
                if phrases:
                    ahead = _next_word(low, m.end())
                    for entries in () if ahead is None else _may_follow(phrases, ahead):
                        for k, i in entries:
                            mine.setdefault(k, {}).setdefault(p, []).append((i, -1))
        done = 0
        for m in _NON_ASCII_WORD.finditer(low):
            if m.start() < done:
                continue
            at = _word_start(low, m.start())
            done = at + len(_TOKEN.match(low, at).group())
            t = bisect_right(starts, at) - 1
            for k in range(len(self.lexicons)):
                out[t].setdefault(k, {})[at - starts[t]] = None
        return out

    def _terms_of(self, word: str) -> tuple[list[_Term], dict[int, dict[str, list[_Term]]]]:
        """The terms that may match at ``word``: ``(lexicon, term)`` pairs.

        First those the word alone shows to match, up to its end; then the
        phrases that start with it, by the length of their second word and by
        that word (which must come next).
        """
        words, phrases, stems = self._index["word"], self._index["phrase"], self._index["stem"]
        decided = list(words.get(word, ()))
        if word.endswith("'s"):
            decided += words.get(word[:-2], ())
        for n in self._stem_lengths:
            if n > len(word):
                break
            decided += stems.get(word[:n], ())
        by_length: dict[int, dict[str, list[_Term]]] = {}
        for k, i in phrases.get(word, ()):
            second = self._second[k, i]
            by_length.setdefault(len(second), {}).setdefault(second, []).append((k, i))
        if len(self._seen) > 100_000:  # bound the memory of words seen
            self._seen.clear()
        return decided, by_length

    @staticmethod
    def _resolve(lex: _Compiled, text: str, cands: dict[int, list[_Candidate] | None],
                 others: list[int]) -> list[tuple[int, int, str]] | None:
        """Left to right, the first term in order at each candidate start, as finditer does."""
        positions = sorted(set(cands).union(others))
        other_at = set(others)
        terms, singles = lex.terms, lex.singles
        out = []
        pos = 0
        for p in positions:
            if p < pos:
                continue
            which = cands.get(p, [])
            hit = None
            if which is None:
                m = lex.pattern.match(text, p)
                if m is not None:
                    hit = (m.end(), terms[int(m.lastgroup[1:])])
            else:
                if p in other_at:
                    which = which + [(i, -1) for i in lex.other]
                for i, end in sorted(which):
                    if end < 0:
                        m = singles[i].match(text, p)
                        if m is None:
                            continue
                        end = m.end()
                    hit = (end, terms[i])
                    break
            if hit is None:
                continue
            if hit[0] == p:
                return None
            out.append((p, hit[0], hit[1]))
            pos = hit[0]
        return out


@functools.lru_cache(maxsize=64)
def _matcher(lexicons: tuple[tuple[str, ...], ...]) -> TermMatcher:
    return TermMatcher(lexicons)


def matcher(lexicons: Sequence[Sequence[str]]) -> TermMatcher:
    """A :class:`TermMatcher` for these lexicons, cached by their terms."""
    return _matcher(tuple(tuple(terms) for terms in lexicons))
