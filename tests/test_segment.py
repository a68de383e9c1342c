from pathlib import Path

import pytest
from builders import assert_within, gold_scores

from coverage_analysis.parse.lines import split_lines
from coverage_analysis.parse.segment import assign_roles
from coverage_analysis.parse.sentences import split_sentences

PAGES = Path(__file__).resolve().parent / "corpora" / "pages"


def roles_by_line(corpus, article_id):
    p = corpus.paragraphs[corpus.paragraphs.article_id == article_id]
    return dict(zip(p.line, p.role, strict=True))


def test_review_furniture(corpus):
    roles = roles_by_line(corpus, "000")
    assert roles[1] == "title"  # "K-Pops!"
    assert roles[3] == "byline"  # "Written by Nicole Cabrera"
    assert roles[6] == "warning"
    assert roles[21] == "bio"
    assert [r for r in roles.values()].count("body") == 6


def test_news_report_credits_and_headings(corpus):
    roles = roles_by_line(corpus, "001")
    assert roles[5] == roles[17] == "credit"
    assert roles[7] == roles[19] == "heading"  # "What is K-POPS about?" is one question, not a Q&A
    assert list(roles.values()).count("body") == 13


def test_profile_headings_and_list(corpus):
    roles = roles_by_line(corpus, "002")
    assert [line for line, r in roles.items() if r == "heading"] == [3, 7, 11, 14, 19, 23]
    assert [line for line, r in roles.items() if r == "list_item"] == [16, 17, 18]


def test_interview_debris_byline_and_turns(corpus):
    roles = roles_by_line(corpus, "003")
    assert roles[1] == roles[3] == "byline"  # "By" then "Selena Kuznikov"
    # "Related Stories", "VIP+", two related headlines, "Popular on Variety": promotions
    assert [line for line, r in roles.items() if r == "promo"] == [27, 44, 51, 69, 84]
    assert [line for line, r in roles.items() if r == "debris"] == [137]  # site tagline
    assert [line for line, r in roles.items() if r == "question"] == [91, 103, 120, 126, 134]
    assert list(roles.values()).count("answer") == 13
    assert roles[79] == "body"  # the standfirst is the article's


def test_nothing_dropped_and_rule_given(corpus, seeds_dir):
    for article in corpus.articles.itertuples():
        raw = (seeds_dir / article.file).read_text(encoding="utf-8")
        nonblank = [line for line in raw.splitlines() if line.strip()]
        p = corpus.paragraphs[corpus.paragraphs.article_id == article.article_id]
        assert len(p) == len(nonblank)
        assert (p.rule != "").all()


def test_sentence_counts(corpus):
    counts = corpus.sentences.groupby("article_id").size().to_dict()
    assert counts == {"000": 24, "001": 39, "002": 91, "003": 67}


def test_offsets_point_at_the_text(corpus):
    for name in ("paragraphs", "sentences", "quotes", "mentions"):
        table = getattr(corpus, name)
        column = "surface" if name == "mentions" else "text"
        for row in table.itertuples():
            assert corpus.raw[row.article_id][row.start : row.end] == getattr(row, column)


def test_no_sentence_crosses_a_line(corpus):
    assert not corpus.sentences.text.str.contains("\n").any()


def sentences(text, works=("K-Pops!",)):
    return [text[s:e] for s, e in split_sentences(text, works)]


def test_dot_paak_never_splits():
    text = "The film screened. .Paak delivers. Soon after (.Paak) left."
    assert sentences(text) == ["The film screened.", ".Paak delivers.", "Soon after (.Paak) left."]


def test_title_with_exclamation_is_not_an_end():
    text = "In his directorial debut K-Pops! Anderson .Paak does just that. It works!"
    assert sentences(text) == [
        "In his directorial debut K-Pops! Anderson .Paak does just that.",
        "It works!",
    ]


def test_abbreviations_and_initials():
    text = "Mr. Park met Dr. Kim in the U.S. on Monday. J. Cole was there."
    assert sentences(text) == ["Mr. Park met Dr. Kim in the U.S. on Monday.", "J. Cole was there."]


def test_missing_space_after_period_splits():
    assert sentences("woo the idol wannabe Kang.Kang is everything.") == [
        "woo the idol wannabe Kang.",
        "Kang is everything.",
    ]


def test_speech_tag_stays_with_its_quote_and_quotes_split_inside():
    text = "“It’s deep. I thought so,” he continued. “We were there.”"
    assert sentences(text) == ["“It’s deep.", "I thought so,” he continued.", "“We were there.”"]


def test_question_then_lowercase_tag_stays():
    assert sentences("“Why?” she asked. Then she left.") == ["“Why?” she asked.", "Then she left."]


def test_roles_of_a_made_up_page():
    raw = "\n\n".join(
        [
            "Big Night Out",
            "By Jo Bloggs",
            "It was a night.",
            "Photo: Getty Images",
            "Read More",
            "Subscribe now",
        ]
    )
    lines = split_lines(raw)
    assert [r for r, _ in assign_roles(lines)] == [
        "title",
        "byline",
        "body",
        "credit",
        "promo",
        "promo",
    ]


def test_numbered_abbreviation_only_before_a_number():
    assert sentences("It was No. 1 on the chart. He said no. Then he left.") == [
        "It was No. 1 on the chart.",
        "He said no.",
        "Then he left.",
    ]


def test_long_headline_is_a_title_but_not_a_heading():
    headline = (
        "Anderson .Paak and His Son Soul Rasheed Talk K-Pops!, Silk Sonic and Learning to "
        "Work Together"
    )
    raw = f"{headline}\n\nThe film premiered.\n"
    assert [r for r, _ in assign_roles(split_lines(raw))] == ["title", "body"]


# --------------------------------------------- page furniture on unseen layouts
#
# Each page below is made up, in a layout the seeds do not have. The pages
# corpus (tests/corpora/pages) has whole pages of each kind with hand-set gold.


def roles_of(lines, author="", outlet=""):
    """Role of each line of a page given as a list of lines."""
    return [r for r, _ in assign_roles(split_lines("\n".join(lines)), author, outlet)]


BODY = [
    "The film follows a drummer who finds out, late and by accident, that he has a son.",
    "It sags in the middle, but the ending, a duet between the two, earns its applause.",
]


def test_tags_one_a_line_under_a_topics_header():
    for header in ("Read more about:", "Filed under", "Tagged", "More about:", "Topics"):
        page = ["A Drummer Finds His Son in Seoul", *BODY, header, "Film festivals",
                "Music on screen", "Comedy"]
        assert roles_of(page)[-4:] == ["navigation"] * 4, header


def test_a_list_the_last_paragraph_introduces_stays_article_text():
    page = ["Festival Names Its Closing Film", *BODY, "The closing night will include:",
            "A red-carpet arrival at the seafront", "A short drum set before the screening",
            "Copyright © 2024 The Harbour Festival. All rights reserved."]
    assert roles_of(page)[-3:-1] == ["heading", "heading"]


def test_headlines_after_the_article_are_promotions_and_short_links_navigation():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Keep exploring",
            "Council approves a new bike lane on the harbour road",
            "The ten best concert films of the decade, ranked",
            "Jobs   Careers   Advertise", "Careers", "Masthead"]
    assert roles_of(page)[3:] == ["promo", "promo", "promo", "navigation", "navigation",
                                  "navigation"]


def test_lines_under_a_sponsored_header_are_debris():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Sponsored Stories",
            "Doctors Stunned by This One Simple Drumming Trick",
            "The Celebrity Kids Who Look Exactly Like Their Parents"]
    assert roles_of(page)[3:] == ["debris"] * 3


def test_comment_section_has_its_own_header_and_ends_before_the_footer():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Have your say", "sort: newest",
            "ollie_t · 3h", "Saw it last night. The duet at the end is worth the ticket.",
            "Reply · 12", "Bea K. · 1d", "too long but I still loved it honestly",
            "Reply · 2", "Ready for more?", "Type your email…", "Subscribe",
            "© 2024 The Long Take"]
    roles = roles_of(page)
    assert roles[3:11] == ["comments"] * 8
    assert roles[11:] == ["promo", "promo", "promo", "copyright"]


def test_a_comment_section_without_a_header_starts_at_the_first_signature():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "mara_k says:",
            "The best thing I saw at the festival.", "Reply", "dev0n says:",
            "Agreed, and the music is great.", "Reply"]
    assert roles_of(page)[3:] == ["comments"] * 6


def test_a_comment_header_under_the_headline_is_never_the_title():
    page = ["Join the conversation (14)", "A Drummer Finds His Son in Seoul", "By Ana Ruiz",
            *BODY]
    assert roles_of(page)[:2] == ["navigation", "title"]


def test_section_labels_in_capitals_and_the_outlets_name_come_before_the_headline():
    page = ["THE PRAIRIE EVENING COURIER GAZETTE", "PEOPLE IN THE NEWS",
            "Drummer brings his son to the festival premiere", "By Ana Ruiz", *BODY]
    assert roles_of(page, outlet="Prairie Evening Courier Gazette")[:3] == [
        "navigation", "navigation", "title"]
    page = ["MUSIC", "DRUMMER BRINGS HIS SON TO THE FESTIVAL PREMIERE", "By Ana Ruiz", *BODY]
    assert roles_of(page)[:2] == ["navigation", "title"]  # a headline in capitals stays one


def test_a_lower_case_tagline_and_a_slogan_before_the_menu_are_the_sites():
    page = ["Drum Circle Daily", "the loudest little blog on the internet",
            "Free every week. Independent since 2009.", "Home | Reviews | News | About",
            "Posted by drumfan on September 26, 2024", "LIVE: the premiere red carpet!!",
            *BODY]
    assert roles_of(page, outlet="Drum Circle Daily")[:6] == [
        "navigation", "navigation", "navigation", "navigation", "byline", "title"]


def test_a_headline_ending_with_a_period():
    page = ["Second Reel", "I went to a choir movie and cried. Twice.",
            "A small film about a church choir finds its voice in the quiet parts.",
            "Idris Fenn", "Oct 21, 2024", *BODY]
    assert roles_of(page)[:5] == ["navigation", "title", "heading", "byline", "dateline"]


def test_styling_fashion_and_production_credits():
    page = ["A Drummer at Home", *BODY, "Styling by Renée Adjei-Holm", "Grooming: Marisol Quan",
            "Photo assistants: Jae Kim and Bo Lindgren",
            "On Ada: coat by Ostrander, boots by Haverly; earrings, her own.",
            "Drum Talk is produced by Lena Okafor and mixed by Sam Bright. Our theme music "
            "is by Tobi Vance."]
    assert roles_of(page)[3:] == ["credit"] * 5


def test_a_sentence_with_two_credits_in_it_is_article_text():
    page = ["A Drummer at Home", "The film was directed by Ada Moss and produced by Jo Lind.",
            "The award was presented by the festival’s director.", *BODY]
    assert roles_of(page)[1:3] == ["body", "body"]


def test_sponsor_reads_are_debris():
    page = ["Episode 12: The Drummer’s Son", "Presented by Northpeak Coffee", *BODY,
            "This episode is brought to you by Fretline. Go to fretline.example for a free "
            "month.", "Entertainment coverage sponsored by Harbor Credit Union"]
    roles = roles_of(page)
    assert roles[0] == "title"
    assert [roles[1], roles[4], roles[5]] == ["debris"] * 3


def test_chapters_are_list_items_and_live_blog_entries_body():
    page = ["Episode 12: The Drummer’s Son", *BODY, "Chapters", "00:00 Intro",
            "04:12 How the sketch became a film", "19:40 Shooting in Seoul"]
    assert roles_of(page)[-3:] == ["list_item"] * 3
    page = ["LIVE: The premiere red carpet", *BODY, "7:42 p.m. — He is here",
            "7:45 p.m. — Soul signed my poster", "7:58 p.m. — Everyone screamed"]
    assert "navigation" not in roles_of(page)


def test_bilingual_furniture_is_judged_by_its_latin_words():
    page = ["Chinatown dancers get front-row seats", "華埠青少年舞蹈團受邀觀看特別放映",
            "By Winnie Lau 劉慧玲", "2024年10月3日 | Oct. 3, 2024", *BODY,
            "“我孫女跳得最好,” she said, laughing: my granddaughter dances best.",
            "相關新聞 Related News", "廣告 Advertisement"]
    assert roles_of(page) == ["title", "heading", "byline", "dateline", "body", "body", "body",
                              "promo", "debris"]


def test_newsletter_box_around_its_email_field():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Advertisement", "The Weekender",
            "Our critics’ picks for the weekend, every Friday.", "Enter your email address",
            "Sign up", "By signing up you agree to our Terms of Use."]
    assert roles_of(page)[4:] == ["promo"] * 5
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Enter your email address", "Sign up"]
    assert roles_of(page)[1:3] == ["body", "body"]  # the article above the box stays


def test_date_lines_without_a_year_in_dotted_digits_or_a_clock_time_alone():
    page = ["A Drummer Finds His Son in Seoul", "Published Sept. 12 at 6:00 a.m. ET",
            "Updated 11:42 a.m. ET", "2024.10.02", "Watched 12 Sep 2024", *BODY, "9:58 p.m. ET",
            "The crowd is still outside."]
    roles = roles_of(page)
    assert roles[1:5] == ["dateline"] * 4
    assert roles[7] == "dateline"


def test_bylines_in_other_shapes():
    page = ["A Drummer Finds His Son in Seoul", "ROWAN PIKE", "ARTS REPORTER",
            "Author: Dana Okafor (KQRT)", *BODY]
    assert roles_of(page)[1:4] == ["byline"] * 3
    page = ["A Drummer Finds His Son in Seoul", "Hannah Ferreira, Luc Desrosiers and Amira Haddad",
            "Updated 11:52 p.m. ET", "Key events", *BODY]
    assert roles_of(page)[1] == "byline"


def test_live_blog_signatures_after_each_entry():
    page = ["LIVE: The premiere red carpet", "9:58 p.m. ET",
            "Father and son arrived together in matching suits.", "Amira Haddad", "Share",
            "9:40 p.m. ET", "The line goes around the block.", "Luc Desrosiers", "Share"]
    roles = roles_of(page)
    assert roles[3] == roles[7] == "byline"


def test_a_name_heading_over_its_paragraph_is_not_a_signature():
    page = ["Who Is Who in the Cast", *BODY, "Kevin Moss",
            "A former idol, he plays the rival performer with a wink.", "Ada Lind",
            "She plays the boy’s mother, warily and warmly."]
    assert roles_of(page)[3] == roles_of(page)[5] == "heading"


def test_writer_bios_by_first_name_handle_or_author_box():
    page = ["A Drummer Finds His Son in Seoul", "Words by Priya Castellanos", *BODY,
            "Priya writes about music for the magazine.", "Read Next"]
    assert roles_of(page)[4] == "bio"
    page = ["A Drummer Finds His Son in Seoul", "by jinahseo", *BODY,
            "jinahseo is a senior writer who has followed K-pop since 2009.",
            "© 2024 Hallyu Beat"]
    assert roles_of(page)[4] == "bio"
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Written by Marcus Oyo",
            "1.8K Followers", "Film writer in Chicago. I watch too many movies.", "Follow"]
    assert roles_of(page)[3:] == ["byline", "navigation", "bio", "navigation"]


def test_table_of_contents_repeats_the_headings():
    page = ["7 Things to Know About the Film", "Jump to", "It Started as a Sketch",
            "It Was Shot in Seoul", "The film began as a home video.", "1. It Started as a Sketch",
            "The two made short videos at home.", "2. It Was Shot in Seoul",
            "The crew shot for 28 days."]
    assert roles_of(page)[1:4] == ["navigation"] * 3
    assert roles_of(page)[5] == roles_of(page)[7] == "heading"


def test_a_last_line_below_the_copyright_is_not_a_cut_off_paragraph():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "© 2024 Idris Fenn", "Get the app",
            "Inkwell is the home for great writing"]
    assert roles_of(page)[-1] == "promo"
    page = ["A Drummer Finds His Son in Seoul", *BODY,
            "The cast are expected to return to London for a fan screening in the"]
    assert roles_of(page)[-1] == "body"


def test_bare_counts_under_the_headline_but_not_a_listicles_first_number():
    page = ["I Loved This Film", "Idris Fenn", "Oct 21, 2024", "14", "3", "Share", *BODY]
    assert roles_of(page)[3:5] == ["navigation", "navigation"]
    page = ["Five Things We Learned", "By Ana Ruiz", "1", "It Started at Home", *BODY]
    assert "navigation" not in roles_of(page)


#: The pages corpus: no article text dropped, no furniture kept, every headline and
#: truncation flag right, and the furniture's own roles nearly all right.
PAGE_THRESHOLDS = {
    "furniture_as_text": (0.0, 0.0),
    "text_as_furniture": (0.0, 0.0),
    "title_accuracy": (1.0, 1.0),
    "truncated_accuracy": (1.0, 1.0),
    "role_accuracy": (0.95, 1.0),
}


@pytest.fixture(scope="module")
def page_scores():
    return gold_scores(PAGES)


@pytest.mark.parametrize("metric", list(PAGE_THRESHOLDS))
def test_pages_corpus_thresholds(page_scores, metric):
    assert_within(page_scores, metric, PAGE_THRESHOLDS[metric])


def test_worded_ratings_alerts_save_buttons_like_counters_and_gift_prompts():
    page = ["Storm Alert: High winds expected overnight", "A Drummer Finds His Son in Seoul",
            "Save story", *BODY, "Rating: three lanterns out of five.",
            "Like this: ♥ Like · 9 bloggers like this.",
            "Harbor Public Radio is listener-supported. Make a donation today."]
    roles = roles_of(page)
    assert roles[0] == "debris" and roles[1] == "title"
    assert roles[2] == "navigation"
    assert roles[5] == "rating"
    assert roles[6] == "navigation"
    assert roles[7] == "promo"


def test_captions_and_credits_in_other_shapes():
    page = ["A Drummer Finds His Son in Seoul", "Photo: Courtesy of Lantern House",
            "“Low Water”", *BODY,
            "Ines Varga, right, and Tomas Ek share a boat in “Low Water.”", "(Harbor Light Films)",
            "On Ines: coat by Marlow; boots, her own. On Tomas: shirt by Fenwick; cap by Ode.",
            *BODY]
    roles = roles_of(page)
    assert roles[1] == "credit"  # a credit word after the label: no caption in it
    assert roles[2] == "caption"  # a title in quotation marks beside the credit
    assert roles[5:8] == ["caption", "credit", "credit"]


def test_a_rating_with_its_reasons_and_a_running_time_is_film_information():
    page = ["A Drummer Finds His Son in Seoul", *BODY,
            "PG-13, for some strong language. 104 minutes. At the Roxy."]
    assert roles_of(page)[-1] == "infobox"


def test_a_capitals_byline_with_its_wire_service_and_section_labels_under_the_headline():
    page = ["A Drummer Finds His Son in Seoul", "By JO ANNE BELL Harbor Press Service",
            "Features · Music", *BODY]
    assert roles_of(page)[1:3] == ["byline", "navigation"]


def test_a_full_name_label_used_once_is_the_short_label_used_after_it():
    page = ["Harbor Radio, Episode 9: Ada Moss", "Transcript",
            "JO BELL: Welcome to the show. I’m Jo Bell, and my guest made Low Tide!.",
            "ADA MOSS: Thanks for having me.", "JO: Why the sea?", "ADA: I grew up on it.",
            "JO: And next?", "ADA: A long sleep."]
    roles = roles_of(page)
    assert roles[2:] == ["question", "answer"] * 3


@pytest.mark.parametrize("stamp", ["[00:04:12] ", "(04:12) ", "00:04:12 – ", "12:04 "])
def test_a_transcripts_time_may_open_each_turn(stamp):
    turns = [("JO BELL", "Welcome in. With me is the director of Low Tide!."),
             ("ADA MOSS", "Glad to be here."), ("RAE LUND", "So, why the sea?"),
             ("ADA MOSS", "I grew up on it. My father fished."),
             ("RAE LUND", "Did he see the film? He must have known those boats."),
             ("ADA MOSS", "Twice. He cried once."),
             ("JO BELL", "We will leave it there. Thank you."), ("ADA MOSS", "Thank you both.")]
    page = ["Harbor Radio, Episode 12", "Transcript",
            *(f"{stamp}{who}: {said}" for who, said in turns)]
    # both hosts ask: one is the author, the other asks in half of his lines
    assert roles_of(page, author="Jo Bell")[2:] == ["question", "answer"] * 4


@pytest.mark.parametrize("dash", ["— ", "– ", "-- "])
def test_a_dash_marks_the_questions_also_one_without_a_question_mark(dash):
    page = ["Ada Moss: “I never wanted a quiet film”", "By Jo Bell", *BODY,
            f"{dash}You once said the sea scared you.",
            "It did. I grew up on it, and I still do not swim well.",
            f"{dash}Why make a film about it, then?",
            "Because I wanted to look at it for a year without drowning.",
            f"{dash}How did you cast the boy?", "He came to an open call with his mother.",
            f"{dash}And what comes next?", "A long holiday, far from any coast."]
    assert roles_of(page)[4:] == ["question", "answer"] * 4


@pytest.mark.parametrize("style", ["*", "_", "**"])
def test_a_styling_most_questions_share_marks_one_without_a_question_mark(style):
    page = ["Ada Moss on Her Quiet Film", "By Jo Bell", *BODY,
            f"{style}Why the sea?{style}", "I grew up on it, and I still do not swim well.",
            f"{style}Your palette is all greys and greens.{style}",
            "We painted every boat twice. The first grey was too clean.",
            "The second one looked like the weather had done it.",
            f"{style}How did you cast the boy?{style}", "He came to an open call I ran myself.",
            f"{style}What comes next?{style}", "A long holiday. I have earned it."]
    assert roles_of(page)[4:] == [
        "question", "answer", "question", "answer", "answer", "question", "answer",
        "question", "answer"]


def test_an_editors_note_ends_the_last_answer_and_a_bracketed_line_is_no_turn():
    page = ["Ada Moss on Her Quiet Film", "By Jo Bell", *BODY,
            "JO: Why the sea?", "ADA: I grew up on it.",
            "[The recording cuts out here for a minute.]",
            "JO: And the boy?", "ADA: He came to an open call.", "JO: Next?",
            "ADA: A long holiday.", "This interview has been edited for length and clarity.",
            "Low Tide! opens in cinemas on May 2."]
    assert roles_of(page)[4:] == ["question", "answer", "body", *["question", "answer"] * 2,
                                  "note", "body"]


def test_bold_questions_between_labelled_answers_need_no_question_mark():
    page = ["Ada Moss on Her Quiet Film", "By Jo Bell", *BODY,
            "**Let’s begin with the harbour. Why there?**", "**Moss:** I grew up on it.",
            "**How long did the shoot take?**", "**Moss:** Nineteen nights, all of them cold.",
            "**You cast your own nephew.**", "**Moss:** He was the only boy who could row.",
            "**What comes next?**", "**Moss:** A long holiday, far from any coast."]
    assert roles_of(page)[4:] == ["question", "answer"] * 4


def test_a_guest_who_asks_back_still_answers():
    page = ["Harbor Radio, Episode 12", "Transcript",
            "JO: Welcome in. Why the sea?", "ADA: Why not? I grew up on it.",
            "JO: Was it hard? The cold, I mean.", "ADA: You have been on a boat, right?",
            "JO: Never. And next?", "ADA: A holiday. Somewhere with no water at all."]
    assert roles_of(page)[2:] == ["question", "answer"] * 3


def test_a_newsletter_issue_its_sponsor_label_sign_off_and_footer():
    page = ["View this email in your browser", "THE HARBOR BULLETIN",
            "Issue #12 · Your weekly film letter", "The Week a Lighthouse Film Won the Box Office",
            "Edited by Mara Ostlund", *BODY, "THIS ISSUE IS SUPPORTED BY REELCRATE",
            "Claim your first crate →", *BODY, "— Mara",
            "Forward this email to a friend who missed the screening.",
            "Was this forwarded to you? Subscribe here."]
    roles = roles_of(page)
    assert roles[0] == roles[2] == "navigation"
    assert roles[3] == "title"
    assert roles[4] == "byline"  # "Edited by …"
    assert roles[7:9] == ["debris", "promo"]  # the sponsor's label and its button
    assert roles[11] == "byline"  # the sign-off
    assert roles[12:] == ["promo", "promo"]


def test_print_edition_and_also_in_this_issue_promotions():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Also in today’s issue",
            "Market Watch: Three Buyers Circle the Late-Night Hit",
            "Pick up the print edition at any venue, free every morning."]
    assert roles_of(page)[3:] == ["promo", "promo", "promo"]


def test_file_photo_credit_and_its_caption():
    page = ["A Drummer Finds His Son in Seoul", "Gazette file photo, 1991",
            "Ada Moss performs at the Harbor Room in 1991. She played there for a decade.",
            *BODY]
    assert roles_of(page)[1:3] == ["credit", "caption"]


def test_icon_share_bars_counters_play_buttons_and_moderators():
    page = ["Four Directors on the Year in Film", "Moderated by Jo Bell",
            "Share  f  𝕏  in  ✉", "💬 14", "▶ Play episode", *BODY]
    assert roles_of(page)[1:5] == ["byline", "navigation", "navigation", "navigation"]


def test_site_notes_disclaimers_and_titled_ratings():
    page = ["Low Water ★★★ (of four)", "A Drummer Finds His Son in Seoul", *BODY,
            "This roundtable is part of our awards-season series.",
            "Transcript provided by Harbor Radio. It may contain errors.",
            "Harbor Beat may receive a commission on purchases made through links on this page.",
            "Harbor Beat is a fan site. All images belong to their respective owners.",
            "Support the show on Patreon for bonus episodes."]
    roles = roles_of(page)
    assert roles[0] == "rating"
    assert roles[4:] == ["note", "note", "debris", "copyright", "promo"]


def test_bylines_with_a_special_to_or_a_name_in_brackets_and_an_at_sign_date():
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell Special to the Gazette",
            "Posted by jbell (Jo Bell) · April 14, 2025", "Oct 12, 2024 @ 11:37 pm", *BODY]
    assert roles_of(page)[1:4] == ["byline", "byline", "dateline"]


def test_a_heading_over_the_information_box_at_the_end_stays_text():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Credits", "LOW WATER",
            "Director: Ines Varga", "Runtime: 98 minutes"]
    assert roles_of(page)[3:] == ["heading", "infobox", "infobox", "infobox"]


def test_numbered_listicle_headings_are_not_issue_numbers():
    page = ["Five Things to Know About the Sequel", "No. 1: It opens in Korean", *BODY,
            "No. 2: The drummer returns", *BODY]
    assert "navigation" not in roles_of(page)


def test_an_embedded_post_its_sponsor_copy_and_a_no_spam_box():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Ada Moss ✓ @adamoss · Oct 12",
            "Six weeks at sea with this crew and I would go again tomorrow. Go see it.",
            "1.4K  ·  9.8K  ·  41K", *BODY, "Sponsored by Reelcrate",
            "Every month Reelcrate sends four films to your door. Readers get the first free.",
            "Claim your crate →", *BODY,
            "The Long Take newsletter: one essay every Sunday morning. No spam."]
    roles = roles_of(page)
    assert roles[3:6] == ["debris"] * 3
    assert roles[8:11] == ["debris"] * 3
    assert roles[-1] == "promo"
    assert roles.count("body") == 6


def test_comments_under_a_responses_count_with_dated_signatures():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "6 Responses",
            "Gerrit V. — September 28, 2024 at 4:51 pm",
            "Saw this at the festival. The stairwell sequence is unreal.",
            "Mara O. — September 29, 2024 at 9:02 am", "Agreed, and the ending too."]
    assert roles_of(page)[3:] == ["comments"] * 5


def test_a_caption_credited_to_the_outlets_photographer_in_brackets():
    page = ["A Drummer Finds His Son in Seoul",
            ("Ada Moss and Jo Bell at a screening in Port Alder on April 19. "
             "(Harbor Journal photo by Sung Baek)"), *BODY]
    assert roles_of(page)[1] == "caption"


def test_a_tv_storys_reporter_line_under_its_video_is_a_caption():
    page = ["A Drummer Finds His Son in Seoul",
            "WHRB’s Jo Bell reports from Port Alder High School.",
            *BODY, "She reports from the set that the mood is tense."]
    roles = roles_of(page)
    assert roles[1] == "caption" and roles[-1] == "body"


def test_a_radio_stations_name_and_a_broadcast_date_over_the_headline():
    page = ["WHRB Harbor Radio 91.7", "Shows | Schedule | Donate",
            "Four Directors on the Year in Film", "Broadcast Sept. 18, 2024", *BODY]
    assert roles_of(page)[:4] == ["navigation", "navigation", "title", "dateline"]


def test_a_comment_sections_disclaimer_opens_it_and_the_links_above_stay_furniture():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Report an error", "Our Standards",
            "About The Gazette", "More from The Gazette",
            "A Quiet Stunner From a First-Time Director",
            "Five things to know before you head to the festival this weekend",
            "Conversations are opinions of our readers and are subject to the Code of Conduct.",
            "© 2024 The Gazette. All rights reserved."]
    roles = roles_of(page)
    assert roles[3:6] == ["navigation"] * 3
    assert roles[6:9] == ["promo"] * 3
    assert roles[9:] == ["comments", "copyright"]


def test_a_post_under_a_bare_handle_needs_its_counters():
    post = ["@adamoss", "replying to everyone who asked about the sequel", "♬ original sound",
            "3.1M  ·  42.5K  ·  9,870"]
    page = ["A Drummer Finds His Son in Seoul", *BODY, *post, *BODY]
    assert roles_of(page)[3:7] == ["debris"] * 4
    alone = ["A Drummer Finds His Son in Seoul", *BODY, "@adamoss", *BODY]
    assert roles_of(alone)[3] != "debris"


def test_a_rating_and_running_time_line_and_a_handles_posted_on_byline():
    page = ["A Drummer Finds His Son in Seoul", "Posted on October 29, 2025 by nightowl_jen",
            *BODY, "“Low Water” is in theaters now. Rated R. 97 minutes."]
    roles = roles_of(page)
    assert roles[1] == "byline" and roles[-1] == "infobox"

def test_a_wire_storys_reporting_credit_and_a_dashed_advertisement_slot():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "— Advertisement —", *BODY,
            "(Reporting by Jo Bell; Editing by Ann Lee-Moss)"]
    roles = roles_of(page)
    assert roles[3] == "debris" and roles[-1] == "byline"


#: Page furniture on development corpora whose furniture lines were read to write
#: rules (blind, speakers, speakers2) or that were written to check them (genres2).
FURNITURE_THRESHOLDS = {
    "blind": {"furniture_as_text": (0.0, 0.0), "text_as_furniture": (0.0, 0.0),
              "role_accuracy": (0.97, 1.0), "title_accuracy": (1.0, 1.0)},
    "speakers": {"furniture_as_text": (0.0, 0.0), "text_as_furniture": (0.0, 0.0),
                 "role_accuracy": (0.98, 1.0), "title_accuracy": (1.0, 1.0)},
    "speakers2": {"furniture_as_text": (0.0, 0.0), "text_as_furniture": (0.0, 0.0),
                  "role_accuracy": (0.95, 1.0)},
    "genres2": {"furniture_as_text": (0.0, 0.0), "text_as_furniture": (0.0, 0.0),
                "role_accuracy": (0.97, 1.0), "title_accuracy": (1.0, 1.0),
                "genre_accuracy": (1.0, 1.0)},
}


@pytest.mark.parametrize("name", list(FURNITURE_THRESHOLDS))
def test_furniture_thresholds_on_development_corpora(name):
    scores = gold_scores(PAGES.parent / name)
    for metric, bounds in FURNITURE_THRESHOLDS[name].items():
        assert_within(scores, metric, bounds)


def test_bold_lines_before_labelled_answers_are_questions_and_a_note_ends_the_transcript():
    page = ["Ada Moss on Low Tide!", "By Jo Bell",
            "Ada Moss made her film on a borrowed boat. We met in a harbour café.",
            "**Let’s start with the boat. Whose was it?**",
            "**Moss:** My uncle’s. He still wants it back.",
            "**You were seasick for the whole shoot.**",
            "**Moss:** Every day. I directed from a bucket.",
            "*The crew nearly quit in week two.*",
            "**Moss:** They did quit. I bought them chips and they came back.",
            "**What’s next?**",
            "**Moss:** Something on dry land.",
            "This interview has been edited for length.",
            "Low Tide! opens on Friday at the Quay Cinema."]
    roles = roles_of(page)
    assert roles[3:11] == ["question", "answer"] * 4
    assert roles[11:] == ["note", "body"]


def test_a_label_may_give_the_speakers_part_after_a_comma_or_in_brackets():
    for host, guest in (("JO BELL, HOST:", "ADA MOSS, DIRECTOR:"),
                        ("Jo Bell (host):", "Ada Moss (director):")):
        page = ["Harbor Radio, Episode 9: Ada Moss", "Transcript",
                f"{host} Welcome back. My guest made Low Tide! on a borrowed boat.",
                f"{guest} Thanks. The boat is still borrowed.",
                f"{host} Do you get seasick.", f"{guest} Every single day.",
                f"{host} And the next film.", f"{guest} On dry land, I promise."]
        assert roles_of(page)[2:] == ["question", "answer"] * 3, host


def test_a_line_after_the_last_label_of_a_fully_labelled_transcript_is_the_writers():
    page = ["Harbor Radio, Episode 9: Ada Moss", "By Jo Bell",
            "JO: Why the sea?", "ADA: I grew up on it.",
            "JO: And next?", "ADA: A long sleep.",
            "JO: Thanks, Ada.", "ADA: Thank you.",
            "Low Tide! opens on Friday at the Quay Cinema."]
    assert roles_of(page)[2:] == ["question", "answer"] * 3 + ["body"]


def test_a_turn_labelled_with_the_writers_name_is_a_question_not_a_bio():
    page = ["Ada Moss on Low Tide!", "Jo Bell", "Our conversation has been edited.",
            "Jo Bell: Why the sea?", "Ada Moss: I grew up on it.",
            "Jo Bell: Ada is the name of your boat too, isn’t it?", "Ada Moss: It is.",
            "Jo Bell: What is next?", "Ada Moss: A long sleep.",
            "Jo Bell is a critic who lives on a boat."]
    roles = roles_of(page, author="Jo Bell")
    assert roles[3:9] == ["question", "answer"] * 3
    assert roles[9] == "bio"


def test_forum_post_counters_byline_edit_notes_and_vote_lined_comments():
    page = ["filmtalk", "b/SlowCinema", "48.2k members · 903 online", "Join",
            "Posted by u/reelnotes · 6 hr. ago",
            "Went to the harbour screening of Low Tide last night and the director stayed after",
            "▲ 87 ▼", *BODY,
            "EDIT: the second screening is on Sunday, not Saturday.",
            "Edit 2: spelling of the editor's name fixed.",
            "u/quaywalker · 5 hr. ago", "The duet at the end got me too.", "▲ 12 ▼   Reply",
            "u/bea_k · 4 hr. ago", "Thanks for the write-up, wish I had gone.", "▲ 3 ▼   Reply"]
    roles = roles_of(page)
    assert roles[2:5] == ["navigation", "navigation", "byline"]
    assert roles[6] == "navigation"
    assert roles[9:11] == ["note", "note"]
    assert roles[11:] == ["comments"] * 6


def test_recording_and_translation_notes_and_stars_in_words():
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", "TWO STARS (out of four)",
            "(Translated) This interview was conducted in Korean and has been edited.",
            "Our guests recorded this episode remotely, so the sound varies.", *BODY]
    assert roles_of(page)[2:5] == ["rating", "note", "note"]


def test_blog_lowercase_byline_and_category_line():
    page = ["A Drummer Finds His Son in Seoul", "by mira k.",
            "Posted in Reviews · Tagged drama, music · 2 Comments", *BODY]
    assert roles_of(page)[1:3] == ["byline", "navigation"]


def test_captions_in_the_header_and_before_a_credit():
    page = ["A Drummer Finds His Son in Seoul", "Ada Moss", "Film Critic", "May 2, 2025",
            "Film Critic Ada Moss", *BODY]
    assert roles_of(page)[4] == "caption"
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", "May 2, 2025",
            "Theo Bell at the Harbour Cinema in Leith.", *BODY]
    assert roles_of(page)[3] == "caption"
    page = ["A Drummer Finds His Son in Seoul", "Words by Jo Bell", "May 2, 2025",
            "Theo Bell, photographed in Leith in April. Coat by Harrow & Finch; boots, his own.",
            *BODY]
    assert roles_of(page)[3] == "caption"
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell",
            "The rehearsal room, built inside an old ferry terminal.",
            "Photograph: Lena Fry / Courtesy Quay Films", *BODY,
            "Theo Bell and his son in a scene from the film. Courtesy photo"]
    assert roles_of(page)[2:4] == ["caption", "credit"]
    assert roles_of(page)[-1] == "caption"


def test_cast_and_credits_box_with_credit_sentences():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Cast and credits", "“Low Tide”",
            "Rated PG for mild language. Running time: 1 hour 38 minutes.",
            "Directed by Ada Moss. Written by Ada Moss and Theo Bell.",
            "Starring Theo Bell, Lena Fry, Jo Reyes.",
            "With Halloween close, the film opens on Friday."]
    assert roles_of(page)[4:8] == ["infobox"] * 4
    assert roles_of(page)[-1] == "body"


def test_styling_credits_are_credits_not_a_caption():
    page = ["A Drummer Finds His Son in Seoul", *BODY,
            "Styling by Lena Fry. Grooming by Jo Reyes. Photo assistant: Sam Oduya."]
    assert roles_of(page)[-1] == "credit"


def test_labelled_points_of_a_verdict_box_are_list_items():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "The verdict", "Best bit: the duet",
            "Worst bit: the second montage", "See it if: you like loud fathers",
            "Low Tide is in cinemas now."]
    assert roles_of(page)[3:] == ["heading", "list_item", "list_item", "list_item", "body"]


def test_sticky_headline_copy_share_bars_and_contact_lines():
    title = "Low Tide Review: A Drummer Finds His Son, and the Film Finds Its Beat"
    page = ["HARBOUR SCREEN", title, "Movies › Reviews", title, "By Jo Bell", *BODY,
            "Share episode:  Copy link  ·  X  ·  Email", "Like this:  ♥ 12",
            "Share your thoughts  |  Comments (4)",
            "Media contact:", "Lena Fry, Quay Films (for the premiere) | lena@quayfilms.example",
            "View full site"]
    roles = roles_of(page)
    assert roles[1] == "debris" and roles[3] == "title"
    assert roles[7:10] == ["navigation"] * 3
    assert roles[10:] == ["bio", "bio", "navigation"]


def test_platform_links_paywall_prompts_and_forum_comment_controls():
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", "Listen on Spotify",
            "Available on Apple Podcasts, Spotify and wherever you get your podcasts.", *BODY,
            "This story is for subscribers only. Already a subscriber? Log in.",
            "You’ve reached your limit of free articles this month.",
            "Sign in to keep reading.", "u/quaywalker · 2 hr. ago", "Loved the duet.",
            "Reply   Share   Save   Report"]
    roles = roles_of(page)
    assert roles[2:4] == ["navigation", "navigation"]
    assert roles[6:9] == ["promo"] * 3
    assert roles[9:] == ["comments"] * 3


def test_a_paragraph_that_mentions_the_interview_or_a_courtesy_photo_stays_text():
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY,
            "The interview was conducted in a hotel bar in Leith. She ordered tea and left it.",
            "He keeps the clipping pinned above the projector. Courtesy photos bore him."]
    assert roles_of(page)[-2:] == ["body", "body"]


def test_press_release_end_mark_and_contact_block():
    page = ["Quay Films Brings Low Tide to Vinyl", *BODY, "– ENDS –",
            "For more information, contact Lena Fry at lena@quayfilms.example.",
            "Contact:", "Lena Fry", "Quay Films", "+1 310 555 0142"]
    assert roles_of(page)[3:] == ["debris"] + ["bio"] * 5


def test_a_reference_pages_hatnote_person_box_citations_and_licence():
    page = ["Ada Moss", "From the Harbour Films Wiki",
            "This article is about the director. For the character, see Captain Moss.",
            "Born: 3 March 1980, Tromsø, Norway", "Occupation: Film director",
            "Years active: 2004–present",
            "Ada Moss is a Norwegian director best known for Low Tide!, which she shot in 2023.",
            "She grew up on a fishing boat and trained as an editor before she directed.",
            "1. ^ Bell, Jo (2 May 2023). “Ada Moss on boats”. The Quay.",
            "Community content is available under CC-BY-SA unless otherwise noted."]
    roles = roles_of(page)
    assert roles[2:6] == ["note", "infobox", "infobox", "infobox"]
    assert roles[6:8] == ["body", "body"]
    assert roles[8:] == ["debris", "copyright"]


def test_edited_notes_review_links_archive_boxes_filing_lines_and_post_counters():
    page = ["Rae Lund on Low Tide!", "By Jo Bell",
            "Our conversation has been lightly edited.",
            "Rae Lund plays the lifeguard in Low Tide!, and he cannot swim at all.",
            "Ada Moss @adamoss", "Wrapped! Thank you, crew.", "12.4K Reposts   3,108 Quotes",
            "He learned to float in a week, he says, and the crew cheered when he did.",
            "Read our review of Low Tide! →", "Filed in: Interviews, Film",
            "From the archive", "Thanks for reading The Quay! Subscribe for free to get more."]
    roles = roles_of(page, author="Jo Bell")
    assert roles[2] == "note"
    assert roles[3] == roles[7] == "body"
    assert roles[4:7] == ["debris"] * 3
    assert roles[8:] == ["promo", "navigation", "promo", "promo"]


def test_furniture_set_between_icons_is_judged_by_its_words():
    page = ["A Drummer Finds His Son in Seoul", "💬 3 comments",
            "⚠️ Spoiler warning: the twist is given away below ⚠️", *BODY,
            "🔁 24 reblogs   ❤️ 187 likes", "🥁 THE DRUM SOLO. I rewound it four times, no regrets."]
    roles = roles_of(page)
    assert roles[1:3] == ["navigation", "warning"]
    assert roles[5] == "navigation"
    assert roles[6] == "body"  # an icon before a paragraph leaves it the article's


def test_an_outlets_name_in_a_promotion_is_capitalised():
    page = ["A Drummer Finds His Son in Seoul", *BODY,
            "Also on hand: the director’s mother, who cried through the whole of the finale.",
            "Also on Backbeat: The ten best concert films", "More from Backbeat"]
    assert roles_of(page)[3:] == ["body", "promo", "promo"]


def test_lower_case_bylines_an_outlets_photo_credit_and_a_shows_host():
    page = ["A Drummer Finds His Son in Seoul", "posted by drumsandbeans",
            "Heard on The Late Reel, hosted by Ada Moss", *BODY,
            "Harbour Courier photo by Jo Bell", *BODY]
    roles = roles_of(page)
    assert roles[1:3] == ["byline", "byline"]
    assert roles[5] == "credit"
    assert roles[6:] == ["body", "body"]


def test_a_caption_credited_to_the_outlets_archive_or_a_file_photo():
    page = ["A Drummer Finds His Son in Seoul", *BODY,
            "Ada Moss at the Harbour Playhouse in 1988. (Courier archive)",
            "The old projector booth before the fire. (File photo)",
            "The council met again on Friday. (It had not met since March.)"]
    assert roles_of(page)[3:] == ["caption", "caption", "body"]


def test_a_wikis_numbered_contents_and_its_edit_links():
    page = ["Ada Moss", "Contents", "1 Early life", "2 Career", "2.1 Film", "3 Notes",
            "Early life[edit]", *BODY[:1], "Career[edit]", *BODY[1:], "Film[edit]", *BODY[:1],
            "Notes[edit]", "1. ^ Bell, Jo (2 May 2023). “Ada Moss on boats”. The Quay.",
            "Community content is available under CC-BY-SA unless otherwise noted."]
    roles = roles_of(page)
    assert roles[1:6] == ["navigation"] * 5
    assert [roles[i] for i in (6, 8, 10, 12)] == ["heading"] * 4


def test_an_embedded_post_ends_at_its_time_stamp():
    page = ["Drummer Thanks His Son Online", *BODY, "Theo Moss @theomoss",
            "thank you dad. still not letting you borrow the good sticks",
            "1:15 AM · Oct 30, 2024", *BODY, "Ada Moss @adamoss", "so proud of this one",
            "9:47 PM · Oct 29, 2024", "1.2K Reposts   310 Quotes   9.8K Likes", *BODY]
    roles = roles_of(page)
    assert roles[3:6] == ["debris"] * 3
    assert roles[6:8] == ["body", "body"]
    assert roles[8:12] == ["debris"] * 4
    assert roles[12:] == ["body", "body"]


def test_a_tv_storys_video_caption_and_transcript_are_the_videos():
    page = ["Old Cinema Reopens After Ten Years", "By Jo Bell", "▶ Play Video  1:48",
            "The Roxy reopened on Friday with a full house and a new projector.",
            "PORT ALDER, Maine — The line outside the Roxy went round the block on Friday.",
            "“It felt like a premiere,” said Ada Moss, who runs the volunteer group.",
            "Video Transcript", "ANCHOR: The lights are back on at the Roxy tonight.",
            "ADA MOSS: It felt like a premiere.", "Related Articles",
            "Council approves a new bike lane on the harbour road"]
    roles = roles_of(page)
    assert roles[3] == "caption"
    assert roles[4:6] == ["body", "body"]
    assert roles[6:9] == ["caption"] * 3


def test_a_sentence_under_a_player_is_text_when_the_story_does_not_open_on_its_place():
    page = ["Old Cinema Reopens After Ten Years", "By Jo Bell", "▶ Play Video  1:48",
            "The Roxy reopened on Friday with a full house and a new projector.",
            "The line outside went round the block, and nobody minded the rain at all."]
    assert roles_of(page)[3:] == ["body", "body"]


def test_an_introduction_ending_with_an_editors_note_is_text_and_a_closing_note_is_not():
    page = ["Ada Moss and Theo Bell on Low Tide", "By Jo Bell",
            "Ada Moss and Theo Bell met us in Leith to talk about the film they shot at sea. "
            "This conversation has been edited for length.",
            "Q: Who was more seasick?", "A: Theo, every single day of the shoot.",
            "Q: Would you go back?", "A: Only on a bigger boat, and only in summer.",
            "Q: What next?", "A: Something on dry land.",
            "Low Tide opens on Friday. This interview has been edited and condensed."]
    roles = roles_of(page)
    assert roles[2] == "body"
    assert roles[-1] == "note"


def test_two_sentences_after_the_article_are_its_closing_words_not_a_headline():
    page = ["The Cast Turned Up for Theo’s Birthday", *BODY, "View this post on Instagram",
            "A post shared by Theo (@theo.drums)",
            "We love a cast that still shows up. Happy birthday, Theo!", "12 comments"]
    assert roles_of(page)[5] == "body"


def test_footer_legal_links_a_copyright_with_its_platform_and_a_date_in_dotted_digits():
    page = ["A Drummer Finds His Son in Seoul", "24.10.2024", *BODY,
            "Privacy  |  Terms  |  Do Not Sell or Share My Personal Information",
            "© 2024 drumsandbeans · powered by Quillpad"]
    roles = roles_of(page)
    assert roles[1] == "dateline"
    assert roles[4:] == ["navigation", "copyright"]


def test_a_posts_hashtags_and_a_link_to_the_comments_with_their_count():
    page = ["A Drummer Finds His Son in Seoul", "Join the discussion (31)", *BODY,
            "#drumlife #movienight #KPops", *BODY]
    roles = roles_of(page)
    assert roles[1] == roles[4] == "navigation"
    assert roles[5:] == ["body", "body"]


def test_a_newsletters_pitch_under_its_promotion_header_before_the_footer():
    page = ["A Drummer Finds His Son in Seoul", *BODY, "Discover more from The Quay",
            "Reviews for people who stay until the lights come up. Every Friday.",
            "© 2024 Jo Bell", *BODY]
    assert roles_of(page)[3:6] == ["promo", "promo", "copyright"]


def test_a_full_name_label_used_once_may_be_shortened_to_the_surname_after_it():
    page = ["Harbor Radio, Episode 9: Ada Moss", "Transcript",
            "JO BELL-ADEYEMI, HOST: Welcome to the show. My guest made Low Tide!.",
            "ADA MOSS: Thanks for having me.", "BELL-ADEYEMI: Why the sea?",
            "MOSS: I grew up on it.", "BELL-ADEYEMI: And next?", "MOSS: A long sleep."]
    roles = roles_of(page)
    assert roles[2:] == ["question", "answer"] * 3


def test_a_reporter_who_contributed_and_a_wire_credit_with_places_are_bylines():
    page = ["Drummer Opens a School in Leith", *BODY,
            "Courier writer Ada Moss in Leith contributed to this report.",
            "(Reporting by Jo Bell in Leith; Editing by Ann Lee)",
            "The Harbour Press contributed to this report."]
    assert roles_of(page)[3:] == ["byline", "byline", "note"]


def test_short_names_after_a_read_more_label_are_tags_and_a_headline_is_a_promotion():
    page = ["A Drummer Finds His Son in Seoul", *BODY,
            "Read more: Low Tide!, Ada Moss, Festivals, Drumming",
            "More about: Ada Moss, Theo Bell, Harbour Films",
            "Read more: Drummer, son and a van: the road trip that made a film"]
    assert roles_of(page)[3:] == ["navigation", "navigation", "promo"]


def test_a_listicles_numbered_subheadings_may_be_long():
    page = ["Five Things We Learned at the Low Tide! Press Day", *BODY[:1],
            "No. 1: Ada Moss cannot swim", *BODY[1:],
            "No. 2: The lifeboat in the finale was borrowed from a real harbour crew in the north",
            *BODY[:1], "No. 3: There will be a sequel", *BODY[1:]]
    roles = roles_of(page)
    assert [roles[i] for i in (2, 4, 6)] == ["heading"] * 3
    assert [roles[i] for i in (3, 5, 7)] == ["body"] * 3


@pytest.mark.parametrize("line", [
    "Gift this article", "Image 3 of 12", "Open image in gallery", "Enlarge this image",
    "hide caption", "Copy link to clipboard", "Link copied!", "Add to bookmarks",
    "Sign in to save this story", "Share   Reuse this content", "Hide comments", "Read in app",
    "Download PDF", "Advertise with us", "Close", "Tweet", "Now Playing", "Text size",
    "Manage cookies", "Reject all", "Already have an account? Sign in",
    "Create a free account", "Newsletter sign-up", "Skip past newsletter promotion",
    "Most shared", "Article continues below", "Continue reading the main story",
    "Advertisement - Scroll to continue", "Ad Feedback", "Supported by", "Loading…",
    "Last modified on Tue 3 Mar 2024 12.04 GMT", "Composite: Jo Bell", "Source: Box Office Desk",
    "Credit…Jo Bell for The Quay", "Opinions expressed are the author’s own.",
    "Jump to comments", "Show 12 more replies", "Listen (4 min)", "Click to expand",
    "Fullscreen", "Support us", "This video is not available in your region.",
    "Your browser does not support the video tag.", "Ada Moss / The Harbour Courier",
])
def test_controls_prompts_and_credits_mid_article_are_the_sites(line):
    page = ["A Drummer Finds His Son in Seoul", "By Jo Bell", *BODY, line, *BODY]
    role = roles_of(page)[4]
    assert role not in ("body", "heading", "list_item", "question", "answer"), role
    assert roles_of(page)[5:] == ["body", "body"]


def test_labelled_turns_without_questions_are_all_answers():
    page = ["Nobody Slept: The Making of Low Tide, Told by Its Crew", "By Jo Bell",
            "We asked the people who made the film how it came together.",
            "The Boat",
            "Ada Moss: I had the boat before I had a script. My uncle lent it to me.",
            "Rae Lund: She called me at midnight and said, “Bring a raincoat.”",
            "It rained for nineteen nights. I never took it off.",
            "Ada Moss: That is true. We had one dry night and wasted it.",
            "The Edit",
            "Theo Park: I cut it in a shed. The heater only worked when the kettle was off.",
            "Rae Lund: He made tea once a day, so the shed was cold.",
            "Theo Park: Twice a day on Sundays."]
    roles = roles_of(page)
    assert roles[3:] == ["heading", "answer", "answer", "answer", "answer", "heading",
                         "answer", "answer", "answer"]
    assert roles[2] == "body"


@pytest.mark.parametrize("mark", ["{n}. ", "{n}) "])
def test_numbered_questions_with_unlabelled_answers_are_a_qa(mark):
    asked = ["Where did you grow up?", "When did you first pick up a camera?",
             "Which shot are you proudest of?", "What would you tell a student?"]
    said = ["On a houseboat. I still get seasick on land.",
            "At nine. My aunt gave me hers and I broke it in a week.",
            "The harbour at dawn. We waited six mornings for the fog.",
            "Carry a spare battery. I learned that one the hard way."]
    page = ["Four Questions for a Harbour Photographer", "By Jo Bell", *BODY]
    for n, (q, a) in enumerate(zip(asked, said, strict=True), 1):
        page += [mark.format(n=n) + q, a]
    assert roles_of(page)[4:] == ["question", "answer"] * 4


def test_a_release_notice_after_the_last_bare_answer_is_the_writers():
    page = ["Ada Moss Talks Low Tide", "By Jo Bell", *BODY,
            "Why the sea?", "I grew up on it, and I still do not swim well.",
            "How did you find your boy?", "I held an open call and he came with his mother.",
            "What do you want people to feel?", "Cold, then warm. I want it to feel like a swim.",
            "Low Tide opens in cinemas on Friday."]
    assert roles_of(page)[4:] == ["question", "answer"] * 3 + ["body"]


def test_a_full_name_and_part_used_once_then_the_surname_labels_the_turns():
    page = ["Evening Desk, Transcript: The Makers of Low Tide", "TRANSCRIPT",
            "NINA OKAFOR-BRANDT, EVENING DESK ANCHOR: Good evening. With me are two "
            "people who spent a winter on a boat.",
            "ADA MOSS, DIRECTOR: Thanks for having us.",
            "THEO PARK, ACTOR: Hello.",
            "OKAFOR-BRANDT: Ada, the boat was yours.",
            "MOSS: My uncle’s. He still wants it back.",
            "OKAFOR-BRANDT: And Theo, you learned to row for it.",
            "PARK: Badly. Every morning at five.",
            "OKAFOR-BRANDT: Thank you both."]
    assert roles_of(page)[2:] == ["question", "answer", "answer"] + ["question", "answer"] * 2 \
        + ["question"]


def test_an_actors_line_in_a_clip_is_labelled_with_the_character_after_as():
    page = ["Evening Desk, Transcript: The Makers of Low Tide", "TRANSCRIPT",
            "JO BELL, HOST: Let’s look at a scene.",
            "ADA MOSS, DIRECTOR: This is the storm night.",
            "(BEGIN VIDEO CLIP)",
            "THEO PARK AS THE FERRYMAN: Nobody crosses tonight.",
            "RAE LUND SAUNDERS AS YOUNG NELL: Then I swim.",
            "(END VIDEO CLIP)",
            "BELL: Chilling.", "MOSS: We shot it in a car park with a hose.",
            "BELL: Thank you.", "MOSS: Thank you."]
    roles = roles_of(page)
    assert roles[5:7] == ["answer", "answer"]
    assert roles[8:] == ["question", "answer"] * 2
    from coverage_analysis.parse.qa import label_words
    assert label_words(page[6]) == "RAE LUND SAUNDERS"


def test_a_second_host_who_asks_without_question_marks_still_asks():
    page = ["Harbor Radio, Episode 31", "Transcript (excerpt)",
            "RB: Tell us about the boat.", "AM: It was my uncle’s. He still wants it back.",
            "KL: How cold was it?", "AM: Cold enough that the camera froze twice.",
            "RB: The crew nearly quit, I heard.", "AM: They did quit, for an afternoon.",
            "KL: What brought them back?", "AM: Chips, and a heater I borrowed.",
            "RB: Let’s talk about the ending.", "AM: I rewrote it on the last night."]
    assert roles_of(page)[2:] == ["question", "answer"] * 5


def test_posts_a_threads_poster_answers_are_questions_and_the_badged_replies_answers():
    page = ["filmtalk", "b/SlowCinema", "Posted by adamoss_films · 1 day ago",
            "I directed Low Tide, a film about a ferry in a storm. Ask me anything!",
            "I’ll be around for an hour. Be nice about the boat.",
            "Comments (41)",
            "harbourgull · 1 day ago", "How did you keep the camera dry?",
            "adamoss_films (OP) · 1 day ago",
            "We didn’t. We went through three rain covers and one camera.",
            "Reply · 88 likes",
            "netmender · 1 day ago", "three cameras would have been the real budget line",
            "Reply · 9 likes",
            "tidewatcher · 23h", "Was the boy really rowing in that scene?",
            "adamoss_films (OP) · 23h", "Every stroke. He had blisters for a week.",
            "Reply · 51 likes",
            "saltandfilm · 22h", "What are you making next?",
            "adamoss_films (OP) · 22h", "Something on dry land, I promise my crew.",
            "Reply · 40 likes",
            "About · Terms · Privacy"]
    roles = roles_of(page)
    assert roles[2] == "byline"
    assert roles[6:11] == ["byline", "question", "byline", "answer", "navigation"]
    assert roles[11:14] == ["comments"] * 3
    assert roles[14:19] == roles[19:24] == ["byline", "question", "byline", "answer", "navigation"]


def test_an_air_date_with_a_hyphen_before_its_time_is_a_date_line_not_the_headline():
    page = ["EVENING DESK", "Shows   News   Video", "The makers of ‘Low Tide’ on a winter at sea",
            "Broadcast March 3, 2025 - 19:10 GMT",
            "JO BELL, HOST: Welcome back.", "ADA MOSS, DIRECTOR: Thanks for having me.",
            "BELL: Why the sea?", "MOSS: I grew up on it."]
    roles = roles_of(page)
    assert roles[2:4] == ["title", "dateline"]


def test_a_job_line_under_the_writers_name_does_not_push_the_headline_down():
    page = ["Harbor Weekly", "Keeping the Quay informed since 1952",
            "News   Sport   Arts   Notices", "ARTS",
            "Ferry film shoot will close the harbour road for a week",
            "Traders say the timing could not be worse",
            "Mira Castellanos-Webb", "Arts reporter",
            "Published May 2, 2025", *BODY]
    assert roles_of(page, outlet="Harbor Weekly")[4] == "title"


def test_a_works_name_with_its_year_heads_a_film_page_of_user_reviews():
    page = ["FilmCrowd", "Films   Series   Lists   Sign in", "Low Tide (2025)",
            "Critics 71%   Audience 88%", "Write a review", "All reviews (96)",
            "Sort by newest and see what people think of it", "★★★★☆",
            "A slow film that earns every minute", "harbourgull · May 4, 2025", *BODY]
    assert roles_of(page, outlet="FilmCrowd")[2] == "title"


@pytest.mark.parametrize("edition", ["e-Edition", "Digital Edition", "ePaper"])
def test_the_outlets_name_with_its_editions_word_is_the_sites_line(edition):
    page = [f"THE QUAY HERALD {edition}", "Saturday, May 3, 2025",
            "Ferry film shoot closes the harbour road", "By Mira Castellanos-Webb", *BODY]
    roles = roles_of(page, outlet="The Quay Herald")
    assert roles[:3] == ["navigation", "dateline", "title"]


def test_a_release_notice_after_the_last_labelled_answer_is_the_writers():
    page = ["Ada Moss on Low Tide!", "By Jo Bell", "JB: Why the sea?",
            "AM: I grew up on it.", "JB: And the boy?", "AM: He came to an open call.",
            "His mother drove him three hours, I found out later.",
            "JB: What’s next?", "AM: A long sleep.",
            "Low Tide! is in theaters May 2.", "Tags: Ada Moss, Interviews"]
    assert roles_of(page)[2:10] == ["question", "answer"] * 2 + ["answer", "question", "answer",
                                                                 "body"]


@pytest.mark.parametrize("host", ["MODERATOR", "Interviewer", "HOST"])
def test_a_label_that_is_the_interviewers_part_asks_without_question_marks(host):
    page = ["Panel: Low Tide at the Harbour Festival", "By Jo Bell", *BODY,
            f"{host}: Welcome, everyone. Let’s start with the boat.", "MOSS: It was my uncle’s.",
            f"{host}: And the cold.", "MOSS: We froze. I am still cold.",
            f"{host}: Tell us about the ending.", "MOSS: I rewrote it on the last night."]
    assert roles_of(page)[4:] == ["question", "answer"] * 3


@pytest.mark.parametrize("time", [" (00:01:12):", ":", "  01:12"])
def test_speaker_lines_on_their_own_head_the_turns_under_them(time):
    page = ["Harbor Radio, Episode 40", "Transcript",
            f"Jo Bell{time}", "Welcome back. Why the sea?",
            f"Ada Moss{time}", "I grew up on it.", "My father fished every winter.",
            f"Jo Bell{time}", "And the boy?",
            f"Ada Moss{time}", "He came to an open call with his mother."]
    assert roles_of(page)[2:] == ["byline", "question", "byline", "answer", "answer",
                                  "byline", "question", "byline", "answer"]


def test_a_reviews_part_heads_used_once_each_are_not_speaker_lines():
    page = ["Low Tide review: cold water, warm heart", "By Jo Bell",
            "The Good:", "The boat scenes, shot in real weather, are the best of the year.",
            "The Bad:", "The middle hour drifts, and the score never lets a scene breathe.",
            "The Cast:", "Rae Lund carries it, and the boy is a find.",
            "Verdict:", "Go, but take a jumper."]
    assert "question" not in roles_of(page) and "answer" not in roles_of(page)


@pytest.mark.parametrize("dash", ["—", "–"])
def test_q_and_a_marks_may_be_followed_by_a_dash(dash):
    page = ["Ada Moss on Low Tide", "By Jo Bell", *BODY,
            f"Q {dash} Why the sea?", f"A {dash} I grew up on it. My father fished.",
            f"Q {dash} And the boy?", f"A {dash} He came to an open call with his mother.",
            f"Q {dash} What is next?", f"A {dash} A long sleep."]
    assert roles_of(page)[4:] == ["question", "answer"] * 3


@pytest.mark.parametrize("label", ["HW:", "THW:", "**Jo Bell:**"])
def test_labelled_questions_may_have_bare_answers_under_them(label):
    page = ["Ada Moss on Low Tide", "By Jo Bell", *BODY,
            f"{label} Start with the boat.", "It was my uncle’s, and he wants it back.",
            f"{label} The cold must have been hard.", "We froze. I am still cold, I think.",
            f"{label} And the ending.", "I rewrote it on the last night. I was so tired."]
    assert roles_of(page, author="Jo Bell", outlet="The Harbor Weekly")[4:] == [
        "question", "answer"] * 3


def test_numbered_q_and_a_marks_label_turns():
    page = ["Ada Moss on Low Tide", "By Jo Bell", *BODY,
            "Q1. Start with the boat.", "A1. It was my uncle’s, and he wants it back.",
            "Q2: The cold must have been hard.", "A2: We froze, and I am still cold.",
            "Q3. And the ending.", "A3. I rewrote it on the last night."]
    assert roles_of(page)[4:] == ["question", "answer"] * 3


def test_names_with_their_parts_in_a_row_are_a_list_of_the_people():
    page = ["Nobody Slept: The Making of Low Tide", "By Jo Bell", *BODY, "Who’s who",
            "Ada Moss – director", "Rae Lund – plays the ferryman, sings the theme",
            "Theo Park – editor", "The Boat",
            "Ada Moss: I had the boat first. My uncle lent it to me.",
            "Rae Lund: I never took my raincoat off.",
            "Theo Park: I cut it in a shed.", "Ada Moss: The shed was colder than the sea.",
            "Rae Lund: Everything was colder than the sea.", "Theo Park: Except the tea."]
    roles = roles_of(page)
    assert roles[5:8] == ["list_item"] * 3
    assert roles[8] == "heading"


@pytest.mark.parametrize("labelled", [False, True])
def test_a_section_head_between_turns_ends_the_answer_before_it(labelled):
    asked = ["Why the sea?", "Did you get seasick?", "How did you find the boy?",
             "What is next for you?"]
    said = ["I grew up on it. My father fished every winter.",
            "Every day. I directed from a bucket, honestly.",
            "I held an open call and he came with his mother.",
            "A long holiday. I have earned it, I think."]
    turns = [(f"JB: {q}", f"AM: {a}") if labelled else (f"**{q}**", a)
             for q, a in zip(asked, said, strict=True)]
    page = ["Ada Moss on Low Tide", "By Jo Bell", *BODY, "On the water", *turns[0], *turns[1],
            "Casting a child", *turns[2], *turns[3]]
    roles = roles_of(page)
    assert roles[4] == roles[9] == "heading"
    assert roles[5:9] == roles[10:] == ["question", "answer"] * 2


@pytest.mark.parametrize(("host", "guest"), [("Speaker 1:", "Speaker 2:"),
                                             ("RAE LUND [00:01:02]:", "ADA MOSS [00:01:09]:")])
def test_numbered_speakers_and_a_time_after_the_label_still_label_turns(host, guest):
    page = ["Harbor Radio, Episode 9", "Auto-generated transcript",
            f"{host} Welcome back. Why the sea?", f"{guest} I grew up on it.",
            f"{host} And the boy?", f"{guest} He came to an open call.",
            f"{host} What next?", f"{guest} A long sleep."]
    assert roles_of(page)[2:] == ["question", "answer"] * 3


def test_replies_signed_with_the_threads_own_handle_answer_without_a_badge():
    page = ["filmtalk", "b/SlowCinema", "Posted by adamoss_films · 1 day ago",
            "I directed Low Tide, a film about a ferry in a storm. Ask me anything!",
            "It opens this week. I’ll answer for an hour or so.",
            "Comments (41)",
            "harbourgull · 1 day ago", "How did you keep the camera dry?",
            "adamoss_films · 1 day ago", "We didn’t. We went through three rain covers.",
            "Reply · 88 likes",
            "tidewatcher · 23h", "Was the boy really rowing in that scene?",
            "adamoss_films · 23h", "Every stroke. He had blisters for a week.",
            "Reply · 51 likes",
            "saltandfilm · 22h", "What are you making next?",
            "adamoss_films · 22h", "Something on dry land, I promise my crew.",
            "Reply · 40 likes", "About · Terms · Privacy"]
    roles = roles_of(page)
    assert roles[2] == "byline"
    assert roles[6:11] == roles[11:16] == roles[16:21] == [
        "byline", "question", "byline", "answer", "navigation"]


def test_the_writers_first_name_labels_the_writers_turns():
    page = ["Ep. 5: Ada Moss on Low Tide", "March 3, 2025",
            "This week I talk to Ada Moss about her film and a borrowed boat.",
            "ROSA: Ada, welcome.", "ADA: Thanks, Rosa.", "ROSA: So. The boat.",
            "ADA: My uncle’s boat. He wants it back.", "ROSA: Tell me about the cold.",
            "ADA: I am still cold.", "ROSA: Thanks for coming on.", "ADA: Any time."]
    assert roles_of(page, author="Rosa Quint")[3:] == ["question", "answer"] * 4


def test_a_live_blogs_writer_and_time_lines_are_no_speaker_lines():
    page = ["Live: Low Tide premiere at the Quay", "By Jo Bell and Rae Lund",
            "Jo Bell 10:32", "The boat has arrived at the quay, towed by two tugs.",
            "Rae Lund 10:20", "Ada Moss is signing posters by the ticket office.",
            "Jo Bell 10:05", "Crowds are already three deep along the harbour wall.",
            "Rae Lund 09:50", "The red carpet is a blue tarpaulin this year."]
    roles = roles_of(page)
    assert "question" not in roles and "answer" not in roles


def test_repeated_rating_labels_of_a_round_up_are_no_panel():
    page = ["Three Ferry Films, Rated", "By Jo Bell", *BODY,
            "Low Tide", "Story: gripping", "Acting: uneven", "Ending: the best thing in it",
            "Salt Year", "Story: thin", "Acting: superb", "Ending: far too loud",
            "Both open at the Quay Cinema on Friday, and both are worth the ticket."]
    roles = roles_of(page)
    assert "answer" not in roles and "question" not in roles
