"""What the text around a name says about it as an antecedent: in a quotation, a speaker, a
sentence's subject, a preposition's object; and the word lists that pronoun and role
resolution (:class:`newsparse.mentions.NameResolver`) read."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set

import regex

PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
TITLE_GENDERS = {"mr.": "m", "mrs.": "f", "ms.": "f", "miss": "f"}
ROLE_GENDERS = {
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "businessman": "m",
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "businesswoman": "f",
}
# Titles that abbreviate a role: "Gov. Rick Perry" is the governor
ROLE_ABBREVIATIONS = {
    "governor": ("gov.",),
    "senator": ("sen.",),
    "representative": ("rep.",),
    "general": ("gen.",),
    "president": ("pres.",),
}
# Roles held beside someone else's: "the spokesman" is rarely the person named before him
SIDE_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney analyst
    economist expert researcher strategist pollster reporter host anchor manager
    """.split()
)
# Last words of a capitalised run that names no person: "Henry Realty", "Global Times"
NOT_PERSON_HEADS = frozenset(
    """
    street avenue road square park realty corporation corp company inc group times post news
    journal herald tribune party committee council university college school institute
    foundation association union center centre museum hospital church court bank house senate
    congress department ministry agency administration office state states county city
    republic kingdom coalition campaign caucus convention conference summit league network
    magazine channel organization airport island islands mall station one monday tuesday
    wednesday thursday friday saturday sunday radio television gazette review bureau
    commission board service fund society institution alliance federation reserve police
    army navy republicans democrats conservatives liberals progressives libertarians
    aides advisers allies backers supporters voters officials staffers members leaders
    critics donors delegates lawmakers opponents activists strategists operatives
    """.split()
)
SALIENCE_REACH = 300  # characters a nearer name may be before a speaker wins over it

NP_PREPOSITIONS = frozenset("of for with at from in on to".split())  # after a phrase's head
_PREPOSITIONS = frozenset(
    """
    with by to for from of about against at in on under than like including between among
    toward towards over after before during into onto upon via without behind beside
    """.split()
)
_QUOTE_MARK = regex.compile(r"[“”\"]|''")
# Where a sentence ends (not after a title or an initial: "Mr. Hannity", "Donald J. Trump")
_SENTENCE_END = regex.compile(
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|\p{Lu}))[.!?][\"”’')]*\s|\n"
)
# After a name: its reporting verb, past an apposition or relative clause ("Ryan told",
# "Bamberg, who is 28, said", "Sanders on Tuesday said")
_SPEAKS_AFTER = regex.compile(
    r"\S*(?:\s+\p{Lu}\S*)*(?:\s*\([^()]{1,20}\))?(?:,[^,.;“”\"]{1,50},)?"
    r"(?:\s+(?:on|last|this|early|late)\s+\p{L}+)?\s+(?:also\s+|then\s+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|insisted|asked)\b"
)
# Between a role used as a title and the name: "spokesman Josh Earnest", "President Obama",
# "Its spokesman, Ola Lind"
_TITLE_GAP = regex.compile(r"\.?,?(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+")
# Between a name and its apposition's role: "Josh Earnest, the White House spokesman"
_APPOSITION_GAP = regex.compile(r"(?:’s|'s)?,\s+(?:the|a|an)?\s*(?:[\p{L}.'’-]+\s+){0,4}")
# A surname with a lower-case particle after a first name: "Bill de Blasio"
_PARTICLE_NAME = regex.compile(
    r" (?:de|da|di|del|della|van|von|der|den|du|le|la|bin|al) \p{Lu}\p{L}+"
)


def without_possessive(name: str) -> str:
    """``name`` without a possessive ending: "Clinton’s", "Sanders'" -> Clinton, Sanders."""
    bare = name.removesuffix("’s").removesuffix("'s")
    return bare[:-1] if bare.endswith(("s'", "s’")) else bare


class QuotationMarks:
    """Where a text's quotation marks stand, found once, so that asking whether a name lies
    inside a quotation costs a few bisections, not a scan of the text between."""

    def __init__(self, text: str) -> None:
        self.curly: list[int] = []  # positions of “ and ”
        self.closing: list[bool] = []  # whether the mark at the same index is ”
        self.straight: list[int] = []  # positions of "
        self.doubled: list[int] = []  # positions of ''
        for match in _QUOTE_MARK.finditer(text):
            mark = match.group()
            if mark == '"':
                self.straight.append(match.start())
            elif mark == "''":
                self.doubled.append(match.start())
            else:
                self.curly.append(match.start())
                self.closing.append(mark == "”")

    def inside(self, start: int, offset: int) -> bool:
        """Whether the name at ``start`` lies inside a quotation that closes before
        ``offset`` ("“... Hillary Clinton will withdraw,” he said"): the first curly mark
        after it closes, or an odd number of straight marks stands between."""
        at = bisect_left(self.curly, start)
        if at < len(self.curly) and self.curly[at] < offset:
            return self.closing[at]
        straight = bisect_left(self.straight, offset) - bisect_left(self.straight, start)
        doubled = bisect_left(self.doubled, offset) - bisect_left(self.doubled, start)
        return straight % 2 == 1 or doubled % 2 == 1


def speaks(text: str, start: int, name: str) -> bool:
    """Whether a reporting verb follows the name at ``start`` in its clause ("Ryan told",
    "Bamberg, who is 28, said")."""
    return _SPEAKS_AFTER.match(text, start, start + len(name) + 60) is not None


def opens_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence, past at most three words such as a
    role or an adverb ("Republican nominee Donald Trump has", "However, Rep. Lynch")."""
    before = text[max(0, start - 60) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if not ends and start > 60:
        return False
    words = before[ends[-1] if ends else 0 :].split()
    if words and words[0].endswith(","):
        words = words[1:]  # "However," "Meanwhile,"
    if words and words[-1].lower() in _COMPLEMENTIZERS:
        return False  # "Rubio responded that Donald Trump had": an object clause's subject
    return len(words) <= 3 and not any("," in w for w in words)


_COMPLEMENTIZERS = frozenset(["that"])  # ("If Weiner had", "whether X": often the topic)


def modifies(text: str, start: int, titles: Set[str]) -> bool:
    """Whether the name at ``start`` is a preposition's object ("under President Obama"),
    not a subject after *with* ("with Trump holding firm"), or follows an article ("the
    Clinton campaign"); ``titles`` are skipped ("a supporter of Mr. Trump")."""
    before = text[max(0, start - 40) : start].split()
    while before and before[-1].lower().rstrip(".") in titles:
        before.pop()
    word = before[-1].lower() if before else ""
    if word in ("the", "a", "an"):
        return True
    if word not in _PREPOSITIONS:
        return False
    if word == "with":
        after = text[start : start + 60].split()
        verb = next((w for w in after if w[:1].islower()), "")
        return not verb.endswith("ing")
    return True


def titles(text: str, role_end: int, name_start: int) -> bool:
    """Whether the role ending at ``role_end`` stands as a title before the name at
    ``name_start`` ("spokesman Josh Earnest", "Its spokesman, Ola Lind")."""
    return role_end <= name_start and _TITLE_GAP.fullmatch(text, role_end, name_start) is not None


def in_apposition(text: str, name_end: int, role_start: int) -> bool:
    """Whether the role at ``role_start`` is the apposition of the name ending at
    ``name_end`` ("Josh Earnest, the White House spokesman")."""
    return (
        name_end <= role_start and _APPOSITION_GAP.fullmatch(text, name_end, role_start) is not None
    )


def particle_after(text: str, at: int) -> str:
    """The rest of a surname with a lower-case particle at ``at`` (" de Blasio"), or ""."""
    found = _PARTICLE_NAME.match(text, at)
    return found.group() if found else ""
