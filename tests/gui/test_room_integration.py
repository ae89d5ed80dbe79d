"""The projector follows the facilitator across screens: contributions, then a decision's chart."""

from __future__ import annotations

from influence_app.gui.projector import RoomController

pytest_plugins = ["tests.gui.shell_fixtures"]


def test_projector_shows_the_chart_a_decision_screen_selects(qtbot, window, demo_file) -> None:
    window.open_path(demo_file)
    room = window.findChild(RoomController)
    projector = room.show_projector()
    assert projector is not None and not projector.showing_chart()
    window.workspace.show_screen("champs_de_forces")
    screen = window.workspace.current_screen()
    title, svg = "Champs de forces — test", "<svg xmlns='http://www.w3.org/2000/svg'/>"
    screen.chart_selected.emit(title, svg)
    assert projector.showing_chart() and projector.chart.svg() == svg
    assert projector.chart_title.text() == title
    room.blank_action.setChecked(True)
    room.blank_action.setChecked(False)
    assert projector.showing_chart()  # « Masquer » brings back what was shown
    window.workspace.show_screen("seances")
    assert not projector.showing_chart()
    assert any(text for text in projector.shown_texts())
    projector.close()


def test_closing_the_seminar_takes_it_off_the_projector(qtbot, window, demo_file) -> None:
    """The room must not keep seeing a seminar the facilitator has closed."""
    room = window.findChild(RoomController)
    assert not room.show_action.isEnabled()  # nothing to project yet
    window.open_path(demo_file)
    assert room.show_action.isEnabled() and room.blank_action.isEnabled()
    window.workspace.show_screen("seances")
    projector = room.show_projector()
    assert projector is not None and projector.isVisible()

    window.close_document()

    assert room.projector is None and not projector.isVisible()
    assert not room.show_action.isEnabled() and not room.blank_action.isEnabled()
    window.open_path(demo_file)
    assert room.show_projector() is not None
    room.projector.close()
