"""Who speaks each quotation, and whom each pronoun and "I" refers to.

One pass over an article in reading order. Each position belongs to a
*scope*: narration, a Q&A exchange, or the speech of one speaker. A pronoun
is resolved against earlier mentions in its own scope (a speaker never calls
himself "he"), a quotation's speaker against the subject of its speech tag,
and first-person words against the speaker of the innermost quotation.
Where the text does not make the reference clear, it stays unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..people import People
from ..schema import ARTICLE_TEXT_ROLES, SPEECH_KINDS
from ..text import count_words
from .context import (
    _FRONTED_SUBORDINATE,
    _TAG_KINDS,
    Quote,
    _Antecedents,
    _Article,
    _build_quotes,
    _Entry,
    _plain_words,
    _scope,
    _sibling_bounds,
    _State,
)
from .mentions import PRONOUN_GENDER, Mention
from .qa import label_of
from .quotes import (
    QuoteSpan,
    title_like,
)
from .speech_tags import (
    _ANONYMOUS,
    _APPOSED,
    _ASIDE_RULE,
    _BRACKET,
    _CLAUSE_OPENER,
    _DEFINITE,
    _DESCRIBED_NEXT,
    _DOERS,
    _DONE_BY,
    _FEMALE_KIN,
    _GENDERS,
    _HEADLINE_CALLS,
    _INDEFINITE,
    _KIN_BEFORE,
    _KIN_GENDER,
    _NOUN_AFTER,
    _OF_UNNAMED,
    _ORGANISATIONS,
    _OWNED_BEFORE,
    _PERSON_APPOSED,
    _PLAYED_BY,
    _PLAYS_AFTER,
    _POSSESSIVE,
    _POSSESSIVE_HER,
    _REACTS,
    _RELATIVE,
    _REPORTS,
    _ROLE_AFTER,
    _ROLE_BEFORE,
    _ROLE_NAMED_BEFORE,
    _SAYS,
    _SENTENCE_OPENS,
    _TALKS,
    _THIRD_PERSON_SINGULAR,
    _UNNAMED_SUBJECT_ASIDE,
    _WHO_AFTER,
    _WHO_DID,
    _WORD_NAMED,
    _WORKS,
    LONG_QUOTE_WORDS,
    MAX_PARAGRAPHS_BACK,
    NESTED_SPEECH_WORDS,
    _announced_title,
    _capital_after,
    _capitalised_word_before,
    _colon_tag,
    _describes,
    _find_cue,
    _name_like,
    _nickname,
    _organisation_named_before,
    _sentence_subject,
    _standfirst_speech,
    _unnamed_person,
)

__all__ = ["Quote", "attribute"]


class _Resolver:
    """Resolves pronouns and speakers in reading order."""

    def __init__(self, art: _Article, quotes: list[Quote], mentions: list[Mention]) -> None:
        self.art = art
        self.quotes = quotes
        self.mentions = mentions
        self.state = _State()
        self.done: set[int] = set()
        self.fitted: set[int] = set()
        #: Possessive descriptions set beside someone else's name ("his son, Curtis …").
        self._apposed: dict[str, tuple[str, int]] = {}
        #: Possessive descriptions set before a name not the file's: ("his", "son") to
        #: (that person, whose son).
        self._owned: dict[tuple[str, str], tuple[str, str]] = {}
        #: Speaker labels of Q&A turns ("Joel:").
        self._label_spans = [
            (p.start, p.start + found[1]) for p in art.paragraphs
            if p.role in ("question", "answer") and (found := label_of(p.text))
        ]
        self._label_starts = [s for s, _ in self._label_spans]
        #: Rank of the paragraph of the last Q&A question (-1 before the first), of the
        #: first paragraph of the answer under way (-1 if none) and who gives it.
        self.question_paragraph = -1
        self.answer_paragraph = -1
        self.answer_speaker = ""
        #: (speaker, paragraph) of each answer turn so far.
        self.answered: list[tuple[str, int]] = []
        #: People not in the file, to the words of the jobs the text gives them.
        self.roles: dict[str, set[str]] = {}
        #: People not in the file whom the text gives a part ("Bea Solano plays the lead").
        self._cast: set[str] = set()
        #: People not in the file whom any he, his, she or her has meant, with that gender.
        self._shown: dict[str, str] = {}
        self.bounds = _sibling_bounds(quotes)
        self.quote_starts = [q.start for q in quotes]
        #: (paragraph, parent) to the speaker of the last direct quotation decided there.
        self.last_direct: dict[tuple[int, int], str] = {}
        self._ids = set(art.people.ids)
        #: People not in the file whom the text names again by a short form ("Bell").
        self._repeated = {m.entity for m in mentions if m.rule.startswith("short form")}
        self._genders: dict[str, tuple[str, ...]] = {}
        #: People not in the people file whose gender a pronoun has shown ("she said").
        self._learned: dict[str, str] = {}

    # -- history
    def remember(
        self, scope: str, entity: str, pos: int, character: str = "", kind: str = ""
    ) -> None:
        if entity and entity not in ("unknown", "interviewer"):
            para = self._paragraph(pos)
            subject = (kind != "speaker" and self.art.opens_clause(pos)
                       and not _POSSESSIVE.match(self.art.raw, pos))
            entry = _Entry(entity, self.art.sentence_of(pos), para, character, kind, subject,
                           pos)
            for gender in self._pronoun_genders(entity):
                self.state.history.setdefault((scope, gender), _Antecedents()).add(entry)

    def _pronoun_genders(self, entity: str) -> tuple[str, ...]:
        """Genders of the pronouns that may mean ``entity``: its own, or any if not in the file."""
        if entity in self._learned:
            return (self._learned[entity],)
        genders = self._genders.get(entity)
        if genders is None:
            genders = tuple(
                g for g in _GENDERS
                if self.art.people.gender(entity) == g or entity not in self._ids
            )
            self._genders[entity] = genders
        return genders

    def _learn_gender(self, m: Mention) -> None:
        """A he or she resolved to someone not in the people file shows that person's gender."""
        gender = PRONOUN_GENDER.get(m.surface.lower())
        if m.entity and m.entity not in self._ids and m.surface.lower() in ("he", "she"):
            self._learned.setdefault(m.entity, gender)

    def _exclude(self, gender: str) -> frozenset[str]:
        """People a pronoun of ``gender`` cannot mean: shown to be of the other gender."""
        return frozenset(e for e, g in self._learned.items() if g != gender)

    def _paragraph(self, pos: int) -> int:
        """Rank of the article-text paragraph at or before ``pos`` (credits etc. do not count)."""
        return bisect_right(self.art.text_starts, pos)

    # -- pronouns
    def resolve_pronoun(self, m: Mention, scope: str, speaker: str) -> None:
        if id(m) in self.done:
            return
        self.done.add(id(m))
        self._resolve_pronoun(m, scope, speaker)
        gender = PRONOUN_GENDER.get(m.surface.lower())
        if scope == "qa" and speaker != "interviewer" and gender:
            entries = self.state.history.get((scope, gender), _Antecedents())
            topic = self._topic(entries, speaker, self._exclude(gender), m.start)
            if topic and m.entity != topic:
                m.entity, m.character = topic, ""
                m.rule = f"the {gender} person the question asks about"

    def _resolve_pronoun(self, m: Mention, scope: str, speaker: str) -> None:
        if m.rule == "second person":
            m.entity = self.art.interviewee if scope == "qa" and speaker == "interviewer" else ""
            m.rule = (
                "second person in an interviewer's question"
                if m.entity
                else "second person outside a question: not resolved"
            )
            return
        bracket = _BRACKET.match(self.art.raw, m.end)
        if bracket:
            at = bracket.end()
            named = [n for n in self.art.mentions_from(at, at + 1) if n.entity]
            if named:
                m.entity, m.rule = named[0].entity, "bracketed name after the pronoun"
                return
        word = m.surface.lower()
        gender = PRONOUN_GENDER[word]
        sentence, para = self.art.sentence_of(m.start), self._paragraph(m.start)
        # The entries a pronoun of this gender may mean here, the speaker's left out.
        entries = self.state.history.get((scope, gender), _Antecedents())
        exclude = self._exclude(gender)
        last = entries.last(speaker, exclude=exclude)
        if scope == "qa" and speaker not in ("interviewer", "") and (
                last is None or para - last.paragraph > MAX_PARAGRAPHS_BACK):
            other = self._other_answerer(speaker, gender, para)
            if other:  # "MOSS: … LUND: She said, “…”": the other guest, who just answered
                m.entity, m.rule = other, f"the other {gender} guest, who answered just before"
                return
        if last is None and scope == "qa":
            # No one of that gender named in the exchange yet: the introduction's people.
            entries = self.state.history.get(("narration", gender), _Antecedents())
            last = entries.last(speaker, exclude=exclude)
        local = ""
        if (word == "him" or (word == "her" and not _POSSESSIVE_HER.match(self.art.raw, m.end))
                ) and last is not None and last.sentence == sentence:
            # An object pronoun is not the subject of its own clause, most often
            # the nearest person before it ("Bruno Mars ... inspired him").
            local = last.entity
            last = entries.last(speaker, sentence, local, exclude)
        elif word in ("he", "she") and last is not None and last.sentence == sentence and (
                last.kind == "nominal" and self.art.raw.startswith(
                    "his " if word == "he" else "her ", last.pos)):
            # "About casting his son, he explained": "he" is whose son, not the son
            local = last.entity
            last = entries.last(speaker, sentence, local, exclude)
        if last is None:
            lead = self._lead_person(scope, word, exclude, m.start)
            m.entity = lead
            m.rule = (f"no {gender} antecedent in scope: the person the text opens with"
                      if lead else f"no {gender} antecedent in scope")
            if lead:
                self._learned.setdefault(lead, gender)
                self._shown.setdefault(lead, gender)
            return
        if para - last.paragraph > MAX_PARAGRAPHS_BACK:
            m.rule = f"nearest {gender} antecedent is too far back"
            return
        unnamed = _unnamed_person(self.art.raw, last.pos, m.start, gender)
        if unnamed and word in ("he", "she", "him", "her", "his"):
            m.rule = f"an unnamed person came after {last.entity}: {unnamed}"
            return
        aside = _UNNAMED_SUBJECT_ASIDE.search(self.art.raw, last.pos, m.start)
        if aside and word in ("he", "she", "him", "her", "his"):
            # "One regular, who asked not to be named because she …": either gender.
            m.rule = f"{_ASIDE_RULE}: {aside.group()}"
            return
        # The people of the antecedent's sentence, in the order they first appear there.
        group = entries.sentences[last.sentence]
        first_seen = group.first
        distinct = [
            e for e in first_seen
            if e != speaker and not (last.sentence == sentence and e == local) and e not in exclude
        ]
        where = "same sentence" if last.sentence == sentence else "an earlier sentence"
        kept = self._kept_through_clause(m, distinct, entries, speaker, exclude)
        if kept:
            m.entity, m.rule = kept, f"the {gender} person the text keeps to, past a fronted clause"
        elif word.endswith("self") and last.sentence == sentence:
            m.entity, m.rule = last.entity, "reflexive: nearest antecedent in the same sentence"
        elif len(distinct) == 1 and last.paragraph != para and (
                lead := self._lead_over_cast(distinct[0], word, gender, m.start)):
            m.entity, m.rule = lead, f"the {gender} person the text opens with, not an actor"
        elif len(distinct) == 1:
            m.entity, m.rule = distinct[0], f"only {gender} antecedent ({where})"
        elif (opener := self._clause_subject(m, distinct)) is not None:
            m.entity, m.rule = opener.entity, "the subject of the fronted clause before it"
        elif last.sentence != sentence and word in ("he", "she") and self.art.opens_clause(m.start):
            subject = group.subject(speaker, exclude)
            m.entity = subject.entity if subject is not None else distinct[0]
            m.rule = "subject of the previous sentence"
        else:
            m.rule = "ambiguous: " + ", ".join(distinct)
        self._learn_gender(m)
        if m.entity and m.entity not in self._ids and word in _THIRD_PERSON_SINGULAR:
            self._shown.setdefault(m.entity, gender)
        if m.entity:
            # "Jo (Moss) ..., she yearns": the first mention decides actor or character.
            m.character = first_seen.get(m.entity, "")
            if m.character:
                m.rule += f"; refers to the character {m.character}"

    def _kept_through_clause(self, m: Mention, named: list[str], entries: _Antecedents,
                             speaker: str, exclude: frozenset[str]) -> str:
        """The person an earlier sentence's he or she means, past a fronted clause naming others.

        "She plays the landlady … When Eliot asks who else lives there, she just
        says, “…”": the clause's Eliot, of no known gender, is not the "she" of
        the main clause; the woman the paragraph was about is. "" if not so.
        """
        raw, start = self.art.raw, self.art.sentence_start(m.start)
        clause = _FRONTED_SUBORDINATE.match(raw, start, m.start)
        if m.surface.lower() not in ("he", "she") or clause is None or clause.end() != m.start:
            return ""
        if not named or any(e in self._ids or e in self._learned for e in named):
            return ""
        sentence, para = self.art.sentence_of(m.start), self._paragraph(m.start)
        for e in reversed(entries.entries):
            if e.sentence < sentence and e.entity != speaker and e.entity not in exclude:
                known = e.entity in self._learned or e.entity in self._ids
                return e.entity if known and e.kind == "pronoun" and e.paragraph == para else ""
        return ""

    def _lead_person(self, scope: str, word: str, exclude: frozenset[str], pos: int) -> str:
        """The person not in the file whom the article text names first, for a lone pronoun.

        A recap that opens "Recap: Ada Quist Q&A after the screening" and goes on
        "it's his third feature" means Quist by "his": no one else is in view.
        Before anyone is named, the first person named later in the pronoun's
        paragraph. "" inside speech, for "they", or where there is no such person.
        """
        if scope != "narration" or word not in _THIRD_PERSON_SINGULAR:
            return ""
        text = [p for p in self.art.paragraphs if p.role in ARTICLE_TEXT_ROLES]
        named = [n for p in text for n in self.art.mentions_from(p.start, p.end)
                 if n.type in ("name", "other") and n.entity and not n.character]
        sentence = self.art.sentence_of(pos)
        if any(n.start > pos and self.art.sentence_of(n.start) == sentence for n in named):
            return ""  # "his debut, Ada Quist says, …": someone named later in the sentence
        first = next((n for n in named if n.start < pos), None)
        if first is None:  # "She shrugs … a lead turn that makes Ada Quist a star": cataphora
            end = next((p.end for p in text if p.start <= pos < p.end), pos)
            first = next((n for n in named if pos < n.start < end), None)
        if first is None or first.entity in self._ids or first.entity in exclude:
            return ""
        return first.entity if self._person_like(first) or " " in first.surface else ""

    def _lead_over_cast(self, only: str, word: str, gender: str, pos: int) -> str:
        """The person the text opens with, of ``gender`` shown, over an actor of no known gender.

        "it's his third feature … Bea Solano plays the lead." and a new paragraph
        "He said …": the "he" goes on with the director the recap is about, not
        the actor.
        """
        if word not in _THIRD_PERSON_SINGULAR or only not in self._cast or only in self._learned:
            return ""
        lead = self._lead_person("narration", word, frozenset(), pos)
        return lead if lead and lead != only and self._shown.get(lead) == gender else ""

    def _clause_subject(self, m: Mention, named: list[str]) -> Mention | None:
        """The subject of a fronted clause that a main clause's he or she follows.

        "When Pip finally confronts Kip, he doesn't shout": "he" is Pip, whom the
        clause is about, not Kip, named last.
        """
        raw, start = self.art.raw, self.art.sentence_start(m.start)
        clause = _FRONTED_SUBORDINATE.match(raw, start, m.start)
        if m.surface.lower() not in ("he", "she") or clause is None or clause.end() != m.start:
            return None
        first = next(iter(self.art.mentions_from(start, m.start)), None)
        if first is None or first.entity not in named or first.type not in (
                "name", "character", "other", "nominal"):
            return None
        lead = raw[start : first.start]
        return first if re.fullmatch(r"[“‘\"']?[A-Z][a-z]+\s+", lead) else None

    def _in_label(self, pos: int) -> bool:
        """``pos`` is in the speaker label of a Q&A turn ("Joel:")."""
        i = bisect_right(self._label_starts, pos) - 1
        return i >= 0 and pos < self._label_spans[i][1]

    def _other_answerer(self, speaker: str, gender: str, para: int) -> str:
        """The last other guest of ``gender`` who answered up to two paragraphs back, or ""."""
        for who, at in reversed(self.answered):
            if para - at > MAX_PARAGRAPHS_BACK:
                return ""
            if who != speaker and who in self._ids and self.art.people.gender(who) == gender:
                return who
        return ""

    def _turn(self, q: Quote) -> None:
        """Note where the last question and the current answer begin, and who answers."""
        para = self._paragraph(q.start)
        if q.speaker not in ("interviewer", "unknown", ""):
            self.answered.append((q.speaker, para))
        if q.speaker == "interviewer":
            self.question_paragraph, self.answer_paragraph = para, -1
        elif q.speaker != self.answer_speaker or self.answer_paragraph < 0:
            self.answer_paragraph = para
        self.answer_speaker = q.speaker

    def _topic(
        self, entries: _Antecedents, speaker: str, exclude: frozenset[str], pos: int
    ) -> str:
        """The one person of a pronoun's gender the last question named.

        Only if the answer so far (this speaker's turn) names no one of that
        gender: "What was Ada like?" "She was so focused." Other people's
        answers in between do not count.
        """
        asked = self.question_paragraph
        if asked < 0 or self._paragraph(pos) - asked > MAX_PARAGRAPHS_BACK:
            return ""
        named: dict[str, None] = {}
        for e in reversed(entries.entries):
            if e.paragraph < asked:
                break
            if e.entity == speaker or e.entity in exclude:
                continue
            if e.paragraph >= self.answer_paragraph > asked:
                return ""
            if e.paragraph == asked:
                named[e.entity] = None
        return next(iter(named)) if len(named) == 1 else ""

    # -- quotes
    def decide(self, qi: int, scope: str, speaker: str) -> None:
        q = self.quotes[qi]
        if q.kind == "turn":
            return
        text = self.art.raw[q.start : q.end]
        n_words = count_words(text)
        par = self.art.paragraphs[q.paragraph]
        inside_speech = scope != "narration"
        work = text.rstrip(" ,.;:") in self.art.people.works or text in self.art.people.works
        work = work or _announced_title(self.art, q, text)
        opens = q.open and q.start - len(q.open) == par.start
        speechlike = not _name_like(text) and not work and (
            n_words >= 3 or bool(re.search(r"[,.!?…]$", text))
        )
        cue = None if work else _find_cue(self.art, self.quotes, qi, self.bounds[qi])
        if par.role == "title" or (par.role == "heading" and not _standfirst_speech(cue)):
            self._headline_quote(q, text)
            return
        if _WORD_NAMED.search(self.art.raw, max(par.start, q.start - 40), q.start):
            # 'misunderstands the word “binge.”': the words are named, not said
            q.kind = "title" if title_like(text) else "scare"
            q.cue = "words named as words ('the word', 'the phrase')"
            return
        if _nickname(self.art.raw, max(par.start, q.start - 40), q.start, text):
            q.kind, q.cue = "scare", "a name given to a person ('calls himself “the …”')"
            return
        if cue is None and opens and not inside_speech and speechlike:
            cue = _colon_tag(self.art, q)
        if cue is not None:
            subject, cue_text = cue
            q.kind = "embedded" if inside_speech else "direct"
            q.cue = cue_text
            q.speaker = self._subject_entity(subject, scope, speaker)
            if q.speaker == speaker and inside_speech and subject is None:
                q.cue += f" (nested in a {speaker} quote)"
        elif scope == "qa" and (echoed := self._echoed_turn(qi, text)):
            q.kind, q.speaker = "embedded", echoed
            q.cue = "repeats the words of an earlier turn"
        elif inside_speech and n_words >= NESTED_SPEECH_WORDS and not _name_like(text) and (
                addresser := self._addresser(q, speaker)) is not None:
            q.kind, q.speaker = "embedded", addresser.entity
            q.cue = f"calls {speaker} by name: said to them by {addresser.surface}"
        elif inside_speech and n_words >= NESTED_SPEECH_WORDS and not _name_like(text):
            q.kind, q.speaker, q.cue = (
                "embedded",
                speaker or "unknown",
                f"nested in a {speaker} quote",
            )
        elif work:
            q.kind = "title"
            q.cue = (
                "capitalised name in quotes, no speech tag"
                if title_like(text) else "title of a work in the people file"
            )
        elif not inside_speech and speechlike and (named := self._new_subject(qi)):
            q.kind, q.speaker = "direct", named.entity
            q.cue = f"the subject of its own sentence, {named.surface}"
        elif not inside_speech and speechlike and self._previous_speech_in_paragraph(qi) and (
                n_words >= 3 or not self._held_in_clause(q)):
            q.kind, q.speaker = "direct", self._previous_speech_in_paragraph(qi)
            q.cue = "continues the quotation before it in the paragraph"
        elif not inside_speech and opens and speechlike and (talker := self._talker_before(qi)):
            q.kind, q.speaker = "direct", talker.entity
            q.cue = f"after a paragraph that has {talker.surface} talk"
        elif not inside_speech and opens and speechlike:
            q.kind, q.speaker = "direct", self.state.last_speaker or "unknown"
            q.cue = "paragraph opens with a quotation: previous speaker continues"
        elif (not inside_speech and speechlike and n_words >= 3 and text[:1].isupper()
              and (dashed := self._set_off(q))):
            q.kind, q.speaker = "direct", dashed[0]
            q.cue = f"set off by a dash after {dashed[1]!r}"
        elif not inside_speech and speechlike and (talker := self._reporter_before(qi)):
            q.kind, q.speaker = "direct", talker.entity
            q.cue = f"after a sentence that reports {talker.surface}'s words"
        elif n_words >= LONG_QUOTE_WORDS and not _name_like(text):
            q.kind, q.speaker, q.cue = (
                ("embedded" if inside_speech else "direct"),
                "unknown",
                "long quotation without a speech tag",
            )
        else:
            q.kind = "title" if title_like(text) else "scare"
            q.cue = self._non_speech_cue(q, text, n_words)
        if q.kind == "direct" and q.speaker not in ("", "unknown"):
            self.state.last_speaker = q.speaker
        if q.kind in SPEECH_KINDS:
            self.remember(scope, q.speaker, q.start, kind="speaker")

    def _addresser(self, q: Quote, speaker: str) -> Mention | None:
        """Who says a quotation that opens by calling ``speaker`` by name, in their own speech.

        "He was giving me notes. “Miss Yvette, you said it funnier.”" in
        Yvette's answer: the words are said to her, by the subject of the
        sentence before (here "he"); None if that subject is not known.
        """
        comma = self.art.raw.find(",", q.start, q.start + 30)
        if not speaker or comma < 0 or not any(
                m.entity == speaker for m in self.art.mentions_from(q.start, comma)):
            return None
        before = self.art.raw[: q.start - len(q.open)].rstrip()
        i = self.art.sentence_of(len(before) - 1)
        if i < 0:
            return None
        lo, hi = self.art.sentences[i]
        return next((m for m in reversed(self.art.mentions_within(lo, min(hi, q.start)))
                     if m.entity and m.entity != speaker and self.art.opens_clause(m.start)
                     and (m.type in ("name", "other") or m.surface.lower() in ("he", "she"))),
                    None)

    def _held_in_clause(self, q: Quote) -> bool:
        """The quotation sits inside the writer's clause ('none of it is “atmosphere.”').

        Neither a sentence start nor a comma or colon comes right before it, so
        a word or two quoted there are held at arm's length, not more of the
        speech before them.
        """
        start = self.art.sentence_start(q.start)
        lead = self.art.raw[start : q.start - len(q.open)].rstrip()
        return bool(lead) and not lead.endswith((",", ":", "—", "–"))

    def _set_off(self, q: Quote) -> tuple[str, str] | None:
        """A sentence set off by a dash after a clause about someone: theirs.

        "When Tae Young finally confronts his father – ‘You don’t get to …’ –":
        the subject of the clause before the dash says them (here a character,
        so the actor who plays him).
        """
        raw = self.art.raw
        dash = re.search(r"\s[—–-]\s*$|—\s*$", raw[max(0, q.start - len(q.open) - 3) :
                                                     q.start - len(q.open)])
        if not dash:
            return None
        start = self.art.sentence_start(q.start)
        for m in self.art.mentions_from(start, q.start - len(q.open)):
            if m.type not in ("name", "character", "other", "nominal") or not m.entity:
                continue
            if self.art.opens_clause(m.start) or _CLAUSE_OPENER.search(raw, start, m.start):
                return m.entity, raw[m.start : q.start - len(q.open)].rstrip(" —–-")
        return None

    def _headline_quote(self, q: Quote, text: str) -> None:
        """A quotation in a headline: speech beside a colon ("X on Y: ‘…’"), else a title."""
        par = self.art.paragraphs[q.paragraph]
        left = self.art.raw[par.start : q.start - len(q.open)].rstrip()
        right = self.art.raw[q.end + len(q.close) : par.end].lstrip()
        named = [
            m for m in self.art.mentions_from(par.start, par.end)
            if m.entity and m.type in ("name", "other") and not q.start <= m.start < q.end
        ]
        if (left.endswith(":") and not right) or (not left and right.startswith(":")):
            q.kind = "direct"
            q.speaker = named[0].entity if named else self._named_later(left or right)
            q.cue = "headline quotation beside a colon"
            return
        verb = _HEADLINE_CALLS.search(left)
        if verb and named and named[0].end <= par.start + verb.start():
            q.kind, q.speaker = "direct", named[0].entity
            q.cue = f"headline: {named[0].surface} {verb.group().strip()} … what it quotes"
            return
        q.kind = "title" if title_like(text) else "scare"
        q.cue = self._non_speech_cue(q, text, count_words(text))

    def _named_later(self, side: str) -> str:
        """The person the text names in full whose full name the headline's other side holds.

        "“…”: Ada Quist on her first feature" is Ada Quist, named again below;
        "unknown" if the text names no one so.
        """
        for m in self.art.mentions:
            if m.type == "other" and m.entity and " " in m.surface and m.surface in side:
                return m.entity
        return "unknown"

    def _describe(self, subject: Mention, scope: str) -> str:
        """The person a description means: the person named last before it.

        An indefinite description ("one fan", "a source"), an anonymous role
        ("the insider", "a spokesperson") or an organisation ("the studio") is
        someone unnamed.
        """
        words = subject.surface.lower().split()
        if _INDEFINITE.match(subject.surface) or set(words) & _ANONYMOUS or _OF_UNNAMED.search(
                subject.surface):
            subject.rule = "indefinite or anonymous description: someone unnamed"
            return "unknown"
        if words[-1] in _ORGANISATIONS:
            named = _organisation_named_before(self.art.raw, self.art.text_starts[
                max(0, self._paragraph(subject.start) - 2)], subject.start)
            subject.rule = (f"an organisation: the one named just before ({named})" if named
                            else "an organisation: someone unnamed speaks for it")
            return named or "unknown"
        if self._introduced_unnamed(words[-1], subject.start):
            subject.rule = "description of someone brought in unnamed before it"
            return "unknown"
        holders = [e for e, jobs in self.roles.items() if words[-1] in jobs]
        if len(holders) == 1 and _DEFINITE.match(subject.surface):
            subject.rule = f"description: the one person the text gave this job ({holders[0]})"
            return holders[0]
        named = self._named_before(subject.start)
        if named:
            first = self._first_of_last_sentence(named)
            subject.rule = (
                f"description: the first person named in the sentence before it ({first.entity})"
            )
            return first.entity
        return "unknown"

    def _introduced_unnamed(self, noun: str, pos: int) -> bool:
        """"One juror" or "a neighbour" came up since the paragraph before ``pos``'s.

        Then "the juror said" is that unnamed person, not whoever was named last.
        """
        para = self._paragraph(pos)
        lo = self.art.text_starts[para - 2] if para >= 2 else 0
        found = re.search(rf"{_SENTENCE_OPENS}(?:An?|One|Another)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                          rf"{re.escape(noun)}\b(?!\s*,?\s*[A-Z])", self.art.raw[lo:pos],
                          re.MULTILINE)
        return found is not None

    def _named_before(self, pos: int) -> list[Mention]:
        """People named in narration from the start of the paragraph before ``pos``'s.

        A "he" or "she" that is its clause's subject counts as naming the person
        it means: after "She met Rae Lund in 2020.", "the screenwriter said" is
        whoever "she" is, not Lund.
        """
        para = self._paragraph(pos)
        # Only mentions from the article-text paragraph before the subject's
        # on qualify (``_paragraph`` at least ``para - 1``): look from its start.
        lo = self.art.text_starts[para - 2] if para >= 2 else 0
        return [
            m for m in self.art.mentions_within(lo, pos)
            if m.entity and (m.type in ("name", "character", "other") or (
                m.type == "pronoun" and m.surface.lower() in ("he", "she")
                and self.art.opens_clause(m.start)))
            and para - self._paragraph(m.start) <= 1
            and not self._in_speech(m.start)
        ]

    def _first_of_last_sentence(self, named: list[Mention]) -> Mention:
        sentence = self.art.sentence_of(named[-1].start)
        return next(m for m in named if self.art.sentence_of(m.start) == sentence)

    def _fit_nominal(self, m: Mention) -> None:
        """A description from the people file ("the director") means the person just named.

        The people file says whom "the director" means in this coverage, but
        a text about several films names other directors. Looking back from
        the description's sentence to the start of the paragraph before: when
        the last sentence that names someone does not name the file's person
        and the first person it names is not in the file either, the
        description is the person not in the file, named since the file's
        person was last named, whom it fits best (see :meth:`_fit`), the one
        named last among equals. When that first person is someone else of the
        file, the description stays: the file describes its own people ("The
        director said she …" after "Achterberg … spoke" is still the director
        of the file). Possessive descriptions ("his son") name someone by a
        relation to the person just named: see :meth:`_fit_possessive`.
        """
        if id(m) in self.fitted:
            return
        self.fitted.add(id(m))
        if self._in_speech(m.start):
            return
        if not _DEFINITE.match(m.surface):
            self._fit_possessive(m)
            return
        named = self._named_before(m.start)
        own = self.art.sentence_start(m.start)
        if any(n.entity == m.entity for n in named if n.start >= own):
            return
        # Someone else named earlier in the description's own sentence is another
        # participant ("Lena Brandt said the director's instincts …").
        named = [n for n in named if n.start < own]
        if not named:
            return
        last = self.art.sentence_of(named[-1].start)
        latest = [n for n in named if self.art.sentence_of(n.start) == last]
        if latest[0].entity in self._ids or any(n.entity == m.entity for n in latest):
            return
        # Only people named since the file's person was last named are candidates.
        since = max((i for i, n in enumerate(named) if n.entity == m.entity), default=-1)
        named = named[since + 1 :]
        # The best fitting person not in the file, the one named last among equals.
        best, best_fit = None, -1
        for n in reversed(named):
            fit = self._fit(n.entity, m)
            if n.entity not in self._ids and fit > best_fit:
                best, best_fit = n, fit
        if best is None:
            return
        where = self.art.sentence_of(best.start)
        same = [n for n in named if self.art.sentence_of(n.start) == where
                and n.entity not in self._ids and self._fit(n.entity, m) == best_fit]
        best = same[0]
        m.rule += (f"; but {m.entity} is not named nearby: the person named last "
                   f"whom it fits best ({best.entity})")
        m.entity, m.character = best.entity, best.character
        self.roles.setdefault(best.entity, set()).update(m.surface.split()[1:])

    def _fit_possessive(self, m: Mention) -> None:
        """A possessive description set beside someone else's name means that person.

        "His son, Curtis Whitfield, said …" in a story about another father:
        the file's "his son" is Curtis Whitfield there, and so is a later "his
        son said" while the file's person is not named again.
        """
        key = m.surface.lower()
        named = next((n for n in self.art.mentions_from(m.end, m.end + 4)
                      if n.type in ("name", "other") and n.entity), None)
        if named is not None and re.fullmatch(r",\s*", self.art.raw[m.end : named.start]):
            if named.entity != m.entity:
                m.rule += f"; set beside the name of {named.entity}"
                self._apposed[key] = (named.entity, m.start)
                m.entity = named.entity
            return
        earlier = self._apposed.get(key)
        if earlier and self._paragraph(m.start) - self._paragraph(earlier[1]) <= (
                MAX_PARAGRAPHS_BACK) and not any(n.entity == m.entity and n.start > earlier[1]
                                                 for n in self._named_before(m.start)):
            m.rule += f"; the {key} named earlier ({earlier[0]})"
            m.entity = earlier[0]

    def _fit(self, entity: str, m: Mention) -> int:
        """How well a person not in the file fits the description ``m`` of the file.

        2: the text has given them a job that the file's own descriptions of
        that person allow ("the filmmaker" after "The director, …", when the
        file says both of one person); 1: no job known; 0: only other jobs
        ("the barber").
        """
        roles = self.roles.get(entity)
        if not roles:
            return 1
        nominals = tuple(self.art.people[m.entity].nominals)
        return 2 if any(_describes(nominals, f"the {role}") for role in roles) else 0

    def _kin_gender(self, m: Mention) -> None:
        """A family word set before a name shows the gender of someone not in the file.

        "her father, Abel" is a man, "his sister Nia" a woman.
        """
        kin = _KIN_BEFORE.search(self.art.raw, max(0, m.start - 30), m.start)
        if kin and m.entity and m.entity not in self._ids:
            word = kin.group(1).lower()
            self._learned.setdefault(m.entity, "female" if word in _FEMALE_KIN else "male")

    def _note_role(self, m: Mention) -> None:
        """The job a text gives a person not in the file.

        "The barber, Sal Petrakis", "Cinematographer Lena Brandt", "Rae Lund,
        the rapper …", "Gil Sato, who directed …".
        """
        raw = self.art.raw
        words: set[str] = set()
        before = _ROLE_NAMED_BEFORE.search(raw, max(0, m.start - 40), m.start)
        if before:
            words.add((before.group("a") or before.group("b")).lower())
        after = _ROLE_AFTER.match(raw, m.end)
        if after:
            words.update(w.lower() for w in after.group("r").split())
        did = _WHO_DID.match(raw, m.end)
        if did:
            words.add(_DOERS[did.group("v")])
        by = _DONE_BY.search(raw, max(0, m.start - 50), m.start)
        if by:  # "written and directed by Gil Sato"
            words.update(_DOERS[v] for v in re.findall(r"[\w-]+", by.group("v")) if v in _DOERS)
        if words:
            self.roles.setdefault(m.entity, set()).update(words)

    def _in_speech(self, pos: int) -> bool:
        """Inside a quotation decided to be speech (not a Q&A turn)."""
        # Quotations nest (each holds its children whole), so those holding
        # ``pos`` are the innermost one and its parents: from the last quotation
        # starting at or before ``pos``, go up until one holds it.
        qi = bisect_right(self.quote_starts, pos) - 1
        while qi >= 0 and not pos < self.quotes[qi].end:
            qi = self.quotes[qi].parent
        while qi >= 0:
            q = self.quotes[qi]
            if q.kind in SPEECH_KINDS and q.kind != "turn":
                return True
            qi = q.parent
        return False

    def _subject_entity(self, subject: Mention | None, scope: str, speaker: str) -> str:
        if subject is None:
            return speaker or "unknown"
        if subject.type == "description" and subject.rule in ("unnamed", "speech description"):
            subject.rule = f"{subject.rule}: someone the text does not name"
            return "unknown"
        if subject.type == "description" and subject.rule == "possessive":
            return (self._file_nominal(subject) or self._possessive(subject, scope, speaker)
                    or "unknown")
        if subject.type == "description":
            return self._describe(subject, scope)
        if subject.type == "nominal":
            self._fit_nominal(subject)
        if subject.type == "first_person":
            return speaker or "unknown"
        if subject.type == "pronoun":
            self.resolve_pronoun(subject, scope, speaker)
            last = self.state.last_speaker
            ambiguous = subject.rule
            if not subject.entity and subject.surface.lower() in ("he", "she") and not (
                    subject.rule.startswith(_ASIDE_RULE)):
                self._tag_pronoun(subject, scope, speaker)
            if scope != "narration" and self._unnamed_since(subject, scope, speaker):
                return "unknown"
            if (
                subject.entity in ("", last)
                and ambiguous.startswith("ambiguous")
                and last in ambiguous.split(": ")[-1].split(", ")
            ):
                subject.entity = last
                subject.rule = f"speech tag, {ambiguous}: the current speaker ({last}) continues"
        return subject.entity or "unknown"

    def _file_nominal(self, phrase: Mention) -> str:
        """The person a people-file description at the phrase's start means ("his father")."""
        for m in self.art.mentions_from(phrase.start, phrase.start + 1):
            if m.type == "nominal" and m.entity and m.end <= phrase.end:
                phrase.rule = f"possessive: the people file's description of {m.entity}"
                return m.entity
        return ""

    def _possessive(self, phrase: Mention, scope: str, speaker: str) -> str:
        """The person a possessive description means, if the people file describes them so.

        "My mother" in Theo Moss's speech is "Theo’s mother", which the file's
        descriptions of Ada Moss match; "my teacher" matches none and is
        someone unnamed.
        """
        det, _, noun = phrase.surface.partition(" ")
        owner = self._owner(det, phrase.start, scope, speaker)
        found = self._relation(owner, noun.strip())
        named, whose = self._owned.get((det.lower(), noun.strip()), ("", ""))
        # Two owners told apart only when the file gives both their genders.
        if not found and named and (owner == whose or not {owner, whose} <= self._ids):
            found = named  # "His daughter, Ilse Varga, …" before; now "his daughter said"
        phrase.rule = (f"possessive: {owner}’s {noun.strip()} is {found}" if found
                       else "possessive: someone the text does not name")
        return found

    def _note_owned(self, m: Mention) -> None:
        """Remember a possessive description set before a name: "His daughter, Ilse Varga, …".

        A later "his daughter said" (the same owner) is that person.
        """
        raw = self.art.raw
        found = _OWNED_BEFORE.search(raw, max(0, m.start - 60), m.start)
        if not found or not m.entity or not raw.startswith(",", m.end):
            return
        at = found.start("det")
        pronoun = next((p for p in self.art.mentions_from(at, at + 1) if p.type == "pronoun"), None)
        owner = pronoun.entity if pronoun is not None else ""
        self._owned[(found.group("det").lower(), found.group("noun"))] = (m.entity, owner)

    def _owner(self, det: str, pos: int, scope: str, speaker: str) -> str:
        """Whose "my", "your", "his" or "her" at ``pos`` is."""
        word = det.lower()
        if word in ("my", "our"):
            return speaker if scope != "narration" else ""
        if word == "your":
            return self.art.interviewee if scope == "qa" and speaker == "interviewer" else ""
        pronoun = next((m for m in self.art.mentions_from(pos, pos + 1) if m.type == "pronoun"),
                       None)
        if pronoun is None:
            return ""
        self.resolve_pronoun(pronoun, scope, speaker)
        return pronoun.entity

    def _remember_relation(self, m: Mention, scope: str, speaker: str) -> None:
        """A possessive the people file describes is an antecedent.

        "Your dad" in a question to Theo is Theo's dad, whom a later "he always
        says" means. For who speaks only: the mentions table keeps the
        possessive as it is.
        """
        word = m.surface.lower()
        if word not in ("my", "our", "your", "his", "her", "their"):
            return
        noun = _NOUN_AFTER.match(self.art.raw, m.end)
        if not noun or not noun.group(1):
            return
        owner = m.entity if word in ("his", "her", "their") else self._owner(
            word, m.start, scope, speaker)
        words = noun.group(1).split()
        for n in range(1, len(words) + 1):  # "dad", "real dad", "real life dad"
            found = self._relation(owner, " ".join(words[:n]))
            if found:
                self.remember(scope, found, m.start, kind="nominal")
                return

    def _relation(self, owner: str, noun: str) -> str:
        """The person the people file describes as ``owner``'s ``noun`` ("Theo’s mother")."""
        if owner not in self._ids or not noun:
            return ""
        memo = self.art.people.lookups  # the same answer in every article
        key = ("relation", owner, noun)
        if key not in memo:
            memo[key] = self._find_relation(owner, noun)
        return memo[key]

    def _find_relation(self, owner: str, noun: str) -> str:
        person = self.art.people[owner]
        forms = [f"{form}{mark} {noun}" for form in dict.fromkeys((person.name, *person.aliases))
                 for mark in ("’s", "'s")]
        for other in self.art.people.persons:
            if other.id != owner and any(_describes(tuple(other.nominals), f) for f in forms):
                return other.id
        return ""

    def _unnamed_since(self, m: Mention, scope: str, speaker: str) -> bool:
        """Someone's unnamed relative came up after the person a tag pronoun was taken for.

        "My parents are from Seoul, and my mother came to set. She told me, …":
        in speech, "she" is the mother, someone the text does not name, not the
        last woman named before.
        """
        gender = PRONOUN_GENDER.get(m.surface.lower())
        if gender is None:
            return False
        lo = self.art.text_starts[max(0, self._paragraph(m.start) - 2)]
        named_in = -1
        if m.entity:
            earlier = [n for n in self.art.mentions_from(lo, m.start) if n.entity == m.entity
                       and n.type in ("name", "character", "other", "nominal")]
            if earlier:
                lo, named_in = earlier[-1].end, self.art.sentence_of(earlier[-1].start)
        for found in _RELATIVE.finditer(self.art.raw, lo, m.start):
            if _KIN_GENDER[found.group("kin").lower()] not in (gender, ""):
                continue
            if self.art.sentence_of(found.start()) == named_in:
                continue  # "Ada Moss, who plays my mom, …": the person named, described
            named = [n for n in self.art.mentions_from(found.start(), found.end())
                     if n.type == "nominal" and n.entity]
            det = found.group().split()[0]
            if not named and not self._relation(self._owner(det, found.start(), scope, speaker),
                                                found.group("kin").lower()):
                m.rule = f"an unnamed person: {found.group()}"
                m.entity = ""
                return True
        return False

    def _tag_pronoun(self, m: Mention, scope: str, speaker: str) -> None:
        """A pronoun that tags speech, unresolved so far: the person last named with that gender.

        In the most recent sentence that mentions someone of the pronoun's
        gender, the last person named there; failing a name, the person its
        "he" or "she" means; failing that, the last person it mentions.
        """
        gender = PRONOUN_GENDER[m.surface.lower()]
        exclude = self._exclude(gender)
        entries = self.state.history.get((scope, gender), _Antecedents())
        last = entries.last(speaker, exclude=exclude)
        if last is None and scope != "qa":
            entries = self.state.history.get(("narration", gender), _Antecedents())
            last = entries.last(speaker, exclude=exclude)
        if last is None or self._paragraph(m.start) - last.paragraph > MAX_PARAGRAPHS_BACK:
            return
        aside = _UNNAMED_SUBJECT_ASIDE.search(self.art.raw, last.pos, m.start)
        if aside:  # "The director, whom she declines to name, … “He kept saying …”"
            m.rule = f"{_ASIDE_RULE}: {aside.group()}"
            return
        group = entries.sentences[last.sentence]
        subject = group.subject(speaker, exclude)
        if subject is not None:
            m.entity, m.character = subject.entity, subject.character
            m.rule = f"speech tag: the subject of the last sentence naming a {gender} person"
            self._learn_gender(m)
            return
        for kinds in _TAG_KINDS:
            pick = group.last_of(kinds, speaker, exclude)
            if pick is not None:
                m.entity = pick.entity
                m.character = pick.character
                m.rule = f"speech tag: the last {gender} person named ({m.entity})"
                self._learn_gender(m)
                return

    def _new_subject(self, qi: int) -> Mention | None:
        """Someone else named as the subject of the sentence that holds quotation ``qi``.

        "Park shared it with the caption “…”. Han, who plays his mother, left a
        row of hearts, followed by “…”": the second is Han's, not Park's
        continued. Only when a quotation before it in the paragraph has a speaker.
        """
        previous = self._previous_speech_in_paragraph(qi)
        q = self.quotes[qi]
        if not previous or self.art.sentence_of(q.start) == self.art.sentence_of(
                self.quotes[qi - 1].start if qi else -1):
            return None
        subject = _sentence_subject(self.art, self.quotes, qi, q.start - len(q.open))
        if subject is None:  # "Solís laughs when it comes up. “…”": the one who reacts
            subject = self._reporter_before(qi, _REACTS)
        if subject is None or subject.type not in ("name", "other") or not subject.entity:
            return None
        return subject if subject.entity != previous else None

    def _talker_before(self, qi: int) -> Mention | None:
        """The person the paragraph before a quotation-only paragraph has talk, if any.

        "Reached by phone, Moss talks about her son the way …" then a paragraph
        of quotation alone: Moss speaks, not whoever spoke last. Only when that
        paragraph quotes no one and its last sentence has a named subject talk.
        """
        q = self.quotes[qi]
        prev = q.paragraph - 1
        while prev >= 0 and self.art.paragraphs[prev].role not in ARTICLE_TEXT_ROLES:
            prev -= 1
        if prev < 0 or self.art.paragraphs[prev].role not in ("body", "list_item"):
            return None
        if any(o.paragraph == prev for o in self.quotes):
            return None
        return self._talker_in(self.art.sentence_of(self.art.paragraphs[prev].end - 1), qi,
                               _TALKS)

    def _reporter_before(self, qi: int, verbs: re.Pattern[str] = _REPORTS) -> Mention | None:
        """The named subject who "says" in the sentence right before a quotation opening its own.

        ".Moss says she showed the cut to a friend, who had one note. “…”":
        Moss's words, the sentence before having reported them. Not after
        another quotation in the sentence before. ``verbs``: what the subject does.
        """
        q = self.quotes[qi]
        here = self.art.sentence_of(q.start)
        if here < 1 or self.art.sentences[here][0] != q.start - len(q.open):
            return None
        lo, hi = self.art.sentences[here - 1]
        par = self.art.paragraphs[q.paragraph]
        if lo < par.start or any(lo <= o.start < hi for o in self.quotes):
            return None
        return self._talker_in(here - 1, qi, verbs)

    def _talker_in(self, sentence: int, qi: int, verbs: re.Pattern[str]) -> Mention | None:
        """The named subject of the first of ``verbs`` in ``sentence``, or None."""
        if sentence < 0:
            return None
        lo, hi = self.art.sentences[sentence]
        verb = verbs.search(self.art.raw, lo, hi)
        subject = _sentence_subject(self.art, self.quotes, qi, verb.start()) if verb else None
        if subject is None or subject.type not in ("name", "other", "nominal", "character"):
            return None
        return subject if subject.entity else None

    def _echoed_turn(self, qi: int, text: str) -> str:
        """Who said these words in an earlier Q&A turn, when a turn quotes them back, or "".

        A host who repeats a guest's line ("“Late for both.” Ouch.") quotes
        the guest; two words at least, found whole in one earlier turn.
        """
        words = _plain_words(text)
        if len(words.split()) < 2:
            return ""
        q = self.quotes[qi]
        for turn in self.quotes:
            if turn.kind == "turn" and turn.end <= q.start and turn.speaker not in (
                    "", "interviewer", "unknown") and f" {words} " in (
                    f" {_plain_words(self.art.raw[turn.start:turn.end])} "):
                return turn.speaker
        return ""

    def _previous_speech_in_paragraph(self, qi: int) -> str:
        """Speaker of the last direct quotation before ``qi`` in its paragraph and parent."""
        q = self.quotes[qi]
        return self.last_direct.get((q.paragraph, q.parent), "")

    def _non_speech_cue(self, q: Quote, text: str, n_words: int) -> str:
        if q.kind == "title":
            return "capitalised name in quotes, no speech tag"
        par = self.art.paragraphs[q.paragraph]
        raw = self.art.raw
        if (
            n_words == 1
            and _capitalised_word_before(raw, par.start, q.start - len(q.open))
            and _capital_after(raw, q.end + len(q.close), par.end)
        ):
            return "nickname inside a name"
        return f"no speech tag; {n_words} word{'s' * (n_words != 1)}"

    # -- the pass
    def run(self) -> None:
        events = [(q.start, 0, i) for i, q in enumerate(self.quotes)]
        events += [(m.start, 1, i) for i, m in enumerate(self.mentions)]
        stack: list[int] = []
        for pos, kind, index in sorted(events):
            while stack and not (
                pos < self.quotes[stack[-1]].end
                or (pos == self.quotes[stack[-1]].end == self.quotes[stack[-1]].start)
            ):
                stack.pop()
            scope, speaker = _scope(self.quotes, stack)
            if kind == 0:
                self.decide(index, scope, speaker)
                q = self.quotes[index]
                if q.kind == "turn" and q.depth == 0:
                    self._turn(q)
                if q.kind == "direct":
                    self.last_direct[(q.paragraph, q.parent)] = q.speaker
                stack.append(index)
                continue
            m = self.mentions[index]
            if self._in_label(m.start):
                continue  # "Joel:" names who speaks next, no one a pronoun may mean
            if m.type == "other":
                self._note_role(m)
                if _PLAYS_AFTER.match(self.art.raw, m.end):
                    self._cast.add(m.entity)
                self._note_owned(m)
                self._kin_gender(m)
                if not self._person_like(m):
                    continue
            if m.type == "pronoun":
                self.resolve_pronoun(m, scope, speaker)
                self._remember_relation(m, scope, speaker)
            elif m.type == "nominal":
                self._fit_nominal(m)
            elif m.type == "first_person":
                self._first_person(m, scope, speaker)
                self._remember_relation(m, scope, speaker)
                continue
            kind = "pronoun" if m.type == "pronoun" and m.surface.lower() in ("he", "she") else (
                "name" if m.type in ("name", "character", "other") else m.type
            )
            self.remember(scope, m.entity, m.start, m.character, kind)

    def _person_like(self, m: Mention) -> bool:
        """A name not in the people file that is an antecedent: surely a person's.

        A short form of a name given earlier ("Moss" after "Ada Moss"), a name
        given a job ("Mayor Luisa Carranza", "local artist Daniel Rubio"), a
        part ("Eve Marr as Dot") or a relative clause ("Carranza, who grew
        up …"), or a name that speaks.
        """
        if m.rule.startswith(("short form", "character ", "given name after a relation")) or (
                m.entity in self._repeated):
            return True
        raw = self.art.raw
        if _ROLE_BEFORE.search(raw, max(0, m.start - 40), m.start) or _WHO_AFTER.match(raw, m.end):
            return True
        if _PERSON_APPOSED.match(raw, m.end):  # "Wen Sato, a Taipei-born production designer"
            return True
        if _PLAYS_AFTER.match(raw, m.end) or _PLAYED_BY.search(raw, max(0, m.start - 60), m.start):
            return True  # an actor given a part
        # "Vantage’s distribution chief, Rob Kessler, credited …": set off by commas after
        # a noun, unless the noun names a work ("the film, Salt Year, …").
        apposed = _APPOSED.search(raw, max(0, m.start - 40), m.start)
        if apposed and raw.startswith(",", m.end) and apposed.group(1).lower() not in _WORKS:
            return True
        return self._speaks(m) or self._described_next(m)

    def _described_next(self, m: Mention) -> bool:
        """The sentence after the name's opens with a person described ("The retired nurse").

        News names someone, then calls them by what they are: "… was Dana Pike.
        The retired school nurse had seen it twice." Only a sentence of the same
        paragraph counts.
        """
        i = self.art.sentence_of(m.start)
        if i < 0 or i + 1 >= len(self.art.sentences):
            return False
        start = self.art.sentences[i + 1][0]
        return self._paragraph(start) == self._paragraph(m.start) and bool(
            _DESCRIBED_NEXT.match(self.art.raw, start))

    def _speaks(self, m: Mention) -> bool:
        """A person not in the people file counts as an antecedent once they speak.

        That is, a speech verb follows their name in the same sentence ("Sixteen-year-old
        Daniel Cho, who dances with a crew, said …"); bands and companies rarely "say".
        """
        i = self.art.sentence_of(m.start)
        end = self.art.sentences[i][1] if i >= 0 else m.end
        return bool(_SAYS.search(self.art.raw[m.end : end].lstrip(" ,")))

    def _first_person(self, m: Mention, scope: str, speaker: str) -> None:
        if speaker in self.art.people.ids:
            m.entity, m.rule = speaker, f"first person in {speaker}'s speech"
        elif scope == "narration":
            m.rule = "first person in narration (the writer)"
        else:
            m.rule = f"first person of a speaker not in the people file ({speaker})"


def attribute(
    raw: str,
    paragraphs: Sequence,
    sentences: Sequence[tuple[int, int]],
    spans: dict[int, list[QuoteSpan]],
    mentions: list[Mention],
    people: People,
    interviewee: str = "",
    interviewers: Sequence[str] = (),
) -> list[Quote]:
    """Decide quotation kinds and speakers and resolve ``mentions`` in place.

    Parameters
    ----------
    raw : str
        The article's decoded text.
    paragraphs : sequence
        Objects with ``start``, ``end`` and ``role`` (absolute offsets).
    sentences : sequence of (start, end)
        Article-text sentences, in order.
    spans : dict
        Quotation spans found by :func:`~coverage_analysis.quotes.find_quote_spans`,
        keyed by paragraph index, offsets relative to the paragraph.
    mentions : list of Mention
        All mentions of the article, sorted; pronoun and first-person
        mentions get their ``entity`` and ``rule`` here.
    people : People
        The people registry (genders, ids).
    interviewee : str
        Person id who answers in a Q&A.
    interviewers : sequence of str
        Names whose initials or surname label the interviewer's turns: the
        writer and the outlet.

    Returns
    -------
    list of Quote
        Sorted by start, outer quotations before inner ones.
    """
    art = _Article(raw, paragraphs, sentences, people, interviewee, mentions, interviewers)
    quotes = _build_quotes(art, spans)
    _Resolver(art, quotes, mentions).run()
    _speaker_of_repeated_words(raw, quotes)
    _headline_words_said_below(raw, quotes)
    return quotes


def _folded(text: str) -> str:
    """Words only, in one case: "We Were Soaked," and "we were soaked" agree."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _headline_words_said_below(raw: str, quotes: list[Quote]) -> None:
    """A headline's quotation is said by whoever says the same words in the body.

    "‘We Were Soaked, Mostly’: Ada Moss and Rae Lund on …" names two people;
    the answer in which "we were soaked, mostly" is said tells which. The
    same words given as a title in the body ("Is “Low Tide 2” happening?")
    make the headline's a title too (a headline's title case hides which).
    """
    for q in quotes:
        if not q.cue.startswith("headline quotation"):
            continue
        text = raw[q.start : q.end]
        if any(o.kind == "title" and raw[o.start : o.end] == text for o in quotes):
            q.kind, q.speaker = "title", ""
            q.cue = "headline quotation given as a title in the text"
            continue
        if count_words(text) < 3:
            continue
        words = _folded(raw[q.start : q.end])
        said = next((o.speaker for o in quotes if o.paragraph != q.paragraph
                     and o.kind in SPEECH_KINDS and o.speaker not in ("", "unknown")
                     and words in _folded(raw[o.start : o.end])), "")
        if said and said != q.speaker:
            q.speaker = said
            q.cue += f"; the words are {said}'s in the text"


def _speaker_of_repeated_words(raw: str, quotes: list[Quote]) -> None:
    """A quotation with no known speaker repeated inside one that has one gets that speaker.

    A standfirst's 'one co-star says the duo “fight like a sitcom”' quotes the
    body, where the same words are attributed by name.
    """
    for q in quotes:
        words = raw[q.start : q.end].strip(" ,.;:!?…")
        if q.kind != "direct" or q.speaker != "unknown" or count_words(words) < 3:
            continue
        known = [
            o for o in quotes
            if o is not q and o.kind in SPEECH_KINDS and o.speaker not in ("", "unknown")
            and words in raw[o.start : o.end]
        ]
        if known:
            q.speaker = known[0].speaker
            q.cue += f"; the same words are quoted as {q.speaker}'s"
