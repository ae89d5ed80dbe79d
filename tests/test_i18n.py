"""Counts read as French does: « 0 contribution », « 1 contribution », « 2 contributions »."""

from __future__ import annotations

import pytest

from influence_app import i18n


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0 contribution"),
        (1, "1 contribution"),
        (2, "2 contributions"),
        (202, "202 contributions"),
    ],
)
def test_french_counts_zero_and_one_as_singular(n: int, expected: str) -> None:
    assert i18n.plural(n, "{n} contribution", "{n} contributions") == expected


def test_other_values_fill_the_chosen_form() -> None:
    text = i18n.plural(
        3, "« {title} » a reçu {n} vote.", "« {title} » a reçu {n} votes.", title="X"
    )
    assert text == "« X » a reçu 3 votes."


def test_without_a_catalogue_the_source_french_rule_applies() -> None:
    assert i18n.ngettext("{n} vote", "{n} votes", 0) == "{n} vote"
    assert i18n.ngettext("{n} vote", "{n} votes", 5) == "{n} votes"
