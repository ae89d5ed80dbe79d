"""Errors a document can raise, each carrying a clear message for the user."""

from __future__ import annotations

from influence_app.i18n import _


class DocumentError(Exception):
    """Base: `str(error)` is a one-line message in the user's language."""


class MissingFile(DocumentError):
    def __init__(self, path: object) -> None:
        super().__init__(
            _("« {path} » est introuvable : le fichier a été déplacé, renommé ou supprimé.").format(
                path=path
            )
        )


class NotWritable(DocumentError):
    """The folder refuses the lock file (read-only key, share without write access)."""

    def __init__(self, path: object) -> None:
        super().__init__(
            _(
                "Impossible d'écrire à côté de « {path} » (dossier en lecture seule ?) : "
                "copiez le fichier dans un dossier où vous pouvez écrire."
            ).format(path=path)
        )


class EmptyFile(DocumentError):
    def __init__(self, path: object) -> None:
        super().__init__(
            _("« {path} » est vide (0 octet) : ce n'est pas un séminaire.").format(path=path)
        )


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
    """`details` keeps SQLite's own findings (quick_check lines) for the `check` command."""

    def __init__(self, path: object, detail: str = "", details: tuple[str, ...] = ()) -> None:
        message = _("« {path} » est endommagé et ne peut pas être ouvert.").format(path=path)
        if detail:
            message += " " + detail
        super().__init__(message)
        self.details = details


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
                "enregistrée. Libérez de la place ; rien de ce qui était déjà enregistré "
                "n'est perdu."
            ).format(path=path)
        )


class SnapshotFailed(DocumentError):
    """A snapshot could not be written; the document itself is untouched."""

    def __init__(self, folder: object, detail: str) -> None:
        super().__init__(
            _(
                "La sauvegarde de secours n'a pas pu être écrite dans « {folder} » ({detail}). "
                "Le séminaire lui-même n'est pas touché."
            ).format(folder=folder, detail=detail)
        )
