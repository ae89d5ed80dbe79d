"""The capture line: typed text saved on Enter with its kind, network, table and round; drafts."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from influence_app.gui.cockpit.kind_keys import kind_of
from influence_app.services.drafts import DraftService
from influence_app.storage.document import Document
from tests.gui.cockpit_support import cockpit_on, make_seminar
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
KIND_KEYS = [
    (Qt.Key.Key_1, "idee"),
    (Qt.Key.Key_2, "objectif"),
    (Qt.Key.Key_3, "levier"),
    (Qt.Key.Key_4, "frein"),
    (Qt.Key.Key_5, "action"),
    (Qt.Key.Key_6, "question"),
    (Qt.Key.Key_0, "parking"),
]
PHRASES = (
    "Être reconnus comme corps intermédiaires à part entière",
    "Sortir de la logique de prestataire : ça nous épuise",
    "Les élus ne connaissent pas nos réseaux — œuvrer à la visibilité",
    "Financements pluriannuels, 3 ans au moins ; coût ≈ 12 000 €",
    "« Plaidoyer » commun sur l’engagement bénévole 🙂",
)


@pytest.fixture
def seminar(tmp_path: Path) -> Path:
    return make_seminar(tmp_path)


def stored(path: Path, sql: str) -> list[tuple]:
    """Rows read by a connection of its own, as another program would read the file."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def capture(cockpit, text: str, key: Qt.Key | None = None) -> None:
    edit = cockpit.capture.edit
    if key is not None:
        press(edit, key, CTRL)
    type_text(edit, text)
    press(edit, Qt.Key.Key_Return)


def test_thirty_contributions_typed_with_enter_are_in_the_file_with_their_kinds(
    seminar: Path, qtbot
) -> None:
    expected = []
    with cockpit_on(seminar, qtbot) as cockpit:
        session_id = cockpit.timeline.current_id
        cockpit.capture.focus_line()
        for n in range(30):
            key, kind = KIND_KEYS[n % len(KIND_KEYS)]
            text = f"{PHRASES[n % len(PHRASES)]} n°{n}"
            capture(cockpit, text, key)
            expected.append((text, kind))
            assert cockpit.capture.edit.text() == ""
            assert cockpit.focusWidget() is cockpit.capture.edit  # focus stays on the line
        assert cockpit.list.model.rowCount() == 30
        assert "Enregistré (30)" in cockpit.capture.feedback.text()
    rows = stored(
        seminar,
        f"SELECT text, kind FROM contribution WHERE session_id = '{session_id}' ORDER BY sort_key",
    )
    assert rows == expected


def test_the_kind_key_stays_until_changed_but_parking_is_for_one_contribution(
    seminar: Path, qtbot
) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        capture(cockpit, "Un frein", Qt.Key.Key_4)
        capture(cockpit, "Encore un frein")
        capture(cockpit, "Hors sujet, à garder", Qt.Key.Key_0)
        assert cockpit.capture.chip.text() == "Frein"
        capture(cockpit, "Frein de nouveau")
    kinds = stored(seminar, "SELECT kind FROM contribution ORDER BY sort_key")
    assert [k for (k,) in kinds] == ["frein", "frein", "parking", "frein"]


def test_kind_shortcut_through_the_shortcut_system_and_the_shown_kind(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        cockpit.capture.focus_line()
        qtbot.keyClick(cockpit.capture.edit, Qt.Key.Key_5, CTRL)
        assert cockpit.capture.chip.text() == "Action"
        assert "<u>Ctrl+5&nbsp;Action</u>" in cockpit.capture.legend.text()
        capture(cockpit, "Créer un observatoire commun")
    assert stored(seminar, "SELECT kind FROM contribution") == [("action",)]


def test_world_cafe_network_author_table_and_round_chosen_by_keyboard(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        line = cockpit.capture
        assert line.table.isVisibleTo(cockpit) and line.round.isVisibleTo(cockpit)
        type_text(line.network, "uniop")  # a few letters, any case
        press(line.network, Qt.Key.Key_Return)
        assert line.network.text().startswith("UNIOPSS — ")
        line.table.setValue(3)
        line.round.setValue(2)
        capture(cockpit, "Une transition écologique juste")
        type_text(line.author, "éloïse")
        capture(cockpit, "Le bénévolat de compétences")
        assert line.network.text() == "" and line.table.value() == 3  # table and round stay
    rows = stored(
        seminar,
        "SELECT c.text, n.acronym, p.name, c.table_no, c.round FROM contribution c"
        " LEFT JOIN network n ON n.id = c.network_id"
        " LEFT JOIN participant p ON p.id = c.author_id ORDER BY c.sort_key",
    )
    assert rows == [
        ("Une transition écologique juste", "UNIOPSS", None, 3, 2),
        ("Le bénévolat de compétences", "UNIOPSS", "Éloïse Martin", 3, 2),  # her network
    ]


def test_an_unknown_network_keeps_the_text_and_says_why(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        type_text(cockpit.capture.network, "zzz")
        capture(cockpit, "Texte à ne pas perdre")
        assert cockpit.capture.edit.text() == "Texte à ne pas perdre"
        assert "réseau" in cockpit.capture.feedback.text()
    assert stored(seminar, "SELECT count(*) FROM contribution") == [(0,)]


def test_capture_is_undoable_and_the_list_follows(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        capture(cockpit, "Première")
        capture(cockpit, "Deuxième")
        stack = cockpit.context.undo_stack
        assert stack.undoText() == "Saisir « Deuxième »"
        stack.undo()
        assert [r.text for r in cockpit.list.model.shown_rows()] == ["Première"]
        stack.redo()
        assert [r.text for r in cockpit.list.model.shown_rows()] == ["Première", "Deuxième"]
        stack.undo()
    assert stored(seminar, "SELECT text FROM contribution") == [("Première",)]


def test_the_text_being_typed_is_kept_as_a_draft_and_offered_back(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot, draft_interval_ms=20) as cockpit:
        session_id = cockpit.timeline.current_id
        type_text(cockpit.capture.edit, "Une idée à moitié tapée, déjà précieuse")
        with qtbot.waitSignal(cockpit.capture.draft_saved, timeout=5000):
            pass
    assert stored(seminar, "SELECT key, text FROM draft") == [
        (f"capture:{session_id}", "Une idée à moitié tapée, déjà précieuse")
    ]
    with cockpit_on(seminar, qtbot) as cockpit:
        banner = cockpit.banner
        assert banner.isVisible()
        assert banner.message.text() == (
            "Un texte non enregistré a été retrouvé : « Une idée à moitié tapée, déjà précieuse »"
        )
        qtbot.mouseClick(banner.resume_button, Qt.MouseButton.LeftButton)
        assert not banner.isVisible()
        assert cockpit.capture.edit.text() == "Une idée à moitié tapée, déjà précieuse"
        type_text(cockpit.capture.edit, " et finie")
        press(cockpit.capture.edit, Qt.Key.Key_Return)
    assert stored(seminar, "SELECT text FROM contribution") == [
        ("Une idée à moitié tapée, déjà précieuse et finie",)
    ]
    assert stored(seminar, "SELECT count(*) FROM draft") == [(0,)]


def test_an_ignored_draft_is_forgotten(seminar: Path, qtbot) -> None:
    with Document.open(seminar) as document:
        DraftService(document).save("capture:inconnue", "<b>texte</b> oublié")
    with cockpit_on(seminar, qtbot) as cockpit:
        assert cockpit.banner.message.textFormat() == Qt.TextFormat.PlainText
        assert "<b>texte</b> oublié" in cockpit.banner.message.text()
        qtbot.keyClick(cockpit, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # « &Ignorer »
        qtbot.waitUntil(lambda: not cockpit.banner.isVisible())  # a mnemonic animates the click
    with Document.open(seminar) as document:
        assert DraftService(document).pending() == []


def test_a_draft_is_not_rewritten_while_the_text_does_not_change(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot) as cockpit:
        type_text(cockpit.capture.edit, "Stable")
        saved = []
        cockpit.capture.draft_saved.connect(saved.append)
        cockpit.capture.save_draft()
        cockpit.capture.save_draft()
        assert len(saved) == 1
        cockpit.capture.edit.clear()
        cockpit.capture.save_draft()  # emptied: the draft goes
        document = cockpit.context.document
        assert DraftService(document).pending() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland keycodes")
def test_ctrl_and_the_number_row_key_on_azerty_picks_the_kind() -> None:
    # AZERTY: the key under « 1 » says « & » without Shift; its keycode is the same (10).
    ampersand = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Ampersand, CTRL, 10, 0x26, 0x4, "&")
    e_acute = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Eacute, CTRL, 11, 0xE9, 0x4, "é")
    assert (kind_of(ampersand), kind_of(e_acute)) == ("idee", "objectif")
    plain = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Ampersand, NO_MODIFIER, 10, 0x26, 0, "&")
    assert kind_of(plain) is None  # typing « & » stays typing


def test_the_rich_text_kind_legend_escapes_what_it_shows(seminar: Path, qtbot, monkeypatch) -> None:
    """The legend is the one rich-text label of the cockpit: a label holding markup (from a
    translation catalogue, say) is shown as text, never as an image or a heading."""
    from influence_app.gui.cockpit import capture_line

    monkeypatch.setattr(capture_line, "kind_label", lambda code: f"<img src='x'>{code}")
    with cockpit_on(seminar, qtbot) as cockpit:
        cockpit.capture.focus_line()
        qtbot.keyClick(cockpit.capture.edit, Qt.Key.Key_5, CTRL)
        legend = cockpit.capture.legend.text()
        assert "<img" not in legend
        assert "&lt;img src=&#x27;x&#x27;&gt;action" in legend
