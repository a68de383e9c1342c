"""Composition: what each file holds, in words per paragraph role."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import ARTICLE_TEXT_ROLES, ROLES

__all__ = ["role_words"]


def role_words(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Count paragraphs and words per article and paragraph role.

    Parameters
    ----------
    paragraphs : DataFrame
        The corpus ``paragraphs`` table.

    Returns
    -------
    DataFrame
        One row per article and role present, roles in the order of
        :data:`~coverage_analysis.schema.ROLES`:

        - ``article_id`` (str), ``role`` (str).
        - ``is_article_text`` (bool): the role is article text (what the measures read).
        - ``n_paragraphs`` (int), ``words`` (int).
        - ``share_of_file`` (float): the role's share of all words in the file.
        - ``rules`` (str): the distinct rules that gave the role, "; "-separated.
    """
    groups: dict[tuple[str, str], list] = {}  # in order of first appearance
    for aid, role, n_words, rule in zip(
            *(paragraphs[c].tolist() for c in ("article_id", "role", "n_words", "rule")),
            strict=True):
        group = groups.setdefault((str(aid), role), [0, 0, {}])
        group[0] += 1
        group[1] += n_words
        group[2][rule] = None
    rank = {role: i for i, role in enumerate(ROLES)}
    keys = sorted(groups, key=lambda k: (k[0], rank.get(k[1], len(rank))))
    totals: dict[str, int] = {}
    for (aid, _), (_, words, _) in groups.items():
        totals[aid] = totals.get(aid, 0) + words
    text_roles = set(ARTICLE_TEXT_ROLES)
    return pd.DataFrame({
        "article_id": [aid for aid, _ in keys],
        "role": [role for _, role in keys],
        "is_article_text": np.array([role in text_roles for _, role in keys], dtype=bool),
        "n_paragraphs": np.array([groups[k][0] for k in keys], dtype="int64"),
        "words": np.array([groups[k][1] for k in keys], dtype="int64"),
        "share_of_file": np.array([groups[k][1] / totals[k[0]] if totals[k[0]] > 0 else np.nan
                                   for k in keys], dtype="float64"),
        "rules": ["; ".join(groups[k][2]) for k in keys],
    })
