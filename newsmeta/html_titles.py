"""The headline of an HTML page, chosen from its ``<h1>``, ``og:title``, JSON-LD ``headline`` and ``<title>``.

A site's name and a section label are stripped from a title (``Rain returns - Daily Planet``),
an ``<h1>`` that names the site (a logo, a link home) is not the headline, and a label printed
in an element of its own before the title is its kicker.
"""

from __future__ import annotations

import itertools
import re

from newsmeta.headlines import _BYLINE, _words
from newsmeta.html_markup import _KICKER_WORDS, _SEPARATORS, _clean, _ld_value, _Markup, _norm
from newsmeta.records import Headline, Kicker, Source

#: an <h1> of more text nodes than this is not split (a headline has a few)
_SPLIT_PIECES = 24


def _split_kicker(pieces: tuple[str, ...], titles: list[str]) -> Headline | None:
    """An <h1> printing a label in an element of its own before a title from the head
    (``<h1><small>Tunesien</small> Große Aufgaben …</h1>``): that title, with the label as kicker;
    or printing a title from the head and then a deck in an element of its own
    (``<h1>Title <span>Deck</span></h1>``): that title."""
    if len(pieces) > _SPLIT_PIECES:
        return None
    for k in range(1, len(pieces)):
        title = _clean("".join(pieces[k:])).lstrip(" |:/•·-–—")
        if _norm(title) in titles:
            label = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—").strip()
            if label and len(label.split()) <= _KICKER_WORDS and _norm(label):
                return Headline(title, None, None, "html", Kicker(label, None, None))
    for k in range(1, len(pieces)):
        title = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—")
        if _norm(title) in titles and _norm("".join(pieces[k:])):
            return Headline(title, None, None, "html")
    return None


def _site_names(m: _Markup, sitename: str | None, url: str | None) -> set[str]:
    names = {_norm(x) for x in (m.meta.get("og:site_name"), m.meta.get("application-name")) if x}
    # trafilatura falls back to the page's title, or a part of it with a dot ("R. K. Lilley"),
    # when it finds no site name: a "site name" that the page prints as its <h1>, or that its
    # og:title or twitter:title (the title written for sharing, most often without the site's
    # name) says, is the headline's
    shared = [_norm(m.meta[k]) for k in ("og:title", "twitter:title") if m.meta.get(k)]
    if (sitename and _norm(sitename) not in {_norm(h) for h in m.h1}
            and not any(_norm(sitename) in t for t in shared)):
        names.add(_norm(sitename))
    if url:
        host = re.sub(r"^[a-z]+://(www\d?\.)?", "", url.lower()).split("/")[0]
        names.add(_norm(host.rsplit(".", 1)[0]))
        names.add(_norm(host))
    return {n for n in names if n}


# A part of a title that is a date ("23.01.2022 - Wierer jubelt") or a web address ("| FASSETTE.NET").
_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


_ADDRESS_PART = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.I)


def _strip_labels(title: str) -> str:
    """``title`` without a leading or trailing part that is a date or a web address."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not (_DATE_PART.fullmatch(p.strip()) or _ADDRESS_PART.fullmatch(p.strip()))]
    if not kept or len(kept) == len(parts):
        return title
    first, last = kept[0], kept[-1]
    return title[title.index(first) : title.rindex(last) + len(last)].strip()


#: A site's name glued to a title's end is one of this many letters at least.
_GLUED_SITE = 12


def _cut_glued_site(title: str, sites: set[str]) -> str:
    """``title`` without a site's name (from a <title> part cut as the site's) glued to its end
    with no separator, a template's missing one ("Truckwash A31Harbour Times News | Harbour Times
    News"): the story before it."""
    # the title's letters and digits, casefolded, each with its place in ``title``
    places, letters = [], []
    for k, ch in enumerate(title):
        for c in ch.casefold():
            if c.isalnum():
                places.append(k)
                letters.append(c)
    folded = "".join(letters)
    for site in sites:
        compact = site.replace(" ", "")
        if len(compact) < _GLUED_SITE or len(folded) <= len(compact) or not folded.endswith(compact):
            continue
        start = places[len(folded) - len(compact)]
        # (glued: a letter or a digit right before it; "… of The Harbour Times" is the story's own)
        if start > 0 and title[start - 1].isalnum() and len(title[:start].split()) >= 2:
            return title[:start]
    return title


def _strip_site(title: str, sites: set[str], alone: bool = False) -> str:
    """Remove site-name prefixes and suffixes ("Story | Site", "Site - Story"); when the title is
    ``alone`` (the page's only title: no <h1>, og:title or JSON-LD headline), a part 60% of it
    is the headline though no other part is a known site name (a site's name is short)."""
    title = _strip_labels(title)

    def is_site(part: str) -> bool:
        p = _norm(part)
        compact = p.replace(" ", "")
        return bool(p) and any(p == s or compact == s.replace(" ", "") or (len(p) > 3 and p in s) for s in sites)

    colon = _LABEL_END.search(title)
    if colon is not None and len(title[colon.end() :].split()) >= 3 and is_site(title[: colon.start()]):
        # "Site: Story"
        title = title[colon.end() :].strip()
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title

    kept = [p for p in parts if not is_site(p)]
    def section(part: str) -> bool:
        return len(part.split()) == 1 and part.strip().isalpha()

    # "Story - Section - Site", "Site - Section - Story": a one-word part between the site's name
    # and the story is the section's name
    if len(kept) >= 2 and is_site(parts[-1]) and parts[-2] == kept[-1] and section(kept[-1]) and _words(kept[0]) >= 3:
        kept = kept[:-1]
    elif len(kept) >= 2 and is_site(parts[0]) and parts[1] == kept[0] and section(kept[0]) and _words(kept[-1]) >= 3:
        kept = kept[1:]
    if kept and len(kept) < len(parts):
        # rebuild from the original string, keeping the separators inside the kept span
        first, last = kept[0], kept[-1]
        return _cut_glued_site(title[title.index(first) : title.rindex(last) + len(last)].strip(), sites)
    longest = max(parts, key=len)
    if alone and len(longest) >= 0.6 * len(title):
        return longest.strip()
    # else a title no part of which is a known site name is kept whole (a dash or a colon may be
    # the headline's own, "Vom Boden aus gedacht - Ann Cotten verwebt …"): the <h1> and the
    # other head titles decide
    return title


#: An <h1> that is a later part of the <title> than a first part this much longer (and of at
#: least ``_SITE_H1_WORDS`` words) is the site's name: "Was ist Virales Marketing? | DimidoBlog".
#: (A first part is not: "Vom Boden aus gedacht - Ann Cotten verwebt …" puts the headline first.)
_SITE_H1_RATIO = 1.5


_SITE_H1_WORDS = 4


def _site_h1s(m: _Markup) -> set[str]:
    parts = [_norm(p) for p in _SEPARATORS.split(m.title)] if m.title else []
    # ... and so is one when the page's other titles (og:title, twitter:title, JSON-LD, an <h2>)
    # print the first part: "Post title | Notes from the Harbour" with og:title "Post title"
    said = {_norm(x) for x in (m.meta.get("og:title"), m.meta.get("twitter:title"), _ld_value(m, "headline"))
            if isinstance(x, str) and x} | m.h2
    first_said = bool(parts) and len(parts[0].split()) >= 2 and parts[0] in said
    # (and the parts of a title "Name: Title" around its colon)
    colon = [_norm(p) for p in m.title.split(": ", 1)] if m.title else []
    out = set()
    for key in ("og:title", "twitter:title"):
        # a title for sharing that is a short part of the <title> beside a long one is the site's
        # name ("Title of the story | The Daily Record" with og:title "The Daily Record")
        said_n = _norm(m.meta.get(key) or "")
        longest = max((len(p.split()) for p in parts if p != said_n), default=0)
        enough = max(_SITE_H1_WORDS, _SITE_H1_RATIO * len(said_n.split()))
        if said_n and said_n in parts[1:] and said_n != parts[0] and longest >= enough:
            out.add(said_n)
    for h in m.h1:
        hn = _norm(h)
        long_first = bool(parts) and len(parts[0].split()) >= max(_SITE_H1_WORDS, _SITE_H1_RATIO * len(hn.split()))
        # (and an <h1> outside the page's article that is the part of a <title> "Name: Title" before
        # its colon, when an <h2> prints the part after it: a blog's name over its post's title, as
        # Blogger writes a post's <title>, "Ina's Garden Blog: Harbour plan approved"; not a title
        # "Headline - Subtitle", whose <h2> prints the subtitle)
        blog = (h not in m.h1_article and len(parts) == 1 and len(colon) == 2 and hn == colon[0]
                and len(colon[1].split()) >= 2 and colon[1] in m.h2)
        if hn and ((hn in parts[1:] and hn != parts[0] and (long_first or first_said)) or blog):
            out.add(hn)
    return out


#: A separator followed by another punctuation mark (" : , Thema: Forschung"): a template's
#: slot left empty; what follows is the page's interface (a topic label), not the headline's.
_EMPTY_SLOT = re.compile(r"\s[:|–—-]\s*[,;:|]")


def _cut_empty_slot(h1: str) -> str:
    """``h1`` up to an empty template slot, when a title (8 characters or more) comes before it."""
    found = _EMPTY_SLOT.search(h1)
    return h1[: found.start()].strip() if found and found.start() >= 8 else h1


def _cut_glued_date(h1: str, titles: list[str]) -> str:
    """``h1`` without a byline line glued on after a title the head says (``… der Region
    02.02.2022 • HVW-Verband``): that title, whole or its part before a separator (``Title | Site``)."""
    hn = _norm(h1)
    for t in titles:
        for part in (t, _SEPARATORS.split(t)[0]):
            pn = _norm(part)
            if len(pn) >= 15 and hn.startswith(pn) and re.match(r"\s\d{1,4}\s\d{1,2}\s\d{1,4}\b", hn[len(pn):]):
                return _clean(part)
    return h1


def _content_words(s: str) -> set[str]:
    return {w for w in _norm(s).split() if len(w) >= 4}


def _title_in_h2(m: _Markup, sites: set[str]) -> Headline | None:
    """The part of the page's ``<title>`` (two words or more, not a site's name) that an ``<h2>``
    prints as it is, if any: the title without the site's name (a dash in it may be the headline's
    own: "Termine Januar – Mai 2020 - whisky.com"), else one of its parts."""
    if not (m.title and m.h2):
        return None
    for part in [_strip_site(m.title, sites), *_SEPARATORS.split(m.title)]:
        pn = _norm(part)
        if len(pn.split()) >= 2 and pn in m.h2 and pn not in sites:
            return Headline(_clean(part), None, None, "html")
    return None


def _head_titles(m: _Markup) -> list[str]:
    """The page's head titles (``<title>``, ``og:title``, ``twitter:title``, JSON-LD ``headline``) as written."""
    return [x for x in (m.title, m.meta.get("og:title"), m.meta.get("twitter:title"), _ld_value(m, "headline"))
            if isinstance(x, str) and x]


def _written_kicker(h1: str, heads: list[str]) -> Headline | None:
    """An <h1> that writes a label (or labels), a separator and then a title that a head title says whole
    (``"Reform now" / Ann Lee is the new president`` beside ``twitter:title`` "Ann Lee is the new
    president"), when no head title says the label with it: that title, with the label as kicker.
    (A head title that holds the whole <h1>, "Brexit: what next | Site", makes it the headline's
    own colon.)"""
    hn = _norm(h1)
    if any(hn in _norm(h) for h in heads):
        return None
    wholes = {_norm(h) for h in heads} | {_norm(_SEPARATORS.split(h)[0]) for h in heads}
    # (at any of its first separators: a trail of labels, "Home » News » Title", is one label)
    for found in itertools.islice(_SEPARATORS.finditer(h1), _KICKER_WORDS):
        label, title = h1[: found.start()].strip(), h1[found.end() :].strip()
        if len(title.split()) < 3 or len(label.split()) > _KICKER_WORDS:
            break
        if _norm(label) and _norm(title) in wholes:
            return Headline(title, None, None, "html", Kicker(label, None, None))
    return None


def _h1_headline(m: _Markup, h1: str) -> Headline:
    """The headline an <h1> prints: its title, with the label it sets off in an element of its
    own as kicker."""
    heads = _head_titles(m)
    if h1 in m.h1_kicker:
        label, title = m.h1_kicker[h1]
        # ... and the page's other titles (head, JSON-LD) say that title too
        if any(_norm(title) in _norm(h) for h in heads):
            return Headline(title, None, None, "html", Kicker(label, None, None))
    written = _written_kicker(h1, heads)
    if written is not None:
        return written
    pieces = m.h1_pieces.get(h1, ())
    if not 2 <= len(pieces) <= _SPLIT_PIECES or _norm(h1) in {_norm(p) for h in heads for p in _SEPARATORS.split(h)}:
        return Headline(h1, None, None, "html")
    parts = [[_norm(p) for p in _SEPARATORS.split(h)] for h in heads]
    pairs = {pair for ps in parts for pair in itertools.pairwise(ps)}
    said = {p for ps in parts for p in ps}
    for k in range(1, len(pieces)):
        first = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—")
        rest = _clean("".join(pieces[k:])).lstrip(" |:/•·-–—")
        if (len(first.split()) <= _KICKER_WORDS and _norm(first)
                and ((_norm(first), _norm(rest)) in pairs or (len(rest.split()) >= 3 and _norm(rest) in said))):
            # a label in an element of its own before a title that a head title says, or writes
            # as its part after the label's ("Label - Title"): the kicker (a section, a topic; a
            # "Back" link, a screen reader's "Article:")
            return Headline(rest, None, None, "html", Kicker(first, None, None))
    for k in range(len(pieces) - 1, 0, -1):
        title = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—")
        rest = _norm("".join(pieces[k:]))
        if (len(title.split()) >= 3 and _norm(title) in said and rest and len(rest.split()) <= _KICKER_WORDS
                and not any(rest in _norm(h) for h in heads)):
            # a title that a head title says (or a part of one), then a few words in an element
            # of their own that none of them says: a share or print button, a comments link, a
            # screen reader's "(opens in a new window)"
            return Headline(title, None, None, "html")
    for k in range(1, len(pieces)):
        title = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—")
        if _words(title) >= 3 and _BYLINE.match(_clean("".join(pieces[k:]))):
            # a byline the <h1> prints in an element of its own after the title ("By Ann Lee",
            # "編集委員　中沢克二")
            return Headline(title, None, None, "html")
    return Headline(h1, None, None, "html")


#: A label before a title: the first separator, or a colon and a space ("Brexit: what next").
_LABEL_END = re.compile(r":\s")


def _label_and_title(s: str) -> tuple[str, str] | None:
    """``s`` cut after its first separator (or colon) into a label of at most ``_KICKER_WORDS``
    words and a title of three words or more, if it has one."""
    ends = [f for f in (_SEPARATORS.search(s), _LABEL_END.search(s)) if f is not None and f.start() > 0]
    if not ends:
        return None
    found = min(ends, key=lambda f: f.start())
    label, title = s[: found.start()].strip(), s[found.end() :].strip().lstrip(" |:/•·-–—")
    if not _norm(label) or len(label.split()) > _KICKER_WORDS or len(title.split()) < 3:
        return None
    return label, title


def _common_title(cands: list[tuple[str, Source]], title: str) -> Headline | None:
    """The title that the page's head titles agree on when one of them writes a label before it:
    ``og:title`` "Borders: France and the return of resentment" beside ``twitter:title`` "France
    and the return of resentment", or two head titles that write different labels before the same
    title (a kicker in one, a section's name in the other)."""
    titles = [(c, src) for c, src in cands if _norm(c)] + ([(title, "html")] if _norm(title) else [])
    wholes = {_norm(c) for c, _src in titles}
    tails: dict[str, str] = {}  # a title after a label -> the first label written before it
    for c, src in titles:
        split = _label_and_title(c)
        if split is None:
            continue
        label, rest = split
        rn = _norm(rest)
        first = tails.setdefault(rn, label)
        if rn in wholes or _norm(first) != _norm(label):
            # (the kicker is the label of the first that writes one: JSON-LD, og:title, twitter:title
            # come before the <title>, where a label is more often the section's name)
            return Headline(rest, None, None, src, Kicker(first, None, None))
    return None


def _said_by(title: str, other: str) -> bool:
    """Does the head title ``other`` say ``title``: the same, or ``title`` (three words or more)
    as its first or its last part?"""
    tn, on = _norm(title), _norm(other)
    if tn == on:
        return True
    if len(tn.split()) < 3:
        return False
    parts = _SEPARATORS.split(other)
    return len(parts) > 1 and tn in (_norm(parts[0]), _norm(parts[-1]))


def _agrees(hn: str, cn: str, same: bool) -> bool:
    """Does a (normalised) <h1> say a (normalised) title: the same, or (unless ``same``) one
    holding the other (15 characters at least)?"""
    return bool(hn and cn) and (hn == cn if same else (len(hn) >= 15 and hn in cn) or (len(cn) >= 15 and cn in hn))


#: Chinese, Japanese and Korean letters: each says about as much as a word of a Latin script
_CJK_LETTER = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _long_enough(h1: str) -> bool:
    """Is ``h1`` long enough to be a headline: 8 characters, or 4 Chinese, Japanese or Korean letters
    ("港口计划获批", six letters, is a whole headline).

    >>> _long_enough("Politik"), _long_enough("Port reopens"), _long_enough("港口计划获批"), _long_enough("新闻")
    (False, True, True, False)
    """
    return len(h1) >= 8 or len(_CJK_LETTER.findall(h1[:8])) >= 4


def _choose_headline(m: _Markup, traf_title: str | None, sitename: str | None, url: str | None) -> Headline | None:
    # an <h1> that links to the site's home page is the site's name in its header (a logo)
    sites = _site_names(m, sitename, url) | _site_h1s(m) | {_norm(h) for h in m.h1_home if _norm(h)}
    ld = _ld_value(m, "headline")
    cands: list[tuple[str, Source]] = []
    if isinstance(ld, str) and _clean(ld):
        cands.append((_clean(ld), "json-ld"))
    for key in ("og:title", "twitter:title"):
        if m.meta.get(key):
            cands.append((_strip_site(m.meta[key], sites), "meta"))
    # an <h1> that is a site's name, spaced or not ("Daily Planet" on dailyplanet.example), is its header's
    compact_sites = {s.replace(" ", "") for s in sites}
    titles = [c for c, _src in cands] + [m.title, traf_title or ""]
    h1s = [h for h in (_cut_glued_date(_cut_empty_slot(_strip_labels(h)), titles) for h in m.h1 if h not in m.h1_home)
           if _long_enough(h) and _norm(h).replace(" ", "") not in compact_sites]
    if (not m.h1 and m.h2_article and _norm(m.h2_article).replace(" ", "") not in compact_sites
            and not any(len(c.split()) >= 3 and _norm(c) in m.h2 for c, _src in cands)
            and _title_in_h2(m, sites) is None):
        # no <h1>, and no <h2> prints a head title: the heading of the page's <article> (or
        # <main>) is the article's, as printed
        return Headline(m.h2_article, None, None, "html")
    # the <h1> inside the page's <article> or <main> first: the others are its header's, its asides'
    h1s.sort(key=lambda h: h not in m.h1_article)
    alone = not cands and not h1s
    # the article's own titles (JSON-LD, og:title, twitter:title) that an <h2> prints, when no
    # <h1> says them: the <h1> is the site's, the blog's or the section's name in the page's header
    agree = [c for c, _src in cands if any(_agrees(_norm(h), _norm(c), same) for h in h1s for same in (True, False))]
    if not agree:
        common = _common_title(cands, _strip_site(m.title, sites) if m.title else "")
        if common is not None:
            return common
    printed = next((c for c, _src in cands if len(c.split()) >= 3 and _norm(c) in m.h2), None)
    if printed is not None and not agree:
        # (as the <title> writes it, when a part of it says the same: its dashes and quotes)
        shown = _title_in_h2(m, sites)
        same = shown is not None and _norm(shown.text) == _norm(printed)
        return shown if shown is not None and same else Headline(printed, None, None, "html")
    stated = next(((c, src) for c, src in cands if len(c.split()) >= 3 and _norm(c) not in sites), None)
    if (stated is not None and h1s and not agree and all(len(h.split()) <= 2 for h in h1s)
            # (not an <h1> that its first part holds: "Brexit chaos" beside "Brexit chaos: what next")
            and not any(_norm(h) in _norm(_SEPARATORS.split(stated[0])[0]) for h in h1s)):
        # ... nor printed in an <h2>: a one- or two-word <h1> that does not say them is a section's
        # or a site's name, the article's own title is the headline
        # (without the part that names it: "Title | Harbour Times" beside <h1>Harbour Times</h1>)
        names = {_norm(h) for h in h1s}
        return Headline(_strip_site(stated[0], sites | names), None, None, stated[1])
    if m.title:
        cands.append((_strip_site(m.title, sites, alone), "html"))
    if traf_title:
        cands.append((_strip_site(_clean(traf_title), sites, alone), "html"))
    # an <h1> that agrees with a title from the head is the page's own headline, as printed: one
    # that equals a title first, then one that contains a title or is contained in one; the
    # page's own titles before trafilatura's (often just the first <h1>, navigation and all)
    heads = [_norm(c) for c, _src in cands]
    own = heads[: len(heads) - 1] if traf_title else heads
    for same, pool in ((True, own), (False, own), (True, heads), (False, heads)):
        if pool is heads and same:
            # no <h1> says the page's own titles: a part of its <title> that an <h2> prints is the
            # article's title (the <h1> is the site's or the section's name)
            shown = _title_in_h2(m, sites)
            if shown is not None:
                return shown
        for h in h1s:
            hn = _norm(h)
            if any(_agrees(hn, cn, same) for cn in pool):
                split = None if same else _split_kicker(m.h1_pieces.get(h, ()), heads)
                return split or _h1_headline(m, h)
    cands = [c for c in cands if "{" not in c[0] and _norm(c[0])]  # no CSS or script left-overs
    # a head title that is a site's name whole (og:title "Harbour Times", a <title> that is only the
    # site's name) names no article: the others do, if any
    named = [c for c in cands if _norm(c[0]).replace(" ", "") not in compact_sites]
    cands = named or cands
    if cands:
        # the head's titles agree among themselves more often than any one of them is right alone
        # (one that is the first or the last part of another says the same story: the other
        # adds a site's or a section's name that the page does not declare, "Story - HT")
        best = max(cands, key=lambda c: sum(_said_by(c[0], o[0]) for o in cands))
        # a one- or two-word head title is a section or site name when the page prints a longer <h1>
        if h1s and len(best[0].split()) <= 2 and len(h1s[0].split()) >= 3:
            return _h1_headline(m, h1s[0])
        # an <h1> of three or more words that shares a fifth of its words with the head's titles
        # is the same story as printed (shorter head titles, or reworded for search engines)
        words = _content_words(" ".join(c for c, _src in cands))
        for h in h1s:
            hw = _content_words(h)
            if len(h.split()) >= 3 and hw and len(hw & words) >= 0.2 * len(hw):
                return _h1_headline(m, h)
        return Headline(best[0], None, None, best[1])
    if h1s:
        return _h1_headline(m, h1s[0])
    return None
