from coverage_analysis.parse.segment import assign_roles, split_lines, split_sentences


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
