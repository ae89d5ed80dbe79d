"""The bundled templates: the default three-day agenda and the lever/obstacle taxonomy."""

from __future__ import annotations

import json

import pytest

from influence_app import paths
from influence_app.domain.enums import Method

# DOMAIN.md, "Default three-day agenda": (title, method, minutes) of the working sessions.
DOMAIN_AGENDA = {
    1: [
        ("Accueil et cadre", "pleniere", 30),
        ("Carte d'identité des réseaux", "tour_de_table", 60),
        ("Qu'est-ce que l'influence pour nous ?", "un_deux_quatre_tous", 30),
        ("Nos récits d'influence", "tour_de_table", 45),
        ("Quels changements sociétaux voulons-nous ?", "world_cafe", 75),
        ("Des idées aux objectifs communs", "regroupement", 45),
        ("Qui partage quoi ?", "matrice_reseaux_objectifs", 20),
        ("Prioriser", "vote_a_points", 15),
        ("Clôture", "pleniere", 10),
    ],
    2: [
        ("Retour sur J1", "pleniere", 15),
        ("Qui faut-il convaincre ?", "cartographie_acteurs", 75),
        ("Forces motrices et forces de blocage", "champs_de_forces", 75),
        ("Les moyens propres à chaque réseau", "matrice_reseaux_leviers", 45),
        ("Hiérarchiser leviers et freins", "vote_a_points", 30),
        ("Clôture", "pleniere", 15),
    ],
    3: [
        ("Nos conditions internes", "auto_evaluation", 60),
        ("Idées d'actions", "un_deux_quatre_tous", 45),
        ("Trier les actions", "impact_effort", 45),
        ("Plans d'action SMART", "plan_action", 75),
        ("Relecture de la synthèse et engagements", "relecture", 45),
        ("Évaluation et clôture", "pleniere", 15),
    ],
}
THEMES = {
    1: "Partager un cap commun",
    2: "Leviers et freins",
    3: "Conditions et passage à l'action",
}

LEVER_LABELS = {
    "EXPERTISE": "Expertise et remontées de terrain",
    "PLAIDOYER": "Plaidoyer et propositions",
    "REPRESENTATION": "Représentation institutionnelle",
    "DECIDEURS": "Relations avec élus et administrations",
    "CO_CONSTRUCTION": "Co-construction et conventionnement",
    "MOBILISATION": "Mobilisation des membres",
    "ALLIANCES": "Alliances et coalitions inter-réseaux",
    "COMMUNICATION": "Communication, médias et récits",
    "INNOVATION": "Innovation et essaimage",
    "OPERATEUR": "Position d'opérateur de politiques publiques",
    "ANCRAGE": "Ancrage territorial",
    "COMPETENCES": "Formation des membres au plaidoyer",
    "LEGITIMITE": "Représentativité et vie démocratique interne",
    "VEILLE": "Veille et fenêtres d'opportunité",
    "CONTENTIEUX": "Contentieux et recours",
}
OBSTACLE_SCOPES = {
    "LEGITIMITE_PERDUE": "externe",
    "DECENTRALISATION": "externe",
    "FINANCEMENTS": "externe",
    "CONCURRENCE": "externe",
    "ESPACE_CIVIQUE": "externe",
    "DEPENDANCE": "externe",
    "INSTABILITE": "externe",
    "INVISIBILITE": "externe",
    "MOYENS_HUMAINS": "interne",
    "RENOUVELLEMENT": "interne",
    "CLARTE": "interne",
    "COHERENCE": "interne",
    "COHESION": "interne",
    "JEU_COLLECTIF": "interne",
    "MESURE": "interne",
}


def plain(text: str) -> str:
    """DOMAIN.md types straight apostrophes and spaces; the templates use French typography."""
    return text.replace("\u2019", "'").replace("\u202f", " ")


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


@pytest.fixture(scope="module")
def agenda() -> dict:
    return json.loads(paths.resource("templates", "default-agenda.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def taxonomy() -> dict:
    return json.loads(paths.resource("templates", "taxonomy.json").read_text("utf-8"))


def test_agenda_has_three_numbered_days_with_their_themes(agenda):
    assert [day["index"] for day in agenda["days"]] == [1, 2, 3]
    assert {day["index"]: plain(day["theme"]) for day in agenda["days"]} == THEMES


def test_each_day_chains_without_gap_from_0930_to_at_most_1700(agenda):
    for day in agenda["days"]:
        clock = minutes("09:30")
        for session in day["sessions"]:
            assert minutes(session["start_time"]) == clock, (day["index"], session["title"])
            clock += session["duration_min"]
        assert clock <= minutes("17:00"), day["index"]


def test_working_sessions_are_those_of_the_domain_in_order(agenda):
    for day in agenda["days"]:
        working = [
            (plain(s["title"]), s["method"], s["duration_min"])
            for s in day["sessions"]
            if s["method"] != "pause"
        ]
        assert working == DOMAIN_AGENDA[day["index"]]


def test_each_day_has_a_morning_break_a_lunch_and_an_afternoon_break(agenda):
    for day in agenda["days"]:
        breaks = [s for s in day["sessions"] if s["method"] == "pause"]
        starts = [minutes(s["start_time"]) for s in breaks]
        assert len(breaks) == 3, day["index"]
        assert starts[0] < minutes("12:30") <= starts[1] < starts[2]
        lunch = breaks[1]
        assert (lunch["start_time"], lunch["duration_min"]) == ("12:30", 75)


def test_every_session_has_a_known_method_and_a_french_objective(agenda):
    methods = {m.value for m in Method}
    for day in agenda["days"]:
        for session in day["sessions"]:
            assert session["method"] in methods
            objective = session["objective"]
            assert objective[0].isupper() and objective.endswith("."), objective
            assert "'" not in objective, "typographic apostrophes expected"


def test_world_cafe_fits_three_rounds_of_twenty_minutes(agenda):
    cafe = [s for d in agenda["days"] for s in d["sessions"] if s["method"] == "world_cafe"]
    assert len(cafe) == 1
    assert cafe[0]["duration_min"] >= 3 * 20
    assert "trois tours de 20 minutes" in cafe[0]["objective"]


def test_taxonomy_has_the_fifteen_levers_of_the_domain_without_scope(taxonomy):
    levers = [c for c in taxonomy["categories"] if c["kind"] == "levier"]
    assert {c["code"]: plain(c["label"]) for c in levers} == LEVER_LABELS
    assert all(c["scope"] is None for c in levers)


def test_taxonomy_has_the_fifteen_obstacles_with_their_scopes(taxonomy):
    obstacles = [c for c in taxonomy["categories"] if c["kind"] == "frein"]
    assert {c["code"]: c["scope"] for c in obstacles} == OBSTACLE_SCOPES


def test_taxonomy_codes_are_unique_and_every_category_is_described(taxonomy):
    codes = [c["code"] for c in taxonomy["categories"]]
    assert len(codes) == len(set(codes)) == 30
    for category in taxonomy["categories"]:
        assert category["description"].endswith("."), category["code"]
        assert "'" not in category["description"] + category["label"]
