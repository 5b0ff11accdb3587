"""The welfare round sheet: the day's checks, for the caretaker's pocket (A4 portrait).

Grouped by site, building and entrance, then floor, in the order one walks the stairs.
Each person gets a block: phone and contacts, boxes to tick (how, outcome, follow-up)
and ruled space for notes. An escalation (not reached twice) stands out in red.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.domain.codes import (
    AgeBand,
    AlertKind,
    CheckMethod,
    CheckOutcome,
    ContactKind,
    FollowUp,
    Priority,
)
from app.domain.messages import language, msg
from app.reports.common import (
    ALERT,
    FONT,
    FONT_BOLD,
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
    floor_label,
    heading,
    letterhead_block,
    markup,
    para,
    styles,
)

WIDTH = PAGE_W - 2 * MARGIN
GUTTER = 8 * mm
PAD = 3
INNER = WIDTH - GUTTER - 2 * PAD  # the card's right-hand cell, inside its padding
BOX = "☐"


@dataclass(frozen=True)
class Contact:
    kind: str
    name: str
    phone: str


@dataclass(frozen=True)
class Visit:
    """One person to check on."""

    site_code: str
    site_name: str
    site_address: str
    building: str
    entrance: str
    floor: int
    door: str
    name: str
    phone: str
    age_band: str
    priority: str
    lives_alone: bool
    home_care: str
    due_on: date
    last_done: date | None = None
    last_outcome: str | None = None
    escalate: bool = False
    contacts: list[Contact] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    kind: str
    starts_on: date
    ends_on: date | None
    max_interval_days: int


@dataclass(frozen=True)
class WelfareRound:
    day: date
    author: str
    printed_at: datetime
    head: Letterhead | None = None
    visits: list[Visit] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)


def title(r: WelfareRound) -> str:
    return msg("rpt_round_title", date=date_short(r.day))


def render(r: WelfareRound) -> Built:
    lang = language()
    st = styles(9)
    story = []
    right = [para(msg("rpt_round_heading"), st.title.clone("t", alignment=2)),
             para(date_long(r.day, weekday=True), st.right)]
    if r.head:
        story.append(letterhead_block(r.head, st, right))
    else:
        story += right
    story.append(Spacer(1, 3 * mm))
    late = sum(1 for v in r.visits if v.due_on < r.day)
    urgent = sum(1 for v in r.visits if v.escalate)
    story.append(para(msg("rpt_round_summary", count=len(r.visits), late=late,
                          urgent=urgent), st.body))
    for plan in r.plans:
        until = (msg("rpt_round_plan_until", date=date_short(plan.ends_on)) if plan.ends_on
                 else "")
        story.append(markup("<b>{kind}</b> {text}", st.body,
                            kind=AlertKind(plan.kind).label(lang),
                            text=msg("rpt_round_plan", since=date_short(plan.starts_on),
                                     until=until, days=plan.max_interval_days)))
    story.append(para(msg("rpt_round_destroy"), st.note))
    if not r.visits:
        story.append(Spacer(1, 6 * mm))
        story.append(para(msg("rpt_round_nobody"), st.body))

    key_site = lambda v: (v.site_code, v.site_name, v.site_address)  # noqa: E731
    for (code, name, address), in_site in groupby(r.visits, key_site):
        story += heading(f"{name} ({code})", st.h1, room=90 * mm)
        if address:
            story.append(para(address, st.small))
        for (building, entrance), in_stair in groupby(in_site, lambda v: (v.building, v.entrance)):
            story += heading(f"{building} — {entrance}", st.h2, room=80 * mm)
            for floor, on_floor in groupby(in_stair, lambda v: v.floor):
                first = True
                for visit in on_floor:
                    block = _visit(visit, r.day, st)
                    if first:
                        block = [para(floor_label(floor).capitalize(), st.h3), *block]
                        first = False
                    story.append(KeepTogether(block))

    return build_report(story, title=title(r), author=r.author,
                        subject=msg("rpt_round_heading"), printed_at=r.printed_at)


def _boxes(items) -> str:
    return "    ".join(f"{BOX} {label}" for label in items)


def _visit(v: Visit, day: date, st) -> list:
    lang = language()
    who = [markup("<b>{name}</b>", st.body.clone("who", spaceAfter=0), name=v.name)]
    facts = []
    if v.door:
        facts.append(msg("rpt_door", door=v.door))
    facts.append(AgeBand(v.age_band).label(lang))
    if v.lives_alone:
        facts.append(msg("rpt_round_alone"))
    due = msg("rpt_round_due", date=date_short(v.due_on))
    if v.due_on < day:
        due += " " + msg("rpt_round_late", days=(day - v.due_on).days)
    facts.append(due)
    who.append(para(" · ".join(facts), st.small))
    last = (msg("rpt_round_last", date=date_short(v.last_done),
                outcome=CheckOutcome(v.last_outcome).label(lang))
            if v.last_done and v.last_outcome else msg("rpt_round_never"))
    lines = [para(last, st.small)]
    if v.home_care:
        lines.append(para(msg("rpt_round_home_care", care=v.home_care), st.small))
    for c in v.contacts:
        lines.append(markup("{kind} : {name}  <b>{phone}</b>", st.small,
                            kind=ContactKind(c.kind).label(lang), name=c.name,
                            phone=c.phone or "—"))
    if v.escalate:
        lines.insert(0, markup("<b>⚠ {text}</b>", st.small.clone("esc", textColor=ALERT),
                               text=msg("rpt_round_escalate")))
    phone = markup("<b>{phone}</b>", st.right.clone("ph", fontSize=10.5, leading=13),
                   phone=v.phone or "—")
    badge = (markup("<b>{p}</b>", st.small.clone("prio", textColor=ALERT, alignment=2),
                    p=msg("rpt_round_priority", label=Priority(v.priority).label(lang).lower()))
             if v.priority == Priority.HIGH.value else None)
    ticks = [
        [msg("rpt_round_how"), _boxes(m.label(lang) for m in CheckMethod),
         msg("rpt_round_time")],
        [msg("rpt_round_outcome"), _boxes(o.label(lang) for o in list(CheckOutcome)[:3]), ""],
        ["", _boxes(o.label(lang) for o in list(CheckOutcome)[3:]), ""],
        [msg("rpt_round_follow_up"),
         _boxes(f.label(lang) for f in FollowUp if f is not FollowUp.NONE), ""],
        [msg("rpt_round_notes"), "", ""],
        ["", "", ""],
    ]
    body = Table([[who, [phone, badge] if badge else phone], [lines, ""]],
                 colWidths=[INNER - 45 * mm, 45 * mm])
    body.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 1), (1, 1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    tick_table = Table(ticks, colWidths=[22 * mm, INNER - 22 * mm - 32 * mm, 32 * mm],
                       rowHeights=[5.2 * mm] * 4 + [6.5 * mm] * 2)
    tick_table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 7.5),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("FONT", (1, 0), (-1, -1), FONT, 8),
        ("TEXTCOLOR", (2, 0), (2, 0), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (1, 4), (-1, 5), 0.4, RULE),
        ("LINEBELOW", (2, 0), (2, 0), 0.4, RULE),
    ]))
    card = Table([[BOX, [body, Spacer(1, 1 * mm), tick_table]]],
                 colWidths=[GUTTER, WIDTH - GUTTER])
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 15),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (0, 0), SHADE),
    ]
    if v.escalate:
        style.append(("LINEBEFORE", (0, 0), (0, 0), 3, ALERT))
    card.setStyle(TableStyle(style))
    return [card, Spacer(1, 2.5 * mm)]

