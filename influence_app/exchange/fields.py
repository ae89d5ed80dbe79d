"""How archive v1 fields map onto model attributes (shared by export and import)."""

from __future__ import annotations

FORMAT = "influence-seminar"
VERSION = 1

# Scalar fields of each collection's items, in the schema's order. Nested lists (attendance,
# goal networks, votes, …) are handled by the exporter and importer themselves.
SEMINAR_FIELDS: tuple[str, ...] = (
    "title",
    "programme",
    "organiser",
    "location",
    "start_date",
    "end_date",
    "context",
    "language",
    "anonymous_authors",
)

SCALAR_FIELDS: dict[str, tuple[str, ...]] = {
    "days": ("id", "index", "date", "theme"),
    "sessions": (
        "id",
        "day",
        "position",
        "start_time",
        "duration_min",
        "title",
        "method",
        "objective",
        "status",
    ),
    "networks": (
        "id",
        "name",
        "acronym",
        "kind",
        "sector",
        "member_count",
        "functions",
        "description",
    ),
    "participants": ("id", "name", "network", "role", "job_title", "named_in_report"),
    "categories": ("id", "kind", "code", "label", "scope", "description"),
    "contributions": (
        "id",
        "session",
        "text",
        "kind",
        "author",
        "network",
        "table_no",
        "round",
        "cluster",
        "merged_into",
        "created_at",
    ),
    "goals": ("id", "title", "description", "finality", "status"),
    "factors": (
        "id",
        "kind",
        "goal",
        "title",
        "description",
        "category",
        "strength",
        "controllability",
        "functions",
    ),
    "stakeholders": (
        "id",
        "name",
        "type",
        "level",
        "power",
        "interest",
        "stance",
        "desired_stance",
        "notes",
    ),
    "vote_rounds": (
        "id",
        "session",
        "label",
        "target",
        "points_per_participant",
        "max_points_per_item",
        "weighting",
        "closed",
    ),
    "assessments": ("network", "criterion", "score", "comment"),
    "actions": (
        "id",
        "title",
        "description",
        "goal",
        "factor",
        "stakeholder",
        "owner",
        "lead_network",
        "due_date",
        "indicator",
        "impact",
        "effort",
        "status",
    ),
}

VOTE_FIELDS: tuple[str, ...] = ("item", "points", "participant", "network", "source")

# A reference field `x` in the archive is the attribute `x_id` on the model.
_REFERENCE_FIELDS = frozenset(
    {"day", "session", "network", "author", "goal", "category", "factor", "stakeholder"}
    | {"owner", "lead_network", "participant", "item", "merged_into"}
)

DATE_FIELDS = frozenset({"start_date", "end_date", "date", "due_date"})

# Which collection a vote's `item` lives in, by its round's `target`.
VOTE_TARGETS: dict[str, str] = {
    "goal": "goals",
    "factor": "factors",
    "action": "actions",
    "contribution": "contributions",
}


def attribute(field: str) -> str:
    """The model attribute holding archive field `field`."""
    return f"{field}_id" if field in _REFERENCE_FIELDS else field
