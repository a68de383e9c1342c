"""Speech tags: the words around a quotation that say who speaks it.

``_find_cue`` and ``_tag`` find a quotation's tag ("…,” the director said",
"Moss told reporters:", "in her words") and its subject: a name, a
description, a pronoun or someone unnamed, for the resolver
(:mod:`.attribution`) to resolve.
"""

from __future__ import annotations

import functools
import re

from ..schema import ARTICLE_TEXT_ROLES
from ..text import count_words
from ..validate import NominalPattern
from .context import _CLAUSE_BREAK, Quote, _Article
from .mentions import PRONOUN_GENDER, Mention, organisation_like, snake_id, titles_only
from .quotes import (
    SPEECH_VERBS,
    speech_verb_after,
    speech_verb_before,
    tagged_speech,
    title_like,
)

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
_REPORT_VERBS = r"says|said|recalls|recalled|remembers|remembered|explains|explained"
_REPORTS = re.compile(rf"\b(?:{_REPORT_VERBS})\b")
#: The same, or a reaction before the words: "laughs when it comes up. “…”".
_REACTS = re.compile(rf"\b(?:{_REPORT_VERBS}|laughs|laughed|smiles|smiled|shrugs|shrugged"
                     r"|sighs|sighed|nods|nodded|grins|grinned|winces|winced)\b")
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
