"""Input a hostile but fair user might hand the library, one test per case of issue 11.

Every problem must be the library's own error (a ValueError) naming the file
and the row, person or key; from the command line, exit status 2, one line
on stderr, no traceback, and nothing written.
"""

import csv
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coverage_analysis import ArticleError, CorpusError, load_corpus, read_article
from coverage_analysis.cli import main
from coverage_analysis.export import export_tables
from coverage_analysis.people import load_people

ARTICLE = "A Headline\n\nAda Moss met her son. “It was fine,” she said.\n"
PEOPLE = """
[[person]]
id = "ada"
name = "Ada Moss"
gender = "female"
role = "subject"
aliases = ["Ada Moss", "Ada"]
nominals = ["[Hh]is mother"]

[[person]]
id = "theo"
name = "Theo Moss"
gender = "male"
role = "subject"
aliases = ["Theo Moss", "Theo"]
nominals = ["(?:[Hh]er|Ada(?:’s|'s)) son"]
"""


def make_corpus(folder: Path, files=None, articles: str | None = None, people: str = PEOPLE):
    """A corpus folder: ``files`` by name (text or bytes), articles.csv and people.toml."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in (files if files is not None else {"a.txt": ARTICLE}).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if articles is not None:
        (folder / "articles.csv").write_text(articles, encoding="utf-8")
    if people is not None:
        (folder / "people.toml").write_text(people, encoding="utf-8")
    return folder


def cli(capsys, *args):
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def assert_refused(code, err, out=None, says=""):
    """Exit status 2, one clear line on stderr, no traceback, nothing written."""
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("coverage-analysis: ")
    assert says in lines[0]
    if out is not None:
        assert not out.exists()


# ------------------------------------------------------------- 1. path traversal


@pytest.mark.parametrize("kind", ["relative", "absolute", "symlink"])
def test_1_article_files_must_lie_inside_the_corpus(tmp_path, capsys, kind):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret Title\n\nThe password is swordfish.\n", encoding="utf-8")
    folder = make_corpus(tmp_path / "corpus")
    name = {"relative": "../secret.txt", "absolute": str(secret), "symlink": "link.txt"}[kind]
    if kind == "symlink":
        (folder / "link.txt").symlink_to(secret)
    (folder / "articles.csv").write_text(f"article_id,file\na,a.txt\nb,{name}\n")
    with pytest.raises(CorpusError, match=r"line 3 \(article_id 'b'\): file .*"
                                          r"(outside the corpus folder|absolute path)"):
        load_corpus(folder)
    out = tmp_path / "out"
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", out)
    assert_refused(code, err, out, "line 3 (article_id 'b')")


def test_1_a_symlink_inside_the_corpus_is_fine(tmp_path):
    folder = make_corpus(tmp_path / "corpus", {"texts/a.txt": ARTICLE})
    (folder / "a.txt").symlink_to(folder / "texts" / "a.txt")
    (folder / "articles.csv").write_text("article_id,file\na,a.txt\n")
    assert load_corpus(folder).articles.article_id.tolist() == ["a"]


def test_1_cli_refuses_a_path_outside_in_a_fresh_process(tmp_path):
    folder = make_corpus(tmp_path / "corpus",
                         articles="article_id,file\nx,../../../../etc/passwd\n")
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "coverage_analysis.cli", "tables", "--corpus", str(folder),
         "--out", str(out)], capture_output=True, text=True, timeout=120,
    )
    assert_refused(run.returncode, run.stderr, out, "lies outside the corpus folder")
    assert "root:" not in run.stdout + run.stderr


# ------------------------------------------------------------- 2. size limit


def test_2_articles_over_the_size_limit_are_refused(tmp_path):
    from coverage_analysis.reading import MAX_ARTICLE_CHARS

    assert MAX_ARTICLE_CHARS == 5_000_000
    folder = make_corpus(tmp_path / "corpus")
    path = folder / "a.txt"
    with pytest.raises(ArticleError, match="more than 20 characters .*max_chars"):
        read_article(path, max_chars=20)
    with pytest.raises(CorpusError, match="a.txt: too long"):
        load_corpus(folder, max_chars=20)
    assert len(load_corpus(folder, max_chars=None).articles) == 1
    assert len(load_corpus(folder, max_chars=len(ARTICLE)).articles) == 1
    # A file too large to be within the limit is refused before it is read.
    huge = folder / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(4 * 1000 + 10)
    with pytest.raises(ArticleError, match="too long"):
        read_article(huge, max_chars=1000)


def test_2_cli_takes_max_chars(tmp_path, capsys):
    folder = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", out, "--max-chars", "20")
    assert_refused(code, err, out, "too long")


# ------------------------------------------------------------- 3. regular-expression DoS


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|aa)+$", r"(.*a){20}"])
def test_3_catastrophic_nominals_finish_quickly(tmp_path, pattern):
    people = PEOPLE + f'\n[[person]]\nid = "x"\naliases = ["Xavier"]\nnominals = [\'{pattern}\']\n'
    text = "A Headline\n\n" + "a" * 30 + "!\n\n" + ("a" * 5000 + "!\n") * 3
    folder = make_corpus(tmp_path / "corpus", {"a.txt": text}, people=people)
    began = time.perf_counter()
    try:
        load_corpus(folder)
    except ValueError as err:  # refusing the pattern is fine too, if it names it
        assert "person x" in str(err) and pattern in str(err)
    assert time.perf_counter() - began < 5


@pytest.mark.parametrize("pattern", [r"(?<=his )son", r"(?<!a)b", r"(son)\1", r"(?=x)x"])
def test_3_nominals_re2_cannot_run_are_refused_naming_them(tmp_path, pattern):
    path = tmp_path / "people.toml"
    path.write_text(f'[[person]]\nid = "x"\naliases = ["X"]\nnominals = [\'{pattern}\']\n')
    with pytest.raises(ValueError, match="people.toml: person x: bad nominal") as err:
        load_people(path)
    assert repr(pattern) in str(err.value) and "RE2" in str(err.value)


NOMINALS = [
    r"[Tt]he (?:teen|teenager|\d+-year-old)",
    r"(?:Soul(?:’s|'s)|[Hh]is) (?:real(?:-life)? )?(?:father|dad)",
    r"(?:[Hh]is|[Mm]y|\.?Paak(?:’s|'s)) (?:own |young )?son",
    r"ab|a",
    r"é+",
    r"x\.",
]
PIECES = ["the ", "The ", "teen", "teenager", " ", ".", "Paak", "’s", "'s", " son", "His", "his",
          "a", "b", "x", "é", "_", "12-year-old", "-", "own ", "dad", "father", "Soul", "\n", "“"]


@settings(max_examples=150, deadline=None, database=None, derandomize=True)
@given(st.sampled_from(NOMINALS), st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_3_nominals_match_as_python_re_did(pattern, text):
    """The RE2 matcher finds what ``(?<![\\w.])(?:P)(?!\\w)`` finds in Python's re."""
    import re

    from coverage_analysis.validate import NominalPattern

    python = [m.span() for m in re.finditer(rf"(?<![\w.])(?:{pattern})(?!\w)", text)]
    assert list(NominalPattern(pattern).spans(text)) == python


# ------------------------------------------------------------- 4. formula injection


def csv_cells(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_4_csv_cells_are_safe_to_open_in_a_spreadsheet(tmp_path):
    text = ("=HYPERLINK(\"http://evil.example\",\"click\")\n\n"
            "Ada Moss said:\n\n+cmd|' /C calc'!A0\n\n@SUM(1+1) is a formula.\n\n"
            "- a list item\n")
    folder = make_corpus(
        tmp_path / "corpus", {"a.txt": text},
        articles='article_id,file,title,author\na,a.txt,"=1+1","@evil"\n',
    )
    corpus = load_corpus(folder)
    # The tables themselves keep the text, so offsets still hold.
    for row in corpus.paragraphs.itertuples():
        assert corpus.raw[row.article_id][row.start:row.end] == row.text
    out = tmp_path / "out"
    export_tables(folder, out)
    starts = ("=", "+", "-", "@", "\t", "\r")
    numeric = {"start", "end", "sentence_id", "parent_id", "paragraph_id", "depth", "n_words"}
    seen_escaped = 0
    for name in ("articles", "paragraphs", "sentences", "quotes", "mentions"):
        for row in csv_cells(out / f"{name}.csv"):
            for column, cell in row.items():
                if column in numeric:
                    continue
                assert not cell.startswith(starts), (name, column, cell)
                seen_escaped += cell.startswith("'")
    assert seen_escaped >= 5
    articles = csv_cells(out / "articles.csv")[0]
    assert articles["author"] == "'@evil"
    assert articles["title"] == "'=1+1"
    sentences = csv_cells(out / "sentences.csv")
    assert any(row["text"] == "'- a list item" for row in sentences)


def test_4_every_csv_writer_escapes_and_numbers_are_untouched(tmp_path):
    from coverage_analysis.output import write_csv, write_tables

    frame = pd.DataFrame({
        "text": ["=1+2", "+3", "-x", "@y", "\tz", "\rw", "fine", "a=b"],
        "number": [-1, 2, -3.5, 4, 5, 6, 7, 8],
        "mixed": pd.Series([-1, "-1", 2.5, "@", None, "ok", "=", 0], dtype=object),
    })
    write_csv(frame, tmp_path / "one.csv")
    write_tables({"two": frame}, tmp_path)
    for name in ("one", "two"):
        back = pd.read_csv(tmp_path / f"{name}.csv", keep_default_na=False, dtype=str)
        assert back.text.tolist() == ["'=1+2", "'+3", "'-x", "'@y", "'\tz", "'\rw", "fine", "a=b"]
        assert back.number.tolist() == ["-1.0", "2.0", "-3.5", "4.0", "5.0", "6.0", "7.0", "8.0"]
        assert back.mixed.tolist() == ["-1", "'-1", "2.5", "'@", "", "ok", "'=", "0"]
    assert frame.text[0] == "=1+2"  # the frame itself is not changed


# ------------------------------------------------------------- 5. tracebacks


BAD_INPUT = {
    "articles.csv empty": ({"articles.csv": b""}, "articles.csv: file is empty"),
    "articles.csv unterminated quote": (
        {"articles.csv": b'article_id,file\n"a,a.txt\n'}, "not valid CSV"),
    "articles.csv too many fields": (
        {"articles.csv": b"article_id,file\na,a.txt,extra\n"}, "line 2: 3 fields"),
    "articles.csv not UTF-8": ({"articles.csv": b"article_id,file\ncaf\xe9,a.txt\n"},
                               "not UTF-8"),
    "articles.csv a folder": ({"articles.csv": None}, "articles.csv: is a folder"),
    "people.toml invalid": ({"people.toml": b"[[person]\n"}, "not a valid TOML"),
    "people.toml a folder": ({"people.toml": None}, "people.toml: is a folder"),
    "work without title": ({"people.toml": b'[[work]]\nkind = "film"\n'},
                           "work 1: needs 'title'"),
    "character as a string": (
        {"people.toml": b'[[person]]\nid = "x"\naliases = ["X"]\ncharacters = ["Bob"]\n'},
        "person x: characters[1] must be a table"),
    "person as a string": ({"people.toml": b'person = "oops"\n'},
                           "'person': must be an array of tables"),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_5_bad_input_gives_one_line_and_exit_2(tmp_path, capsys, case):
    files, says = BAD_INPUT[case]
    folder = make_corpus(tmp_path / "corpus", articles="article_id,file\na,a.txt\n")
    for name, content in files.items():
        path = folder / name
        path.unlink()
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
    for command in ("tables", "figures"):
        out = tmp_path / f"out-{command}"
        code, err = cli(capsys, command, "--corpus", folder, "--out", out)
        assert_refused(code, err, out, says)


def test_5_output_folder_problems_give_one_line_and_exit_2(tmp_path, capsys):
    folder = make_corpus(tmp_path / "corpus", articles="article_id,file\na,a.txt\n")
    a_file = tmp_path / "a-file"
    a_file.write_text("keep me")
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", a_file)
    assert_refused(code, err, None, "is a file, not a folder")
    assert a_file.read_text() == "keep me"
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", a_file / "below")
    assert_refused(code, err, None, "is a file, so no folder can be made")
    if Path("/proc/self").exists():
        code, err = cli(capsys, "tables", "--corpus", folder, "--out", "/proc/no-such/out")
        assert_refused(code, err, Path("/proc/no-such/out"), "cannot write")
    # A folder holding files this command does not write is not replaced.
    code, err = cli(capsys, "figures", "--corpus", folder, "--out", folder)
    assert_refused(code, err, None, "holds 'a.txt'")
    assert (folder / "a.txt").read_text(encoding="utf-8") == ARTICLE


# ------------------------------------------------------------- 6. people file types


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ('aliases = "Xavier"', "'aliases' must be a list of strings, not a string"),
        ('aliases = [""]', "aliases[1] is an empty string"),
        ("aliases = []", "'aliases' is an empty list"),
        ('aliases = ["X"]\nnominals = [""]', "nominals[1] is an empty string"),
        ('aliases = ["X"]\nnominals = ["x*"]', "matches empty text"),
        ('aliases = ["X"]\nnot_before = "music"', "'not_before' must be a list"),
        ('aliases = ["X"]\ngender = "Male"', "'gender' must be one of"),
        ('aliases = ["X"]\ncharacters = [{ aliases = ["B"] }]', "characters[1]: needs 'name'"),
        ('aliases = ["X", 3]', "aliases[2] must be a string"),
    ],
)
def test_6_people_file_types_are_checked(tmp_path, entry, says):
    path = tmp_path / "people.toml"
    path.write_text(f'[[person]]\nid = "x"\n{entry}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"people.toml: person x: ") as err:
        load_people(path)
    assert says in str(err.value)


def test_6_unknown_keys_are_warned_about(tmp_path):
    path = tmp_path / "people.toml"
    path.write_text('[[person]]\nid = "x"\naliases = ["X"]\nalias = ["Y"]\n', encoding="utf-8")
    with pytest.warns(UserWarning, match="person x: unknown key 'alias'"):
        load_people(path)


def test_6_empty_names_are_refused_not_matched_everywhere(tmp_path):
    for entry in ('aliases = ["Wes", ""]', 'aliases = ["Wes"]\nnominals = [""]'):
        people = PEOPLE + f'\n[[person]]\nid = "w"\n{entry}\n'
        folder = make_corpus(tmp_path / "corpus", people=people)
        with pytest.raises(ValueError, match=r"people.toml: person w: \w+\[\d\] is an empty"):
            load_corpus(folder)


# ------------------------------------------------------------- 7. duplicates and skipping


def test_7_duplicate_article_ids_are_refused(tmp_path):
    folder = make_corpus(tmp_path / "corpus", {"a.txt": ARTICLE, "b.txt": ARTICLE},
                         articles="article_id,file\na,a.txt\nb,b.txt\na,b.txt\n")
    with pytest.raises(CorpusError, match="article_id 'a' repeats on lines 2 and 4"):
        load_corpus(folder)


def test_7_skip_leaves_out_the_bad_row_not_every_file_of_that_name(tmp_path):
    folder = make_corpus(tmp_path / "corpus", {"piece.txt": ARTICLE, "sub/piece.txt": b""},
                         articles="article_id,file\nbad,sub/piece.txt\ngood,piece.txt\n")
    with pytest.warns(UserWarning, match="sub/piece.txt: file is empty"):
        corpus = load_corpus(folder, on_error="skip")
    assert corpus.articles.article_id.tolist() == ["good"]


# ------------------------------------------------------------- 8. output replaced whole


def test_8_output_folder_is_replaced_whole(tmp_path):
    from coverage_analysis.output import staged_folder

    folder = make_corpus(tmp_path / "corpus", articles="article_id,file\na,a.txt\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.csv").write_text("from an older run\n")
    (out / ".DS_Store").write_bytes(b"\0")  # a file manager's, which may go
    stale = tmp_path / ".out.staging-2147483647-dead"  # left by a run that ended
    stale.mkdir()
    live = tmp_path / f".out.staging-{os.getppid()}-live"  # a run still going
    live.mkdir()
    export_tables(folder, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{n}.csv" for n in ("articles", "paragraphs", "sentences", "quotes", "mentions"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["corpus", "out", live.name])
    # An error while writing leaves the old folder exactly as it was.
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(RuntimeError), staged_folder(out) as staging:
        (staging / "articles.csv").write_text("half\n")
        raise RuntimeError("disk full")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["corpus", "out", live.name])


@pytest.mark.parametrize(("signum", "raised"), [(signal.SIGTERM, SystemExit),
                                                (signal.SIGINT, KeyboardInterrupt)])
def test_8_a_signal_removes_the_staging_folder(tmp_path, signum, raised):
    from coverage_analysis.output import staged_folder

    out = tmp_path / "out"
    out.mkdir()
    (out / "old.csv").write_text("old\n")
    handler = signal.getsignal(signum)
    with pytest.raises(raised), staged_folder(out) as staging:
        (staging / "new.csv").write_text("new\n")
        os.kill(os.getpid(), signum)
        for _ in range(100):  # the handler runs between two bytecodes
            time.sleep(0.01)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert [p.name for p in out.iterdir()] == ["old.csv"]
    assert signal.getsignal(signum) is handler


def test_8_build_figures_writes_through_a_staging_folder(corpus, tmp_path, monkeypatch):
    import coverage_analysis.report.build as build

    out = tmp_path / "out"
    out.mkdir()
    (out / "old.csv").write_text("old\n")
    written = []
    real = build.write_figure

    def fail_on_the_third(fig, path, dpi=150):
        written.append(Path(path))
        if len(written) == 3:
            raise OSError("disk full")
        return real(fig, path, dpi=dpi)

    monkeypatch.setattr(build, "write_figure", fail_on_the_third)
    with pytest.raises(OSError, match="disk full"):
        build.build_figures(corpus, out)
    assert written[0].parent.name.startswith(".out.staging-")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert [p.name for p in out.iterdir()] == ["old.csv"]


# ------------------------------------------------------------- 9. smaller cases


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_9_utf16_is_named_as_such(tmp_path, encoding):
    path = tmp_path / "a.txt"
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=r"UTF-(16|32) text, convert to UTF-8"):
        read_article(path)


def test_9_utf16_without_a_byte_order_mark(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.replace("“", '"').replace("”", '"').encode("utf-16-le"))
    with pytest.raises(ArticleError, match="UTF-16 text"):
        read_article(path)


def test_9_an_empty_file_cell_names_the_row(tmp_path, capsys):
    folder = make_corpus(tmp_path / "corpus", articles="article_id,file\na,a.txt\nb,\n")
    out = tmp_path / "out"
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", out)
    assert_refused(code, err, out, "line 3 (article_id 'b'): the 'file' cell is empty")


def test_9_a_header_only_articles_csv_is_no_articles(tmp_path, capsys):
    folder = make_corpus(tmp_path / "corpus", articles="article_id,file,title\n")
    out = tmp_path / "out"
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", out)
    assert_refused(code, err, out, "no articles")
    empty = make_corpus(tmp_path / "empty", files={}, people=None)
    with pytest.raises(CorpusError, match="no articles"):
        load_corpus(empty)


def test_9_a_text_file_articles_csv_does_not_list_is_named(tmp_path, capsys):
    folder = make_corpus(tmp_path / "corpus", {"a.txt": ARTICLE, "forgotten.txt": ARTICLE},
                         articles="article_id,file\na,a.txt\n")
    with pytest.warns(UserWarning, match="forgotten.txt: not listed in articles.csv"):
        load_corpus(folder)
    code, err = cli(capsys, "tables", "--corpus", folder, "--out", tmp_path / "out")
    assert code == 0
    assert "warning: " in err and "forgotten.txt" in err


def test_9_an_unknown_interviewee_names_the_row(tmp_path):
    folder = make_corpus(tmp_path / "corpus",
                         articles="article_id,file,interviewee\na,a.txt,zed\n")
    with pytest.raises(CorpusError, match="line 2 \\(article_id 'a'\\): interviewee 'zed' is not"):
        load_corpus(folder)
    (folder / "articles.csv").write_text("article_id,file,interviewee\na,a.txt,ada\n")
    assert load_corpus(folder).articles.interviewee.tolist() == ["ada"]


# ------------------------------------------------------------- fuzzing the loader


FUZZ_PEOPLE = None
TOKENS = ["Ada Moss", "Ada", "Theo", "her son", "his mother", " said", " she", " he", " I", " my",
          "“", "”", '"', "‘", "’", "'", "Q: ", "A: ", "ADA: ", ".", ",", "!", "?", " ", "\n",
          "\n\n", "\r\n", "\t", "By ", "—", "K-Pops!", "Mr.", "é", "\u00a0", "\ufeff", "x"]


def fuzz_people():
    global FUZZ_PEOPLE
    if FUZZ_PEOPLE is None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "people.toml"
            path.write_text(PEOPLE, encoding="utf-8")
            FUZZ_PEOPLE = load_people(path)
    return FUZZ_PEOPLE


def load_fuzzed(data: bytes) -> None:
    """Load one article of ``data``: only the library's errors, and offsets that hold."""
    from coverage_analysis.errors import InputError

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_bytes(data)
        try:
            corpus = load_corpus(tmp, people=fuzz_people())
        except InputError:
            return
    for name, column in [("paragraphs", "text"), ("sentences", "text"), ("quotes", "text"),
                         ("mentions", "surface")]:
        for row in getattr(corpus, name).itertuples():
            raw = corpus.raw[row.article_id]
            assert 0 <= row.start <= row.end <= len(raw), (name, row)
            assert raw[row.start:row.end] == getattr(row, column), (name, row)
    assert (corpus.mentions.end > corpus.mentions.start).all()


FUZZ = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=600))
def test_fuzz_any_bytes_only_raise_the_library_errors(data):
    load_fuzzed(data)


@FUZZ
@given(st.text(max_size=400))
def test_fuzz_any_text_only_raises_the_library_errors(text):
    load_fuzzed(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=80).map("".join))
def test_fuzz_article_like_text_keeps_offsets(text):
    load_fuzzed(text.encode("utf-8"))
