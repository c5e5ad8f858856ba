"""Layout of an article: title, dateline, paragraphs and sentences as exact spans.

:func:`segment` reads the conventions of real news text (see ``docs/documents.md``):

* the title is a ``TITLE: ... LINK: ...`` first line (GeoWebNews), a first line followed by a
  blank line (the seed, PolNeAR), the first line of a short first block that is followed by a
  blank line (headline plus deck), or a short unpunctuated first line directly above a longer
  body line;
* paragraphs are blocks separated by blank lines, or lines when a body has no blank line;
  inside either, a line that continues the one before (it starts in lower case, or the line
  before is wrapped prose) stays in the same paragraph;
* a dateline (``WASHINGTON (AP) —``) opens the first paragraph of the story proper;
* sentences are split inside each paragraph (and the title) by rules for abbreviations,
  initials, numbers, quotation marks, ellipses, lists, URLs and parentheses.

Every pattern here matches in linear time: no nested quantifier can match the same text in
two ways, and every look-behind is bounded.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import regex

from newsparse.document import Paragraph, Sentence, Span, narrow

__all__ = ["Layout", "segment", "split_sentences"]


@attrs.frozen(kw_only=True)
class Layout:
    """What :func:`segment` finds in an article's text."""

    title: Span | None
    dateline: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    metadata: Mapping[str, str]


# --------------------------------------------------------------------------- lines


def _words(spaced: str) -> frozenset[str]:
    """The white-space separated words of ``spaced``, as a set."""
    return frozenset(spaced.split())


_LINE = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n|$)")
_SPACE = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff")
_SPACE |= frozenset(chr(c) for c in range(0x2000, 0x200B))
_SPACE |= frozenset("\u200b\u200c\u200d\u2060")

Line = tuple[int, int]  # (start, end) of a line's content, its terminator excluded


def _lines(text: str) -> list[Line]:
    """(start, end) of every line's content; ``\\r\\n``, ``\\r`` and ``\\n`` end lines."""
    lines: list[Line] = []
    pos = 0
    n = len(text)
    while pos < n:
        match = _LINE.match(text, pos)
        assert match is not None  # the pattern matches the empty string
        stop = match.end()
        end = stop
        while end > pos and text[end - 1] in "\r\n":
            end -= 1
        lines.append((pos, end))
        pos = stop
    return lines


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` past white space (a byte-order mark and zero-width spaces too)."""
    return narrow(text, start, end, _SPACE)


def _is_blank(text: str, line: Line) -> bool:
    start, end = _strip(text, *line)
    return start == end


# --------------------------------------------------------------------------- title

_TITLE_PREFIX = regex.compile(r"[ \t\ufeff]*+TITLE:[ \t]*+")
_LINK = regex.compile(r"[ \t]LINK:[ \t]*+(?P<link>\S*+)[ \t]*+$")
_TITLE_MAX_CHARS = 250  # a longer first line is a paragraph, not a headline
_ENDS_SENTENCE = frozenset(".!?…:\"”’')]")
_ENDS_CLAUSE = frozenset(",;(&/-–—")


def _title_link(text: str, line: Line, metadata: dict[str, str]) -> Span | None:
    """The title of a GeoWebNews ``TITLE: ... LINK: url`` line, and its link into metadata."""
    start, end = line
    prefix = _TITLE_PREFIX.match(text, start, end)
    if prefix is None:
        return None
    title_end = end
    link_at = text.rfind(" LINK:", prefix.end(), end)
    if link_at < 0:
        link_at = text.rfind("\tLINK:", prefix.end(), end)
    if link_at >= 0:
        link = _LINK.match(text, link_at, end)
        if link is not None:
            if link.group("link"):
                metadata["link"] = link.group("link")
            title_end = link_at
    s, e = _strip(text, prefix.end(), title_end)
    return Span.of(text, s, e) if e > s else None


def _headline_like(text: str, line: Line) -> bool:
    """Whether a line is short enough to be a headline and not itself a dateline paragraph."""
    start, end = _strip(text, *line)
    return 0 < end - start <= _TITLE_MAX_CHARS and _dateline_at(text, start, end) is None


def _bare_headline(text: str, line: Line, below: Line) -> bool:
    """A first line with no blank line below it that still reads as a headline.

    It has at most 15 words, does not end in a full stop or comma, and the line below it is
    at least twice as long and ends a sentence.
    """
    start, end = _strip(text, *line)
    b_start, b_end = _strip(text, *below)
    if not (0 < end - start <= 120) or b_end <= b_start:
        return False
    if text[end - 1] in ".,;:" or len(text[start:end].split()) > 15:
        return False
    if not text[start].isupper() and not text[start].isdigit() and text[start] not in "\"“‘'":
        return False
    if text[b_end - 1] not in ".!?…\"”’')" or b_end - b_start < 2 * (end - start):
        return False
    return _dateline_at(text, start, end) is None


def _find_title(text: str, lines: list[Line], metadata: dict[str, str]) -> tuple[Span | None, int]:
    """The title span and the index of the first body line."""
    first = 0
    while first < len(lines) and _is_blank(text, lines[first]):
        first += 1
    if first >= len(lines):
        return None, len(lines)
    title = _title_link(text, lines[first], metadata)
    if title is not None or "link" in metadata:
        return title, first + 1
    blank_after = first + 1
    while blank_after < len(lines) and not _is_blank(text, lines[blank_after]):
        blank_after += 1
    has_body = any(not _is_blank(text, line) for line in lines[blank_after:])
    if has_body and _headline_like(text, lines[first]):
        block = blank_after - first
        # A lone first line above a blank line, or a headline with a deck of at most two
        # lines (``Headline;\nDeck.``) when the body is made of blank-line blocks.
        if block == 1 or (block <= 3 and _deck_block(text, lines[first:blank_after])):
            s, e = _strip(text, *lines[first])
            return Span.of(text, s, e), first + 1
    if blank_after - first >= 2 and _bare_headline(text, lines[first], lines[first + 1]):
        s, e = _strip(text, *lines[first])
        return Span.of(text, s, e), first + 1
    return None, first


def _deck_block(text: str, lines: list[Line]) -> bool:
    """Whether a first block is a headline of at most 150 characters with no full stop at its
    end, above one or two headline-sized lines (a deck)."""
    start, end = _strip(text, *lines[0])
    if end - start > 150 or text[end - 1] == ".":
        return False
    return all(_headline_like(text, line) for line in lines[1:])


# --------------------------------------------------------------------------- paragraphs

_LIST_START = regex.compile(r"[ \t]*+(?:[•‣⁃▪●◦■□*–—-][ \t]|\(?\d{1,3}[.)][ \t]|\d{1,3}[ \t]*+$)")
_WRAP_MIN, _WRAP_MAX = 40, 100  # prose wrapped by hand has lines of about this length
_WRAP_SLACK = 20  # the line after a wrapped one is at most this much longer


def _continues(text: str, previous: Line, line: Line) -> bool:
    """Whether ``line`` continues the paragraph of ``previous`` rather than starting one.

    A line that starts in lower case continues. A list item or a line under one that ends a
    sentence does not. Otherwise a line continues one that ends mid-clause (a comma, a dash)
    or one of wrapped prose: 40 to 100 characters, not a title-case heading, and the next
    line no longer than it by more than 20 characters.
    """
    start, end = _strip(text, *line)
    p_start, p_end = _strip(text, *previous)
    if start == end or p_start == p_end:
        return False
    if text[start].islower():
        return True
    if _LIST_START.match(text, start, end) is not None or text[p_end - 1] in _ENDS_SENTENCE:
        return False
    if text[p_end - 1] in _ENDS_CLAUSE:
        return True
    width = p_end - p_start
    if not _WRAP_MIN <= width <= _WRAP_MAX or end - start > width + _WRAP_SLACK:
        return False  # not a wrapped line, or the next line is longer than the wrap width
    return not _title_case(text[p_start:p_end])


def _title_case(line: str) -> bool:
    """Whether a line is a heading in title case: most of its words (of 4+ letters) capitalised."""
    words = [word for word in line.split() if len(word) >= 4 and word[0].isalpha()]
    return len(words) >= 2 and sum(word[0].isupper() for word in words) * 4 >= len(words) * 3


def _paragraphs(text: str, lines: list[Line]) -> list[Paragraph]:
    """Blank-line blocks split at line breaks that start a new paragraph; blank lines separate."""
    paragraphs: list[Paragraph] = []
    open_start = -1
    open_end = -1
    previous: Line | None = None
    for line in lines:
        start, end = _strip(text, *line)
        if start == end:
            if open_start >= 0:
                paragraphs.append(
                    Paragraph(start=open_start, end=open_end, text=text[open_start:open_end])
                )
            open_start = -1
            previous = None
            continue
        if open_start >= 0 and previous is not None and _continues(text, previous, line):
            open_end = end
        else:
            if open_start >= 0:
                paragraphs.append(
                    Paragraph(start=open_start, end=open_end, text=text[open_start:open_end])
                )
            open_start, open_end = start, end
        previous = line
    if open_start >= 0:
        paragraphs.append(Paragraph(start=open_start, end=open_end, text=text[open_start:open_end]))
    return paragraphs


# --------------------------------------------------------------------------- dateline

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’.]*+(?:-\p{Lu}[\p{Lu}\p{M}'’.]*+)*+"
_NAME_WORD = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*+"
_REGION = (
    rf"(?:(?:\p{{Lu}}\.){{1,3}}|\p{{Lu}}\p{{Ll}}{{1,4}}\.|{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})"
)
_DATELINE = regex.compile(
    rf"""
    (?P<place>
        (?P<caps>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}})
        |(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})
    )
    (?:,[ ]++(?P<region>{_REGION}))?
    (?:,[ ]++(?P<date>{_MONTHS}\.?[ ]\d{{1,2}}))?
    (?:[ \t\xa0]*+\((?P<agency>\p{{Lu}}[\p{{L}}&.' ]{{0,30}})\))?
    (?:[ \t\xa0]*+[—–―][ \t\xa0]*+|[ \t\xa0]*+--[ \t\xa0]++|[ \t\xa0]++-[ \t\xa0]++)
    (?=\S)
    """,
    regex.VERBOSE,
)
# Words that open an all-caps label or sentence, never a place: "EXCLUSIVE —", "WE WON —".
_NOT_PLACES = _words(
    """
    A AN AND BUT OR SO NOT NO YES I WE YOU HE SHE IT THEY THIS THAT THESE THOSE WHAT WHO WHY HOW
    WHEN WHERE ALL BREAKING EXCLUSIVE UPDATE UPDATED WATCH ANALYSIS OPINION EDITORIAL COMMENTARY
    REVIEW LIVE CORRECTION NOTE EDITOR'S EDITOR’S PHOTOS PHOTO VIDEO ADVISORY BYLINE ABSTRACT FULL
    SOURCE READ MORE RELATED SPONSORED ADVERTISEMENT DEVELOPING URGENT FLASH ALERT
    """
)
_MAX_FRONT_MATTER = 4  # paragraphs (deck, byline, labels) that may come before the dateline


def _dateline_at(text: str, start: int, end: int) -> Span | None:
    """The dateline that opens ``text[start:end]``, if it has one."""
    match = _DATELINE.match(text, start, end)
    if match is None:
        return None
    caps = match.group("caps")
    if caps is not None:
        words = caps.split()
        if any(word.rstrip(".") in _NOT_PLACES for word in words) or len(caps.rstrip(".")) < 3:
            return None
        if sum(c.isalpha() for c in caps) < 3:
            return None
    elif match.group("agency") is None:
        return None  # a place in title case needs its agency: "New York (AFP) –"
    if not any(c.islower() for c in text[match.end() : min(end, match.end() + 40)]):
        return None  # "MARKETS FALL - WHAT NEXT?": an all-caps headline goes on in capitals
    start, end = _strip(text, match.start(), match.end())
    return Span.of(text, start, end)


def _find_dateline(
    text: str, paragraphs: list[Paragraph], sentence_counts: list[int]
) -> Span | None:
    """The dateline of the story: in its first paragraph, or after short front matter.

    Paragraphs of one sentence (a deck, a byline, a label) may precede it; the search stops
    at the first paragraph of several sentences that has no dateline.
    """
    for index, paragraph in enumerate(paragraphs[:_MAX_FRONT_MATTER]):
        dateline = _dateline_at(text, paragraph.start, paragraph.end)
        if dateline is not None:
            return dateline
        if sentence_counts[index] > 1:
            return None
    return None


# --------------------------------------------------------------------------- sentences

# A run of sentence-final marks (dots may be spaced, as in ". . ."), then closing quotation
# marks or brackets, then white space or the end of the paragraph.
_CANDIDATE = regex.compile(r"[.!?‽…]++(?:[ \xa0][.…][.!?…]*+)*+[\"”’'»)\]}]*+(?=\s|$)")
_NEXT = regex.compile(
    r"\s++(?P<open>[\"“‘'«(\[{¿¡]*+)(?P<ellipsis>(?:\.\.\.|…)\s*+)?"
    r"(?P<word>[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*+)?(?P<after>\.?)"
)
_ATTRIBUTION = regex.compile(
    r"\s++\p{Lu}[\p{L}.'’-]*+\s++(?:[\p{L}.'’-]++\s++){0,2}"
    r"(?:said|says|asked|asks|added|adds|told|tells|replied|replies|recalled|recalls|"
    r"continued|continues|wrote|writes|explained|explains|noted|notes|insisted|insists|"
    r"shouted|shouts|cried|cries|exclaimed|exclaims|wondered|wonders|declared|declares|"
    r"tweeted|tweets|yelled|yells|joked|jokes|quipped|quips|laughed|laughs)\b"
)
_DOTTED = regex.compile(r"(?:\p{L}{1,2}\.)++&?\p{L}{1,2}")  # U.S, a.m, Ph.D, S.&P
_LIST_MARKER = regex.compile(r"(?<![^\s•‣⁃▪●◦■□])(?P<n>\d{1,2}|[a-z])(?:\.\)|\.|\))(?=\s)")
# Cheap tests for a list marker inside a paragraph, or at its start.
_LIST_HINT = regex.compile(r"\s(?:\d{1,2}|[a-z])[.)]\)?\s|[•‣⁃▪●◦■□]")
_LIST_HINT_AT = regex.compile(r"(?:\d{1,2}|[a-z])[.)]\)?\s")
_BULLET = regex.compile(r"(?<=\s)[•‣⁃▪●◦■□](?=\s|\d)")
_NO_START = frozenset("-–—―‒‐‑,;:)]}%")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_OPENERS = "\"“‘'«([{"
_CLOSERS = frozenset("\"”’'»)]}")
_QUOTES = frozenset("\"”’'»")

# Abbreviations written before a name: never the end of a sentence.
_TITLES = _words(
    """
    Mr Mrs Ms Mssrs Messrs Mmes Dr Drs Prof Profs Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Sgt
    Capt Cpt Cmdr Maj Adm Brig Cpl Pvt Spc Rev Fr Hon Pres Supt Insp Det Atty Amb Mt Ft Msgr
    Sra Mme Mlle vs Vs v e.g i.e cf viz approx
    """
)
# Abbreviations that may end a sentence: the sentence ends when the next word opens one.
_AMBIGUOUS = _words(
    """
    Jr Sr Inc Corp Co Ltd Bros Assn Dept Univ Ave Blvd Rd St Ct Hwy Pl Sq Ste Mfg Intl Natl
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo co al est ca
    """
)
# Closed-class words that open sentences: after an ambiguous abbreviation they mark a new one.
_STARTERS = _words(
    """
    A An The This That These Those There Here It Its He She They We I You His Her Their Our My
    Your Him Them Us Me One Some Many Most Much More Few Several All Both Each Every Either
    Neither No None Not Nor Nothing Nobody Everyone Everybody Everything Someone Somebody
    Something Anyone Anybody Anything Two Three Four Five Six Seven Eight Nine Ten Any Another Other Others Such And But Or So Yet Still Also
    Then Now Thus Hence However Meanwhile Moreover Furthermore Instead Indeed Perhaps Maybe
    Nevertheless Nonetheless Otherwise Therefore Besides Although Though While When Whenever
    Where Wherever Whether Why How What Which Who Whom Whose If Unless Until Because Since As
    After Before During Once In On At By For From To With Without Within Into Onto Upon Of Off
    Over Under About Above Below Across Against Along Among Around Behind Beside Between Beyond
    Despite Except Inside Outside Through Throughout Toward Towards Via Is Are Was Were Be Been
    Am Do Does Did Done Has Have Had Can Could Will Would Shall Should May Might Must Let Yes
    Even Only Just Last Next First Second Third Finally Later Earlier Today Yesterday Tomorrow
    Tonight Sometimes Often Never Always Again Already Almost Nearly Like Unlike Asked Please
    """
)


def _token_before(text: str, start: int, mark: int) -> str:
    """The non-space token that ends at ``mark``, without opening quotes or brackets."""
    window = text[max(start, mark - 80) : mark]
    parts = window.rsplit(None, 1)
    if not parts:
        return ""
    token = parts[-1]
    if len(parts) == 1 and mark - 80 > start and not window[:1].isspace():
        return "x" * 81  # a token longer than the window: a URL or a long word, not an abbreviation
    return token.lstrip(_OPENERS)


def _is_starter(word: str, after: str) -> bool:
    """Whether ``word`` (followed by ``after``) opens a new sentence after an abbreviation."""
    if not word:
        return False
    if after == "." and len(word) == 1:
        return False  # another initial: "J. K. Rowling"
    return word in _STARTERS


def _period_boundary(token: str, closed: bool, word: str, after: str, first: str) -> bool:
    """Whether a full stop after ``token`` ends a sentence, given the next word."""
    if not token or token[-1].isdigit() or "@" in token or "/" in token or len(token) > 80:
        return True  # a number, a URL, an e-mail address, a path: a plain full stop
    if closed:
        return True  # a quotation mark or bracket after the stop closes the sentence
    if len(token) > 1 and token.isupper() and "." not in token:
        token = token.capitalize()  # "ST. LOUIS", "GEN. SMITH" in an all-caps line
    if token in _TITLES or token.lower() in ("e.g", "i.e", "vs", "viz", "cf"):
        return False
    if first.isdigit():
        # "No. 5", "p. 55", "Sept. 11", "N°. 1026": a label or abbreviation before a number.
        return not (len(token) <= 3 or token in _AMBIGUOUS or _DOTTED.fullmatch(token))
    single = len(token) == 1 and token.isalpha()
    if single or token in _AMBIGUOUS or _DOTTED.fullmatch(token) is not None:
        return first in _OPENERS[:4] or _is_starter(word, after)
    return True


def _is_boundary(text: str, start: int, mark: regex.Match[str], limit: int) -> bool:
    """Whether the candidate ``mark`` (inside ``text[start:limit]``) ends a sentence."""
    nxt = _NEXT.match(text, mark.end(), limit)
    if nxt is None:
        return False
    word = nxt.group("word") or ""
    after = nxt.group("after")
    opened = nxt.group("open")
    if nxt.group("ellipsis"):
        first = "…"
    elif opened:
        first = opened[0]
    elif word:
        first = word[0]
    else:
        first = text[nxt.end()] if nxt.end() < limit else ""
    if word[:1].islower() and not any(c.isupper() for c in word[1:4]):
        return False  # "he asked", "‘except ...’"; but "iPhone" and "eBay" open sentences
    if first in _NO_START or not first:
        return False  # a dash, a comma, a closing bracket: the sentence goes on
    marks = mark.group()
    body = marks.rstrip("\"”’'»)]}")
    closed = len(body) < len(marks)
    dots = body.count(".") + 3 * body.count("…")
    if "?" in body or "!" in body or "‽" in body:
        if closed and any(c in _QUOTES for c in marks[len(body) :]):
            # "“Why?” Smith asked." continues with its attribution.
            return _ATTRIBUTION.match(text, mark.end(), limit) is None
        return True
    if dots >= 3:
        # Four dots are a full stop and an ellipsis; so is an ellipsis that closes a quotation.
        # Three dots before a capital end a sentence when the next word opens one ("… It
        # was"), not before a name ("the term … Islamic terrorist") or "I", always capitalised.
        if dots >= 4 or closed:
            return True
        if opened:
            return True
        return word != "I" and _is_starter(word, after)
    token = _token_before(text, start, mark.start())
    return _period_boundary(token, closed, word, after, first)


def _list_cuts(text: str, start: int, end: int) -> tuple[list[int], set[int]]:
    """Where list items start in a paragraph, and the offsets of their markers' full stops.

    Items are markers ``1.``/``1)``/``1.)`` (or ``a.``, ``b.``) numbered consecutively, or
    bullets such as ``•``.
    """
    cuts: list[int] = []
    marker_stops: set[int] = set()
    markers = list(_LIST_MARKER.finditer(text, start, end))
    for index, marker in enumerate(markers):
        value = marker.group("n")
        neighbours = markers[max(0, index - 1) : index] + markers[index + 1 : index + 2]
        if index == 0 and marker.start() == start:
            linked = True  # a paragraph that opens with a marker is a list item
        else:
            linked = any(_consecutive(other.group("n"), value) for other in neighbours)
        if linked:
            cuts.append(marker.start())
            dot = text.find(".", marker.start(), marker.end())
            if dot >= 0:
                marker_stops.add(dot)
    cuts.extend(match.start() for match in _BULLET.finditer(text, start, end))
    return cuts, marker_stops


def _consecutive(a: str, b: str) -> bool:
    """Whether list markers ``a`` and ``b`` are neighbours (1 and 2, or b and c)."""
    if a.isdigit() and b.isdigit():
        return abs(int(a) - int(b)) == 1
    return len(a) == len(b) == 1 and a.isalpha() and b.isalpha() and abs(ord(a) - ord(b)) == 1


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``, white space trimmed.

    The slice is one paragraph: sentences never run past its ends.
    """
    limit = len(text) if end is None else end
    cuts: list[int] = []
    marker_stops: set[int] = set()
    has_lists = (
        _LIST_HINT_AT.match(text, start, limit) is not None
        or _LIST_HINT.search(text, start, limit) is not None
    )
    if has_lists:
        cuts, marker_stops = _list_cuts(text, start, limit)
    for mark in _CANDIDATE.finditer(text, start, limit):
        if mark.end() >= limit or mark.start() in marker_stops:
            continue
        if _is_boundary(text, start, mark, limit):
            cuts.append(mark.end())
    if len(cuts) > 1 and has_lists:
        cuts = sorted(set(cuts))
    pieces: list[tuple[int, int]] = []
    begin = start
    for cut in cuts:
        s, e = _strip(text, begin, cut)
        if e > s and _has_word(text, s, e):
            pieces.append((s, e))
            begin = cut
        # A piece with no letter or digit (a bullet, a lone mark) joins the next sentence.
    s, e = _strip(text, begin, limit)
    if e > s:
        if pieces and not _has_word(text, s, e):
            s = pieces.pop()[0]  # ... or, at the end, the sentence before it
        pieces.append((s, e))
    return pieces


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or a digit."""
    return text[start].isalnum() or _WORD_CHAR.search(text, start, end) is not None


def _sentences(text: str, span: Span, paragraph: int) -> list[Sentence]:
    return [
        Sentence(start=s, end=e, text=text[s:e], paragraph=paragraph)
        for s, e in split_sentences(text, span.start, span.end)
    ]


# --------------------------------------------------------------------------- segment


def segment(text: str) -> Layout:
    """Find the title, dateline, paragraphs and sentences of ``text``."""
    lines = _lines(text)
    metadata: dict[str, str] = {}
    title, body_from = _find_title(text, lines, metadata)
    paragraphs = _paragraphs(text, lines[body_from:])
    sentences: list[Sentence] = []
    if title is not None:
        sentences.extend(_sentences(text, title, -1))
    counts: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        found = _sentences(text, paragraph, index)
        counts.append(len(found))
        sentences.extend(found)
    dateline = _find_dateline(text, paragraphs, counts)
    if dateline is not None:
        metadata["dateline"] = dateline.text
    return Layout(
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        metadata=metadata,
    )
