"""Whatever participants type, the export gives a valid PDF that shows it literally."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as hs
from reportlab.pdfbase import pdfmetrics

from influence_app.report import typography as ty
from influence_app.report.fonts import BODY_FONT, register_fonts
from influence_app.services.export_pdf import ExportError, export_pdf
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.report.pdf_reading import body_text, image_xobjects, reader, squeeze
from tests.report.seminars import TEXT_FIELDS, replace_rows, small_seminar

LONG = "a" * 50_000
LONG_WORDS = " ".join(["mot"] * 12_500)
HOSTILE = [
    "<b>gras</b>",
    "<img src=/etc/passwd>",
    '<img src="/etc/passwd" width=400 height=400/>',
    '<font size=60 color="red">énorme</font>',
    "<para><b>non fermé",
    "</font></para>",
    "a & b &amp; &lt; &#0; &nbsp; &unknown;",
    "]]><![CDATA[x]]><!-- c -->",
    "<onDraw name=x label=y/>",
    '<a href="javascript:alert(1)">lien</a>',
    "\x00\x01\x07\x1b\x7f\x85 contrôle",
    "émoji 🙂👍🏽 ❤️ 🎉",
    "RTL : مرحبا بالعالم — שלום עולם",
    "\u202eà l'envers\u202c",
    "ligne\nsuite\r\nfin\tTab",
    "«guillemets» et : ; ! ? « espacés »",
    "   ",
    "",
    "<long>",
    "<long words>",
]
# Drawn as short tokens, so a failing example stays readable; expanded in the test.
_EXPANDED = {"<long>": LONG, "<long words>": LONG_WORDS}
_RTL = {"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI", "LRE", "LRO", "LRI", "PDF", "PDI"}

hostile_text = hs.one_of(
    hs.sampled_from(HOSTILE),
    hs.text(max_size=60),
    hs.lists(hs.sampled_from(HOSTILE[:-2]) | hs.text(max_size=12), max_size=4).map("".join),
)


@pytest.fixture(scope="module")
def doc_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def document(doc_dir: Path) -> Iterator[Document]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(doc_dir / "data"))
        opened = SeminarService.create_from_template(doc_dir / "s.influence", "x", "2026-03-10")
    yield opened
    opened.close()


def _expected(text: str) -> str:
    """What of `text` a reader can find in the PDF: the characters the font draws, less the
    invisible format characters (a soft hyphen only shows where a line breaks)."""
    register_fonts()
    covered = pdfmetrics.getFont(BODY_FONT).face.charToGlyph
    drawn = (ch for ch in ty.clean(text) if ord(ch) in covered and unicodedata.category(ch) != "Cf")
    return squeeze("".join(drawn))


def _extractable(text: str) -> bool:
    """Right-to-left runs come back reordered by extraction; they are checked visually."""
    return not any(unicodedata.bidirectional(ch) in _RTL for ch in text)


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # shrinking 50k texts takes minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=hs.fixed_dictionaries({field: hostile_text for field in TEXT_FIELDS}))
def test_any_text_gives_a_valid_pdf_showing_it_literally(
    document: Document, doc_dir: Path, texts: dict[str, str]
) -> None:
    texts = {field: _EXPANDED.get(value, value) for field, value in texts.items()}
    replace_rows(document, small_seminar(texts.__getitem__))
    out = doc_dir / "synthese.pdf"
    try:
        export_pdf(document, out)
    except ExportError as error:  # a clear refusal is acceptable; a crash is not
        assert str(error).strip()
        return
    pdf = reader(out)
    assert len(pdf.pages) >= 10
    assert image_xobjects(pdf) == []
    shown = squeeze(body_text(pdf)).replace("\ufffd", "")
    for field, value in texts.items():
        if _extractable(value):
            assert _expected(value) in shown, field


def test_markup_in_a_title_is_printed_not_obeyed(document: Document, doc_dir: Path) -> None:
    texts = dict.fromkeys(TEXT_FIELDS, "texte")
    texts["goal.title"] = '<font size=60 color="red">énorme</font> <img src="/etc/passwd"/>'
    replace_rows(document, small_seminar(texts.__getitem__))
    out = doc_dir / "markup.pdf"
    export_pdf(document, out)
    pdf = reader(out)
    assert image_xobjects(pdf) == []
    assert squeeze('<font size=60 color="red">énorme</font>') in squeeze(body_text(pdf))
