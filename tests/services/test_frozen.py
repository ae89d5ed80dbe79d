"""Work off the GUI thread reads a private copy: the committed state, never the live file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from influence_app.services.frozen import frozen_copy
from influence_app.services.networks import NetworkService
from influence_app.services.seminar import SeminarService


def test_a_frozen_copy_holds_what_was_committed_and_goes_away(tmp_path: Path) -> None:
    path = tmp_path / "live.influence"
    document = SeminarService.create_from_template(path, "Séminaire", dt.date(2026, 3, 10))
    NetworkService(document).add(name="Réseau des possibles", kind="collectif")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with frozen_copy(path, scratch) as copy:
        assert copy.path != path
        assert [n.name for n in NetworkService(copy).list()] == ["Réseau des possibles"]
        NetworkService(copy).add(name="Seulement dans la copie", kind="sectoriel")
        NetworkService(document).add(name="Ajouté pendant l'export", kind="territorial")
    names = [network.name for network in NetworkService(document).list()]
    assert names == ["Réseau des possibles", "Ajouté pendant l'export"]
    assert list(scratch.iterdir()) == []
    document.close()
