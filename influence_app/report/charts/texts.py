"""The words the charts print themselves, in French, through gettext."""

from __future__ import annotations

from influence_app.i18n import _

# French typography: a narrow no-break space before « : » and inside guillemets.
NNBSP = "\u202f"


def no_data() -> str:
    return _("Aucune donnée")


def tied() -> str:
    return _("ex æquo")


def levers_total(total: int) -> str:
    return _("Leviers{nnbsp}: {total}").format(nnbsp=NNBSP, total=total)


def obstacles_total(total: int) -> str:
    return _("Freins{nnbsp}: {total}").format(nnbsp=NNBSP, total=total)


def levers() -> str:
    return _("Leviers")


def obstacles() -> str:
    return _("Freins")


def stakeholder_quadrants() -> dict[tuple[bool, bool], str]:
    """Quadrant names keyed by (high power, high interest)."""
    return {
        (True, True): _("Acteurs clés"),
        (True, False): _("À satisfaire"),
        (False, True): _("À informer"),
        (False, False): _("À surveiller"),
    }


def action_quadrants() -> dict[tuple[bool, bool], str]:
    """Quadrant names keyed by (high impact, high effort), as in domain/actions.py."""
    return {
        (True, False): _("Gains rapides"),
        (True, True): _("Projets majeurs"),
        (False, False): _("Compléments"),
        (False, True): _("Tâches ingrates"),
    }


def power() -> str:
    return _("Pouvoir")


def interest() -> str:
    return _("Intérêt")


def impact() -> str:
    return _("Impact")


def effort() -> str:
    return _("Effort")


def stance_names() -> dict[int, str]:
    return {
        -2: _("Très opposé"),
        -1: _("Plutôt opposé"),
        0: _("Neutre"),
        1: _("Plutôt favorable"),
        2: _("Très favorable"),
    }


def stance_unknown() -> str:
    return _("Non évaluée")


def stance_legend() -> str:
    return _("Position actuelle{nnbsp}:").format(nnbsp=NNBSP)


def desired_ring() -> str:
    return _("Anneau{nnbsp}: position souhaitée (même code couleur)").format(nnbsp=NNBSP)


def mean(value: str) -> str:
    return _("moyenne {value}").format(value=value)


def not_scored() -> str:
    return _("non renseigné")


def score_scale() -> str:
    return _("Note de 1 à 5")


def mean_line() -> str:
    return _("Moyenne des réseaux")


def network_score() -> str:
    return _("Note du réseau (1 à 5)")
