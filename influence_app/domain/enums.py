"""Closed vocabularies of the seminar domain; values are the archive v1 codes."""

from __future__ import annotations

from enum import StrEnum


class NetworkFunction(StrEnum):
    PLAIDOYER = "plaidoyer"
    OPERATEUR = "operateur"
    ACCOMPAGNEMENT = "accompagnement"
    ANIMATION = "animation"
    INGENIERIE = "ingenierie"
    PILOTAGE = "pilotage"


class NetworkKind(StrEnum):
    SECTORIEL = "sectoriel"
    TERRITORIAL = "territorial"
    COLLECTIF = "collectif"


class Finality(StrEnum):
    SE_RENFORCER = "se_renforcer"
    INFLUENCER = "influencer"
    INNOVER = "innover"


class Criterion(StrEnum):
    CLARTE_OBJECTIFS = "clarte_objectifs"
    COHERENCE_ACTIONS = "coherence_actions"
    COHESION_EQUIPE = "cohesion_equipe"
    LEGITIMITE_POLITIQUE = "legitimite_politique"


class Role(StrEnum):
    ADMINISTRATEUR = "administrateur"
    SALARIE = "salarie"
    BENEVOLE = "benevole"
    FACILITATEUR = "facilitateur"
    OBSERVATEUR = "observateur"


class FactorKind(StrEnum):
    LEVIER = "levier"
    FREIN = "frein"


class Scope(StrEnum):
    INTERNE = "interne"
    EXTERNE = "externe"


class Method(StrEnum):
    PLENIERE = "pleniere"
    TOUR_DE_TABLE = "tour_de_table"
    UN_DEUX_QUATRE_TOUS = "un_deux_quatre_tous"
    WORLD_CAFE = "world_cafe"
    REGROUPEMENT = "regroupement"
    MATRICE_RESEAUX_OBJECTIFS = "matrice_reseaux_objectifs"
    VOTE_A_POINTS = "vote_a_points"
    CHAMPS_DE_FORCES = "champs_de_forces"
    CARTOGRAPHIE_ACTEURS = "cartographie_acteurs"
    MATRICE_RESEAUX_LEVIERS = "matrice_reseaux_leviers"
    AUTO_EVALUATION = "auto_evaluation"
    IMPACT_EFFORT = "impact_effort"
    PLAN_ACTION = "plan_action"
    RELECTURE = "relecture"
    PAUSE = "pause"
    AUTRE = "autre"


class SessionStatus(StrEnum):
    PREVUE = "prevue"
    EN_COURS = "en_cours"
    TERMINEE = "terminee"


class ContributionKind(StrEnum):
    IDEE = "idee"
    RECIT = "recit"
    QUESTION = "question"
    OBJECTIF = "objectif"
    LEVIER = "levier"
    FREIN = "frein"
    ACTION = "action"
    PARKING = "parking"


class GoalStatus(StrEnum):
    CANDIDAT = "candidat"
    RETENU = "retenu"
    ECARTE = "ecarte"


class Involvement(StrEnum):
    PORTE = "porte"
    SOUTIENT = "soutient"
    INTERESSE = "interesse"


class StakeholderType(StrEnum):
    ELU = "elu"
    MINISTERE = "ministere"
    ADMINISTRATION = "administration"
    COLLECTIVITE = "collectivite"
    PARLEMENTAIRE = "parlementaire"
    MEDIA = "media"
    ASSOCIATION = "association"
    ENTREPRISE = "entreprise"
    FONDATION = "fondation"
    AUTRE = "autre"


class Level(StrEnum):
    LOCAL = "local"
    REGIONAL = "regional"
    NATIONAL = "national"
    EUROPEEN = "europeen"


class VoteTarget(StrEnum):
    GOAL = "goal"
    FACTOR = "factor"
    ACTION = "action"
    CONTRIBUTION = "contribution"


class Weighting(StrEnum):
    AUCUNE = "aucune"
    PAR_RESEAU = "par_reseau"


class VoteSource(StrEnum):
    SAISIE = "saisie"
    PAPIER = "papier"


class ActionStatus(StrEnum):
    A_FAIRE = "a_faire"
    EN_COURS = "en_cours"
    FAIT = "fait"
    ABANDONNE = "abandonne"
