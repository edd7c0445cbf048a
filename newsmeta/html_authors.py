"""The authors of an HTML page: persons only.

Candidates come from the JSON-LD's persons, the credit elements the markup marks
(``rel=author``, ``itemprop=author``, byline classes, links to author pages), the author meta
tag, trafilatura's author and the names printed after a credit's label by the headline.  Each
is cleaned of labels, interface words, dates, handles, job titles and degrees
(:func:`_person`), split where one credit names several, and kept only if it is a person's name.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

import attrs

from newsmeta.bylines import _once
from newsmeta.datelines import find_dateline
from newsmeta.html_markup import _MONTHS, _SEPARATORS, _clean, _ld_value, _Markup, _norm
from newsmeta.records import Author, Source

# Elements the markup marks as an author's credit: a link to the author (``rel=author``, HTML's own
# meaning), microdata ``itemprop=author``, and the class names bylines carry in every CMS.
_CREDIT_CLASS = re.compile(
    r"[Aa]uthor|[Bb]yline|[Aa]uteur|[Aa]utor|[Vv]erfasser|[Cc]ontributor|zuozhe|[Rr]eporter|[Jj]ournalist|[Rr]edakteur")


# ... but not a commenter's or the author of another story in a list, a footer or a sidebar (the
# article's own footer is its own: "article-footer", "post-footer", "entry-footer")
_NOT_CREDIT = re.compile(
    r"comment|respond|reply|related|teaser|sidebar|widget|(?<!article-)(?<!post-)(?<!entry-)footer|avatar|bio\b|about",
    re.I,
)


# ... of which a commenter's: a name there is not the article's author, also where trafilatura takes it
_COMMENT = re.compile(r"comment|respond|reply", re.I)


# ... and not an element that holds a label, a date or a picture of the author
_NOT_CREDIT_OWN = re.compile(r"label|image|img|photo|title", re.I)


_CREDIT_CHARS = 80


#: the elements of a figure and its caption, and the classes of a caption or a picture's credit
_FIGURE = frozenset(("figure", "figcaption"))
_CAPTION = re.compile(r"caption|(?:image|img|photo|foto|bild|media)[-_]?(?:credit|author|source|copyright)", re.I)


# The path of an author's page on a site ("/author/ann-lee/", "/autor/ann-lee"), which a byline links to
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor|autorin|autoren|auteurs?|autores|autore|autori|journalists?|redakteur|redakteurin|redakteure"
    r"|writers?|contributors?|columnists?|kolumnisten|reporters?|by)/[^/?#\s]{2,}/?(?:$|[?#])"
    # (or a handle's page, Medium's and Substack's: "/@annlee")
    r"|/@[^/?#\s]{2,}/?(?:$|[?#])",
    re.I,
)


# ... or WordPress's link to an author's page without pretty permalinks ("/?author=3")
_AUTHOR_QUERY = re.compile(r"[?&]author=\d+$")


def _author_page(href: str) -> bool:
    """Does ``href`` link to an author's page on the site?"""
    return _AUTHOR_PAGE.search(href) is not None or ("author=" in href and _AUTHOR_QUERY.search(href) is not None)


_CREDIT_DEPTH = 5


#: elements that part the words before them from the words in them (a line break, a block)
_BREAKS = frozenset(("br", "p", "div", "li", "dt", "dd", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def _credit_kind(el: Any) -> int:
    """How specific an element's mark as the author's credit is: 0 ``rel=author``, 1 microdata or hCard,
    2 a class naming the author's name or the byline, 3 any other author class; 4 not one."""
    if "author" in (el.get("rel") or "").lower().split():
        return 0
    cls = el.get("class") or ""
    if "author" in (el.get("itemprop") or "").lower() or (re.search(r"\b(?:vcard|fn)\b", cls) and "author" in cls):
        return 1  # microdata, or the hCard microformat of an author
    if el.tag == "byline" or (el.tag == "a" and _author_page(el.get("href") or "")):
        return 2  # NITF's element for the byline; a link to an author's page on the site
    if not _CREDIT_CLASS.search(cls):
        return 4
    return 2 if re.search(r"(?:author|autor|auteur)s?[-_]*(?:name|link)|byline|\bauteurs?\b", cls, re.I) else 3


def _short_text(el: Any) -> str | None:
    """An element's visible text when it is short (a credit line), else ``None`` (read no further);
    a line break or a block inside it parts the words it separates ("Fritz Imhof<br>Quelle: …").

    >>> import lxml.html
    >>> _short_text(lxml.html.fromstring("<div>Autor: Ann<!-- x --> Lee<br>Quelle: <b>AP</b></div>"))
    'Autor: Ann Lee Quelle: AP'
    """
    out: list[str] = []
    size = 0
    open_: list[Any] = []  # the element being read and its open descendants: their tails come when they close
    for node in el.iter():  # lazily: a long element is left after its first words
        parent = node.getparent()
        while open_ and open_[-1] is not parent:
            done = open_.pop()
            if open_ and done.tail:
                out.append(done.tail)
                size += len(done.tail.strip())
        if isinstance(node.tag, str):
            if node.tag in _BREAKS:
                out.append(" ")
            if node.text:
                out.append(node.text)
                size += len(node.text.strip())
        open_.append(node)
        if size > _CREDIT_CHARS:
            return None
    out += [done.tail for done in reversed(open_[1:]) if done.tail]
    text = _clean("".join(out))
    return text if text and len(text) <= _CREDIT_CHARS * 2 else None


# In a credit line of several labelled fields ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet")
# the author's is the one after an author's label, up to the next label; elsewhere the name ends
# at a separator ("Jacobo Betancur | Publicado hace 3 horas").
_CREDIT_FIELD = re.compile(r"(?:^|\s)(?:autor(?:in)?|author|auteur|verfasser(?:in)?|text|texto|作者)\s?[:：]\s*", re.I)


_NEXT_FIELD = re.compile(r"(?:\s|(?<=[a-zà-ÿ]))[A-ZÀ-Þ]?[a-zà-ÿ]+\s?[:：]\s|\s[|•·]\s|,\s\d")


def _credit_line(text: str) -> str:
    field = _CREDIT_FIELD.search(text)
    if field is not None:
        text = text[field.end() :]
    cut = _NEXT_FIELD.search(text)
    # (a date's field before the name's: "3. Mai 2021 · Ina Berg")
    if cut is not None and (date := _LEADING_DATE.match(text[: cut.start()] + " ")) and date.end() >= cut.start():
        text = text[cut.end() :]
        cut = _NEXT_FIELD.search(text)
    return text[: cut.start()] if cut is not None else text


# WordPress marks a comment that the post's own author wrote with the class "bypostauthor" (and
# every comment by a user with "comment-author-<login>"): a name there is the article's author's
_BY_POST_AUTHOR = re.compile(r"\bbypostauthor\b")


_COMMENT_LOGIN = re.compile(r"\bcomment-author-([^\s]{2,40})")
#: the classes of the element of a comment's header that holds its author's name (the hCard's
#: ``fn``; ``comment-author``, also as the start of ``comment-author-name``)
_COMMENT_NAME = re.compile(r"\bfn\b|\bcomment-author\b")


#: the kind of a credit taken from the post's author's own comment (:data:`_BY_POST_AUTHOR`), after all others
_OWN_COMMENT = 9


#: the elements of a comment read for its author's name (its header comes first)
_COMMENT_HEAD = 60


def _commenter(el: Any) -> str | None:
    """The name a comment's header gives its author: the hCard's formatted name (``fn``, WordPress's
    ``<cite class="fn">``) or an element of class ``comment-author``, else the login of its class.

    >>> import lxml.html
    >>> _commenter(lxml.html.fromstring("<li class='comment comment-author-ilee bypostauthor'>"
    ...                                 "<div class='comment-author'>Ina Lee says:</div></li>"))
    'Ina Lee'
    >>> _commenter(lxml.html.fromstring("<li class='comment comment-author-ilee bypostauthor'><p>Thanks!</p></li>"))
    'ilee'
    """
    for _k, node in zip(range(_COMMENT_HEAD), el.iterdescendants(), strict=False):
        cls = node.get("class") or "" if isinstance(node.tag, str) else ""
        if (_COMMENT_NAME.search(cls)
                and (text := _short_text(node))):
            # (without the verb of the header, "Ina Lee says:")
            words = text.split()
            return " ".join(words[:-1]) if len(words) > 1 and words[-1].casefold().strip(":") in _SAID else text
    login = _COMMENT_LOGIN.search(el.get("class") or "")
    return login.group(1) if login else None


def _item_name(el: Any) -> str | None:
    """The ``name`` property of a microdata item (``itemprop=author itemscope``): its ``content`` (a
    ``<meta>``) or its text, else the item's own text; ``None`` for an organisation.

    >>> import lxml.html
    >>> _item_name(lxml.html.fromstring("<div itemprop='author' itemscope><b itemprop='name'>Ina Lee</b> "
    ...                                 "<i itemprop='jobTitle'>Chefin vom Dienst</i></div>"))
    'Ina Lee'
    """
    if "organization" in (el.get("itemtype") or "").lower():
        return None
    for _k, node in zip(range(_COMMENT_HEAD), el.iterdescendants(), strict=False):
        if isinstance(node.tag, str) and "name" in (node.get("itemprop") or "").split():
            return _clean(node.get("content") or "") or _short_text(node)
    return _short_text(el)


# Yoast's label of its "twitter:data1" in the languages it is translated to ("Written by", "Verfasst
# von", "Écrit par", "Geschreven door", "Skrevet av", "Napisane przez", "Автор", "Yazan", "Kirjoittanut")
_WRITTEN_BY = re.compile(
    r"written|verfasst|geschrieben|écrit|escrito|scritto|door|aut|skre[vw]et|skrivet|napisan|napsal|автор|написан"
    r"|yazan|yazar|kirjoittan")


# A translator's credit: the label before a link to a person's page, or that opens a credit line
# ("Übersetzung <a>Sarah Berg</a>", "Translated by Ann Lee", "Traduction : Ana Ruiz") names who
# translated the article, not who wrote it
_TRANSLATOR_LABEL = (
    r"(?:übersetzung|übersetzt\s+von|übersetzer(?:in)?|translat(?:ion|ed\s+by|or)"
    r"|tradu(?:ction|it\s+par|cteur|ctrice|cción|cido\s+por|ctor|ctora|zione|tto\s+da|ttore|ttrice|ção|zido\s+por)"
    r"|vertaling|vertaald\s+door|oversat\s+af|översatt\s+av|oversatt\s+av|перевод|翻译|译者)"
)
_TRANSLATOR_BEFORE = re.compile(rf"(?:^|\s){_TRANSLATOR_LABEL}\s?[:：]?$", re.I)
_TRANSLATOR_OPENS = re.compile(rf"{_TRANSLATOR_LABEL}(?:\s?[:：]|\s)", re.I)
_TRANSLATOR_INSIDE = re.compile(rf"[\s,;|·•]{_TRANSLATOR_LABEL}(?:\s?[:：]|\s)", re.I)


# The agencies' share in a credit, after its author's name: "mit Material von dpa", "mit dpa", "with
# wire services", "with additional reporting by Reuters", "avec AFP", "con agencias"
_WITH_AGENCIES = re.compile(
    r"[\s,;(]+(?:mit\s(?:material\s(?:von|der|aus)\s|agenturmaterial|agenturen|dpa|afp|ap|reuters|kna|epd|sid|apa)"
    r"|with\s(?:(?:additional\s)?reporting\sby|(?:wire\s)?(?:services|agencies|agency\sreports)|reuters|ap|afp)"
    r"|avec\s(?:afp|ap|reuters|agences)|con\s(?:agencias|efe|afp|ap|reuters)|com\s(?:agências|agencias|lusa))\b",
    re.I,
)


# A name's mark as the pictures' credit, in brackets after it ("Bo Roe (Fotos)", "Ann Lee (Photos)")
_PHOTOS_MARK = re.compile(
    r"[（(]\s?(?:fotos?|photos?|bilder?|fotografie|photography|fotograf[íi]a)\s?(?:[)）]|$)", re.I)


#: how many characters before a credit's link are read for a translator's label
_LEAD_CHARS = 40


def _lead_text(el: Any) -> str:
    """The text right before ``el`` inside its block (its previous sibling's tail, else its parent's
    text, up to two levels up), the last :data:`_LEAD_CHARS` characters.

    >>> import lxml.html
    >>> _lead_text(lxml.html.fromstring("<p> Übersetzung <span><a href='/author/sb/'>Sarah Berg</a></span></p>")[0][0])
    'Übersetzung'
    """
    node = el
    for _k in range(3):
        prev = node.getprevious()
        if prev is not None:
            return _clean(prev.tail or "")[-_LEAD_CHARS:].strip()
        parent = node.getparent()
        if parent is None:
            break
        if (parent.text or "").strip():
            return _clean(parent.text or "")[-_LEAD_CHARS:].strip()
        node = parent
    return ""


def _markup_credits(elements: list[Any], m: _Markup) -> list[tuple[int, str]]:
    """The page's credit lines as its markup marks them (``rel=author`` links, ``itemprop=author``,
    byline classes), outside comments, lists of other stories, sidebars and footers, with their
    kind (:func:`_credit_kind`); the most specific kind first, in page order within a kind.  Yoast's
    ``twitter:label1``/``data1`` pair ("Written by" / "Verfasst von": a name) comes first."""
    found: list[tuple[int, int, str]] = []
    links: dict[Any, int] = {}
    label = m.meta.get("twitter:label1", "").casefold()
    if m.meta.get("twitter:data1") and _WRITTEN_BY.search(label):
        found.append((-1, 0, m.meta["twitter:data1"]))
    for n, el in enumerate(elements):
        kind = _credit_kind(el)
        if kind > 3 or el.tag in ("meta", "link", "script", "style", "img", "body", "html"):
            continue
        own = str(el.get("class") or "") + " " + str(el.get("id") or "")
        # its own marks and its nearest containers' (the page's outer ones name its layout)
        near = [a for _k, a in zip(range(_CREDIT_DEPTH), el.iterancestors(), strict=False) if a.tag != "body"]
        marks = " ".join(str(a.get("class") or "") + " " + str(a.get("id") or "") for a in near)
        # (a credit in a figure's caption is the picture's: HTML's <figure> and <figcaption>, a caption's class)
        if el.tag in _FIGURE or any(a.tag in _FIGURE for a in near) or _CAPTION.search(own + " " + marks[:2000]):
            continue
        if _NOT_CREDIT.search(own + " " + marks[:2000]) or _NOT_CREDIT_OWN.search(own):
            if _COMMENT.search(own + " " + marks[:2000]) and (text := _short_text(el)):
                m.commenters.add(_norm(text))
            if _BY_POST_AUTHOR.search(own) and (text := _commenter(el)):
                found.append((_OWN_COMMENT, n, text))
            continue
        # (a microdata item of its own: its name property, and no organisation's)
        text = _item_name(el) if kind == 1 and el.get("itemscope") is not None else _short_text(el)
        # (a link to a profile on a social network that says its handle: "<a href=twitter.com/inaberg>inaberg</a>")
        if text and el.tag == "a" and _handle_link(el.get("href") or "", text):
            continue
        # (a translator's credit: "Übersetzung <a href=/author/sb/>Sarah Berg</a>", "Translated by: Ann Lee")
        if text and (_TRANSLATOR_OPENS.match(text) or (el.tag == "a" and _TRANSLATOR_BEFORE.search(_lead_text(el)))):
            continue
        if text and el.tag == "a" and kind == 2 and el.getparent() in links:
            # the links to several authors' pages in one byline ("<a>Ann Lee</a>, <a>Bo Roe</a>") are one credit
            k = links[el.getparent()]
            found[k] = (kind, found[k][1], found[k][2] + "; " + _credit_line(text))
        elif text:
            if el.tag == "a" and kind == 2:
                links[el.getparent()] = len(found)
            found.append((kind, n, _credit_line(text)))
    seen: set[str] = set()
    out = []
    for kind, _n, text in sorted(found):
        if text and text not in seen:
            seen.add(text)
            out.append((kind, text))
    return out


def _social_slugs(texts: tuple[str, ...]) -> set[str]:
    """The letters of the last part of each link to a profile on a social network in ``texts``
    ("facebook.com/ann.lee.12" -> "annlee")."""
    out = set()
    for text in texts:
        for link in _SOCIAL.finditer(text[:_CREDIT_CHARS * 2]) if text else ():
            if slug := _letters(link.group().rstrip("/").rsplit("/", 1)[-1]):
                out.add(slug)
    return out


def _handle_link(href: str, text: str) -> bool:
    """Does a link to a profile on a social network (:data:`_SOCIAL`) say the profile's handle?

    >>> _handle_link("https://twitter.com/ina_berg", "inaberg"), _handle_link("https://x.com/inaberg", "Ina Berg")
    (True, False)
    """
    social = _SOCIAL.match(href)
    return social is not None and " " not in text.strip() and _letters(
        href[: social.end()].rstrip("/").rsplit("/", 1)[-1]) == _letters(text)


def _is_credit(el: Any) -> bool:
    """Is ``el`` marked as an author's credit (tested in Python while the page is read once: an
    XPath ``contains`` over every element costs more)?"""
    cls, rel, prop = el.get("class"), el.get("rel"), el.get("itemprop")
    return bool((cls and _CREDIT_CLASS.search(cls)) or (rel and "author" in rel.lower())
                or (prop and "author" in prop.lower()) or el.tag == "byline"
                or (el.tag == "a" and _author_page(el.get("href") or "")))


#: An author's label that is a noun: with a colon ("Autor:", "Автор:"), or (capitalised, as
#: ``_LABEL_CASED``) alone before a name ("Autoren Ina Berg und Tom Walsh"); Chinese labels
_LABEL_NOUN = r"autor(?:in|en|innen|a|as|es)?|auteur|authors?|texte?|texto|tekst|автор|текст|yazar|kirjoittaja"
_LABEL_CASED = r"(?-i:[Aa]utor(?:in|en|innen)?|[Aa]uthors?|[Aa]uteurs?|[Aa]utor[eia]s?|AUTOR(?:IN|EN)?|AUTHORS?)"
_LABEL_CHINESE = r"作者|责任编辑|责编|记者|编辑"

# A credit printed as text by the headline: a text of its own that opens with a label
# ("Von", "By", "Par", "Autor:", "Ein Artikel von", "Posted by"; a link to the author's other
# stories, "View all posts by", "Alles von"), the name after it or in the next text; a separator
# may come first, where the byline follows other fields on its line ("| By", "· Von").
_TEXT_CREDIT = re.compile(
    r"(?:[|·•/–—-]\s?)?(?:(?:(?:eine?\s+)?(?:[^\W\d_]+[\s-])?(?:artikel|beitrag|gastbeitrag|text|kolumne|kommentar|analyse|reportage)\s+von"
    r"|(?:posted|written|reported|published|story|text|words)\s+by|(?:geschrieben|verfasst|veröffentlicht)\s+von"
    r"|(?:publié|écrit|rédigé)\s+par|(?:publicado|escrito|redactado)\s+por|(?:pubblicato|scritto)\s+da|a\s+cura\s+di"
    r"|skre[vw]et\s+a[fv]|skrivet\s+av"
    r"|napisał[a]?|(?:view\s+|see\s+)?all\s+(?:posts|articles|stories)\s+by|more\s+(?:posts|articles|stories)\s+(?:by|from)"
    r"|alles\s+von|(?:voir\s+)?tous\s+les\s+articles\s+(?:de|par)|todos\s+los\s+art[ií]culos\s+(?:de|por)"
    r"|tutti\s+gli\s+articoli\s+di|von|by|par|por|door|av|af|(?-i:[Dd]i))(?:\s?[:：])?"
    # (a noun, with a colon: "Autor:", "Auteur :", "Автор:", "Text und Fotos:")
    rf"|(?:{_LABEL_NOUN}|interview"
    r"|(?:text|texte)\s(?:und|and|&|et)\s(?:fotos?|photos?|bilder))\s?[:：]"
    # (the noun alone, without a colon, before a name: "Autoren Ina Berg und Tom Walsh")
    rf"|{_LABEL_CASED}(?=\s))(?:\s+|$)"
    rf"|(?:{_LABEL_CHINESE})\s?[:：]\s*",
    re.I,
)


_CREDIT_BEFORE, _CREDIT_AFTER = 300, 1200


def _text_credits(parts: list[str], offsets: list[int], at: int) -> list[str]:
    """The names the page prints after a credit's label by its headline (``at``; the top of the
    page without one): capitalised, two to four words (a label that opens a sentence is not one)."""
    lo, hi = (at - _CREDIT_BEFORE, at + _CREDIT_AFTER) if at >= 0 else (0, _CREDIT_AFTER)
    out = []
    for k, (part, pos) in enumerate(zip(parts, offsets, strict=True)):
        # (past the window, a labelled field alone: "Autor: Ann Lee", not a "By" that may open a sentence)
        if (lo <= pos and (pos <= hi or _FIELD_LABEL.match(part))
                and (name := _printed_name(_listed(parts, k), _listed(parts, k + 1)))):
            out.append(name)
    # (and, after them, a name without a label in a line of the story's date and time by the headline)
    dated = [_Unlabelled(name) for part, pos in zip(parts, offsets, strict=True)
             if lo <= pos <= hi and (name := _dated_name(part))]
    # (and the names credited with another role than the text's: "Reviewed by", "Updated by", "Photos by")
    roles = [_OtherRole(name) for k, (part, pos) in enumerate(zip(parts, offsets, strict=True))
             if lo <= pos <= hi and len(part) <= 2 * _FIELD_CHARS and (name := _role_name(part, parts, k))]
    return out + dated[:1] + roles[:_ROLES]


#: at most this many names credited with another role are read
_ROLES = 5


class _OtherRole(str):
    """A name the page credits by the headline with another role than the text's author's: a
    reviewer's, an editor's, a photographer's ("Medically reviewed by Bo Roe")."""

    __slots__ = ()


# The label of another role than the text's author's: reviewer, fact checker, editor, updater,
# photographer, illustrator
_OTHER_ROLE = re.compile(
    r"(?:(?:medically\s+|fact[-\s]?)?(?:reviewed|checked)|edited|updated|illustrat(?:ed|ions)|photo(?:s|graphs|graphy)?"
    r"|fotos?|bilder|illustrationen?|aktualisiert|bearbeitet|redigiert|geprüft)\s+(?:by|von)\b\s?:?\s*", re.I)


def _role_name(part: str, parts: list[str], k: int) -> str | None:
    """The name ``part`` credits after another role's label (or the next text does), two to four
    capitalised words, else ``None``.

    >>> _role_name("By Ann Lee | Reviewed by Bo Roe, MD", [], 0), _role_name("Edited by", ["Edited by", "Bo Roe"], 0)
    ('Bo Roe', 'Bo Roe')
    """
    role = _OTHER_ROLE.search(part)
    if role is None:
        return None
    rest = part[role.end() :] or (parts[k + 1] if k + 1 < len(parts) else "")
    name = _NAME_END.split(_credit_line(rest), maxsplit=1)[0].split(",", 1)[0].strip()
    words = name.split()
    return name if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words) else None


class _Unlabelled(str):
    """A name printed by the headline without a credit's label, in a line of the story's date and
    time (:func:`_dated_name`): a candidate after the labelled ones."""

    __slots__ = ()


#: the separators of a line of fields ("04.02.2022 | 13:10 Uhr | Ina Berg")
_FIELD_SEP = re.compile(r"\s[|·•]\s")


#: a time of day as a field of its own ("13:10 Uhr", "1.10 pm")
_TIME_FIELD = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?", re.I)


def _date_field(field: str) -> bool:
    """Is ``field`` a date or a time of day and nothing else?"""
    if _TIME_FIELD.fullmatch(field):
        return True
    date = _LEADING_DATE.match(field)
    if date is None or date.end() < len(field):
        return False
    month = date.group("m1") or date.group("m2") or date.group("m3")
    return month is None or month.casefold() in _MONTH_WORDS


def _dated_name(part: str) -> str | None:
    """The name in a line of fields that are otherwise a date and a time ("04.02.2022 | 13:10 Uhr |
    Ina Berg"): the story's credit line, printed without a label; two or three capitalised words.

    >>> _dated_name("04.02.2022 | 13:10 Uhr | Ina Berg"), _dated_name("Politik | Ina Berg"), _dated_name("3. Mai 2021")
    ('Ina Berg', None, None)
    """
    if len(part) > _FIELD_CHARS or not _FIELD_SEP.search(part):
        return None
    fields = [f.strip() for f in _FIELD_SEP.split(part)][:5]
    rest = [f for f in fields if not _date_field(f)]
    if len(rest) != 1 or len(fields) < 2:
        return None
    words = rest[0].split()
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return rest[0]
    return None


#: the words that join the names of a list printed in elements of their own ("Von <b>Ann Lee</b> und <b>Bo Roe</b>")
_JOINERS = frozenset(("and", "und", "&", "et", "y", "e", "en", "og", "och", "i"))


def _listed(parts: list[str], k: int) -> str:
    """The text ``parts[k]``, and the names after it that a conjunction of its own adds to it
    (the markup parts each name: "Ann Lee", "und", "Bo Roe"), up to a credit line's length.

    >>> _listed(["Von", "Ann Lee", "und", "Bo Roe", "Berlin"], 1), _listed(["Ann Lee", "Mai 2021"], 0)
    ('Ann Lee und Bo Roe', 'Ann Lee')
    """
    if k >= len(parts):
        return ""
    text = parts[k]
    while k + 2 < len(parts) and parts[k + 1].casefold() in _JOINERS and len(text) <= _FIELD_CHARS:
        text += " " + parts[k + 1] + " " + parts[k + 2]
        k += 2
    return text


#: an author's field after a separator in a line of fields (" | Author: ", " · Autor: "; a Chinese
#: label after a space: "来源：新华社 作者：王芳")
_FIELD_AFTER = re.compile(
    rf"\s[|·•]\s(?=(?:{_LABEL_NOUN}|{_LABEL_CHINESE})\s?[:：])|\s(?=(?:{_LABEL_CHINESE})\s?[:：])", re.I)


_FIELD_LABEL = re.compile(rf"(?:{_LABEL_NOUN}|{_LABEL_CHINESE})\s?[:：]|{_LABEL_CASED}\s", re.I)


def _printed_name(part: str, following: str) -> str | None:
    """The name a text of its own prints after a credit's label (or the text after it prints), else ``None``:
    a name, or a list of names ("Ann Lee, Bo Roe & Cy Doe"; "Ann Lee, Berlin"), capitalised, two to four
    words each (a place or an agency after the first, one); a Chinese name is two to four characters."""
    label = _TEXT_CREDIT.match(part) if len(part) <= 80 else None
    # (or a labelled field after a separator, in a line of fields: "Published: 3 March | Author: Ina Berg")
    if label is None and len(part) <= 2 * _FIELD_CHARS and (after := _FIELD_AFTER.search(part)):
        label = _TEXT_CREDIT.match(part, after.end())
    if label is None:
        return None
    name = _credit_line(part[label.end() :] or following)
    # (Chinese names, a word each, end at the first word that is not one: "王芳 李明 2021-03-02")
    if _CJK_NAME.fullmatch(name.split(" ", 1)[0]):
        words = name.split()[:5]
        name = " ".join(words[: next((k for k, w in enumerate(words) if not _CJK_NAME.fullmatch(w)), len(words))])
    names = [n for p in _NAME_SPLIT.split(name) for n in p.split(", ")]
    if len(names) <= 5 and all(
            (2 - (j > 0) <= len(ws := n.split()) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in ws))
            or _CJK_NAME.fullmatch(n) for j, n in enumerate(names)):
        return name
    return None


#: an article's credit at its end ("Text: Ann Lee", "Autor: Ann Lee") is read in its last lines
_END_CHARS, _END_LINES = 1500, 8


# The copyright line that closes an article's text ("© 2019 Ann Lee", "Copyright (c) Ann Lee")
_COPYRIGHT = re.compile(r"(?:copyright\s?)?(?:©|\([cC]\))\s?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?|copyright\s", re.I)


def _copyright_holder(text: str) -> list[str]:
    """The person a copyright line names as the last line of an article's text (its author's, on a
    page of its own; a publisher's name is refused later as an organisation's or the site's).

    >>> _copyright_holder("Votes.\\n© 2019 Ann Lee"), _copyright_holder("© 2019 Ann Lee\\nVotes.")
    (['Ann Lee'], [])
    """
    last = text[-_FIELD_CHARS:].rsplit("\n", 1)[-1].strip()
    mark = _COPYRIGHT.match(last)
    if mark is None:
        return []
    words = last[mark.end() :].split()
    return [" ".join(words)] if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words) else []


#: a signature's line: a name of two to four words, capitalised, and nothing else
_SIGNATURE = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[-'’][^\W\d_]+)*(?:\s[^\W\d_]+(?:[-'’.][^\W\d_]*)*){1,3}")


def _signature(text: str) -> list[str]:
    """The name an article's text is signed with: its last line, or the line before a last short one
    (the signer's role: "Kazım Türkmen\\nDITIB-Bundesvorsitzender"), when it is a name alone under a
    sentence's end (not a list's or a link's last item: "Weiterführender Link", "Mental Health Initiative").

    >>> _signature("The council voted.\\nIna Berg"), _signature("The council voted.\\nIna Berg\\nChefredakteurin")
    (['Ina Berg'], ['Ina Berg'])
    >>> _signature("The council voted.\\nRead more"), _signature("Ina Berg"), _signature("Links to\\nIna Berg")
    ([], [], [])
    """
    lines = [t for line in text[-_END_CHARS:].split("\n")[-4:] if (t := line.strip())]
    for k in (len(lines) - 1, len(lines) - 2):
        if k < 1 or (k < len(lines) - 1 and len(lines[-1]) > _FIELD_CHARS // 2):
            continue
        line = lines[k]
        if (len(line) <= _FIELD_CHARS // 2 and lines[k - 1][-1:] in _SENTENCE_END and _SIGNATURE.fullmatch(line)
                and all(w[:1].isupper() or w in _PARTICLES for w in line.split())):
            return [line]
    return []


#: the last characters of a sentence, a signature's line under it
_SENTENCE_END = frozenset(".!?…\"”»“)")


def _end_credits(text: str) -> list[str]:
    """The names an article's text credits in one of its last lines, after a credit's label.

    >>> _end_credits("The council voted.\\nIt will meet again in May.\\nText: Ann Lee\\nFotos: Bo Roe")
    ['Ann Lee']
    >>> _end_credits("The council voted by a wide margin.\\nBy the way, nobody came.")
    []
    """
    lines = [t for line in text[-_END_CHARS:].split("\n")[-_END_LINES:] if (t := line.strip())]
    return [n for k, line in enumerate(lines) if (n := _printed_name(line, lines[k + 1] if k + 1 < len(lines) else ""))]


#: at most this many characters of a line are a credit's ("Autoren: Ann Lee und Bo Roe")
_FIELD_CHARS = 80


def _field_credits(text: str) -> list[str]:
    """The names an article's text credits in a line of its own, anywhere, after an author's label
    ("Autor: Ann Lee", "Autoren Ann Lee und Bo Roe"; not "By", which may open a sentence).

    >>> _field_credits("The council voted.\\nAutoren Ann Lee und Bo Roe\\nIt will meet again in May.")
    ['Ann Lee und Bo Roe']
    >>> _field_credits("The council voted.\\nAutoren Ann Lee und Bo Roe zeigen, wie.\\nBy Ann Lee")
    []
    """
    out = []
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if len(line) <= _FIELD_CHARS and _FIELD_LABEL.match(line := line.strip()):
            following = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if name := _printed_name(line, following[: _FIELD_CHARS + 1]):
                out.append(name)
    return out


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


# Words around a name that are not the name: labels before it, interface text after it.
_AUTHOR_LABEL = re.compile(
    r"^(?:(?:view|see|show)\s+all\s+(?:posts|articles|stories)\s+by|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von"
    r"|(?:mehr\s+)?(?:beiträge|beitrag|artikel|posts?|articles?|stories)\s+(?:von|by)"
    # (a link to the author's other stories: "More from", "All articles by", "Weitere Artikel von", "Mehr
    # von", "Tous les articles de", "Ver todos los artículos de", "Más artículos de", "Altri articoli di")
    r"|(?:view\s+|see\s+|read\s+)?(?:more|all)\s+(?:(?:posts|articles|stories|entries)\s+)?(?:from|by)"
    r"|(?:weitere|mehr|alle)\s+(?:(?:beiträge|artikel|texte)\s+)?von|profile?\s+(?:von|of|de|di)|meer\s+(?:(?:artikelen|berichten)\s+)?van"
    # (and WordPress's own link to them, as its translations write it: "Voir toutes les publications de",
    # "Ver todas las entradas de", "Visualizza tutti gli articoli di", "Bekijk alle berichten van")
    r"|(?:bekijk\s+)?alle\s+(?:berichten|artikelen|posts)\s+(?:van|door)"
    r"|(?:voir\s+)?(?:tous\s+les|toutes\s+les|plus\s+d['’])\s?(?:articles|publications)\s+(?:de|par)"
    r"|(?:ver\s+)?(?:todos\s+los\s+|todas\s+las\s+|más\s+)(?:artículos|entradas|publicaciones)\s+(?:de|por)"
    r"|(?:ver\s+)?(?:todos\s+os\s+|todas\s+as\s+|mais\s+)(?:artigos|posts|publicações)\s+(?:de|por)"
    r"|(?:vedi\s+|visualizza\s+)?(?:tutti\s+gli|altri)\s+articoli\s+(?:di|da)"
    r"|(?:written|posted|submitted|reported|published|text|story|photos?)\s+by|(?:veröffentlicht|geschrieben|verfasst)\s+von"
    # (a kind of piece and its author: "Opinion by", "Guest post by", "Ein Gastbeitrag von")
    r"|(?:a\s+)?(?:guest\s+)?(?:post|column|essay|opinion|commentary|analysis|op-ed)\s+by"
    r"|(?:ein(?:e)?\s+)?(?:gastbeitrag|kommentar|kolumne|analyse|gastkommentar)\s+von"
    # (Blogger's, as its translations write it: "Eingestellt von", "Postado por", "Geplaatst door")
    r"|(?:eingestellt|gepostet)\s+von|(?:postado|postada)\s+por|(?:postato|postata)\s+da|geplaatst\s+door"
    r"|(?:publié|écrit|rédigé)\s+par|über|about|(?:publicado|escrito|redactado)\s+por|(?:pubblicato|scritto)\s+da"
    r"|a\s+cura\s+di|by|von|par|por|door|av|af|di(?=\s)"
    # (the text's and the pictures' author: "Text & Fotos:", "Texto y fotos:")
    r"|(?:text|texte|texto)\s(?:und|and|&|et|y)\s(?:fotos?|photos?|bilder|fotografías?)"
    r"|skre[vw]et\s+a[fv]|skrivet\s+av|napisał[a]?|tekst|автор|текст|yazar|kirjoittaja"
    r"|autor(?:in|en|innen|/in|\*in|a|as|es)?|autore|autrice|authors?|auteur|verfasser(?:in)?|redakteur(?:in|/in|\*in)?"
    r"|interview|texto?"
    # (Chinese's "文/王芳", "作者｜王芳": a slash or a bar after its label)
    # (Arabic's "بقلم" and "كتب", Persian's, Hebrew's, Hungarian's, Vietnamese's, Thai's)
    r"|بقلم|كتبت?|بواسطة|نویسنده|מאת|szerző|írta|tác\s+giả|โดย"
    r"|作者|责任编辑|责编|编辑|记者|撰文|文)\b\s*(?:[:：]|(?<=[文者])\s?[/／|｜])?\s*"
    r"|(?-i:(?:[Bb]y|Author|Autor|Auteur|Von|Par|Por)(?=[A-Z][a-z]))",
    re.I,
)


_AUTHOR_UI = re.compile(
    # (with the words that open a comment's or a date's link: "No Comments", "0 Comments", "Leave a
    # Reply", "Last Updated", "Posted in News", "Posted on", "Filed under")
    # (and a social network's name after its preposition: "Follow Ann Lee on Twitter", "Ina Berg auf Facebook")
    r"\s+(?:(?:no|\d+|leave\s+an?|add\s+an?|last|zuletzt|on|auf|sur|en|su)\s+)?"
    r"(?:reply|antworten|posted(?:\s+(?:in|on|at))?|filed\s+under|abgelegt\s+unter|tiempo\s+de\s+lectura|lesezeit|\d*\s*min(?:utes?)?\s+read|shares?|follow|folgen|twitter|facebook"
    r"|instagram|google|e-?mail|kommentare?|comments?|updated|aktualisiert|published|veröffentlicht|mehr\s+von"
    r"|contact|contactar|contacter|kontakt|publicado|publié|pubblicato|log\s?in|sign\s?in|anmelden|subscribe"
    r"|abonnieren|weiterlesen|read\s+more|whatsapp|linkedin|xing|pinterest|telegram|tweet|teilen"
    r"|view\s+(?:all|profile|more)|alle\s+(?:beiträge|artikel)|more\s+(?:from|by|articles|stories|posts)"
    r"|partager|compartir|condividi|home|startseite|menu|menü"
    # (the verb that closes German's "Alle Beiträge von Ann Lee anzeigen")
    r"|anzeigen|ansehen"
    # (the links and labels the page puts after a byline: the next story's, an
    # advertisement's: "Previous Post", "Nächster Artikel", "Mehr zum Thema", "Skip to content", "Anzeige")
    r"|(?:previous|next|older|newer)\s+(?:post|article|story|entry)|related\s+(?:posts|articles|stories)"
    r"|(?:nächster|vorheriger)\s+(?:artikel|beitrag)|mehr\s+zum\s+thema|zur\s+startseite|skip\s+to\s+content"
    r"|advertisement|anzeige|werbung|sponsored"
    # (the buttons by a byline: "Print", "Listen", "Save", "Gift Article", "Newsletter", the author's "Bio")
    r"|print|drucken|imprimir|imprimer|listen|anhören|save|merken|gift\s+(?:this\s+)?article|newsletter|bio)\b.*$",
    re.I,
)


# A degree or job title next to a name ("Grant Tinsley, PhD", "FOCUS-Online-Experte Robin Tschöpe").
_DEGREE = re.compile(
    # (with its full stops, or as trafilatura writes them, a space for each: "Ph.D.", "M.Ed.", "M Ed", "Dipl -Ing")
    r"^(?:ph\.?\s?d\.?|d\.?\s?phil\.?|mba|mph|cpa|esq\.?|m\.?\s?sc\.?|b\.?\s?sc\.?|ll\.?\s?[mb]\.?|dipl\.?\s?-?[\w.]*"
    r"|[mb]\.\s?[ads]\.?|m\.\s?ed\.?|ed\.\s?d\.?|d\.\s?o\.?|r\.\s?n\.?"
    # (bare letters in capitals, where they are also a name or a word: "MA", "M A", not "Jack Ma"; the
    # post-nominal letters of health, law and finance: "Ann Lee, MS, RD, CSCS", "Bo Roe, MSN, APRN, FNP-BC")
    r"|(?-i:[MB]\s[ADS]|M[ADS]|BA|M\s?Ed|Ed\s?D|RDN?|LDN?|RN|BSN|MSN|APRN|FNP(?:-[A-Z]{1,2})?|NP|PA-C|CSCS|CPT|DVM|DDS|DMD"
    r"|DPT|PT|JD|PharmD|PsyD|EdD|DrPH|DPhil|MBBS|MRCP|FRCP|LCSW(?:-R)?|LMFT|MSW|CRNA|LPC|CNM|CNS|CDN|IBCLC"
    r"|FACS|FACP|FAAP|CFA|CFP|MFA|MEd|CDE|CDCES))$",
    re.I,
)


_INITIALS = re.compile(r"[A-Z]{2}")


# The titles a Korean or Japanese byline writes after the reporter's name ("홍길동 기자", "김철수 특파원",
# "山田太郎記者", "山田 太郎 編集委員")
_EAST_ASIAN_JOB = re.compile(
    r"(?<=[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff])\s?(?:선임|수석|객원|인턴|수습|전문)?(?:기자|특파원|논설위원|편집위원|앵커)"
    r"$|(?<=[\u3040-\u30ff\u4e00-\u9fff])\s?(?:記者|編集委員|論説委員|特派員)$")


_JOB = re.compile(
    r"(?:^|[\s-])(?:[\w-]*(?:experte|expertin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|"
    r"kolumnist|kolumnistin|leiter|leiterin|autor|autorin|journalist|journalistin)|[\w-]*-in-chief|staff|writer|editor"
    r"|correspondent|columnist|contributor|author|journalist"
    r"|contributing|professor|"
    r"officer|president|director|manager|founder|ceo)$",
    re.I,
)


# Words that make a credit line an organisation's, not a person's.
_ORG = re.compile(
    r"\b(?:gmbh|ag|se|inc|ltd|llc|corp|corporation|holdings?|e\.?\s?v|\w*media|medien|news|communications"
    r"|publishing|publications|newspapers?|newswire|broadcasting|editoriale|edizioni|ediciones|éditions|gruppo|groupe|grupo|nachrichten|magazine|online|press|presse|agency|"
    r"agencies|times|tribune|gazette|herald|chronicle|journal|daily|weekly|telegraph|kurier|gazzetta"
    r"|corriere|quotidiano|diario|peri[oó]dico|noticias|notizie|nouvelles|nieuws|krant|dagblad|institute|university|universität|ministerium|ministry|group|gruppe|foundation|radio|tv|"
    r"fernsehen|network|photography|fotografie|photographie|fotografia|fotografía|council|department|police|polizei|school|schule|club|fc|agencia|agence|afp|dpa|apa|reuters|ap|efe|ansa|epd|kna|sid|"
    # (a company's legal form, in capitals where it is also a word or a name: "AB", "AS", "SA"; not
    # "Co", also a surname: "Emily Co"; last, as a legal form is written, not a name's initials
    # between its words: "James S.A. Corey")
    r"(?-i:AB|AS|Oy|SA|SL|BV|NV|KG|OHG|SAS|SARL|SRL|Srl|Plc|PLC|Ltda|LTDA|Pty|S\.A|S\.L|S\.r\.l|B\.V|N\.V|S\.p\.A"
    r"|S\sA|S\sL|B\sV|N\sV)(?=\.?$)"
    r"|company|association|society|party|partei|partido|"
    r"\w*(?:verlag|verein|zeitung|magazin|agentur|agenturen|institut|landesanstalt|verband|stiftung|blatt|anzeiger|rundschau|illustrierte"
    r"|gruppe|medien|konzern|holding))\b",
    re.I,
)


# A news agency's name ("dpa", "AFP"), and the words for one ("Agentur", "agencia")
_AGENCY_NAME = re.compile(r"afp|dpa|apa|reuters|ap|efe|ansa|epd|kna|sid", re.I)
_AGENCY_WORD = re.compile(r"agency|agencies|agencia|agence|agenzia|\w*agentur(?:en)?", re.I)


# The media groups that publish many newspapers, magazines and sites, credited as an author by their
# systems ("Condé Nast"): a publisher's name, never a person's
_MEDIA_GROUPS = frozenset((
    "condé nast", "conde nast", "hearst", "gannett", "mcclatchy", "news corp", "axel springer", "bertelsmann",
    "hubert burda media", "burda", "madsack", "tamedia", "ringier", "mediahuis", "prisa", "vocento",
    "mondadori", "gedi", "lee enterprises", "sinclair", "nexstar", "tegna", "meredith", "dotdash meredith",
    "future plc", "reach plc", "bauer media", "ippen", "dumont", "schibsted"))


def _agency(name: str) -> bool:
    """Does ``name`` credit a news agency: an organisation's words in it all an agency's, one of them
    its name ("Agencia EFE", "det/dpa"; not "Agencies" alone)?

    >>> _agency("Agencia EFE"), _agency("det/dpa"), _agency("Agencies"), _agency("Funke Mediengruppe")
    (True, True, False, False)
    """
    marks = [m.group() for m in _ORG.finditer(name)]
    return (any(_AGENCY_NAME.fullmatch(w) for w in marks)
            and all(_AGENCY_NAME.fullmatch(w) or _AGENCY_WORD.fullmatch(w) for w in marks))


# A newsroom's collective credit ("Redaktion", "Staff reports", "PETA-Team"): kept only on a page
# that credits no person.
# (also as one word, German's compounds and English's: "Onlineredaktion", "Redaktionsteam", "Newsdesk")
_NEWSROOM = re.compile(
    r"\b(?:\w*redaktion(?:steam|en)?|editorial|newsroom|desk|newsdesk|team|staff|rédaction|redacción|redazione"
    r"|redação|redacção|redactie|redaksjon)\b", re.I)


# A lone word that is interface text, not a name ("Name", "Datum", "Admin").
_NOT_A_NAME = frozenset(re.findall(r"\S+", """
    name datum date human admin administrator wordpressadmin webmaster author autor autorin auteur editor
    guest gast anonymous anonym unknown user home login password passwort share teilen menu search suche
    posted submitted published by von red said says sagt tweet follow folgen login logout anmelden abmelden registrieren
    register subscribe abonnieren benutzername username passwort kommentieren comment comments reply antworten
    www http https nom utilisateur nombre usuario contraseña mot passe wachtwoord gebruikersnaam partager compartir
    condividi delen
    print drucken email mail more mehr weiterlesen profil profile artikel article articles posts über about
    veröffentlicht aktualisiert updated publicado publié pubblicato gepubliceerd
    courtesy cortesía cortesia handout zvg privat cc nome naam navn namn
    all alle tous toutes todos todas tutti tutte
    newsletter merken vorlesen anhören listen feedback impressum datenschutz privacy imprint zurück back weiter
    next previous prev nächster nächste vorheriger vorherige post read skip content link kopieren copy
    sponsored anzeige werbung advertisement publicité publicidad pubblicità
    audio podcast video videos galerie gallery gastautor gastautorin gastbeitrag guest pressemitteilung
    press release autoren authors autorenprofil
    abo premium exklusiv exclusive like gefällt mir hier here klicken click jetzt now registrieren join
    whatsapp telegram reddit flipboard pocket mastodon bluesky threads xing linkedin pinterest
    weitersagen empfehlen senden send zur zum per uns us show anzeigen to a leave antwort lesezeit
    google gplus find last zuletzt
    first full display nickname spitzname vorname nachname prénom apellido apellidos cognome autorenname website
    webseite homepage remember me angemeldet bleiben write schreiben sign continue neu new bearbeiten edit member
    members mitglied mitglieder list liste"""))


_SAID = frozenset(("said", "says", "wrote", "sagt", "sagte", "schreibt", "schrieb", "dit", "dice", "dijo", "zegt"))


_NO = frozenset(("no", "kein", "keine", "sin", "sans", "senza", "geen", "unknown", "unbekannter", "anonymous"))


_DOMAIN = re.compile(
    r"https?:|www\.|@|(?<=\w\w)\.[a-z]{2,4}\b(?!\.)|\s(?:com|de|net|org|it|ch|at|fr|es|uk|info|io|eu|nl|be|pl|ru|cn)$"
    r"|^(?:facebook|twitter|instagram|linkedin|youtube|tiktok|xing)\b",
    re.I,
)


# a link to a person's profile on a social network
_SOCIAL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads)\.com/[^\s;,]*", re.I)


# the name of an HTML character entity as a part of trafilatura's author ("Oacute", "Uuml", "Nbsp")
_ENTITY_PART = re.compile(
    r"(?:^|;)\s?(?:[a-z]{1,2}(?:acute|grave|uml|circ|tilde|cedil|ring|slash|lig)|amp|nbsp|quot|szlig|[lr][sd]quo"
    r"|[nm]dash|hellip)\s?(?:;|$)", re.I)


_MONTH_WORDS = frozenset(n for ns in _MONTHS.values() for n in ns)


# Where a name ends: a separator, another labelled field, an agency's mark in brackets.
# (or a link, a handle: "Ann Lee https://twitter.com/annlee", "Ann Lee @annlee")
# (or an e-mail address: "Ina Berg ina.berg@example.com")
_NAME_END = re.compile(
    r"\s+[|·•–—-](?:\s|$)|\s+\S{1,12}[:：]|\s*[（(][^()（）]{0,30}[)）]?\s*$|\s+(?:https?\b|www\b|@\w)"
    r"|\s+[\w.+-]{1,40}@")


# A credit that opens with the words of a form's field or a button is interface text, not a name
# ("Log in", "E-Mail-Adresse", "Share this article", "View all posts")
_UI_ONLY = re.compile(
    r"(?:log\s?in|sign\s?(?:in|up)|e-?mail|share|partager|compartir|condividi|teilen|follow|subscribe|abonnieren|view|read\s+more|contact|kontakt"
    r"|comments?|kommentare?|password|passwort|username|benutzername|anmelden|registrieren|register"
    r"|home|startseite|inicio|accueil|menu|menü)\b",
    re.I,
)


# The weekdays (en, de, fr, es, it, pt, nl): a date's first word, left after a name when its date is cut off
_WEEKDAYS = frozenset(re.findall(r"\S+", """
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag
    samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes
    sábado domingo lunedì martedì mercoledì giovedì venerdì sabato segunda terça quarta quinta sexta maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag"""))


# The words for today and yesterday, what is left of a date after a name ("Ina Berg Heute")
_RELATIVE_DAYS = frozenset(re.findall(r"\S+", """
    today yesterday heute gestern hoy ayer aujourd'hui hier oggi ieri vandaag gisteren hoje ontem"""))


# A date after a name: its first digits, a numeric date, or a day and a month's name after them
_DIGITS = re.compile(r",?\s+(\d)")


# a capitalised word glued after a lowercase letter at a word's end ("BergMarch")
_GLUED = re.compile(r"(?<=[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]{2,9})\.?$")


_FIRST_DIGIT = re.compile(r"\d")


_NUMERIC_DAY = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


_DAY_MONTH = re.compile(r"\d{1,2}\.?\s+([^\W\d_]{3,10})\b")


#: the other words that open a date, before a month's or a weekday's name ("im März", "last Monday")
_DATE_OPENERS = frozenset(re.findall(r"\S+", "im in of since seit depuis desde last next this letzten nächsten"))


# The words that open a date or a time after a name ("Ann Lee am 3. Mai", "Ann Lee on May 3"; Blogger's
# "Eingestellt von Ann Lee um 10:30", "Publié par Anne Roy à 10:30", "Pubblicato da Anna Neri alle 10:30")
_DATE_LEAD = frozenset(re.findall(r"\S+", "am on le el il den vom du del op em at vor hace um à às alle en"))


_AFFILIATED = re.compile(r"\s(?:for|from|in|aus|für|en|pour|para|per)\s(?=[^\W\d_])", re.I)


# Words that qualify a job title ("Senior", "Associate", its beat: "Political", "Health"), left over when the
# title is cut off.
_JOB_MODIFIERS = frozenset(re.findall(r"\S+", """
    senior junior associate assistant chief executive managing deputy special contributing staff
    leitender leitende stellvertretender stellvertretende freier freie
    political politics foreign business sports sport health science technology tech economics finance financial
    legal national international local metro investigative entertainment culture arts food travel climate
    environment education crime courts news features opinion digital video photo multimedia"""))


#: the longest agency's or desk's mark written after a name and a slash
_MARK_CHARS = 12


# (Chinese credits name a correspondent after the reporter: "王芳 通讯员 李明")
# (the leading spaces only from a run's start, "(?<!\s\s)": the same splits, in time linear in a long run)
_NAME_SPLIT = re.compile(
    r"(?:(?<!\s\s)\s+)?(?:;|\s(?:(?i:and|und|im\sgespräch\smit|in\sconversation\swith)|y|et|&|通讯员|记者)\s)\s*")


# The items of a list of names: parted by commas, semicolons and conjunctions.
_LIST_ITEM = re.compile(r"(?:(?<!\s\s)\s+)?[,;]\s*(?:(?:and|und|&)\s)?|\s(?:and|und|&|et|y)\s", re.I)


# Italian's and Portuguese's "e" ("Marco Rossi e Anna Bianchi") parts two names of two words or more
# each: inside a name it is a particle ("Maria e Silva")
_AND_E = re.compile(r"\s(?-i:e)\s")


_ARTICLES = frozenset(re.findall(r"\S+", "the die der das el la le les l il lo het de"))


#: the definite articles that do not end a person's name (not "La", "Le", "El", "Das", "De":
#: Vietnamese, Chinese, Arabic, Indian, Dutch names may)
_DEFINITE = frozenset(("the", "die", "der", "het", "les"))


#: the most words a person's name has besides its particles ("José Miguel Wilson Pérez")
_NAME_WORDS = 5


# Lowercase words inside a person's name: nobiliary and patronymic particles.
_PARTICLES = frozenset(re.findall(r"\S+", """
    de del della der den di da das do dos du la le los las van von ter ten zu y e bin ibn al el"""))


# Short words of interface phrases ("Sign in", "Share on", "Posted by"): never a surname typed in lowercase
_FUNCTION_WORDS = frozenset(re.findall(r"\S+", "in on at to by up out of for off with from via"))


# ... and the prepositions of the interface phrases of other languages ("Auf Facebook teilen", "Sur
# Twitter"): what is left of such a phrase when its other words are cut off is no name
# (not those that are also names: "To", "Su", "Bei", "En")
_PREPOSITIONS = frozenset(re.findall(r"\S+", "in on at by of for with from via auf über mit sur avec"))


# A form's field: its noun ("Name", "Nombre", "Nome"), after a possessive ("Your name", "Ihr Name",
# "Tu nombre", "Votre nom"; "Ihr", "Tu", "Su" are kept out of :data:`_POSSESSIVES`: they are surnames)
_FIELD_NOUNS = frozenset(("name", "nombre", "nom", "nome", "naam", "navn", "namn"))
_FIELD_OWNERS = frozenset(("your", "ihr", "dein", "tu", "su", "votre", "ton", "il", "uw", "je", "din", "ditt"))


#: At most this many names are read from one credit (a JSON-LD author list, a credit line): a
#: news article credits a few people, and a page listing thousands must not cost time per name.
_MAX_NAMES = 25


# (a picture's credit, or a source's field: "Quelle:", "来源：", "出处：")
_PHOTO = re.compile(r"(?:bild|foto|fotos|photo|photos|image|quelle|source|credit|来源|出处)\b", re.I)


# Possessive determiners: a credit that opens with one is a phrase ("deinen Hochzeitsbloggern", "Your
# Editors", "Notre équipe"), not a name (words that are also surnames, "Son", "Su", "Mi", are left out)
_POSSESSIVES = frozenset(re.findall(r"\S+", """
    my your our their mein meine meinen meinem meiner dein deine deinen deinem deiner unser unsere unseren
    unserem unserer euer eure euren eurem notre votre nos vos nuestro nuestra nuestros vuestro vuestra
    nostro nostra vostro vostra onze jullie"""))


#: an English possessive after a word, before another ("Ann Lee's Profile")
_POSSESSIVE_S = re.compile(r"(?<=\w)['’]s\s(?=\w)")


def _person(raw: str, not_names: set[str], *, newsroom: bool = False) -> str | None:
    """``raw`` cleaned to a person's name, or ``None`` when it is not one: labels, interface text,
    job titles and degrees removed; organisations, the site's own name, addresses and dates refused
    (a newsroom's collective credit too, unless ``newsroom``).

    >>> _person("Zeige alle Beiträge von Petra Ruland", set()), _person("FOCUS-Online-Experte Robin Tschöpe", set())
    ('Petra Ruland', 'Robin Tschöpe')
    >>> _person("Adam Aaronson PhillyVoice Staff", {"phillyvoice"}), _person("Finanztreff De", set())
    ('Adam Aaronson', None)
    >>> _person("作者：李明", set()), _person("Deutsche Presse-Agentur", set()), _person("PhD", set())
    ('李明', None, None)
    """
    # (a JSON-LD or a meta tag may hold a name as HTML writes it: "Redacci&oacute;n")
    # (and the plus of a Google+ mention: "+Ann Lee")
    name = _clean(html.unescape(raw[:500]) if "&" in raw[:500] else raw[:500]).strip(" ,;:|()（）[]→←»«›‹>+")
    # (a possessive ends the name: "Ann Lee's Profile", "Ann Lee’s latest posts")
    if (own := _POSSESSIVE_S.search(name)) is not None and len(name[: own.start()].split()) >= 2:
        name = name[: own.start()]
    # (of a line of labelled fields, the author's: "来源：新华网 作者：李明", "Quelle: dpa Autor: Ina Berg")
    field = _CREDIT_FIELD.search(name)
    name = name[field.end() :] if field is not None and field.start() > 0 else name
    # (a photographer's credit, the name marked as the pictures' ("Bo Roe (Fotos)"), is not the text's
    # author's: a list is cut before it, "Ann Lee (Text), Bo Roe (Fotos)")
    if (photos := _PHOTOS_MARK.search(name)) is not None:
        before = name.rfind(", ", 0, photos.start())
        if before < 0:
            return None
        name = name[:before]
    # (a translator's credit names who translated the article: "Übersetzung Sarah Berg", "Translated by Ann Lee")
    # (and ends the author's: "Mark Lee Übersetzung Sarah Berg")
    if _TRANSLATOR_OPENS.match(name):
        return None
    if (translator := _TRANSLATOR_INSIDE.search(name)) is not None:
        name = name[: translator.start()]
    # (and so does the agencies' share in it: "Ina Berg mit Material von dpa", "Ann Lee, with wire services")
    if (agencies := _WITH_AGENCIES.search(name)) is not None and agencies.start() > 0:
        name = name[: agencies.start()]
    for _ in range(3):
        name = _AUTHOR_LABEL.sub("", name, count=1).strip(" ,;:|-–—")
    # what follows the name: another labelled field ("作者：张三 来源：新华社"), a part after a
    # separator ("Ann Lee | AFP", "Ann Lee · 5 min read"), an agency in brackets ("Ann Lee (AP)")
    name = _NAME_END.split(name, maxsplit=1)[0]
    # ... or a date after it ("Ann Lee am 29.12.2010", "Ann Lee, March 3, 2020", "Ann Lee 3. Mai 2021"),
    # before it ("03.12.2021 Ann Lee"), a sentence after it ("Ann Lee. Photos by Bo Roe")
    name = _without_date(_before_sentence(_after_date(name)))
    # ... or interface text, also glued to it ("Ann Lee Posted in News", "HomeNewsAnn Lee")
    name = _AUTHOR_UI.sub("", _unglued(name))
    # ... or a Korean or Japanese reporter's title, which follows the name ("홍길동 기자", "山田太郎記者")
    name = _EAST_ASIAN_JOB.sub("", name) if _EAST_ASIAN_JOB.search(name[-12:]) else name
    # ... or a place or a publication after a preposition ("Ann Lee in Berlin", "for The Times")
    head, *_rest = _AFFILIATED.split(name, maxsplit=1)
    name = head if len(head.split()) >= 2 else name
    if ui := _UI_ONLY.match(name):
        # (a button's or a link's word before a name: "Follow Ina Berg", "Startseite Ina Berg")
        rest = name[ui.end() :].split()
        if not (2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest)) or (
                set(" ".join(rest).casefold().split()) <= _NOT_A_NAME):
            return None
        name = " ".join(rest)
    words = name.split()
    # a preposition that opens a credit is what is left of a label ("Autor/in:" -> "In Ina Berg") or
    # of an interface phrase ("Auf Facebook teilen" -> "Auf")
    if words and words[0].casefold() in _PREPOSITIONS:
        if len(words) < 3:
            return None
        words = words[1:]
    # a form's field ("Ihr Name", "Tu nombre")
    if len(words) == 2 and words[0].casefold() in _FIELD_OWNERS and words[1].casefold() in _FIELD_NOUNS:
        return None
    # a month's or a weekday's name after a name of two words is what is left of a date ("Ina Berg Juni")
    while len(words) > 2 and ((w := words[-1].casefold().strip(".,")) in _WEEKDAYS | _RELATIVE_DAYS
                              or (w in _MONTH_WORDS and len(w) >= 4)):
        words.pop()
    while len(words) > 1 and _DEGREE.match(words[-1].strip(",")):
        words.pop()
    # a degree alone, as trafilatura splits it off a name ("Ann Lee; M D"), not two capitals alone: a
    # person's initials ("MS", "JD"; beside a name, :func:`_names_in` leaves a one-word part out)
    if words and _DEGREE.match(" ".join(words)) and not _INITIALS.fullmatch(" ".join(words)):
        return None
    # a particle or the word that opens a date is not a name's last word ("María López el", its date cut off)
    # (or German's "Stand", "as of", before a date: "Ann Lee Stand 3. Mai")
    while len(words) > 2 and (words[-1] in _PARTICLES | _DATE_LEAD or words[-1].casefold() == "stand"):
        words.pop()
    # a job title before the name ("Senior Editor Jane Doe") or after it ("Jane Doe Staff Writer")
    cut = next((k for k, w in enumerate(words) if _JOB.search(w.strip(","))), None)
    if cut is not None:
        # (a newsroom's credit made of job words alone, "Staff Writer", is kept as it is)
        staff = newsroom and _NEWSROOM.search(name) is not None and all(
            _JOB.search(w) or w.casefold() in _JOB_MODIFIERS for w in words)
        words = words[cut + 1 :] if cut < len(words) / 2 else words[:cut]
        while words and words[-1].strip(",").casefold() in _JOB_MODIFIERS:
            words.pop()
        # what is left of a title that opens with its qualifier ("Chief Political Correspondent")
        if (len(words) < 2 or words[0].casefold() in _JOB_MODIFIERS) and not staff:
            return None
        # the site's own name with a job word is its newsroom's credit, not a person's ("Harbour Watch Staff")
        if not staff and _norm(" ".join(words)).replace(" ", "") in not_names:
            return name if newsroom and _NEWSROOM.search(name) else None
        words = name.split() if staff else words
    # a name written twice (a link's title and its text: "Ina Berg Ina Berg", "Ina BergIna Berg")
    words = _once(words)
    if len(words) >= 3 and len(glued := "".join(words)) % 2 == 0 and (
            glued[: len(glued) // 2].casefold() == glued[len(glued) // 2 :].casefold()):
        words = " ".join(words)[: len(" ".join(words)) // 2].split()
    # after a name of two words or more, a comma starts a place, a role or an affiliation ("Jane
    # Doe, Berlin", "Jane Doe, Senior Editor"), unless another name follows (a list: kept whole)
    # (the post-nominal letters after it are no other name: "Ann Lee, MS, RD, CSCS")
    while len(words) > 2 and words[-2].endswith(",") and _DEGREE.match(words[-1].strip(",")):
        words.pop()
    comma = next((k for k, w in enumerate(words) if w.endswith(",")), None)
    # (a part after it that opens with a lowercase word is one: "Ana Souza, da Folha", "Ann Lee, of The Times")
    if (comma is not None and comma >= 1 and all(w[:1].isupper() or w in _PARTICLES for w in words[: comma + 1])
            and (len(words) - comma - 1 < 2 or words[comma + 1][:1].islower()
                 or _person(" ".join(words[comma + 1 :]), not_names) is None)):
        words = words[: comma + 1]
    # the site's name after a person's name ("Adam Aaronson PhillyVoice", "Matthias herrpfleger")
    while ((len(words) > 2 or (len(words) == 2 and words[-1].islower()))
           and _norm(words[-1]).replace(" ", "") in not_names):
        words.pop()
    name = " ".join(words).strip(" ,;:|-–—")
    # an agency's or a desk's mark after a slash ("Peter Maahn/SP-X", "Anna Berg/dpa")
    head, slash, tail = name.partition("/")
    if slash and len(head.split()) >= 2 and len(tail) <= _MARK_CHARS and " " not in tail.strip():
        name = head.strip()
    # an agency or a publisher after a comma is the person's affiliation ("David Hutzler, dpa")
    head, _comma, tail = name.rpartition(", ")
    if head and (_ORG.search(tail) or _DOMAIN.search(tail)) and not (_ORG.search(head) or _DOMAIN.search(head)):
        name = head
    # (a news agency's credit, "dpa", "Agencia EFE", "det/dpa", is a collective one, like a newsroom's)
    if (_DOMAIN.search(name) or (_ORG.search(name) and not (newsroom and _agency(name)))
            or (_NEWSROOM.search(name) and not newsroom)):
        return None
    low = _norm(name)
    if name.casefold() in _MEDIA_GROUPS:
        return None
    # interface words alone ("Über den Autor", "Mehr Artikel")
    if low and set(low.split()) <= _NOT_A_NAME | _PARTICLES | _ARTICLES:
        return None
    digits = sum(c.isdigit() for c in name)
    if not low or len(name) > 60 or low in _NOT_A_NAME or (digits and (" " in name or digits * 2 >= len(low))):
        return None
    # a photo's credit, or a sentence ("Hecho en Bolivia con Drupal por Smartica"): names do not
    # hold two lowercase words beside their particles
    # a capitalised word after a lowercase one is a phrase ("deinen Hochzeitsbloggern"), not a name
    # (a surname typed in lowercase after a capitalised given name, "Mobasir hassan", is a name; a
    # lowercase word after two, "Houzz Deutschland vor", is not)
    kept = name.split()
    if kept and kept[0].casefold() in _POSSESSIVES:
        return None
    # a definite article never ends a name: what is left of a title whose noun was cut off as a job
    # title ("Letters To The", of "Letters To The Editor")
    if kept and kept[-1].casefold() in _DEFINITE:
        return None
    # a name is a few words: more is a phrase ("Linksc Creating Search Engine Api Message")
    if any(len([w for w in seg.split() if w not in _PARTICLES]) > _NAME_WORDS for seg in name.split(",")):
        return None
    # a comment's header ("Ann Lee said:", "Bo Roe sagt:") names a commenter; "No author" names no one
    if len(kept) >= 2 and (kept[-1].casefold() in _SAID or (kept[0].casefold() in _NO and len(kept) == 2)):
        return None
    lower = [k for k, w in enumerate(kept) if w.islower() and w not in _PARTICLES]
    if "©" in raw or _PHOTO.match(name) or len(lower) >= 2 or (
            lower and (any(w[:1].isupper() for w in kept[lower[0] :]) or len(kept) > 2
                       or kept[lower[0]] in _FUNCTION_WORDS or kept[0].casefold() in _NOT_A_NAME)):
        return None
    # (a month's name that opens a name is a given name's: "Jan de Vries op 3 maart 2021", "April Ryan")
    if low in _MONTH_WORDS | _WEEKDAYS or (
            any(w in _MONTH_WORDS for w in low.split()[1:]) and any(c.isdigit() for c in raw)):
        return None  # a date left in the credit line
    # (or a month's name after the word that opens a date: "im März", "in May", "last Monday")
    if len(kept) >= 2 and set(low.split()) <= _MONTH_WORDS | _WEEKDAYS | _DATE_LEAD | _DATE_OPENERS:
        return None
    # The site's own name is its publisher's, unless it is shaped like a person's (a personal blog
    # named after its author): two or more words, not opening with an article ("Die FURCHE").
    if low.replace(" ", "") in not_names and (len(low.split()) < 2 or low.split()[0] in _ARTICLES):
        return None
    return name


# A date before a name ("03.12.2021 Ina Berg", "3. Mai 2021 · Ina Berg", "Dec 3, 2021 Ina Berg",
# "Aktualisiert am 03.12.2021, 10:32 Uhr Ina Berg"), with the words that open it and a time after it
_LEADING_DATE = re.compile(
    r"(?:(?:aktualisiert|updated|published|veröffentlicht|publié|publicado|pubblicato|stand)\s(?:am|on|le|el|il)?\s?)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s(?P<m1>[^\W\d_]{3,10})\.?\s\d{4}"
    r"|(?P<m2>[^\W\d_]{3,10})\.?\s\d{1,2},?\s\d{4}|(?P<m3>[^\W\d_]{3,10})\.?\s(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})\b)"
    r"(?:,?\s(?:um\s|at\s|à\s)?\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|h|am|pm))?)?\s?[|·•,–—-]?\s?",
    re.I,
)


def _after_date(name: str) -> str:
    """``name`` without a date written before it (:data:`_LEADING_DATE`; a month's name must be one).

    >>> _after_date("03.12.2021 Ina Berg"), _after_date("3. Mai 2021 · Ina Berg"), _after_date("Ina Berg")
    ('Ina Berg', 'Ina Berg', 'Ina Berg')
    """
    date = _LEADING_DATE.match(name)
    # (a name after it opens with a capital: not "Veröffentlicht am 19.10.19 um", its time cut off)
    if date is None or date.end() == len(name) or not name[date.end()].isupper():
        return name
    month = date.group("m1") or date.group("m2") or date.group("m3")
    return name[date.end() :] if month is None or month.casefold() in _MONTH_WORDS else name


# Where two words meet without a space, the page's elements glued ("HomeNewsIna Berg", "Ina BergShare")
_GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")


#: the interface words that the elements before or after a name glue to it (a navigation's, a button's)
_GLUED_UI = frozenset(re.findall(r"\S+", """
    home news menu menü startseite share teilen partager compartir follow folgen login email mail print
    drucken more mehr twitter facebook instagram linkedin whatsapp tweet search suche
    vor hace updated aktualisiert published veröffentlicht newsletter anzeige advertisement werbung sponsored
    nachrichten aktuelles blog"""))


def _unglued(name: str) -> str:
    """``name`` without the interface words glued to its first or its last word ("HomeNewsIna Berg",
    "Ina BergShare"); a name's own capitals stay ("McDonald", "DeSantis").

    >>> _unglued("HomeNewsIna Berg"), _unglued("Ina BergShareTweet"), _unglued("Ina McDonald")
    ('Ina Berg', 'Ina Berg', 'Ina McDonald')
    """
    words = name.split()
    if not words or not (_GLUE.search(words[0]) or _GLUE.search(words[-1])):
        return name
    first = _GLUE.split(words[0])
    while len(first) > 1 and first[0].casefold() in _GLUED_UI:
        first.pop(0)
    words[0] = "".join(first)
    last = _GLUE.split(words[-1])
    while len(last) > 1 and last[-1].casefold() in _GLUED_UI:
        last.pop()
    words[-1] = "".join(last)
    return " ".join(words)


def _before_sentence(name: str) -> str:
    """``name`` without a sentence after it: a period after a name of two words or more whose last is
    capitalised, three letters or more and not an abbreviation's ("Ina Berg. Photos by Tom Walsh"; not
    "Dr. med. Ina Berg", "Mag. Ina Berg", "Ina Berg Jr. and Tom Walsh").

    >>> _before_sentence("Ina Berg. Photos by Tom Walsh"), _before_sentence("Dr. med. Ina Berg")
    ('Ina Berg', 'Dr. med. Ina Berg')
    """
    at = name.find(". ")
    for _k in range(_NAME_WORDS):  # (a name's periods are a few: "Prof. Dr. med. Ina J. Berg")
        if at <= 0:
            break
        words = name[:at].split()
        # (nor a month's abbreviation: "Ina Berg Mar. 3, 2021")
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1].isalpha() and words[-1][0].isupper() and (
                not words[-1].isupper() and words[-1].casefold() not in _ABBREVIATIONS | _MONTH_WORDS):
            return name[:at]
        at = name.find(". ", at + 2)
    return name


#: the abbreviations written with a period inside names and titles ("Prof. Dr. Ina Berg", "Dipl. Ing.")
_ABBREVIATIONS = frozenset(re.findall(r"\S+", "prof dipl ing univ mag dott sig sra mrs mme mlle priv doz"))


#: a time ago after a name ("2 hours ago", "5 mins ago"; the other languages' open with a word of
#: :data:`_DATE_LEAD`: "vor 3 Stunden", "hace 2 horas")
_AGO = re.compile(
    r"\d{1,3}\s?(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago\b", re.I)


def _without_date(name: str) -> str:
    """``name`` without a date written after it, and the words that open the date.

    >>> _without_date("Ann Lee am 29.12.2010"), _without_date("Ann Lee, March 3, 2020"), _without_date("Ann Lee 3. Mai")
    ('Ann Lee', 'Ann Lee', 'Ann Lee')
    >>> _without_date("Ann Leevor 5 Stunden")
    'Ann Leevor 5 Stunden'
    """
    digit = _DIGITS.search(name)
    if digit is None:
        return name
    words = name[: digit.start()].split()
    # a month's name glued to the name before it, where the page's markup parted them ("Ina BergMarch 3")
    glued = _GLUED.search(words[-1]) if len(words) >= 2 else None
    # (or the word that opens the date: "Ina BergVor 2 Stunden")
    if glued and glued.group(1).casefold() in _MONTH_WORDS | _DATE_LEAD:
        words[-1:] = [words[-1][: glued.start(1)], glued.group(1)]
    after = name[digit.start(1) :]
    month = _DAY_MONTH.match(after)
    # (a time ago: "Ann Lee 2 hours ago")
    if _AGO.match(after):
        return " ".join(words).rstrip(",")
    if not (_NUMERIC_DAY.match(after) or (month and month.group(1).casefold() in _MONTH_WORDS)
            or (words and words[-1].casefold().strip(".,") in _MONTH_WORDS | _DATE_LEAD)):
        return name
    while len(words) > 1 and (
            (low := words[-1].casefold().strip(".,")) in _DATE_LEAD or (low in _MONTH_WORDS and len(words) > 2)):
        words.pop()
    return " ".join(words).rstrip(",")


def _not_names(m: _Markup, sitename: str | None, url: str | None) -> set[str]:
    """The site's and publisher's names (compact, normalised): never an author."""
    names = [m.meta.get("og:site_name"), m.meta.get("application-name"), sitename]
    pub = _ld_value(m, "publisher")
    names += [pub.get("name")] if isinstance(pub, dict) and isinstance(pub.get("name"), str) else []
    out = set()
    for n in names:
        for part in [n, *_SEPARATORS.split(n)] if n else []:
            if _norm(part):
                out.add(_norm(part).replace(" ", ""))
    if url:
        host = re.sub(r"^[a-z]+://(www\d?\.)?", "", url.lower()).split("/")[0]
        out |= {_norm(host).replace(" ", ""), _norm(host.rsplit(".", 1)[0]).replace(" ", "")}
    return {n for n in out if n}


def _ld_post_author(m: _Markup) -> Any:
    """The author of the page's first JSON-LD item of one of schema.org's article or post types,
    which all end in "Article" or "Posting" ("TechArticle", "DiscussionForumPosting",
    "SocialMediaPosting"), also as a page's ``mainEntity``; its ``creator`` (the property
    ``author`` narrows) where it names no author; else ``None``."""
    for item in m.jsonld:
        for it in (item, item.get("mainEntity")):
            if not isinstance(it, dict):
                continue
            t = it.get("@type")
            if (t and any(str(x).lower().endswith(("article", "posting")) for x in (t if isinstance(t, list) else [t]))
                    and (found := it.get("author") or it.get("creator"))):
                return found
    return None


def _ld_organizations(m: _Markup) -> set[str]:
    """The names (compact, normalised) the page's JSON-LD types as an organisation: the publisher, the
    site's owner (Yoast's "#organization"), a media group.  A name shaped like a person's there
    is still an organisation's ("Harbour Watch"), unlike a site's name alone (a blog named after
    its author)."""
    by_id = {i.get("@id"): i for i in m.jsonld if isinstance(i.get("@id"), str)}
    pub = _ld_value(m, "publisher")
    items = [*m.jsonld[:_MAX_NAMES], *(pub[:_MAX_NAMES] if isinstance(pub, list) else [pub])]
    out = set()
    for it in items:
        if isinstance(it, dict) and "name" not in it and it.get("@id") in by_id:
            it = by_id[it["@id"]]
        if not isinstance(it, dict) or not isinstance(name := it.get("name"), str):
            continue
        t = it.get("@type")
        types = [str(x).lower() for x in (t if isinstance(t, list) else [t])]
        if any(x.endswith("organization") or x in ("corporation", "ngo") for x in types) and "person" not in types:
            out.add(_norm(name).replace(" ", ""))
    return out - {""}


def _ld_people(m: _Markup, *, typed: bool = False) -> list[str]:
    """The names of the article's JSON-LD authors that are persons (organisations are not authors;
    an author given by ``@id`` is looked up in the page's graph); with ``typed``, only those the
    JSON-LD types ``Person``."""
    ld = _ld_value(m, "author") or _ld_post_author(m)
    by_id = {i.get("@id"): i for i in m.jsonld if isinstance(i.get("@id"), str)}
    out = []
    for a in ld[:_MAX_NAMES] if isinstance(ld, list) else [ld] if ld else []:
        if isinstance(a, dict) and "name" not in a and a.get("@id") in by_id:
            a = by_id[a["@id"]]
        if isinstance(a, dict):
            t = a.get("@type")
            types = [str(x).lower() for x in (t if isinstance(t, list) else [t])]
            # (Organization and its kinds: NewsMediaOrganization, GovernmentOrganization, ...)
            if any(x.endswith("organization") or x in ("corporation", "ngo") for x in types):
                continue
            if typed and "person" not in types:
                continue
            given, family = a.get("givenName"), a.get("familyName")
            a = a.get("name") or (f"{given} {family}" if isinstance(given, str) and isinstance(family, str) else None)
        if isinstance(a, str):
            out.append(a)
    return out


#: the start of an article's text where its dateline is read
_DATELINE_CHARS = 1000


def _authors(m: _Markup, traf_author: str | None, sitename: str | None = None, url: str | None = None,
             printed: list[str] | None = None, text: str | None = None) -> tuple[Author, ...]:
    """The article's authors, persons only: the JSON-LD's persons, else trafilatura's candidates,
    each cleaned (:func:`_person`), split where one string names several, deduplicated."""
    not_names = _not_names(m, sitename, url)
    labelled = [c for c in printed or [] if not isinstance(c, (_Unlabelled, _OtherRole))]
    meta = m.meta.get("author", "")
    # a name trafilatura adds to a byline that the page credits with another role by it ("By Ann
    # Lee | Updated by Bo Roe" -> "Ann Lee; Bo Roe") is not an author's, unless the markup says so
    roles = {_letters(c) for c in printed or [] if isinstance(c, _OtherRole)}
    if traf_author and roles:
        said = {_letters(n) for raw in (*_ld_people(m), meta, *(c for k, c in m.credits[:5] if k <= 1))
                for n in _names_in(raw)}
        kept = [p for p in traf_author.split(";") if _letters(p) not in roles or _letters(p) in said]
        # (beside another name: a page that credits a reviewer alone credits no one else)
        traf_author = "; ".join(p.strip() for p in kept) or traf_author
    # trafilatura's author that the page marks as a commenter's, and nowhere as the article's, is not one
    stated = {_norm(x) for x in (meta, *_ld_people(m), *(c for _k, c in m.credits))}
    if traf_author and _norm(traf_author) in m.commenters - stated:
        traf_author = None
    # (and so is one the markup credits only in another story or the page's furniture: an aside,
    # a list of other stories, the page's footer)
    if traf_author and _norm(traf_author) in m.others - stated:
        traf_author = None
    # trafilatura's one name made of the markup's credits of several persons, one after the other
    # ("<li itemprop=author>Ina Berg</li><li itemprop=author>Bo Roe</li>" -> "Ina Berg Bo Roe") is
    # those persons
    if traf_author and ";" not in traf_author:
        traf_author = _unglued_credits(traf_author, [c for k, c in m.credits if k <= 1]) or traf_author
    # trafilatura's name made of a link to a profile on a social network ("facebook.com/ann.lee.12" ->
    # "Ann Lee") is not one the page writes, unless it writes it elsewhere
    slugs = _social_slugs((meta, m.meta.get("article:author", ""), *(c for _k, c in m.credits[:5])))
    if traf_author and slugs:
        shown = [_letters(x) for x in (*_ld_people(m), meta, *(c for _k, c in m.credits[:5]), *(printed or [])[:3])
                 if x and not _SOCIAL.search(x)]
        kept = [p for p in traf_author.split(";")
                if _letters(p) not in slugs or any(_letters(p) in x for x in shown)]
        traf_author = "; ".join(p.strip() for p in kept) or None
    # trafilatura split a name at an HTML entity it did not read ("Redacci; Oacute; N Diario")
    if traf_author and _ENTITY_PART.search(traf_author):
        traf_author = None
    # a credit line naming a web address is the publisher's, also as trafilatura rewrites it
    # ("facebook.com/gazette" -> "Gazette")
    # (a handle is not one: "Ann Lee (@annlee)")
    # (nor a link to the author's profile on a social network: "Ann Lee https://twitter.com/annlee")
    own = _SOCIAL.sub("", re.sub(r"@\w+", "", meta))
    # (or that opens with the site's own name: the publisher's signature, "Kirche und Leben, Münster, Germany")
    first = _norm(own.split(",", 1)[0]).replace(" ", "")
    address = _norm(own).replace(" ", "") if _DOMAIN.search(own) or ("," in own and first in not_names) else ""
    cands: list[tuple[list[str], Source]] = [
        (_ld_people(m), "json-ld"), ([traf_author] if traf_author else [], "html"), ([meta] if meta else [], "meta"),
        # the credit lines the markup marks, one at a time (trafilatura drops many: it prunes
        # whole sections of the page before it looks)
        # (a one-word credit only from a link to the author's page, microdata or hCard: a class
        # marks labels too)
        # (a Chinese name is one word: "文/王芳")
        *(([c], "html") for kind, c in m.credits[:5]
          if kind <= 1 or ((len(c.split()) >= 2 or _CJK_NAME.search(c)) and kind < _OWN_COMMENT)),
        # and last the names printed after a credit's label by the headline
        *(([c], "html") for c in labelled[:3]),
        # (or without one, in a line of the story's date and time)
        *(([str(c)], "html") for c in (printed or []) if isinstance(c, _Unlabelled)),
        # and, when none of them names a person, the credit in the last lines of the article's text
        # (``text``: "Text: Ann Lee" under the story, past the part of the page read for credits)
        *(([c], "html") for c in (_end_credits(text) if text else [])[:2]),
        # (or in a line of its own anywhere in the text, after an author's label)
        *(([c], "html") for c in (_field_credits(text) if text else [])[:2]),
        # (or a copyright line that closes it)
        *(([c], "html") for c in (_copyright_holder(text) if text else [])),
        # (or a signature under it: a line that is a name alone)
        *(([c], "html") for c in (_signature(text) if text else [])),
        # and last the name in the header of a comment the page marks as the post's author's own
        *(([c], "html") for kind, c in m.credits if kind == _OWN_COMMENT),
        # (or, like a newsroom's credit, the news agency the text's dateline credits: "Hamburg (dpa/lno) –")
        *(([d.agency], "html") for d in [find_dateline(text[:_DATELINE_CHARS]) if text else None]
          if d is not None and d.agency and _agency(d.agency)),
    ]
    # the page's own spelling of a name that trafilatura or a JSON-LD login rewrote ("happyface313"
    # -> "Happyface", "christian.stadtfeld"): any credit line that says the same letters
    written: dict[str, str] = {}
    # (an upper-case spelling, a byline's style, does not replace a name's mixed-case one: "INA BERG")
    # (and each name of a list as it writes it, with its initials' full stops: "Dana A. Ford, James
    # S.A. Corey, and Tom Watkins", which trafilatura writes "Dana A Ford; James S A Corey; ...")
    # (an item only where it writes more)
    for raw in (*_ld_people(m), traf_author or "", meta, *(c for _k, c in m.credits[:5])):
        # (not trafilatura's items: its spelling is what the page's own corrects)
        listed = raw is not traf_author and (_NAME_SPLIT.search(raw) or "," in raw)
        items = _LIST_ITEM.split(raw) if listed else []
        # (and a credit without its label: "By Mary K. Jones")
        if raw is not traf_author and (label := _AUTHOR_LABEL.match(raw)) and label.end() < len(raw):
            items.append(raw[label.end() :])
        for w, item in ((raw.strip(), False), *((x.strip(), True) for x in items)):
            old = written.get(_letters(w), "")
            if (w and not _NAME_SPLIT.search(w) and (len(w) > len(old) or (not item and len(w) == len(old)))
                    and not (len(w) == len(old) and w.isupper() and not old.isupper())):
                written[_letters(w)] = w
    # a login with digits as a credit line writes it ("Bo2man am 29.12.2010"), by the letters before
    # its digits: trafilatura cuts a login there ("Bo")
    logins: dict[str, str] = {}
    for w in (*_ld_people(m), meta, *(c for _k, c in m.credits[:5])):
        if (c := _person(w, not_names)) and " " not in c and (d := _FIRST_DIGIT.search(c)) and d.start() >= 2:
            logins.setdefault(_letters(c[: d.start()]), c)
    fuller = [n for raw in (traf_author or "", meta, *(c for _k, c in m.credits[:5]), *labelled[:3])
              for p in _names_in(raw) if (n := _person(p, not_names)) and 2 <= len(n.split()) <= 4]
    # The byline a reader sees — printed by the headline, or linked to the author's page
    # (rel=author) — comes first when it names persons and none of them is among the JSON-LD's
    # persons (else trafilatura's and the author meta tag's): those name the publishing system's
    # account, a page's editor.
    # (each credit line's persons read once)
    lines = [*labelled[:3], *(c for kind, c in m.credits[:5] if kind == 0)]
    shown_persons = [(c, named) for c in lines if (named := _persons(c, not_names))]
    shown = [c for c, _named in shown_persons]
    others = ({n for raw in cands[0][0] for n in _persons(raw, not_names)}
              or {n for raws, _src in cands[:3] for raw in raws for n in _persons(raw, not_names)})
    if shown and others and not others & {n for _c, named in shown_persons for n in named}:
        cands = [(shown, "html"), *cands]
    # a name the JSON-LD types as a Person, or a link to the author's page, microdata or an hCard
    # names, is a person's, also when it is the site's (a personal blog named after its author's
    # login, "happyface313") ...
    typed = {_norm(n).replace(" ", "") for raw in (*_ld_people(m, typed=True), *(c for k, c in m.credits if k <= 1))
             if (n := _person(raw, set()))}
    # (an organisation's name in the JSON-LD is never a person's, shaped like one or not)
    orgs = _ld_organizations(m) - typed
    # the markup's persons first, then trafilatura's, then the author meta tag as written; a
    # newsroom's credit only when none of them names a person
    for newsroom in (False, True):
        for raws, src in cands:
            # (like a newsroom's credit, only when nothing else names a person: "L'Opinion")
            excluded = not_names - typed if newsroom else not_names
            out: list[Author] = []
            seen: set[str] = set()
            for raw in raws:
                parts = _names_in(raw)
                # an organisation's name that holds a conjunction ("Landesanstalt für Wald und
                # Forstwirtschaft") is not two names
                if len(parts) > 1 and ";" not in raw and _ORG.search(parts[0]):
                    continue
                # (the page's own spelling refused as the site's name is not taken as trafilatura
                # rewrote it: "happyface313" -> "Happyface")
                names = [_person(w, excluded, newsroom=newsroom)
                         or (None if _norm(w).replace(" ", "") in excluded else _person(p, excluded, newsroom=newsroom))
                         for p in parts for w in (_as_written(p, written),)]
                persons = [logins.get(_letters(n), n) if " " not in n else n for n in names if n is not None]
                for name in persons:
                    compact = _norm(name).replace(" ", "")
                    if (_folded(name) in seen or (address and len(compact) > 3 and compact in address)
                            or compact in orgs):

                        continue
                    # of a credit that names several, a one-word part beside a refused one is a
                    # fragment of an organisation's name ("Landesanstalt für Wald; Forstwirtschaft"),
                    # and the site's own name beside a person is the publisher's
                    if len(parts) > 1 and ((" " not in name and len(persons) < len(parts)
                                            and not _CJK_NAME.fullmatch(name))
                                           or (compact in not_names and len(persons) > 1)):
                        continue
                    seen.add(_folded(name))
                    out.append(Author(name, None, None, src))
            # the site's own name in a list beside a person is the publisher's ("author": ["Ina
            # Berg", "Harbour Watch"]), as in one credit line
            if len(out) > 1 and any(_norm(a.name).replace(" ", "") not in not_names for a in out):
                out = [a for a in out if _norm(a.name).replace(" ", "") not in not_names]
            # (and two capitals that are a degree's, beside a person's name, are that person's degree,
            # not a second person's initials: ["Ina Berg", "MD"])
            if len(out) > 1 and any(" " in a.name for a in out):
                out = [a for a in out if not _DEGREE.match(a.name)]
            if out:
                return tuple(_fuller(a, fuller) for a in out)
    return ()


def _unglued_credits(name: str, credits: list[str]) -> str | None:
    """``name`` as the run of two or more of ``credits`` it glues together, joined with "; "; else ``None``.

    >>> _unglued_credits("Ina Berg Bo Roe", ["Ina Berg", "Bo Roe", "Cy Doe"])
    'Ina Berg; Bo Roe'
    >>> _unglued_credits("Ina Berg", ["Ina Berg"]), _unglued_credits("Ina Berg Bo Roe", ["Bo Roe", "Ina Berg"])
    (None, None)
    """
    whole = _letters(name)
    for first in range(len(credits) - 1):
        run = ""
        for last in range(first, len(credits)):
            run += _letters(credits[last])
            if len(run) >= len(whole):
                if run == whole and last > first:
                    return "; ".join(credits[first : last + 1])
                break
    return None


def _persons(raw: str, not_names: set[str]) -> set[str]:
    """The persons a credit line names, normalised."""
    return {_norm(n) for p in _names_in(raw) if (n := _person(p, not_names))}


def _names_in(raw: str) -> list[str]:
    """A credit line's parts that may each name a person: split on ";" and on "and", "und", "&"
    ...; of a list naming a person of two words or more, a one-word part is a place or an agency
    (trafilatura writes a list it split on commas with semicolons: "Ann Lee; London; Bo Roe").
    (A comma alone is not split on: "Ann Lee, Bo Roe" stays one credit, as the dev gold writes it;
    before a conjunction it lists persons, "Ann Lee, Bo Roe & Cy Doe", when each is a name of its own.)

    >>> _names_in("Ann Lee und Bo Roe"), _names_in("Ann Lee; London; Bo Roe"), _names_in("Ann Lee; Lisbon")
    (['Ann Lee', 'Bo Roe'], ['Ann Lee', 'Bo Roe'], ['Ann Lee'])
    >>> _names_in("Von Ann Lee, Bo Roe & Cy Doe"), _names_in("Ann Lee, Berlin, and Bo Roe")
    (['Von Ann Lee', 'Bo Roe', 'Cy Doe'], ['Ann Lee, Berlin,', 'Bo Roe'])
    """
    raw = html.unescape(raw) if "&" in raw else raw  # (before ";" parts names: "L&oacute;pez")
    # (a label that holds a conjunction is no list: "Text & Fotos: Ina Berg")
    if (label := _AUTHOR_LABEL.match(raw)) and _NAME_SPLIT.search(label.group()):
        raw = raw[label.end() :]
    parts: list[str] = []
    pos = 0
    for sep in _NAME_SPLIT.finditer(raw):
        if len(parts) >= _MAX_NAMES:
            break
        part = raw[pos : sep.start()]
        pieces = part.split(", ") if ";" not in sep.group() else [part]
        if 1 < len(pieces) <= _MAX_NAMES and all(
                2 <= len((q := _person(p, set()) or "").split()) <= 4 and p.strip().endswith(q) for p in pieces):
            parts += pieces
        else:
            parts.append(part)
        pos = sep.end()
    parts = [q for p in [*parts, raw[pos:]][:_MAX_NAMES] for q in _split_e(p)]
    if len(parts) > 1 and any(len(p.split()) >= 2 and _person(p, set()) is not None for p in parts):
        # (a Chinese name is one word: "王芳")
        return [p for p in parts if len(p.split()) >= 2 or _CJK_NAME.fullmatch(p.strip())]
    return parts


def _split_e(part: str) -> list[str]:
    """``part`` split at an Italian's or a Portuguese "e" between two names of two to four
    capitalised words each (:data:`_AND_E`), else ``[part]``.

    >>> _split_e("Marco Rossi e Anna Bianchi"), _split_e("Maria e Silva")
    (['Marco Rossi', 'Anna Bianchi'], ['Maria e Silva'])
    """
    if " e " not in part:
        return [part]
    pieces = _AND_E.split(part)
    if 1 < len(pieces) <= _MAX_NAMES and all(
            2 <= len(ws := p.split()) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in ws) for p in pieces):
        return pieces
    return [part]


def _as_written(part: str, written: dict[str, str]) -> str:
    """``part`` as the page writes it elsewhere with the same letters ("happyface" -> "happyface313"),
    never a spelling with fewer characters (a login's digits are part of it)."""
    other = written.get(_letters(part), part)
    return other if len(other) >= len(part.strip()) else part


def _fuller(author: Author, fuller: list[str]) -> Author:
    """``author``, or the same person's full name when the page writes it elsewhere ("Todd" in the
    JSON-LD, "Todd Bates" in the byline)."""
    if " " in author.name:
        return author
    first = author.name.casefold()
    full = next((f for f in fuller if f.split()[0].casefold() == first), None)
    return attrs.evolve(author, name=full) if full else author


def _folded(name: str) -> str:
    """A name normalised, accents dropped: one person's name as two credits may write it ("María López",
    "Maria Lopez").

    >>> _folded("María López") == _folded("MARIA LOPEZ")
    True
    """
    return "".join(c for c in unicodedata.normalize("NFKD", _norm(name)) if not unicodedata.combining(c))


def _letters(s: str) -> str:
    """A name's letters alone, casefolded, accents dropped: how two spellings of a name compare."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isalpha())
