"""Errors a document can raise, each carrying a clear message for the user."""

from __future__ import annotations

from influence_app.i18n import _


class DocumentError(Exception):
    """Base: `str(error)` is a one-line message in the user's language."""


class EmptyFile(DocumentError):
    def __init__(self, path: object) -> None:
        super().__init__(_("« {path} » est vide (0 octet) : ce n'est pas un séminaire.").format(path=path))


class NotASeminar(DocumentError):
    """Not SQLite at all (random bytes, JSON renamed, …)."""

    def __init__(self, path: object) -> None:
        super().__init__(
            _("« {path} » n'est pas un fichier de séminaire Influence.").format(path=path)
        )


class ForeignDatabase(DocumentError):
    """A SQLite file written by another program."""

    def __init__(self, path: object) -> None:
        super().__init__(
            _("« {path} » est une base SQLite d'un autre programme, pas un séminaire.").format(
                path=path
            )
        )


class NewerSchema(DocumentError):
    def __init__(self, path: object, found: object) -> None:
        super().__init__(
            _(
                "« {path} » a été enregistré par une version plus récente d'Influence "
                "(schéma {found}) : mettez l'application à jour pour l'ouvrir."
            ).format(path=path, found=found)
        )


class DamagedFile(DocumentError):
    def __init__(self, path: object, detail: str = "") -> None:
        message = _("« {path} » est endommagé et ne peut pas être ouvert.").format(path=path)
        if detail:
            message += " " + detail
        super().__init__(message)


class AlreadyOpen(DocumentError):
    def __init__(self, path: object, pid: int | None) -> None:
        who = _("le processus {pid}").format(pid=pid) if pid else _("un autre programme")
        super().__init__(
            _("« {path} » est déjà ouvert par {who}. Fermez-le d'abord.").format(path=path, who=who)
        )


class DocumentExists(DocumentError):
    def __init__(self, path: object) -> None:
        super().__init__(_("« {path} » existe déjà : choisissez un autre nom.").format(path=path))


class DiskFull(DocumentError):
    def __init__(self, path: object) -> None:
        super().__init__(
            _(
                "Le disque est plein : la dernière modification de « {path} » n'a pas été "
                "enregistrée. Libérez de la place ; rien de ce qui était déjà enregistré n'est perdu."
            ).format(path=path)
        )
