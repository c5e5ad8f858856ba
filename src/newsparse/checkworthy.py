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
log-odds (``bias`` included), so ``sum(features.values())`` is the logit. The bias is set so
that 0.5 is the threshold that maximised cross-validated F1 on the training data.
"""

from __future__ import annotations

import base64
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
_NUMBER = regex.compile(
    r"\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|"
    r"trillions?|dozens?|half|twice|triple[ds]?|double[ds]?|quarter)\b",
    regex.IGNORECASE,
)
_PERCENT = regex.compile(r"%|\bper ?cent(?:age)?\b|\bpercentage points?\b", regex.IGNORECASE)
_MONEY = regex.compile(
    r"[$€£¥]\s?\p{N}|\b(?:dollars?|euros?|pounds? sterling|cents?|budget|deficit|debt|taxe?s?|"
    r"spending|spent|cost|costs|paid|funding|revenue|salary|salaries|wages?|GDP)\b",
    regex.IGNORECASE,
)
_YEAR = regex.compile(r"\b(?:1[89]|20)\p{N}\p{N}s?\b")
_COMPARATIVE = regex.compile(
    r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|"
    r"slower|cheaper|richer|poorer|stronger|weaker|older|younger|\p{L}{3,}er)\s+than\b|"
    r"\b(?:increase[ds]?|decrease[ds]?|doubled|tripled|rose|risen|fell|fallen|dropped|"
    r"grew|grown|declined|cut|raised|reduced|up|down)\b",
    regex.IGNORECASE,
)
_SUPERLATIVE = regex.compile(
    r"\b(?:most|least|best|worst|largest|biggest|highest|lowest|greatest|fastest|"
    r"longest|shortest|strongest|weakest|deadliest|worst-ever|only|every|all|none|nobody|"
    r"never|always)\b",
    regex.IGNORECASE,
)
_CAUSAL = regex.compile(
    r"\b(?:because|caused?|causes|causing|due to|led to|leads? to|result(?:ed|s)? in|"
    r"as a result|thanks to|responsible for|blamed?|therefore|consequently|so that)\b",
    regex.IGNORECASE,
)
_RECORD = regex.compile(
    r"\b(?:records?|first|unprecedented|all-time|historic|never before|for the first time|"
    r"since \p{N}{4}|in history|ever)\b",
    regex.IGNORECASE,
)
_ENTITY = regex.compile(r"(?<=\p{L}[,;:]?\s{1,3})\p{Lu}\p{Ll}+|\b\p{Lu}{2,}\b")
_FIRST_PERSON = regex.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|mine)\b")
_WE = regex.compile(r"\b(?:we|we're|we've|we'll|us|our)\b", regex.IGNORECASE)
_YOU = regex.compile(r"\b(?:you|you're|your)\b", regex.IGNORECASE)
_FUTURE = regex.compile(
    r"\b(?:will|'ll|going to|gonna|should|must|need to|needs to|have to|has to|want to|"
    r"wants to|plan to|hope|let's|let us|would like)\b",
    regex.IGNORECASE,
)
_OPINION = regex.compile(
    r"\b(?:think|believe|feel|felt|guess|suppose|seems?|opinion|wrong|right|good|great|bad|"
    r"wonderful|terrible|proud)\b",
    regex.IGNORECASE,
)
_PAST_FACT = regex.compile(
    r"\b(?:was|were|had|has been|have been|did|voted|passed|signed|created|lost|won|killed|"
    r"died)\b",
    regex.IGNORECASE,
)
_QUESTION = regex.compile(r"\?\s*[\"”’']*\s*$")

# Rule features: what labelled debate sentences cannot teach, with fixed weights.
_WEATHER = regex.compile(
    r"\b(?:forecasts?|forecasters?|temperatures?|degrees (?:celsius|fahrenheit|[CF])\b|"
    r"°[CF]?|showers|rain(?:fall|y)?|snow(?:fall)?|sunny|cloudy|drizzle|thunderstorms?|"
    r"humidity|highs? of|lows? of|wind chill|heat ?wave|mph winds|gusts?)",
    regex.IGNORECASE,
)
_SPORTS = regex.compile(
    r"\b\p{N}{1,3}\s?[-–:]\s?\p{N}{1,3}\b(?=[^.!?]{0,80}\b(?:wins?|won|victory|defeat(?:ed)?|"
    r"beat|lost|draw|drew|match|game|goals?|points?|innings|half|quarter|season|league|cup)\b)|"
    r"\b(?:wins?|won|victory|defeat(?:ed)?|beat|lost|drew|leads?)\b[^.!?]{0,60}"
    r"\b\p{N}{1,3}\s?[-–:]\s?\p{N}{1,3}\b|"
    r"\b(?:scored|touchdowns?|hat-trick|halftime|half-time|goalkeeper|striker|quarterback|"
    r"penalty kick|free kick|home run|innings|playoffs?|kick-?off)\b",
    regex.IGNORECASE,
)
_BOILERPLATE = regex.compile(
    r"\b(?:all rights reserved|copyright|subscribe|newsletter|sign up|click here|"
    r"follow us|read more|cookies?|terms of (?:use|service)|privacy policy|"
    r"contributed (?:to )?(?:this )?report(?:ing)?|editing by|reporting by|"
    r"related:|advertisement|share this|this story has been (?:updated|corrected))\b|©",
    regex.IGNORECASE,
)
RULE_WEIGHTS: Mapping[str, float] = {"weather": -4.0, "sports_score": -4.0, "boilerplate": -6.0}

_PATTERN_FEATURES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("number", _NUMBER),
    ("percent", _PERCENT),
    ("money", _MONEY),
    ("year", _YEAR),
    ("comparative", _COMPARATIVE),
    ("superlative", _SUPERLATIVE),
    ("causal", _CAUSAL),
    ("record", _RECORD),
    ("named_entity", _ENTITY),
    ("first_person", _FIRST_PERSON),
    ("we", _WE),
    ("you", _YOU),
    ("future_or_modal", _FUTURE),
    ("opinion", _OPINION),
    ("past_event", _PAST_FACT),
)
DENSE_FEATURES: tuple[str, ...] = (
    *(name for name, _ in _PATTERN_FEATURES),
    "question",
    "short",
    "long",
)
_MAX_CHARS = 2000


@attrs.frozen(kw_only=True)
class Score:
    """A check-worthiness score in [0, 1] and each feature's contribution to its log-odds."""

    value: float
    features: Mapping[str, float]


def _tokens(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text):
        out.append("0" if tok[0].isdigit() else tok.lower().replace("’", "'"))
    return out


def ngrams(text: str) -> list[str]:
    """The word unigrams (``word:``) and bigrams (``pair:``) of ``text``; digits become ``0``."""
    toks = _tokens(text[:_MAX_CHARS])
    grams = [f"word:{t}" for t in toks]
    grams.extend(f"pair:{a} {b}" for a, b in zip(toks, toks[1:]))
    return grams


def dense_features(text: str) -> dict[str, float]:
    """The linguistic features of ``text`` (values 0 or 1), in :data:`DENSE_FEATURES` order."""
    text = text[:_MAX_CHARS]
    out = {name: 1.0 if pattern.search(text) else 0.0 for name, pattern in _PATTERN_FEATURES}
    n_words = len(_TOKEN.findall(text))
    out["question"] = 1.0 if _QUESTION.search(text) else 0.0
    out["short"] = 1.0 if n_words < 7 else 0.0
    out["long"] = 1.0 if n_words > 30 else 0.0
    return out


def rule_features(text: str) -> dict[str, float]:
    """Which of the fixed-weight rules (weather, sports score, boilerplate) fire on ``text``."""
    text = text[:_MAX_CHARS]
    return {
        "weather": 1.0 if len(_WEATHER.findall(text)) >= 2 else 0.0,
        "sports_score": 1.0 if _SPORTS.search(text) else 0.0,
        "boilerplate": 1.0 if _BOILERPLATE.search(text) else 0.0,
    }


def bucket(gram: str, buckets: int) -> int:
    """The hash bucket of an n-gram (CRC-32, stable across runs and platforms)."""
    return zlib.crc32(gram.encode("utf-8")) % buckets


@attrs.frozen(kw_only=True)
class Model:
    """Weights of the logistic model: bias, dense feature weights and hashed n-gram weights."""

    bias: float
    dense: Mapping[str, float]
    hashed: tuple[float, ...]

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
        buckets = len(self.hashed)
        if buckets:
            for gram in ngrams(text):
                w = self.hashed[bucket(gram, buckets)]
                if w:
                    contributions[gram] = contributions.get(gram, 0.0) + w
        for name, value in dense_features(text).items():
            w = self.dense.get(name, 0.0) * value
            if w:
                contributions[name] = w
        for name, value in rule_features(text).items():
            if value:
                contributions[name] = RULE_WEIGHTS[name] * value
        logit = sum(contributions.values())
        value = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))
        return Score(value=value, features={k: round(v, 4) for k, v in contributions.items()})


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
