"""The activity report for the town's safety council (CLSPD): indicators, no personal data.

It covers a period and a set of sites: signalements by month, category and site, with
the trend against the period just before; welfare-watch and neighbour-conflict figures;
charts drawn with reportlab graphics. It receives counts only (aggregated in SQL by the
service), never a record. A count from 1 to 4 is printed "< 5" everywhere, charts
included, so that nobody can be recognised; a trend is only given between two counts of
5 or more, since a percentage would give a small count away.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from app.domain.codes import (
    AlertKind,
    Category,
    CheckOutcome,
    ClosingReason,
    ConflictNature,
    Difficulty,
    FollowUp,
    MediationKind,
    ProcedureStep,
    ReferralRecipient,
)
from app.domain.messages import language, msg
from app.reports.common import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAGE_W,
    RULE,
    SHADE,
    Built,
    Letterhead,
    build_report,
    date_long,
    date_short,
    fit,
    grid,
    heading,
    letterhead_block,
    month_label,
    number,
    para,
    styles,
    title_right,
)

WIDTH = PAGE_W - 2 * MARGIN
SMALL = 5            # counts below this (and above 0) are masked
MONTHS_PER_TABLE = 12
PREVIOUS = -1        # the month index of the previous period's counts
BAR = colors.HexColor("#3a6ea5")
BAR_LIGHT = colors.HexColor("#a9c1dd")


def masked(n: int) -> str:
    """'0', '< 5' for 1 to 4, else the count."""
    return "< 5" if 0 < n < SMALL else number(n)


def trend(now: int, before: int) -> str:
    """'▲ +12 %', '▼ −8 %', '= 0 %', or '—' when either count is too small to compare."""
    if now < SMALL or before < SMALL:
        return "—"
    change = round((now - before) * 100 / before)
    if change > 0:
        return f"▲ +{change}\u00a0%"
    if change < 0:
        return f"▼ −{-change}\u00a0%"
    return "= 0\u00a0%"


class Published:
    """The counts as printed. A count from 1 to 4 is masked ('< 5'); and where a printed
    total would let a masked count be worked out by subtraction (a line holding exactly
    one hidden figure), the smallest other count of that line is withheld too ('n.d.'),
    until no line has a single hidden figure (secondary suppression, as public statistics
    do it)."""

    def __init__(self, values: dict, lines: list[tuple[list, object]]) -> None:
        self.values = values
        self.primary = {k for k, v in values.items() if 0 < v < SMALL}
        self.secondary: set = set()
        changed = True
        while changed:
            changed = False
            for parts, total in lines:
                hidden = [k for k in (*parts, total) if self.hidden(k)]
                if len(hidden) != 1:
                    continue
                candidates = [k for k in parts if not self.hidden(k) and values.get(k, 0) > 0]
                if not candidates and not self.hidden(total) and values.get(total, 0) > 0:
                    candidates = [total]
                if candidates:
                    self.secondary.add(min(candidates, key=lambda k: values.get(k, 0)))
                    changed = True

    def hidden(self, key) -> bool:
        return key in self.primary or key in self.secondary

    def text(self, key) -> str:
        if key in self.primary:
            return "< 5"
        if key in self.secondary:
            return msg("rpt_activity_withheld")
        return number(self.values.get(key, 0))

    def bar(self, key) -> int:
        """What a chart may draw: nothing for a hidden count."""
        return 0 if self.hidden(key) else self.values.get(key, 0)

    def trend(self, now, before) -> str:
        if self.hidden(now) or self.hidden(before):
            return "—"
        return trend(self.values.get(now, 0), self.values.get(before, 0))


@dataclass(frozen=True)
class SiteInfo:
    code: str
    name: str
    difficulty: int


@dataclass(frozen=True)
class WelfareStats:
    register_at_end: int = 0
    joined: int = 0
    left: int = 0
    checks_by_outcome: dict[str, int] = field(default_factory=dict)
    follow_ups: dict[str, int] = field(default_factory=dict)
    plans: list[tuple[str, date, date | None]] = field(default_factory=list)


@dataclass(frozen=True)
class ConflictStats:
    opened_by_nature: dict[str, int] = field(default_factory=dict)
    closed_by_reason: dict[str, int] = field(default_factory=dict)
    open_at_end: int = 0
    steps: dict[str, int] = field(default_factory=dict)
    sessions_by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ActivityData:
    author: str
    date_from: date
    date_to: date
    previous_from: date
    previous_to: date
    printed_at: datetime
    sites: list[SiteInfo]
    all_sites: bool
    months: list[tuple[int, int]]                 # (year, month) of the period, in order
    counts: dict[tuple[str, str, int], int]       # (site code, category, month index) -> n
    referred: dict[str, int] = field(default_factory=dict)  # recipient -> signalements
    welfare: WelfareStats = field(default_factory=WelfareStats)
    conflicts: ConflictStats = field(default_factory=ConflictStats)
    head: Letterhead | None = None


def title(d: ActivityData) -> str:
    return msg("rpt_activity_title_dates", start=date_short(d.date_from),
               end=date_short(d.date_to))


def render(d: ActivityData) -> Built:
    lang = language()
    st = styles(9)
    story = []
    right = [title_right(msg("rpt_activity_heading"), st),
             para(msg("rpt_activity_for"), st.right)]
    story.append(letterhead_block(d.head or Letterhead(d.author), st, right))
    story.append(Spacer(1, 3 * mm))
    story.append(para(msg("rpt_activity_period", start=date_long(d.date_from),
                          end=date_long(d.date_to)), st.h2))
    sites_text = (msg("rpt_activity_all_sites", count=len(d.sites)) if d.all_sites else
                  ", ".join(f"{s.code} {s.name}" for s in d.sites))
    story.append(para(msg("rpt_activity_sites", sites=sites_text), st.body))
    story.append(para(msg("rpt_activity_compared", start=date_short(d.previous_from),
                          end=date_short(d.previous_to)), st.small))
    story.append(Spacer(1, 1.5 * mm))
    story.append(para(msg("rpt_activity_privacy"), st.note))

    # Every printed count of signalements, and the totals they add up to.
    values: Counter = Counter()
    for (site, cat, month), n in d.counts.items():
        if month == PREVIOUS:
            values["prev",] += n
            values["pcat", cat] += n
            values["psite", site] += n
        else:
            values["all",] += n
            values["cat", cat] += n
            values["site", site] += n
            values["month", month] += n
            values["cell", site, month] += n
    wf, cf = d.welfare, d.conflicts
    for outcome, n in wf.checks_by_outcome.items():
        values["wf", outcome] += n
        values["wf_total",] += n
    for nature, n in cf.opened_by_nature.items():
        values["nat", nature] += n
        values["nat_total",] += n
    codes = [x.code for x in d.sites]
    months = range(len(d.months))
    lines = [([("cell", c, m) for m in months], ("site", c)) for c in codes]
    lines += [([("cell", c, m) for c in codes], ("month", m)) for m in months]
    lines += [
        ([("site", c) for c in codes], ("all",)),
        ([("month", m) for m in months], ("all",)),
        ([("cat", c.value) for c in Category], ("all",)),
        ([("psite", c) for c in codes], ("prev",)),
        ([("pcat", c.value) for c in Category], ("prev",)),
        ([("wf", o.value) for o in CheckOutcome], ("wf_total",)),
        ([("nat", n.value) for n in ConflictNature], ("nat_total",)),
    ]
    pub = Published(values, lines)

    # Key figures.
    figures = [
        (msg("rpt_activity_kf_signalements"), pub.text(("all",)),
         pub.trend(("all",), ("prev",))),
        (msg("rpt_activity_kf_referred"),
         masked(d.referred.get(ReferralRecipient.POLICE.value, 0)
                + d.referred.get(ReferralRecipient.PROSECUTOR.value, 0)), ""),
        (msg("rpt_activity_kf_cases"), pub.text(("nat_total",)), ""),
        (msg("rpt_activity_kf_checks"), pub.text(("wf_total",)), ""),
    ]
    story.append(Spacer(1, 3 * mm))
    story.append(_key_figures(figures, st))

    # 1. By month
    story += heading(msg("rpt_activity_by_month"), st.h1, room=75 * mm)
    labels = [month_label(y, m, short=True) for y, m in d.months]
    story.append(_month_chart(labels, [("month", i) for i in months], pub))

    # 2. By category
    story += heading(msg("rpt_activity_by_category"), st.h1, room=80 * mm)
    cats = sorted((c for c in Category if values["cat", c.value] or values["pcat", c.value]),
                  key=lambda c: (-pub.bar(("cat", c.value)), c.label(lang)))
    if cats:
        story.append(_category_chart([(c.label(lang), ("cat", c.value)) for c in cats], pub))
        story.append(CondPageBreak(45 * mm))
        story.append(Spacer(1, 2 * mm))
        widths = [WIDTH - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm]
        rows = [[msg("rpt_col_category"), msg("rpt_activity_col_now"),
                 msg("rpt_activity_col_before"), msg("rpt_activity_col_trend")]]
        for c in cats:
            now, before = ("cat", c.value), ("pcat", c.value)
            rows.append([fit(c.label(lang), st.cell, widths[0]), pub.text(now),
                         pub.text(before), pub.trend(now, before)])
        rows.append([msg("rpt_activity_total"), pub.text(("all",)), pub.text(("prev",)),
                     pub.trend(("all",), ("prev",))])
        story.append(grid(rows, widths, st=st, extra=_numbers_right(len(rows), bold_last=True)))
    else:
        story.append(para(msg("rpt_activity_none"), st.note))

    # 3. By site
    story += heading(msg("rpt_activity_by_site"), st.h1, room=50 * mm)
    widths = [20 * mm, WIDTH - 20 * mm - 22 * mm - 3 * 24 * mm, 22 * mm, 24 * mm, 24 * mm,
              24 * mm]
    rows = [[msg("rpt_activity_col_code"), msg("rpt_site"), msg("rpt_activity_col_level"),
             msg("rpt_activity_col_now"), msg("rpt_activity_col_before"),
             msg("rpt_activity_col_trend")]]
    for x in d.sites:
        level = Difficulty(str(x.difficulty))
        now, before = ("site", x.code), ("psite", x.code)
        rows.append([x.code, fit(x.name, st.cell, widths[1]),
                     level.colour if lang == "fr" else level.name.lower(),
                     pub.text(now), pub.text(before), pub.trend(now, before)])
    story.append(grid(rows, widths, st=st, extra=_numbers_right(len(rows), first_col=3)))
    for start in range(0, len(d.months), MONTHS_PER_TABLE):
        chunk = list(range(start, min(start + MONTHS_PER_TABLE, len(d.months))))
        story.append(Spacer(1, 3 * mm))
        story.append(para(msg("rpt_activity_site_month"), st.h3))
        story.append(_site_month_table(d, chunk, pub))
    if pub.secondary:
        story.append(Spacer(1, 1.5 * mm))
        story.append(para(msg("rpt_activity_withheld_note"), st.note))

    # 4. Welfare watch
    story += heading(msg("rpt_activity_welfare"), st.h1, room=60 * mm)
    pairs = [(msg("rpt_activity_register_end", date=date_short(d.date_to)),
              masked(wf.register_at_end)),
             (msg("rpt_activity_joined"), masked(wf.joined)),
             (msg("rpt_activity_left"), masked(wf.left))]
    pairs += [(msg("rpt_activity_checks", outcome=o.label(lang)), pub.text(("wf", o.value)))
              for o in CheckOutcome]
    pairs += [(msg("rpt_activity_follow_up", kind=FollowUp(f).label(lang)),
               masked(wf.follow_ups.get(f.value, 0))) for f in FollowUp if f is not FollowUp.NONE]
    story.append(_figures_table(pairs, st))
    for kind, starts, ends in wf.plans:
        story.append(para(msg("rpt_activity_plan", kind=AlertKind(kind).label(lang),
                              start=date_short(starts),
                              end=date_short(ends) if ends else msg("rpt_activity_ongoing")),
                          st.small))

    # 5. Neighbour conflicts
    story += heading(msg("rpt_activity_conflicts"), st.h1, room=60 * mm)
    pairs = [(msg("rpt_activity_opened", nature=n.label(lang)), pub.text(("nat", n.value)))
             for n in ConflictNature]
    pairs.append((msg("rpt_activity_open_end", date=date_short(d.date_to)),
                  masked(cf.open_at_end)))
    pairs += [(msg("rpt_activity_closed", reason=ClosingReason(r).label(lang)),
               masked(n)) for r, n in sorted(cf.closed_by_reason.items())]
    pairs += [(msg("rpt_activity_steps", step=ProcedureStep(s).label(lang)),
               masked(cf.steps.get(s.value, 0))) for s in ProcedureStep
              if s is not ProcedureStep.COMPLAINT]
    pairs += [(msg("rpt_activity_sessions", kind=MediationKind(k).label(lang)),
               masked(cf.sessions_by_kind.get(k.value, 0))) for k in MediationKind]
    story.append(_figures_table(pairs, st))

    return build_report(story, title=title(d), author=d.author, subject=msg("rpt_activity_for"),
                        printed_at=d.printed_at, banner=msg("rpt_activity_banner"))


def _numbers_right(n_rows: int, first_col: int = 1, bold_last: bool = False) -> list[tuple]:
    cmds = [("ALIGN", (first_col, 0), (-1, -1), "RIGHT")]
    if bold_last:
        cmds += [("FONT", (0, n_rows - 1), (-1, n_rows - 1), FONT_BOLD, 8.5),
                 ("LINEABOVE", (0, n_rows - 1), (-1, n_rows - 1), 0.8, INK)]
    return cmds


def _key_figures(figures: list[tuple[str, str, str]], st) -> Table:
    cells = []
    for label, value, change in figures:
        cell = [Paragraph(f"<b>{value}</b>", st.body.clone(
                    "kf", fontSize=16, leading=20, textColor=ACCENT)),
                para(label, st.small)]
        if change and change != "—":
            cell.append(para(msg("rpt_activity_vs_before", trend=change), st.tiny))
        cells.append(cell)
    table = Table([cells], colWidths=[WIDTH / len(figures)] * len(figures))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _figures_table(pairs: list[tuple[str, str]], st) -> Table:
    """Two columns of label / count pairs."""
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:]
    col = (WIDTH - 6 * mm) / 2
    rows = []
    for i in range(half):
        row = [fit(left[i][0], st.cell, col - 16 * mm), left[i][1], ""]
        row += ([fit(right[i][0], st.cell, col - 16 * mm), right[i][1]] if i < len(right)
                else ["", ""])
        rows.append(row)
    table = Table(rows, colWidths=[col - 16 * mm, 16 * mm, 6 * mm, col - 16 * mm, 16 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("FONT", (1, 0), (1, -1), FONT_BOLD, st.cell.fontSize),
        ("FONT", (4, 0), (4, -1), FONT_BOLD, st.cell.fontSize),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("ALIGN", (4, 0), (4, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (1, -1), 0.3, RULE),
        ("LINEBELOW", (3, 0), (4, len(right) - 1 if right else 0), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _site_month_table(d: ActivityData, chunk: list[int], pub: Published) -> Table:
    small = styles(8)
    code_w, total_w = 17 * mm, 14 * mm
    month_w = min(13 * mm, (WIDTH - code_w - total_w) / len(chunk))
    last_chunk = chunk[-1] == len(d.months) - 1
    header = [msg("rpt_activity_col_code")] + [
        month_label(*d.months[i], short=True) for i in chunk] + [
        msg("rpt_activity_total") if last_chunk else ""]
    rows = [header]
    for x in d.sites:
        rows.append([x.code] + [pub.text(("cell", x.code, i)) for i in chunk]
                    + [pub.text(("site", x.code)) if last_chunk else ""])
    rows.append([msg("rpt_activity_total")] + [pub.text(("month", i)) for i in chunk]
                + [pub.text(("all",)) if last_chunk else ""])
    widths = [code_w] + [month_w] * len(chunk) + [total_w]
    return grid(rows, widths, st=small,
                extra=_numbers_right(len(rows), bold_last=True) + [
                    ("FONT", (0, 0), (-1, 0), FONT, 6.5),
                    ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                    ("LEFTPADDING", (1, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (1, 0), (-1, -1), 2),
                    ("FONT", (-1, 1), (-1, -1), FONT_BOLD, 7.5)])


def _month_chart(labels: list[str], keys: list, pub: Published) -> Drawing:
    height = 58 * mm
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = WIDTH - 16 * mm, height - 17 * mm
    shown = [pub.bar(k) for k in keys]  # a bar would give a hidden count away
    chart.data = [shown or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    _style_axes(chart, len(labels))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(10, int(max(shown or [0]) * 1.15) + 1)
    chart.barSpacing = 1
    chart.groupSpacing = 4 if len(labels) <= 24 else 1
    drawing.add(chart)
    if len(labels) <= 24:  # the count over each bar, as printed everywhere else
        step = chart.width / max(1, len(labels))
        scale = chart.height / chart.valueAxis.valueMax
        for i, key in enumerate(keys):
            drawing.add(String(chart.x + step * (i + 0.5), chart.y + shown[i] * scale + 2,
                               pub.text(key), fontName=FONT, fontSize=6.5, fillColor=MUTED,
                               textAnchor="middle"))
    return drawing


def _category_chart(items: list[tuple[str, object]], pub: Published) -> Drawing:
    row_h = 5.2 * mm
    label_w = 68 * mm
    height = row_h * len(items) + 12 * mm
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 6 * mm
    chart.width, chart.height = WIDTH - label_w - 14 * mm, row_h * len(items)
    # reportlab draws the first category at the bottom: reverse to read from the top.
    items = list(reversed(items))
    shown = [pub.bar(key) for _, key in items]
    chart.data = [shown]
    chart.categoryAxis.categoryNames = [_clip_label(label) for label, _ in items]
    _style_axes(chart, len(items))
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.labels.angle = 0
    chart.bars[0].fillColor = BAR_LIGHT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(10, int(max(shown or [0]) * 1.12) + 1)
    drawing.add(chart)
    scale = chart.width / chart.valueAxis.valueMax
    for i, (_, key) in enumerate(items):
        drawing.add(String(chart.x + shown[i] * scale + 3, chart.y + row_h * (i + 0.5) - 2.5,
                           pub.text(key), fontName=FONT_BOLD, fontSize=7, fillColor=INK))
    return drawing


def _clip_label(label: str, limit: int = 46) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _style_axes(chart, n: int) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = lambda v: number(int(v))
    if isinstance(chart, VerticalBarChart):
        chart.categoryAxis.labels.angle = 45 if n > 12 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if n > 12 else "n"
        chart.categoryAxis.labels.dy = -2
        if n > 24:  # one label in three
            names = chart.categoryAxis.categoryNames
            chart.categoryAxis.categoryNames = [x if i % 3 == 0 else ""
                                                for i, x in enumerate(names)]
