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
from coverage_analysis.parse.article import sentence_case
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
    assert value["speech_quote_f1"] >= 0.98
    assert value["nonspeech_as_speech"] == 0.0


def test_the_second_speakers_corpus_meets_the_thresholds():
    """Pages written for the speaker classes of a later development round (see its README)."""
    folder = CORPORA / "speakers2"
    scores = evaluate(load_corpus(folder), load_gold(folder / "gold.toml"))
    value = scores.set_index("metric")["value"].to_dict()
    assert value["speaker_accuracy"] >= 0.95
    assert value["speech_quote_f1"] >= 0.98
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
    ('“A harbour master who once called the shoot a ‘floating circus’ lent us his boat,” '
     'Moss said.'),
)


def test_called_her_or_that_with_a_phrase_is_said_by_the_subject(speakers):
    got = speakers(CALLED)
    assert got["the bravest man who ever wore a wetsuit."] == "ada_moss"
    assert got["a generous lie."] == "rae_lund"
    assert got.get("Skipper", "") == ""  # a one-word name given, not speech
    # what something is, after "a", in the words of someone unnamed
    assert got["floating circus"] == "unknown"


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


APPOSED = page(
    'Low Tide! sells out its first week at home',
    'By Jo Bell',
    ('Rae Lund spent the opening weekend signing posters in the harbour. Theo Moss stayed '
     'home.'),
    ('“We added two shows on Sunday and they went in an hour,” Park Min-ji, head of '
     'programming at the Quay Cinema, said in a statement.'),
    ('“Nobody expected a film about tides to pack a room,” a booker at the cinema, Olek '
     'Varga, recalled. “Then the queue reached the car park.”'),
    '“We ran out of popcorn twice,” her co-star Theo Moss said.',
)


def test_a_name_set_off_by_commas_after_a_quotation_tags_it(speakers):
    got = speakers(APPOSED)
    # an appositive between the name and the verb; a place word as a surname
    assert got["We added two shows on Sunday and they we"] == "park_min_ji"
    # a description before the name, set off by a comma
    assert got["Nobody expected a film about tides to pa"] == "olek_varga"
    assert got["Then the queue reached the car park."] == "olek_varga"
    # a possessive description as the name's title, no comma
    assert got["We ran out of popcorn twice,"] == "theo_moss"


HOSTED = page(
    'Harbor Radio, Episode 9: Ada Moss',
    'Transcript',
    'JO BELL, HOST: Welcome back. My guest made Low Tide! on a borrowed boat.',
    'ADA MOSS, DIRECTOR: Thanks. The boat is still borrowed.',
    'JO BELL, HOST: Do you get seasick.',
    'ADA MOSS, DIRECTOR: Every single day.',
    'JO BELL, HOST: And the next film.',
    'RAE LUND (ACTOR): She promised me dry land.',
)


def test_a_label_with_the_speakers_part_names_the_speaker(speakers):
    got = speakers(HOSTED)
    assert got["JO BELL, HOST: Welcome back. My guest ma"] == "interviewer"
    assert got["ADA MOSS, DIRECTOR: Thanks. The boat is "] == "ada_moss"
    assert got["RAE LUND (ACTOR): She promised me dry la"] == "rae_lund"


OBITUARY = page(
    'Harbour pianist Olek Varga dies at 91',
    'By Jo Bell',
    ('Olek Varga played the piano at the Quay Hotel for forty years. His niece, Ilse Varga, '
     'said he died on Sunday.'),
    '“He played until Thursday,” his niece said. “Then he asked for a nap.”',
    ('“Olek never took a request he did not like,” his manager said.'),
    'The funeral will be what his niece called “a concert with chairs.”',
)


def test_a_possessive_description_set_before_a_name_means_that_person_later(speakers):
    got = speakers(OBITUARY)
    assert got["He played until Thursday,"] == "ilse_varga"
    assert got["Then he asked for a nap."] == "ilse_varga"
    assert got["a concert with chairs."] == "ilse_varga"
    # a possessive description the text never names
    assert got["Olek never took a request he did not lik"] == "unknown"


LINES = page(
    'Review: Low Tide! is a small film with a big swell',
    'By Jo Bell',
    ('Kip (Rae Lund) is a lifeguard who cannot swim, and Pip (Theo Moss) is the boy who '
     'finds out. When Pip asks why he never goes in, Kip deadpans, “The sea and I have an '
     'understanding.”'),
    ('Kip’s best line, “Nobody drowns on my watch, because nobody swims on my watch,” '
     'gets the biggest laugh, and Theo Moss gets a quiet closing line, “I’ll teach you '
     'tomorrow,” that lands.'),
)


def test_a_line_of_dialogue_named_before_its_words_is_said_by_its_owner(speakers):
    got = speakers(LINES)
    assert got["The sea and I have an understanding."] == "rae_lund"
    assert got["Nobody drowns on my watch, because nobod"] == "rae_lund"
    assert got["I’ll teach you tomorrow,"] == "theo_moss"


HEADLINE_WORDS = page(
    '‘We Were Soaked, Mostly’: Ada Moss and Rae Lund on Making Low Tide!',
    'By Jo Bell',
    'Ada Moss and Rae Lund met us on the pier where they shot most of the film.',
    '“It rained for thirty days,” Moss said. Lund laughed. “We were soaked, mostly,” he said.',
)


def test_a_headline_quotation_is_said_by_whoever_says_the_words_below(speakers):
    got = speakers(HEADLINE_WORDS)
    assert got["We Were Soaked, Mostly"] == "rae_lund"


UNNAMED_WOMAN = page(
    'Review: Low Tide! takes its time',
    'By Jo Bell',
    ('Near the end of Gil Sato’s “Low Tide!”, an old woman walks into the sea with the '
     'flowers she picked that morning.'),
    'Sato does not cut away. “I wanted the audience to wait with her,” he said.',
)


def test_an_unnamed_person_of_the_pronouns_gender_blocks_an_earlier_name(speakers):
    got = speakers(UNNAMED_WOMAN)
    # "she" is the woman, so Gil Sato is not shown to be a woman; "he" is Sato
    assert got["I wanted the audience to wait with her,"] == "gil_sato"


FIRST_NAME = page(
    'Theo Moss posts a thank-you to his mum',
    'Posted by tidewatcher',
    ('Theo Moss thanked his mother on his page last night, and the whole cast piled into the '
     'replies.'),
    ('“Best boss, worst swimmer,” Theo wrote. Ada did not take long to answer. In a reply '
     'that now has more likes than the post, she wrote, “Still the boss. I’ll allow it.”'),
)


def test_a_file_persons_first_name_alone_is_that_person(speakers):
    got = speakers(FIRST_NAME)
    # "Ada" is never given in full here; she is the one person of the file so named
    assert got["Still the boss. I’ll allow it."] == "ada_moss"


WRITTEN = page(
    'Low Tide! breaks the harbour’s box office record',
    'By Jo Bell',
    ('In a statement, the cinema’s head of programming, Nia Corwin, called the result “a '
     'love letter from the town to its own coast.”'),
    ('One critic described the film’s view of fishing life as “warmer than the water,” '
     'without saying who had told her so.'),
    ('Rae Lund, who plays the lifeguard Kip, shared a photo of the queue with the caption '
     '“Kip says form an orderly line.”'),
)


def test_called_described_as_and_a_caption_are_said_by_the_subject(speakers):
    got = speakers(WRITTEN)
    assert got["a love letter from the town to its own c"] == "nia_corwin"
    assert got["warmer than the water,"] == "unknown"  # "one critic", unnamed
    assert got["Kip says form an orderly line."] == "rae_lund"


ASKED_ABOUT = page(
    'Ada Moss on Low Tide!',
    'By Jo Bell',
    'Ada Moss made her film on a borrowed boat.',
    'Q: Rae Lund told us you shouted “Cut the engine!” every morning. True?',
    'A: Every morning. My uncle used to say, “A boat is a hole you pour money into.”',
    'Q: What’s next?',
    'A: Sleep.',
)


def test_a_quotation_in_a_question_is_said_by_the_subject_of_the_nearest_verb(speakers):
    got = speakers(ASKED_ABOUT, interviewee="ada_moss")
    assert got["Cut the engine!"] == "ada_moss"  # what "you" shouted, not what Lund told
    assert got["A boat is a hole you pour money into."] == "unknown"  # "my uncle", unnamed


TWO_GUESTS = page(
    'Ada Moss and Rae Lund on Low Tide!',
    'By Jo Bell',
    'Ada Moss and Rae Lund sat down with us on the pier, a long way from any boat.',
    'Q: Whose idea was the boat?',
    'MOSS: Mine. Rae hated it.',
    'LUND: I still hate it. She said, “You will learn to love it,” and I never did.',
    'Q: And the sequel?',
    'LUND: Ask her.',
    'MOSS: On dry land. He said, “Finally.”',
    'Q: Thanks, both.',
)


def test_a_pronoun_in_one_guests_answer_may_mean_the_other_guest(speakers):
    got = speakers(TWO_GUESTS)
    assert got["You will learn to love it,"] == "ada_moss"
    assert got["Finally."] == "rae_lund"


PLAYED_BY = page(
    'Review: The Last Boat is a quiet storm',
    'By Jo Bell',
    ('The woman at its centre is Marta Vell, played with quiet fury by the stage actor Lena '
     'Brandt. Her grandson Tomas (Olek Varga) arrives to persuade her to sell the boat.'),
    ('When Tomas asks why she will not leave, she answers with a single line, “The boat '
     'remembers my husband”, and the film earns it.'),
)


def test_a_part_played_by_a_described_actor_and_a_grandson_are_told_apart(speakers):
    got = speakers(PLAYED_BY)
    # "played … by the stage actor Lena Brandt": Marta's words are hers; "grandson" is a man
    assert got["The boat remembers my husband"] == "lena_brandt"


PARTICIPLE = page(
    'Low Tide! cast celebrates its first week',
    'By Jo Bell',
    ('Theo Moss posted a photo from the pier. His aunt, Nia Corwin, also shared it on her '
     'Instagram Story, writing simply, “My crew.”'),
)


def test_a_participle_after_a_comma_is_said_by_the_sentences_subject(speakers):
    got = speakers(PARTICIPLE)
    # the subject is the name set after a description; "Instagram Story" is no one
    assert got["My crew."] == "nia_corwin"


MESSAGES = page(
    'Rae Lund on Low Tide!',
    'By Jo Bell',
    'Rae Lund talks to us about the boat. According to Lund, Ada Moss’s first words on the set '
    'were: “Nobody is allowed to cry until the boat is back.”',
    'Q: This one is from Mira in Leeds: “Did you ever fall in the sea?”',
    'A: Twice. Both times on purpose.',
    'Q: Thanks!',
    'A: Thank you.',
)


def test_words_owned_by_a_name_and_a_question_sent_in_by_a_reader(speakers):
    got = speakers(MESSAGES, interviewee="rae_lund")
    # "According to Lund" gives the source; the words are Ada Moss's
    assert got["Nobody is allowed to cry until the boat "] == "ada_moss"
    # quoted inside the interviewer's turn, but sent in by a reader
    assert got["Did you ever fall in the sea?"] == "mira"


REPORTED_LONG = page(
    'Low Tide! opens abroad first',
    'By Jo Bell',
    ('Ada Moss, who grew up on the coast and is best known as one half of the duo Salt & '
     'Rope, said in a statement released through her agent that she had wanted the film to '
     'open by the sea “before it plays in any city at all.”'),
    'Rae Lund said his uncle has seen the film “at least forty times, and he cries every time.”',
)


def test_reported_speech_past_a_relative_clause_and_without_that(speakers):
    got = speakers(REPORTED_LONG)
    assert got["before it plays in any city at all."] == "ada_moss"
    assert got["at least forty times, and he cries every"] == "rae_lund"


LONG_PART = page(
    'Review: The Last Boat keeps its distance',
    'By Jo Bell',
    ('She is Marta, played with a calm that borders on the unnerving by the veteran actor '
     'Lena Brandt, and the boat is all she has left.'),
    ('In the last scene, Marta’s only answer to a question we never hear is “Every single '
     'morning,” and the film ends.'),
)


def test_a_long_manner_phrase_before_by_and_an_answer_named_before_is(speakers):
    got = speakers(LONG_PART)
    assert got["Every single morning,"] == "lena_brandt"


def test_a_statement_from_a_company_before_a_colon_is_no_one_named(speakers):
    got = speakers(page(
        'Low Tide! gets a sequel',
        'By Jo Bell',
        'Ada Moss will return to the harbour next spring. A note from Tidewell Pictures: '
        '“We are thrilled to go back to sea with Ada.”',
    ))
    assert got["We are thrilled to go back to sea with A"] != "tidewell_pictures"


def test_thanks_to_a_list_ending_in_a_quotation_are_the_thankers_words(speakers):
    got = speakers(page(
        'Low Tide! opens the harbour festival',
        'By Jo Bell',
        ('Ada Moss kept her speech short. She thanked the crew, the town and “every gull that '
         'stole our lunch” before the lights went down.'),
    ))
    assert got["every gull that stole our lunch"] == "ada_moss"


def test_a_new_subject_in_the_paragraph_says_the_next_quotation(speakers):
    got = speakers(page(
        'The Low Tide! cast says goodbye',
        'By Jo Bell',
        ('Rae Lund posted a photo of the boat with the caption “Retired, like me.” Ada Moss, '
         'who directed him, left three anchor emojis, followed by “See you at sea.” The post '
         'has ten thousand likes.'),
    ))
    assert got["Retired, like me."] == "rae_lund"
    assert got["See you at sea."] == "ada_moss"


COLON_TAGS = page(
    'Low Tide! gets a second life on stage',
    'By Jo Bell',
    'Rae Lund, who first read the script with Ada Moss, added:',
    '“We rehearsed it on the pier every night.”',
    'Asked what she would change, Moss did not hesitate:',
    '“Nothing at all. Not one knot.”',
)


def test_a_colon_tag_is_its_clauses_subject_not_a_name_in_a_relative_clause(speakers):
    got = speakers(COLON_TAGS)
    assert got["We rehearsed it on the pier every night."] == "rae_lund"  # not Ada Moss
    # no speech verb: the one name that opens the clause before the colon
    assert got["Nothing at all. Not one knot."] == "ada_moss"


def test_someone_brought_in_unnamed_is_no_one_named_before(speakers):
    got = speakers(page(
        'Low Tide! wins the harbour prize',
        'By Jo Bell',
        ('The jury, chaired by the painter Mira Okafor, gave the prize to Ada Moss. One juror, '
         'speaking on condition of anonymity, said the vote was close. “We argued until '
         'midnight,” the juror said.'),
        ('Rae Lund was there with his sister, Nell Lund. She clapped the loudest. A longtime '
         'usher, who asked not to be named because she still works the door, told me: '
         '“This town never gives prizes to anyone.”'),
    ))
    assert got["We argued until midnight,"] == "unknown"  # not Mira Okafor
    assert got["This town never gives prizes to anyone."] == "unknown"  # not Nell Lund


def test_reported_words_after_a_preposition_and_a_dedication_are_the_subjects(speakers):
    got = speakers(page(
        'Low Tide! review: a salty, tender debut',
        'Nora Vidal-Brandt’s harbour drama is a small miracle of tone.',
        'By Jo Bell',
        ('Rae Lund plays a ferryman who cannot swim. Vidal-Brandt has said that she wanted to '
         'make a film about “all the people who stayed behind when the boats stopped coming.”'),
        ('At the premiere, Ada Moss took the microphone and then, in a shaky voice, dedicated '
         'it to “my mother, who taught me every knot.”'),
    ))
    assert got["all the people who stayed behind when th"] == "nora_vidal_brandt"
    assert got["my mother, who taught me every knot."] == "ada_moss"


def test_a_fronted_clause_naming_someone_of_unknown_gender_keeps_the_pronoun(speakers):
    got = speakers(page(
        'Low Tide! review: the lighthouse keeper steals it',
        'By Jo Bell',
        ('Mina Solberg, who plays the keeper, is the find here. She acts as if she had never '
         'met a human being. When Dov (Ezra Tamm) asks whether the lamp ever goes out, she just '
         'says, “Only when I do,” and climbs the stairs.'),
    ))
    assert got["Only when I do,"] == "mina_solberg"  # not Ezra Tamm, who plays Dov


def test_a_lone_given_name_after_a_relation_word_is_a_person(speakers):
    got = speakers(page(
        'Low Tide! review: bring a towel',
        'By Jo Bell',
        ('I went in cold, except that my friend Priya had texted me “sit far from the screen” '
         'after the premiere. Ada Moss made a wet film.'),
        'Priya was right. “Told you,” Priya said later.',
    ))
    assert got["sit far from the screen"] == "priya"
    assert got["Told you,"] == "priya"


def test_a_main_clause_pronoun_after_a_fronted_clause_is_that_clauses_subject(speakers):
    got = speakers(page(
        'Low Tide! review: the quiet scene',
        'By Jo Bell',
        ('Rae Lund is loud as ever. Theo Moss is the surprise. When Pip finally faces Kip on the '
         'pier, he does not raise his voice. “You never came back,” he says. “Not once.”'),
    ))
    assert got["You never came back,"] == "theo_moss"  # not Rae Lund, who plays Kip
    assert got["Not once."] == "theo_moss"


def test_a_quotation_paragraph_after_someone_is_brought_in_talking_is_theirs(speakers):
    got = speakers(page(
        'Theo Moss, sixteen, is the reason to see Low Tide!',
        'By Jo Bell',
        '“I just did what the water told me,” Theo said, shrugging.',
        ('His mother is still a little stunned. Reached at the edit suite, Ada Moss talks about '
         'her son the way sailors talk about weather.'),
        '“He does not act. He listens. I cannot teach that.',
        '“On the last day he thanked every grip by name.”',
    ))
    assert got["I just did what the water told me,"] == "theo_moss"
    assert got["He does not act. He listens. I cannot te"] == "ada_moss"  # not Theo, last
    assert got["On the last day he thanked every grip by"] == "ada_moss"


def test_a_quotation_after_a_sentence_reporting_someones_words_is_theirs(speakers):
    got = speakers(page(
        'Five things about Low Tide!',
        'By Jo Bell',
        ('Ada Moss says she showed a rough cut to her old teacher, who had a single note. '
         '“Marta told me, ‘Lose the storm. Nobody believes a storm.’ She was right.”'),
    ))
    assert got["Marta told me, ‘Lose the storm. Nobody b"] == "ada_moss"


RECAP = page(
    'Low Tide! preview: notes from the Q&A',
    'By Jo Bell',
    'Last night Nils Ekdahl did a long Q&A after a preview of his new film, and I took notes.',
    ('Quick context: the director stayed for an hour, and it is his second feature. Lior '
     'Haddad plays the lead, a ferry pilot who cannot sleep.'),
    '1. He said it all started with an old map. “I had a map, not a story,” he said.',
    '2. Haddad learned to pilot the ferry for real. He said the crew was terrified.',
)


def test_a_lone_pronoun_means_the_person_the_text_opens_with_not_an_actor(speakers):
    got = speakers(RECAP)
    assert got["I had a map, not a story,"] == "nils_ekdahl"  # not Lior Haddad


def test_a_title_after_a_preposition_is_no_ones_words_despite_an_aside_tag(speakers):
    got = speakers(page(
        'The last projectionist of the harbour cinema',
        'By Jo Bell',
        ('Rae Lund has run the booth since 1980. The worst night, he said, was a screening of '
         '“The Glass Harbour” when the print snapped twice.'),
    ))
    assert "The Glass Harbour" not in got  # a title (the fixture leaves titles out)


def test_a_possessive_noun_of_speech_before_a_colon_is_the_owners(speakers):
    got = speakers(page(
        'Low Tide! Q&A notes',
        'By Jo Bell',
        ('Someone asked Rae Lund what he hoped people would feel. His answer was basically: '
         '“Wet, a little. And like calling home.”'),
    ))
    assert got["Wet, a little. And like calling home."] == "rae_lund"


def test_a_pronoun_before_anyone_is_named_means_the_person_named_later_in_its_paragraph(speakers):
    got = speakers(page(
        'Low Tide! review: a rude, tender surprise',
        'By Jo Bell',
        ('Early on, a harbour master asks the film’s heroine why she came back. She looks at '
         'the water for a long time and says, “Somebody had to.” It is that kind of movie, '
         'carried by a lead turn that should make Sunniva Lark a star.'),
    ))
    assert got["Somebody had to."] == "sunniva_lark"


CRAFT_QA = page(
    'Lena Brandt on Lighting ‘The Long Quiet’ by Lamplight',
    'Interview by Jo Bell',
    ('Few films look like “The Long Quiet”, Marek Olsen’s drama of two sisters, and much of '
     'that is down to Lena Brandt, who shot it by lamplight. Olsen called her in early.'),
    'A frame from The Long Quiet, shot on the coast.',
    'Q. Was the darkness a fight?',
    ('A. Every day. I showed them a painting, “Interior with Young Woman Seen from the '
     'Back”, and said, this is the film.'),
    'Q. Did Olsen agree?',
    'A. He did, in the end. He said, “Fine, but make the faces brighter.”',
)


def test_a_headline_names_the_guest_and_a_title_in_an_answer_is_no_speech(speakers):
    got = speakers(CRAFT_QA)
    # the headline names Lena Brandt; Olsen is named as often before the questions
    assert got["A. Every day. I showed them a painting, "] == "lena_brandt"
    # a title in title case, its long prepositions in lower case, is no one's words
    assert "Interior with Young Woman Seen from the " not in got


def test_the_start_of_a_quoted_title_found_unquoted_is_no_person(tmp_path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    others = OtherPeople(load_people(tmp_path / "people.toml"))
    others.learn_titles(["The Long Quiet at Dawn", "Cathy"])
    found = others.find("A still from The Long Quiet at Dawn. Cathy Shim and Marek Olsen "
                        "watched Long Quiet Harbour.", 0, [], [])
    # "The Long Quiet" opens the title; a title that is only a name's start ("Cathy") and
    # a run that only starts like a title ("Long Quiet Harbour" is not the title) still count
    assert [m.entity for m in found] == ["cathy_shim", "marek_olsen", "long_quiet_harbour"]


@pytest.mark.parametrize(("headline", "expected"), [
    ("Recap: Ada Quist talks boats after the screening of Low Tide!", True),
    ("Ada Quist on why the sea still scares her", True),
    ("Nigerian Drama ‘Low Country Psalms’ Takes the Golden Heron", False),
    ("Theo Moss Is Not Nervous About Anything", False),
])
def test_a_headline_in_sentence_case_is_read_for_names(headline, expected):
    assert sentence_case(headline) is expected


HEADLINED_RECAP = page(
    'Recap: Ada Quist answered questions after the screening (long post)',
    'Posted by a fan',
    'So the director stayed for a Q&A. Some context: it is his third feature. Bea Solano '
    'plays the lead, a ferry captain.',
    'He said the film started with a photo. “I had a boat, not a story,” he said.',
)


def test_the_person_a_sentence_case_headline_names_is_the_lone_pronouns(speakers):
    got = speakers(HEADLINED_RECAP)
    assert got["I had a boat, not a story,"] == "ada_quist"


def test_a_capitalised_run_after_a_preposition_of_place_is_no_person(tmp_path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    others = OtherPeople(load_people(tmp_path / "people.toml"))
    found = others.find("They closed the deal in Santa Monica, at Marek Olsen’s house, and "
                        "Lena Brandt signed it.", 0, [], [])
    assert [m.entity for m in found] == ["marek_olsen", "lena_brandt"]


SPEAKER_LINES = page(
    'Harbor Radio, Episode 40: Ada Moss and Rae Lund',
    'Transcript',
    'Jo Bell (00:00:02):',
    'Welcome back. Two guests today. Ada, why the sea?',
    'Ada Moss (00:00:09):',
    'I grew up on it. My father fished.',
    'Rae Lund (00:00:15):',
    'And I grew up nowhere near it, which is why I fell in.',
    'Jo Bell (00:00:22):',
    'Rae, did you really fall in?',
    'Rae Lund (00:00:25):',
    'Twice. Once on camera.',
    'Ada Moss (00:00:31):',
    'We used the second one.',
)


def test_a_speaker_line_above_a_turn_names_who_says_it(speakers):
    got = speakers(SPEAKER_LINES, author="Jo Bell")
    assert got["Welcome back. Two guests today. Ada, why"] == "interviewer"
    assert got["I grew up on it. My father fished."] == "ada_moss"
    assert got["And I grew up nowhere near it, which is "] == "rae_lund"
    assert got["Twice. Once on camera."] == "rae_lund"
    assert got["We used the second one."] == "ada_moss"


ECHO = page(
    'Evening Desk: the makers of Low Tide!',
    'TRANSCRIPT',
    'JO BELL, HOST: Let us look at a scene. Here is Rae Lund as Kip.',
    'ADA MOSS, DIRECTOR: This is the night of the storm.',
    'RAE LUND AS KIP: Nobody crosses tonight, not even me.',
    'BELL: “Not even me.” Chilling. Ada, was that line always there?',
    'MOSS: No, Rae found it on the day.',
    'BELL: Thank you both.',
    'MOSS: Thank you.',
)


def test_a_host_who_repeats_a_line_quotes_whoever_said_it(speakers):
    got = speakers(ECHO, author="Jo Bell")
    assert got["Not even me."] == "rae_lund"


def test_a_description_of_several_words_after_a_quotation_tags_it(speakers):
    got = speakers(page(
        'Low Tide! crew take a bow in Lisbon',
        'By Jo Bell',
        ('Rae Lund spoke first. “I want the pier back,” he said.'),
        ('Ines Valcourt, who built the sets, stood at the back and said little about the '
         'weather.'),
        ('“We lost two walls to the tide and rebuilt them overnight,” the French designer said. '
         '“Nobody slept.”'),
        ('Hollis Brandt, who plays the harbourmaster, came next. “I learned to tie a bowline,” '
         'the veteran stage actor said.'),
    ))
    assert got["We lost two walls to the tide and rebuil"] == "ines_valcourt"  # not Lund
    assert got["Nobody slept."] == "ines_valcourt"
    assert got["I learned to tie a bowline,"] == "hollis_brandt"


def test_a_capitalised_title_before_a_name_after_a_quotation_leaves_the_name_the_speaker(
        speakers):
    got = speakers(page(
        'Fire closes the Low Tide! harbour set',
        'By Jo Bell',
        ('“The crews kept it off the pier,” Deputy Fire Chief Ana Ruiz told reporters. '
         '“We will know the cause next week.”'),
        '“It was a long night,” Police Captain Tomas Hegde said.',
        '“Harbour Lights” director Nils Ekdahl told reporters he would lend the town a boat.',
    ))
    assert got["The crews kept it off the pier,"] == "ana_ruiz"
    assert got["We will know the cause next week."] == "ana_ruiz"
    assert got["It was a long night,"] == "tomas_hegde"
    assert "Harbour Lights" not in got  # a title: the job before the name is lower case


def test_an_unnamed_person_after_the_verb_is_no_one_named_before(speakers):
    got = speakers(page(
        'Low Tide! sequel on hold',
        'By Jo Bell',
        ('Ada Moss has finished the script, according to a person close to the production. '
         '“She wrote it in a month,” said the person, who asked not to be named.'),
        '“The money is not there yet,” said a spokesperson for the studio.',
    ))
    assert got["She wrote it in a month,"] == "unknown"  # not Ada Moss, named before
    assert got["The money is not there yet,"] == "unknown"


def test_words_named_as_words_are_no_ones_speech(speakers):
    got = speakers(page(
        'Low Tide! and the trouble with sequels',
        'By Jo Bell',
        ('Ada Moss called the sequel “the wettest film we will ever make,” which rather stretches '
         'the word “wet.” She used the phrase “sea legs,” twice. Rae Lund prefers a term like '
         '“maritime drama.” In his words, “a boat film with feelings.”'),
    ))
    assert got["the wettest film we will ever make,"] == "ada_moss"
    assert got["wet."] == ""  # a scare quote: the word itself, not Ada Moss's speech
    assert got["sea legs,"] == ""
    assert got["maritime drama."] == ""
    assert got["a boat film with feelings."] == "rae_lund"


def test_a_name_then_a_sentence_describing_the_person_makes_an_antecedent(speakers):
    got = speakers(page(
        'Low Tide! comes home to the harbour',
        'By Jo Bell',
        ('Ada Moss brought her film back to the town where she shot it. The first ticket went '
         'to Marta Quell. The retired ferry pilot had queued since dawn, she said later.'),
        '“I wanted to see my boat on the big screen,” she said.',
        ('The screening was held at Harbour Hall. The venue had not shown a film since 1990. '
         '“We had to borrow a projector,” she said.'),
    ))
    assert got["I wanted to see my boat on the big scree"] == "marta_quell"  # not Ada Moss
    assert got["We had to borrow a projector,"] != "harbour_hall"


def test_a_description_tag_means_the_subject_pronoun_before_not_a_name_it_met(speakers):
    got = speakers(page(
        'The woman who wrote Low Tide!',
        'By Jo Bell',
        ('Greta Solberg grew up two streets from the pier. After college she worked nights in a '
         'cannery. She met Rae Lund in 2019, when a friend asked her to fix a scene.'),
        '“He had a boat and half a story,” the screenwriter said. “I had the other half.”',
    ))
    assert got["He had a boat and half a story,"] == "greta_solberg"  # not Rae Lund
    assert got["I had the other half."] == "greta_solberg"


def test_a_school_and_a_short_form_after_a_preposition_of_place_are_no_person(speakers):
    got = speakers(page(
        'From Kelby High’s stage to the harbour: Ada Moss on Low Tide!',
        'By Jo Bell',
        ('Ada Moss still lives in Kelby, the fishing town where she grew up, and she wrote the '
         'film at her kitchen table.'),
        'Asked whether the sequel would be set in Kelby too, she laughed.',
        '“Everything I write is set in Kelby,” she said. “I just change the street names.”',
    ))
    assert got["Everything I write is set in Kelby,"] == "ada_moss"  # not "Kelby High"
    assert got["I just change the street names."] == "ada_moss"


def test_a_name_after_a_description_and_its_job_is_the_sentences_subject(speakers):
    got = speakers(page(
        'Low Tide! press conference turns testy',
        'By Jo Bell',
        ('Teo Marsh, who shot the film, answered most questions. “The sea wrote half of it,” '
         'Marsh said.'),
        ('When a critic asked about the ending, the host, festival director Nora Quist, stepped '
         'in before Marsh could reply. “We will not spoil it here,” she said.'),
        ('Her deputy, programmer Ilan Roth, waved at the back row before Marsh could stand. '
         '“Last question,” he said.'),
    ))
    assert got["We will not spoil it here,"] == "nora_quist"  # not Marsh, named last
    assert got["Last question,"] == "ilan_roth"


def test_someone_unnamed_who_opens_the_sentence_says_its_quotation(speakers):
    got = speakers(page(
        'Low Tide! divides the harbour town',
        'By Jo Bell',
        ('Ada Moss shot most of the film on the east pier. One fisherman who watched the '
         'shoot, and who asked that his name not be used, said the crew scared the fish. “They '
         'owe me a season,” he said.'),
        ('Rae Lund was more popular. One deckhand on the ferry, who was not allowed to speak '
         'to the press, described his visits as “the best free show in town.”'),
        ('Another regular summed up the mood at the pub: “Nobody here has seen it yet.” '
         '“I liked the boats,” one longtime Harbour Road shop owner told the local radio.'),
    ))
    assert got["They owe me a season,"] == "unknown"  # not Rae Lund, nor Ada Moss
    assert got["the best free show in town."] == "unknown"  # not Rae Lund
    assert got["Nobody here has seen it yet."] == "unknown"
    assert got["I liked the boats,"] == "unknown"


def test_a_clause_after_an_aside_is_no_description_that_tags(speakers):
    got = speakers(page(
        'Low Tide! began as a bedtime story',
        'By Jo Bell',
        ('Ada Moss tells it plainly. Her son Theo started “helping,” a word both of them now '
         'say with a grin, and the crew called him “Captain,” a nickname that started as a '
         'joke.'),
    ))
    assert got["helping,"] == ""  # scare quotes, not speech
    assert got["Captain,"] == ""


def test_what_someone_calls_a_thing_is_their_speech_and_a_nickname_is_not(speakers):
    got = speakers(page(
        'Low Tide! opens the harbour festival',
        'By Jo Bell',
        ('Ada Moss called her son “kiddo,” as always. The crew calls the old projector “the '
         'beast.”'),
        ('Rae Lund, who plays the lifeguard, called the premiere “unreal.” Ada Moss calls the '
         'film “a love letter to bad weather.”'),
        ('Moss shot her first short at school, a western that she now calls “hopeless but '
         'sincere.” In a note read out by the host, Theo called his mother “the bravest sailor I '
         'know.”'),
    ))
    assert got["unreal."] == "rae_lund"
    assert got["a love letter to bad weather."] == "ada_moss"
    assert got["the beast."] == ""  # a thing given a name: a scare quote
    assert got["kiddo,"] == ""  # a person given a name
    assert got["hopeless but sincere."] == "ada_moss"
    assert got["the bravest sailor I know."] == "theo_moss"


def test_a_quotation_completing_a_reported_clause_is_speech_and_of_one_is_no_one(speakers):
    got = speakers(page(
        'Low Tide! press day in Lisbon',
        'By Jo Bell',
        ('Ada Moss laughed and said that the storm scenes had been “mostly luck.” Rae Lund said '
         'he loved the “harbour” look of the set and went to lunch.'),
        ('The film has split critics, with the reviewer of one Lisbon daily calling its last act '
         '“soggy.”'),
    ))
    assert got["mostly luck."] == "ada_moss"
    assert got["harbour"] == ""  # held at arm's length inside the writer's sentence
    assert got["soggy."] == "unknown"  # not Ada Moss or Rae Lund, named before


def test_by_her_own_account_tags_a_partial_quotation(speakers):
    got = speakers(page(
        'Low Tide! and the woman behind it',
        'By Jo Bell',
        ('Ada Moss spent ten years writing for television, where she was, by her own account, '
         '“the one who always wanted more rain.” By Rae Lund’s account, she was “impossible to '
         'please and right about it.”'),
    ))
    assert got["the one who always wanted more rain."] == "ada_moss"
    assert got["impossible to please and right about it."] == "rae_lund"


def test_what_a_named_person_later_called_and_a_capitalised_pronoun_after_a_full_stop(speakers):
    got = speakers(page(
        'Rae Lund',
        'By Jo Bell',
        ('Lund was cast as Kip in 2021 after what director Greta Solberg later called “the '
         'wettest audition I have ever seen.”'),
        ('Lund remembers it differently. “I slipped on purpose,” he said. “It was the only way '
         'to get noticed.” She told the crew to fetch towels, he added.'),
    ))
    assert got["the wettest audition I have ever seen."] == "greta_solberg"  # not Lund
    assert got["It was the only way to get noticed."] == "rae_lund"  # "She told" opens a sentence


def test_a_long_reported_clause_completed_by_a_quotation_is_speech(speakers):
    got = speakers(page(
        'Low Tide! returns to the harbour cinema',
        'By Jo Bell',
        ('Rae Lund, who now lives inland, said screening the film in the hall where he saw his '
         'very first movie was “a strange homecoming.”'),
    ))
    assert got["a strange homecoming."] == "rae_lund"


def test_according_to_someone_about_someone_else_is_the_first_ones_words(speakers):
    got = speakers(page(
        'The editor behind Low Tide!',
        'By Jo Bell',
        ('Nell Varga has cut all of Ada Moss’s films. According to Moss, Varga “finds the '
         'rhythm before anyone else sees the shot,” a habit that unnerves the crew.'),
    ))
    assert got["finds the rhythm before anyone else sees"] == "ada_moss"  # not Varga


def test_a_word_or_two_inside_the_writers_clause_do_not_continue_the_speech(speakers):
    got = speakers(page(
        'Low Tide! review: salt and memory',
        'By Jo Bell',
        ('“I grew up on that pier,” Ada Moss said at the screening. You can feel it in every '
         'frame: the rope burns, the rust, the gulls. None of it is “texture.” It is memory, '
         'and as she put it, “memory smells of diesel.”'),
    ))
    assert got["texture."] == ""  # held at arm's length, not more of Moss's speech
    assert got["memory smells of diesel."] == "ada_moss"


def test_a_clause_after_a_quoted_phrase_and_a_comma_has_its_own_subject(speakers):
    got = speakers(page(
        'Low Tide! at the harbour festival',
        'By Jo Bell',
        '“The sea is the main character,” Rae Lund said, to laughter.',
        ('A reporter asked whether the film was “really about the sea,” and Ada Moss waited a '
         'long time before answering:'),
        '“It is about staying. The sea is just what stays.”',
    ))
    assert got["It is about staying. The sea is just wha"] == "ada_moss"  # not Lund, before


def test_a_message_someone_sent_me_is_the_senders_words(speakers):
    got = speakers(page(
        'Rae Lund on Low Tide!',
        'By Jo Bell',
        'Q: How did Ada Moss find you?',
        ('A: She saw me rowing in a regatta video. She sent me a text that just said, “You row '
         'like you mean it. Call me.” I thought it was a joke.'),
    ))
    assert got["You row like you mean it. Call me."] == "ada_moss"  # not Lund, who answers


def test_a_short_utterance_right_after_its_verb_is_speech_a_word_talked_about_is_not(speakers):
    got = speakers(page(
        'Low Tide! review: small boats, big hearts',
        'By Jo Bell',
        ('Kip rows out alone, and Theo Moss mutters “show-off” from the pier. Later Rae Lund '
         'took the microphone and said “We did it” to nobody in particular.'),
        'People say “quiet” like it means slow, and this film is neither.',
    ))
    assert got["show-off"] == "theo_moss"
    assert got["We did it"] == "rae_lund"
    assert got["quiet"] == ""  # a word talked about


def test_a_characters_speech_and_an_unowned_monologue_are_the_actors(speakers):
    got = speakers(page(
        'Low Tide! review: a harbour of small wonders',
        'By Jo Bell',
        ('Kip’s big speech to the lifeboat crew on the last night (“The sea does not love you '
         'back, so love each other”) is played half as a joke, and it lands.'),
        ('Hollis Brandt is terrific as the harbourmaster Brann, all bluster. A late monologue '
         '(“I never lost a boat I could see from the tower”) is corny and works anyway.'),
    ))
    assert got["The sea does not love you back, so love "] == "rae_lund"  # Kip's actor
    assert got["I never lost a boat I could see from the"] == "hollis_brandt"


def test_a_figure_someone_puts_at_a_quotation_is_their_words(speakers):
    got = speakers(page(
        'Low Tide! was made for almost nothing',
        'By Jo Bell',
        ('Ada Moss shot the film in three weekends, on a budget she puts at “two thousand '
         'euros and a lot of favours.” Rae Lund estimated his own fee at “a sandwich a day.”'),
    ))
    assert got["two thousand euros and a lot of favours."] == "ada_moss"
    assert got["a sandwich a day."] == "rae_lund"


def test_someone_described_after_a_time_phrase_in_speech_is_no_one_named(speakers):
    got = speakers(page(
        'Ada Moss on Low Tide!',
        'By Jo Bell',
        'Q: Why the harbour?',
        'A: I grew up there. My father had a boat.',
        'Q: What was it like to shoot in your home town?',
        ('A: Strange. Every morning the ferryman would point at the pier and say, “That was '
         'not here when you left.” I still do not know what he meant.'),
    ))
    assert got["That was not here when you left."] == "unknown"  # not Ada Moss, who answers


def test_a_headline_that_says_someone_calls_a_thing_something_quotes_them(speakers):
    got = speakers(page(
        'Rae Lund Calls Low Tide! Storm Scene ‘Terrifying,’ and Ada Moss Has Notes',
        'By Jo Bell',
        'Rae Lund did not enjoy the storm. “I was terrified,” he said.',
    ))
    assert got["Terrifying,"] == "rae_lund"


def test_words_that_call_the_one_answering_by_name_are_someone_elses(speakers):
    got = speakers(page(
        'Ada Moss on Low Tide!',
        'By Jo Bell',
        'Q: Why the harbour?',
        'A: I grew up there. My father had a boat.',
        'Q: What was Theo like on set?',
        ('A: He knew everyone’s lines. By the second week he was giving me notes. “Miss Ada, '
         'that take was better yesterday.” And he was right.'),
    ))
    assert got["Miss Ada, that take was better yesterday"] == "theo_moss"  # not Ada Moss


def test_an_unnamed_character_announcing_words_says_them(speakers):
    got = speakers(page(
        'Low Tide! review: wet and witless',
        'By Jo Bell',
        ('The script’s idea of wit is a deckhand announcing, “Here comes the big wave,” before a '
         'wave that never comes.'),
    ))
    assert got["Here comes the big wave,"] == "unknown"


def test_a_message_that_says_something_is_its_senders_words(speakers):
    got = speakers(page(
        'The set designer of Low Tide!',
        'By Jo Bell',
        ('Most harbour films look like postcards. Greta Solberg’s Low Tide! does not. That is '
         'the work of Nell Varga, a Lisbon-born set designer who builds everything from '
         'driftwood and, as she puts it, “lies very carefully for a living.”'),
        'Q: How did the film come to you?',
        ('A: Greta sent me the script with one line in the email. It said, “Make the pier the '
         'third lead.” Nothing else.'),
        'Q: And the budget?',
        'A: Small. Very small.',
    ))
    assert got["lies very carefully for a living."] == "nell_varga"  # not Greta Solberg
    assert got["Make the pier the third lead."] == "greta_solberg"  # not Varga, who answers


def test_a_possessive_ends_a_run_of_capitalised_words(tmp_path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    others = OtherPeople(load_people(tmp_path / "people.toml"))
    found = others.find("Greta Solberg’s The Harbour Lights opens on Friday.", 0, [], [])
    assert found[0].entity == "greta_solberg"  # not one run with the title after it


def test_a_passive_tag_is_said_by_the_one_after_by(speakers):
    got = speakers(page(
        'Low Tide! review: small boats, big hearts',
        'By Jo Bell',
        ('Halfway through, Kip, a lifeguard who has never saved anyone, is told by a grumpy '
         'harbourmaster, Brann (Hollis Brandt), that he has “the arms of a man who rows in his '
         'sleep.” Kip takes it as a compliment.'),
    ))
    assert got["the arms of a man who rows in his sleep."] == "hollis_brandt"  # not Kip's actor


def test_a_month_that_is_a_given_name_opens_a_name_but_not_after_a_time_word(speakers):
    got = speakers(page(
        'The knitter who dresses Low Tide!',
        'By Jo Bell',
        ('May Thorsby has knitted every jumper in Low Tide! since June Ferris Films hired her. '
         '“Wool remembers the sea,” she says.'),
    ))
    assert got["Wool remembers the sea,"] == "may_thorsby"


def test_a_month_after_a_time_word_is_a_date(tmp_path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    others = OtherPeople(load_people(tmp_path / "people.toml"))
    found = others.find("Filming wrapped in June Carver and his crew went home.", 0, [], [])
    assert [m.entity for m in found] == []


def test_a_name_set_beside_the_description_after_the_verb_speaks(speakers):
    got = speakers(page(
        'Harbour film festival names its jury',
        'By Jo Bell',
        ('Greta Solberg will chair the jury. “She has judged films for thirty years,” said the '
         'festival’s managing director, Olek Varga.'),
    ))
    assert got["She has judged films for thirty years,"] == "olek_varga"  # not Greta Solberg


def test_a_tag_with_an_adverb_set_off_by_commas(speakers):
    got = speakers(page(
        'Low Tide! crew remembers the storm',
        'By Jo Bell',
        ('Ada Moss watched the rain for an hour. Then Greta Solberg told her, very quietly, '
         '“We can shoot the storm tomorrow.” Nobody argued.'),
    ))
    assert got["We can shoot the storm tomorrow."] == "greta_solberg"  # not Ada Moss


def test_a_speaker_before_a_colon_is_not_the_subject_after_it(speakers):
    got = speakers(page(
        'Ada Moss and Rae Lund on Low Tide!',
        'By Jo Bell',
        'Q: Did anyone on the pier know who you were?',
        ('Rae: A fisherman asked me, “Are you lost, son?” I laughed. Then I was lost for '
         'the rest of the day.'),
    ))
    assert got["Are you lost, son?"] == "unknown"  # not Rae, whose label opens the line


def test_a_card_that_says_something_is_its_senders_words(speakers):
    got = speakers(page(
        'Low Tide! wraps in the rain',
        'By Jo Bell',
        ('Rae Lund ate lunch alone on the pier most days. Ada Moss noticed. On the final '
         'morning she left a thermos by his chair with a card that said “for the coldest man '
         'in Lisbon.” He kept the card.'),
    ))
    assert got["for the coldest man in Lisbon."] == "ada_moss"


def test_a_headline_quotation_the_text_gives_as_a_title_is_a_title(speakers):
    got = speakers(page(
        '‘Harbour Lights Returns’: What the Sequel Will Bring',
        'By Jo Bell',
        ('Is “Harbour Lights Returns” really being made? Ada Moss says yes. “We start in the '
         'spring,” she said.'),
    ))
    assert "Harbour Lights Returns" not in got  # a title, not speech
    assert got["We start in the spring,"] == "ada_moss"


def test_words_before_a_name_that_reports_a_clause_are_an_epithet(speakers):
    got = speakers(page(
        'Low Tide! opens the harbour festival',
        'By Jo Bell',
        ('‘Harbour queen’ Ada Moss said she would never make another film on a boat. '
         '“Never again,” she said.'),
    ))
    assert got["Harbour queen"] == ""  # a scare quote, not Ada Moss's words
    assert got["Never again,"] == "ada_moss"


def test_capitalised_words_after_a_verb_naming_a_person_are_a_nickname(speakers):
    got = speakers(page(
        'Rae Lund on Low Tide!',
        'By Jo Bell',
        ('Lund based Kip on a neighbour. “He calls himself ‘the Duke of the Docks’ and owns four '
         'boats that never leave the harbour,” Lund said.'),
        ('Ada Moss said the crew had taken to calling him “the Lisbon Lifeguard.” '
         '“He has saved nobody,” she said.'),
    ))
    assert got["the Duke of the Docks"] == ""  # scare: a name given, not speech
    assert got["the Lisbon Lifeguard."] == ""
    assert got["He has saved nobody,"] == "ada_moss"


def test_a_quoted_nickname_inside_a_name_leaves_the_name_whole(speakers):
    got = speakers(page(
        'The stunt double of Low Tide!',
        'By Jo Bell',
        ('Greta “Gull” Solberg has fallen off the pier more times than anyone. “Forty-one '
         'times, and counting,” Solberg said. Her brother, Nils Solberg, rows the safety boat.'),
    ))
    assert got["Forty-one times, and counting,"] == "greta_solberg"  # not Nils


def test_a_local_office_before_a_name_is_a_title_not_part_of_the_name(speakers):
    got = speakers(page(
        'Harbour council approves Low Tide! shoot',
        'By Jo Bell',
        ('Councilmember Rosa Quintana-Lee voted for the permit. “The pier needs the money,” '
         'she said. Alderman Piet Vandersloot did not. “Nobody asked the fishermen,” '
         'Vandersloot said.'),
    ))
    assert got["The pier needs the money,"] == "rosa_quintana_lee"
    assert got["Nobody asked the fishermen,"] == "piet_vandersloot"


def test_a_name_inside_a_relative_clause_before_the_verb_does_not_speak(speakers):
    got = speakers(page(
        'Harbour traders split over Low Tide! shoot',
        'By Jo Bell',
        ('Greta Solberg, who has run Marsh Chandlery on the quay for twenty years, told the '
         'council the closure plan was “a storm with paperwork.”'),
    ))
    assert got["a storm with paperwork."] == "greta_solberg"


def test_a_phrase_of_circumstance_between_commas_is_not_the_subject(speakers):
    got = speakers(page(
        'Low Tide! director praises her crew',
        'By Jo Bell',
        ('Greta Solberg, in a note passed on by the agency, called the crew “the '
         'bravest sailors who never left the dock.”'),
    ))
    assert got["the bravest sailors who never left the d"] == "greta_solberg"


def test_a_lone_given_name_set_beside_a_possessive_description_is_a_person(speakers):
    got = speakers(page(
        'Ada Moss on Low Tide!',
        'By Jo Bell',
        'Q: Was there a day you nearly stopped?',
        ('A: The ninth day. Our unit photographer, Benedikt, climbed the crane in the rain and '
         'shouted, “Either we shoot now or we all go home.” So we shot.'),
    ))
    assert got["Either we shoot now or we all go home."] == "benedikt"  # not Ada Moss


def test_a_short_capitalised_reply_tagged_by_a_possessive_description_is_speech(speakers):
    got = speakers(page(
        'Ada Moss races her son on the beach',
        'By Jo Bell',
        ('Who is faster? “Me,” said Theo. “Definitely me,” said his mother. “Neither of you,” '
         'said his coach.'),
    ))
    assert got["Definitely me,"] != ""  # speech, not a title
    assert got["Neither of you,"] == "unknown"  # someone unnamed, not a title


def test_what_someone_unnamed_called_something_is_their_speech(speakers):
    got = speakers(page(
        'Low Tide! premiere ends on the pier',
        'By Jo Bell',
        ('After the screening, Ada Moss led the crowd to the harbour for what one neighbour '
         'called “the loudest night since the lighthouse closed.”'),
    ))
    assert got["the loudest night since the lighthouse c"] == "unknown"  # not Ada Moss


def test_a_he_after_a_definite_subject_kept_unnamed_is_that_unnamed_person(speakers):
    got = speakers(page(
        'The rigger of Low Tide!',
        'By Jo Bell',
        ('Greta Solberg rigs boats for films. Her brother, Nils Solberg, taught her to tie knots.'),
        ('The hardest job was a mast that had to fall on cue. The producer, whom Solberg will '
         'not name, wanted it done in one take. “He kept asking, ‘Can it fall slower?’ and I '
         'kept telling him that masts do not care,” she says.'),
    ))
    assert got["Can it fall slower?"] == "unknown"  # not Nils, the last man named


def test_a_partial_quotation_ending_a_long_reported_clause_is_the_reporters(speakers):
    got = speakers(page(
        'Rae Lund learned to sail for Low Tide!',
        'By Jo Bell',
        ('Rae Lund trained for the part in winter. He said he spent a month on a trawler near the '
         'Azores and came back “smelling of diesel until spring.”'),
    ))
    assert got["smelling of diesel until spring."] == "rae_lund"


def test_after_a_semicolon_an_unnamed_subject_speaks_and_a_reaction_hands_the_words_back(
        speakers):
    got = speakers(page(
        'Ada Moss, late bloomer',
        'By Jo Bell',
        ('Ada Moss made her first film at fifty. Reviewers in Porto noticed her patience; one '
         'called her “the calmest storm in cinema.” Moss, who framed the review, smiles when it '
         'is read aloud. “Calm is just slow panic. Ask my crew.”'),
    ))
    assert got["the calmest storm in cinema."] == "unknown"  # not Ada Moss, the object
    assert got["Calm is just slow panic. Ask my crew."] == "ada_moss"  # not the reviewer


def test_an_organisation_named_as_the_subject_of_a_speech_verb_speaks(speakers):
    got = speakers(page(
        'Low Tide! sequel confirmed',
        'By Jo Bell',
        ('Ada Moss will return to direct. Saltmarsh Pictures, which owns the rights, said the '
         'new film would be “wetter, louder and longer.” In a note to exhibitors, Gullwing '
         'Films said it was “proud to keep the harbour lights on.”'),
    ))
    assert got["wetter, louder and longer."] == "saltmarsh_pictures"  # not Ada Moss
    assert got["proud to keep the harbour lights on."] == "gullwing_films"



def test_the_studio_after_a_named_studio_is_that_studio(speakers):
    got = speakers(page(
        'Low Tide! gets a winter release',
        'By Jo Bell',
        ('Ada Moss has finished the final cut. Gullwing Films, which paid for the reshoots, set '
         'the release for December. “Nobody should see this film in summer,” the studio said.'),
    ))
    assert got["Nobody should see this film in summer,"] == "gullwing_films"


def test_a_name_set_beside_a_possessive_description_inside_a_quotation_is_a_person(speakers):
    got = speakers(page(
        'Ada Moss on what comes after Low Tide!',
        'By Jo Bell',
        ('“A film about lock keepers, which my editor, Bram Oosterhuis, has described as '
         '‘more water, fewer jokes,’ though it is mostly about bread,” Ada Moss said.'),
    ))
    assert got["more water, fewer jokes,"] == "bram_oosterhuis"  # not Ada Moss


def test_a_he_after_his_relative_in_a_fronted_phrase_is_whose_relative(tmp_path):
    (tmp_path / "people.toml").write_text('''
[[person]]
id = "ivo_marsh"
name = "Ivo Marsh"
gender = "male"
role = "subject"
aliases = ["Ivo Marsh", "Marsh"]

[[person]]
id = "teo_marsh"
name = "Teo Marsh"
gender = "male"
role = "cast"
aliases = ["Teo Marsh"]
nominals = ["(?:[Hh]is|Marsh(?:’s|'s)) (?:young |own )?son"]
''', encoding="utf-8")
    (tmp_path / "page.txt").write_text(page(
        'Ivo Marsh directs his son in Harbour Boys',
        'By Jo Bell',
        ('Teo Marsh rows a boat in the film. Ivo Marsh wrote it in a winter. About casting his '
         'own son, he said, “Nobody else could row that badly on purpose.”'),
    ), encoding="utf-8")
    quotes = load_corpus(tmp_path).quotes
    said = quotes[quotes.text.str.startswith("Nobody else")]
    assert said.speaker.tolist() == ["ivo_marsh"]  # not his son


def test_an_unnamed_subject_of_four_words_set_off_by_an_aside_keeps_her_pronouns(speakers):
    got = speakers(page(
        'Low Tide! premiere: live from the pier',
        'By Jo Bell',
        ('Ada Moss waved from the boat. A student from the coast, clutching a paper flag, says '
         'she came from Faro on the night bus. “I have seen it six times,” she said.'),
    ))
    assert got["I have seen it six times,"] == "unknown"  # not Ada Moss


def test_a_short_name_for_a_thing_glossed_after_it_is_not_speech(speakers):
    got = speakers(page(
        'Ada Moss and the harbour',
        'By Jo Bell',
        ('Ada Moss rows out before every shoot. She calls the harbour “o avô,” the grandfather. '
         'When the film opened, she called it “a wet love letter.”'),
    ))
    assert got["o avô,"] == ""  # a scare quote: the name she gives it
    assert got["a wet love letter."] == "ada_moss"  # what the film is, in her words
