"""The bundled DejaVu family: registered once, all four faces, the glyphs French text needs."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from influence_app import paths
from influence_app.report import fonts

FACES = [fonts.BODY_FONT, fonts.BOLD_FONT, fonts.ITALIC_FONT, fonts.BOLD_ITALIC_FONT]


def test_the_family_ships_four_faces_and_its_licence():
    for face in FACES:
        assert paths.resource("fonts", fonts.FONT_FILES[face]).stat().st_size > 100_000
    assert {fonts.font_file(face) for face in FACES} == {
        str(paths.resource("fonts", name)) for name in fonts.FONT_FILES.values()
    }
    licence = paths.resource("fonts", "LICENSE-DejaVu.txt").read_text("utf-8")
    assert "Bitstream Vera" in licence and "Permission is hereby granted" in licence


def test_registering_twice_is_harmless_and_names_every_face():
    fonts.register_fonts()
    fonts.register_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    assert all(registered.count(face) == 1 for face in FACES)


def test_bold_and_italic_markup_find_their_faces():
    fonts.register_fonts()
    assert tt2ps(fonts.FAMILY, 0, 0) == fonts.BODY_FONT
    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.BOLD_FONT
    assert tt2ps(fonts.FAMILY, 0, 1) == fonts.ITALIC_FONT
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC_FONT


def test_french_and_european_characters_have_glyphs():
    """Helvetica draws boxes for these; the report font must not."""
    fonts.register_fonts()
    needed = "éèàçœæÉÀ«»\u202f\u00a0…’–—€őŁ✓−"
    for face in FACES:
        covered = pdfmetrics.getFont(face).face.charToGlyph
        assert [ch for ch in needed if ord(ch) not in covered] == [], face


def test_a_paragraph_with_bold_and_italic_embeds_the_four_dejavu_faces():
    fonts.register_fonts()
    buffer = io.BytesIO()
    style = ParagraphStyle("body", fontName=fonts.BODY_FONT, fontSize=10)
    text = "Normal «\u202fŁódź\u202f» <b>gras</b> <i>italique</i> <b><i>les deux</i></b>"
    SimpleDocTemplate(buffer).build([Paragraph(text, style)])
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    embedded = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert any(base.split("+")[-1] == name for base in embedded), (name, embedded)
    assert "Łódź" in page.extract_text()
