"""Colour-blind-safe colours (Okabe–Ito) and the scales built from them."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

# Okabe & Ito (2008): eight colours told apart under every common colour-vision deficiency.
BLACK = HexColor("#000000")
ORANGE = HexColor("#E69F00")
SKY_BLUE = HexColor("#56B4E9")
GREEN = HexColor("#009E73")
YELLOW = HexColor("#F0E442")
BLUE = HexColor("#0072B2")
VERMILLION = HexColor("#D55E00")
PURPLE = HexColor("#CC79A7")

INK = HexColor("#222222")
MUTED = HexColor("#666666")
RULE = HexColor("#BBBBBB")
FAINT = HexColor("#EEEEEE")
WHITE = HexColor("#FFFFFF")
NEUTRAL = HexColor("#A0A0A0")

# A single hue read by lightness alone, so it survives colour blindness and greyscale print.
SEQUENTIAL_LOW = HexColor("#EAF3FA")
SEQUENTIAL_HIGH = HexColor("#08306B")

# Stance −2..+2: orange side against, blue side for; the two hues every deficiency keeps apart.
STANCE_COLOURS = {
    -2: VERMILLION,
    -1: ORANGE,
    0: NEUTRAL,
    1: SKY_BLUE,
    2: BLUE,
}


def mix(low: Color, high: Color, t: float) -> Color:
    """The colour a fraction `t` (clamped to 0–1) of the way from `low` to `high`."""
    t = min(max(t, 0.0), 1.0)
    return Color(
        round(low.red + (high.red - low.red) * t, 4),
        round(low.green + (high.green - low.green) * t, 4),
        round(low.blue + (high.blue - low.blue) * t, 4),
    )


def sequential(value: float, max_value: float) -> Color:
    """The heat-map colour of `value` on a 0..`max_value` scale."""
    if max_value <= 0:
        return SEQUENTIAL_LOW
    return mix(SEQUENTIAL_LOW, SEQUENTIAL_HIGH, value / max_value)


def stance_colour(stance: int | None) -> Color:
    """Fill of a stakeholder marker; unknown stance is white so it reads as « not assessed »."""
    if stance is None:
        return WHITE
    return STANCE_COLOURS[min(max(stance, -2), 2)]


def text_on(fill: Color) -> Color:
    """Black or white, whichever reads better on `fill` (relative luminance threshold)."""
    luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
    return INK if luminance > 0.5 else WHITE
