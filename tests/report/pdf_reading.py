"""Reading a synthesis PDF back as a reader (or a search engine) would: text, outline, images."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from influence_app.report import styles as st

# Every kind of space (NNBSP, NBSP included): text extraction breaks lines where it likes.
_SPACES = re.compile(r"\s+", re.UNICODE)


def reader(pdf: bytes | Path) -> PdfReader:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return PdfReader(io.BytesIO(data), strict=True)


def squeeze(text: str) -> str:
    """Text without any whitespace (nor the zero-width break opportunities the layout puts in
    endless words), to compare what wrapping and extraction cut differently."""
    return _SPACES.sub("", text).replace("\u200b", "")


def page_texts(pdf: PdfReader) -> list[str]:
    return [page.extract_text() for page in pdf.pages]


def all_text(pdf: PdfReader) -> str:
    """Everything a reader can find: pages, outline and document properties."""
    parts = page_texts(pdf) + outline_titles(pdf) + [metadata_text(pdf)]
    return "\n".join(parts)


def body_text(pdf: PdfReader) -> str:
    """The text inside the page frames only: a paragraph that runs onto the next page then
    reads on without the running header and footer in the middle."""
    low, high = st.MARGIN_BOTTOM - 3, st.PAGE_HEIGHT - st.MARGIN_TOP + 3
    chunks: list[str] = []

    def keep(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if low <= y <= high:
            chunks.append(text)

    for page in pdf.pages:
        page.extract_text(visitor_text=keep)
    return "".join(chunks)


def outline_titles(pdf: PdfReader) -> list[str]:
    """Top-level outline (bookmark) entries, in order."""
    return [entry.title for entry in pdf.outline if not isinstance(entry, list)]


def metadata_text(pdf: PdfReader) -> str:
    info = pdf.metadata or {}
    return "\n".join(str(value) for value in info.values())


def image_xobjects(pdf: PdfReader) -> list[str]:
    """Names of image XObjects on any page, including inside form XObjects."""
    found: list[str] = []
    for page in pdf.pages:
        _collect_images(page.get("/Resources"), found, depth=0)
    return found


def _collect_images(resources: object, found: list[str], depth: int) -> None:
    if isinstance(resources, IndirectObject):
        resources = resources.get_object()
    if not isinstance(resources, DictionaryObject) or depth > 8:
        return
    xobjects = resources.get("/XObject")
    if xobjects is None:
        return
    for name, ref in xobjects.get_object().items():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Image":
            found.append(str(name))
        elif xobject.get("/Subtype") == "/Form":
            _collect_images(xobject.get("/Resources"), found, depth + 1)


def outline_pages(pdf: PdfReader) -> dict[str, int]:
    """Outline title → 0-based page index of its destination."""
    return {
        entry.title: pdf.get_destination_page_number(entry)
        for entry in pdf.outline
        if not isinstance(entry, list)
    }
