"""A list as a table: what a list screen shows, printed (its title, its filter in one line,
its column headers and its rows as the screen displays them).

The rows are strings already in the reader's language; nothing here knows what they mean.
A4 portrait up to PORTRAIT_MAX_COLUMNS columns, landscape beyond; the header row is repeated
on every page. Column widths follow the text they hold, each at least MIN_COLUMN wide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Spacer

from app.domain.messages import msg
from app.reports.common import (
    MARGIN,
    Built,
    build_report,
    datetime_long,
    fit,
    grid,
    number,
    para,
    styles,
)

PORTRAIT_MAX_COLUMNS = 6
MIN_COLUMN = 14 * mm
SAMPLE_ROWS = 300  # rows measured to share the width out


@dataclass(frozen=True)
class ListTable:
    title: str
    subtitle: str
    headers: list[str]
    author: str
    printed_at: datetime
    rows: list[list[str]] = field(default_factory=list)


def title(t: ListTable) -> str:
    return t.title


def pagesize(columns: int) -> tuple[float, float]:
    return landscape(A4) if columns > PORTRAIT_MAX_COLUMNS else A4


def widths(headers: Sequence[str], rows: Sequence[Sequence[str]], total: float,
           font: str, size: float) -> list[float]:
    """Each column's share of `total`, after the widest text it holds (within reason)."""
    n = len(headers)
    if not n:
        return []
    want = []
    for c, head in enumerate(headers):
        w = pdfmetrics.stringWidth(head, font, size)
        for row in rows[:SAMPLE_ROWS]:
            if c < len(row):
                w = max(w, pdfmetrics.stringWidth(row[c], font, size))
        want.append(min(max(w + 8, MIN_COLUMN), total * 0.45))
    scale = total / sum(want)
    out = [w * scale for w in want]
    # Scaling down may push a column under its minimum: take it from the widest ones.
    short = sum(MIN_COLUMN - w for w in out if w < MIN_COLUMN)
    if short > 0:
        wide = sum(w for w in out if w > MIN_COLUMN)
        out = [MIN_COLUMN if w < MIN_COLUMN else w - short * w / wide for w in out]
    return out


def render(t: ListTable) -> Built:
    st = styles(8.5)
    size = pagesize(len(t.headers))
    width = size[0] - 2 * MARGIN
    story = [para(t.title, st.title)]
    if t.subtitle:
        story.append(para(t.subtitle, st.subtitle))
    story.append(para(msg("rpt_list_count", count=number(len(t.rows)),
                          printed=datetime_long(t.printed_at)), st.small))
    story.append(Spacer(1, 3 * mm))
    if not t.rows:
        story.append(para(msg("rpt_list_empty"), st.body))
    if t.headers:
        cols = widths(t.headers, t.rows, width, st.cell.fontName, st.cell.fontSize)
        body = [[fit(h, st.cell_bold, w) for h, w in zip(t.headers, cols, strict=True)]]
        n = len(t.headers)
        for row in t.rows:
            cells = (list(row) + [""] * n)[:n]
            body.append([fit(v, st.cell, w) for v, w in zip(cells, cols, strict=True)])
        story.append(grid(body, cols, st=st))
    return build_report(story, title=t.title, author=t.author, subject=t.subtitle,
                        printed_at=t.printed_at, pagesize=size)
