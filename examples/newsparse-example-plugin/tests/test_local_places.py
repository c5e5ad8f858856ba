"""Tests of the example plugin, written with newsparse.testing as a plugin author would."""

import newsparse_example_plugin

from newsparse.testing import assert_spans_valid, run_plugin, span_texts


def test_finds_the_sample_places() -> None:
    """The bundled sample tags Pavlohrad and Dnipro, whole words only."""
    analysis = run_plugin(
        newsparse_example_plugin, "Shelling hit Pavlohrad and Dnipro, not Dniprovia."
    )
    assert_spans_valid(analysis)
    assert span_texts(analysis.locations) == ["Pavlohrad", "Dnipro"]
    assert {loc.extractor for loc in analysis.locations} == {"newsparse_example_plugin"}


def test_reads_the_csv_named_by_the_environment(tmp_path, monkeypatch) -> None:
    """NEWSPARSE_LOCAL_PLACES replaces the sample with the user's own list."""
    csv_file = tmp_path / "places.csv"
    csv_file.write_text(
        "name,aliases,feature,country_code,latitude,longitude\nSpringfield,,city,US,39.8,-89.65\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("NEWSPARSE_LOCAL_PLACES", str(csv_file))
    analysis = run_plugin(newsparse_example_plugin, "Springfield voted; Dnipro did not.")
    assert [(loc.text, loc.latitude) for loc in analysis.locations] == [("Springfield", 39.8)]
