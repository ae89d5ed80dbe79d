"""Merge duplicates, promote, carry forward: each by keyboard, undoable, and kept in the file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from influence_app.gui.models.contributions import DEPTH_ROLE
from tests.gui.cockpit_support import cockpit_on
from tests.gui.helpers import press
from tests.gui.test_cockpit_list import SAID, ids_by_text, select, shown_texts
from tests.gui.test_cockpit_list import seminar as seminar  # noqa: F401  (the fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
SURVIVOR, TWIN, OTHER = SAID[1][0], SAID[2][0], SAID[3][0]


def stored(path: Path, sql: str) -> list[tuple]:
    """Read by a connection of its own, after the document was closed: what a reopen finds."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def merged(path: Path) -> list[tuple]:
    return stored(
        path,
        "SELECT c.text, s.text FROM contribution c JOIN contribution s ON s.id = c.merged_into_id",
    )


def test_merge_keeps_the_duplicates_under_the_survivor_and_undo_splits_them(
    seminar: Path,  # noqa: F811
    qtbot,
) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, SURVIVOR, TWIN, OTHER)  # the first selected is the current row
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_M, CTRL)
        model = cockpit.list.model
        ids = ids_by_text(cockpit)
        assert shown_texts(cockpit) == [SAID[0][0], SURVIVOR]
        assert model.absorbed_ids(ids[SURVIVOR]) == [ids[TWIN], ids[OTHER]]
        shown = [model.data(model.index(n, 0)) for n in range(model.rowCount())]
        assert shown == [SAID[0][0], SURVIVOR, f"    ↳ {TWIN}", f"    ↳ {OTHER}"]  # indented
        assert model.data(model.index(2, 0), DEPTH_ROLE) == 1
    assert sorted(merged(seminar)) == [(TWIN, SURVIVOR), (OTHER, SURVIVOR)]
    with cockpit_on(seminar, qtbot) as cockpit:  # reopened: still merged
        assert shown_texts(cockpit) == [SAID[0][0], SURVIVOR]
        select(cockpit, SURVIVOR, TWIN, OTHER)
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_M, CTRL)  # nothing new to merge
        assert "déjà fusionnée" in cockpit.list.message.text()
        cockpit.list.select_ids([ids_by_text(cockpit)[OTHER]])  # a duplicate, under its survivor
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_M, CTRL_SHIFT)
        assert shown_texts(cockpit) == [SAID[0][0], SURVIVOR, OTHER]
    assert merged(seminar) == [(TWIN, SURVIVOR)]


def test_merge_undo_then_redo_through_the_stack(seminar: Path, qtbot) -> None:  # noqa: F811
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, SURVIVOR, TWIN)
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_M, CTRL)
        stack = cockpit.context.undo_stack
        assert stack.undoText() == "Fusionner 1 doublon"
        stack.undo()
        assert len(shown_texts(cockpit)) == 4
        stack.redo()
        assert len(shown_texts(cockpit)) == 3
        stack.undo()
    assert merged(seminar) == []


@pytest.mark.parametrize(
    ("key", "table", "condition"),
    [
        (Qt.Key.Key_O, "goal JOIN goal_source l ON l.goal_id = goal.id", "1"),
        (Qt.Key.Key_L, "factor JOIN factor_source l ON l.factor_id = factor.id", "kind = 'levier'"),
        (Qt.Key.Key_F, "factor JOIN factor_source l ON l.factor_id = factor.id", "kind = 'frein'"),
        (Qt.Key.Key_A, "action JOIN action_source l ON l.action_id = action.id", "1"),
    ],
    ids=["objectif", "levier", "frein", "action"],
)
def test_promote_creates_the_entity_prefilled_and_linked_back_and_undo_removes_it(
    seminar: Path,  # noqa: F811
    qtbot,
    key: Qt.Key,
    table: str,
    condition: str,
) -> None:
    query = f"SELECT title, l.contribution_id FROM {table} WHERE {condition}"
    with cockpit_on(seminar, qtbot) as cockpit:
        contribution_id = ids_by_text(cockpit)[SURVIVOR]
        select(cockpit, SURVIVOR)
        qtbot.keyClick(cockpit.list.view, key, CTRL_SHIFT)
        assert f"« {SURVIVOR} »" in cockpit.list.message.text()
        assert stored(seminar, query) == [(SURVIVOR, contribution_id)]
        cockpit.context.undo_stack.undo()
        assert stored(seminar, query) == []
        cockpit.context.undo_stack.redo()
    assert stored(seminar, query) == [(SURVIVOR, contribution_id)]  # after close: kept


def test_an_action_promoted_is_led_by_the_contribution_s_network(
    seminar: Path,  # noqa: F811
    qtbot,
) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, OTHER)
        cockpit.action("promote.action").trigger()
    assert stored(
        seminar,
        "SELECT a.title, n.acronym FROM action a JOIN network n ON n.id = a.lead_network_id",
    ) == [(OTHER, "UNIOPSS")]


def test_carry_forward_copies_into_a_later_session_chosen_in_the_dialog(
    seminar: Path,  # noqa: F811
    qtbot,
) -> None:
    chosen = []

    def pick_second_session() -> None:
        dialog = QApplication.activeModalWidget()
        chosen.append(dialog.model.session_at(1).title)
        press(dialog.list, Qt.Key.Key_Down)
        press(dialog.list, Qt.Key.Key_Return)

    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, SURVIVOR, OTHER)
        QTimer.singleShot(0, pick_second_session)
        qtbot.keyClick(cockpit.list.view, Qt.Key.Key_R, CTRL_SHIFT)
        assert shown_texts(cockpit) == [text for text, _kind, _network in SAID]  # originals stay
        assert cockpit.list.message.text() == "2 contributions reportées."
    query = (
        "SELECT c.text, s.title FROM contribution c JOIN agenda_session s ON s.id = c.session_id"
        " WHERE s.method != 'world_cafe' ORDER BY c.sort_key"
    )
    assert chosen == ["Qui partage quoi\u202f?"]  # « Des idées… » comes first, the break is skipped
    assert stored(seminar, query) == [(SURVIVOR, chosen[0]), (OTHER, chosen[0])]


def test_carry_forward_undo_removes_the_copies_and_stays_undone_after_reopen(
    seminar: Path,  # noqa: F811
    qtbot,
) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        select(cockpit, SURVIVOR)
        target = cockpit.list.later_sessions()[0]
        copies = cockpit.list.edits.carry_forward_selected(target.id)
        assert [c.text for c in copies] == [SURVIVOR]
        assert cockpit.context.undo_stack.undoText() == "Reporter 1 contribution"
        cockpit.timeline.choose(target.id)
        assert shown_texts(cockpit) == [SURVIVOR]
        cockpit.context.undo_stack.undo()
        assert shown_texts(cockpit) == []
    assert stored(seminar, "SELECT count(*) FROM contribution") == [(4,)]
