"""Hand-made corpus tables for measure tests, with the documented columns."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from coverage_analysis import Corpus, load_corpus
from coverage_analysis.evaluate import evaluate, load_gold
from coverage_analysis.schema import ARTICLE_TEXT_ROLES
from coverage_analysis.text import count_words


def build_corpus(spec, quotes=(), mentions=(), genres=None) -> Corpus:
    """Tables from ``{article_id: [(role, [sentence, ...]), ...]}``.

    ``quotes``: ``(article_id, text, kind, speaker, parent_id)``;
    ``mentions``: ``(article_id, surface, occurrence, entity, type[, character])``
    (character defaults to the surface for character mentions);
    spans are found by searching the raw text (the n-th whole-word occurrence for mentions).
    """
    par_rows, sent_rows, raw = [], [], {}
    for aid, lines in spec.items():
        text, sid = "", 0
        for pid, (role, sents) in enumerate(lines):
            line = " ".join(sents)
            start = len(text)
            text += line + "\n\n"
            par_rows.append(dict(
                article_id=aid, paragraph_id=pid, line=2 * pid + 1, start=start,
                end=start + len(line), indent=0, role=role, rule="test",
                is_article_text=role in ARTICLE_TEXT_ROLES, n_words=count_words(line), text=line))
            if role in ARTICLE_TEXT_ROLES:
                off = start
                for s in sents:
                    sent_rows.append(dict(
                        article_id=aid, sentence_id=sid, paragraph_id=pid, role=role, start=off,
                        end=off + len(s), n_words=count_words(s), text=s, voice="narration",
                        speaker=""))
                    off += len(s) + 1
                    sid += 1
        raw[aid] = text
    paragraphs = pd.DataFrame(par_rows)
    sentences = pd.DataFrame(sent_rows)

    def locate(aid, start):
        p = paragraphs[(paragraphs.article_id == aid) & (paragraphs.start <= start)
                       & (paragraphs.end > start)].iloc[0]
        s = sentences[(sentences.article_id == aid) & (sentences.start <= start)
                      & (sentences.end > start)]
        return int(p.paragraph_id), int(s.sentence_id.iloc[0]) if len(s) else -1, p.role

    q_rows, depth = [], {}
    for aid, qtext, kind, speaker, parent in quotes:
        start = raw[aid].index(qtext)
        pid, sid, _ = locate(aid, start)
        qid = sum(1 for r in q_rows if r["article_id"] == aid)
        depth[(aid, qid)] = 0 if parent < 0 else depth[(aid, parent)] + 1
        q_rows.append(dict(
            article_id=aid, quote_id=qid, paragraph_id=pid, sentence_id=sid, start=start,
            end=start + len(qtext), open="" if kind == "turn" else "“",
            close="" if kind == "turn" else "”", kind=kind, speaker=speaker, cue="test",
            parent_id=parent, depth=depth[(aid, qid)], n_words=count_words(qtext), text=qtext))
    m_rows = []
    for aid, surface, occurrence, entity, mtype, *character in mentions:
        character = character[0] if character else (surface if mtype == "character" else "")
        found = list(re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", raw[aid]))
        start = found[occurrence].start()
        pid, sid, role = locate(aid, start)
        m_rows.append(dict(
            article_id=aid, mention_id=len(m_rows), entity=entity, surface=surface, start=start,
            end=start + len(surface), type=mtype, character=character, sentence_id=sid,
            paragraph_id=pid, role=role, voice="narration", speaker="", rule="test"))
    q_cols = ["article_id", "quote_id", "paragraph_id", "sentence_id", "start", "end", "open",
              "close", "kind", "speaker", "cue", "parent_id", "depth", "n_words", "text"]
    m_cols = ["article_id", "mention_id", "entity", "surface", "start", "end", "type",
              "character", "sentence_id", "paragraph_id", "role", "voice", "speaker", "rule"]
    articles = pd.DataFrame({"article_id": list(spec),
                             "genre": [(genres or {}).get(a, "") for a in spec]})
    return Corpus(articles, paragraphs, sentences, pd.DataFrame(q_rows, columns=q_cols),
                  pd.DataFrame(m_rows, columns=m_cols), raw)


def gold_scores(folder: Path) -> dict[str, float]:
    """Every metric of :func:`~coverage_analysis.evaluate.evaluate` on a corpus with a gold.toml."""
    result = evaluate(load_corpus(folder), load_gold(folder / "gold.toml"))
    return result.set_index("metric")["value"].to_dict()


def assert_within(scores: dict[str, float], metric: str, bounds: tuple[float, float]) -> None:
    """``scores[metric]`` lies within ``bounds`` (lowest, highest), both included."""
    low, high = bounds
    assert low <= scores[metric] <= high, f"{metric} = {scores[metric]}"
