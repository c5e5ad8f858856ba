"""The packaged gazetteer: lazy single load, lookup and resource parsing."""

from __future__ import annotations

from newsparse import gazetteer


def test_load_is_shared() -> None:
    """The gazetteer is loaded once and the same object is returned afterwards."""
    assert gazetteer.load() is gazetteer.load()


def test_lookup_is_case_sensitive_and_ranked() -> None:
    """Lookup is by exact surface form, most important place first."""
    gaz = gazetteer.load()
    assert gaz.lookup("nice") == ()
    paris = gaz.lookup("Paris")
    assert paris[0].country_code == "FR"
    assert [p.importance for p in paris] == sorted((p.importance for p in paris), reverse=True)


def test_parse_rows_and_first_word_index() -> None:
    """Rows give one place under each alias; the index knows the longest form per first word."""
    rows = [
        "1\tcity\tSan Tomas\tXX\t01\t1.5\t2.5\t100\tSan Tomas|San Tomas del Norte\n",
        "broken row\n",
    ]
    gaz = gazetteer.parse(rows)
    assert gaz.lookup("San Tomas del Norte")[0].geonameid == 1
    assert gaz.max_words["San"] == 4
    assert len(gaz) == 2
