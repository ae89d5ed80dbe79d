"""Headless commands (new, demo, import, export, check, snapshots, restore) and the GUI start."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from influence_app import __version__
from influence_app.i18n import _

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class Refused(Exception):
    """Input the command cannot accept; its message is printed on one line."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return _run_command(args)
    return _run_gui(args)


def _run_gui(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="influence-app",
        description=_("Influence : l'outil de l'animateur·rice de séminaire associatif."),
        epilog=_("Commandes sans fenêtre : {commands}").format(commands=", ".join(COMMANDS)),
    )
    parser.add_argument("--version", action="version", version=f"Influence {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help=_("séminaire à ouvrir (.influence)"))
    options = parser.parse_args(args)
    from influence_app import app  # Qt is imported only when a window is wanted

    return app.run_gui(options.file)


def _run_command(args: list[str]) -> int:
    parser = _command_parser()
    options = parser.parse_args(args)
    try:
        return options.handler(options)
    except Refused as error:
        return _fail(str(error))
    except Exception as error:  # every known refusal of the lower layers is a one-line message
        if _is_user_error(error):
            return _fail(str(error))
        raise


def _fail(message: str) -> int:
    print(f"influence-app: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _is_user_error(error: Exception) -> bool:
    from influence_app.exchange.errors import ArchiveError
    from influence_app.services.errors import ServiceError
    from influence_app.storage.errors import DocumentError

    return isinstance(error, DocumentError | ServiceError | ArchiveError | OSError)


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="influence-app")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (helptext, configure, handler) in COMMANDS.items():
        sub = commands.add_parser(name, help=helptext, description=helptext)
        configure(sub)
        sub.set_defaults(handler=handler)
    return parser


# --- new -----------------------------------------------------------------------------------------


def _configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--title", default=_("Nouveau séminaire"))
    parser.add_argument("--start", type=_iso_date, default=None, help="AAAA-MM-JJ")


def _cmd_new(options: argparse.Namespace) -> int:
    from influence_app.services.seminar import SeminarService

    start = options.start or dt.date.today()
    document = SeminarService.create_from_template(options.file, options.title, start)
    document.close()
    print(_("Séminaire créé : {path}").format(path=options.file))
    return EXIT_OK


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("date attendue au format AAAA-MM-JJ")) from error


# --- demo / import -------------------------------------------------------------------------------


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)


def _cmd_demo(options: argparse.Namespace) -> int:
    from influence_app import paths

    _import(paths.resource("demo", "demo-seminar.json"), options.file)
    print(_("Séminaire de démonstration écrit : {path}").format(path=options.file))
    return EXIT_OK


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("archive", type=Path)
    parser.add_argument("file", type=Path)


def _cmd_import(options: argparse.Namespace) -> int:
    _import(options.archive, options.file)
    print(_("Archive importée dans {path}").format(path=options.file))
    return EXIT_OK


def _import(archive: Path, target: Path) -> None:
    from influence_app.services.archive import import_archive_as_new

    document = import_archive_as_new(archive, target)
    document.close()


# --- export --------------------------------------------------------------------------------------


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=["json", "pdf"], default="json")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument(
        "--edition",
        choices=["complete", "participants"],
        default="complete",
        help=_("synthèse PDF : complete (responsable de programme) ou participants"),
    )
    parser.add_argument(
        "--draft", action="store_true", help=_("synthèse PDF : filigrane « PROJET » et date")
    )
    # Without a date, exporting the same seminar twice gives the same bytes (diffable archives).
    parser.add_argument(
        "--stamp",
        action="store_const",
        const="now",
        default=None,
        help=_("archive JSON : noter la date d'export (exported_at)"),
    )


def _cmd_export(options: argparse.Namespace) -> int:
    from influence_app.services.archive import export_archive
    from influence_app.services.export_pdf import export_pdf
    from influence_app.storage.document import Document

    if options.format != "pdf" and (options.draft or options.edition != "complete"):
        raise Refused(_("--edition et --draft ne s'appliquent qu'à --format pdf."))
    document = Document.open(options.file)
    try:
        if options.format == "pdf":
            export_pdf(document, options.output, edition=options.edition, draft=options.draft)
        else:
            export_archive(document, options.output, exported_at=options.stamp)
    finally:
        document.close()
    print(_("Exporté : {path}").format(path=options.output))
    return EXIT_OK


# --- check / snapshots / restore -----------------------------------------------------------------


def _configure_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)


def _cmd_check(options: argparse.Namespace) -> int:
    from influence_app.storage.guard import inspect_document

    health = inspect_document(options.file)
    print(health.message, file=sys.stdout if health.ok else sys.stderr)
    return EXIT_OK if health.ok else EXIT_REFUSED


def _cmd_snapshots(options: argparse.Namespace) -> int:
    from influence_app.storage.snapshots import SnapshotStore

    snapshots = SnapshotStore.for_document(options.file).list()
    if not snapshots:
        print(_("Aucune sauvegarde pour {path}").format(path=options.file))
    for info in snapshots:
        print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.size}\t{info.path}")
    return EXIT_OK


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("snapshot", type=Path)


def _cmd_restore(options: argparse.Namespace) -> int:
    from influence_app.storage.restore import restore

    taken_at = restore(options.file, options.snapshot)
    print(_("Restauré : vous êtes revenu·e à {time}.").format(time=f"{taken_at:%d/%m/%Y %H:%M}"))
    return EXIT_OK


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[..., int]]] = {
    "new": (_("créer un séminaire depuis le modèle"), _configure_new, _cmd_new),
    "demo": (_("écrire le séminaire de démonstration"), _configure_demo, _cmd_demo),
    "import": (_("créer un séminaire depuis une archive JSON"), _configure_import, _cmd_import),
    "export": (_("exporter un séminaire"), _configure_export, _cmd_export),
    "check": (_("vérifier qu'un séminaire est sain"), _configure_file, _cmd_check),
    "snapshots": (_("lister les sauvegardes d'un séminaire"), _configure_file, _cmd_snapshots),
    "restore": (_("restaurer une sauvegarde"), _configure_restore, _cmd_restore),
}
