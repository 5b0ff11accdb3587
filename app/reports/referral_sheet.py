"""The referral sheet (fiche de signalement) sent to the police or the prosecutor.

The service hands over the reporter's or, when the reporter asked for protection, the
security officer's name in `source`: this module never sees a protected person's name.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Spacer, Table, TableStyle

from app.domain.codes import (
    Category,
    LocationKind,
    Recurrence,
    ReferralChannel,
    ReferralRecipient,
    Severity,
    SignalementStatus,
)
from app.domain.messages import language, msg
from app.reports.common import (
    ACCENT,
    FONT,
    MARGIN,
    PAGE_W,
    SHADE,
    Built,
    Letterhead,
    build_report,
    date_short,
    datetime_long,
    datetime_short,
    euros,
    fields_table,
    fit,
    floor_label,
    grid,
    heading,
    issued_lines,
    letterhead_block,
    para,
    styles,
    title_right,
    yes_no,
)

WIDTH = PAGE_W - 2 * MARGIN
THUMB_W, THUMB_H = 54 * mm, 40 * mm
LABEL_W = 52 * mm


@dataclass(frozen=True)
class Photo:
    data: bytes          # JPEG or PNG, already reduced and stripped of metadata
    caption: str = ""


@dataclass(frozen=True)
class ReferralLine:
    recipient: str
    referred_on: date
    channel: str
    number: str


@dataclass(frozen=True)
class EarlierReferral:
    reference: str
    facts_start: datetime
    category: str
    place: str
    recipient: str
    referred_on: date
    number: str


@dataclass(frozen=True)
class Person:
    """Someone named on the sheet: the source, or the landlord's contact."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ReferralSheet:
    head: Letterhead
    reference: str
    category: str
    status: str
    severity: int
    site_name: str
    site_code: str
    site_address: str
    building: str | None
    entrance: str | None
    floor: int | None
    location_kind: str | None
    facts_start: datetime
    facts_end: datetime | None
    reported_at: datetime
    recurrence: str
    description: str
    persons_count: int
    persons_description: str
    witnesses: str
    harm_people: str
    harm_property: str
    estimated_cost_cents: int
    action_intervention: bool
    action_called_17: bool
    action_town_informed: bool
    actions_notes: str
    source: Person
    contact: Person
    protected: bool
    printed_at: datetime
    photos: list[Photo] = field(default_factory=list)
    other_attachments: int = 0
    referrals: list[ReferralLine] = field(default_factory=list)
    earlier: list[EarlierReferral] = field(default_factory=list)


def title(sheet: ReferralSheet) -> str:
    return msg("rpt_sheet_title_ref", reference=sheet.reference)


def render(sheet: ReferralSheet) -> Built:
    lang = language()
    st = styles(9.5)
    story = []
    right = [title_right(msg("rpt_sheet_title"), st),
             *issued_lines(sheet.reference, sheet.printed_at, st)]
    story.append(letterhead_block(sheet.head, st, right))
    story.append(Spacer(1, 4 * mm))

    # At a glance: what, where, when.
    glance = Table([[
        [para(msg("rpt_category"), st.label),
         para(Category(sheet.category).label(lang), st.h2.clone("g", spaceBefore=0))],
        [para(msg("rpt_facts_start"), st.label), para(datetime_short(sheet.facts_start), st.cell)],
        [para(msg("rpt_severity"), st.label),
         para(Severity(str(sheet.severity)).label(lang), st.cell)],
        [para(msg("rpt_status"), st.label),
         para(SignalementStatus(sheet.status).label(lang), st.cell)],
    ]], colWidths=[WIDTH * 0.4, WIDTH * 0.24, WIDTH * 0.18, WIDTH * 0.18])
    glance.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT),
    ]))
    story.append(glance)

    # 1. Place
    story += heading(msg("rpt_section_place"), st.h1)
    where = [p for p in (sheet.building, sheet.entrance, floor_label(sheet.floor)) if p]
    story.append(_fields([
        (msg("rpt_site"), f"{sheet.site_name} ({sheet.site_code})"),
        (msg("rpt_address"), sheet.site_address or "—"),
        (msg("rpt_precise_place"), ", ".join(where) or "—"),
        (msg("rpt_location_kind"),
         LocationKind(sheet.location_kind).label(lang) if sheet.location_kind else "—"),
    ], st))

    # 2. Facts
    story += heading(msg("rpt_section_facts"), st.h1)
    story.append(_fields([
        (msg("rpt_category"), Category(sheet.category).label(lang)),
        (msg("rpt_facts_start"), datetime_long(sheet.facts_start)),
        (msg("rpt_facts_end"), datetime_long(sheet.facts_end) if sheet.facts_end else "—"),
        (msg("rpt_reported_at"), datetime_long(sheet.reported_at)),
        (msg("rpt_recurrence"), Recurrence(sheet.recurrence).label(lang)),
        (msg("rpt_description"), sheet.description or "—"),
    ], st))

    # 3. Persons involved and witnesses
    story += heading(msg("rpt_section_persons"), st.h1)
    story.append(_fields([
        (msg("rpt_persons_count"), str(sheet.persons_count) if sheet.persons_count else
         msg("rpt_not_stated")),
        (msg("rpt_persons_description"), sheet.persons_description or msg("rpt_not_stated")),
        (msg("rpt_witnesses"), sheet.witnesses or msg("rpt_no_witness")),
    ], st))

    # 4. Harm
    story += heading(msg("rpt_section_harm"), st.h1)
    story.append(_fields([
        (msg("rpt_harm_people"), sheet.harm_people or msg("rpt_none_stated")),
        (msg("rpt_harm_property"), sheet.harm_property or msg("rpt_none_stated")),
        (msg("rpt_estimated_cost"),
         euros(sheet.estimated_cost_cents) if sheet.estimated_cost_cents else "—"),
    ], st))

    # 5. Photos
    story += heading(msg("rpt_section_photos"), st.h1)
    if sheet.photos:
        story.append(_photos(sheet.photos, st))
    else:
        story.append(para(msg("rpt_no_photo"), st.note))
    if sheet.other_attachments:
        story.append(para(msg("rpt_other_attachments", count=sheet.other_attachments), st.note))

    # 6. Actions already taken
    story += heading(msg("rpt_section_actions"), st.h1)
    story.append(_fields([
        (msg("rpt_action_intervention"), yes_no(sheet.action_intervention)),
        (msg("rpt_action_called_17"), yes_no(sheet.action_called_17)),
        (msg("rpt_action_town"), yes_no(sheet.action_town_informed)),
        (msg("rpt_actions_notes"), sheet.actions_notes or "—"),
    ], st))
    if sheet.referrals:
        story.append(para(msg("rpt_referrals_of_this"), st.h3))
        widths = [24 * mm, 55 * mm, 40 * mm, WIDTH - 119 * mm]
        rows = [[msg("rpt_col_date"), msg("rpt_col_recipient"), msg("rpt_col_channel"),
                 msg("rpt_col_their_number")]]
        for r in sheet.referrals:
            rows.append([fit(v, st.cell, w) for v, w in zip((
                date_short(r.referred_on), ReferralRecipient(r.recipient).label(lang),
                ReferralChannel(r.channel).label(lang), r.number or "—"), widths, strict=True)])
        story.append(grid(rows, widths, st=st))

    # 7. Earlier referrals about the same place
    story += heading(msg("rpt_section_earlier"), st.h1)
    if sheet.earlier:
        small = st.small
        widths = [19 * mm, 40 * mm, 40 * mm, 22 * mm, WIDTH - 121 * mm]
        rows = [[msg("rpt_col_facts_date"), msg("rpt_col_reference"), msg("rpt_col_category"),
                 msg("rpt_col_place"), msg("rpt_col_referred")]]
        for e in sheet.earlier:
            sent = f"{ReferralRecipient(e.recipient).label(lang)}, {date_short(e.referred_on)}"
            if e.number:
                sent += "\n" + msg("rpt_their_number", number=e.number)
            rows.append([fit(v, small, w) for v, w in zip((
                date_short(e.facts_start), e.reference, Category(e.category).label(lang),
                e.place, sent), widths, strict=True)])
        story.append(grid(rows, widths, st=styles(8.5)))
    else:
        story.append(para(msg("rpt_no_earlier"), st.note))

    # 8. Source and contact
    block = heading(msg("rpt_section_source"), st.h1)[1:]
    source = sheet.source
    if sheet.protected:
        block.append(_fields([
            (msg("rpt_source"), msg("rpt_source_landlord", landlord=sheet.head.name,
                                    name=source.name, role=_lower_first(source.role))
             if source.role else sheet.head.name),
        ], st))
        block.append(Spacer(1, 1.5 * mm))
        block.append(para(msg("rpt_protected_note"), st.note))
    else:
        block.append(_fields([
            (msg("rpt_reported_by"),
             ", ".join(p for p in (source.name, _lower_first(source.role)) if p)),
        ], st))
    c = sheet.contact
    block.append(Spacer(1, 2 * mm))
    block.append(_fields([
        (msg("rpt_landlord_contact"), ", ".join(p for p in (c.name, _lower_first(c.role)) if p)),
        (msg("rpt_phone"), c.phone or "—"),
        (msg("rpt_email"), c.email or "—"),
    ], st))
    story.append(KeepTogether(block))

    return build_report(story, title=title(sheet), author=sheet.head.name,
                        subject=msg("rpt_sheet_subject",
                                    category=Category(sheet.category).label(lang),
                                    site=sheet.site_name),
                        printed_at=sheet.printed_at, qr=sheet.reference)


def _photos(photos: list[Photo], st) -> Table:
    cells, row, rows = [], [], []
    for i, photo in enumerate(photos, 1):
        reader = ImageReader(io.BytesIO(photo.data))
        w, h = reader.getSize()
        scale = min(THUMB_W / w, THUMB_H / h)
        caption = msg("rpt_photo_n", n=i) + (f" — {photo.caption}" if photo.caption else "")
        row.append([Image(io.BytesIO(photo.data), width=w * scale, height=h * scale),
                    Spacer(1, 1 * mm),
                    para(caption, st.tiny)])
        if len(row) == 3:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (3 - len(row)))
    cells = Table(rows, colWidths=[WIDTH / 3] * 3)
    cells.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return cells


def _lower_first(value: str) -> str:
    """'Référent sûreté' -> 'référent sûreté', as a role reads inside a sentence."""
    return value[:1].lower() + value[1:]


def _fields(pairs, st) -> Table:
    """Label / value lines, every section's values starting at the same margin."""
    return fields_table(pairs, st, label_w=LABEL_W)
