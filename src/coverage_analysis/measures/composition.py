"""Composition: what each file holds, in words per paragraph role."""

from __future__ import annotations

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
    p = paragraphs.assign(article_id=paragraphs["article_id"].astype(str))
    grouped = p.groupby(["article_id", "role"], sort=False)
    out = grouped.agg(n_paragraphs=("paragraph_id", "size"), words=("n_words", "sum"),
                      rules=("rule", lambda r: "; ".join(dict.fromkeys(r)))).reset_index()
    rank = {role: i for i, role in enumerate(ROLES)}
    out = out.assign(_rank=out["role"].map(rank).fillna(len(rank)))
    out = out.sort_values(["article_id", "_rank"], kind="stable").drop(columns="_rank")
    out.insert(2, "is_article_text", out["role"].isin(ARTICLE_TEXT_ROLES))
    totals = out.groupby("article_id")["words"].transform("sum")
    out.insert(5, "share_of_file", (out["words"] / totals.where(totals > 0)).astype(float))
    return out.astype({"n_paragraphs": "int64", "words": "int64"}).reset_index(drop=True)
