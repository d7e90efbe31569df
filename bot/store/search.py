"""In-memory BM25 (Okapi) index over the store's passages, built lazily and cached per store generation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.language.inflect import singular
from bot.language.text import words
from bot.language.words import stopwords


def analyze(text: str) -> list[str]:
    """Index/query tokens: lowercase words without stopwords, plurals made singular."""
    return [singular(w) for w in words(text) if w not in stopwords()]


@dataclass(frozen=True)
class IndexedPassage:
    """What the index returns for a passage."""

    text: str
    heading: str
    facet: str
    title: str
    file: str
    role: str | None


class BM25Index:
    """Okapi BM25 with precomputed per-term weight vectors (numpy); role filters use per-role id arrays."""

    def __init__(self, passages: Sequence[IndexedPassage], k1: float = 1.5, b: float = 0.75) -> None:
        self.passages = list(passages)
        n = len(self.passages)
        vocab: dict[str, int] = {}
        tids: list[int] = []
        pids: list[int] = []
        tfs: list[int] = []
        lengths: list[int] = []
        roles: dict[str | None, list[int]] = {}
        for i, p in enumerate(self.passages):
            toks = analyze(f"{p.heading} {p.text}")
            lengths.append(len(toks))
            roles.setdefault(p.role, []).append(i)
            for term, tf in Counter(toks).items():
                tids.append(vocab.setdefault(term, len(vocab)))
                pids.append(i)
                tfs.append(tf)
        t = np.asarray(tids, dtype=np.int64)
        pid = np.asarray(pids, dtype=np.int64)
        tf_arr = np.asarray(tfs, dtype=np.float64)
        dl = np.asarray(lengths, dtype=np.float64)
        avgdl = float(dl.mean()) if n else 0.0
        norm = k1 * (1 - b + b * (dl / avgdl)) if avgdl else np.full(n, k1 * (1 - b))
        df = np.bincount(t, minlength=len(vocab)).astype(np.float64)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        weights = idf[t] * tf_arr * (k1 + 1) / (tf_arr + norm[pid]) if n else tf_arr
        order = np.argsort(t, kind="stable")
        pid, weights = pid[order], weights[order]
        ends = np.cumsum(df.astype(np.int64))
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, tid in vocab.items():
            start = int(ends[tid - 1]) if tid else 0
            self.postings[term] = (pid[start : ends[tid]], weights[start : ends[tid]])
        self.role_ids = {r: np.asarray(ids, dtype=np.int64) for r, ids in roles.items()}

    def search(
        self, query: str, limit: int = 3, role: str | None = None
    ) -> list[tuple[float, IndexedPassage]]:
        """Top passages for the query (optionally one role's), best first; ties keep document order."""
        posts = [self.postings[t] for t in set(analyze(query)) if t in self.postings]
        if not posts or limit <= 0:
            return []
        scores = np.zeros(len(self.passages), dtype=np.float64)
        for idx, weights in posts:
            scores[idx] += weights
        if role is not None:
            ids = self.role_ids.get(role)
            if ids is None:
                return []
            sub = scores[ids]
            keep = sub > 0
            cand, vals = ids[keep], sub[keep]
        else:
            cand = np.flatnonzero(scores)
            vals = scores[cand]
        if len(cand) > limit:
            cut = np.sort(vals)[-limit]
            keep = vals >= cut
            cand, vals = cand[keep], vals[keep]
        best = sorted(zip(vals.tolist(), cand.tolist(), strict=True), key=lambda x: (-x[0], x[1]))[:limit]
        return [(score, self.passages[i]) for score, i in best]
