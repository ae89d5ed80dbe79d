"""The lever and obstacle taxonomy: codes, scope for obstacles only, order within a kind."""

from __future__ import annotations

import pytest

from influence_app.services.categories import CategoryService
from influence_app.services.errors import InUse, ValidationError
from influence_app.services.factors import FactorService


def test_add_goes_last_of_its_kind_and_persists(document, reopen):
    added = CategoryService(document).add(
        kind="frein", code="FATIGUE", label="Fatigue militante", scope="interne"
    )
    obstacles = CategoryService(reopen()).list_kind("frein")
    assert obstacles[-1].id == added.id
    assert (obstacles[-1].label, obstacles[-1].scope) == ("Fatigue militante", "interne")


def test_scope_is_only_for_obstacles(document):
    categories = CategoryService(document)
    with pytest.raises(ValidationError) as refused:
        categories.add(kind="levier", label="Presse", scope="externe")
    assert refused.value.field == "scope"
    assert "seuls les freins ont une portée" in str(refused.value)
    obstacle = categories.list_kind("frein")[0]
    with pytest.raises(ValidationError):
        categories.update(obstacle.id, kind="levier")
    categories.update(obstacle.id, kind="levier", scope=None)
    assert categories.get(obstacle.id).kind == "levier"


@pytest.mark.parametrize(
    ("code", "message"),
    [("presse", "majuscules, chiffres"), ("EXPERTISE", "« EXPERTISE » est déjà pris")],
)
def test_codes_are_upper_case_and_unique(document, code, message):
    with pytest.raises(ValidationError, match=message) as refused:
        CategoryService(document).add(kind="levier", code=code, label="Presse")
    assert refused.value.field == "code"


def test_rename_keeps_the_code(document, reopen):
    lever = CategoryService(document).list_kind("levier")[0]
    CategoryService(document).rename(lever.id, "Expertise de terrain")
    renamed = CategoryService(reopen()).get(lever.id)
    assert (renamed.code, renamed.label) == ("EXPERTISE", "Expertise de terrain")


def test_reorder_within_a_kind_leaves_the_other_kind_alone(document, reopen):
    categories = CategoryService(document)
    obstacles_before = [c.id for c in categories.list_kind("frein")]
    levers = [c.id for c in categories.list_kind("levier")]
    categories.move(levers[14], 0)
    document = reopen()
    assert [c.id for c in CategoryService(document).list_kind("levier")] == [
        levers[14],
        *levers[:14],
    ]
    assert [c.id for c in CategoryService(document).list_kind("frein")] == obstacles_before


def test_delete_of_a_used_category_asks_first(document, reopen):
    lever = CategoryService(document).list_kind("levier")[0]
    factor = FactorService(document).add(kind="levier", title="Études", category_id=lever.id)
    with pytest.raises(InUse) as refused:
        CategoryService(document).delete(lever.id)
    assert refused.value.dependents == {"factors": 1}
    CategoryService(document).delete(lever.id, force=True)
    assert FactorService(reopen()).get(factor.id).category_id is None
