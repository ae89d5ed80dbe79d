"""Fresh ids for new entities: a readable prefix and a short random part."""

from __future__ import annotations

import secrets


def new_id(prefix: str) -> str:
    """E.g. `new_id("net")` -> "net-3f9a1c2b"; unique enough within one seminar."""
    return f"{prefix}-{secrets.token_hex(4)}"
