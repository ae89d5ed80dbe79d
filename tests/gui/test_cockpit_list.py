"""The session's list: model checks, inline edit, delete, filters, groups, parking, kinds."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from influence_app.domain.models import Contribution
from influence_app.gui.cockpit.timeline import SessionListModel
from influence_app.gui.models.contributions import ContributionModel, Names, RowFilter
from influence_app.services.agenda import SessionService
from influence_app.services.contributions import ContributionService
from influence_app.services.networks import NetworkService
from influence_app.storage.document import Document
from tests.gui.cockpit_support import cockpit_on, make_seminar
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
CTRL = Qt.KeyboardModifier.ControlModifier
SAID = (
    ("Être reconnus par les pouvoirs publics", "idee", "FCSF"),
    ("Des financements pluriannuels", "objectif", "UNIOPSS"),
    ("Financements sur trois ans", "objectif", "CNOSF"),
    ("La concurrence des appels à projets", "frein", "UNIOPSS"),
)


@pytest.fixture
def seminar(tmp_path: Path) -> Path:
    """The test seminar with four contributions in the World Café session."""
    path = make_seminar(tmp_path)
    with Document.open(path) as document:
        networks = {n.acronym: n.id for n in NetworkService(document).list()}
        session = world_cafe(document)
        for text, kind, network in SAID:
            ContributionService(document).add(session, text, kind, networks[network])
    return path


def world_cafe(document: Document) -> str:
    return next(s.id for s in SessionService(document).list() if s.method == "world_cafe")


def stored(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def ids_by_text(cockpit) -> dict[str, str]:
    return {row.text: row.id for row in cockpit.list.model.contributions()}


def shown_texts(cockpit) -> list[str]:
    return [row.text for row in cockpit.list.model.shown_rows()]


def select(cockpit, *texts: str) -> None:
    ids = ids_by_text(cockpit)
    cockpit.list.select_ids([ids[text] for text in texts])
    cockpit.list.view.setFocus()


def test_the_models_pass_the_model_tester(qtmodeltester) -> None:
    rows = [
        Contribution(id=f"c{n}", session_id="s", text=f"Texte {n}", kind="idee", sort_key=n)
        for n in range(6)
    ]
    rows[2].merged_into_id = rows[1].id
    rows[3].merged_into_id = rows[1].id
    rows[4].cluster = "Financements"
    model = ContributionModel()
    model.set_names(Names(networks={"n": "FCSF"}))
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.shown_ids() == ["c0", "c1", "c2", "c3", "c4", "c5"]  # duplicates under c1
    assert [r.id for r in model.shown_rows()] == ["c0", "c1", "c4", "c5"]
    model.append(Contribution(id="c9", session_id="s", text="Nouveau", kind="frein"))
    model.set_filter(RowFilter(kind="idee"))
    qtmodeltester.check(model)
    sessions = SessionListModel()
    qtmodeltester.check(sessions)


def test_the_list_shows_the_session_with_networks_and_hides_other_sessions(
    seminar: Path, qtbot
) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        assert shown_texts(cockpit) == [text for text, _kind, _network in SAID]
        model = cockpit.list.model
        assert model.data(model.index(0, 2)) == "FCSF"
        assert model.data(model.index(1, 1)) == "Objectif"
        cockpit.timeline.step(1)
        assert shown_texts(cockpit) == []


def test_inline_edit_with_f2_is_saved_and_undoable(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, "Des financements pluriannuels")
        view = cockpit.list.view
        press(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        type_text(editor, "Des financements pluriannuels garantis — 3 ans")
        press(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
        qtbot.waitUntil(
            lambda: "Des financements pluriannuels garantis — 3 ans" in shown_texts(cockpit)
        )
        assert cockpit.context.undo_stack.undoText() == "Modifier la contribution"
    assert ("Des financements pluriannuels garantis — 3 ans",) in stored(
        seminar, "SELECT text FROM contribution"
    )


def test_delete_key_removes_the_selected_rows_and_undo_brings_them_back(
    seminar: Path, qtbot
) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, "Des financements pluriannuels", "Financements sur trois ans")
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_Delete)
        assert shown_texts(cockpit) == [SAID[0][0], SAID[3][0]]
        assert stored(seminar, "SELECT count(*) FROM contribution") == [(2,)]
        cockpit.context.undo_stack.undo()
        assert len(shown_texts(cockpit)) == 4
    assert stored(seminar, "SELECT count(*) FROM contribution") == [(4,)]


def test_filters_by_kind_network_and_text(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        panel = cockpit.list
        panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("objectif"))
        assert shown_texts(cockpit) == [SAID[1][0], SAID[2][0]]
        view = panel.view
        assert [view.isRowHidden(n) for n in range(4)] == [True, False, False, True]
        panel.network_filter.setCurrentIndex(panel.network_filter.findText("CNOSF"))
        assert shown_texts(cockpit) == [SAID[2][0]]
        panel.kind_filter.setCurrentIndex(0)
        panel.network_filter.setCurrentIndex(0)
        qtbot.keyClick(cockpit, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is panel.search
        type_text(panel.search, "être")  # finds « Être », whatever the case
        assert shown_texts(cockpit) == [SAID[0][0]]
        assert [view.isRowHidden(n) for n in range(4)] == [False, True, True, True]


def test_ctrl_g_puts_the_selection_in_a_group_typed_at_the_keyboard(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, "Des financements pluriannuels", "Financements sur trois ans")
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_G, CTRL)
        bar = cockpit.list.cluster_bar
        assert bar.isVisible() and QApplication.focusWidget() is bar.edit
        type_text(bar.edit, "Financements durables")
        press(bar.edit, Qt.Key.Key_Return)
        assert not bar.isVisible()
        assert cockpit.context.undo_stack.undoText() == "Regrouper sous « Financements durables »"
        # Dragging a row onto a grouped one puts it in that group too.
        model = cockpit.list.model
        ids = ids_by_text(cockpit)
        dragged = model.mimeData([model.index_of(ids["La concurrence des appels à projets"])])
        target = model.index_of(ids["Financements sur trois ans"])
        assert model.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, target)
    assert sorted(stored(seminar, "SELECT text, cluster FROM contribution")) == [
        ("Des financements pluriannuels", "Financements durables"),
        ("Financements sur trois ans", "Financements durables"),
        ("La concurrence des appels à projets", "Financements durables"),
        ("Être reconnus par les pouvoirs publics", None),
    ]


def test_a_drop_on_a_row_without_group_is_refused(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        model = cockpit.list.model
        ids = ids_by_text(cockpit)
        dragged = model.mimeData([model.index_of(ids[SAID[0][0]])])
        target = model.index_of(ids[SAID[1][0]])
        assert not model.canDropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, target)
        assert not model.canDropMimeData(dragged, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_kind_keys_on_the_list_change_the_selected_rows(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, SAID[0][0])
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_3, CTRL)
    assert stored(seminar, f"SELECT kind FROM contribution WHERE text = '{SAID[0][0]}'") == [
        ("levier",)
    ]


def test_parking_gathers_the_set_aside_questions_of_every_session(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        edit = cockpit.capture.edit
        press(edit, Qt.Key.Key_0, CTRL)
        type_text(edit, "Et le statut des bénévoles ?")
        press(edit, Qt.Key.Key_Return)
        cockpit.timeline.step(1)
        press(edit, Qt.Key.Key_0, CTRL)
        type_text(edit, "Qui finance l’observatoire ?")
        press(edit, Qt.Key.Key_Return)
        qtbot.keyClick(cockpit, Qt.Key.Key_K, CTRL)
        assert cockpit.list.showing_parking
        assert shown_texts(cockpit) == [
            "Et le statut des bénévoles ?",
            "Qui finance l’observatoire ?",
        ]
        model = cockpit.list.model
        assert model.data(model.index(0, 7)) == "Quels changements sociétaux voulons-nous\u202f?"
        assert not cockpit.list.view.isColumnHidden(7)
        assert cockpit.feed.projection.heading == "Parking du séminaire"
