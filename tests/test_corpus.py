import shutil
import socket

import pandas as pd
import pytest

from coverage_analysis import ArticleError, CorpusError, load_corpus, read_article
from coverage_analysis.cli import main
from coverage_analysis.people import load_people


def test_articles_table(corpus):
    a = corpus.articles.set_index("article_id")
    assert a.loc["000", "title"] == "K-Pops!"
    assert a.loc["000", "author"] == "Nicole Cabrera"
    assert a.loc["003", "author"] == "Selena Kuznikov"
    assert a.loc["003", "interviewee"] == "paak"
    assert a.genre.to_dict() == {
        "000": "review",
        "001": "news report",
        "002": "profile",
        "003": "interview",
    }
    assert a.n_sentences.to_dict() == {"000": 24, "001": 39, "002": 91, "003": 67}
    # Non-article lines (byline, warning, bio; debris) are counted in the raw words only.
    assert (a.n_words < a.n_words_raw).loc[["000", "003"]].all()


def test_no_socket_is_opened(seeds_dir, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened while building the corpus")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    corpus = load_corpus(seeds_dir)
    listed = pd.read_csv(seeds_dir / "articles.csv", dtype=str)
    assert corpus.articles["article_id"].tolist() == listed["article_id"].tolist()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n", "only white space"),
        (b"caf\xe9 au lait\n", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"text\x07with a bell\n", "control characters"),
    ],
)
def test_bad_files_are_named_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=reason) as err:
        read_article(path)
    assert str(path) in str(err.value)


def corpus_with_one_bad_file(tmp_path, seeds_dir):
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    (folder / "001_a73f79bf1e805ba6.txt").write_bytes(b"")
    return folder


def test_one_bad_file_raises_one_error_naming_it(tmp_path, seeds_dir):
    folder = corpus_with_one_bad_file(tmp_path, seeds_dir)
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    assert len(err.value.errors) == 1
    assert "001_a73f79bf1e805ba6.txt: file is empty" in str(err.value)


def test_skip_keeps_the_other_articles(tmp_path, seeds_dir):
    folder = corpus_with_one_bad_file(tmp_path, seeds_dir)
    with pytest.warns(UserWarning, match="001_a73f79bf1e805ba6.txt: file is empty"):
        corpus = load_corpus(folder, on_error="skip")
    assert corpus.articles.article_id.tolist() == ["000", "002", "003"]
    assert corpus.sentences.groupby("article_id").size().to_dict() == {
        "000": 24,
        "002": 91,
        "003": 67,
    }


def test_missing_folder_and_file(tmp_path, seeds_dir):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(tmp_path / "nowhere")
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    (folder / "002_87a7156f43c168e3.txt").unlink()
    with pytest.raises(CorpusError, match="002_87a7156f43c168e3.txt: file not found"):
        load_corpus(folder)


def test_bad_people_file(tmp_path):
    path = tmp_path / "people.toml"
    path.write_text('[[person]]\nid = "x"\naliases = ["X"]\nnominals = ["(unclosed"]\n')
    with pytest.raises(ValueError, match="people.toml: person x: bad nominal"):
        load_people(path)


def test_folder_without_metadata(tmp_path):
    (tmp_path / "piece.txt").write_text("A Headline\n\nSome words here.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["article_id", "title"]].values.tolist() == [["piece", "A Headline"]]
    assert corpus.paragraphs.role.tolist() == ["title", "body"]


def test_cli_tables(tmp_path, seeds_dir):
    out = tmp_path / "tables"
    assert main(["tables", "--seeds", str(seeds_dir), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.csv",
        "mentions.csv",
        "paragraphs.csv",
        "quotes.csv",
        "sentences.csv",
    ]
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    main(["tables", "--seeds", str(seeds_dir), "--out", str(out)])
    assert first == {p.name: p.read_bytes() for p in out.iterdir()}


def test_cli_bad_input_writes_nothing(tmp_path, seeds_dir, capsys):
    folder = corpus_with_one_bad_file(tmp_path, seeds_dir)
    out = tmp_path / "tables"
    assert main(["tables", "--seeds", str(folder), "--out", str(out)]) == 2
    assert "001_a73f79bf1e805ba6.txt: file is empty" in capsys.readouterr().err
    assert not out.exists()


def test_seeds_are_untouched(seeds_dir):
    """The article files match the checksums recorded when they were added."""
    import hashlib

    for line in (seeds_dir / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((seeds_dir / name).read_bytes()).hexdigest() == digest, name
