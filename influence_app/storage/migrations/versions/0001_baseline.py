"""Baseline: every table of domain/models.py as of schema 1.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Types are frozen here as plain SQLAlchemy types (sa.String, not sqlmodel's AutoString): a
migration must keep producing the same schema whatever later versions of the libraries do.
"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# Revision ids are zero-padded schema numbers: the number also goes into PRAGMA user_version.
revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "category",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=True),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("scope", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "day",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("theme", sa.String(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "draft",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("saved_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("finality", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "network",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("acronym", sa.String(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sector", sa.String(), nullable=True),
        sa.Column("member_count", sa.Integer(), nullable=True),
        sa.Column("functions", sa.JSON(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "seminar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("programme", sa.String(), nullable=True),
        sa.Column("organiser", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("context", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("anonymous_authors", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "stakeholder",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=True),
        sa.Column("level", sa.String(), nullable=True),
        sa.Column("power", sa.Integer(), nullable=True),
        sa.Column("interest", sa.Integer(), nullable=True),
        sa.Column("stance", sa.Integer(), nullable=True),
        sa.Column("desired_stance", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "agenda_session",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("day_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.String(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=True),
        sa.Column("objective", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["day_id"], ["day.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agenda_session_day_id", "agenda_session", ["day_id"])
    op.create_table(
        "assessment",
        sa.Column("network_id", sa.String(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("network_id", "criterion"),
    )
    op.create_table(
        "factor",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("goal_id", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("category_id", sa.String(), nullable=True),
        sa.Column("strength", sa.Integer(), nullable=True),
        sa.Column("controllability", sa.Integer(), nullable=True),
        sa.Column("functions", sa.JSON(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_factor_category_id", "factor", ["category_id"])
    op.create_index("ix_factor_goal_id", "factor", ["goal_id"])
    op.create_table(
        "goal_network",
        sa.Column("goal_id", sa.String(), nullable=False),
        sa.Column("network_id", sa.String(), nullable=False),
        sa.Column("involvement", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("goal_id", "network_id"),
    )
    op.create_table(
        "participant",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("network_id", sa.String(), nullable=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("job_title", sa.String(), nullable=True),
        sa.Column("named_in_report", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_participant_network_id", "participant", ["network_id"])
    op.create_table(
        "stakeholder_access",
        sa.Column("stakeholder_id", sa.String(), nullable=False),
        sa.Column("network_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholder.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("stakeholder_id", "network_id"),
    )
    op.create_table(
        "stakeholder_goal",
        sa.Column("stakeholder_id", sa.String(), nullable=False),
        sa.Column("goal_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholder.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("stakeholder_id", "goal_id"),
    )
    op.create_table(
        "action",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("goal_id", sa.String(), nullable=True),
        sa.Column("factor_id", sa.String(), nullable=True),
        sa.Column("stakeholder_id", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("lead_network_id", sa.String(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("indicator", sa.String(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column("effort", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["factor_id"], ["factor.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["lead_network_id"], ["network.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["owner_id"], ["participant.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholder.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_action_factor_id", "action", ["factor_id"])
    op.create_index("ix_action_goal_id", "action", ["goal_id"])
    op.create_index("ix_action_lead_network_id", "action", ["lead_network_id"])
    op.create_index("ix_action_owner_id", "action", ["owner_id"])
    op.create_index("ix_action_stakeholder_id", "action", ["stakeholder_id"])
    op.create_table(
        "attendance",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("day_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["day_id"], ["day.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("participant_id", "day_id"),
    )
    op.create_table(
        "contribution",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("author_id", sa.String(), nullable=True),
        sa.Column("network_id", sa.String(), nullable=True),
        sa.Column("table_no", sa.Integer(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=True),
        sa.Column("cluster", sa.String(), nullable=True),
        sa.Column("merged_into_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=True),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["participant.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["merged_into_id"], ["contribution.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["agenda_session.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contribution_author_id", "contribution", ["author_id"])
    op.create_index("ix_contribution_merged_into_id", "contribution", ["merged_into_id"])
    op.create_index("ix_contribution_network_id", "contribution", ["network_id"])
    op.create_index("ix_contribution_session_id", "contribution", ["session_id"])
    op.create_index("ix_contribution_sort_key", "contribution", ["sort_key"])
    op.create_table(
        "factor_network",
        sa.Column("factor_id", sa.String(), nullable=False),
        sa.Column("network_id", sa.String(), nullable=False),
        sa.Column("mastery", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["factor_id"], ["factor.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("factor_id", "network_id"),
    )
    op.create_table(
        "vote_round",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=True),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("points_per_participant", sa.Integer(), nullable=False),
        sa.Column("max_points_per_item", sa.Integer(), nullable=True),
        sa.Column("weighting", sa.String(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["agenda_session.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_vote_round_session_id", "vote_round", ["session_id"])
    op.create_table(
        "action_network",
        sa.Column("action_id", sa.String(), nullable=False),
        sa.Column("network_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("action_id", "network_id"),
    )
    op.create_table(
        "action_source",
        sa.Column("action_id", sa.String(), nullable=False),
        sa.Column("contribution_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contribution_id"], ["contribution.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("action_id", "contribution_id"),
    )
    op.create_table(
        "factor_source",
        sa.Column("factor_id", sa.String(), nullable=False),
        sa.Column("contribution_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["contribution_id"], ["contribution.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["factor_id"], ["factor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("factor_id", "contribution_id"),
    )
    op.create_table(
        "goal_source",
        sa.Column("goal_id", sa.String(), nullable=False),
        sa.Column("contribution_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["contribution_id"], ["contribution.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("goal_id", "contribution_id"),
    )
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.String(), nullable=False),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=True),
        sa.Column("network_id", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["network_id"], ["network.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["round_id"], ["vote_round.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_vote_network_id", "vote", ["network_id"])
    op.create_index("ix_vote_participant_id", "vote", ["participant_id"])
    op.create_index("ix_vote_round_id", "vote", ["round_id"])


def downgrade() -> None:
    op.drop_table("vote")
    op.drop_table("goal_source")
    op.drop_table("factor_source")
    op.drop_table("action_source")
    op.drop_table("action_network")
    op.drop_table("vote_round")
    op.drop_table("factor_network")
    op.drop_table("contribution")
    op.drop_table("attendance")
    op.drop_table("action")
    op.drop_table("stakeholder_goal")
    op.drop_table("stakeholder_access")
    op.drop_table("participant")
    op.drop_table("goal_network")
    op.drop_table("factor")
    op.drop_table("assessment")
    op.drop_table("agenda_session")
    op.drop_table("stakeholder")
    op.drop_table("seminar")
    op.drop_table("network")
    op.drop_table("goal")
    op.drop_table("draft")
    op.drop_table("day")
    op.drop_table("category")
