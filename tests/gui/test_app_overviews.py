"""The four later screens are real read-only overviews fed by the services."""

from __future__ import annotations

import threading
from collections import Counter

from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QPushButton

from influence_app.gui.tasks import TaskRunner
from influence_app.gui.undo import perform
from influence_app.gui.widgets.workspace import ShellTools
from tests.gui.shell_support import new_seminar

pytest_plugins = ["tests.gui.shell_fixtures"]  # the shell fixtures


def _screen(window, key):
    window.workspace.show_screen(key)
    return window.workspace.current_screen()


def test_sessions_show_the_agenda_with_contributions_per_session(qtmodeltester, window, demo_file):
    window.open_path(demo_file)
    screen = _screen(window, "sessions")
    services = window.context.services
    sessions = [s for d in services.days.list() for s in services.sessions.list_for_day(d.id)]
    counts = Counter(c.session_id for c in services.contributions.list())
    model = screen.agenda_model
    assert model.rowCount() == len(sessions) == 30
    assert {model.row(r).key: int(model.row(r).cells[5]) for r in range(30)} == {
        s.id: counts.get(s.id, 0) for s in sessions
    }
    assert model.row(0).cells[0].startswith("Jour 1 · ")
    qtmodeltester.check(model)
    qtmodeltester.check(screen.latest_model)


def test_a_new_contribution_shows_at_once_among_the_latest(window, demo_file):
    window.open_path(demo_file)
    screen = _screen(window, "sessions")
    services = window.context.services
    session = services.sessions.list()[1]
    before = next(
        r
        for r in range(screen.agenda_model.rowCount())
        if screen.agenda_model.row(r).key == session.id
    )
    count = int(screen.agenda_model.row(before).cells[5])

    perform(
        window.context,
        "Ajouter une contribution",
        lambda: services.contributions.add(
            session.id, "Mutualiser nos plaidoyers <b>régionaux</b>"
        ),
    )

    assert screen.latest_model.row(0).cells[3] == "Mutualiser nos plaidoyers <b>régionaux</b>"
    assert int(screen.agenda_model.row(before).cells[5]) == count + 1


def test_prioritisation_ranks_the_round_and_flags_ties(qtmodeltester, window, tmp_path):
    window.open_path(new_seminar(tmp_path / "votes.influence"))
    services = window.context.services
    goals = [
        services.goals.add(title=title) for title in ("Plaidoyer commun", "Formation", "Veille")
    ]
    vote = services.votes.create_round("Objectifs prioritaires", "goal", 5)
    for goal, dots in zip(goals, (4, 7, 4), strict=True):
        services.votes.set_paper_dots(vote.id, goal.id, dots)
    screen = _screen(window, "prioritisation")
    screen.refresh()

    rows = [screen.results_model.row(r).cells for r in range(screen.results_model.rowCount())]
    assert [(rank, title, raw) for rank, title, raw, _w, _tie in rows] == [
        ("1", "Formation", "7"),
        ("2", "Plaidoyer commun", "4"),
        ("3", "Veille", "4"),
    ]
    assert [tie for *_cells, tie in rows] == ["", "ex æquo", "ex æquo"]
    assert screen.rounds_model.row(0).cells[:2] == ("Objectifs prioritaires", "objectifs")
    qtmodeltester.check(screen.rounds_model)
    qtmodeltester.check(screen.results_model)


def test_prioritisation_of_the_demo_shows_every_round(window, demo_file):
    window.open_path(demo_file)
    screen = _screen(window, "prioritisation")
    assert screen.rounds_model.rowCount() == len(window.context.services.votes.list_rounds()) == 3
    assert screen.results_model.rowCount() > 0
    assert screen.summary.text() == "3 tour(s) de vote, dont 3 clos."


def test_the_action_plan_shows_what_each_action_lacks_to_be_smart(qtmodeltester, window, tmp_path):
    window.open_path(new_seminar(tmp_path / "plan.influence"))
    services = window.context.services
    perform(window.context, "Ajouter une action", lambda: services.actions.add(title="Former"))
    screen = _screen(window, "action_plan")

    assert screen.model.row(0).cells[0] == "Former"
    assert screen.model.row(0).cells[5] == "à préciser : S M A R T"
    assert screen.gaps.text().startswith("Pour la rendre SMART :\n• Spécifique : ")
    assert screen.summary.text() == "1 action(s), dont 0 complète(s) selon SMART."
    qtmodeltester.check(screen.model)


def test_the_synthesis_exports_a_pdf_off_the_gui_thread(
    qtbot, window, prompts, demo_file, tmp_path
):
    window.open_path(demo_file)
    screen = _screen(window, "synthesis")
    target = tmp_path / "synthèse"
    prompts.answer("save_file", target)

    task = screen.export_pdf()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)

    written = tmp_path / "synthèse.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert screen.outcome.text() == f"Synthèse exportée : {written}"
    assert "L'ouvrir maintenant ?" in prompts.texts("confirm")[0]  # answered « Plus tard »


def test_a_cancelled_export_writes_nothing(qtbot, window, prompts, demo_file, tmp_path):
    window.open_path(demo_file)
    screen = _screen(window, "synthesis")
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(_Wait(gate))  # holds the only thread: the export cannot start before it is cancelled
    screen.attach_shell(ShellTools(prompts, TaskRunner(screen, pool)))
    prompts.answer("save_file", tmp_path / "annulée.pdf")

    task = screen.export_pdf()
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "Annuler"
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)

    assert not (tmp_path / "annulée.pdf").exists()
    assert screen.outcome.text() == "Export annulé : aucun fichier n’a été écrit."
    assert prompts.texts("error") == []


class _Wait(QRunnable):
    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def run(self) -> None:
        self.gate.wait(30)
