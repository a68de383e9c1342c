"""Who speaks: the attribution rules that carry to coverage the library has never seen.

Each test writes a small invented page about an invented study (a director,
Ada Moss, her son Theo, and an actor, Rae Lund) and checks the speaker of
each quotation by hand: surnames after a full name, the subject of the last
sentence for a pronoun tag, descriptions that mean the person just named,
Q&A labels by initials or surname, quotations nested in answers, film
dialogue spoken by the actor, and apostrophes that open nothing. The last
test holds the gold-annotated speakers corpus to the thresholds.
"""

from pathlib import Path

import pytest

from coverage_analysis import load_corpus
from coverage_analysis.evaluate import evaluate, load_gold
from coverage_analysis.parse.mentions import OtherPeople
from coverage_analysis.parse.quotes import find_quote_spans
from coverage_analysis.people import load_people

CORPORA = Path(__file__).resolve().parent / "corpora"

PEOPLE = """
[[person]]
id = "ada_moss"
name = "Ada Moss"
gender = "female"
role = "subject"
aliases = ["Ada Moss"]
nominals = ["[Tt]he (?:director|filmmaker)", "(?:Theo(?:’s|'s)|[Hh]is) (?:mother|mom)"]

[[person]]
id = "theo_moss"
name = "Theo Moss"
gender = "male"
role = "subject"
aliases = ["Theo Moss", "Theo"]
characters = [{ name = "Pip", aliases = ["Pip"] }]
nominals = ["(?:[Hh]er|Ada(?:’s|'s)) (?:teenage )?son", "[Tt]he teenager"]

[[person]]
id = "rae_lund"
name = "Rae Lund"
gender = "male"
role = "cast"
aliases = ["Rae Lund"]
characters = [{ name = "Kip", aliases = ["Kip"] }]

[[work]]
title = "Low Tide!"
kind = "film"
aliases = ["Low Tide!"]
"""


def page(*paragraphs: str) -> str:
    """An article: one paragraph a line, blank lines between."""
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def speakers(tmp_path):
    """Write one page with the test study's people, load it, return (text, speaker) pairs."""

    def _load(text, **meta):
        (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
        (tmp_path / "page.txt").write_text(text, encoding="utf-8")
        if meta:
            cols = ["article_id", "file", *meta]
            row = ["page", "page.txt", *meta.values()]
            (tmp_path / "articles.csv").write_text(
                ",".join(cols) + "\n" + ",".join(row) + "\n", encoding="utf-8")
        quotes = load_corpus(tmp_path).quotes
        return {(r.text[:40]): r.speaker for r in quotes.itertuples() if r.kind != "title"}

    return _load


FEATURE = page(
    'The cast of Low Tide! grew up on the water',
    'By Jo Bell',
    'Rae Lund points at the pier and laughs. “That’s where I fell in,” he said.',
    ('Lund plays Kip, the lifeguard, opposite Theo Moss’s shy newcomer. Before acting, he '
     'spent four years on a fishing boat. “I know every knot,” he said.'),
    'Ada Moss, who directed the film, remembers the first day. “Nobody could swim,” she said.',
    'Lund nodded when he heard that. “It was true,” he said.',
)


def test_surname_and_the_last_sentences_subject_tag_a_pronoun(speakers):
    got = speakers(FEATURE)
    assert got["That’s where I fell in,"] == "rae_lund"
    assert got["I know every knot,"] == "rae_lund"  # not Theo, named last
    assert got["Nobody could swim,"] == "ada_moss"
    assert got["It was true,"] == "rae_lund"  # the surname, not the last speaker


DISPATCH = page(
    'Festival notebook: three films',
    'By Jo Bell',
    'Salt Year',
    'Maren Kowalski introduced her film with a warning. “It is long,” the director said.',
    'Low Tide!',
    'Ada Moss thanked the crowd. “Stay for the credits,” the director said.',
    'The Last Food Court',
    ('Theo Abernathy spent three years filming a dying mall. The director, who grew up '
     'nearby, was moved. “These people raised me,” he said. The barber, Sal Petrakis, wore '
     'a suit. “I like Theo,” Petrakis told the crowd.'),
    'Asked about the mall, the filmmaker shook his head. “It closes in March,” he said.',
)


def test_a_description_means_the_person_just_named(speakers):
    got = speakers(DISPATCH)
    assert got["It is long,"] == "maren_kowalski"  # not the file's director
    assert got["Stay for the credits,"] == "ada_moss"
    assert got["These people raised me,"] == "theo_abernathy"
    # "the filmmaker" fits the man called "the director", not "the barber" named last
    assert got["It closes in March,"] == "theo_abernathy"


INITIALS = page(
    'Ada Moss and Rae Lund on Low Tide!',
    'By Rafael Okoye',
    'Ada Moss directed Low Tide!, in which Rae Lund plays Kip. We met in Lisbon.',
    'RO: How did you meet?',
    'AM: At an audition. He was late.',
    'RL: I was early to the wrong building.',
    'RO: Was the shoot hard?',
    'AM: The sea was harder than the actors.',
    'FP: Who had the last word on set?',
    'AM: Me. Always me.',
    'FP: A last question from our readers: would you work together again?',
    'RL: Tomorrow.',
)


def test_qa_labels_by_initials_or_surname(speakers):
    got = speakers(INITIALS, outlet="Film Pulse", author="Rafael Okoye")
    assert got["RO: How did you meet?"] == "interviewer"  # the writer's initials
    assert got["AM: At an audition. He was late."] == "ada_moss"
    assert got["RL: I was early to the wrong building."] == "rae_lund"
    assert got["FP: Who had the last word on set?"] == "interviewer"  # the outlet's
    surnames = INITIALS.replace("AM:", "MOSS:").replace("RL:", "LUND:")
    got = speakers(surnames, outlet="Film Pulse", author="Rafael Okoye")
    assert got["MOSS: At an audition. He was late."] == "ada_moss"
    assert got["LUND: Tomorrow."] == "rae_lund"


NESTED = page(
    'Theo Moss on growing up on set',
    'By Jo Bell',
    'Theo Moss, Ada Moss’s son, stars in Low Tide!. We talked in Lisbon.',
    'Q: What was it like being directed by your mom?',
    'A: Weird. My mom would say, “Again, but sadder.” My grandmother used to say, “Eat first.”',
    'Q: What was Rae Lund like?',
    ('A: Funny. He walked up on the first day and said, “Are you the kid?” A tutor would '
     'come over and go, “Ten more minutes.” And my friends are like, “Is he famous?”'),
)


OBJECT = page(
    'Low Tide! premiere',
    'By Jo Bell',
    ('At the premiere, Ada Moss thanked her crew and her son and then said, “Thank you '
     'all for coming.” In the film, Pip looks at his mother across the table and says, '
     '“You never came to watch me swim.”'),
)


def test_a_possessive_after_a_verb_is_its_object_not_who_speaks(speakers):
    got = speakers(OBJECT)
    assert got["Thank you all for coming."] == "ada_moss"
    assert got["You never came to watch me swim."] == "theo_moss"


def test_quotations_nested_in_answers_go_to_who_says_them(speakers):
    got = speakers(NESTED, interviewee="theo_moss")
    assert got["Again, but sadder."] == "ada_moss"  # "my mom" is Theo's mother: Ada
    assert got["Eat first."] == "unknown"  # an unnamed grandmother
    assert got["Are you the kid?"] == "rae_lund"  # the person the question asks about
    assert got["Ten more minutes."] == "unknown"
    assert got["Is he famous?"] == "unknown"


REVIEW = page(
    'Low Tide! review: a quiet triumph',
    'By Jo Bell',
    ("In Low Tide!, Kip (Rae Lund) teaches a boy to swim, and the boy's father, Ray Garza, "
     'played with quiet grace by Dev Rao, watches from the pier. "You left," Kip tells '
     'him. "I came back," Ray says.'),
    ('When Pip finally confronts his mother on the pier – "You never once came to watch me '
     'swim" – the film earns its ending. The \'90s soundtrack, all rock \'n\' roll, helps \'em '
     'along.'),
)


def test_film_dialogue_is_spoken_by_the_actor(speakers):
    got = speakers(REVIEW)
    assert got["You left,"] == "rae_lund"
    assert got["I came back,"] == "dev_rao"  # a character the text says Dev Rao plays
    assert got["You never once came to watch me swim"] == "theo_moss"  # set off by dashes


@pytest.mark.parametrize("text", ["The '90s were loud.", "Give 'em hell.", "Pure rock 'n' roll.",
                                  "Back in the 'burbs, it rained.", "The ‘70s, then."])
def test_an_apostrophe_that_starts_a_word_opens_no_quotation(text):
    assert find_quote_spans(text) == []


WIRE = page(
    'Harbor town honors Ada Moss',
    'By Jo Bell',
    ('Mayor Luisa Carranza presented Ada Moss with a key to the city. Rae Lund, who stars '
     'in her film, stood beside them. “He never forgot us,” Carranza said of Lund.'),
    'Lund thanked the crowd. “I learned to swim here,” he said.',
    'Carranza laughed. “I taught him,” she said.',
    '“Then I owe you,” he said.',
    ('Lund’s mother, Nora Lund, was in the front row. “I cried,” she said. “My husband '
     'came too. He told me, ‘Stop crying.’”'),
)


def test_he_and_she_alternate_between_two_people(speakers):
    got = speakers(WIRE)
    assert got["I learned to swim here,"] == "rae_lund"
    assert got["I taught him,"] == "luisa_carranza"
    assert got["Then I owe you,"] == "rae_lund"  # "she" showed Carranza is a woman
    assert got["I cried,"] == "nora_lund"  # not Lund, whose name is possessive there
    assert got["Stop crying."] == "unknown"  # her unnamed husband


TRADE = page(
    'Studio sets Low Tide! rollout',
    'By Jo Bell',
    ('“We knew this one travels,” said Brightwater president of distribution Carla '
     'Whitfield. “It sold itself.”'),
    ('The platform’s head of content, Min-jun Seo, called it a priority. “Audiences love '
     'it,” Seo said. “This time it is not a gamble.” The executive added that subtitles '
     'would follow.'),
)


def test_trade_tags(speakers):
    got = speakers(TRADE)
    assert got["We knew this one travels,"] == "carla_whitfield"  # said [job] Name
    assert got["It sold itself."] == "carla_whitfield"
    assert got["Audiences love it,"] == "min_jun_seo"  # a hyphenated given name
    # "The executive added that …" reports; it does not tag the quotation before it
    assert got["This time it is not a gamble."] == "min_jun_seo"


ROUNDUP = page(
    'Arts roundup',
    'By Jo Bell',
    ('Ada Moss’s Low Tide!, with Theo Moss, opened on Friday. The film’s distribution chief, '
     'Rob Kessler, credited word of mouth. “People came back twice,” he said.'),
    ('Wanda Quay, a session drummer, died on Tuesday. Her son, Cal Quay, said the cause '
     'was heart failure. “She never once complained,” her son said.'),
)


def test_people_set_off_by_commas_speak(speakers):
    got = speakers(ROUNDUP)
    assert got["People came back twice,"] == "rob_kessler"  # "chief, Rob Kessler,"
    # "Her son, Cal Quay": the file's "her son" is Cal Quay in this story, here and after
    assert got["She never once complained,"] == "cal_quay"


PODCAST = page(
    'Episode 12: Rae Lund',
    'By Jo Bell',
    'Joel Adebayo and Mina Cho talk to Rae Lund, who plays Kip in Low Tide!.',
    'Mina: Welcome to the show. How did you get the part?',
    'Rae: I sent a tape from a boat.',
    'Joel: We have to talk about Theo. What was he like on set?',
    'Rae: The most professional person there. One day he fed me a line and said, “You’re welcome.”',
    'Mina: And the sequel?',
    'Rae: Ask Ada.',
    'Joel: Anything you want to add before we go?',
)


def test_a_speaker_label_is_no_one_a_pronoun_means(speakers):
    got = speakers(PODCAST, author="Mina Cho")
    assert got["You’re welcome."] == "theo_moss"  # not Joel, whose label opens the question


def test_the_speakers_corpus_meets_the_thresholds():
    folder = CORPORA / "speakers"
    scores = evaluate(load_corpus(folder), load_gold(folder / "gold.toml"))
    value = scores.set_index("metric")["value"].to_dict()
    assert value["speaker_accuracy"] >= 0.90
    assert value["speech_quote_f1"] >= 0.90
    assert value["nonspeech_as_speech"] == 0.0


ACCENTS = page(
    'Low Tide! finds a buyer',
    'By Jo Bell',
    ('Tidewater Studio’s head of acquisitions, Åsa Ødegård-Lind, said the deal closed late. '
     '“We waited for the second screening,” she said.'),
    ('Ødegård-Lind said more offers were coming. “Nobody wants to miss this one,” she said.'),
)


def test_accented_names_are_people_and_a_company_is_not(speakers):
    got = speakers(ACCENTS)
    # "Tidewater Studio’s" is a company even with its possessive; the accented name speaks
    assert got["We waited for the second screening,"] == "asa_odegard_lind"
    assert got["Nobody wants to miss this one,"] == "asa_odegard_lind"


UNLISTED_QA = page(
    '“I Light Faces Like Landscapes”: Maren Voss on Her Camera Work',
    'By Jo Bell',
    'Maren Voss has shot commercials for a decade. Voss talked to us by phone from Oslo.',
    '**What drew you to the project?**',
    'The sea. Jonas Berg sent me the script and I read it on a ferry.',
    '**And working with Jonas?**',
    'Jonas never raised his voice. Jonas Berg is the calmest director I know.',
    '**Where did you shoot?**',
    'On an island with one shop. Jonas Berg rented the whole hotel.',
    '**What is next for you?**',
    'A long holiday, somewhere warm.',
)


def test_a_qa_with_no_one_of_the_people_file_is_answered_by_who_the_introduction_names(
        speakers):
    got = speakers(UNLISTED_QA)
    # Jonas Berg is named more often, but only inside the answers
    assert got["The sea. Jonas Berg sent me the script a"] == "maren_voss"
    assert got["Jonas never raised his voice. Jonas Berg"] == "maren_voss"
    # the headline's quotation beside a colon is the person named after it
    assert got["I Light Faces Like Landscapes"] == "maren_voss"


CAST = page(
    'Low Tide! is a quiet triumph',
    'By Jo Bell',
    'Director Wren Halloway keeps her camera low and her cast close.',
    ('Best of all is Odile Brack-Sutter as Gran, a ferry pilot who has run the crossing '
     'for forty years out of what she calls “plain stubbornness.”'),
)


def test_an_actor_given_a_part_is_a_person_a_pronoun_may_mean(speakers):
    got = speakers(CAST)
    assert got["plain stubbornness."] == "odile_brack_sutter"  # not the director


RELEASE = page(
    'Low Tide! goes to streaming',
    'By Jo Bell',
    ('Ada Moss will introduce a making-of film on the set, which the studio described as '
     '“loud and wet from start to finish.”'),
)


def test_an_organisation_that_speaks_is_someone_unnamed(speakers):
    got = speakers(RELEASE)
    assert got["loud and wet from start to finish."] == "unknown"  # not Ada Moss


SON = page(
    'Theo Moss grows up on screen',
    'By Jo Bell',
    'Ada Moss cast her son in Low Tide!.',
    ('Theo Moss has acted since he was six, and by ten he had a manager, a tutor and, '
     'his mother says, “more patience on set than most of the adults.”'),
)


def test_a_possessive_tag_the_people_file_describes_is_that_person(speakers):
    got = speakers(SON)
    assert got["more patience on set than most of the ad"] == "ada_moss"  # "his mother"


OTHER_FILM = page(
    'Salt Flats is a bruising two-hander',
    'By Jo Bell',
    'Kip Varn, played by Oren Talbot-Reyes, is a trucker who never stops talking.',
    'Early on, his cousin asks for a ride, and Kip tells him, “Walk. It builds character.”',
)


def test_a_part_the_people_file_lists_goes_to_the_actor_this_text_names(speakers):
    got = speakers(OTHER_FILM)
    # the file's Kip is Rae Lund's, in another film; here Kip is Oren Talbot-Reyes's
    assert got["Walk. It builds character."] == "oren_talbot_reyes"


LIGHTHOUSE = page(
    'Salt Flats is a bruising two-hander',
    'By Jo Bell',
    ('Nell Corrigan-Hale plays a ferry pilot, Tess, who lives with her ailing brother, '
     'Abe (Jonah Whitlock-Pryor, gruff and gentle).'),
    ('Corrigan-Hale is wonderful. Early on Abe tells her, “The tide keeps no promises,” '
     'and she says, “Then I won’t ask it for any.”'),
)


def test_an_actor_in_brackets_with_a_remark_and_the_gender_a_family_word_gives(speakers):
    got = speakers(LIGHTHOUSE)
    assert got["The tide keeps no promises,"] == "jonah_whitlock_pryor"  # Abe's actor
    assert got["Then I won’t ask it for any."] == "nell_corrigan_hale"  # a brother is no "she"


ASIDE = page(
    'Ada Moss is not done with the sea',
    'By Jo Bell',
    ('Ada Moss has a boat to fix, a script to finish and, she says, a sequel that would '
     'need “far more rain than any sane crew can stand.”'),
)


def test_a_tag_set_off_by_commas_earlier_in_the_sentence(speakers):
    got = speakers(ASIDE)
    assert got["far more rain than any sane crew can sta"] == "ada_moss"


DASHED = page(
    'Theo Moss on growing up on a film set',
    'By Jo Bell',
    ('Theo was nine on his first shoot. Rae — he plays the harbour master — '
     'told him, “Never trust a calm sea or a quiet director.”'),
)


def test_an_aside_between_dashes_is_not_the_subject_of_the_speech_verb(speakers):
    got = speakers(DASHED)
    # "Rae" alone is the first name of one person in the file
    assert got["Never trust a calm sea or a quiet direct"] == "rae_lund"


CALLED = page(
    'Low Tide! wraps after a long, wet shoot',
    'By Jo Bell',
    ('Rae Lund was in the water for most of the final week. Ada Moss called him “the '
     'bravest man who ever wore a wetsuit.” Lund called that “a generous lie.” The crew '
     'still calls him “Skipper” on set.'),
)


def test_called_her_or_that_with_a_phrase_is_said_by_the_subject(speakers):
    got = speakers(CALLED)
    assert got["the bravest man who ever wore a wetsuit."] == "ada_moss"
    assert got["a generous lie."] == "rae_lund"
    assert got.get("Skipper", "") == ""  # a one-word name given, not speech


REPORTED = page(
    'Low Tide! opens the harbour festival',
    'By Jo Bell',
    ('Ada Moss, who shot the film in the town where she first read “Moby-Dick” as a girl, '
     'said in a statement that she was “thrilled and a little seasick.”'),
    ('Rae Lund called the premiere “a homecoming” and said the crew would celebrate '
     '“on a boat, with life jackets.”'),
    ('Theo Moss skipped the red carpet. He told one of the local papers that sitting through '
     'his mother’s film again was “like doing homework twice, but with popcorn.”'),
    ('Nia Corwin produced the film on a shoestring. The producer has said in interviews that '
     'she wanted the shoot to feel like “a summer camp with a very strict lifeguard.”'),
    ('Moss said, “The crew always said it was “a long shot, and a wet one.””'),
)


def test_a_quotation_in_reported_speech_is_the_subject_of_the_speech_verb(speakers):
    got = speakers(REPORTED)
    # a relative clause holding a title stands between the subject and "said"
    assert got["thrilled and a little seasick."] == "ada_moss"
    # an earlier quotation in the sentence stands between "Rae Lund" and "said"
    assert got["on a boat, with life jackets."] == "rae_lund"
    # many words between "told" and the quotation
    assert got["like doing homework twice, but with popc"] == "theo_moss"
    # "has" between the description and "said"; many words after "that"
    assert got["a summer camp with a very strict lifegua"] == "nia_corwin"
    # inside someone's speech, the subject is looked for inside it
    assert got["a long shot, and a wet one."] != "ada_moss"


JOB_GIVEN = page(
    'Low Tide! looks like nothing else this year',
    'By Jo Bell',
    'The film was photographed by Lena Brandt on a hand-cranked camera.',
    'Rae Lund spends most of it soaked. Theo Moss spends most of it laughing at him.',
    ('The photographer has said in interviews that she wanted every frame to look like “a '
     'postcard somebody forgot to mail.”'),
)


def test_a_description_of_the_job_the_text_gave_one_person_means_that_person(speakers):
    got = speakers(JOB_GIVEN)
    # "photographed by Lena Brandt" made her the photographer, though others came between
    assert got["a postcard somebody forgot to mail."] == "lena_brandt"


TITLED_QA = page(
    'Paint That Remembers: Ines Varga on Designing ‘The Grey Harbour’',
    'By Jo Bell',
    ('Most sea films look scrubbed. Pol Andrade’s The Grey Harbour does not, and that is the '
     'work of Ines Varga. The Grey Harbour opens this week.'),
    '*What drew you to the project?*',
    'The sea. Pol sent me the script and I read it on a ferry.',
    '*The greys are very specific.*',
    'We painted every boat twice. The first grey was too clean.',
    '*Where did you build the harbour?*',
    'In a quarry, with a pond we dug ourselves.',
    '*What is next for you?*',
    'A long holiday, somewhere warm.',
)


def test_a_title_in_quotes_elsewhere_on_the_page_is_never_who_answers(speakers):
    got = speakers(TITLED_QA)
    assert got["The sea. Pol sent me the script and I re"] == "ines_varga"
    assert got["We painted every boat twice. The first g"] == "ines_varga"
    assert got["*The greys are very specific.*"] == "interviewer"


EDITION_QA = page(
    'Ada Moss: “I never wanted a quiet film”',
    'By Jo Bell',
    ('This interview was translated and edited for Harbor Edition readers. Ada Moss talked to '
     'us in her studio.'),
    '— Why did you make a film about the sea?',
    'I grew up on it. My father never let me on his boat.',
    '— How did you find the boy?',
    'At an open call. He told the room, “I can hold my breath for a minute.” I cast him.',
    '— What comes next for you?',
    'A long holiday.',
)


def test_dash_marked_questions_are_the_interviewers_and_an_edition_is_no_one(speakers):
    got = speakers(EDITION_QA)
    assert "harbor_edition" not in got.values()
    assert got["— Why did you make a film about the sea?"] == "interviewer"
    assert got["I grew up on it. My father never let me "] == "ada_moss"


def test_an_edition_or_a_title_the_page_quotes_is_not_a_person(tmp_path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    others = OtherPeople(load_people(tmp_path / "people.toml"))
    others.learn_titles(["The Grey Harbour", "a long night"])
    text = ("Translated for Harbor Edition readers. Pol Andrade made it. The Grey Harbour stars "
            "Nell Fry, and Grey Harbour fans will know her.")
    assert {m.entity for m in others.find(text, 0, [], [])} == {"pol_andrade", "nell_fry"}
