"""Check-worthiness scoring: a calibrated score in [0, 1] with inspectable features."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.checkworthy import (
    OTHER_NGRAMS,
    RULE_WEIGHTS,
    default_model,
    dense_features,
    ngrams,
    rule_features,
    score,
    top_features,
)


def test_statistic_scores_above_threshold() -> None:
    """A sentence with a statistic and a comparison is check-worthy."""
    result = score("Unemployment fell to 4 percent last year, the lowest rate since 1969.")
    assert result.value >= 0.5


def test_small_talk_scores_below_threshold() -> None:
    """Greetings and thanks are not check-worthy."""
    assert score("Thank you all for coming tonight.").value < 0.5
    assert score("Let me say hello to my friends here.").value < 0.5


def test_features_sum_to_the_logit() -> None:
    """The features are contributions to the log-odds: their sum gives back the score."""
    result = score("The deficit doubled because taxes were cut by 20 percent.")
    logit = sum(result.features.values())
    assert math.isclose(1 / (1 + math.exp(-logit)), result.value, abs_tol=1e-3)
    assert "bias" in result.features


def test_features_stay_small_and_sum_to_the_logit() -> None:
    """A long sentence keeps at most 5 n-grams by name plus one aggregate, summing to the logit."""
    text = (
        "The government said unemployment fell to 4.2 percent in March, the lowest rate since "
        "1969, while wages grew faster than prices for the first time in two years across "
        "every region of the country except the north."
    )
    result = score(text)
    grams = [k for k in result.features if k.startswith(("word:", "pair:"))]
    assert 0 < len(grams) <= 5
    assert OTHER_NGRAMS in result.features
    named = set(dense_features(text)) | set(rule_features(text)) | {"bias", OTHER_NGRAMS}
    assert set(result.features) - set(grams) <= named
    logit = sum(result.features.values())
    assert math.isclose(1 / (1 + math.exp(-logit)), result.value, abs_tol=1e-9)


def test_linguistic_features_fire() -> None:
    """Numbers, percentages, money, superlatives, causal words and records are detected."""
    feats = dense_features(
        "It cost $5 million, 20% more than the largest plan, because of a record."
    )
    for name in ("number", "percent", "money", "comparative", "superlative", "causal", "record"):
        assert feats[name] == 1.0, name


def test_weather_report_is_held_down() -> None:
    """A forecast full of numbers stays below the threshold, by the weather rule."""
    result = score(
        "Forecasters expect showers and highs of 25 degrees Celsius, with gusts of 60 km/h."
    )
    assert result.value < 0.5
    assert result.features["weather"] == RULE_WEIGHTS["weather"]


def test_sports_score_is_held_down() -> None:
    """A match result stays below the threshold, by the sports rule."""
    result = score("The visitors won the match 3-1 after two goals in the second half.")
    assert result.value < 0.5
    assert "sports_score" in result.features


def test_boilerplate_is_held_down() -> None:
    """Site furniture stays below the threshold, by the boilerplate rule."""
    assert rule_features("Copyright 2024 Example News. All rights reserved.")["boilerplate"] == 1.0
    assert score("Sign up for our newsletter to get 50% off the first 3 months.").value < 0.5


def test_ngrams_normalise_digits() -> None:
    """Digits become one token so that figures generalise; bigrams are formed."""
    grams = ngrams("Taxes rose 12.5 percent")
    assert "word:0" in grams
    assert "pair:rose 0" in grams


def test_top_features_ranked_by_magnitude() -> None:
    """top_features returns the strongest contributions first, without the bias."""
    ranked = top_features({"bias": -3.0, "a": 0.1, "b": -2.0, "c": 1.0}, n=2)
    assert ranked == [("b", -2.0), ("c", 1.0)]


def test_model_is_small_and_loaded_once() -> None:
    """The shipped model loads from package data and is cached."""
    assert default_model() is default_model()
    assert len(default_model().hashed) >= 1024


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_score_in_unit_interval_for_any_text(text: str) -> None:
    """Any text gets a score in [0, 1] and finite features."""
    result = score(text)
    assert 0.0 <= result.value <= 1.0
    assert all(math.isfinite(v) for v in result.features.values())
