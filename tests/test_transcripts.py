"""Q&A layouts: who asks and who answers in transcripts and question lists, on invented pages."""

from coverage_analysis import load_corpus
from coverage_analysis.parse.lines import split_lines
from coverage_analysis.parse.qa import label_words
from coverage_analysis.parse.segment import assign_roles

PEOPLE = """
[[person]]
id = "mara_quell"
name = "Mara Quell"
gender = "female"
role = "subject"
aliases = ["Mara Quell", "Mara"]

[[person]]
id = "ivo_quell"
name = "Ivo Quell"
gender = "male"
role = "cast"
aliases = ["Ivo Quell", "Ivo"]
"""

#: A cable-news transcript: names on the first turns only, then ">>" at each change of
#: speaker, with audience cues, a clip and an off-camera voice.
CABLE = [
    "EVENING LINE",
    "Mara Quell and Ivo Quell on 'Salt Roads'",
    "Aired March 3, 2025 - 20:00   ET",
    "[20:12:40]",
    ("TESSA VROOM, EVENING LINE HOST: Welcome back. A mother and her son made a film about a "
     "ferry, and they are both here tonight. Welcome."),
    'MARA QUELL, DIRECTOR, "SALT ROADS": Glad to be here.',
    'IVO QUELL, ACTOR, "SALT ROADS": Hello.',
    ">> Mara, why a ferry?",
    ">> Because my father ran one for thirty years, and I grew up seasick.",
    ">> Ivo, were you seasick too?",
    ">> Every single day. I kept a bucket by the camera.",
    "(LAUGHTER)",
    ">> He did not keep a bucket.",
    ">> There is a photo of the bucket.",
    ">> Here is the storm scene from the film.",
    "(BEGIN VIDEO CLIP)",
    "UNIDENTIFIED MALE: Hold the rope!",
    "(END VIDEO CLIP)",
    ">> I heard that you rewrote the ending the night before the shoot.",
    ">> Twice, and both times at the kitchen table.",
    "UNIDENTIFIED FEMALE: Ten seconds.",
    ">> We have to leave it there. Mara Quell, Ivo Quell, thank you both.",
    ">> Thank you.",
    ">> Thanks for having us.",
    "(COMMERCIAL BREAK)",
]


def roles_of(lines, author="", outlet=""):
    """Role of each line of a page given as a list of lines."""
    return [r for r, _ in assign_roles(split_lines("\n".join(lines)), author, outlet)]


def test_chevron_turns_ask_when_they_question_or_address_someone_after_a_guest():
    roles = roles_of(CABLE)
    turns = [r for line, r in zip(CABLE, roles, strict=True) if line.startswith(">>")]
    assert turns == ["question", "answer", "question", "answer", "answer", "answer",
                     "question",  # introduces a clip
                     "question", "answer", "question", "answer", "answer"]
    assert roles[3:7] == ["dateline", "question", "answer", "answer"]  # a time stamp alone


def test_chevron_turns_go_to_the_guest_named_or_the_other_guest(tmp_path):
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "cable.txt").write_text("\n".join(CABLE) + "\n", encoding="utf-8")
    quotes = load_corpus(tmp_path).quotes
    turns = quotes[quotes.kind == "turn"]
    assert turns.speaker.tolist() == [
        "interviewer", "mara_quell", "ivo_quell",
        "interviewer", "mara_quell",  # the question names Mara
        "interviewer", "ivo_quell",  # … then Ivo
        "mara_quell", "ivo_quell",  # guest after guest: the other guest
        "interviewer", "unknown",  # the clip and its unnamed voice
        "interviewer", "ivo_quell",  # an unnamed prompt: the guest who spoke last
        "unknown",  # an off-camera voice is no one named
        "interviewer", "mara_quell", "ivo_quell",
    ]


def test_a_label_may_give_a_job_and_a_show_or_a_long_part_in_brackets():
    assert label_words('NOOR BELL, CRITIC, "THE LATE DESK": It works.') == "NOOR BELL"
    assert label_words("Q (Pell Ardent, The Harbour Weekly Review): Why now?") == "Q"
    assert label_words(">> TESSA VROOM: Welcome back.") == "TESSA VROOM"
    assert label_words(">> Welcome back, everyone.") == ""


def test_a_cue_in_brackets_is_no_turn_and_the_last_label_ends_the_transcript():
    page = ["Press Room", "Full transcript: the 'Harbour Lights' press conference",
            "MODERATOR (ELSA DRUM): Good morning. We have twenty minutes.",
            "Q (Pell Ardent, The Harbour Weekly Review): How long was the shoot?",
            "NOOR BELL: Forty days, most of them in the rain.",
            "(Laughter)",
            "Q (Rui Calder, Coastline): Who chose the lighthouse?",
            "NOOR BELL: The lighthouse chose us. Nobody else would rent it to us.",
            "Q (Pell Ardent, The Harbour Weekly Review): Will there be a sequel?",
            "NOOR BELL: Ask me when this one has made its money back.",
            "MODERATOR (ELSA DRUM): That is all the time we have. Thank you.",
            "'Harbour Lights' opens in cinemas on Friday, June 6."]
    roles = roles_of(page)
    assert roles[2:5] == ["question", "question", "answer"]
    assert roles[5] not in ("question", "answer")
    assert roles[6:11] == ["question", "answer", "question", "answer", "question"]
    assert roles[11] not in ("question", "answer")


def test_a_footnote_mark_after_the_last_answer_keeps_its_dashed_label():
    page = ["Noor Bell, in her own words", "By Jo Bell",
            "Interviewer — Where does a film begin for you?",
            "Noor Bell — With a sound. Usually a door closing somewhere far off.",
            "[Her brother comes in with the tea.]",
            "Interviewer — Casting your brother must have been odd.",
            "Noor Bell — He was the only one who could row. I had no choice.",
            "Interviewer — And the next film?",
            "Noor Bell — A comedy. Please do not print that.²",
            "² She later agreed that we could."]
    assert roles_of(page)[2:9] == ["question", "answer", "body", "question", "answer",
                                   "question", "answer"]


def test_numbered_questions_for_readers_with_no_answers_between_are_no_interview():
    page = ["Junior Reviews", "By Pia Lund, age 12",
            "The Kite Thief is about a boy who steals kites so that he can fly them all at once.",
            "I liked the chase on the beach. My cousin screamed when the big kite fell.",
            "The ending is sad, but I think it is the right ending for the story.",
            "THINK ABOUT IT",
            "1. Why do you think the boy never flies a kite of his own?",
            "2. Have you ever wanted something so much you did something wrong?",
            "3. What would you say to the boy if you met him on the beach?",
            "For parents: our young reviewers write in their own words, lightly edited.",
            "Want to write a review? Ask a parent to send us a note!"]
    roles = roles_of(page)
    assert "question" not in roles and "answer" not in roles


def test_a_styled_question_before_its_answer_on_one_line_is_the_interviewers_turn(tmp_path):
    page = ["Five Minutes With Mara Quell", "By Jo Bell",
            "The director of Salt Roads grew up on a ferry and still cannot swim.",
            "**What do you eat on a shoot?** Soup. Only soup. I carry a flask everywhere.",
            "**Who taught you to film?** My father. He gave me a camera and said, “Hold it.”",
            "**What is next?** A film about a bridge. I am told bridges are calmer."]
    (tmp_path / "people.toml").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "page.txt").write_text("\n".join(page) + "\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "article_id,file,interviewee\npage,page.txt,mara_quell\n", encoding="utf-8")
    quotes = load_corpus(tmp_path).quotes
    turns = quotes[quotes.kind == "turn"]
    assert list(zip(turns.text.str[:12], turns.speaker, strict=True)) == [
        ("What do you ", "interviewer"), ("Soup. Only s", "mara_quell"),
        ("Who taught y", "interviewer"), ("My father. H", "mara_quell"),
        ("What is next", "interviewer"), ("A film about", "mara_quell")]
    # a quotation inside the answer is said by whom the answer names: her father, unnamed
    assert quotes.loc[quotes.text == "Hold it.", "speaker"].tolist() == ["unknown"]


def test_links_marked_by_chevrons_make_no_transcript():
    page = ["Film Desk Weekly", "Episode 41: Salt Roads sails into Cannes",
            "HOST: Jo Bell, film editor",
            "GUEST: Mara Quell, director of Salt Roads",
            "PRODUCER: Lina Vos",
            "The ferry drama will open the festival's second week, and its director joins us.",
            ">> Listen on your phone",
            ">> Cannes 2025: the full line-up",
            ">> Our critics' picks of the week",
            "Share: Email"]
    roles = roles_of(page)
    assert "question" not in roles and "answer" not in roles
