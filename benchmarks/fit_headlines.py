"""Refit the weights of the page-text headline scorer (``newsmeta.headlines._WEIGHTS``) on half A.

Usage::

    python benchmarks/fit_headlines.py --kit ../shared/eval [--half A] [--l2 1.0] [--check B]

Reads the evaluation kit's titled HTML pages (``html_meta.jsonl`` rows with an ``expected_title``),
renders each as the kit's ``text-pages`` task does (``evaluate.render_visible_text``: nothing is
copied into this repository), keeps one half (``--half``, the kit's own split), and scores every
candidate line with :func:`newsmeta.headlines._features`.  The fit is listwise: per page, a softmax
over its candidate lines, maximising the probability of the lines whose text is the title (else of
the lines that contain it or are contained in it), with an L2 penalty ``--l2``.  ``--l1 2`` first
lists the signals an L1-penalised fit sets to zero (how the present signals were chosen: the
earlier 52, whose weights had been fitted on both halves, lost the 15 that an L1 fit on half A
dropped; repeated 2-fold cross-validation within half A scored the 37 as well as the 52; later
audits dropped two more, 35 now).  It prints the
weights rounded to one decimal (paste them into ``_WEIGHTS``) and the top-1 exact / contains rate of
the rounded weights on the fitted half and on ``--check`` (never fit on the half you check).

One page is a quarter of a point on either half, so a new signal that moves the top-1 rate by a page
or two has shown nothing.  ``--cv 8`` also prints the mean top-1 of repeated 2-fold cross-validation
within the fitted half (8 random splits of its pages, fit on one part, score the other, both ways):
steadier than one half's figure, and it never looks at the other half.  ``--drop 11,31`` fits without
the listed signals (by position in ``_WEIGHTS``), to compare a model with and without them.

Needs numpy and scipy (not dependencies of newsmeta).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import sys

import numpy as np
from scipy.optimize import minimize

from newsmeta import headlines as H
from newsmeta.blocks import normalize_text
from newsmeta.headlines import _WEIGHTS


def _kit(path: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("evaluate", os.path.join(path, "evaluate.py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def groups(kit: str, half: str):  # type: ignore[no-untyped-def]
    """Per titled page of ``half``: (features of each candidate line, exact mask, contains mask)."""
    ev = _kit(kit)
    out = []
    with open(os.path.join(kit, "data", "html_meta.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for r in rows:
        if not r.get("expected_title") or not ev.in_half(r["id"], half):
            continue
        with gzip.open(os.path.join(kit, "data", r["html_file"]), "rb") as g:
            text = normalize_text(ev.render_visible_text(g.read()))[0]
        gold = ev.norm_text(r["expected_title"])
        page = H._page(text)
        feats, ex, co = [], [], []
        prose_before = 0
        for i, b in enumerate(page.lines):
            if page.title[i] and not H._truncated(page, i):
                t = ev.norm_text(b.text)
                feats.append(H._features(page, i, prose_before))
                ex.append(bool(t) and t == gold)
                co.append(bool(t) and (t in gold or gold in t))
            if page.prose[i] and not H._UI.search(b.text):
                prose_before += 1
        k = len(_WEIGHTS)
        out.append((np.array(feats, float).reshape(len(feats), k), np.array(ex, bool), np.array(co, bool)))
    return out


def fit(gs, l2: float, l1: float = 0.0) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Listwise logistic fit; with ``l1`` > 0 an L1 penalty too (weights split into w+ - w-, both >= 0)."""
    train = [(F, e if e.any() else c) for F, e, c in gs if len(F) and (e.any() or c.any())]
    k = train[0][0].shape[1]
    if l1 > 0:
        train = [(np.hstack([F, -F]), pos) for F, pos in train]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * float(w @ w) + l1 * float(w.sum()), 2 * l2 * w + l1
        for F, pos in train:
            s = F @ w
            e = np.exp(s - s.max())
            p = e / e.sum()
            q = np.where(pos, e, 0.0) / e[pos].sum()
            total -= float(np.log(p[pos].sum()))
            grad = grad - F.T @ (q - p)
        return total, grad

    if l1 > 0:
        x = minimize(loss, np.zeros(2 * k), jac=True, method="L-BFGS-B", bounds=[(0, None)] * (2 * k)).x
        return x[:k] - x[k:]
    return minimize(loss, np.zeros(k), jac=True, method="L-BFGS-B").x


def top1(gs, w: np.ndarray) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    ex = co = 0
    for F, e, c in gs:
        if len(F):
            i = int(np.argmax(F @ w))  # ties: the earliest line, as in the package
            ex += int(e[i])
            co += int(c[i])
    return round(100 * ex / len(gs), 1), round(100 * co / len(gs), 1)


def cross_validate(gs, l2: float, repeats: int, seed: int = 0) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Mean top-1 exact / contains over ``repeats`` random 2-fold splits of the pages of ``gs``."""
    rng = np.random.default_rng(seed)
    ex = co = 0.0
    for _ in range(repeats):
        perm = rng.permutation(len(gs))
        half = len(perm) // 2
        for train, test in ((perm[:half], perm[half:]), (perm[half:], perm[:half])):
            w = np.round(fit([gs[i] for i in train], l2), 1)
            e, c = top1([gs[i] for i in test], w)
            ex += e
            co += c
    return round(ex / (2 * repeats), 2), round(co / (2 * repeats), 2)


def keep_columns(gs, keep: list[int]):  # type: ignore[no-untyped-def]
    return [(F[:, keep], e, c) for F, e, c in gs]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kit", required=True)
    ap.add_argument("--half", default="A")
    ap.add_argument("--check", default="B")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--l1", type=float, default=0.0, help="also print the signals an L1 fit sets to zero")
    ap.add_argument("--cv", type=int, default=0, help="repeats of 2-fold cross-validation within --half")
    ap.add_argument("--drop", default="", help="comma-separated signal positions to leave out")
    a = ap.parse_args()
    drop = {int(x) for x in a.drop.split(",") if x.strip()}
    keep = [j for j in range(len(_WEIGHTS)) if j not in drop]
    gs = keep_columns(groups(a.kit, a.half), keep)
    if a.cv > 0:
        cv = cross_validate(gs, a.l2, a.cv)
        print(f"2-fold cross-validation within {a.half}, {a.cv} repeats: top-1 exact / contains {cv}")
    if a.l1 > 0:
        w1 = fit(gs, 0.01, a.l1)
        print("signals an L1 fit drops:", [keep[int(j)] for j in np.flatnonzero(np.abs(w1) <= 1e-3)])
    w = np.round(fit(gs, a.l2), 1)
    print("_WEIGHTS = (" + ", ".join(f"{x:.1f}" for x in w) + ")")
    print(f"top-1 exact / contains: {a.half} {top1(gs, w)}", end="")
    if a.check and a.check != a.half:
        print(f", {a.check} {top1(keep_columns(groups(a.kit, a.check), keep), w)}")
    else:
        print()


if __name__ == "__main__":
    sys.exit(main())
