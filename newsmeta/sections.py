"""Sections of a text: contiguous stretches in one language that together cover the text.

Every line long enough to carry a language is scored against every language; a Viterbi pass
then labels the lines so that the language changes only where the evidence outweighs a fixed
cost per change (a line the two language models disagree on weighs less).  A long line whose
end reads as another language than its opening is cut in two at a sentence break, and a change
there costs more, so that a switch inside a paragraph (text pasted without its paragraph
breaks) is found where it happens.  Short lines (tags, bylines, date lines, a name) are not
labelled on their own: they join the section before them, unless they read as the opening (a
heading) of the section after them.  Nor are lines that are not prose (bytes decoded as text,
letter soup): noise is not language, and a text of noise is one section.

>>> [s.language.code for s in split_sections("The minister spoke at length about the budget.")]
['en']
>>> text = ("The talks ended late on Friday without any agreement on the budget.\\n\\n"
...         "ANÁLISIS | El acuerdo llega tarde\\n"
...         "La reunión terminó el viernes sin ningún acuerdo sobre el presupuesto.")
>>> [(text[s.start:s.start + 8], s.language.code) for s in split_sections(text)]
[('The talk', 'en'), ('ANÁLISIS', 'es')]
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from newsmeta.blocks import Block, line_spans
from newsmeta.headlines import heading_at
from newsmeta.language import (
    _PROFILED,
    _SIBLING_P,
    _STOP_BONUS,
    _SURE_P_TEXT,
    _WORD,
    Scores,
    _argmax,
    _candidates,
    _scripts,
    _stoplists,
    _to_language,
    profile_top,
    score_text,
    script_rule,
    vouched,
)
from newsmeta.records import Language, Section

__all__ = ["split_sections"]

#: A line with fewer letters than this is not labelled on its own (tags, names, date lines).
_MIN_LETTERS = 20
#: ... nor one of fewer words (a long compound or name in a Latin-script text).
_MIN_WORDS = 4
#: Scripts without spaces between words (CJK, Thai...) carry a language in fewer letters.
_MIN_LETTERS_DENSE = 8
#: Cost (log-likelihood units) of a change of language between two labelled lines.
_SWITCH = 14.0
#: Scale of a line's log-likelihoods (naive Bayes over overlapping n-grams is over-confident).
_SCALE = 0.7
#: Penalty for a language a line's scores do not include (it was named by a rule).
_MISSING = 1e4
#: How far below its look-alike a language named from stop words scores on lines without them.
_GAP = 4.0
#: Margin (log-likelihood) by which a short line must read as the next section's language to join it.
_PREFER = 12.0
#: Characters of a line read to score it (enough to tell its language; bounds the cost).
_LINE_CHARS = 300
#: Most languages the Viterbi pass considers.
_MAX_LANGS = 12
#: A line this long, with a sentence break, is checked for a change of language inside it; a
#: shorter stretch in another language at its start or end is a quote (a third of it in scripts
#: written without spaces, which say as much in fewer characters).
_SPLIT_CHARS = 120
#: Cost of a change of language inside a line: more evidence than at a line break.
_SWITCH_INLINE = 2 * _SWITCH

#: Where a sentence ends inside a line (a match's end): after ``.!?…`` (and a closing quote or
#: bracket), white space before a word that does not start in lower case; after a CJK full stop.
#: The stops of other scripts count too: the danda of Devanagari and Bengali (``।``, ``॥``), the
#: Armenian full stop (``։``), the Arabic question mark and Urdu full stop (``؟``, ``۔``), the
#: Ethiopic full stop (``።``), the Myanmar and Khmer ones (``။``, ``។``).  Thai and Lao write
#: no full stop (a space ends a sentence, or a clause): a space between one of their letters
#: and a letter of another script is taken as a sentence break.
#: (The stop is matched, not looked behind at: the search then skips to the stops, in C.)
_SENTENCE_BREAK = re.compile(
    r"[.!?…।॥։؟۔።။។][\"'”’»)\]]*\s+(?=[\"'“„«(\[¿¡]?[^\W\d_])|[。！？]\s*(?=\S)|[\u0e01-\u0eff]\s+(?=[^\W\d_])(?![\u0e01-\u0eff])"
)


#: Characters past the Latin block that are not word characters: punctuation, symbols, and the
#: combining marks (which are neither letters nor ``\w``).
_NON_WORD = re.compile(r"[^\w\x00-\u02ff]")
#: The ASCII characters that are not letters.
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _letters(s: str) -> int:
    """Letters, with the vowel signs of Indic scripts (combining marks) counted as letters."""
    if s.isascii():  # (the ASCII letters are a-z and A-Z: the other bytes are dropped, in C)
        return len(s.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    n = sum(map(str.isalpha, s))
    return n + sum(1 for ch in _NON_WORD.findall(s) if unicodedata.category(ch).startswith("M"))


def _has_letters(s: str, least: int) -> bool:
    """``_letters(s) >= least``, reading no more of a long line than it needs."""
    return _letters(s[:200]) >= least or (len(s) > 200 and _letters(s) >= least)


def _is_strong(t: str) -> bool:
    """Whether a line (or a stretch of one) is long enough to carry a language."""
    if len(t) < _MIN_LETTERS_DENSE:  # too few characters for as many letters (most short lines)
        return False
    # (the words counted up to ``_MIN_WORDS + 1``, as far as the tests below tell them apart:
    # a long line is not split whole)
    words = len(t.split(None, _MIN_WORDS))
    # CJK / Thai: no spaces between words (a space at most between sentences or around a number)
    if (words <= 2 or t.count(" ") * 20 < len(t)) and not any(ch.isascii() for ch in t if ch.isalpha()):
        return _has_letters(t, _MIN_LETTERS_DENSE)
    if words <= 2:
        return False
    return words >= _MIN_WORDS and len(t) >= _MIN_LETTERS and _has_letters(t, _MIN_LETTERS)


def _says_more(line: str) -> bool:
    """Whether a line carries a language of its own (:func:`_is_strong`); a short line that
    gives an e-mail or web address (a contact or credit line), only besides the names and
    addresses it holds: "Write to Ana de la Cruz at ana.cruz@example.com" is in the language of
    a name (Spanish), not in a language of its own, and joins its neighbours.  (Names are not
    set aside in lines without an address: "Art director is Ana Cruz." says its language.)"""
    if not _is_strong(line):
        return False
    if "@" not in line and "://" not in line and "www." not in line:
        return True
    if len(line) > _NAMED_CHARS or (not line.isascii() and not _LATIN_LINE.fullmatch(line)):
        return True  # (long enough whatever names it holds; names are told by capitals in Latin letters)
    return _is_strong(_NAMED.sub(" ", line))


#: Lines longer than this carry their language whatever names they hold.
_NAMED_CHARS = 120
#: A line in Latin letters (of Latin-1 and Latin Extended-A) and ASCII signs.
_LATIN_LINE = re.compile(r"[\x00-\u017f\u2010-\u201f]*")
#: Two or more capitalised words in a row, with the particles of names between them ("Ana de la
#: Cruz", "Ludwig van Beethoven"), an e-mail address, a web address.
_NAMED = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]*(?:[ \t]+(?:(?:de|la|del|der|den|van|von|da|di|du|le|dos|das|bin|al|y)[ \t]+)*"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]*)+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+"
)


def _carrying(text: str, strong: list[int], ls: list[tuple[int, int]]) -> list[int]:
    """The lines of ``strong`` (indexes of ``ls``, long enough to carry a language) that
    :func:`_carries` keeps and that are not amid noise: a line more of whose nearest neighbours
    among ``strong`` (:data:`_AROUND` each side) are noise (bytes decoded as text) than are not
    is noise too, the tail of the noise that the tests let through one line in twenty (in
    cp1251, most bytes of random data are letters, and a few lines in a row pass).  A passage
    of five lines or more amid noise keeps them all; one of four or fewer is noise's."""
    noise = [not _carries_head(text[ls[i][0] : ls[i][1]][:_LINE_CHARS]) for i in strong]
    return [strong[k] for k in _clear_of(noise)]


def _clear_of(noise: list[bool]) -> list[int]:
    """The indexes of the lines that are neither noise (``noise[k]``) nor amid it (see
    :func:`_carrying`), in order."""
    if not any(noise):
        return list(range(len(noise)))
    out = []
    for k, bad in enumerate(noise):
        around = noise[max(0, k - _AROUND) : k] + noise[k + 1 : k + 1 + _AROUND]
        if not bad and 2 * sum(around) <= len(around):
            out.append(k)
    return out


#: Neighbours each side that tell whether a line stands amid noise.
_AROUND = 4


def _carries(t: str) -> bool:
    """Whether a line (or a stretch of one) is labelled on its own: long enough to carry a
    language (:func:`_is_strong`) and written like prose.  Noise is not language: the models
    still name one for it, a different one window by window, and a line of noise that opened or
    closed a section cut random bytes into a hundred sections in languages none of it is
    written in.  Such a line joins its neighbours, as a short line does.  Not prose: bytes
    decoded as text (:func:`_garbled`) or letter soup (:func:`_soup`)."""
    return _is_strong(t) and _carries_head(t[:_LINE_CHARS])


def _carries_head(head: str) -> bool:
    """:func:`_carries` of a line long enough, given what it is read by (its first characters)."""
    flips = _flips(head)
    return not _garbled(head, flips) and not _soup(head, flips)


#: Characters that are neither word characters nor white space: punctuation, symbols, marks,
#: control and format characters (each then looked up).
_ODD = re.compile(r"[^\w\s]")
#: Share of its characters (one in ``_GARBLED_SHARE``, white space aside) that makes a line noise.
_GARBLED_SHARE = 6
#: Categories of the characters prose does not write often: symbols, controls, private use,
#: unassigned code points, surrogates (not format characters: the soft hyphen, zero-width joiners).
_NOT_PROSE = frozenset(("Sm", "Sc", "Sk", "So", "Cc", "Co", "Cn", "Cs"))
#: The punctuation of prose among the Latin-1 characters (the rest of them, ``#*@[]_{}¡§¶¿`` and the backslash,
#: code and markup write, or bytes decoded in a code page they were not written in).
_PROSE_PUNCT = frozenset(".,;:!?'\"()«»-/%&·")


def _garbled(t: str, flips: int = 0) -> bool:
    """Whether a sixth or more of ``t``'s characters (white space aside) are not what prose
    writes: symbols, control characters, and the punctuation of code and markup in the Latin-1
    range; which bytes decoded in a code page they were not written in are (a third of random
    bytes read as Latin-1: the C1 controls, ``¤¦¨¬±``, ``#*[]{}``; U+FFFD for those that are not
    UTF-8).  Combining marks, format characters (the soft hyphen, zero-width joiners) and the
    punctuation of other scripts (Amharic's ``፡``, CJK's ``，``) are prose.  Lines of the kit
    (68,000 that carry a language) over the line: 6, with private-use characters for letters
    or strings of degree signs.  ``flips``: changes from a lower-case letter to a capital in
    ``t`` (:func:`_flips`), which count as much: random bytes in cp1251 are letters but for a few
    of those characters; on the kit, lines with both over the line as for them alone."""
    n = len(t) - t.count(" ")
    odd = _ODD.findall(t)
    if (len(odd) + flips) * _GARBLED_SHARE < n:  # (not enough of them whatever they are: most lines)
        return False
    bad = sum(1 for ch in odd if ch not in _PROSE_PUNCT and _not_prose(ch))
    return (bad + flips) * _GARBLED_SHARE >= n


def _not_prose(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat in _NOT_PROSE or (cat[0] == "P" and ch <= "\xff")


#: Changes from a lower-case to an upper-case letter inside a word, at least, and share of the
#: pairs of neighbouring letters they make (at least one in ``_SOUP_SHARE``), of letter soup.
_SOUP_FLIPS = 3
_SOUP_SHARE = 8


def _flips(t: str) -> int:
    """How many times a lower-case letter is followed by a capital in ``t`` (Latin, Greek and
    Cyrillic letters: the scripts of the single-byte code pages that random bytes are read in)."""
    return len(_FLIP.findall(t))


def _letters_where(test: Callable[[str], bool]) -> str:
    """The characters up to the end of the Cyrillic Supplement block (Latin, Greek, Cyrillic)
    that pass ``test``, as the inside of a regular expression's class."""
    return "".join(re.escape(ch) for ch in map(chr, range(0x530)) if test(ch))


#: A lower-case letter followed by a capital, in the scripts of the single-byte code pages
#: (matched in C, where ``str.islower`` and ``str.isupper`` per pair were 5% of the splitting).
_FLIP = re.compile(f"[{_letters_where(str.islower)}][{_letters_where(str.isupper)}]")


def _soup(t: str, flips: int) -> bool:
    """Whether ``t`` reads as letters drawn at random (bytes decoded in a single-byte code page,
    where half the letters are capitals): one pair of neighbouring letters in four changes from
    a lower-case letter to a capital.  Words change case once at most, at a prefix (isiXhosa
    ``kwiSebe``, ``McFarlane``): on the kit's 68,000 lines that carry a language, one in eight
    pairs or more only in a few lines of mojibake (``PĹ™Ă­mĂ˝``), and never three such changes
    in a line of two words or fewer.  (Not letters of two scripts in one word: Azerbaijani
    writes Cyrillic ``ә`` among Latin letters, Belarusian a Latin ``i`` among Cyrillic ones.)"""
    if flips < _SOUP_FLIPS:
        return False
    pairs = sum(1 for a, b in itertools.pairwise(t) if a.isalpha() and b.isalpha())
    return flips * _SOUP_SHARE >= pairs


def _sentences(line: Block, ends: list[int]) -> list[Block]:
    """The sentences of a line, as blocks of the text it was cut from, given where the
    :data:`_SENTENCE_BREAK` matches in it end."""
    cuts = [e for e in ends if line.start + e < line.end]
    if not cuts:
        return [line]
    out: list[Block] = []
    begin = 0
    for c in [*cuts, len(line.text)]:
        piece = line.text[begin:c].rstrip()
        if piece:
            out.append(Block(line.start + begin, line.start + begin + len(piece), piece))
        begin = c
    return out


def _units(
    text: str, cands: frozenset[str] | None
) -> tuple[list[tuple[int, int]], set[int], dict[int, Scores], list[int]]:
    """The units the Viterbi pass labels: the lines of ``text``, and a line cut where its
    language changes inside it (in two, and its opening again around a stretch in a third
    language).  Also the indexes of the units that do not open a line, the
    scores of the units already read (by start offset), and the indexes of the units long
    enough to carry a language (:func:`_is_strong`), in order.

    A line is cut only when its opening reads as the language of the line before it (or it is
    the first) and its end as another language, which the line after it goes on in or returns
    from.  The cut goes to the sentence break that best separates the two; a short stretch
    that opens the text or ends a paragraph before the language comes back stays (a quote, a
    credit line).
    """
    # (offsets, not blocks: a long text of short lines then keeps no object per line that the
    # garbage collector walks; only the lines that carry a language become blocks)
    ls = line_spans(text)
    least = _MIN_LETTERS_DENSE
    strong = _carrying(text, [i for i, (s, e) in enumerate(ls) if e - s >= least and _says_more(text[s:e])], ls)
    blocks = [Block(s, e, text[s:e]) for s, e in map(ls.__getitem__, strong)]
    read = _read_lines(text, blocks, cands)
    silent = [not read[ln.start].logp for ln in blocks]
    if any(silent):
        # lines py3langid reads as in no language (letters at random: ``zxx``) are noise too,
        # and so are the lines amid them (it names a language for one in six such lines)
        keep = _clear_of(silent)
        strong, blocks = [strong[k] for k in keep], [blocks[k] for k in keep]
        read = {ln.start: read[ln.start] for ln in blocks}

    def top(k: int) -> str | None:
        """The best language of line ``k``, as read whole (asked of a long line's neighbours only)."""
        return _top(read[blocks[k].start])

    units: list[tuple[int, int]] = []
    inline: set[int] = set()
    strong_units: list[int] = []
    tops_of: dict[str, str | None] = {}  # profile tops of the sentences read (by their text)
    ended: str | None = None  # the language the line before ends in, when it was cut in two
    cut_lines: list[int] = []  # the start offsets of the lines cut (their readings go once all are cut)
    for k, i in enumerate(strong):
        units.extend(ls[(strong[k - 1] + 1 if k else 0) : i])
        ln = blocks[k]
        parts: tuple[Block, ...] | None = None
        last, ended = ended, None
        if _long(ln.text):
            # the sentence breaks are found once, for both ways of cutting the line
            ends = [m.end() for m in _SENTENCE_BREAK.finditer(ln.text)]
            sents = _sentences(ln, ends)
            before = last or (top(k - 1) if k else None)
            after = top(k + 1) if k + 1 < len(blocks) else None
            cut = _cut(text, ln, ends, sents, before, after, cands, tops_of)
            if cut is not None:
                parts, ended = cut[:2], cut[2]
                # a stretch of whole sentences in a third language may sit inside its opening
                head = parts[0]
                if _long(head.text):
                    inner = _cut_middle(text, head, [b for b in sents if b.end <= head.end], cands, tops_of)
                    if inner is not None:
                        parts = (*inner, parts[1])
            else:
                parts = _cut_middle(text, ln, sents, cands, tops_of)
        if parts is None:
            strong_units.append(len(units))
            units.append(ls[i])
            continue
        cut_lines.append(ln.start)
        inline.update(range(len(units) + 1, len(units) + len(parts)))
        strong_units.extend(len(units) + j for j, part in enumerate(parts) if _carries(part.text))
        units.extend((part.start, part.end) for part in parts)
    units.extend(ls[(strong[-1] + 1 if strong else 0) :])
    for start in cut_lines:  # (the lines cut are read again in their parts)
        read.pop(start)
    return units, inline, read, strong_units


#: How much of the text is read to name the language most of its lines are in: a few sentences.
#: That language only decides which lines py3langid may skip (those the profiles name it on with
#: no doubt), so a shorter opening costs a line's reading at worst; 3,000 characters were a
#: third of all that py3langid read, and split no kit document differently.
_OPENING_CHARS = 1_000


def _read_lines(text: str, strong: list[Block], cands: frozenset[str] | None) -> dict[int, Scores]:
    """The scores of the lines that carry a language, by start offset.

    py3langid, the costlier of the two models, reads a line only where langdetect's profiles
    alone do not name the language of the text's opening for it, with no doubt about it (a
    language named from stop words, a close call with the runner-up): on most lines of most
    articles they do, and the two models agree on those lines all but always.  The opening's
    language must be one of langdetect's, which py3langid itself is sure of.
    """
    if len(strong) < 2:
        return {ln.start: score_text(ln.text[:_LINE_CHARS], cands) for ln in strong}
    opening = score_text(text[:_OPENING_CHARS], cands, sure=_SURE_P_TEXT)
    main = _firm_top(opening)
    if main not in _PROFILED or opening.trust < _SURE_OPENING:
        main = None
    read: dict[int, Scores] = {}
    seen: dict[str, Scores] = {}  # a line repeated (a refrain, boilerplate) is read once
    for ln in strong:
        key = ln.text[:_LINE_CHARS]
        sc = seen.get(key)
        if sc is None:
            sc = seen[key] = _read_line(key, main, cands)
        read[ln.start] = sc
    return read


def _read_line(line: str, main: str | None, cands: frozenset[str] | None) -> Scores:
    """One line's scores: by the profiles alone when they name ``main`` with no doubt."""
    return score_text(line, cands) if main is None else _read_clear(line, cands, main)


def _read_clear(s: str, cands: frozenset[str] | None, lang: str | None = None) -> Scores:
    """``s``'s scores: by the profiles alone when they name ``lang`` (any language when ``None``)
    with no doubt, else in full.  Give ``lang`` when a language is expected: the profiles name a
    language they have no profile of (isiZulu) as a neighbour (Swahili), with no doubt at all."""
    quick = score_text(s, cands, second=False)
    if quick.host is None and quick.logp and _lead(quick.logp, lang or _argmax(quick.logp)) >= _CLEAR_LEAD:
        return quick
    return score_text(s, cands, profiles=quick)


def _lead(logp: dict[str, float], code: str) -> float:
    """By how much ``code`` scores above every other language (negative: it is not the best)."""
    mine = logp.get(code)
    if mine is None:
        return -math.inf
    if len(logp) == 1:
        return math.inf
    # the best other value: the top one, unless it is ``code``'s own (then the runner-up, which
    # equals it when another language ties); sorted in C rather than a generator over the dict
    values = sorted(logp.values())
    return mine - (values[-1] if values[-1] > mine else values[-2])


#: Confidence ceiling of the opening's reading above which its language is taken as the text's.
_SURE_OPENING = 0.9
#: Lead of the profiles' best language over the runner-up (log-likelihood) that leaves no doubt.
_CLEAR_LEAD = 40.0
#: Most one sentence leans towards one side of a cut (log-likelihood).
_LEAN_CAP = 100.0


def _cut(
    text: str,
    ln: Block,
    ends: list[int],
    sents: list[Block],
    before: str | None,
    after: str | None,
    cands: frozenset[str] | None,
    tops_of: dict[str, str | None],
) -> tuple[Block, Block, str] | None:
    """A long line cut in two at the sentence break where ``before``'s language gives way to
    ``after``'s, and the language of its end; or ``None``.  ``ends``: where :data:`_SENTENCE_BREAK`
    matches in the line end; ``sents``: the line's :func:`_sentences`; ``tops_of``:
    :func:`_profile_top`'s memo."""
    # Its end: the last sentences, as few as carry a language (looked for near the end only).
    if len(ln.text) > 2 * _LINE_CHARS:
        # (from the character before: a stop there ends a sentence in the window)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(ln.text, len(ln.text) - 2 * _LINE_CHARS - 1)]
    else:
        breaks = ends
    at_end = next((b for b in reversed(breaks) if _is_strong(text[ln.start + b : ln.end])), None)
    if at_end is None:
        return None
    # The end first: in most lines it reads as the line before, and then there is no cut (the
    # profiles alone say so at a tenth of the cost of a full reading).
    end = ln.text[at_end:][-_LINE_CHARS:]
    if before is not None and _profile_top(end, cands, tops_of) == before:
        return None
    tail_start = next((k for k, b in enumerate(sents) if b.start == ln.start + at_end), 0)
    if tail_start == 0:
        return None
    if (
        before is not None
        and after == before
        and not _long(text[sents[tail_start].start : ln.end])
        and _script_of(end) == _script_of(sents[0].text[:_LINE_CHARS])
    ):
        return None  # a short end before the language comes back (below), whatever the readings say
    # Its opening, read in full before the end is.
    head_end = 0
    while head_end < tail_start - 1 and not _is_strong(text[ln.start : sents[head_end].end]):
        head_end += 1
    if not _is_strong(text[ln.start : sents[head_end].end]):
        return None
    # (the profiles' clear answer is taken unless the line before is in a language they have no
    # profile of: they name such a language as a neighbour, and the cut would then be missed)
    expect = before if before is not None and before not in _PROFILED else None
    head = _firm_top(_read_clear(text[ln.start : sents[head_end].end][:_LINE_CHARS], cands, expect))
    if before is not None and head != before:
        # one short sentence can read as a neighbour of its language: read on to a long stretch
        longer = head_end
        while longer < tail_start - 1 and not _long(text[ln.start : sents[longer].end]):
            longer += 1
        if longer > head_end:
            head = _firm_top(_read_clear(text[ln.start : sents[longer].end][:_LINE_CHARS], cands, expect))
    if head is None:
        return None
    # A short end before the language comes back (A, B, then A again after the line break) is a
    # quote or a credit line, whatever the readings say, unless it is in another script, which it
    # then must read as by more than the cost of two changes, as a stretch inside a line must.
    short_end = after == head and not _long(text[sents[tail_start].start : ln.end])
    if short_end and _script_of(end) == _script_of(text[ln.start : sents[head_end].end][:_LINE_CHARS]):
        return None
    # A line that opens in another language than the line before (a new paragraph in the next
    # language) is cut only into two long stretches (below).
    fresh = before is not None and head != before
    expect = after if after is not None and after not in _PROFILED else None
    tail = _firm_top(_read_clear(end, cands, expect))
    if tail is None:  # a short end that no model names firmly: read back to a long stretch
        k = tail_start
        while k > head_end + 1 and not _long(text[sents[k].start : ln.end]):
            k -= 1
        if k < tail_start:
            tail = _firm_top(_read_clear(text[sents[k].start : ln.end][-_LINE_CHARS:], cands, expect))
    if tail is None or (tail == before and not fresh):
        return None
    if tail == head:
        return None
    # The line after in a third language: the end must be a long stretch of its own, after an
    # opening in a language the profiles know (they name one they do not know, such as Māori,
    # differently stretch by stretch: Latvian for a paragraph's end).
    third = after is not None and after not in (head, tail)
    if third and head not in _PROFILED:
        return None
    # Each sentence's lean towards the head's language; the cut maximises the agreement.
    pair = frozenset((head, tail))
    # A sentence too short to carry a language leans neither way, and none leans by more than
    # ``_LEAN_CAP`` (a script rule's or a missing language's score would outweigh all the rest).
    lean = []
    for b in sents:
        sc = score_text(b.text[:_LINE_CHARS], pair).logp if _is_strong(b.text) else None
        diff = sc.get(head, -_MISSING) - sc.get(tail, -_MISSING) if sc else 0.0
        lean.append(max(-_LEAN_CAP, min(_LEAN_CAP, diff)))
    best, at = -math.inf, 0
    left, total = 0.0, sum(lean)
    for c in range(1, len(sents)):
        left += lean[c - 1]
        if 2 * left - total > best:  # lean before the cut minus lean after it
            best, at = 2 * left - total, c
    first = _span(text, ln.start, sents[at - 1].end)
    second = _span(text, sents[at].start, ln.end)
    if not (_is_strong(first.text) and _is_strong(second.text)):
        return None
    if before is None and after is not None and not _long(first.text):
        # a short opening of the text in another language: a quote, unless it is in another
        # script and reads as its language by more than the cost of two changes (as a short end)
        if _script_of(first.text[-_LINE_CHARS:]) == _script_of(second.text[:_LINE_CHARS]):
            return None
        sc = score_text(first.text[-_LINE_CHARS:], pair).logp
        if sc.get(head, -_MISSING) - sc.get(tail, -_MISSING) < 2 * _SWITCH_INLINE / _SCALE:
            return None
    if (third or fresh) and not _long(second.text):
        return None
    if fresh and not _long(first.text):
        return None
    if short_end:
        sc = score_text(second.text[:_LINE_CHARS], pair).logp
        if sc.get(tail, -_MISSING) - sc.get(head, -_MISSING) < 2 * _SWITCH_INLINE / _SCALE:
            return None
    return first, second, tail


def _cut_middle(
    text: str, ln: Block, sents: list[Block], cands: frozenset[str] | None, tops_of: dict[str, str | None]
) -> tuple[Block, ...] | None:
    """A long line cut in three around a stretch of whole sentences in another language (A, B,
    then A again, with no line break), or ``None``.

    The profiles alone pick the sentences that may be in another language (cheap); such a
    stretch must then read as one language other than the line's opening, firmly and by more
    than the cost of two changes, while the sentences on both sides of it read as the opening
    does.  A quoted phrase inside a sentence is never a stretch of its own.
    """
    if len(sents) < 3:
        return None
    # A stretch in another script than both ends of the line (Armenian inside Esperanto): its
    # sentences, whatever the profiles say of the sentences around it (they name a language
    # they have no profile of, such as Esperanto, differently sentence by sentence).
    heads = [b.text[:_LINE_CHARS] for b in sents]
    # each sentence's letters counted by script once, for its script and its script's language
    counted = [_scripts(h) for h in heads]
    scripts = [_script_in(c) for c in counted]
    if scripts[0] is not None and scripts[-1] == scripts[0] and any(x not in (scripts[0], None) for x in scripts):
        runs = _runs(scripts, scripts[0])
        if runs and sum(map(len, runs)) <= len(sents) - 2:
            # (one sentence in the line's script between two runs, a date line or a name, does
            # not end the stretch: the two runs are tried as one first)
            joined = [list(range(a[0], b[-1] + 1)) for a, b in itertools.pairwise(runs) if b[0] == a[-1] + 2]
            for run in joined[:_MAX_RUNS] + sorted(runs, key=lambda r: (-len(r), r[0]))[:_MAX_RUNS]:
                parts = _stretch(text, ln, sents, run, cands)
                if parts is not None:
                    return parts
    tops = [_profile_top(h, cands, tops_of, c) for h, c in zip(heads, counted, strict=True)]
    # The line's language: that of both its ends, else that of most of its characters.
    home = tops[0]
    if home is None or tops[-1] != home:
        weight: dict[str, int] = {}
        for b, top in zip(sents, tops, strict=True):
            if top is not None:
                weight[top] = weight.get(top, 0) + len(b.text)
        if not weight:
            return None
        home = max(weight, key=lambda c: (weight[c], c))
    runs = _runs(tops, home)
    if not runs or sum(map(len, runs)) > len(sents) - 2:
        return None
    inside = [r for r in runs if r[0] > 0 and r[-1] < len(sents) - 1]  # at an end: _cut's
    for run in sorted(inside, key=lambda r: (-len(r), r[0]))[:_MAX_RUNS]:
        parts = _stretch(text, ln, sents, run, cands)
        if parts is not None:
            return parts
    return None


#: Most candidate stretches of one line read in full.
_MAX_RUNS = 3


def _runs(labels: list[str | None], home: str) -> list[list[int]]:
    """The runs of neighbouring indexes whose label is neither ``home`` nor ``None``."""
    runs: list[list[int]] = []
    for k, label in enumerate(labels):
        if label not in (home, None):
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    return runs


def _script_of(s: str) -> str | None:
    """The script most of ``s``'s letters are in (``None`` without letters)."""
    return _script_in(_scripts(s))


def _script_in(scripts: Counter[str]) -> str | None:
    """The script most of the letters counted in ``scripts`` (:func:`_scripts`) are in."""
    return script_rule(scripts)[0] if scripts else None


def _stretch(
    text: str, ln: Block, sents: list[Block], run: list[int], cands: frozenset[str] | None
) -> tuple[Block, Block, Block] | None:
    """``ln`` cut around the sentences ``run`` when they are in another language than both sides."""
    first = _span(text, ln.start, sents[run[0] - 1].end)
    mid = _span(text, sents[run[0]].start, sents[run[-1]].end)
    last = _span(text, sents[run[-1] + 1].start, ln.end)
    if not _is_strong(mid.text):
        return None
    lang = _firm_top(_read_clear(first.text[-_LINE_CHARS:], cands))
    other = _firm_top(_read_clear(mid.text[:_LINE_CHARS], cands))
    if lang is None or other is None or other == lang:
        return None
    pair = frozenset((lang, other))
    second = not pair <= _PROFILED
    sc = score_text(mid.text[:_LINE_CHARS], pair, second=second).logp
    # (a language the profiles do not know scores a few stop words above its neighbour: for it,
    # the firm full reading above is the evidence, on a long stretch)
    need = 2 * _SWITCH_INLINE / _SCALE if not second else 0.0 if _long(mid.text) else math.inf
    if sc.get(other, -_MISSING) - sc.get(lang, -_MISSING) < need:
        return None
    sc = score_text(last.text[:_LINE_CHARS], pair, second=second).logp
    if sc.get(lang, -_MISSING) < sc.get(other, -_MISSING):
        return None
    # The stretch's edges (the cheap first look picked the run, and it names a language it has
    # no profile of differently sentence by sentence): a sentence at an edge that reads as the
    # line's language goes back to its side, and one beside it that reads as the stretch's joins it.
    lo, hi = run[0], run[-1]

    def lean(k: int) -> float:
        sc = score_text(sents[k].text[:_LINE_CHARS], pair, second=second).logp
        return sc.get(lang, -_MISSING) - sc.get(other, -_MISSING)

    while hi > lo and lean(hi) > 0:
        hi -= 1
    while lo < hi and lean(lo) > 0:
        lo += 1
    if hi == run[-1]:
        while hi + 2 < len(sents) and lean(hi + 1) < 0:
            hi += 1
    if lo == run[0]:
        while lo > 1 and lean(lo - 1) < 0:
            lo -= 1
    if (lo, hi) == (run[0], run[-1]):
        return first, mid, last
    mid = _span(text, sents[lo].start, sents[hi].end)
    if not _is_strong(mid.text):
        return None
    return _span(text, ln.start, sents[lo - 1].end), mid, _span(text, sents[hi + 1].start, ln.end)


def _profile_top(
    s: str, cands: frozenset[str] | None, tops_of: dict[str, str | None], scripts: Counter[str] | None = None
) -> str | None:
    """:func:`profile_top`, read once per text (a line's last sentence is also its end).
    ``scripts``: ``s``'s :func:`_scripts`, when the caller has counted them."""
    if s in tops_of:
        return tops_of[s]
    top = tops_of[s] = _script_top(s, cands, scripts) or profile_top(s, cands)
    return top


def _script_top(s: str, cands: frozenset[str] | None, scripts: Counter[str] | None = None) -> str | None:
    """The language of ``s``'s script when only one language is written in it (Armenian,
    Georgian, Greek, kana...), which langdetect's profiles know too little of to name.
    ``scripts``: ``s``'s :func:`_scripts`, when the caller has counted them."""
    if scripts is None:
        if s.isascii():
            return None
        scripts = _scripts(s)
    code = script_rule(scripts)[2] if scripts else None
    return code if code is not None and (cands is None or code in cands) else None


def _long(s: str) -> bool:
    """Whether ``s`` has :data:`_SPLIT_CHARS` characters, or a third as many without spaces."""
    return len(s) >= _SPLIT_CHARS or (len(s) * 3 >= _SPLIT_CHARS and s.count(" ") * 20 < len(s))


def _span(text: str, start: int, end: int) -> Block:
    return Block(start, end, text[start:end])


def _top(scores: Scores) -> str | None:
    return _argmax(scores.logp) if scores.logp else None


def _firm_top(scores: Scores) -> str | None:
    """The best language, unless it was named from a few stop words that py3langid does not back
    (too weak to cut on)."""
    return None if scores.host is not None and scores.trust < _FIRM_TRUST else _top(scores)


#: Confidence ceiling from which py3langid backs a language named from stop words (isiZulu,
#: Icelandic; Setswana and Xitsonga, which it has no model of, get 0.85).
_FIRM_TRUST = 0.8


def _viterbi(emissions: list[dict[str, float]], langs: list[str], costs: list[float]) -> list[str]:
    """Labels (one per unit) maximising the emissions minus ``costs[k]`` per change into unit ``k``."""
    best = {lang: emissions[0].get(lang, -_MISSING) for lang in langs}
    back: list[dict[str, str]] = []
    for em, cost in zip(emissions[1:], costs[1:], strict=True):
        top = _argmax(best)
        nxt: dict[str, float] = {}
        ptr: dict[str, str] = {}
        for lang in langs:
            stay = best[lang]
            move = best[top] - cost
            if stay >= move:
                nxt[lang], ptr[lang] = stay, lang
            else:
                nxt[lang], ptr[lang] = move, top
            nxt[lang] += em.get(lang, -_MISSING)
        back.append(ptr)
        best = nxt
    last = _argmax(best)
    out = [last]
    for ptr in reversed(back):
        out.append(ptr[out[-1]])
    out.reverse()
    return out


def _emission(scores: Scores) -> dict[str, float]:
    """A line's log-likelihoods, relative to its best language's and scaled by :data:`_SCALE`,
    and by the line's trust (down to :data:`_DOUBT_FLOOR`) when py3langid does not back its best
    language: a line the two models disagree on (a dialect neither knows, such as Welche read as
    Catalan, Slovenian or Irish paragraph by paragraph) weighs less against its neighbours.  Not
    between the close relatives py3langid itself confuses (:data:`_SIBLINGS`): its doubt there is
    about which of the two, and the lines of either would then lose to those of the other."""
    if not scores.logp:
        return {}
    top = max(scores.logp.values())
    scale = _SCALE
    if scores.trust < 1.0 and _argmax(scores.logp) not in _SIBLINGS:
        scale *= max(_DOUBT_FLOOR, scores.trust)
    return {c: (s - top) * scale for c, s in scores.logp.items()}


#: Least share of its weight a line keeps when the two models disagree on it (a trust of 0.5:
#: py3langid finds a rival as likely as the line's best language).
_DOUBT_FLOOR = 0.5
#: Languages with a close relative that py3langid confuses them with half of the time.
_SIBLINGS = frozenset(c for pair in _SIBLING_P for c in pair)


def _prefers(text: str, new: str, old: str) -> bool:
    """Whether a short line reads as ``new`` rather than ``old``."""
    s = score_text(text, frozenset((new, old)))
    a, b = s.logp.get(new), s.logp.get(old)
    return a is not None and (b is None or a > b + _PREFER)


def _section_language(parts: list[Scores], code: str, body: str, cands: frozenset[str] | None) -> Language | None:
    total: dict[str, float] = {}
    for sc in parts:
        for c, v in sc.logp.items():
            total[c] = total.get(c, 0.0) + v
    if code not in total:
        return None
    common = set(parts[0].logp).intersection(*[sc.logp.keys() for sc in parts[1:]])
    keep = {c: v for c, v in total.items() if c in common}
    keep[code] = max(keep.get(code, total[code]), max(keep.values(), default=-math.inf))
    weight = sum(sc.weight for sc in parts)
    lang = _to_language(Scores(keep, weight, trust=_trust(parts, weight, code, body, cands)))
    if lang is None:
        return None
    return Language(code, lang.confidence, tuple(a for a in lang.alternatives if a.code != code))


#: Characters of a section read whole for its confidence (as many as py3langid reads of a text).
_WHOLE_CHARS = 3_000


def _trust(parts: list[Scores], weight: int, code: str, body: str, cands: frozenset[str] | None) -> float:
    """The ceiling of the confidence in ``code`` of a section whose lines' scores are ``parts``
    and whose text is ``body``: none when every line leaves no doubt; else what the section, read
    whole, leaves (as :func:`newsmeta.detect_language` reads it: a language py3langid has no
    model of, a script two languages write, a text that looks like noise); else, when that
    reading names another language, the lines' own, averaged by the evidence each rests on.  A
    section of lines that leave their language in doubt is not sure of it because there are
    many of them (it said 1.0 of a hundred kilobytes of random bytes); a line in doubt among many
    that are not (a headline of tickers) does not make it doubtful."""
    if all(sc.trust >= 1.0 for sc in parts):
        return 1.0
    whole = score_text(body[:_WHOLE_CHARS], cands, sure=_SURE_P_TEXT)
    if whole.logp and _argmax(whole.logp) == code:
        return whole.trust
    if not weight:
        return min(sc.trust for sc in parts)
    return sum(sc.trust * sc.weight for sc in parts) / weight


def _lines_fit(parts: list[Scores], code: str) -> tuple[str, float, float]:
    """How a section's text fits ``code``'s model, as py3langid's readings of its lines that
    name ``code`` add up (none of them: no fit to judge by, weight 0)."""
    total = weight = 0.0
    for sc in parts:
        if sc.fit is not None and sc.fit[0] == code:
            total += sc.fit[1]
            weight += sc.fit[2]
    return code, total, weight


def split_sections(text: str, /, *, languages: Iterable[str] | None = None) -> tuple[Section, ...]:
    """Split ``text`` where its language changes; a monolingual text is one section.

    Sections are contiguous and cover ``text``: the first starts at 0, the last ends at
    ``len(text)``.  A text without any language signal is one section with ``language=None``;
    an empty text has no sections.

    >>> split_sections("")
    ()
    >>> [(s.start, s.end, s.language) for s in split_sections("2024-06-21")]
    [(0, 10, None)]
    """
    if not isinstance(text, str):
        from newsmeta.errors import InputTypeError

        msg = (
            f"split_sections() takes a str, not {type(text).__name__}: pass the text itself"
            " (decode bytes first, for example data.decode('utf-8'))"
        )
        raise InputTypeError(msg)
    if not text:
        return ()
    cands = _candidates(languages)
    ls, inline, read, strong = _units(text, cands)
    if len(strong) < 2:
        return (Section(0, len(text), vouched(text, _to_language(score_text(text, cands)))),)
    scores = {i: read.get(ls[i][0]) or score_text(text[ls[i][0] : ls[i][1]][:_LINE_CHARS], cands) for i in strong}
    emis = [_emission(scores[i]) for i in strong]
    totals: dict[str, float] = {}
    for em in emis:
        for c, v in em.items():
            totals[c] = totals.get(c, 0.0) + v
    counted = [i for i, em in zip(strong, emis, strict=True) if em]
    if not totals or not counted:
        return (Section(0, len(text), vouched(text, _to_language(score_text(text, cands)))),)
    # A language named from stop words on some lines scores on the others a little below the
    # language it beat there, its look-alike (Nynorsk below Bokmål, Bosnian below Croatian), less
    # each stop word of the line's best language alone, so that its doubtful lines can stay with
    # it but lines plainly in another language cannot (a Somali line, with no stop list to count
    # against Bosnian, was Bosnian's for the cost of 4 units when Bosnian stood below its best).
    hosts: dict[str, set[str]] = {}  # each such language -> the profiled languages it beat
    for sc in scores.values():
        if sc.host:
            for o in sc.logp:
                if o not in _PROFILED:
                    hosts.setdefault(o, set()).add(sc.host)
    named = sorted(hosts)
    stop = _stoplists() if named else {}
    for i, em in zip(strong, emis, strict=True):
        if len(em) > 1 and named:
            best = _argmax(em)
            words = {w.lower() for w in _WORD.findall(text[ls[i][0] : ls[i][1]][:_LINE_CHARS])}
            own = stop.get(best, frozenset())
            for other in named:
                if other not in em:
                    theirs = stop.get(other, frozenset())
                    against = sum(1 for w in words if w in own and w not in theirs)
                    base = max((em[h] for h in hosts[other] if h in em), default=em[best])
                    em[other] = base - _GAP - _SCALE * _STOP_BONUS * against
                    totals[other] = totals.get(other, 0.0) + em[other]
    langs = sorted(totals, key=lambda c: (-totals[c], c))[:_MAX_LANGS]
    for em in emis:  # every line's own best language stays a candidate
        if em:
            mine = _argmax(em)
            if mine not in langs:
                langs.append(mine)
    costs = [_SWITCH_INLINE if i in inline else _SWITCH for i in counted]
    labels = _viterbi([em for em in emis if em], langs, costs)
    label_of = dict(zip(counted, labels, strict=True))
    # Each line's label: labelled lines keep theirs; the others join a neighbour.
    line_label: list[str | None] = [None] * len(ls)
    prev: str | None = None
    for i in range(len(ls)):
        if i in label_of:
            prev = label_of[i]
        line_label[i] = prev
    first_label = label_of[counted[0]]
    line_label = [lab if lab is not None else first_label for lab in line_label]
    # Short lines right before a change open the new section when they head its first line
    # (a blank line before them, none after) or clearly read as the new language.
    for i in counted:
        j = i - 1
        new = label_of[i]
        while j >= 0 and j not in label_of and line_label[j] != new:
            old = line_label[j]
            attached = text.count("\n", ls[j][1], ls[j + 1][0]) <= 1
            detached = j == 0 or text.count("\n", ls[j - 1][1], ls[j][0]) >= 2
            if not ((attached and detached) or (old is not None and _prefers(text[ls[j][0] : ls[j][1]], new, old))):
                break
            line_label[j] = new
            j -= 1
    # Cut the text into sections at the lines where the label changes.
    sections: list[tuple[int, int, str, list[int]]] = []
    for i, (start, _) in enumerate(ls):
        lab = line_label[i]
        assert lab is not None
        if sections and sections[-1][2] == lab:
            sections[-1][3].append(i)
            continue
        sections.append((0 if not sections else start, 0, lab, [i]))
    out: list[Section] = []
    for k, (start, _, lab, members) in enumerate(sections):
        end = sections[k + 1][0] if k + 1 < len(sections) else len(text)
        parts = [scores[i] for i in members if i in scores and scores[i].logp]
        body = text[start:end]
        lang = _section_language(parts, lab, body, cands) if parts else None
        # (no surer than detect_language would say it of the section: a Kirundi text read as
        # Kinyarwanda, a Manx one as Welsh)
        # (the fit as py3langid's readings of its lines add up: not read again)
        lang = vouched(body[:_WHOLE_CHARS], lang, fit=_lines_fit(parts, lab))
        heading = None
        if k > 0 and len(members) > 1 and members[0] not in inline and members[0] + 1 not in inline:
            heading = heading_at(text, *ls[members[0]])
        out.append(Section(start, end, lang, heading))
    return tuple(out)
