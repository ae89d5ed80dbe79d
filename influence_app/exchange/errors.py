"""The one error an archive import or check raises, naming where in the file it went wrong."""

from __future__ import annotations


class ArchiveError(Exception):
    """`str(error)` is a French message for the user; `path` is like `sessions[3].day` ("" = file).

    `line` and `column` are set when the file is not well-formed JSON.
    """

    def __init__(
        self, message: str, path: str = "", line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(f"{path} : {message}" if path else message)
        self.path = path
        self.detail = message
        self.line = line
        self.column = column


def format_path(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """("sessions", 3, "day") -> "sessions[3].day"."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
