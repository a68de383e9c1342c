"""Who speaks each quotation, and whom each pronoun and "I" refers to.

One pass over an article in reading order. Each position belongs to a
*scope*: narration, a Q&A exchange, or the speech of one speaker. A pronoun
is resolved against earlier mentions in its own scope (a speaker never calls
himself "he"), a quotation's speaker against the subject of its speech tag,
and first-person words against the speaker of the innermost quotation.
Where the text does not make the reference clear, it stays unresolved.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..people import People
from ..schema import ARTICLE_TEXT_ROLES, SPEECH_KINDS
from ..text import count_words
from ..validate import NominalPattern
from .mentions import PRONOUN_GENDER, Mention, organisation_like, snake_id, titles_only
from .qa import label_of, label_words, lead_question, speaker_line
from .quotes import (
    SPEECH_VERBS,
    QuoteSpan,
    speech_verb_after,
    speech_verb_before,
    tagged_speech,
    title_like,
)

__all__ = ["Quote", "attribute"]

#: Paragraphs a pronoun may look back for its antecedent.
MAX_PARAGRAPHS_BACK = 2
#: Words allowed between a tag's subject and its speech verb ("I was always the guy being like").
MAX_SUBJECT_GAP = 6
#: A quotation with no tag this long (in words) is still speech, by an unknown speaker.
LONG_QUOTE_WORDS = 8
#: An untagged quotation inside speech this long (in words) is the speaker's own recounting.
NESTED_SPEECH_WORDS = 4

#: "in his words,", "by her own account,", "what she called", "as he put it", "a budget she
#: puts at": a partial quotation's tag.
_PARTIAL_TAG = re.compile(
    r"(?:\b(?:[Ii]n|[Bb]y)\s+(?P<a>\S+)\s+(?:own\s+)?(?:words|account),?"
    r"|\b[Ww]hat\s+(?P<b>(?:his|her|their|one|a|an|another|some)\s+"
    r"[a-z][\w’'-]*|\S+)\s+(?:[A-Z][\w’'.-]*\s+){0,3}(?:(?:\w+ly|later|once|now|has|had"
    r"|have)\s+)*"
    r"(?:calls|called|describes\s+as|described\s+as|dubs|dubbed|terms|termed)"
    r"|\b[Aa]s\s+(?P<c>\S+)\s+(?:puts|put)\s+it,?"
    r"|(?P<e>\S+)\s+(?:\w+ly\s+)?(?:puts|put|estimates|estimated|pegs|pegged|prices|priced)"
    r"\s+(?:it\s+)?at"
    r"|(?P<d>\S+)\s+(?:(?:has|have|had|often|once|always)\s+)*(?:talked|talks|spoken|spoke"
    r"|speaks)\s+(?:about|of)\s+(?:[\w’'-]+\s+){0,4}?as)\s*"
    r"(?:(?:was|is|were|are|had been|has been|became|becomes|felt|feels)\s+)?"
    r"(?:an?\s+|the\s+)?$"
)
#: A quotation right after these words names a work ("the film “Rose Red”").
_TITLE_BEFORE = re.compile(
    r"\b(?:in|film|movie|album|albums|series|show|song|single|track|documentary|book|novel"
    r"|play|musical|record|EP|LP|titled|entitled|called|dubbed|named|of|and|with|from|on"
    r"|featuring)\s*$",
    re.IGNORECASE,
)
#: Prepositions before a quotation that make it a phrase, not someone's words.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|in|for|with|about|from|into|at|on|than)\s*$", re.IGNORECASE
)
#: A description as a tag's subject: "the singer", "the younger Okafor", "one fan".
_DESCRIPTION = re.compile(
    r"(?:^|(?<=[\s,—–(]))(?P<d>(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome)"
    r"\s+(?:[\w’'&.-]+\s+){0,3}?[\w’'&.-]+)\s*,?\s*(?:\w+ly\s+)?$"
)
#: "call" with a thing as its object, or after its subject in a relative clause: what
#: follows in quotation marks judges the thing in someone's words ('called the night
#: “surreal.”', 'calls the film “a caper”', 'a comedy that she now calls “…”'); a person
#: as the object ('called him “kiddo”') is given a name instead.
_CALLED_THING = re.compile(
    r"\b(?P<verb>call|calls|called|calling)(?P<rest>\s+(?:it|this|that|(?:the|its|his|her"
    r"|their|this|that|our|my)\s+(?:[\w’'-]+\s+){0,2}?(?!(?:son|daughter|wife|husband|mother"
    r"|father|friend|brother|sister|co-star|kid|boy|girl|a|an|the)\b)[\w’'-]+)|)\s*$"
)
#: The subject of a relative clause right before a "call" with no object of its own.
_RELATIVE_CALLER = re.compile(
    r"\b(?:that|which|what)\s+(?:he|she|they|the\s+[a-z]+|[A-Z][\w’'.-]+)\s+"
    r"(?:(?:now|later|once|still|often|has|had|have|would|\w+ly)\s+)?$"
)


#: Verbs that bring in an utterance, never a word talked about: 'goes “show-off”' is
#: speech where 'people say “family” like …' is not.
_UTTERED = re.compile(
    r"go|goes|went|shouts?|shouted|yell(?:s|ed)?|whisper(?:s|ed)?|mutter(?:s|ed)?"
    r"|murmur(?:s|ed)?|snaps|snapped|screams?|screamed|cry|cries|cried|deadpan(?:s|ned)?"
    r"|quips?|quipped|exclaim(?:s|ed)?|sigh(?:s|ed)?|scoff(?:s|ed)?|grumble[sd]?",
    re.IGNORECASE,
)
#: A verb whose complement the quotation is: "the wine had been “…”", "it felt “…”".
_LINKING_BEFORE = re.compile(
    r"\b(?:is|was|were|are|been|be|seemed|seems|felt|feels|looked|looks|sounded|sounds"
    r"|became|becomes)\s+$")


def _complement_said(raw: str, before: str, q: Quote) -> bool:
    """The quotation completes a reported clause and ends its sentence.

    In "said that the wine had been “purely medical.”" the two words are the
    end of what was said; in 'said he loved the "idol" system' the word is
    held at arm's length inside the writer's own sentence.
    """
    after = raw[q.end + len(q.close) : q.end + len(q.close) + 1]
    ends = bool(re.search(r"[.!?]$", raw[q.start : q.end])) or after in (".", "!", "?")
    return ends and bool(_LINKING_BEFORE.search(before))


def _called_thing(before: str) -> re.Match[str] | None:
    """The "call" of :data:`_CALLED_THING` ending ``before``, or None."""
    found = _CALLED_THING.search(before)
    if found is None or found.group("rest") or _RELATIVE_CALLER.search(
            before, 0, found.start("verb")):
        return found
    return None


#: A word of a description: not a function word that starts a clause or phrase ("a word
#: both of them now say" is no speaker).
_DESCRIPTION_WORD = (
    r"(?!(?:that|which|who|whom|whose|as|both|it|its|now|then|and|or|but|to|in|on"
    r"|at|for|with|by|from|is|was|were|are)\b)[\w’'&.-]+"
)
#: A description right after a quotation, one pattern per number of words after the
#: article (shortest first): "the singer", "the Romanian actress", "a longtime shop owner".
_DESCRIPTIONS_AFTER = tuple(
    re.compile(rf"\s*,?\s*(?P<d>(?:[Tt]he|[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+"
               rf"(?:{_DESCRIPTION_WORD}\s+){{{n}}}{_DESCRIPTION_WORD})\s+(?:\w+ly\s+)?(?=\S)")
    for n in range(5)
)
#: A description right after a verb that follows a quotation, up to a comma, a full stop
#: or a relative or prepositional phrase: "said the person, who …", "said a spokesperson for …".
_DESCRIPTION_AFTER_VERB = re.compile(
    r"\s+(?P<d>(?:[Tt]he|[Aa]|[Aa]n|[Oo]ne|[Aa]nother|(?P<own>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur))"
    r"\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)(?=\s*(?:[,.;:!?]|$)|\s+(?:who|for|at|of|with|in|from|close)\b)"
)
#: A noun that names the quotation after it as words, not someone's speech: 'the word
#: “binge”', 'the phrase “quiet luxury”', 'a term like “elevated horror”'.
_WORD_NAMED = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:(?:very|same|single|old|new|dreaded"
    r"|magic|buzz)\s+)?(?:word|term|phrase|expression|catchphrase|slogan|tagline"
    r"|hashtag|label|buzzword)(?:\s+(?:like|such\s+as))?\s*[,:]?\s*[“‘\"']$",
    re.IGNORECASE,
)
#: A lower-case word that may be a noun (not a conjunction, preposition or verb of speech).
_NOUN_WORD = r"(?!(?:and|or|but|to|of|in|on|at|with|for|said|says|told|added)\b)[a-z][\w’'-]*"
#: A possessive description right after a quotation, before its verb: "his daughter said".
_POSSESSIVE_AFTER = re.compile(
    rf"\s*,?\s*(?P<d>(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:{_NOUN_WORD}\s+){{0,2}}?"
    rf"{_NOUN_WORD})\s+(?:\w+ly\s+)?(?=\S)"
)
#: A possessive description set before a name with a comma: "His daughter, Ilse Varga, …".
_OWNED_BEFORE = re.compile(
    rf"\b(?P<det>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>(?:{_NOUN_WORD}\s+){{0,2}}?{_NOUN_WORD}),\s+$"
)
#: Auxiliaries and adverbs between a subject and its speech verb ("would always", "used to").
_CHAIN = (
    r"(?:(?:would|will|could|can|should|might|must|did|does|do|[’']d|[’']ll|was|were|is|are"
    r"|am|be|been|has|have|had|used\s+to|had\s+to|has\s+to|have\s+to|going\s+to|gonna"
    r"|got\s+to|gotta|always|just|finally|then|also|once|never|still|often|sometimes|even"
    r"|actually|really|usually|kept|keeps|[a-z]+ly)\s+)*"
)
#: A lower-case word that may be a noun (not a conjunction or preposition).
_NOUN = r"(?!(?:and|or|but|then|to|as|so|if|when|that|who|in|on|at|of|for|with)\b)[a-z][\w’'-]*"
#: The noun after a possessive ("my dad", "your real dad").
_NOUN_AFTER = re.compile(rf"\s+((?:{_NOUN}\s+){{0,2}}{_NOUN})?")
#: A subject before a speech verb that names no one: "they’re like", "people were gonna
#: say", "… who told me", "My mother used to say" (a possessive opening its clause: in
#: "thanked his mom and then said" the speaker is whoever thanked her).
_UNNAMED_SUBJECT = re.compile(
    rf"(?:(?P<who>\bwho)\s+{_CHAIN}(?:(?:[a-z][\w’'-]*\s+){{1,6}}?and\s+)?"
    r"|\b(?P<plural>[Tt]hey|[Pp]eople|[Ee]veryone|[Ee]verybody|[Ss]omeone|[Ss]omebody"
    r"|[Nn]obody|[Nn]o one|[Ff]ans|[Cc]ritics|[Ff]riends|[Kk]ids|[Ff]olks|[Oo]thers"
    r"|[Rr]eporters|[Pp]arents)\s*"
    r"|(?:^\s*(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen)\s+)?|[.!?;:—–(]\s*|,\s*(?:(?:and|but|so|then)\s+)?)"
    r"(?P<poss>(?P<det>[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+"
    rf"(?P<noun>(?:{_NOUN}\s+){{0,2}}?{_NOUN}))\s+{_CHAIN}"
    rf"(?:(?:[a-z][\w’'-]*\s+){{1,6}}?and\s+)?){_CHAIN}$"
)
#: A description opening a clause in someone's speech, then what they did and the speech
#: verb: "A tutor would come over and go", "The script supervisor had to lean over and tell me",
#: "Every morning the driver would point and say".
_SPEECH_DESCRIPTION = re.compile(
    r"(?:^\s*|[.!?,;:—–]\s+|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen)\s+"
    r"|\b(?:[Ee]very|[Ee]ach|[Oo]ne|[Tt]hat|[Ss]ome)\s+(?:morning|day|night|evening|time|week)\s+)"
    r"(?P<d>(?:[Tt]he|[Aa]|[Aa]n|[Tt]his|[Tt]hat)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)"
    rf"\s+{_CHAIN}(?:(?:[a-z][\w’'-]*\s+){{1,6}}?and\s+{_CHAIN})?$"
)
#: Relatives the text leaves unnamed, with the gender of the pronoun that may mean them.
_KIN_GENDER = {
    "mother": "female", "mom": "female", "mum": "female", "wife": "female",
    "sister": "female", "daughter": "female", "grandmother": "female", "grandma": "female",
    "aunt": "female", "girlfriend": "female", "father": "male", "dad": "male",
    "husband": "male", "brother": "male", "son": "male", "grandfather": "male",
    "grandpa": "male", "uncle": "male", "boyfriend": "male",
}
_RELATIVE = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:(?:late|own|older|younger|eldest|little"
    r"|big|teenage|adult)\s+)?(?P<kin>" + "|".join(_KIN_GENDER) + r")\b"
)
#: Verbs that make a person not in the people file an antecedent: they speak.
_SAYS = re.compile(
    r"^(?:\S+\s+){0,14}?(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls"
    r"|noted|notes|asked|replied|wrote|writes|stated|insisted|admitted|admits|joked|jokes)\b"
)
#: Jobs and titles that, right before a name, make it a person's ("Mayor Luisa Carranza").
_ROLES = (
    r"[Mm]ayor|[Dd]irector|[Ff]ilmmaker|[Pp]roducer|[Ww]riter|[Aa]rtist|[Pp]ainter"
    r"|[Pp]hotographer|[Tt]eacher|[Pp]rincipal|[Pp]rofessor|[Cc]oach|[Pp]resident|CEO|[Cc]hair"
    r"|[Cc]hairman|[Cc]hairwoman|[Ee]xecutive|[Ff]ounder|[Oo]wner|[Hh]ost|[Cc]ritic|[Aa]ctor"
    r"|[Aa]ctress|[Ss]inger|[Rr]apper|[Dd]rummer|[Cc]omposer|[Cc]hef|[Ss]enator|[Gg]overnor"
    r"|[Ss]pokes(?:man|woman|person)|[Cc]inematographer|[Ee]ditor|[Mm]anager|[Aa]gent"
    r"|[Bb]arber|[Dd]ancer|[Cc]horeographer|[Ss]tudent|[Mm]usician|[Cc]omedian"
    r"|[Mm]other|[Ff]ather|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Ss]ister|[Bb]rother"
    r"|[Gg]randmother|[Gg]randfather|[Aa]unt|[Uu]ncle|[Cc]ousin|[Pp]artner|[Ff]riend"
    r"|[Cc]olleague|[Cc]o-?star|[Nn]eighbou?r|[Cc]hief|[Hh]ead|[Bb]oss|[Aa]nalyst|[Ll]awyer"
    r"|[Aa]ttorney|[Oo]fficer|[Oo]fficial|[Cc]urator|[Pp]rogrammer|[Pp]romoter|[Dd]esigner"
    r"|[Ss]tylist|[Aa]ssistant|[Cc]oordinator|[Ss]upervisor|[Oo]rgani[sz]er|\d+-year-old"
)
_ROLE_BEFORE = re.compile(rf"(?:\b(?:{_ROLES}),?|\b[Dd]r\.|\bMrs?\.|\bMs\.)\s+$")
#: A sentence that opens with a person described, right after one that names someone: "…
#: was Dana Pike. The retired school nurse had …" ("the film", "the venue" describe no one).
_PERSON_NOUN = (
    rf"(?:{_ROLES}|[Nn]urse|[Vv]eteran|[Rr]esident|[Rr]etiree|[Gg]raduate|[Nn]ative"
    r"|[Ww]idow(?:er)?|[Tt]eenager|[Vv]olunteer|[Pp]ilot|[Dd]river|[Ww]orker|[Pp]layer|[Ff]armer"
    r"|[Dd]octor|[Pp]astor|[Ff]an|[Ss]ource|[Ii]nsider|[Rr]eader|[Vv]iewer|[Rr]egular|[Pp]atron"
    r"|[Jj]uror|[Uu]sher|[Ww]itness|[Mm]ember|[Ee]mployee|[Ss]taffer|[Pp]arent|[Gg]uest"
    r"|[Cc]ustomer|[Pp]assenger|[Aa]ttendee|[Oo]nlooker|[Ll]ocal"
    r"|[a-z]*(?:man|woman|ist|ian|person|hand))"
)
_DESCRIBED_NEXT = re.compile(
    rf"\s*[Tt]he\s+(?:[\w-]+\s+){{0,3}}?{_PERSON_NOUN}\b(?![\w-])(?!\s+of\b)"
)
#: A person's description set after a name: ", a Taipei-born production designer".
_PERSON_APPOSED = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSON_NOUN}\b(?![\w-])")
#: Someone unnamed who opens a sentence as its subject: "One producer on the film, …",
#: "A longtime usher …", "Another fan".
_UNNAMED_OPENER = re.compile(
    rf"[“‘\"']?(?:An?|One|Another)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PERSON_NOUN}\b(?![\w’'-])"
)
#: The job a name is given: "The barber, Sal Petrakis", "local artist Daniel Rubio".
_ROLE_NAMED_BEFORE = re.compile(rf"(?:\b[Tt]he\s+(?P<a>[a-z][\w-]*),\s+|\b(?P<b>{_ROLES}),?\s+)$")
#: ", who directed the production": what the person does, as a job.
_DOERS = {"directed": "director", "directs": "director", "produced": "producer",
          "produces": "producer", "wrote": "writer", "writes": "writer", "co-wrote": "writer",
          "sang": "singer", "sings": "singer", "painted": "painter", "paints": "painter",
          "photographed": "photographer", "choreographed": "choreographer",
          "taught": "teacher", "teaches": "teacher", "coached": "coach", "coaches": "coach",
          "founded": "founder", "drums": "drummer", "raps": "rapper", "written": "writer",
          "co-written": "writer"}
#: "written and directed by …": the jobs of the person named next.
_DONE_BY = re.compile(r"\b(?P<v>(?:(?:written|co-written|produced)\s+and\s+)?(?:directed|produced"
                      r"|written|co-written|photographed|choreographed))\s+by\s+$")
_WHO_DID = re.compile(r",?\s+who\s+(?:also\s+|has\s+|had\s+)?(?P<v>" + "|".join(_DOERS) + r")\b")
#: "Rae Lund, the rapper …": up to three words of an appositive after a name.
_ROLE_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?P<r>[a-z][\w-]*(?:\s+(?!of\b|at\b|for\b|who\b|on\b|in\b)"
    r"[a-z][\w-]*){0,2})"
)
#: A lower-case noun and a comma right before a name: an appositive ("… chief, Rob Kessler").
_APPOSED = re.compile(r"\b([a-z][\w-]*),\s+$")
#: Nouns of works, whose appositives are titles, not people.
_WORKS = frozenset([
    "film", "movie", "album", "song", "show", "series", "book", "play", "documentary", "record",
    "single", "track", "feature", "ep", "novel", "musical", "short", "sequel", "soundtrack",
    "podcast", "episode", "label", "company", "studio", "band", "group", "festival",
])
#: ", who …" after a name: a person is being described.
_WHO_AFTER = re.compile(r",?\s+who\b")
#: An actor given a part: "Eve Marr as Dot", "Eve Marr plays …", "played by Eve Marr".
_PLAYS_AFTER = re.compile(r",?\s+(?:as\s+[A-Z][a-z]|(?:plays|played|portrays|voices)\b)")
_PLAYED_BY = re.compile(r"\b(?:played|portrayed|voiced)\s+(?:[\w-]+\s+){0,3}?by\s+$")
#: Nouns of people a text leaves unnamed on purpose.
_ANONYMOUS = frozenset(
    ["source", "sources", "insider", "insiders", "spokesperson", "spokeswoman", "spokesman",
     "representative", "rep", "publicist", "witness", "attendee", "onlooker", "fan", "fans",
     "friend", "viewer", "reader", "commenter", "user", "poster", "person", "people"]
)
#: Nouns of organisations: "the studio said" is someone unnamed speaking for it.
_ORGANISATIONS = frozenset(
    ["distributor", "distributors", "studio", "company", "network", "streamer", "label",
     "festival", "publisher", "agency"]
)
#: Family words that give a gender, right before a name or the actor playing the part
#: ("her widowed father, Abel", "his son, Pip (Rae Lund)").
_FEMALE_KIN = frozenset(["mother", "mom", "sister", "daughter", "wife", "aunt", "grandmother",
                         "niece", "widow", "granddaughter", "girlfriend", "stepdaughter"])
_KIN_BEFORE = re.compile(
    r"\b(father|dad|brother|son|husband|uncle|grandfather|nephew|widower|grandson|boyfriend"
    r"|stepson|"
    + "|".join(sorted(_FEMALE_KIN)) + r"),?\s+(?:[A-Z][\w’'-]+\s*\(\s*)?$", re.IGNORECASE)
#: The genders a third-person pronoun selects.
_GENDERS = tuple(dict.fromkeys(PRONOUN_GENDER.values()))
_OBJECT_CASE = frozenset(["me", "us", "him", "her", "them"])
_POSSESSIVES = frozenset(["my", "our", "your", "his", "its", "their"])
_DEFINITE = re.compile(r"[Tt]he\s")
_INDEFINITE = re.compile(r"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome)\s")
#: An indefinite owner inside a description: "the critic of one Italian daily".
_OF_UNNAMED = re.compile(r"\bof\s+(?:a|an|one|another|some)\s")
#: "according to Moss, " or "According to Moss, Lund " (whose habit she describes) before
#: a quotation: Moss's words.
_ACCORDING_TO = re.compile(
    r"\b[Aa]ccording to\b[^,;:!?“”\"]*(?:,\s*(?:[\w’'-]+\s+){0,3})?\s*$")
_SENTENCE_START = re.compile(r"(?:(?:And|But|So|Then|Now|Still|Yet)\s+)?$")
#: Where a clause with a subject of its own may start inside a sentence (a quotation may
#: close before the comma: 'asked whether it was “about today,” and Moss paused').
_CLAUSE_BREAK = re.compile(r"(?:[;:]|,[”’\"]?\s+(?:and|but|so|while|yet|whereas)|\s[—–])\s+")
#: A phrase fronted before a sentence's subject: "Before acting, ", "In real life ".
_FRONTED = re.compile(
    r"(?:[^,;:“”\"]{1,60},\s+|(?:In|On|At|After|Before|During|For|With|Since|By|Later"
    r"|Afterwards?|Today|Now|Then|Once|Still)\s+(?:[\w’'-]+\s+){0,3})$"
)
#: A description of the subject, then its job, before the name set off by commas: "the
#: moderator, festival programmer " (Lotte Weiss, cut in).
_APPOSED_SUBJECT = re.compile(
    r"(?:^|(?<=,\s))(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?"
    r"[a-z][\w-]*,\s+(?:[a-z][\w-]*\s+){0,3}$"
)
_BRACKET = re.compile(r"\s*\[")
#: Pronouns of one person of one gender.
#: "her" before a noun is a possessive ("her own account", "her son"), not an object: a word
#: other than a determiner, preposition, conjunction or particle follows it.
_POSSESSIVE_HER = re.compile(
    r"\s+(?!(?:the|a|an|this|that|these|those|to|and|or|but|in|on|at|for|with|from|by|up"
    r"|out|down|back|off|away|about|as|so|if|when|how|what|why|again|too|once|over|into"
    r"|onto|through|around|is|was|had|has)\b)[a-z][\w’'-]*")
#: What follows an object pronoun before a speech verb whose subject is someone else: "me
#: and said", "me to say", "me a message that just said".
_PAST_OBJECT = re.compile(
    r"\s+(?:(?:\w+\s+){0,3}(?:and|to)|(?:a|an|the|this|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:that|which))\s+")
_THIRD_PERSON_SINGULAR = frozenset(["he", "she", "him", "her", "his"])
#: A subordinate clause opening a sentence, up to the main clause: "When Eli asks why, ".
_FRONTED_SUBORDINATE = re.compile(
    r"[“‘\"']?(?:When|As|While|After|Before|Until|Once|If)\s[^.;:!?“”\"]{1,160},\s+")


@functools.lru_cache(maxsize=1024)
def _nominal_patterns(nominals: tuple[str, ...]) -> tuple[NominalPattern, ...]:
    return tuple(NominalPattern(p) for p in nominals)


@functools.lru_cache(maxsize=8192)
def _describes(nominals: tuple[str, ...], phrase: str) -> bool:
    """Whether one of these descriptions of the people file matches the whole ``phrase``.

    Asked again and again with the same few phrases ("the director", "Ada
    Moss's son"), so the answers are kept.
    """
    return any((0, len(phrase)) in set(p.spans(phrase)) for p in _nominal_patterns(nominals))


@dataclass
class Quote:
    """A quotation or Q&A turn; offsets are absolute."""

    start: int
    end: int
    open: str
    close: str
    paragraph: int
    kind: str = ""
    speaker: str = ""
    cue: str = ""
    parent: int = -1
    depth: int = 0


@dataclass
class _Entry:
    entity: str
    sentence: int
    paragraph: int
    character: str = ""
    kind: str = ""
    #: The mention opens its clause: the subject of its sentence.
    subject: bool = False
    #: Where the mention starts.
    pos: int = -1


#: Kinds of entry a pronoun that tags speech looks for, in order (None: any kind).
_TAG_KINDS: tuple[tuple[str, ...] | None, ...] = (("name", "speaker"), ("pronoun",), None)


class _Sentence:
    """The entries of one sentence in an :class:`_Antecedents` list, summarised.

    ``first`` maps each entity, in the order they first appear, to the
    character of that first entry; ``last`` maps each of ``_TAG_KINDS`` to
    its last entry and the last before it that names someone else;
    ``entries`` are the sentence's entries in order (a sentence holds few).
    """

    __slots__ = ("entries", "first", "last")

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.last: dict[tuple[str, ...] | None, tuple[_Entry, _Entry | None]] = {}
        self.entries: list[_Entry] = []

    def subject(self, but: str, exclude: frozenset[str] = frozenset()) -> _Entry | None:
        """The subject of the sentence's last clause that has one.

        None if there is none, or if it is ``but`` or one of ``exclude``.
        """
        for e in reversed(self.entries):
            if e.subject:
                return e if e.entity != but and e.entity not in exclude else None
        return None

    def add(self, e: _Entry) -> None:
        self.entries.append(e)
        self.first.setdefault(e.entity, e.character)
        for kinds in _TAG_KINDS:
            if kinds is None or e.kind in kinds:
                last = self.last.get(kinds)
                if last is None:
                    self.last[kinds] = (e, None)
                else:
                    self.last[kinds] = (e, last[0] if last[0].entity != e.entity else last[1])

    def last_of(
        self, kinds: tuple[str, ...] | None, but: str, exclude: frozenset[str] = frozenset()
    ) -> _Entry | None:
        """The last entry of ``kinds`` whose entity is not ``but`` nor one of ``exclude``."""
        if exclude:
            return next((e for e in reversed(self.entries)
                         if (kinds is None or e.kind in kinds) and e.entity != but
                         and e.entity not in exclude), None)
        last = self.last.get(kinds)
        if last is None:
            return None
        return last[0] if last[0].entity != but else last[1]


class _Antecedents:
    """The entries of one scope a pronoun of one gender may mean, in reading order.

    Kept as they come, so that a pronoun finds its antecedent without
    filtering the whole history: ``other[i]`` is the index of the last entry
    before ``i`` naming someone other than entry ``i`` (-1 if none), so the
    last entry not naming the speaker is one step away; ``sentences`` holds
    each sentence's entries summarised (:class:`_Sentence`).
    """

    __slots__ = ("entries", "other", "sentences")

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.other: list[int] = []
        self.sentences: dict[int, _Sentence] = {}

    def add(self, e: _Entry) -> None:
        if not self.entries:
            self.other.append(-1)
        elif self.entries[-1].entity != e.entity:
            self.other.append(len(self.entries) - 1)
        else:
            self.other.append(self.other[-1])
        self.entries.append(e)
        self.sentences.setdefault(e.sentence, _Sentence()).add(e)

    def last(
        self, but: str, sentence: int | None = None, local: str = "",
        exclude: frozenset[str] = frozenset(),
    ) -> _Entry | None:
        """The last entry not naming ``but``, ``local`` in ``sentence``, or one of ``exclude``."""
        i = len(self.entries) - 1
        while i >= 0:
            e = self.entries[i]
            if e.entity == but:
                i = self.other[i]
            elif (e.sentence == sentence and e.entity == local) or e.entity in exclude:
                i -= 1
            else:
                return e
        return None


@dataclass
class _State:
    #: (scope, gender) to the entries a pronoun of that gender may mean there.
    history: dict[tuple[str, str], _Antecedents] = field(default_factory=dict)
    last_speaker: str = ""


def _scope(quotes: list[Quote], stack: list[int]) -> tuple[str, str]:
    """(scope key, speaker) of the innermost speech quotation on ``stack``."""
    for qi in reversed(stack):
        q = quotes[qi]
        if q.kind in SPEECH_KINDS:
            return ("qa" if q.kind == "turn" else q.speaker), q.speaker
    return "narration", ""


class _Article:
    """The per-article context the pass needs, with offset look-ups."""

    def __init__(
        self,
        raw: str,
        paragraphs: Sequence,
        sentences: Sequence[tuple[int, int]],
        people: People,
        interviewee: str,
        mentions: Sequence[Mention] = (),
        interviewers: Sequence[str] = (),
    ) -> None:
        self.raw = raw
        self.interviewers = tuple(n for n in interviewers if n.strip())
        self._labels: dict[str, set[str]] | None = None
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.text_starts = [p.start for p in paragraphs if p.role in ARTICLE_TEXT_ROLES]
        self.people = people
        self.interviewee = interviewee
        self.mentions = list(mentions)
        self._mention_starts = [m.start for m in self.mentions]
        self._mentions_sorted = all(
            a <= b for a, b in zip(self._mention_starts, self._mention_starts[1:], strict=False)
        )

    def mentions_from(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``lo:hi``, in their order (a bisection, not a scan)."""
        if not self._mentions_sorted:
            return [m for m in self.mentions if lo <= m.start < hi]
        starts = self._mention_starts
        return self.mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def mentions_within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions inside ``lo:hi`` (start and end), in their order."""
        return [m for m in self.mentions_from(lo, hi + 1) if m.end <= hi]

    def label_target(self, label: str) -> str:
        """The one person a Q&A label stands for by initials or surname, or "".

        "AM" or "MOSS" is Ada Moss when the article names her (in full, or
        by a name the people file gives); "RO" or "FP" is the interviewer when
        those are the initials of the writer or the outlet.
        """
        if self._labels is None:
            self._labels = {}
            names: list[tuple[str, str]] = [(n, "interviewer") for n in self.interviewers]
            ids = set(self.people.ids)
            named = dict.fromkeys(m.entity for m in self.mentions if m.entity)
            for pid in named:
                if pid in ids:
                    person = self.people[pid]
                    names += [(n, pid) for n in (person.name, *person.aliases)]
            names += [(m.surface, m.entity) for m in self.mentions
                      if m.type == "other" and m.entity and " " in m.surface]
            for name, target in names:
                for key in _label_keys(name):
                    self._labels.setdefault(key, set()).add(target)
        targets = self._labels.get(re.sub(r"[\s.]+", "", label).casefold(), set())
        return next(iter(targets)) if len(targets) == 1 else ""

    def opens_clause(self, pos: int) -> bool:
        """The mention at ``pos`` is the subject of its clause.

        Nothing but a conjunction ("And he …"), a fronted phrase naming no
        one ("Before acting, he …", "In real life he …") or a description set
        before the name ("the moderator, festival programmer Lotte Weiss, …")
        comes between it and the start of its sentence or of a clause joined
        to it (", and his son …", "; she …").
        """
        start = self.sentence_start(pos)
        joined = list(_CLAUSE_BREAK.finditer(self.raw, start, pos))
        if joined:
            start = joined[-1].end()
        lead = self.raw[start:pos].lstrip("“‘\"'(")
        if _SENTENCE_START.match(lead):
            return True
        if _FRONTED_SUBORDINATE.fullmatch(lead):  # "When Pip asks Kip, he …"
            return True
        apposed = _APPOSED_SUBJECT.search(lead)
        if apposed and (not apposed.start() or _FRONTED_SUBORDINATE.fullmatch(
                lead, 0, apposed.start())) and all(
                    m.type == "pronoun" for m in self.mentions_from(start, pos)):
            return True  # "the moderator, festival programmer Lotte Weiss, cut in"
        return bool(_FRONTED.match(lead)) and not self.mentions_from(start, pos)

    def sentence_of(self, pos: int) -> int:
        i = bisect_right(self.sentence_starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i][1] else -1

    def sentence_start(self, pos: int) -> int:
        i = self.sentence_of(pos)
        return self.sentences[i][0] if i >= 0 else pos


def _turn_speaker(
    art: _Article, p, previous: tuple[str, str] | None, head=None, turns: Sequence = ()
) -> tuple[str, str]:
    """Speaker and cue of a Q&A line, honouring a "Name:" label at its start.

    ``previous`` is the (role, speaker) of the Q&A line before it: an
    unlabelled answer after an answer continues that answer's speaker.
    ``head`` is the paragraph above it when that is a byline: a speaker's
    label alone on its line ("Ada Moss (00:01:12):") names who answers.
    ``turns`` are the (role, speaker, paragraph) of the Q&A lines before it.
    """
    if p.role == "question":
        label = label_of(p.text)
        cue = "Q&A question" + (f", labelled {label[0]!r}" if label else "")
        return "interviewer", cue
    default = art.interviewee or "unknown"
    label = label_of(p.text)
    if label is None:
        if turns and (guest := _chevron_guest(art, p, turns)):
            return guest, "Q&A answer, a new speaker (\">>\")"
        if head is not None and (words := speaker_line(head.text)):
            entity = _label_entity(art, words, head.start, head.end)
            return entity or default, f"Q&A answer, under the speaker line {words!r}"
        if previous is not None and previous[0] == "answer" and previous[1] != default:
            return previous[1], "Q&A answer continues"
        return default, "Q&A answer"
    key, end = label
    if key == "a":
        return default, "Q&A answer, labelled 'A'"
    words = label_words(p.text)
    if _UNNAMED_LABEL.match(words):
        return "unknown", f"Q&A answer, labelled {words!r}"
    entity = _label_entity(art, words, p.start, p.start + end)
    return entity or default, f"Q&A answer, labelled {words!r}"


#: A transcript's label for a voice it cannot name: "UNIDENTIFIED MALE", "Unknown Speaker".
_UNNAMED_LABEL = re.compile(r"(?:UNIDENTIFIED|UNKNOWN)\b", re.IGNORECASE)


def _chevron_guest(art: _Article, p, turns: Sequence) -> str:
    """Who speaks on an unlabelled ">>" answer: one of the guests labelled before it, or "".

    ">>" marks a change of speaker. After a question, the guest it names
    answers, else the guest who spoke last; after a guest, the other guest
    who spoke most recently. Unnamed voices ("UNIDENTIFIED MALE:") take no part.
    """
    if not p.text.startswith(">>"):
        return ""
    said = next((t for t in reversed(turns) if t[1] != "unknown"), None)
    guests = (who for role, who, _ in reversed(turns) if role == "answer" and who != "unknown")
    if said is None:
        return ""
    role, last, q = said
    if role == "question":
        for m in art.mentions_within(q.start, q.end):
            if m.entity and any(who == m.entity and r == "answer" for r, who, _ in turns):
                return m.entity
        return next(guests, "")
    return next((g for g in guests if g != last), "")


def _label_entity(art: _Article, words: str, start: int, end: int) -> str:
    """The person a speaker label (``words``, spanning ``start``–``end``) names, or ""."""
    named = [m for m in art.mentions_from(start, end) if m.entity]
    entity = named[0].entity if named else _label_person(words, art.people)
    entity = entity or art.label_target(words)
    if not entity and re.fullmatch(r"[A-Z.][\w.’'-]*(?:\s+[A-Z.][\w.’'-]*){1,3}", words):
        entity = snake_id(words)
    return entity


@functools.lru_cache(maxsize=4096)
def _plain_words(text: str) -> str:
    """Words of ``text`` in lower case, without punctuation, one space apart."""
    return " ".join(re.sub(r"[^\w\s’']", " ", text).casefold().split())


def _label_keys(name: str) -> set[str]:
    """What a Q&A label made from ``name`` may read: its initials, its surname.

    "Jo “Flint” Lund" gives "jl" and "lund"; "Ada .Moss" "am" and "moss";
    "The Draft Page" "dp" and "tdp"; a one-word name nothing.
    """
    bare = re.sub(r"[“\"‘][^”\"’]*[”\"’]", " ", name)
    words = re.findall(r"[A-Z][\w’'-]*", bare)
    if len(words) < 2:
        return set()
    keys = {"".join(w[0] for w in words).casefold(), words[-1].casefold()}
    if words[0] == "The":
        keys.add("".join(w[0] for w in words[1:]).casefold())
    return keys


def _label_person(label: str, people: People) -> str:
    """Person whose alias a speaker label spells in any case ("ADA MOSS")."""
    key = label.strip(" *_").casefold()
    for person in people.persons:
        if any(alias.casefold() == key for alias in person.aliases):
            return person.id
    return ""


def _build_quotes(art: _Article, spans: dict[int, list[QuoteSpan]]) -> list[Quote]:
    """Turns and quotation spans, sorted outer first, with parents and depths."""
    quotes = []
    previous = None
    turns: list[tuple] = []
    for i, p in enumerate(art.paragraphs):
        if p.role in ("question", "answer"):
            above = art.paragraphs[i - 1] if i else None
            head = above if above is not None and above.role == "byline" else None
            speaker, cue = _turn_speaker(art, p, previous, head, turns)
            start = p.start
            asked = lead_question(p.text) if p.role == "answer" else None
            if asked is not None:  # "**Why?** Because …": the question, then the answer
                quotes.append(Quote(p.start + asked[0], p.start + asked[1], "", "", i,
                                    kind="turn", speaker="interviewer",
                                    cue="Q&A question, styled, opening its answer's line"))
                start = p.start + asked[2]
            quotes.append(Quote(start, p.end, "", "", i, kind="turn", speaker=speaker, cue=cue))
            previous = (p.role, speaker)
            turns.append((p.role, speaker, p))
        elif p.role in ARTICLE_TEXT_ROLES:
            previous = None
    for i, found in spans.items():
        base = art.paragraphs[i].start
        quotes += [Quote(base + s.start, base + s.end, s.open, s.close, i) for s in found]
    quotes.sort(key=lambda q: (q.start, -q.end))
    stack: list[int] = []
    for qi, q in enumerate(quotes):
        while stack and not (quotes[stack[-1]].start <= q.start and q.end <= quotes[stack[-1]].end):
            stack.pop()
        q.parent = stack[-1] if stack else -1
        q.depth = len(stack)
        stack.append(qi)
    return quotes


def _sibling_bounds(quotes: list[Quote]) -> list[tuple[int | None, int | None]]:
    """For each quotation, where its siblings before it end and those after it begin.

    Siblings share the paragraph and the parent. The first number is the
    largest ``end + len(close)`` of the siblings ending before the quotation
    starts, the second the smallest ``start - len(open)`` of those starting after
    it ends (None where there are none). Quotations nest, so siblings do not
    overlap: those ending before a quotation are the ones before it in
    ``quotes``, and one pass each way over each family gives every bound.
    """
    families: dict[tuple[int, int], list[int]] = {}
    for qi, q in enumerate(quotes):
        families.setdefault((q.paragraph, q.parent), []).append(qi)
    bounds: list[tuple[int | None, int | None]] = [(None, None)] * len(quotes)
    for family in families.values():
        ends: list[int | None] = []
        best: int | None = None
        for qi in family:
            ends.append(best)
            q = quotes[qi]
            best = q.end + len(q.close) if best is None else max(best, q.end + len(q.close))
        best = None
        for k in range(len(family) - 1, -1, -1):
            q = quotes[family[k]]
            bounds[family[k]] = (ends[k], best)
            best = q.start - len(q.open) if best is None else min(best, q.start - len(q.open))
    return bounds


def _windows(
    art: _Article, quotes: list[Quote], qi: int, bounds: tuple[int | None, int | None]
) -> tuple[int, int, int, int]:
    """Offsets of the text just before and just after quotation ``qi``, within its sentence.

    ``bounds`` are the quotation's sibling bounds (see :func:`_sibling_bounds`).
    """
    q = quotes[qi]
    par = art.paragraphs[q.paragraph]
    lo = par.start if q.parent < 0 else quotes[q.parent].start
    hi = par.end if q.parent < 0 else quotes[q.parent].end
    if bounds[0] is not None:
        lo = max(lo, bounds[0])
    if bounds[1] is not None:
        hi = min(hi, bounds[1])
    open_at = q.start - len(q.open)
    before = art.raw[lo:open_at]
    last_stop = max((m.end() for m in re.finditer(r"[.!?…][”’\"')\]]*\s", before)), default=0)
    lo += last_stop
    after_start = q.end + len(q.close)
    after = art.raw[after_start:hi]
    stop = re.search(r"[.!?…](?:\s|$)", after)
    return lo, open_at, after_start, after_start + (stop.start() if stop else len(after))


_THAT = re.compile(r"\s+that\b")
#: A reported clause opening right after a speech verb: "said that", "said he owed".
_CLAUSE_AFTER = re.compile(r"\s+(?:that|he|she|they|we|I)\s")
#: A name in the possessive ("Bell’s mother"): not the subject of its clause.
_POSSESSIVE = re.compile(r"\S*?[\w.][’']s?\s")
#: A subordinate clause's opening word, right before its subject ("when Tae Young …").
_CLAUSE_OPENER = re.compile(r"\b(?:[Ww]hen|[Aa]s|[Ww]hile|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce"
                            r"|[Ii]f|[Bb]ecause|[Ss]ince)\s+$")
#: A tag set off by commas earlier in the quotation's sentence: ", he says, a list of …".
_ASIDE_TAG = re.compile(
    r",\s+(?P<who>[\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:says|said|adds|added|notes"
    r"|noted|admits|admitted|jokes|joked),\s+[^.!?;:“”\"]{0,120}$"
)
#: A relative clause under way: ", who grew up in …" with no comma closing it yet.
_WHO_BEFORE = re.compile(r",\s+who\s[^,;:.!?“”\"]*$")
#: "said on the film's press tour that the two “…”": speech reported, then quoted.
_REPORTED = re.compile(
    rf"\b(?P<verb>{SPEECH_VERBS})\b(?:(?:\s+[^\s,:;.!?“”\"]+){{0,8}}?\s+that)?\s+"
    r"(?:[\w’'-]+\s+){1,14}$",
    re.IGNORECASE,
)
#: The same, with a longer clause, for a quotation that completes it (:func:`_complement_said`).
_REPORTED_LONG = re.compile(
    rf"\b(?P<verb>{SPEECH_VERBS})\b(?:(?:\s+[^\s,:;.!?“”\"]+){{0,8}}?\s+that)?\s+"
    r"(?:[\w’'-]+\s+){1,16}$",
    re.IGNORECASE,
)
#: An aside between dashes right before a speech verb ("Yvette — she plays my grandma — told"),
#: or a phrase of circumstance between commas ("Moss, in a statement from the studio, said").
_DASH_ASIDE = re.compile(
    rf"(?:\s[—–]\s[^—–.!?;:“”\"]{{1,120}}?\s[—–]|,\s(?:in|on|at|during|after|before|via"
    rf"|through|from|speaking|writing)\s[^,.!?;:“”\"]{{1,80}}?,)\s+{_CHAIN}$")
#: Auxiliaries and adverbs ending a window, before its speech verb ("has ", "would always ").
_TRAILING_CHAIN = re.compile(rf"(?<!\S){_CHAIN}$")
#: A capitalised word opening its clause, right before ``end``.
_GIVEN_NAME = re.compile(
    r"(?:(?<![^\n])|[.!?:;]\s+|\b(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)(?P<w>[A-Z][a-z][\w’'-]*)\s*$")
_TITLE_COLON = re.compile(r"\b(?:title|titled|name|named|called)\s*:\s*$", re.IGNORECASE)


def _sentence_subject(art: _Article, quotes: list[Quote], qi: int, verb_at: int) -> Mention | None:
    """The subject of the speech verb at ``verb_at``, looked for back to its sentence's start.

    Past quotations and a relative clause: "Ada Cole, who named her shop “Odds” after
    it, said in a statement that she was “…”", "Cole called that “…” and said the two
    would talk it over “…”", "The mayor has said in interviews that she wanted “…”":
    the subject of the speech verb speaks. None where a clause with a subject of its
    own comes between.
    """
    start = max(art.sentence_start(verb_at), verb_at - 400)
    if quotes[qi].parent >= 0:  # nested: the subject is inside the quotation holding it
        start = max(start, quotes[quotes[qi].parent].start)
    quoted = []
    for j in range(qi - 1, -1, -1):
        if quotes[j].start < start:
            break
        if quotes[j].end <= verb_at:  # closed before the verb: not a quotation holding it
            quoted.append((quotes[j].start, quotes[j].end))
    for m in reversed(art.mentions_within(start, verb_at)):
        if (m.type not in ("name", "other", "nominal", "pronoun")
                or m.surface.lower() in _OBJECT_CASE or m.surface.lower() in _POSSESSIVES
                or _POSSESSIVE.match(art.raw, m.start) and m.type != "nominal"
                or any(a <= m.start < b for a, b in quoted) or not (
                    art.opens_clause(m.start) or _described_subject(art, m))):
            continue  # "who named his album": an object, a possessive, a quoted word
        return None if _CLAUSE_BREAK.search(art.raw, m.end, verb_at) else m
    trail = _TRAILING_CHAIN.search(art.raw, max(start, verb_at - 80), verb_at)
    end = verb_at - (len(trail[0]) if trail else 0)
    d = _description(art.raw, start, end)
    if d is not None and re.fullmatch(r"\s*", art.raw[start : d.start]):
        return d
    return None


def _described_subject(art: _Article, m: Mention) -> bool:
    """A name set after a description opening its sentence: "Theo’s aunt, Nia Corwin, said"."""
    start = art.sentence_start(m.start)
    return m.type in ("name", "other") and bool(
        _DESCRIBED_BEFORE.fullmatch(art.raw, start, m.start))


def _given_name(art: _Article, lo: int, end: int) -> Mention | None:
    """A first name alone opening the clause that ends at ``end`` ("Yvette"), as a mention.

    It means the one person of the people file whose name starts with it; None
    if there is no such word, or no such person, or more than one.
    """
    word = _GIVEN_NAME.search(art.raw, max(0, lo - 2, end - 60), end)
    if not word or word.start("w") < lo:
        return None
    first = word.group("w")
    pids = {p.id for p in art.people.persons if p.name.split()[:1] == [first]
            and " " in p.name}
    if len(pids) != 1:
        return None
    pid = pids.pop()
    return Mention(word.start("w"), word.end("w"), first, "name", pid,
                   rule=f"first name of {pid}, alone before an aside")


def _reported_phrase(before: str, quoted: str) -> bool:
    """A long quotation ending a clause of reported speech or a dedication, after a preposition.

    "Moss has said that she wanted a film about “…”", "dedicated it to “…”":
    words someone said, though a preposition comes right before them.
    """
    n_words = count_words(quoted)
    return bool(n_words >= 3 and _DEDICATED.search(before)
                or n_words >= LONG_QUOTE_WORDS and _REPORTED.search(before))


def _announced_title(art: _Article, q: Quote, quoted: str) -> bool:
    """A name in quotes after "a title:" ("she already has a title: “Hollow Hours: …”")."""
    par = art.paragraphs[q.paragraph]
    before = art.raw[par.start : q.start - len(q.open)]
    return title_like(quoted) and bool(_TITLE_COLON.search(before))


def _standfirst_speech(cue: tuple[Mention | None, str] | None) -> bool:
    """A heading's quotation tagged by a speech verb and its subject ("was, he says, “…”")."""
    return cue is not None and cue[0] is not None


def _capitalised_word_before(raw: str, lo: int, hi: int) -> bool:
    r"""``raw[lo:hi]``, white space stripped, ends in a capitalised word (``[A-Z]\w+$``).

    Read backwards from ``hi``, so that the cost does not grow with ``hi - lo``.
    """
    end = hi
    while end > lo and raw[end - 1].isspace():
        end -= 1
    start = end
    while start > lo and (raw[start - 1].isalnum() or raw[start - 1] == "_"):
        start -= 1
    return any("A" <= raw[i] <= "Z" for i in range(start, end - 1))


def _capital_after(raw: str, lo: int, hi: int) -> bool:
    """``raw[lo:hi]``, white space stripped, starts with a capital A to Z."""
    while lo < hi and raw[lo].isspace():
        lo += 1
    return lo < hi and "A" <= raw[lo] <= "Z"


#: A verb of naming and a person as its object, right before a quotation: "calls himself",
#: "taken to calling her", "nicknamed him".
_NAMES_PERSON = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|nicknamed|nicknames)\s+(?:him|her|them|me"
    r"|us|himself|herself|themselves|myself|ourselves)\s*[“‘\"']?$")
_LEADING_THE = re.compile(r"[Tt]he\s+")


def _nickname(raw: str, lo: int, hi: int, quoted: str) -> bool:
    """Capitalised words after a verb naming a person ("calls himself “the Mayor of Elm St”").

    A name given, not speech: the words are what the person is called.
    """
    bare = _LEADING_THE.sub("", quoted, count=1).rstrip(" ,.")
    return bare[:1].isupper() and title_like(bare) and bool(_NAMES_PERSON.search(raw, lo, hi))


def _name_like(quoted: str) -> bool:
    """A name in quotes: capitalised words (see ``title_like``), not a sentence ending in "."."""
    return title_like(quoted) and not re.search(r"\.[’'”\"]?$", quoted.strip())


#: A capitalised name, then a relative clause set off by commas, ending a tag's window before
#: its verb: "Tidewell Pictures said", "Tidewell Pictures, which made the film, said".
_NAME_BEFORE_VERB = re.compile(
    rf"(?<![\w’'])(?P<n>[A-Z][\w’'&+-]*(?:\s+[A-Z][\w’'&+-]*){{0,3}})"
    rf"(?:,\s+which\s[^,.;:!?“”\"]{{1,80}},)?\s+{_CHAIN}$")


def _organisation_before(raw: str, lo: int, verb_at: int) -> Mention | None:
    """An organisation named as the subject of a speech verb ("Tidewell Pictures said").

    Its statement is its own: the speaker is the organisation's snake-case id.
    """
    found = _NAME_BEFORE_VERB.search(raw, max(lo, verb_at - 160), verb_at)
    if found is None or not organisation_like(found.group("n")):
        return None
    words = found.group("n").split()
    start = found.start("n")
    while words and words[0].casefold() in ("the", "in", "at", "on", "and", "but", "so"):
        start += len(words[0]) + 1  # "The Tidewell Pictures": the name without its article
        words.pop(0)
    name = " ".join(words)
    if not name:
        return None
    return Mention(start, start + len(name), name, "other", snake_id(name),
                   rule="an organisation named as the subject of a speech verb")


#: A run of capitalised words that may name an organisation ("Festival of the Eastern Shore").
_CAPITALISED_RUN = re.compile(
    r"(?<![\w’'])[A-Z][\w’'&+-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&+-]*){1,4}")
#: Words that make a capitalised run a company or a festival that can issue a statement.
_COMPANY_WORDS = frozenset(["pictures", "films", "studios", "studio", "entertainment",
                            "productions", "festival", "records", "media", "releasing"])


def _organisation_named_before(raw: str, lo: int, hi: int) -> str:
    """The id of the company or festival named last in ``raw[lo:hi]``, or "".

    "Tidewell Pictures confirmed the date. “…,” the studio said": the studio
    is Tidewell Pictures.
    """
    named = ""
    for run in _CAPITALISED_RUN.finditer(raw, lo, hi):
        words = run.group().split()
        if any(w.casefold() in _COMPANY_WORDS for w in words):
            while words[0] in ("The", "In", "At", "On", "And", "But"):
                words.pop(0)
            named = snake_id(" ".join(words))
    return named


def _description(raw: str, start: int, end: int) -> Mention | None:
    """A description ending just before ``end`` ("the R&B singer "), as a mention to resolve."""
    m = _DESCRIPTION.search(raw[start:end])
    if not m or re.search(r"[.!?;:]", m.group("d")) or re.search(
        r"\b(?:and|or|but|to|of|in|on|at|with|for|then|would|will|could|can|did|had|has)$",
        m.group("d"),
    ):
        return None
    return Mention(start + m.start("d"), start + m.end("d"), m.group("d"), "description")


def _determiner(raw: str, m: Mention) -> bool:
    """A possessive before a noun ("my wife", "his mom"): never who speaks."""
    return m.surface.lower() in ("my", "our", "your", "his", "their") and bool(
        re.match(r"\s+[a-z]", raw[m.end : m.end + 3])
    )


def _in_turn(art: _Article, q: Quote) -> bool:
    """The quotation sits in a Q&A turn (someone's speech)."""
    return art.paragraphs[q.paragraph].role in ("question", "answer")


def _subject_phrase(art: _Article, lo: int, verb_at: int, in_speech: bool) -> Mention | None:
    """A subject right before a speech verb that is not a person named in the text.

    Returns a description mention whose ``rule`` says what it is: "relative"
    (its person is the one before "who"), "unnamed" ("they", "people"),
    "possessive" ("my mother": someone related to a person) or, in speech
    only, "speech description" ("a tutor", "the script supervisor").
    """
    window = art.raw[lo:verb_at]
    found = _UNNAMED_SUBJECT.search(window)
    if found:
        group = next(g for g in ("who", "plural", "poss") if found.group(g))
        kind = {"who": "relative", "plural": "unnamed", "poss": "possessive"}[group]
        return Mention(lo + found.start(group), lo + found.end(group), found.group(group),
                       "description", rule=kind)
    if in_speech:
        found = _SPEECH_DESCRIPTION.search(window)
        if found and not re.search(r"\b(?:and|or|but|to|of|in|on|at|with|for)$", found.group("d")):
            return Mention(lo + found.start("d"), lo + found.end("d"), found.group("d"),
                           "description", rule="speech description")
    return None


def _find_cue(
    art: _Article, quotes: list[Quote], qi: int, bounds: tuple[int | None, int | None]
) -> tuple[Mention | None, str] | None:
    """The speech tag of quotation ``qi``: (subject mention or None, cue text).

    A tag found in a sentence that someone unnamed opens as its subject ("One
    producer, who asked not to be named, described the meetings as “…”") is
    theirs, unless a name or a he or she opens a clause of its own after them;
    so is a quotation after a colon in such a sentence ("A neighbour put it
    simply: “…”").
    """
    cue = _tag(art, quotes, qi, bounds)
    q = quotes[qi]
    start = art.sentence_start(q.start)
    colon = art.raw[start : q.start - len(q.open)].rstrip().endswith(":")
    if cue is None and not colon:  # "A neighbour put it simply: “…”" is a tag too
        return None
    subject = cue[0] if cue else None
    opener = _UNNAMED_OPENER.match(art.raw, start, q.start)
    if opener is None or (subject is not None and subject.start < opener.end()):
        return cue
    later = art.mentions_from(opener.end(), q.start)
    if any(m.type in ("name", "other", "character") or m.surface.lower() in ("he", "she")
           for m in later if art.opens_clause(m.start)):
        return cue
    unnamed = Mention(opener.start(), opener.end(), opener.group().lstrip("“‘\"'"),
                      "description")
    return unnamed, art.raw[opener.start() : q.start].strip(" ,:“‘\"'")


def _tag(
    art: _Article, quotes: list[Quote], qi: int, bounds: tuple[int | None, int | None]
) -> tuple[Mention | None, str] | None:
    """The speech tag of quotation ``qi`` as its own sentence's words give it."""
    q = quotes[qi]
    lo, open_at, a_lo, a_hi = _windows(art, quotes, qi, bounds)
    before = art.raw[lo:open_at]
    quoted = art.raw[q.start : q.end]
    according = _ACCORDING_TO.search(before) or _TOLD_BY.search(before)
    if according:
        named = [m for m in art.mentions_from(lo + according.start(), open_at) if m.entity
                 and (m.type in ("name", "other", "character") or according.re is _ACCORDING_TO)]
        if named:
            return named[0], before[according.start() :].strip(" ,")
    partial = _PARTIAL_TAG.search(before)
    if partial:
        word_at = lo + min(partial.start(g) for g in "abcde" if partial.group(g))
        if partial.group("b") and " " in partial.group("b"):  # "what his daughter called"
            unnamed = partial.group("b").split()[0] in ("one", "a", "an", "another", "some")
            d = Mention(word_at, lo + partial.end("b"), partial.group("b"), "description",
                        rule="unnamed" if unnamed else "possessive")  # "what one guest called"
            return d, before[partial.start() :].strip(" ,")
        named = art.mentions_from(word_at, open_at)
        if named:
            return named[0], before[partial.start() :].strip(" ,")
    aside = _ASIDE_TAG.search(before)
    if aside and _name_like(quoted) and _PREPOSITION_BEFORE.search(before):
        aside = None  # "…, he said, was a screening of “The Long Night”": a title
    if aside:  # "… and, she says, a habit of “…”"
        named = art.mentions_from(lo + aside.start("who"), lo + aside.end("who"))
        if named:
            return named[0], before[aside.start() :].strip(" ,")
    integrated = not before.rstrip().endswith((",", ":"))
    tagged = tagged_speech(before, quoted, art.raw[a_lo:a_hi])
    if integrated and not tagged and (_name_like(quoted) or _PREPOSITION_BEFORE.search(before)) \
            and not _reported_phrase(before, quoted):
        return None  # 'the premiere of “Rose Red”', 'a layer of “wait, …”'
    match = speech_verb_before(before, last=True)
    judged = None if _name_like(quoted) else _called_thing(before)
    if judged is not None and (match is None or match.start("verb") <= judged.start("verb")):
        match = judged  # 'calls the film “a caper”', 'called his co-writer “the one …”'
    calls = match is not None and match.group("verb")[:4].lower() == "call"
    if match and not calls and (_complement_said(art.raw, before, q) or (
            not match.group("rest").strip() and (
                _UTTERED.fullmatch(match.group("verb")) or quoted[:1].isupper()))):
        # 'said that the wine had been “purely medical.”': what it was, in their words;
        # 'BJ goes “show-off”', 'said “You’re welcome”': the words of the utterance (not
        # 'people say “family” like …', a word talked about)
        pass
    elif match and integrated and count_words(quoted) < 3 and (not tagged or calls) and (not (
            calls and ((judged is not None and not re.match(r"[Tt]he\b", quoted))
                       or re.search(r"\b(?:a|an)\s*$", before)))
            or (calls and _GLOSS_AFTER.match(art.raw, q.end + len(q.close)))):
        # 'He said he loved the "idol" system', 'she called him “kiddo,”', 'called it
        # “the swamp”': a word held at arm's length, or a name given; 'called her “the
        # hardest worker”', 'called it a “vanity project”' and 'called the night
        # “surreal.”' (what a thing is, in someone's words) are speech, but not 'calls
        # the sea “la mar,” the boss.' (a name, glossed after it)
        match = None
    if match:
        verb_at = lo + match.start("verb")
        if _MESSAGE_SAYS.search(art.raw, max(0, verb_at - 30), verb_at):
            sender = _sender_before(art, verb_at)
            if sender is not None:  # "… sent me the script. It said, “…”": the sender's words
                return sender, art.raw[sender.start : lo + match.end("rest")].strip()
        if _MESSAGE_THAT.search(art.raw, max(lo, verb_at - 30), verb_at):
            sender = _sentence_subject(art, quotes, qi, verb_at)
            if sender is not None and sender.type != "description":
                # "he gave them back with a card that said “…”": the giver's words
                return sender, art.raw[sender.start : lo + match.end("rest")].strip()
        noun = _DETERMINER_BEFORE.search(art.raw, max(lo, verb_at - 40), verb_at)
        owner = _owned_words(art, noun, match, before) if noun else None
        if owner is not None:  # "His answer was basically: “…”": his words
            return owner, art.raw[owner.start : open_at].strip(" ,:")
        if noun and match.group("verb").lower() in _NOUN_VERBS and not match.group("rest").strip():
            # "… and the caption “…”": a noun, whose owner says the words
            subject = _line_owner(art, quotes, qi, noun.start())
            if subject is not None:
                return subject, art.raw[subject.start : open_at].strip(" ,:")
        if match.group("verb").lower().endswith("ing") and re.search(
                r",\s*(?:\w+ly\s+)?$", art.raw[lo:verb_at]):
            # "…, writing simply, “…”": the participle's subject is the sentence's
            subject = _sentence_subject(art, quotes, qi, verb_at)
            if subject is not None:
                return subject, art.raw[subject.start : lo + match.end("rest")].strip()
        # "Yvette — she plays my grandma — told me", "Moss, in a statement released by the
        # studio, called": the aside is not the subject; whoever comes before it is.
        dashed = _DASH_ASIDE.search(art.raw, max(lo, verb_at - 200), verb_at)
        if dashed:
            verb_at = dashed.start()
            if not art.mentions_within(lo, verb_at):
                given = _given_name(art, lo, verb_at)
                if given is not None:
                    return given, art.raw[given.start : lo + match.end("rest")].strip()
        candidates = art.mentions_within(lo, verb_at)
        while candidates and candidates[-1].surface.lower() in _OBJECT_CASE and _PAST_OBJECT.match(
                art.raw[candidates[-1].end : verb_at] + " "):
            # "He called me and said", "He sent me a message that said": "me" is not who speaks
            candidates.pop()
        candidates = [c for c in candidates if not _determiner(art.raw, c)]
        phrase = _subject_phrase(art, lo, verb_at, q.parent >= 0 or _in_turn(art, q))
        if phrase is not None and not any(c.start >= phrase.end for c in candidates):
            if phrase.rule == "relative":  # "Jaylyn, who would say": whoever "who" follows
                earlier = [c for c in candidates if c.end <= phrase.start]
                named = earlier[-1] if earlier and earlier[-1].type in (
                    "name", "character", "other", "nominal") and re.fullmatch(
                    r",?\s*", art.raw[earlier[-1].end : phrase.start]) else None
                phrase = named or Mention(phrase.start, phrase.end, phrase.surface,
                                          "description", rule="unnamed")
            return phrase, art.raw[phrase.start : lo + match.end("rest")].strip()
        subject = candidates[-1] if candidates else None
        if subject is not None and "," in art.raw[subject.end : verb_at] and _WHO_BEFORE.search(
                art.raw, lo, subject.start):
            # "Hal Moe, who runs Moe Hardware, told the council": the relative clause's
            # object is not who speaks; the subject before "who" is
            before_who = _sentence_subject(art, quotes, qi, verb_at)
            if before_who is not None and before_who.entity != subject.entity:
                subject = before_who
        gap = art.raw[subject.end : verb_at] if subject else ""
        coordinated = subject is not None and (
            re.search(r"\s(?:and|then)\b[^.;:!?]*$", gap)
        )
        if subject and (":" in gap or ";" in gap or count_words(gap) > (
                2 * MAX_SUBJECT_GAP if coordinated else MAX_SUBJECT_GAP)):
            # "Cathy: One extra asked me", "… her work; one called her": a colon or a
            # semicolon opens a clause of its own
            subject = None
        if coordinated and subject is not None and not art.opens_clause(subject.start):
            # "Kang, having lost, finds Tae Young backstage and … tells him": the
            # subject of the first verb speaks, not the person it acts on.
            openers = [c for c in candidates if c.start < subject.start
                       and art.sentence_of(c.start) == art.sentence_of(subject.start)
                       and art.opens_clause(c.start) and (c.type != "first_person"
                                                          or c.surface == "I")]
            if openers:
                subject = openers[-1]
        if subject is None and lo > art.sentence_start(verb_at):
            # A quotation earlier in the sentence cut the window: its subject is further back.
            subject = _sentence_subject(art, quotes, qi, verb_at)
        if subject is None:
            subject = _organisation_before(art.raw, lo, verb_at) or _description(
                art.raw, lo, verb_at)
        if subject is None:
            subject = _sentence_subject(art, quotes, qi, verb_at)
        cue_from = subject.start if subject else verb_at
        bracketed = re.search(r"\w+\s*\[$", art.raw[lo:cue_from])
        if bracketed:
            cue_from = lo + bracketed.start()
        return subject, art.raw[cue_from : lo + match.end("rest")].strip()
    thanked = (_THANKED.search(before) or _DEDICATED.search(before)
               if count_words(quoted) >= 3 else None)
    if thanked:  # "he thanked the crew, the cast and “the whole harbour”": his words
        subject = _sentence_subject(art, quotes, qi, lo + thanked.start())
        if subject is not None:
            return subject, art.raw[subject.start : open_at].strip()
    line = _LINE_BEFORE.search(before) if count_words(quoted) >= 3 else None
    if line:  # "Moss gets a quiet closing line, “…”", "Kip’s best line, “…”"
        subject = _line_owner(art, quotes, qi, lo + line.start("np"))
        if subject is not None:
            return subject, art.raw[subject.start : open_at].strip(" ,:")
    reported = _REPORTED.search(before)
    if reported is None and _complement_said(art.raw, before, q):
        # "said showing his film in the theater where he saw his first movie was “…”"
        reported = _REPORTED_LONG.search(before)
    if reported and count_words(quoted) >= 3:
        verb_at = lo + reported.start("verb")
        candidates = [c for c in art.mentions_within(lo, verb_at) if not _determiner(art.raw, c)
                      and c.surface.lower() not in _OBJECT_CASE]
        near = candidates and count_words(art.raw[candidates[-1].end : verb_at]) <= MAX_SUBJECT_GAP
        if near and not _WHO_BEFORE.search(art.raw, lo, candidates[-1].start):
            subject = candidates[-1]
            return subject, art.raw[subject.start : open_at].strip()
        # "Moss, who … the duo Salt & Rope, said …": the subject is before the relative clause
        subject = _sentence_subject(art, quotes, qi, verb_at) or (candidates[-1] if near else None)
        if subject is not None:  # "The director has said in interviews that she wanted “…”"
            return subject, art.raw[subject.start : open_at].strip()
    if before.rstrip().endswith(":"):
        named = [
            m for m in art.mentions_from(lo, open_at) if m.type in ("name", "nominal", "other")
        ]
        if len({m.entity for m in named}) == 1:
            return named[-1], art.raw[named[-1].start : open_at].strip()
        clause = lo + max((c.end() for c in re.finditer(r"[,;—–]\s", before)), default=0)
        subjects = [
            m for m in art.mentions_from(clause, open_at) if m.surface.lower() in ("he", "she")
        ]
        if subjects:  # 'When Yeji tells BJ the truth, she doesn’t soften it: “…”'
            return subjects[0], art.raw[subjects[0].start : open_at].strip()
        sender = _FROM_NAME.search(before)
        if sender and not named and not organisation_like(sender.group("n")):
            # "This one is from Mira in Leeds: “…”"
            name = sender.group("n")
            return (Mention(lo + sender.start("n"), lo + sender.end("n"), name, "other",
                            snake_id(name), rule="named as the sender of a question or message"),
                    before[sender.start() :].strip())
    after = art.raw[a_lo:a_hi]
    lead = len(after) - len(after.lstrip(" ,\t"))
    inside = art.mentions_from(a_lo + lead, a_hi)
    # After a quotation that ends a sentence, a new sentence that reports ("The
    # executive added that …") or introduces the next quotation ("One fan said, “…”")
    # does not tag it.
    reported = re.search(r"[.!?…]\s*$", quoted) is not None
    bare = re.search(r"[,;:.!?…—–-]\s*$", quoted) is None
    next_quote = bounds[1] is not None and a_hi == bounds[1]

    def new_sentence(rest: str, verb: re.Match[str]) -> bool:
        # "‘Drum king’ Ada Moss said she …": words with no closing punctuation before a
        # verb that reports a clause of its own are an epithet, not what is said
        return (reported and (bool(_THAT.match(rest, verb.end())) or (
            next_quote and not rest[verb.end() :].strip(" ,:\t")))) or (
            bare and bool(_CLAUSE_AFTER.match(rest, verb.end())))

    first = _named_after(art, inside, a_lo + lead)
    if first is not None and reported and first.type == "pronoun" and first.surface[:1].isupper():
        first = None  # '“… loved.” She explained the remark': a new sentence, not a tag
    if first is not None:
        rest = re.sub(r"^\s+\w+ly\b", " ", art.raw[first.end : a_hi])
        if first.type != "pronoun":  # "Lund, head of sales at Lark, said"
            rest = _APPOSITIVE_AFTER.sub(" ", rest, count=1).removeprefix(",")
        verb = speech_verb_after(rest)
        if verb and not new_sentence(rest, verb):
            return first, art.raw[first.start : first.end] + " " + verb.group("verb")
    owned = _POSSESSIVE_AFTER.match(after)
    if owned:
        verb = speech_verb_after(after[owned.end() :])
        if verb and not new_sentence(after[owned.end() :], verb):
            d = Mention(a_lo + owned.start("d"), a_lo + owned.end("d"), owned.group("d"),
                        "description", rule="possessive")
            return d, f"{d.surface} {verb.group('verb')}"
    desc, verb = _description_after(after)
    if desc and not inside or (desc and inside and inside[0].start >= a_lo + desc.end("d")):
        if verb and new_sentence(after[desc.end() :], verb):
            verb = None
        if verb:
            d = Mention(
                a_lo + desc.start("d"), a_lo + desc.end("d"), desc.group("d"), "description"
            )
            return d, f"{d.surface} {verb.group('verb')}"
    verb = speech_verb_after(after[lead:])
    if verb:
        following = [m for m in inside if m.start >= a_lo + lead + verb.end()]
        between = art.raw[a_lo + lead + verb.end() : following[0].start] if following else ""
        # "said Moss", "said Brightwater president of distribution Carla Whitfield"
        if following and following[0].type != "pronoun" and (
            count_words(between) == 0 or (
                count_words(between) <= MAX_SUBJECT_GAP and not re.search(r"[,;:.!?]", between)
                and following[0].type in ("name", "other"))):
            return following[0], verb.group("verb") + " " + following[0].surface
        # "said the person, who asked not to be named", "said a spokesperson for the studio"
        desc = _DESCRIPTION_AFTER_VERB.match(after, lead + verb.end())
        if desc and desc.group("own"):  # "said his coach": "his" opens the description
            following = [m for m in following if m.start != a_lo + desc.start("d")]
        if desc and not (following and following[0].start < a_lo + desc.end("d")):
            if following and following[0].type in ("name", "other") and re.fullmatch(
                    r",\s+", art.raw[a_lo + desc.end("d") : following[0].start]):
                # "said the festival’s artistic director, Ravi Castellano": the name set
                # beside the description is who speaks
                return following[0], f"{verb.group('verb')} {desc.group('d')}, " \
                    f"{following[0].surface}"
            d = Mention(a_lo + desc.start("d"), a_lo + desc.end("d"), desc.group("d"),
                        "description", rule="possessive" if desc.group("own") else "")
            return d, f"{verb.group('verb')} {d.surface}"
    return None


def _description_after(after: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The description opening ``after`` and the speech verb right after it, if any.

    The shortest description a speech verb follows: "the Romanian actress said"
    is a description of two words, not "the Romanian" before a verb "actress".
    Without a verb, the shortest description and None.
    """
    first = None
    for pattern in _DESCRIPTIONS_AFTER:
        desc = pattern.match(after)
        if desc is None:
            continue
        verb = speech_verb_after(after[desc.end() :])
        if verb:
            return desc, verb
        first = first or desc
    return first, None


#: An appositive set off by commas right after a name ("Lund, head of sales at Lark, said").
_APPOSITIVE_AFTER = re.compile(r"^,\s+[^,;:.!?“”\"‘’]{1,80}?,(?=\s)")
#: A description set before a name with a comma ("a producer on the film, Olek Varga").
_DESCRIBED_BEFORE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|\S+[’']s)\s+[^,;:.!?“”\"‘’]{1,60}?,\s+")


#: A description right before a name, as its title: "her co-star Rae Lund", "the actor Rae".
_TITLED_BEFORE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z][\w-]*\s+){1,3}")


def _named_after(art: _Article, inside: list[Mention], at: int) -> Mention | None:
    """The mention opening the text after a quotation at ``at``, past a description of it.

    '“…,” Lund said', '“…,” her co-star Rae Lund said', '“…,” Deputy Chief Ana Ruiz said' and
    '“…,” a producer on the film, Olek Varga, recalled': the name is the tag's subject each time.
    """
    named = next((m for m in inside if m.type in ("name", "other", "character")), None)
    if named is not None and (_DESCRIBED_BEFORE.fullmatch(art.raw, at, named.start)
                              or _TITLED_BEFORE.fullmatch(art.raw, at, named.start)
                              or titles_only(art.raw[at : named.start])):
        return named
    if inside and inside[0].start == at:
        return inside[0]
    return None


#: A line of dialogue or a message set before its words: "a quiet closing line, ", "Kip’s
#: best reply: ", "Moss’s first words on the set were: ", "his one rule for the crew: ",
#: "Kip’s big speech to the crew (".
_LINE_BEFORE = re.compile(
    r"(?P<np>(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+|\S+[’']s\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:line|lines|reply|retort|comeback|one-liner|response|words|message"
    r"|note|advice|verdict|rule|instructions?|orders?|speech|monologue|toast|rant|eulogy"
    r"|catchphrase|plea))"
    r"(?:\s+(?:for|to|on|at|in|of)\s+[^,;:.!?“”\"()]{1,60}?)?"
    r"(?:\s+(?:was|were|is|are|read|reads|went|goes)\s*[,:]?|\s*[,:(])\s*$"
)
#: Verbs that have someone talk at length: the paragraph after may be their words.
_TALKS = re.compile(r"\b(?:talks|talked|speaks|spoke|recalls|recalled|remembers|remembered"
                    r"|explains|explained|reflects|reflected|describes|described)\b")
#: Verbs that report someone's words without quoting them: the quotation after is theirs.
_REPORTS = re.compile(r"\b(?:says|said|recalls|recalled|remembers|remembered|explains"
                      r"|explained)\b")
#: The same, or a reaction before the words: "laughs when it comes up. “…”".
_REACTS = re.compile(r"\b(?:says|said|recalls|recalled|remembers|remembered|explains|explained"
                     r"|laughs|laughed|smiles|smiled|shrugs|shrugged|sighs|sighed|nods|nodded"
                     r"|grins|grinned|winces|winced)\b")
#: "dedicated it to “…”", "dedicates the prize to “…”": the dedicator's words.
_DEDICATED = re.compile(r"\b(?:dedicated|dedicates|dedicating)\s+(?:[\w’'-]+\s+){0,4}?to\s+$")
#: Thanks to a list that ends in a quotation: "thanked the crew, the cast and ".
_THANKED = re.compile(r"\b(?:thanked|thanks|thank)\s+[^.;:!?“”\"]{1,80}?,[^.;:!?“”\"]{0,40}?"
                      r"\s(?:and|&)\s+$")
#: The sender of a question or message named before a colon: "from Mira in Leeds: ".
_FROM_NAME = re.compile(
    r"\b(?:question|questions|message|letter|note|email|comment|text|one)\s+(?:[a-z]+\s+){0,2}?"
    r"from\s+(?:(?:our|a|the)\s+(?:[a-z]+\s+){0,2})?(?P<n>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?:\s+(?:in|from|of)\s+[A-Z][\w .’'-]{1,30}?)?\s*:\s*$"
)


#: A determiner and up to two modifiers before a word: the word is a noun ("the caption").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    r"(?:(?!(?:and|or|but|then)\b)[a-z][\w-]*\s+){0,2}$")
#: Speech verbs that are also nouns of what was said or written.
_NOUN_VERBS = frozenset(["caption", "post", "tweet", "text", "reply", "answer", "note", "remark",
                         "shout", "cry", "whisper", "laugh", "sigh", "protest"])


def _owned_words(art: _Article, noun: re.Match[str], verb: re.Match[str],
                 before: str) -> Mention | None:
    """The pronoun owning a noun of speech that a colon's quotation gives: "His answer was: “…”"."""
    if (verb.group("verb").lower() not in _NOUN_VERBS or not before.rstrip().endswith(":")
            or not re.match(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s", noun.group())
            or not re.fullmatch(r"(?:(?:is|was)\b[^.;!?“”\"]*)?", verb.group("rest").strip())):
        return None
    return next((m for m in art.mentions_from(noun.start(), noun.start() + 1)
                 if m.type == "pronoun"), None)


def _line_owner(art: _Article, quotes: list[Quote], qi: int, at: int) -> Mention | None:
    """Who says a line of dialogue named at ``at``: a name in the possessive, else the subject.

    "Kip’s only line" is Kip's (so the actor's); in "Moss gets a
    quiet closing line" the subject of the clause has it.
    """
    mark = re.match(r"\S+?(?=[’']s\s)", art.raw[at : at + 60])
    if mark is None:
        return _sentence_subject(art, quotes, qi, at) or _actor_before(art, at)
    # "the film’s message": an owner who is no one named says nothing
    return next((m for m in art.mentions_from(max(0, at - 60), at + 1)
                 if m.end == at + mark.end() and m.type != "pronoun"), None)


#: A one-noun gloss closing the sentence right after a name given in quotes: "…,” the boss."
_GLOSS_AFTER = re.compile(r"\s+(?:the|a|an)\s+[a-z]+[.;]")
#: A message, not a person, as the subject of a speech verb that opens its sentence: "It
#: said", "The email read".
_MESSAGE_SAYS = re.compile(
    r"(?:^|[.!?…]\s+)(?:It|The\s+(?:e-?mail|note|message|letter|text|card|post))\s+(?:\w+ly\s+)?$")


#: A personal message that speaks in a relative clause: "a card that said", "a note which read".
_MESSAGE_THAT = re.compile(
    r"\b(?:card|note|letter|message|e-?mail|text|postcard)\s+(?:that|which)\s+(?:\w+ly\s+)?$")


def _sender_before(art: _Article, pos: int) -> Mention | None:
    """Who sent the message that speaks at ``pos``: the subject of the sentence before.

    "Rafaela sent me the script with one line in the email. It said, “…”":
    Rafaela, not whoever tells the story.
    """
    i = art.sentence_of(pos)
    if i <= 0:
        return None
    lo, hi = art.sentences[i - 1]
    return next((m for m in art.mentions_within(lo, hi)
                 if m.entity and art.opens_clause(m.start)
                 and (m.type in ("name", "other") or m.surface.lower() in ("he", "she"))), None)


#: A headline's verb of judging, then its object, before a quotation: "Ada Moss Calls the
#: Storm Scene ‘Illegal’" (the object must come between: "Calls ‘Low Tide’ …" is a title).
_HEADLINE_CALLS = re.compile(r"\s(?:Calls|Called|Dubs|Dubbed|Deems|Labels)\s+\S.*$")
#: A passive tag: "is told by a producer, Kang, that he has “…”" (the one after "by" speaks).
_TOLD_BY = re.compile(
    r"\b(?:is|was|were|are|gets|got|being|been)\s+(?:\w+ly\s+)?(?:told|asked|warned|reminded"
    r"|assured|informed)\s+by\b[^.;:!?“”\"‘’]{1,100}$")
#: A part given to the name before it, later in its clause: " is terrific as Marchetti",
#: " plays the harbourmaster Brann".
_ACTS_AS = re.compile(
    r"[^.;:!?“”\"]{0,40}?\b(?:as|plays|played)\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?"
    r"[A-Z]")


def _actor_before(art: _Article, at: int) -> Mention | None:
    """The actor the sentence before gives a part, for a line no one owns ("A late monologue").

    "Dev Ramaswamy is terrific as Marchetti. A late monologue (“…”) …": the
    line is the part's, so the actor's.
    """
    i = art.sentence_of(at)
    if i <= 0:
        return None
    lo, hi = art.sentences[i - 1]
    return next((m for m in reversed(art.mentions_within(lo, hi))
                 if m.type in ("name", "other") and m.entity and not m.character
                 and _ACTS_AS.match(art.raw, m.end, hi)), None)


#: Nouns of a person of one gender, brought in unnamed: "an old woman", "a boy" (a definite
#: "the young man" means someone already in the text).
_GENDERED_NOUNS = {
    "female": "woman|girl|lady",
    "male": "man|boy|gentleman",
}
#: A verb that makes the noun phrase after it say what someone is ("was just a kid").
_PREDICATE = re.compile(
    r"\b(?:is|was|are|were|be|been|becomes?|became|remains?|remained|seems?|seemed|isn[’']t"
    r"|wasn[’']t|as|like|plays?|played|playing)\s+(?:(?:\w+ly|not|just|still|also)\s+)*$"
)
_UNNAMED_PERSON = {
    g: re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)"
                  rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\b(?!\s*,?\s*[A-Z])")
    for g, nouns in _GENDERED_NOUNS.items()
}
#: Where a sentence starts: a line start, or a stop (and closing quote) and a space.
_SENTENCE_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))"
#: Someone unnamed brought in as a sentence's subject and set off by an aside: "One juror,
#: speaking on condition of anonymity, …", "A longtime regular, who asked not to be named, …",
#: "One teacher who was there, and who asked …".
#: The rule of a pronoun that means such an unnamed subject (no tag fallback overrides it).
_ASIDE_RULE = "an unnamed subject came after them"
_UNNAMED_SUBJECT_ASIDE = re.compile(
    _SENTENCE_OPENS + r"(?:(?:An?|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*(?:,\s+(?:who\b|[a-z]+ing\b)|\s+who\b)"
    # "The director, whom she declines to name, …": a definite subject kept unnamed
    r"|The\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+(?:who|whom)\s[^,.;:!?]{0,60}?"
    r"\b(?:name|named|identified)\b)", re.MULTILINE
)


def _unnamed_person(raw: str, lo: int, hi: int, gender: str) -> str:
    """An unnamed person of ``gender`` brought in between ``lo`` and ``hi`` ("an old woman").

    In "Halfway through Ada Moss’s film, an old woman sits by the water she
    loves", "she" is the woman, not Ada Moss. Not a description set beside a
    name (", a mother of two,") nor what someone is ("was just a boy").
    """
    if lo < 0 or gender not in _UNNAMED_PERSON:
        return ""
    name_end = re.match(r"[^\s,;:.!?()“”\"]*(?:\s+[A-Z.][^\s,;:.!?()“”\"]*)*", raw[lo:hi])
    at = lo + (name_end.end() if name_end else 0)
    for found in _UNNAMED_PERSON[gender].finditer(raw, at, hi):
        if re.fullmatch(r"(?:[’']s?)?\s*,?\s*\(?", raw[at : found.start()]):
            continue  # set beside the name: "Ada Moss, a mother of two,"
        if not _PREDICATE.search(raw, max(at, found.start() - 40), found.start()):
            return found.group()
    return ""


def _colon_tag(art: _Article, q: Quote) -> tuple[Mention | None, str] | None:
    """A tag ending with a colon in the previous paragraph ("…, the director told reporters:")."""
    i = q.paragraph - 1
    while i >= 0 and art.paragraphs[i].role not in ARTICLE_TEXT_ROLES:
        i -= 1
    if i < 0:
        return None
    prev = art.paragraphs[i]
    text = art.raw[prev.start : prev.end]
    if not text.rstrip().endswith(":"):
        return None
    lo = prev.start + max(
        (m.end() for m in re.finditer(r"[.!?…][”’\"')\]]*\s", text)), default=0
    )
    window = art.raw[lo : prev.end]
    match = speech_verb_before(window)
    if not match:
        return _colon_subject(art, lo, prev.end)
    verb_at = lo + match.start("verb")
    # Not a name inside a relative clause: "X, who wrote it with Y, added:" is X.
    candidates = [m for m in art.mentions_within(lo, verb_at)
                  if not _WHO_BEFORE.search(art.raw, lo, m.start)]
    subject = candidates[-1] if candidates else _description(art.raw, lo, verb_at)
    if subject is None:
        after = [m for m in art.mentions_from(verb_at, prev.end) if m.entity]
        subject = after[0] if after else None
    return subject, art.raw[subject.start if subject else verb_at : prev.end].strip()


#: A participle clause before a sentence's subject: "Asked what she misses, " (a subordinate
#: one, "When pressed, ", is what ``opens_clause`` already passes over).
_FRONTED_PARTICIPLE = re.compile(
    r"(?:Asked|Pressed|Reached|Speaking|Talking|Looking|Reflecting)\b[^;:.!?“”\"]*,\s*$")


def _colon_subject(art: _Article, lo: int, end: int) -> tuple[Mention | None, str] | None:
    """The person a colon sentence with no speech verb is about ("Asked …, Cole did not hesitate:").

    The one name (of the file or not) that opens a clause, or follows a fronted
    participle clause, outside a relative clause; None when there is no such
    name, or more than one person.
    """
    named = [m for m in art.mentions_within(lo, end)
             if m.type in ("name", "other")
             and (art.opens_clause(m.start) or _FRONTED_PARTICIPLE.match(art.raw[lo : m.start]))
             and not _WHO_BEFORE.search(art.raw, lo, m.start)]
    if len({m.entity for m in named}) != 1:
        return None
    return named[0], art.raw[named[0].start : end].strip()


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
