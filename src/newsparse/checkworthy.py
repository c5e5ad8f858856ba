"""Check-worthiness: how much a statement deserves a fact-check, with the evidence behind it.

The score is a logistic model over two kinds of features:

* hashed word unigrams and bigrams (``word:...``, ``pair:...``), learnt from labelled
  sentences by ``scripts/train_checkworthy.py`` and shipped as 8-bit weights;
* linguistic features (``number``, ``percent``, ``money``, ``comparative``, ``superlative``,
  ``causal``, ``record``, ``named_entity``, ...), learnt the same way;
* rule features that the training data cannot teach (``weather``, ``sports_score``,
  ``boilerplate``) with fixed negative weights, so forecasts, results and site furniture
  stay below the threshold even though they are full of numbers.

:func:`score` returns the probability and ``features``: each feature's contribution to the
log-odds (``bias`` included), so ``sum(features.values())`` is the logit. Of the n-grams only
the :data:`TOP_NGRAMS` largest contributions are kept by name; the others are summed into one
``ngrams (other)`` entry, so features stay small. The bias is set so
that 0.5 is the threshold that maximised cross-validated F1 on the training data.
"""

from __future__ import annotations

import base64
import itertools
import json
import math
import zlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

import attrs
import regex

WEIGHTS_RESOURCE = "checkworthy_weights.json"

_TOKEN = regex.compile(r"\p{L}+(?:['’]\p{L}+)*|\p{N}+(?:[.,:]\p{N}+)*|[%$€£¥]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Word classes behind the linguistic features; phrases are matched as word bigrams.
_LEXICON: dict[str, frozenset[str]] = {
    "number": _words(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
        "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million "
        "millions billion billions trillion trillions dozen dozens half twice triple tripled "
        "double doubled quarter"
    ),
    "percent": _words("% percent percentage percentages per_cent percentage_points"),
    "money": _words(
        "$ € £ ¥ dollar dollars euro euros cent cents budget deficit debt tax taxes spending "
        "spent cost costs paid funding revenue salary salaries wage wages gdp"
    ),
    "comparative": _words(
        "than increase increased increases decrease decreased decreases doubled tripled rose "
        "risen fell fallen dropped grew grown declined cut raised reduced"
    ),
    "superlative": _words(
        "most least best worst largest biggest highest lowest greatest fastest longest "
        "shortest strongest weakest deadliest only every all none nobody never always"
    ),
    "causal": _words(
        "because cause caused causes causing due_to led_to lead_to leads_to result_in "
        "resulted_in results_in a_result thanks_to responsible blame blamed therefore "
        "consequently so_that"
    ),
    "record": _words(
        "record records first unprecedented all-time historic never_before in_history ever"
    ),
    "we": _words("we we're we've we'll us our"),
    "you": _words("you you're your"),
    "future_or_modal": _words(
        "will 'll going_to gonna should must need_to needs_to have_to has_to want_to "
        "wants_to plan_to hope let's let_us would_like"
    ),
    "opinion": _words(
        "think believe feel felt guess suppose seem seems opinion wrong right good great bad "
        "wonderful terrible proud"
    ),
    "past_event": _words(
        "was were had has_been have_been did voted passed signed created lost won killed died"
    ),
}
_FIRST_PERSON = _words("i i'm i've i'll i'd me my mine")


Gram = str | tuple[str, str]  # a word, or two adjacent words


def _gram(member: str) -> Gram:
    """The n-gram of a lexicon entry: the word ``x`` or, for ``x_y``, the pair ``(x, y)``."""
    first, _, second = member.partition("_")
    return (first, second) if second else first


def gram_name(gram: Gram) -> str:
    """The feature name of an n-gram: ``word:x`` or ``pair:x y`` (what is hashed)."""
    return f"word:{gram}" if isinstance(gram, str) else f"pair:{gram[0]} {gram[1]}"


_CLASSES: dict[Gram, tuple[str, ...]] = {}
for _name, _members in _LEXICON.items():
    for _member in _members:
        _CLASSES[_gram(_member)] = (*_CLASSES.get(_gram(_member), ()), _name)
_CLASS_KEYS = frozenset(_CLASSES)

_QUESTION = regex.compile(r"\?\s*[\"”’']*\s*$")

# Rule features: what labelled debate sentences cannot teach, with fixed weights.


def _grams(text: str) -> frozenset[Gram]:
    return frozenset(_gram(member) for member in text.split())


_WEATHER = _grams(
    "forecast forecasts forecaster forecasters temperature temperatures degrees_celsius "
    "degrees_fahrenheit showers rain rainfall rainy snow snowfall sunny cloudy drizzle "
    "thunderstorm thunderstorms humidity highs_of lows_of high_of low_of wind_chill heatwave "
    "heat_wave mph_winds gust gusts frost fog"
)
_SPORTS = _grams(
    "scored touchdown touchdowns hat-trick halftime half-time goalkeeper striker quarterback "
    "penalty_kick free_kick home_run innings playoff playoffs kick-off kickoff"
)
_RESULT_WORDS = _grams(
    "win wins won victory defeat defeated beat lost draw drew match game goal goals points "
    "innings half quarter season league cup lead leads"
)
_SCORELINE = regex.compile(r"(?<![\p{N}.,])\p{N}{1,3}\s?[-–:]\s?\p{N}{1,3}(?![\p{N}.,:])")
_BOILERPLATE = _grams(
    "copyright subscribe newsletter cookie cookies advertisement rights_reserved sign_up "
    "click_here follow_us read_more terms_of privacy_policy editing_by reporting_by "
    "contributed_reporting this_report share_this been_updated been_corrected"
)
RULE_WEIGHTS: Mapping[str, float] = {"weather": -4.0, "sports_score": -4.0, "boilerplate": -6.0}

DENSE_FEATURES: tuple[str, ...] = (
    "number",
    "percent",
    "money",
    "year",
    "comparative",
    "superlative",
    "causal",
    "record",
    "named_entity",
    "first_person",
    *(
        name
        for name in _LEXICON
        if name
        not in ("number", "percent", "money", "comparative", "superlative", "causal", "record")
    ),
    "question",
    "short",
    "long",
)
_MAX_CHARS = 2000
_DENSE_ORDER = {name: n for n, name in enumerate(DENSE_FEATURES)}


@attrs.frozen(kw_only=True)
class Score:
    """A check-worthiness score in [0, 1] and each feature's contribution to its log-odds."""

    value: float
    features: Mapping[str, float]


_SENTENCE_MARKS = frozenset('.!?:"“')


def _raw_tokens(text: str) -> list[str]:
    found: list[str] = _TOKEN.findall(text, 0, _MAX_CHARS)
    return found


def _normal(tok: str) -> str:
    return "0" if tok[0].isdigit() else tok.lower().replace("’", "'")


def ngrams(text: str) -> list[str]:
    """The word unigrams (``word:``) and bigrams (``pair:``) of ``text``; digits become ``0``."""
    return [gram_name(gram) for gram in _ngrams([_normal(t) for t in _raw_tokens(text)])]


def _ngrams(toks: list[str]) -> list[Gram]:
    grams: list[Gram] = [*toks]
    grams.extend(itertools.pairwise(toks))
    return grams


def dense_features(text: str) -> dict[str, float]:
    """The linguistic features of ``text`` (values 0 or 1), in :data:`DENSE_FEATURES` order."""
    raw = _raw_tokens(text)
    low = _lower(raw)
    fired = _fired(text, raw, low, set(_ngrams([_digit(t) for t in low])))
    return {name: 1.0 if name in fired else 0.0 for name in DENSE_FEATURES}


def _lower(raw: list[str]) -> list[str]:
    # one call for the whole sentence; tokens hold no spaces, and lowering never makes one
    return " ".join(raw).lower().replace("’", "'").split(" ") if raw else []


def _digit(tok: str) -> str:
    return "0" if tok[0].isdigit() else tok


def _fired(text: str, raw: list[str], low: list[str], grams: set[Gram]) -> set[str]:
    """The names of the linguistic features that fire (value 1) on ``text``."""
    fired: set[str] = set()
    for gram in grams & _CLASS_KEYS:
        fired.update(_CLASSES[gram])
    if "0" in grams:
        fired.add("number")
        if any(len(tok) == 4 and tok[:2] in _CENTURIES and tok[0].isdigit() for tok in raw):
            fired.add("year")
    if "than" in grams and any(
        word == "than" and i and low[i - 1].endswith("er") and len(low[i - 1]) > 4
        for i, word in enumerate(low)
    ):
        fired.add("comparative")
    if not _FIRST_PERSON.isdisjoint(grams) and any(
        word in _FIRST_PERSON and (i == 0 or raw[i][0] == "I" or raw[i][0].islower())
        for i, word in enumerate(low)
    ):
        fired.add("first_person")
    for i, tok in enumerate(raw):
        first = tok[0]
        if (
            i
            and first.isupper()
            and len(tok) > 1
            and (tok[1].islower() or tok.isupper())
            and raw[i - 1] not in _SENTENCE_MARKS
        ):
            fired.add("named_entity")
            break
    if _QUESTION.search(text, max(0, len(text) - 50)):
        fired.add("question")
    if len(raw) < 7:
        fired.add("short")
    elif len(raw) > 30:
        fired.add("long")
    return fired


_CENTURIES = ("18", "19", "20")


def rule_features(text: str) -> dict[str, float]:
    """Which of the fixed-weight rules (weather, sports score, boilerplate) fire on ``text``."""
    return _rules(text, set(_ngrams([_digit(t) for t in _lower(_raw_tokens(text))])))


def _rules(text: str, grams: set[Gram]) -> dict[str, float]:
    weather = len(grams & _WEATHER) + ("°" in text)
    sports = bool(grams & _SPORTS)
    if not sports and grams & _RESULT_WORDS and _SCORELINE.search(text[:_MAX_CHARS]):
        sports = True
    boilerplate = bool(grams & _BOILERPLATE) or "©" in text
    return {
        "weather": 1.0 if weather >= 2 else 0.0,
        "sports_score": 1.0 if sports else 0.0,
        "boilerplate": 1.0 if boilerplate else 0.0,
    }


def bucket(gram: str, buckets: int) -> int:
    """The hash bucket of an n-gram (CRC-32, stable across runs and platforms)."""
    return zlib.crc32(gram.encode("utf-8")) % buckets


class _GramWeights(dict[Gram, float]):
    """N-gram weights, each n-gram hashed once and then looked up (a bounded cache)."""

    def __init__(self, hashed: tuple[float, ...]) -> None:
        super().__init__()
        self.hashed = hashed

    def __missing__(self, gram: Gram) -> float:
        if len(self) > 500_000:
            self.clear()
        hashed = self.hashed
        weight = self[gram] = hashed[bucket(gram_name(gram), len(hashed))] if hashed else 0.0
        return weight


@attrs.frozen(kw_only=True)
class Model:
    """Weights of the logistic model: bias, dense feature weights and hashed n-gram weights."""

    bias: float
    dense: Mapping[str, float]
    hashed: tuple[float, ...]
    _weights: _GramWeights = attrs.field(init=False, eq=False, repr=False)

    @_weights.default
    def _no_weights_yet(self) -> _GramWeights:
        return _GramWeights(self.hashed)

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Model:
        """A model from the shipped JSON (n-gram weights as base64 signed bytes times ``scale``)."""
        raw = base64.b64decode(str(data["hashed"]))
        scale = float(str(data["scale"]))
        hashed = tuple((b - 256 if b > 127 else b) * scale for b in raw)
        dense_raw = data["dense"]
        assert isinstance(dense_raw, dict)
        dense = {str(k): float(v) for k, v in dense_raw.items()}
        return cls(bias=float(str(data["bias"])), dense=dense, hashed=hashed)

    def score(self, text: str) -> Score:
        """The check-worthiness of ``text`` with every non-zero contribution."""
        contributions: dict[str, float] = {"bias": self.bias}
        raw = _raw_tokens(text)
        low = _lower(raw)
        grams = _ngrams(["0" if t[0].isdigit() else t for t in low])  # (as _digit, inlined)
        weights = list(map(self._weights.__getitem__, grams))
        present = set(grams)
        if len(present) == len(grams):  # no repeated n-gram: nothing to add up
            contributions.update(_compact_distinct(grams, weights))
        else:
            per_gram: dict[Gram, float] = {}
            for gram, w in zip(grams, weights, strict=True):
                if w:
                    per_gram[gram] = per_gram.get(gram, 0.0) + w
            contributions.update(_compact(per_gram))
        fired = _fired(text, raw, low, present)
        for name in sorted(fired, key=_DENSE_ORDER.__getitem__):  # a few, in DENSE_FEATURES order
            w = self.dense.get(name, 0.0)
            if w:
                contributions[name] = w
        for name, value in _rules(text, present).items():
            if value:
                contributions[name] = RULE_WEIGHTS[name] * value
        logit = sum(contributions.values())
        value = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))
        return Score(value=value, features=contributions)


TOP_NGRAMS = 5
OTHER_NGRAMS = "ngrams (other)"


def _compact(per_gram: Mapping[Gram, float]) -> dict[str, float]:
    """The :data:`TOP_NGRAMS` largest n-gram contributions and the rest summed as one entry.

    Ties in size go to the n-gram whose name sorts first, so the choice is stable.
    """
    return _compact_distinct(list(per_gram), list(per_gram.values()))


def _compact_distinct(grams: list[Gram], weights: list[float]) -> dict[str, float]:
    """:func:`_compact` for n-grams that each occur once, given as two parallel lists."""
    sizes = list(map(abs, weights))
    cutoff = sorted(sizes, reverse=True)[TOP_NGRAMS - 1] if len(sizes) >= TOP_NGRAMS else 0.0
    if not cutoff:  # fewer than TOP_NGRAMS non-zero weights: all of them, by size
        named = [(gram_name(gram), w) for gram, w in zip(grams, weights, strict=True) if w]
        return dict(sorted(named, key=_by_size_then_name))
    chosen = itertools.compress(zip(grams, weights, strict=True), map(cutoff.__le__, sizes))
    # sorted as (-size, name) tuples: the order of _by_size_then_name without a call for each
    contenders = sorted([(-abs(w), gram_name(gram), w) for gram, w in chosen])
    top = {name: w for _, name, w in contenders[:TOP_NGRAMS]}
    # fsum is exact, so adding the top ones negated leaves exactly the sum of the rest
    rest = math.fsum(itertools.chain(weights, [-w for w in top.values()]))
    if rest:
        top[OTHER_NGRAMS] = rest
    return top


def _by_size_then_name(item: tuple[str, float]) -> tuple[float, str]:
    return -abs(item[1]), item[0]


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The model shipped in ``newsparse/data``."""
    path = resources.files("newsparse").joinpath("data").joinpath(WEIGHTS_RESOURCE)
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


def score(text: str) -> Score:
    """How check-worthy ``text`` is, by the shipped model: a value in [0, 1] and its features."""
    return default_model().score(text)


def top_features(features: Mapping[str, float], n: int = 5) -> list[tuple[str, float]]:
    """The ``n`` features that moved the score most, largest absolute contribution first."""
    items: Iterable[tuple[str, float]] = (kv for kv in features.items() if kv[0] != "bias")
    return sorted(items, key=lambda kv: -abs(kv[1]))[:n]
