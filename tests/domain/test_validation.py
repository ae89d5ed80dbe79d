"""Field checks every service relies on: each refusal names the field and explains in French."""

from __future__ import annotations

import datetime as dt

import pytest

from influence_app.domain.enums import Role
from influence_app.domain.validation import (
    DomainValidationError,
    check_date_order,
    check_enum,
    check_hhmm,
    check_label,
    check_mastery,
    check_range,
    check_score,
    check_stance,
    check_text,
    french_date,
)


def refusal(check, *args) -> DomainValidationError:
    with pytest.raises(DomainValidationError) as info:
        check(*args)
    return info.value


def test_label_is_stripped_and_required():
    assert check_label("title", "  Clarté des objectifs \n") == "Clarté des objectifs"
    error = refusal(check_label, "title", "   ")
    assert (error.field, str(error)) == ("title", "Ce champ est obligatoire.")
    assert refusal(check_label, "title", None).field == "title"


def test_label_length_counts_characters_after_strip():
    assert check_label("title", " " + "é" * 500 + " ") == "é" * 500
    assert str(refusal(check_label, "title", "é" * 501)) == "500 caractères au plus (501 saisis)."


@pytest.mark.parametrize("bad", ["Titre\nsur deux lignes", "bip\x07", "tab\tulé", "x\x85y"])
def test_label_refuses_control_characters(bad):
    assert "Caractère de contrôle interdit" in str(refusal(check_label, "title", bad))


def test_text_keeps_line_breaks_and_tabs_but_not_other_controls():
    assert check_text("notes", "ligne 1\r\nligne\t2") == "ligne 1\r\nligne\t2"
    assert check_text("notes", "  ") is None
    assert "U+0000" in str(refusal(check_text, "notes", "a\x00b"))
    assert check_text("notes", "x" * 20000) == "x" * 20000
    assert refusal(check_text, "notes", "x" * 20001).field == "notes"


def test_score_ranges():
    assert check_score("impact", 5) == 5
    assert check_score("impact", None) is None
    assert check_mastery("mastery", 0) == 0
    assert check_stance("stance", -2) == -2
    assert str(refusal(check_score, "impact", 6)) == "Valeur attendue : un nombre entier de 1 à 5."
    assert "de 0 à 3" in str(refusal(check_mastery, "mastery", 4))
    assert "de -2 à 2" in str(refusal(check_stance, "stance", 3))
    assert str(refusal(check_score, "impact", None, True)) == "Ce champ est obligatoire."


@pytest.mark.parametrize("bad", [2.5, "3", True])
def test_scores_must_be_whole_numbers(bad):
    assert refusal(check_range, "points", bad, 1, 5).field == "points"


def test_enum_membership_lists_the_allowed_codes():
    assert check_enum("role", "salarie", Role) is Role.SALARIE
    assert check_enum("role", Role.BENEVOLE, Role) is Role.BENEVOLE
    error = refusal(check_enum, "role", "president", Role)
    assert str(error) == (
        "Valeur « president » inconnue : choisir parmi administrateur, salarie, benevole, "
        "facilitateur, observateur."
    )


def test_hhmm_is_normalised_or_refused_on_its_field():
    assert check_hhmm("start_time", "9h05") == "09:05"
    error = refusal(check_hhmm, "start_time", "25:00")
    assert error.field == "start_time"
    assert "Heure « 25:00 » impossible" in str(error)
    assert refusal(check_hhmm, "start_time", None).field == "start_time"


def test_end_date_may_equal_but_not_precede_the_start():
    check_date_order("end_date", dt.date(2026, 3, 12), dt.date(2026, 3, 12))
    check_date_order("end_date", dt.date(2026, 3, 12), None)
    error = refusal(check_date_order, "end_date", dt.date(2026, 3, 12), dt.date(2026, 3, 1))
    assert (error.field, str(error)) == (
        "end_date",
        "La fin (1er mars 2026) précède le début (12 mars 2026).",
    )


def test_french_date():
    assert french_date(dt.date(2026, 8, 15)) == "15 août 2026"
