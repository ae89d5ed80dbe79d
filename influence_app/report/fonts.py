"""The bundled DejaVu Sans family, registered with ReportLab as « Influence »."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from influence_app import paths

FAMILY = "Influence"
BODY_FONT = "Influence"
BOLD_FONT = "Influence-Bold"
ITALIC_FONT = "Influence-Italic"
BOLD_ITALIC_FONT = "Influence-BoldItalic"

# Built-in Helvetica draws black boxes for ő, Ł or the narrow no-break space French needs,
# so every face of the report comes from these files.
FONT_FILES = {
    BODY_FONT: "DejaVuSans.ttf",
    BOLD_FONT: "DejaVuSans-Bold.ttf",
    ITALIC_FONT: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC_FONT: "DejaVuSans-BoldOblique.ttf",
}

# The family name a screen renderer (QtSvg) knows these faces by, with their weight and style.
SCREEN_FAMILY = "DejaVu Sans"
SCREEN_FACES = {
    BODY_FONT: {"family": SCREEN_FAMILY, "weight": "normal", "style": "normal"},
    BOLD_FONT: {"family": SCREEN_FAMILY, "weight": "bold", "style": "normal"},
    ITALIC_FONT: {"family": SCREEN_FAMILY, "weight": "normal", "style": "italic"},
    BOLD_ITALIC_FONT: {"family": SCREEN_FAMILY, "weight": "bold", "style": "italic"},
}


def register_fonts() -> None:
    """Register the four faces and the family once; later calls do nothing."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in FONT_FILES.items():
        if name not in registered:
            path = paths.resource("fonts", filename)
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=BODY_FONT, bold=BOLD_FONT, italic=ITALIC_FONT, boldItalic=BOLD_ITALIC_FONT
    )


def font_file(name: str) -> str:
    """The path of the TTF behind one of the four face names (for a GUI font database)."""
    return str(paths.resource("fonts", FONT_FILES[name]))
