"""Charts of the synthesis PDF: they print, show on screen through QtSvg, and stay readable."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String, mmult

from influence_app.domain.actions import quadrant
from influence_app.report import charts
from influence_app.report.charts import (
    ActionPoint,
    AssessmentSeries,
    Force,
    HeatMap,
    RankedItem,
    StakeholderPoint,
)
from influence_app.report.fonts import BODY_FONT, BOLD_FONT, BOLD_ITALIC_FONT, ITALIC_FONT

WIDTH = 481.0  # A4 text width at 2 cm margins
NNBSP = "\u202f"

NETWORKS = [
    "Union nationale des clubs sportifs de proximité",
    "Fédération des scènes et fabriques culturelles de territoire",
    "Réseau d’éducation populaire et d’initiatives citoyennes",
    "Fédération solidaire pour l’accès aux droits",
    "Coordination des associations de protection de la nature et du cadre de vie",
    "Union des associations de patients et d’usagers de santé",
    "Fédération des structures jeunesse et engagement",
    "Carrefour associatif du Val de Loire",
    "Union des associations du bassin minier",
    "Collectif Engagement et territoires ruraux",
    "Collectif Solidarités numériques",
]
GOALS = [
    "Faire reconnaître les associations comme actrices de l’intérêt général",
    "Une transition écologique juste, qui n’oublie personne",
    "Garantir à chaque jeune l’accès à l’engagement",
    "Rompre l’isolement et recréer du lien dans tous les territoires",
    "Des financements stables qui préservent la liberté de parole",
    "Un accès aux droits garanti, avec un accompagnement humain partout",
    "Un label commun",
]
# Compact tables of sample data, kept as written.
# fmt: off
LEVERS = [  # strengths add up to 17
    Force(name, strength, 3) for name, strength in [
        ("Expertise de terrain", 3), ("Plaidoyer", 2), ("Représentation", 1),
        ("Relations avec les élus", 2), ("Co-construction", 1), ("Mobilisation des membres", 2),
        ("Alliances inter-réseaux", 2), ("Récits et médias", 1), ("Innovation et essaimage", 2),
        ("Ancrage territorial", 1),
    ]
]
OBSTACLES = [  # strengths add up to 14
    Force(name, strength) for name, strength in [
        ("Perte de légitimité", 2), ("Interlocuteurs dispersés", 1), ("Financements précaires", 3),
        ("Concurrence des appels à projets", 1), ("Espace civique réduit", 1),
        ("Dépendance financière", 2), ("Instabilité politique", 1),
        ("Invisibilité des têtes de réseau", 1), ("Moyens humains", 1),
        ("Renouvellement bénévole", 1),
    ]
]
STAKEHOLDERS = [
    StakeholderPoint(f"Acteur {n} — {name}", power, interest, stance, desired)
    for n, (name, power, interest, stance, desired) in enumerate([
        ("Direction de la vie associative", 4, 5, 1, 2), ("Cabinet du ministre", 5, 3, 0, 1),
        ("Rapporteurs budgétaires", 5, 2, 0, 1), ("Sénateurs", 3, 4, 2, 2),
        ("Maires ruraux", 3, 4, 1, 2), ("Conseils régionaux", 4, 3, 1, 2),
        ("Conseils départementaux", 4, 2, -1, 1), ("Préfectures", 4, 2, 0, 1),
        ("Agence de la transition", 4, 3, 0, 1), ("Agences régionales de santé", 4, 2, 0, 1),
        ("Presse régionale", 3, 3, 1, 2), ("Fondations d’entreprise", 3, 4, 1, 2),
        ("Plateformes numériques", 4, 1, -2, 0), ("Commission européenne", 3, 2, 0, None),
        ("CESE et CESER", 2, 4, 2, 2), ("Rédactions nationales", 3, 2, None, 1),
    ], start=1)
]
ACTIONS = [
    ActionPoint(f"Action {n} : faire avancer le plaidoyer commun", impact, effort)
    for n, (impact, effort) in enumerate([
        (5, 4), (4, 2), (3, 2), (4, 3), (3, 4), (4, 3), (3, 2), (2, 2), (4, 4), (5, 2), (3, 3),
        (4, 3), (4, 3), (5, 4), (3, 4), (2, 1), (4, 3),
    ], start=1)
]
CRITERIA = ["Clarté des objectifs", "Cohérence des actions", "Cohésion d’équipe",
            "Légitimité politique"]
SCORES = [  # one row per network, one score per criterion
    [3, 2, 4, 2], [3, 2, 4, 3], [4, 3, 3, 3], [4, 3, 2, 4], [4, 2, 3, 4], [3, 3, 3, 2],
    [3, 4, 4, 3], [3, 3, 4, 4], [2, 3, 4, 3], [3, 2, 2, 3], [2, 3, None, 2],
]
# fmt: on


def ranked() -> Drawing:
    items = [
        RankedItem(goal, 20 - 2 * i, 19.7 - 2.1 * i, tied=i in (2, 3))
        for i, goal in enumerate(GOALS)
    ]
    return charts.ranked_bars(items, WIDTH)


def involvement() -> Drawing:
    levels = [[(r + c) % 4 or None for c in range(len(GOALS))] for r in range(len(NETWORKS))]
    marks = {3: "P", 2: "S", 1: "I", None: ""}
    legend = [(3, "P = porte"), (2, "S = soutient"), (1, "I = intéressé")]
    text = [[marks[v] for v in row] for row in levels]
    return charts.heat_map(HeatMap(NETWORKS, GOALS, levels, 3, text, legend), WIDTH)


def mastery() -> Drawing:
    levers = [force.label for force in LEVERS + OBSTACLES[:5]]
    values = [[(r * c) % 4 for c in range(len(levers))] for r in range(len(NETWORKS))]
    text = [[str(v) for v in row] for row in values]
    return charts.heat_map(HeatMap(NETWORKS, levers, values, 3, text), WIDTH)


def functions() -> Drawing:
    names = ["Plaidoyer", "Opérateur", "Accompagnement", "Animation", "Ingénierie", "Pilotage"]
    values = [[1 if (r + c) % 3 else None for c in range(6)] for r in range(len(NETWORKS))]
    text = [["✓" if v else "" for v in row] for row in values]
    return charts.heat_map(HeatMap(NETWORKS, names, values, 1, text), WIDTH)


def forces() -> Drawing:
    return charts.force_field(LEVERS, OBSTACLES, WIDTH, GOALS[0])


def stakeholders() -> Drawing:
    return charts.stakeholder_map(STAKEHOLDERS, WIDTH)


def actions() -> Drawing:
    return charts.impact_effort(ACTIONS, WIDTH)


def assessment() -> Drawing:
    series = [AssessmentSeries(name, scores) for name, scores in zip(NETWORKS, SCORES, strict=True)]
    return charts.assessment_chart(CRITERIA, series, WIDTH)


CHARTS = {
    "ranked_bars": ranked,
    "involvement_heat_map": involvement,
    "mastery_heat_map": mastery,
    "function_heat_map": functions,
    "force_field": forces,
    "stakeholder_map": stakeholders,
    "impact_effort": actions,
    "assessment_chart": assessment,
}
EMPTY = {
    "ranked_bars": lambda: charts.ranked_bars([], WIDTH),
    "heat_map": lambda: charts.heat_map(HeatMap([], [], [], 3), WIDTH),
    "heat_map_without_columns": lambda: charts.heat_map(HeatMap(NETWORKS, [], [], 3), WIDTH),
    "force_field": lambda: charts.force_field([], [], WIDTH, "Objectif"),
    "stakeholder_map": lambda: charts.stakeholder_map([], WIDTH),
    "impact_effort": lambda: charts.impact_effort([], WIDTH),
    "assessment_chart": lambda: charts.assessment_chart(CRITERIA, [], WIDTH),
}


# --- helpers -------------------------------------------------------------------------------


def svg_texts(svg: str) -> list[str]:
    root = ET.fromstring(svg.encode("utf-8"))
    return [node.text or "" for node in root.iter() if node.tag.endswith("text")]


def strings(node, transform=(1, 0, 0, 1, 0, 0)):  # type: ignore[no-untyped-def]
    """Every String of a drawing with the transform that places it."""
    for child in getattr(node, "contents", []):
        if isinstance(child, String):
            yield child, transform
        elif isinstance(child, Group):
            yield from strings(child, mmult(transform, child.transform))


def shapes_of(node, kind):  # type: ignore[no-untyped-def]
    for child in getattr(node, "contents", []):
        if isinstance(child, kind):
            yield child
        if isinstance(child, Group):
            yield from shapes_of(child, kind)


def text_boxes(drawing: Drawing) -> list[tuple[str, tuple[float, float, float, float]]]:
    boxes = []
    for text, (a, b, c, d, e, f) in strings(drawing):
        x1, y1, x2, y2 = text.getBounds()
        corners = [(a * x + c * y + e, b * x + d * y + f) for x in (x1, x2) for y in (y1, y2)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        boxes.append((text.text, (min(xs), min(ys), max(xs), max(ys))))
    return boxes


def overlap(one, other, slack: float = 0.3) -> bool:  # type: ignore[no-untyped-def]
    return not (
        one[2] - slack <= other[0]
        or other[2] - slack <= one[0]
        or one[3] - slack <= other[1]
        or other[3] - slack <= one[1]
    )


def on_screen(svg: str, width: float, height: float) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def shares(image: QImage) -> tuple[float, float]:
    """Share of (near) white and of (near) black pixels, sampled on a 3-pixel grid."""
    step = 3
    points = [(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    light = [image.pixelColor(x, y).lightness() for x, y in points]
    return sum(v > 245 for v in light) / len(light), sum(v < 20 for v in light) / len(light)


# --- every chart ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", CHARTS)
def test_chart_prints_to_a_one_page_pdf(name):
    pdf = renderPDF.drawToString(CHARTS[name]())
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


@pytest.mark.parametrize("name", CHARTS)
def test_chart_shows_on_screen_as_in_print(qapp, name):
    """QtSvg paints the chart at the drawing's size: not blank, not the black block that the
    default `<clipPath>` output gives."""
    drawing = CHARTS[name]()
    svg = charts.to_svg(drawing)
    assert "font-family: DejaVu Sans" in svg and "Influence" not in svg  # a face Qt can find
    white, black = shares(on_screen(svg, drawing.width, drawing.height))
    assert white < 0.995
    assert black < 0.1


def assert_readable(drawing: Drawing) -> None:
    """Every label in the family at 7 pt or more, inside the drawing, touching no other."""
    boxes = text_boxes(drawing)
    assert boxes
    for text, _ in strings(drawing):
        assert text.fontSize >= 7, text.text
        # QtSvg truncates sizes to whole pixels: a 7.5 pt label would be narrower on screen.
        assert float(text.fontSize).is_integer(), text.text
        assert text.fontName in (BODY_FONT, BOLD_FONT, ITALIC_FONT, BOLD_ITALIC_FONT)
    for text, (x1, y1, x2, y2) in boxes:
        assert x1 >= -0.5 and x2 <= drawing.width + 0.5, text
        assert y1 >= -0.5 and y2 <= drawing.height + 0.5, text
    collisions = [(a[0], b[0]) for a, b in itertools.combinations(boxes, 2) if overlap(a[1], b[1])]
    assert collisions == []


@pytest.mark.parametrize("name", CHARTS)
def test_chart_labels_are_readable_never_overlap_and_stay_inside(name):
    assert_readable(CHARTS[name]())


@pytest.mark.parametrize("name", CHARTS)
def test_same_data_gives_the_same_svg(name):
    assert charts.to_svg(CHARTS[name]()) == charts.to_svg(CHARTS[name]())


@pytest.mark.parametrize("name", EMPTY)
def test_no_data_gives_a_small_notice_instead_of_a_chart(qapp, name):
    drawing = EMPTY[name]()
    svg = charts.to_svg(drawing)
    assert svg_texts(svg) == ["Aucune donnée"]
    assert drawing.width == WIDTH and drawing.height < 60
    assert QSvgRenderer(QByteArray(svg.encode("utf-8"))).isValid()


HOSTILE = [
    "<b>gras</b>",
    "A & B",
    "🎉🎉",
    "Fin 🎉",
    "x" * 500,
    "long " * 100,
    "ligne\nsuivante\ttab\x00\x07",
    "\ud800 seul",
    "",
]


def hostile_charts() -> dict[str, Drawing]:
    labels = itertools.cycle(HOSTILE)
    items = [RankedItem(text, 3, 2.5, tied=True) for text in HOSTILE]
    values = [[1.0] * len(HOSTILE) for _ in HOSTILE]
    heat = HeatMap(HOSTILE, HOSTILE, values, 1, [HOSTILE for _ in HOSTILE], [(1, "x" * 500)])
    return {
        "ranked_bars": charts.ranked_bars(items, WIDTH, "<i>", "&amp;"),
        "heat_map": charts.heat_map(heat, WIDTH),
        "force_field": charts.force_field(
            [Force(t, 5) for t in HOSTILE], [Force(t, 1) for t in HOSTILE], WIDTH, "y" * 500
        ),
        "stakeholder_map": charts.stakeholder_map(
            [StakeholderPoint(next(labels), 1 + i % 5, 5 - i % 5, 9, -9) for i in range(20)], WIDTH
        ),
        "few_stakeholders": charts.stakeholder_map(
            [StakeholderPoint(text, 3, 3) for text in HOSTILE[3:6]], WIDTH
        ),
        "impact_effort": charts.impact_effort(
            [ActionPoint(text, 0, 99) for text in HOSTILE], WIDTH
        ),
        "assessment_chart": charts.assessment_chart(
            HOSTILE, [AssessmentSeries(text, [7, None, -3]) for text in HOSTILE], WIDTH
        ),
    }


@pytest.mark.parametrize("name", list(hostile_charts()))
def test_hostile_labels_are_printed_as_plain_short_text(qapp, name):
    drawing = hostile_charts()[name]
    svg = charts.to_svg(drawing)
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")
    assert QSvgRenderer(QByteArray(svg.encode("utf-8"))).isValid()
    texts = svg_texts(svg)
    joined = "".join(texts)
    assert "🎉" not in joined and "\x00" not in joined and "\n" not in joined
    assert all(len(text) < 150 for text in texts)
    assert any(text.startswith("xxx") and text.endswith("…") for text in texts)
    assert_readable(drawing)


def test_markup_in_a_label_is_shown_literally_not_interpreted():
    svg = charts.to_svg(charts.ranked_bars([RankedItem("<b>gras</b> & co", 1)], WIDTH))
    assert "<b>gras</b> & co" in svg_texts(svg)


# --- what each chart tells ------------------------------------------------------------------


def test_ranked_bars_show_raw_and_weighted_values_with_a_decimal_comma_and_ties():
    texts = svg_texts(charts.to_svg(ranked()))
    assert {"Brut", "Pondéré", "20", "19,7", "16", "15,5"} <= set(texts)
    assert texts.count("ex æquo") == 2
    assert "Un label commun" in texts


def test_ranked_bars_are_as_long_as_their_value():
    drawing = charts.ranked_bars([RankedItem("Dix", 10), RankedItem("Cinq", 5)], WIDTH)
    bars = sorted(
        (rect.width for rect in shapes_of(drawing, Rect) if rect.height == 9), reverse=True
    )
    assert bars[0] == pytest.approx(2 * bars[1])
    assert "Brut" not in svg_texts(charts.to_svg(drawing))  # one series needs no legend


def test_ranked_bars_grow_with_the_number_of_items():
    five = charts.ranked_bars([RankedItem(f"Objectif {i}", i) for i in range(5)], WIDTH)
    ten = charts.ranked_bars([RankedItem(f"Objectif {i}", i) for i in range(10)], WIDTH)
    assert ten.height > five.height * 1.8


def test_force_field_totals_each_side_and_draws_arrows_as_long_as_the_strength():
    drawing = forces()
    texts = svg_texts(charts.to_svg(drawing))
    assert f"Leviers{NNBSP}: 17" in texts and f"Freins{NNBSP}: 14" in texts
    assert {"Leviers", "Freins", "Expertise de terrain", "Renouvellement bénévole"} <= set(texts)
    lengths = sorted(
        {round(max(a.points[::2]) - min(a.points[::2]), 2) for a in shapes_of(drawing, Polygon)}
    )
    assert lengths == pytest.approx([lengths[0], 2 * lengths[0], 3 * lengths[0]])


def test_heat_map_shades_higher_values_darker_and_prints_the_cell_marks():
    drawing = involvement()
    texts = svg_texts(charts.to_svg(drawing))
    assert {"P", "S", "I", "P = porte", "Un label commun", NETWORKS[7]} <= set(texts)
    shade = {}
    for rect in shapes_of(drawing, Rect):
        fill = rect.fillColor
        shade.setdefault(round(rect.width, 2), set()).add(
            (fill.red + fill.green + fill.blue) if fill is not None else None
        )
    cells = max(shade.values(), key=len)  # the cells: most rectangles share one width
    darkness = sorted(value for value in cells if value is not None)
    assert len(darkness) == 4  # white (no involvement) and the three levels
    texts_funcs = svg_texts(charts.to_svg(functions()))
    assert "✓" in texts_funcs and "Accompagnement" in texts_funcs


def test_crowded_stakeholder_map_numbers_markers_and_lists_every_name_below():
    texts = svg_texts(charts.to_svg(stakeholders()))
    assert {str(n) for n in range(1, 17)} <= set(texts)
    for point in STAKEHOLDERS:
        assert any(point.label.startswith(text.rstrip("…")) and len(text) > 8 for text in texts)
    assert {"Acteurs clés", "À satisfaire", "À informer", "À surveiller"} <= set(texts)


def test_a_few_stakeholders_are_labelled_beside_their_marker():
    points = STAKEHOLDERS[:3]
    texts = svg_texts(charts.to_svg(charts.stakeholder_map(points, WIDTH)))
    assert texts.count("1") == 2  # the two axes' first tick, no marker number
    for point in points:
        assert point.label in texts or any(line in point.label and len(line) > 5 for line in texts)


def test_stakeholders_on_the_same_spot_are_spread_without_overlapping():
    same = [StakeholderPoint(f"Acteur {i}", 4, 4, i % 5 - 2, 2) for i in range(16)]
    discs = [
        c
        for c in shapes_of(charts.stakeholder_map(same, WIDTH), Circle)
        if c.strokeWidth == 0.5 and c.r >= 7
    ]  # plot discs, not the key's
    assert len(discs) == 16
    for one, other in itertools.combinations(discs, 2):
        distance = ((one.cx - other.cx) ** 2 + (one.cy - other.cy) ** 2) ** 0.5
        assert distance >= one.r + other.r


def test_stakeholder_fill_is_the_stance_and_ring_the_desired_stance():
    point = StakeholderPoint("Préfecture", 4, 4, stance=-2, desired_stance=2)
    circles = list(shapes_of(charts.stakeholder_map([point], WIDTH), Circle))
    ring = next(c for c in circles if c.fillColor is None and c.strokeWidth > 1)
    marker = next(c for c in circles if c.fillColor is not None and c.strokeWidth == 0.5)
    assert ring.strokeColor != marker.fillColor  # the move is visible
    legend_dots = {c.fillColor for c in circles if c is not marker and c.fillColor is not None}
    assert {marker.fillColor, ring.strokeColor} <= legend_dots  # both colours are explained


@pytest.mark.parametrize(("impact", "effort"), [(3, 2), (3, 3), (2, 2), (2, 3), (5, 1), (1, 5)])
def test_impact_effort_puts_an_action_in_the_quadrant_the_domain_gives_it(impact, effort):
    drawing = charts.impact_effort([ActionPoint("Une action", impact, effort)], WIDTH)
    lines = list(shapes_of(drawing, Line))
    vertical = max((ln for ln in lines if ln.x1 == ln.x2), key=lambda ln: abs(ln.y2 - ln.y1))
    horizontal = max((ln for ln in lines if ln.y1 == ln.y2), key=lambda ln: abs(ln.x2 - ln.x1))
    marker = next(c for c in shapes_of(drawing, Circle) if c.strokeWidth == 0.5)
    high_impact, high_effort = marker.cy > horizontal.y1, marker.cx > vertical.x1
    named = {
        quadrant(5, 1): (True, False),
        quadrant(5, 5): (True, True),
        quadrant(1, 1): (False, False),
        quadrant(1, 5): (False, True),
    }
    assert named[quadrant(impact, effort)] == (high_impact, high_effort)
    assert quadrant(impact, effort).label() in svg_texts(charts.to_svg(drawing))


def test_assessment_prints_each_mean_and_marks_missing_scores():
    texts = svg_texts(charts.to_svg(assessment()))
    assert {"moyenne 3,1", "moyenne 2,7", "moyenne 3,3", "moyenne 3,0"} <= set(texts)
    assert "—" in texts  # the one network that did not score cohesion
    assert all(criterion in " ".join(texts) for criterion in CRITERIA)
    assert set(NETWORKS[-3:]) <= set(texts)


CHARTS_ALONE = """
import sys
sys.modules["PySide6"] = None
import influence_app.report.charts
print(sorted(m for m in sys.modules if m.startswith("influence_app")))
"""


def test_charts_import_nothing_of_the_app_but_paths_and_messages():
    result = subprocess.run(
        [sys.executable, "-c", CHARTS_ALONE], capture_output=True, text=True, check=True
    )
    loaded = eval(result.stdout)  # a printed list of module names
    outside = [m for m in loaded if not m.startswith("influence_app.report")]
    assert outside == ["influence_app", "influence_app.i18n", "influence_app.paths"]


# --- any data, any width --------------------------------------------------------------------

WORDS = ["plaidoyer", "réseau", "associations", "intérêt", "général", "légitimité", "territoire"]
labels = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join),
    st.text(max_size=60),
)
widths = st.sampled_from([200.0, 260.0, 330.0, 481.0, 640.0])
scores = st.integers(min_value=1, max_value=5)
SOME = settings(max_examples=25, deadline=None)


@SOME
@given(
    st.lists(
        st.tuples(labels, st.floats(0, 50), st.none() | st.floats(0, 50), st.booleans()),
        min_size=1,
        max_size=20,
    ),
    widths,
)
def test_any_vote_result_stays_readable(items, width):
    assert_readable(charts.ranked_bars([RankedItem(*item) for item in items], width))


@SOME
@given(
    st.lists(labels, min_size=1, max_size=14),
    st.lists(labels, min_size=1, max_size=40),
    st.randoms(use_true_random=False),
    widths,
)
def test_any_heat_map_stays_readable(rows, columns, random, width):
    values = [[random.choice([None, 0, 1, 2, 3]) for _ in columns] for _ in rows]
    text = [["" if v is None else "PSI✓"[v] for v in row] for row in values]
    heat = HeatMap(rows, columns, values, 3, text, [(3, "forte"), (1, "faible")])
    assert_readable(charts.heat_map(heat, width))


@SOME
@given(
    st.lists(st.tuples(labels, st.integers(0, 7)), max_size=12),
    st.lists(st.tuples(labels, st.integers(0, 7)), min_size=1, max_size=12),
    labels,
    widths,
)
def test_any_force_field_stays_readable(levers, obstacles, goal, width):
    drawing = charts.force_field(
        [Force(*lever) for lever in levers],
        [Force(*obstacle) for obstacle in obstacles],
        width,
        goal,
    )
    assert_readable(drawing)


stances = st.none() | st.integers(-2, 2)


@SOME
@given(
    st.lists(st.tuples(labels, scores, scores, stances, stances), min_size=1, max_size=24), widths
)
def test_any_stakeholder_map_stays_readable(points, width):
    assert_readable(charts.stakeholder_map([StakeholderPoint(*p) for p in points], width))


@SOME
@given(st.lists(st.tuples(labels, scores, scores), min_size=1, max_size=24), widths)
def test_any_impact_effort_map_stays_readable(points, width):
    assert_readable(charts.impact_effort([ActionPoint(*p) for p in points], width))


@SOME
@given(
    st.lists(labels, min_size=1, max_size=6),
    st.lists(st.tuples(labels, st.lists(st.none() | scores, max_size=6)), min_size=1, max_size=14),
    widths,
)
def test_any_self_assessment_stays_readable(criteria, series, width):
    drawing = charts.assessment_chart(criteria, [AssessmentSeries(*s) for s in series], width)
    assert_readable(drawing)
