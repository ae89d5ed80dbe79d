"""French labels of the domain's codes as the report prints them (keys are the archive codes)."""

from __future__ import annotations

from collections.abc import Mapping

from influence_app.i18n import _


def label(labels: Mapping[str, str], code: str | None) -> str:
    """The label of `code`, translated; an unknown code is shown as it is, never dropped."""
    if not code:
        return ""
    return _(labels[code]) if code in labels else code


def N_(message: str) -> str:  # noqa: N802  (the gettext marker's usual name)
    """Marks a message for extraction; `label` translates it when it is printed."""
    return message


FUNCTIONS = {
    "plaidoyer": N_("Plaidoyer"),
    "operateur": N_("Opérateur"),
    "accompagnement": N_("Accompagnement"),
    "animation": N_("Animation"),
    "ingenierie": N_("Ingénierie"),
    "pilotage": N_("Pilotage de projets"),
}

KINDS = {
    "sectoriel": N_("sectoriel"),
    "territorial": N_("territorial"),
    "collectif": N_("collectif"),
}

FINALITIES = {
    "se_renforcer": N_("Se renforcer"),
    "influencer": N_("Influencer"),
    "innover": N_("Innover"),
}

CRITERIA = {
    "clarte_objectifs": N_("Clarté des objectifs"),
    "coherence_actions": N_("Cohérence des actions"),
    "cohesion_equipe": N_("Cohésion d’équipe"),
    "legitimite_politique": N_("Légitimité politique"),
}

ROLES = {
    "administrateur": N_("administrateur·rice"),
    "salarie": N_("salarié·e"),
    "benevole": N_("bénévole"),
    "facilitateur": N_("animation"),
    "observateur": N_("observation"),
}

METHODS = {
    "pleniere": N_("Plénière"),
    "tour_de_table": N_("Tour de table"),
    "un_deux_quatre_tous": N_("1-2-4-tous"),
    "world_cafe": N_("World Café"),
    "regroupement": N_("Regroupement"),
    "matrice_reseaux_objectifs": N_("Matrice réseaux × objectifs"),
    "vote_a_points": N_("Vote à points"),
    "champs_de_forces": N_("Champs de forces"),
    "cartographie_acteurs": N_("Cartographie des acteurs"),
    "matrice_reseaux_leviers": N_("Matrice réseaux × leviers"),
    "auto_evaluation": N_("Auto-évaluation"),
    "impact_effort": N_("Impact / effort"),
    "plan_action": N_("Plan d’action SMART"),
    "relecture": N_("Relecture"),
    "pause": N_("Pause"),
    "autre": N_("Autre"),
}

SESSION_STATUSES = {
    "prevue": N_("prévue"),
    "en_cours": N_("en cours"),
    "terminee": N_("tenue"),
}

GOAL_STATUSES = {
    "candidat": N_("candidat"),
    "retenu": N_("retenu"),
    "ecarte": N_("écarté"),
}

INVOLVEMENTS = {
    "porte": N_("porte"),
    "soutient": N_("soutient"),
    "interesse": N_("intéressé"),
}

STAKEHOLDER_TYPES = {
    "elu": N_("élu·e"),
    "ministere": N_("ministère"),
    "administration": N_("administration"),
    "collectivite": N_("collectivité"),
    "parlementaire": N_("parlementaire"),
    "media": N_("média"),
    "association": N_("association"),
    "entreprise": N_("entreprise"),
    "fondation": N_("fondation"),
    "autre": N_("autre"),
}

LEVELS = {
    "local": N_("local"),
    "regional": N_("régional"),
    "national": N_("national"),
    "europeen": N_("européen"),
}

# The same words as the stakeholder map's legend.
STANCES = {
    "-2": N_("Très opposé"),
    "-1": N_("Plutôt opposé"),
    "0": N_("Neutre"),
    "1": N_("Plutôt favorable"),
    "2": N_("Très favorable"),
}

SCOPES = {"interne": N_("interne"), "externe": N_("externe")}

ACTION_STATUSES = {
    "a_faire": N_("à faire"),
    "en_cours": N_("en cours"),
    "fait": N_("fait"),
    "abandonne": N_("abandonné"),
}

CONTRIBUTION_KINDS = {
    "idee": N_("idée"),
    "recit": N_("récit"),
    "question": N_("question"),
    "objectif": N_("objectif"),
    "levier": N_("levier"),
    "frein": N_("frein"),
    "action": N_("action"),
    "parking": N_("parking"),
}

VOTE_TARGETS = {
    "goal": N_("objectifs"),
    "factor": N_("leviers et freins"),
    "action": N_("actions"),
    "contribution": N_("contributions"),
}

MASTERY = (N_("aucune"), N_("faible"), N_("moyenne"), N_("forte"))
