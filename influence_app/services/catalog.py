"""Every use-case service of one open document, built together (headless, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from influence_app.services.actions import ActionService
from influence_app.services.agenda import DayService, SessionService
from influence_app.services.assessments import AssessmentService
from influence_app.services.categories import CategoryService
from influence_app.services.contributions import ContributionService
from influence_app.services.drafts import DraftService
from influence_app.services.factors import FactorService
from influence_app.services.goals import GoalService
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from influence_app.services.seminar import SeminarService
from influence_app.services.stakeholders import StakeholderService
from influence_app.services.votes import VoteService
from influence_app.storage.document import Document


@dataclass(frozen=True)
class Services:
    """Every use-case service of one open document."""

    seminar: SeminarService
    networks: NetworkService
    participants: ParticipantService
    days: DayService
    sessions: SessionService
    categories: CategoryService
    contributions: ContributionService
    goals: GoalService
    factors: FactorService
    stakeholders: StakeholderService
    assessments: AssessmentService
    actions: ActionService
    votes: VoteService
    drafts: DraftService

    @classmethod
    def for_document(cls, document: Document) -> Services:
        return cls(
            seminar=SeminarService(document),
            networks=NetworkService(document),
            participants=ParticipantService(document),
            days=DayService(document),
            sessions=SessionService(document),
            categories=CategoryService(document),
            contributions=ContributionService(document),
            goals=GoalService(document),
            factors=FactorService(document),
            stakeholders=StakeholderService(document),
            assessments=AssessmentService(document),
            actions=ActionService(document),
            votes=VoteService(document),
            drafts=DraftService(document),
        )
