"""Archive v1 use cases: load a seminar's content, export it, import it (all-or-nothing)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import secrets
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, inspect
from sqlmodel import Session, SQLModel, select

from influence_app.domain.models import (
    Action,
    ActionNetwork,
    ActionSource,
    AgendaSession,
    Assessment,
    Attendance,
    Category,
    Contribution,
    Day,
    Factor,
    FactorNetwork,
    FactorSource,
    Goal,
    GoalNetwork,
    GoalSource,
    Network,
    Participant,
    Seminar,
    Stakeholder,
    StakeholderAccess,
    StakeholderGoal,
    Vote,
    VoteRound,
)
from influence_app.exchange.archive_export import content_to_archive, dumps_archive
from influence_app.exchange.archive_import import check_archive, parse_archive
from influence_app.exchange.content import SeminarContent
from influence_app.exchange.errors import ArchiveError
from influence_app.i18n import _
from influence_app.services.errors import ServiceError
from influence_app.storage.document import Document
from influence_app.storage.errors import DocumentExists

__all__ = [
    "ArchiveError",
    "ArchiveFileError",
    "export_archive",
    "import_archive_as_new",
    "load_content",
    "read_archive",
    "replace_content",
]

# An archive of a real seminar weighs well under a megabyte; refuse to slurp a video by mistake.
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024

# SeminarContent attribute -> table, in insertion order (parents first).
_TABLES: dict[str, type[SQLModel]] = {
    "days": Day,
    "networks": Network,
    "sessions": AgendaSession,
    "participants": Participant,
    "attendance": Attendance,
    "categories": Category,
    "contributions": Contribution,
    "goals": Goal,
    "goal_networks": GoalNetwork,
    "goal_sources": GoalSource,
    "factors": Factor,
    "factor_networks": FactorNetwork,
    "factor_sources": FactorSource,
    "stakeholders": Stakeholder,
    "stakeholder_goals": StakeholderGoal,
    "stakeholder_access": StakeholderAccess,
    "vote_rounds": VoteRound,
    "votes": Vote,
    "assessments": Assessment,
    "actions": Action,
    "action_networks": ActionNetwork,
}

# Promotion links are not in archive v1, but they hang off actions being replaced.
_EXTRA_CHILDREN: tuple[type[SQLModel], ...] = (ActionSource,)


class ArchiveFileError(ServiceError):
    """The archive or document file could not be read or written; says why, in French."""


# ---------------------------------------------------------------- reading


def load_content(document: Document) -> SeminarContent:
    """Everything archive v1 carries, detached, each list in a stable order."""
    with document.reading() as session:
        seminar = session.get(Seminar, 1) or session.exec(select(Seminar)).first()
        if seminar is None:
            raise ServiceError(_("Ce document ne contient pas encore de séminaire."))
        lists = {name: _rows(session, model) for name, model in _TABLES.items()}
    return SeminarContent(seminar=seminar, **lists)


def _rows(session: Session, model: type[SQLModel]) -> list[Any]:
    keys = [column for column in inspect(model).primary_key]
    if "sort_key" in model.model_fields:
        keys.insert(0, model.sort_key)  # type: ignore[attr-defined]
    return list(session.exec(select(model).order_by(*keys)).all())


# ---------------------------------------------------------------- export


def export_archive(
    document: Document,
    out_path: Path,
    exported_at: dt.datetime | Literal["now"] | None = "now",
) -> None:
    """Write the document as an archive v1 file, atomically; `exported_at=None` omits the date.

    The archive is checked like an import would check it, so a file we write always reads back.
    """
    stamp = dt.datetime.now().astimezone() if exported_at == "now" else exported_at
    archive = content_to_archive(load_content(document), exported_at=stamp)
    check_archive(archive)
    write_atomically(Path(out_path), dumps_archive(archive).encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file beside `path`, fsync, rename: `path` is either the old file or the new one."""
    if path.is_dir():
        raise ArchiveFileError(_("« {path} » est un dossier, pas un fichier.").format(path=path))
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        _write_and_sync(temp, data)
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _write_error(path, error) from error
    _sync_folder(path.parent)


def _write_and_sync(temp: Path, data: bytes) -> None:
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only: Windows cannot open a folder this way)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_error(path: Path, error: OSError) -> ArchiveFileError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        message = _(
            "Le disque est plein : « {path} » n'a pas été écrit. Libérez de la place et "
            "recommencez ; l'éventuel fichier précédent est intact."
        )
    elif error.errno == errno.EFBIG:
        message = _(
            "« {path} » dépasse la taille de fichier permise ici : il n'a pas été écrit ; "
            "l'éventuel fichier précédent est intact."
        )
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = _(
            "Impossible d'écrire dans le dossier de « {path} » : il est en lecture seule ou "
            "vous n'avez pas les droits. Choisissez un autre dossier."
        )
    elif error.errno in (errno.ENOENT, errno.ENOTDIR):
        message = _("Le dossier de « {path} » n'existe pas.")
    elif error.errno == errno.EISDIR:
        message = _("« {path} » est un dossier, pas un fichier.")
    else:
        message = _("« {path} » n'a pas pu être écrit : {reason}.")
    return ArchiveFileError(message.format(path=path, reason=error.strerror or error))


# ---------------------------------------------------------------- import


def read_archive(archive_path: Path) -> SeminarContent:
    """Read and fully check an archive file; nothing is written anywhere."""
    path = Path(archive_path)
    try:
        if path.stat().st_size > MAX_ARCHIVE_BYTES:
            raise ArchiveError(_("le fichier est bien trop gros pour être une archive."))
        raw = path.read_bytes()
    except OSError as error:
        raise _read_error(path, error) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        message = _("le fichier n'est pas du texte UTF-8 (octet {position} illisible).")
        raise ArchiveError(message.format(position=error.start)) from None
    return parse_archive(text)


def _read_error(path: Path, error: OSError) -> ArchiveFileError:
    if error.errno == errno.ENOENT:
        message = _("« {path} » est introuvable.")
    elif error.errno == errno.EISDIR:
        message = _("« {path} » est un dossier, pas une archive.")
    elif error.errno in (errno.EACCES, errno.EPERM):
        message = _("« {path} » ne peut pas être lu : accès refusé.")
    else:
        message = _("« {path} » n'a pas pu être lu : {reason}.")
    return ArchiveFileError(message.format(path=path, reason=error.strerror or error))


def import_archive_as_new(archive_path: Path, target_path: Path) -> Document:
    """A new document at `target_path` holding the archive; on any error nothing is left.

    The archive is read and checked entirely before the document is created.
    """
    target = Path(target_path)
    if target.exists():
        raise DocumentExists(target)
    content = read_archive(archive_path)
    if not target.parent.is_dir():
        raise ArchiveFileError(_("Le dossier de « {path} » n'existe pas.").format(path=target))
    return _create_with(target, content)


def _create_with(target: Path, content: SeminarContent) -> Document:
    document = Document.create(target)  # removes its own leftovers if it fails
    try:
        replace_content(document, content)
    except BaseException:
        document.close()
        _remove_document_files(target)
        raise
    return document


def _remove_document_files(target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)


# ---------------------------------------------------------------- replace


def replace_content(document: Document, content: SeminarContent) -> None:
    """Replace the whole seminar in one transaction: all of `content` or, on error, no change.

    `content` is checked like an archive first; its instances are copied, never attached.
    """
    check_archive(content_to_archive(content))
    with document.transaction() as session:
        _delete_everything(session)
        _insert(session, content)


def _delete_everything(session: Session) -> None:
    for model in (*_EXTRA_CHILDREN, *reversed(_TABLES.values()), Seminar):
        session.exec(delete(model))


def _insert(session: Session, content: SeminarContent) -> None:
    session.add(_copy(content.seminar))
    for name in _TABLES:
        copies = [_copy(row) for row in getattr(content, name)]
        if name == "contributions":
            _insert_contributions(session, copies)
        else:
            session.add_all(copies)
        # Flush per table: without relationships the ORM would not order inserts by foreign key.
        session.flush()


def _insert_contributions(session: Session, copies: list[Contribution]) -> None:
    """`merged_into` points within the table, maybe forward: link once all rows exist."""
    targets = [copy.merged_into_id for copy in copies]
    for copy in copies:
        copy.merged_into_id = None
    session.add_all(copies)
    session.flush()
    for copy, target in zip(copies, targets, strict=True):
        copy.merged_into_id = target


def _copy(row: SQLModel) -> SQLModel:
    """A fresh transient twin: adding a detached row from another document would UPDATE it."""
    mapper = inspect(type(row))
    values = {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}
    values = {
        key: list(value) if isinstance(value, list) else value for key, value in values.items()
    }
    return type(row)(**values)
