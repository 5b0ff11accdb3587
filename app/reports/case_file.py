"""The case file of a neighbour conflict, for the court or the prosecutor.

The full chronology comes first (every step, mediation session, linked signalement,
referral and letter, by date), then the detail of each part. A court reads it to see
that each milder step was tried: nothing is summarised away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app.domain.codes import (
    CaseStatus,
    Category,
    ClosingReason,
    ConflictNature,
    MediationKind,
    PartyRole,
    ProcedureStep,
    ReferralRecipient,
    SignalementStatus,
)
from app.domain.messages import language, msg
from app.reports.common import (
    MARGIN,
    PAGE_W,
    Built,
    Letterhead,
    build_report,
    date_long,
    date_short,
    datetime_short,
    fields_table,
    fit,
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


@dataclass(frozen=True)
class Party:
    role: str
    name: str
    address: str


@dataclass(frozen=True)
class Step:
    step: str
    taken_on: date
    by: str
    outcome: str
    next_due_on: date | None
    override_reason: str | None


@dataclass(frozen=True)
class Session:
    kind: str
    held_on: date
    participants: str
    agreement: str
    consent_complainant: bool
    consent_respondent: bool


@dataclass(frozen=True)
class LinkedReferral:
    recipient: str
    referred_on: date
    number: str


@dataclass(frozen=True)
class LinkedSignalement:
    reference: str
    facts_start: datetime
    category: str
    status: str
    place: str
    description: str
    referrals: list[LinkedReferral] = field(default_factory=list)


@dataclass(frozen=True)
class LetterSent:
    printed_at: datetime
    kind: str
    addressees: str


@dataclass(frozen=True)
class CaseFile:
    head: Letterhead
    reference: str
    site: str
    site_address: str
    nature: str
    status: str
    current_step: str
    opened_on: date
    next_due_on: date | None
    closed_on: date | None
    closing_reason: str | None
    summary: str
    printed_at: datetime
    parties: list[Party] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    signalements: list[LinkedSignalement] = field(default_factory=list)
    letters: list[LetterSent] = field(default_factory=list)
    attachments: int = 0


def title(f: CaseFile) -> str:
    return msg("rpt_case_title_ref", reference=f.reference)


def render(f: CaseFile) -> Built:
    lang = language()
    st = styles(9.5)
    story = []
    right = [title_right(msg("rpt_case_heading"), st),
             *issued_lines(f.reference, f.printed_at, st)]
    story.append(letterhead_block(f.head, st, right))
    story.append(Spacer(1, 4 * mm))

    status = CaseStatus(f.status).label(lang)
    if f.closed_on:
        status = msg("rpt_case_closed_on", status=status, date=date_short(f.closed_on),
                     reason=ClosingReason(f.closing_reason).label(lang)
                     if f.closing_reason else "—")
    story.append(fields_table([
        (msg("rpt_site"), f.site),
        (msg("rpt_address"), f.site_address or "—"),
        (msg("rpt_case_nature"), ConflictNature(f.nature).label(lang)),
        (msg("rpt_case_opened"), date_long(f.opened_on)),
        (msg("rpt_status"), status),
        (msg("rpt_case_current_step"), ProcedureStep(f.current_step).label(lang)),
        (msg("rpt_case_next_due"), date_long(f.next_due_on) if f.next_due_on else "—"),
        (msg("rpt_case_summary"), f.summary or "—"),
    ], st))

    story += heading(msg("rpt_case_parties"), st.h1)
    widths = [30 * mm, 50 * mm, WIDTH - 80 * mm]
    rows = [[msg("rpt_col_role"), msg("rpt_col_household"), msg("rpt_col_dwelling")]]
    for p in f.parties:
        rows.append([fit(v, st.cell, w) for v, w in zip(
            (PartyRole(p.role).label(lang), p.name, p.address), widths, strict=True)])
    story.append(grid(rows, widths, st=st))

    story += heading(msg("rpt_case_chronology"), st.h1)
    story.append(_chronology(f, st))

    story += heading(msg("rpt_case_steps"), st.h1)
    for s in f.steps:
        pairs = [(msg("rpt_col_date"), date_long(s.taken_on)), (msg("rpt_case_by"), s.by or "—"),
                 (msg("rpt_case_outcome"), s.outcome or "—")]
        if s.next_due_on:
            pairs.append((msg("rpt_case_next_due"), date_long(s.next_due_on)))
        if s.override_reason:
            pairs.append((msg("rpt_case_override"), s.override_reason))
        story.append(KeepTogether([para(ProcedureStep(s.step).label(lang), st.h3),
                                   fields_table(pairs, st)]))

    story += heading(msg("rpt_case_sessions"), st.h1)
    if not f.sessions:
        story.append(para(msg("rpt_case_no_session"), st.note))
    for s in f.sessions:
        consents = msg("rpt_case_consents", complainant=yes_no(s.consent_complainant),
                       respondent=yes_no(s.consent_respondent))
        story.append(KeepTogether([
            para(f"{MediationKind(s.kind).label(lang)} — {date_long(s.held_on)}", st.h3),
            fields_table([(msg("rpt_case_participants"), s.participants or "—"),
                          (msg("rpt_case_agreement"), s.agreement or "—"),
                          (msg("rpt_case_consent"), consents)], st)]))

    story += heading(msg("rpt_case_signalements"), st.h1)
    if not f.signalements:
        story.append(para(msg("rpt_case_no_signalement"), st.note))
    for sig in f.signalements:
        referred = "; ".join(
            f"{ReferralRecipient(r.recipient).label(lang)}, {date_short(r.referred_on)}"
            + (f" ({msg('rpt_their_number', number=r.number)})" if r.number else "")
            for r in sig.referrals) or "—"
        story.append(KeepTogether([
            para(f"{sig.reference} — {Category(sig.category).label(lang)}", st.h3),
            fields_table([(msg("rpt_facts_start"), datetime_short(sig.facts_start)),
                          (msg("rpt_col_place"), sig.place or "—"),
                          (msg("rpt_status"), SignalementStatus(sig.status).label(lang)),
                          (msg("rpt_description"), sig.description or "—"),
                          (msg("rpt_col_referred"), referred)], st)]))

    story += heading(msg("rpt_case_letters"), st.h1)
    if f.letters:
        widths = [40 * mm, 45 * mm, WIDTH - 85 * mm]
        rows = [[msg("rpt_col_printed"), msg("rpt_col_letter"), msg("rpt_col_addressees")]]
        for letter in f.letters:
            rows.append([fit(v, st.cell, w) for v, w in zip(
                (datetime_short(letter.printed_at), ProcedureStep(letter.kind).label(lang),
                 letter.addressees), widths, strict=True)])
        story.append(grid(rows, widths, st=st))
    else:
        story.append(para(msg("rpt_case_no_letter"), st.note))
    if f.attachments:
        story.append(Spacer(1, 3 * mm))
        story.append(para(msg("rpt_other_attachments", count=f.attachments), st.note))

    return build_report(story, title=title(f), author=f.head.name,
                        subject=msg("rpt_case_subject",
                                    nature=ConflictNature(f.nature).label(lang), site=f.site),
                        printed_at=f.printed_at, qr=f.reference)


def _chronology(f: CaseFile, st):
    lang = language()
    events: list[tuple] = []  # (sort key, date text, what, detail, by)
    for s in f.steps:
        events.append(((s.taken_on, 1), date_short(s.taken_on),
                       ProcedureStep(s.step).label(lang), s.outcome, s.by))
    for s in f.sessions:
        events.append(((s.held_on, 2), date_short(s.held_on), MediationKind(s.kind).label(lang),
                       s.agreement, ""))
    for sig in f.signalements:
        day = sig.facts_start.astimezone().date()
        events.append(((day, 0), date_short(day),
                       msg("rpt_case_event_signalement", reference=sig.reference),
                       f"{Category(sig.category).label(lang)}. {sig.description}", ""))
        for r in sig.referrals:
            events.append(((r.referred_on, 0), date_short(r.referred_on),
                           msg("rpt_case_event_referral",
                               recipient=ReferralRecipient(r.recipient).label(lang)),
                           f"{sig.reference}"
                           + (f" — {msg('rpt_their_number', number=r.number)}"
                              if r.number else ""), ""))
    for letter in f.letters:
        day = letter.printed_at.astimezone().date()
        events.append(((day, 3), date_short(day),
                       msg("rpt_case_event_letter", kind=ProcedureStep(letter.kind).label(lang)),
                       letter.addressees, ""))
    events.sort(key=lambda e: e[0])
    widths = [20 * mm, 44 * mm, WIDTH - 20 * mm - 44 * mm - 34 * mm, 34 * mm]
    rows = [[msg("rpt_col_date"), msg("rpt_col_event"), msg("rpt_col_detail"),
             msg("rpt_case_by")]]
    small = styles(8.5)
    for _key, day, what, detail, by in events:
        rows.append([day, fit(what, small.cell, widths[1]), fit(detail or "—", small.cell,
                                                                widths[2]),
                     fit(by or "", small.cell, widths[3])])
    return grid(rows, widths, st=small)
