"""Printed documents: gathers each document's data, renders it (app.reports), audits the print.

Every method returns a `PdfDocument` (bytes, a suggested file name, the title, the page
count) and writes one AuditAction.PRINT entry. A document can be protected by a password
(AES-256) for sending by e-mail. Nothing here imports Qt: the desktop app previews the
bytes with QtPdf, the command line writes them to a file.

The API, for the desktop app (preview with QtPdf, print with Ctrl+P) and the command line:
- referral_sheet(signalement, password=None): id or SIG-... reference;
- letter(case, kind, household_id=None, deadline=None, meeting=None, password=None):
  kind is reminder | summons | notice (or the ProcedureStep code);
- welfare_round(day=None, sites=(), password=None): sites by id or code;
- case_file(case, password=None): id or VOI-... reference;
- activity_report(date_from, date_to, sites=(), password=None);
- list_table(title, subtitle, headers, rows, password=None): a list screen's rows as shown;
- settings(landlord_id) / update_settings(landlord_id, **changes): logo, officer, contacts,
  signatory; letter_template(landlord_id, kind) / save_letter_template(...) /
  reset_letter_template(...) and merge_fields() for the template editor.
Errors are ServiceError subclasses (NotFound, ValidationError) with French messages.

Staff protection: when a signalement's reporter asked for it, the reporter's name, login,
phone and e-mail never reach the document. The sheet names the landlord's security officer
(settings, else a user with role 'officer' of the landlord, else the landlord itself), and
the free texts are scrubbed of the reporter's identifiers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from app.domain.codes import AuditAction, ConflictNature, PartyRole, ProcedureStep, Role
from app.domain.messages import language, msg
from app.domain.policy import Action, Kind
from app.domain.welfare_rules import needs_escalation
from app.models import (
    AlertPlan,
    Attachment,
    AttachmentBlob,
    AuditEntry,
    Building,
    CaseStep,
    ConflictCase,
    ConflictParty,
    Dwelling,
    Entrance,
    Household,
    LetterTemplate,
    MediationSession,
    Organisation,
    Person,
    Referral,
    ReportSettings,
    Signalement,
    Site,
    User,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
    case_signalements,
    utcnow,
)
from app.models.reports import LETTER_STEPS, LOGO_SIZE_LIMIT
from app.reports import activity, case_file, letters, list_table, referral_sheet, welfare_round
from app.reports.common import (
    Built,
    Letterhead,
    date_long,
    datetime_long,
    encrypt,
    floor_label,
)
from app.reports.templates import (
    MERGE_FIELDS,
    LetterText,
    default_template,
    fill,
    template_errors,
)
from app.services.attachments import sniff_mime
from app.services.base import ServiceBase
from app.services.dates import today
from app.services.errors import Errors, NotFound, ValidationError
from app.services.places import household_display_name
from app.store.timestamps import local_day_start, to_micros

# The command line's names of the three letters.
LETTER_KINDS: dict[str, ProcedureStep] = {
    "reminder": ProcedureStep.RULES_REMINDER,
    "summons": ProcedureStep.SUMMONS,
    "notice": ProcedureStep.FORMAL_NOTICE,
}
REFERENCE = re.compile(r"^\s*((?:SIG|VOI)-[0-9A-Z-]+)\s*$", re.IGNORECASE)
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}
THUMBNAIL_PX = 700
LOGO_PX = 600
EARLIER_LIMIT = 12
LETTER_DELAY_DAYS = 15
DOC_LETTER = "letter"
LETTER_FILE_KINDS = {step: name for name, step in LETTER_KINDS.items()}
# Earlier steps a letter recalls, in ladder order, with the words that name them.
EARLIER_STEP_KEYS = {
    ProcedureStep.VERBAL_REMINDER: "rpt_steps_verbal",
    ProcedureStep.RULES_REMINDER: "rpt_steps_reminder",
    ProcedureStep.SUMMONS: "rpt_steps_summons",
    ProcedureStep.MEDIATION: "rpt_steps_mediation",
}


@dataclass(frozen=True)
class PdfDocument:
    """A finished document. `filename` is a suggestion: a reference, never a person's name."""

    data: bytes
    filename: str
    title: str
    pages: int
    encrypted: bool = False


@dataclass(frozen=True)
class ReportSettingsInfo:
    landlord_id: str
    landlord_name: str
    has_logo: bool
    officer_id: str | None
    contact_phone: str
    contact_email: str
    signatory_name: str
    signatory_title: str
    version: int | None  # None until saved once


@dataclass(frozen=True)
class LetterTemplateInfo:
    landlord_id: str
    kind: str            # reminder | summons | notice
    subject: str
    body: str
    is_default: bool
    version: int | None


class ReportService(ServiceBase):
    # Documents ---------------------------------------------------------------------------

    def referral_sheet(self, signalement: str, *, password: str | None = None) -> PdfDocument:
        """The referral sheet of a signalement (its id or its reference SIG-...)."""
        with self.read() as s:
            sig = self._signalement(s, signalement)
            self.authorise(Action.PRINT, Kind.SIGNALEMENT, sig.org_id, sig.site_id)
            site = s.get(Site, sig.site_id)
            head, settings = self._letterhead(s, site.landlord_id)
            officer = self._officer(s, site.landlord_id, settings)
            reporter = s.get(User, sig.reporter_id) if sig.reporter_id else None
            protected = bool(sig.protect_identity)
            scrub = _scrubber(reporter) if protected and reporter else (lambda t: t)
            contact = self._contact(head, settings, officer)
            if protected or reporter is None:
                source = contact
            else:
                source = referral_sheet.Person(reporter.display_name,
                                               Role(reporter.role).label(language()))
            photos, others = self._photos(s, "signalement", sig.id, scrub, protected)
            sheet = referral_sheet.ReferralSheet(
                head=head, reference=sig.reference, category=sig.category, status=sig.status,
                severity=sig.severity, site_name=site.name, site_code=site.code,
                site_address=_address(site.address, site.postcode, site.city),
                building=sig.building.name if sig.building else None,
                entrance=sig.entrance.name if sig.entrance else None, floor=sig.floor,
                location_kind=sig.location_kind, facts_start=sig.facts_start,
                facts_end=sig.facts_end, reported_at=sig.reported_at,
                recurrence=sig.recurrence, description=scrub(sig.description),
                persons_count=sig.persons_count,
                persons_description=scrub(sig.persons_description),
                witnesses=scrub(sig.witnesses), harm_people=scrub(sig.harm_people),
                harm_property=scrub(sig.harm_property),
                estimated_cost_cents=sig.estimated_cost_cents,
                action_intervention=sig.action_intervention,
                action_called_17=sig.action_called_17,
                action_town_informed=sig.action_town_informed,
                actions_notes=scrub(sig.actions_notes), source=source, contact=contact,
                protected=protected, printed_at=utcnow(), photos=photos,
                other_attachments=others,
                referrals=[referral_sheet.ReferralLine(r.recipient, r.referred_on, r.channel,
                                                       scrub(r.reference_number))
                           for r in sig.referrals if r.deleted_at is None],
                earlier=self._earlier(s, sig),
            )
            ids = (sig.id, sig.reference, sig.org_id)
        built = referral_sheet.render(sheet)
        return self._finish(built, referral_sheet.title(sheet),
                            f"{msg('rpt_file_sheet')}-{ids[1]}.pdf", "signalement", ids[0],
                            f"referral_sheet {ids[1]}", ids[2], password)

    def letter(self, case: str, kind: str, *, household_id: str | None = None,
               deadline: date | None = None, meeting: datetime | None = None,
               password: str | None = None) -> PdfDocument:
        """A letter of the graduated procedure (kind: reminder, summons or notice) to each
        respondent of a case (its id or VOI-... reference), or to one party's household.

        `deadline` defaults to the case's next due date, else 15 days from today;
        `meeting` (summons) to a sentence asking the tenant to call."""
        step = _letter_step(kind)
        written_on = today()
        with self.read() as s:
            c = self._case(s, case)
            self.authorise(Action.PRINT, Kind.CONFLICT_CASE, c.org_id, c.site_id)
            site = s.get(Site, c.site_id)
            head, settings = self._letterhead(s, site.landlord_id)
            parties = s.execute(
                select(ConflictParty.household_id, ConflictParty.role)
                .where(ConflictParty.case_id == c.id, ConflictParty.deleted_at.is_(None))).all()
            if household_id is not None:
                if household_id not in {h for h, _ in parties}:
                    raise ValidationError({"household_id": msg("rpt_letter_not_party")})
                wanted = [household_id]
            else:
                wanted = [h for h, role in parties if role == PartyRole.RESPONDENT.value]
            if not wanted:
                raise ValidationError({"case": msg("rpt_letter_no_respondent")})
            template = self._template_row(s, site.landlord_id, step)
            wording = (LetterText(template.subject, template.body) if template
                       else default_template(step, language()))
            if deadline is None and meeting is not None and step is ProcedureStep.SUMMONS:
                # "call us before ...": the day before the meeting.
                day_before = meeting.astimezone().date() - timedelta(days=1)
                deadline = day_before if day_before > written_on else None
            if deadline is None:
                deadline = (c.next_due_on if c.next_due_on and c.next_due_on > written_on
                            else written_on + timedelta(days=LETTER_DELAY_DAYS))
            phone = (settings.contact_phone if settings else "") or head.phone
            common = {
                "date": date_long(written_on), "reference": c.reference,
                "residence": site.name,
                "nature": _lower_first(ConflictNature(c.nature).label(language())),
                "faits": c.summary or "", "date_ouverture": date_long(c.opened_on),
                "demarches": self._earlier_steps(s, c.id, step, written_on),
                "echeance": date_long(deadline),
                "rendez_vous": (msg("rpt_meeting_on", date=datetime_long(meeting)) if meeting
                                else msg("rpt_meeting_tbd")),
                "bailleur": head.name, "adresse_bailleur": head.address_line,
                "telephone_bailleur": phone,
                "signataire": (settings.signatory_name if settings else "") or head.name,
                "fonction_signataire": settings.signatory_title if settings else "",
            }
            homes = {h.id: h for h in s.scalars(select(Household).where(
                Household.id.in_(wanted)))}
            out = []
            for hid in wanted:
                home = homes[hid]
                lines, one_line = _postal_address(s, home, site)
                values = {**common, "destinataire": home.name, "adresse_logement": one_line}
                out.append(letters.Letter(
                    [msg("rpt_letter_to", name=home.name), *lines],
                    fill(wording.subject, values), fill(wording.body, values)))
            batch = letters.LetterBatch(
                head=head, kind=step, reference=c.reference, written_on=written_on,
                place=head.city or site.city, signatory_name=common["signataire"],
                signatory_title=common["fonction_signataire"], letters=out)
            ids = (c.id, c.reference, c.org_id)
        built = letters.render(batch)
        return self._finish(built, letters.title(batch),
                            f"{msg('rpt_file_letter')}-{LETTER_FILE_KINDS[step]}-{ids[1]}.pdf",
                            "conflict_case", ids[0],
                            f"{DOC_LETTER} {step.value} {ids[1]} {','.join(wanted)}", ids[2],
                            password)

    def welfare_round(self, day: date | None = None, *, sites: Sequence[str] = (),
                      password: str | None = None) -> PdfDocument:
        """The checks due on `day` (today by default) or overdue, for every site or the given
        ones (ids or codes), grouped by site, building, entrance and floor."""
        day = day or today()
        with self.read() as s:
            site_ids = self._site_ids(s, sites)
            if self.actor.signed_in:  # every site asked for must be the actor's
                for sid in site_ids or [None]:
                    org = s.scalar(select(Site.org_id).where(Site.id == sid)) if sid else None
                    self.authorise(Action.PRINT, Kind.WELFARE_ENTRY, org, sid)
            q = (select(WelfareEntry.id, WelfareCheck.due_on, Person.last_name,
                        Person.first_name, Person.phone, WelfareEntry.age_band,
                        WelfareEntry.priority, WelfareEntry.lives_alone, WelfareEntry.home_care,
                        Site.code, Site.name, Site.address, Site.postcode, Site.city,
                        Building.name, Entrance.name, Dwelling.floor, Dwelling.door,
                        Site.landlord_id)
                 .join(WelfareEntry, WelfareEntry.id == WelfareCheck.entry_id)
                 .join(Person, Person.id == WelfareEntry.person_id)
                 .join(Dwelling, Dwelling.id == WelfareEntry.dwelling_id)
                 .join(Entrance, Entrance.id == Dwelling.entrance_id)
                 .join(Building, Building.id == Entrance.building_id)
                 .join(Site, Site.id == Building.site_id)
                 .where(WelfareCheck.done_at.is_(None), WelfareCheck.deleted_at.is_(None),
                        WelfareCheck.due_on <= day, WelfareEntry.active,
                        WelfareEntry.deleted_at.is_(None)))
            if site_ids is not None:
                q = q.where(Site.id.in_(site_ids))
            rows = s.execute(q).all()
            # One visit per person: the oldest pending check.
            first: dict[str, tuple] = {}
            for row in rows:
                if row[0] not in first or row[1] < first[row[0]][1]:
                    first[row[0]] = row
            entry_ids = list(first)
            contacts: dict[str, list] = {e: [] for e in entry_ids}
            for entry_id, kind, name, phone in s.execute(
                    select(WelfareContact.entry_id, WelfareContact.kind, WelfareContact.name,
                           WelfareContact.phone)
                    .where(WelfareContact.entry_id.in_(entry_ids),
                           WelfareContact.deleted_at.is_(None))
                    .order_by(WelfareContact.kind, WelfareContact.name)):
                contacts[entry_id].append(welfare_round.Contact(kind, name, phone))
            history = self._last_outcomes(s, entry_ids)
            visits = []
            for entry_id, row in first.items():
                done = history.get(entry_id, [])
                visits.append(welfare_round.Visit(
                    site_code=row[9], site_name=row[10],
                    site_address=_address(row[11], row[12], row[13]), building=row[14],
                    entrance=row[15], floor=row[16], door=row[17],
                    name=household_display_name(row[2], row[3]), phone=row[4],
                    age_band=row[5], priority=row[6], lives_alone=row[7], home_care=row[8],
                    due_on=row[1], last_done=done[-1][0] if done else None,
                    last_outcome=done[-1][1] if done else None,
                    escalate=needs_escalation([o for _, o in done]),
                    contacts=contacts[entry_id]))
            visits.sort(key=lambda v: (v.site_code, v.building, v.entrance, v.floor, v.door,
                                       v.name))
            plans = [welfare_round.Plan(*p) for p in s.execute(
                select(AlertPlan.kind, AlertPlan.starts_on, AlertPlan.ends_on,
                       AlertPlan.max_interval_days)
                .where(AlertPlan.deleted_at.is_(None), AlertPlan.starts_on <= day,
                       (AlertPlan.ends_on.is_(None)) | (AlertPlan.ends_on >= day))
                .order_by(AlertPlan.starts_on))]
            landlords = sorted({row[18] for row in first.values()})
            if site_ids is not None and not landlords:
                landlords = sorted(set(s.scalars(select(Site.landlord_id).where(
                    Site.id.in_(site_ids)))))
            head = self._letterhead(s, landlords[0])[0] if len(landlords) == 1 else None
            author = self._authors(s, landlords)
        doc = welfare_round.WelfareRound(day=day, author=author, printed_at=utcnow(),
                                         head=head, visits=visits, plans=plans)
        built = welfare_round.render(doc)
        return self._finish(built, welfare_round.title(doc),
                            f"{msg('rpt_file_round')}-{day.isoformat()}.pdf", "welfare_round",
                            None, f"welfare_round {day.isoformat()} ({len(visits)})",
                            landlords[0] if len(landlords) == 1 else None, password)

    def case_file(self, case: str, *, password: str | None = None) -> PdfDocument:
        """The full chronology of a conflict case (its id or VOI-... reference)."""
        with self.read() as s:
            c = self._case(s, case)
            self.authorise(Action.PRINT, Kind.CONFLICT_CASE, c.org_id, c.site_id)
            site = s.get(Site, c.site_id)
            head, _settings = self._letterhead(s, site.landlord_id)
            linked = s.scalars(
                select(Signalement)
                .join(case_signalements, case_signalements.c.signalement_id == Signalement.id)
                .where(case_signalements.c.case_id == c.id, Signalement.deleted_at.is_(None))
                .order_by(Signalement.facts_start)).all()
            # Reporters who asked for protection stay anonymous here too.
            protected = {sig.reporter_id for sig in linked
                         if sig.protect_identity and sig.reporter_id}
            scrub = _combined(_scrubber(u) for u in s.scalars(
                select(User).where(User.id.in_(protected))))
            parties, names = [], {}
            for party, home in s.execute(
                    select(ConflictParty, Household)
                    .join(Household, Household.id == ConflictParty.household_id)
                    .where(ConflictParty.case_id == c.id, ConflictParty.deleted_at.is_(None))
                    .order_by(ConflictParty.role, Household.name)):
                names[home.id] = home.name
                parties.append(case_file.Party(party.role, home.name,
                                               _postal_address(s, home, site)[1]))
            users = {u.id: u for u in s.scalars(select(User).where(User.id.in_(
                {st.taken_by for st in c.steps if st.taken_by})))}

            def by(user_id: str | None) -> str:
                if not user_id or user_id not in users:
                    return ""
                if user_id in protected:
                    return msg("rpt_staff")
                user = users[user_id]
                return f"{user.display_name} ({_lower_first(Role(user.role).label(language()))})"

            steps = [case_file.Step(st.step, st.taken_on, by(st.taken_by), scrub(st.outcome),
                                    st.next_due_on, scrub(st.override_reason or "") or None)
                     for st in c.steps if st.deleted_at is None]
            sessions = [case_file.Session(m.kind, m.held_on, scrub(m.participants),
                                          scrub(m.agreement), m.consent_complainant,
                                          m.consent_respondent)
                        for m in c.sessions if m.deleted_at is None]
            signalements = []
            for sig in linked:
                where = ", ".join(p for p in (
                    sig.building.name if sig.building else "",
                    sig.entrance.name if sig.entrance else "", floor_label(sig.floor)) if p)
                signalements.append(case_file.LinkedSignalement(
                    sig.reference, sig.facts_start, sig.category, sig.status, where,
                    scrub(sig.description),
                    [case_file.LinkedReferral(r.recipient, r.referred_on,
                                              scrub(r.reference_number))
                     for r in sig.referrals if r.deleted_at is None]))
            letters_sent = []
            for at, summary in s.execute(
                    select(AuditEntry.at, AuditEntry.summary)
                    .where(AuditEntry.entity_kind == "conflict_case",
                           AuditEntry.entity_id == c.id,
                           AuditEntry.action == AuditAction.PRINT.value,
                           AuditEntry.summary.startswith(f"{DOC_LETTER} "))
                    .order_by(AuditEntry.at)):
                parts = summary.split(" ")
                if len(parts) < 4 or parts[1] not in ProcedureStep.codes():
                    continue
                addressees = ", ".join(names.get(h, "?") for h in parts[3].split(","))
                letters_sent.append(case_file.LetterSent(at, parts[1], addressees))
            attachments = s.scalar(select(func.count()).select_from(Attachment).where(
                Attachment.owner_kind == "conflict_case", Attachment.owner_id == c.id,
                Attachment.deleted_at.is_(None)))
            doc = case_file.CaseFile(
                head=head, reference=c.reference, site=f"{site.name} ({site.code})",
                site_address=_address(site.address, site.postcode, site.city),
                nature=c.nature, status=c.status, current_step=c.current_step,
                opened_on=c.opened_on, next_due_on=c.next_due_on, closed_on=c.closed_on,
                closing_reason=c.closing_reason, summary=scrub(c.summary),
                printed_at=utcnow(), parties=parties, steps=steps, sessions=sessions,
                signalements=signalements, letters=letters_sent, attachments=attachments)
            ids = (c.id, c.reference, c.org_id)
        built = case_file.render(doc)
        return self._finish(built, case_file.title(doc),
                            f"{msg('rpt_file_case')}-{ids[1]}.pdf", "conflict_case", ids[0],
                            f"case_file {ids[1]}", ids[2], password)

    def activity_report(self, date_from: date, date_to: date, sites: Sequence[str] = (), *,
                        password: str | None = None) -> PdfDocument:
        """Indicators for the town's safety council over a period (both days included) and
        a set of sites (ids or codes; every site when none is given). No personal data:
        counts only, aggregated in SQL, and 1 to 4 printed '< 5'."""
        errors = Errors()
        if date_from is None:
            errors.add("date_from", "required")
        if date_to is None:
            errors.add("date_to", "required")
        elif date_from is not None and date_to < date_from:
            errors.add("date_to", "rpt_period_reversed")
        errors.raise_if_any()
        days = (date_to - date_from).days + 1
        previous_from = date_from - timedelta(days=days)
        start, end = local_day_start(date_from), local_day_start(date_to + timedelta(days=1))
        previous_start = local_day_start(previous_from)
        months = _months(date_from, date_to)
        with self.read() as s:
            site_ids = self._site_ids(s, sites)
            q = select(Site.id, Site.code, Site.name, Site.difficulty, Site.landlord_id).where(
                Site.deleted_at.is_(None)).order_by(Site.code)
            if site_ids is not None:
                q = q.where(Site.id.in_(site_ids))
            site_rows = s.execute(q).all()
            code_of = {r[0]: r[1] for r in site_rows}
            counts = _signalement_counts(s, site_ids, previous_start, start, end, months)
            data = activity.ActivityData(
                author=self._authors(s, sorted({r[4] for r in site_rows})),
                date_from=date_from, date_to=date_to, previous_from=previous_from,
                previous_to=date_from - timedelta(days=1), printed_at=utcnow(),
                sites=[activity.SiteInfo(r[1], r[2], r[3]) for r in site_rows],
                all_sites=site_ids is None, months=months,
                counts={(code_of[site], cat, month): n for site, cat, month, n in counts
                        if site in code_of},
                referred=_referred(s, site_ids, date_from, date_to),
                welfare=_welfare_stats(s, site_ids, date_from, date_to, start, end),
                conflicts=_conflict_stats(s, site_ids, date_from, date_to),
                head=(self._letterhead(s, site_rows[0][4])[0]
                      if len({r[4] for r in site_rows}) == 1 else None))
            landlords = sorted({r[4] for r in site_rows})
        built = activity.render(data)
        scope = "all" if site_ids is None else ",".join(code_of[i] for i in site_ids)
        return self._finish(built, activity.title(data),
                            f"{msg('rpt_file_activity')}-{date_from.isoformat()}-"
                            f"{date_to.isoformat()}.pdf", "activity_report", None,
                            f"activity {date_from.isoformat()}..{date_to.isoformat()} {scope}",
                            landlords[0] if len(landlords) == 1 else None, password)

    def list_table(self, title: str, subtitle: str, headers: Sequence[str],
                   rows: Sequence[Sequence[str]], *, password: str | None = None,
                   entity_kind: str = "list") -> PdfDocument:
        """A list as its screen shows it: `headers` and `rows` are the displayed texts (the
        caller decided what the person may see), `subtitle` the filter in one line. The
        audit entry (of `entity_kind`: what the list holds) names the title and the row
        count only, never a row."""
        table = list_table.ListTable(
            title=title, subtitle=subtitle, headers=[str(h) for h in headers],
            rows=[["" if v is None else str(v) for v in row] for row in rows],
            author=self._list_author(), printed_at=utcnow())
        built = list_table.render(table)
        return self._finish(built, list_table.title(table),
                            f"{msg('rpt_file_list')}-{utcnow():%Y%m%d-%H%M}.pdf", entity_kind,
                            None, f"list '{title}' ({len(table.rows)} rows)", None, password)

    def _list_author(self) -> str:
        org_id = self.actor.org_id if self.actor.signed_in else None
        if not org_id:
            return "Palier"
        with self.read() as s:
            return s.scalar(select(Organisation.name).where(Organisation.id == org_id)) or "Palier"

    def record_output(self, document: PdfDocument, how: str, entity_kind: str,
                      entity_id: str | None = None, where: str = "") -> None:
        """Audit what was done with a document generated above (already audited as a
        print): how is 'print' (sent to a printer) or 'export' (saved to a file)."""
        action = AuditAction.EXPORT if how == "export" else AuditAction.PRINT
        summary = f"{document.filename} ({document.pages} p.)"
        if where:
            summary += f" -> {where}"
        with self.write() as s:
            self.audit(s, action, entity_kind, entity_id, summary)

    # Settings -------------------------------------------------------------------------

    def settings(self, landlord_id: str) -> ReportSettingsInfo:
        with self.read() as s:
            org = self._landlord(s, landlord_id)
            row = self._settings_row(s, org.id)
            if row is None:
                return ReportSettingsInfo(org.id, org.name, False, None, "", "", "", "", None)
            return ReportSettingsInfo(org.id, org.name, row.logo is not None, row.officer_id,
                                      row.contact_phone, row.contact_email, row.signatory_name,
                                      row.signatory_title, row.version)

    def update_settings(self, landlord_id: str, **changes) -> int:
        """Change a landlord's document settings: officer_id, contact_phone, contact_email,
        signatory_name, signatory_title, logo (PNG or JPEG bytes; None removes it).

        Returns the new version. The logo is re-encoded (no metadata, 600 px at most).
        """
        allowed = {"officer_id", "contact_phone", "contact_email", "signatory_name",
                   "signatory_title", "logo"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        errors = Errors()
        if changes.get("logo") is not None:
            try:
                changes["logo"] = _normalise_logo(changes["logo"])
            except ValidationError as exc:
                errors.found.update(exc.errors)
        for name, limit in (("contact_phone", 30), ("contact_email", 200),
                            ("signatory_name", 200), ("signatory_title", 200)):
            if name in changes:
                changes[name] = (changes[name] or "").strip()
                if len(changes[name]) > limit:
                    errors.add(name, "too_long", length=len(changes[name]), limit=limit)
        errors.raise_if_any()
        self.authorise(Action.UPDATE, Kind.SETTINGS, landlord_id)
        with self.write() as s:
            org = self._landlord(s, landlord_id)
            if changes.get("officer_id"):
                user = s.get(User, changes["officer_id"])
                if user is None or user.deleted_at is not None or user.org_id != org.id:
                    errors.add("officer_id", "unknown_record", value=changes["officer_id"])
                    errors.raise_if_any()
            row = self._settings_row(s, org.id)
            if row is None:
                row = ReportSettings(landlord_id=org.id, org_id=org.id, contact_phone="",
                                     contact_email="", signatory_name="", signatory_title="",
                                     created_by=self.actor.user_id)
                s.add(row)
            for key, value in changes.items():
                setattr(row, key, value)
            row.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "report_settings", row.id,
                       ", ".join(sorted(changes)), org_id=org.id)
            return row.version

    @staticmethod
    def merge_fields() -> dict[str, str]:
        """The letter templates' merge fields, {{name}} -> what it holds (for the editor)."""
        return {name: msg(key) for name, key in MERGE_FIELDS.items()}

    def letter_template(self, landlord_id: str, kind: str) -> LetterTemplateInfo:
        step = _letter_step(kind)
        with self.read() as s:
            org = self._landlord(s, landlord_id)
            row = self._template_row(s, org.id, step)
            if row is None:
                default = default_template(step, language())
                return LetterTemplateInfo(org.id, kind, default.subject, default.body, True, None)
            return LetterTemplateInfo(org.id, kind, row.subject, row.body, False, row.version)

    def save_letter_template(self, landlord_id: str, kind: str, subject: str, body: str) -> int:
        """An administrator's wording of a letter. Refused, with a French message, when it
        uses an unknown merge field or stray braces. Returns the new version."""
        step = _letter_step(kind)
        found = template_errors(subject, body)
        if found:
            raise ValidationError(found)
        self.authorise(Action.UPDATE, Kind.SETTINGS, landlord_id)
        with self.write() as s:
            org = self._landlord(s, landlord_id)
            row = self._template_row(s, org.id, step)
            if row is None:
                row = LetterTemplate(landlord_id=org.id, kind=step.value, org_id=org.id,
                                     created_by=self.actor.user_id)
                s.add(row)
            row.subject = subject.strip()
            row.body = body.strip()
            row.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, "letter_template", row.id, step.value,
                       org_id=org.id)
            return row.version

    def reset_letter_template(self, landlord_id: str, kind: str) -> None:
        """Back to the wording shipped with Palier."""
        step = _letter_step(kind)
        self.authorise(Action.UPDATE, Kind.SETTINGS, landlord_id)
        with self.write() as s:
            org = self._landlord(s, landlord_id)
            row = self._template_row(s, org.id, step)
            if row is not None:
                row.deleted_at = utcnow()
                row.updated_by = self.actor.user_id
                s.flush()
                self.audit(s, AuditAction.DELETE, "letter_template", row.id, step.value,
                           org_id=org.id)

    # Look-ups ---------------------------------------------------------------------------

    def resolve_signalement(self, signalement: str) -> str:
        """The id of a signalement given by its id or its reference."""
        with self.read() as s:
            return self._signalement(s, signalement).id

    def resolve_case(self, case: str) -> str:
        with self.read() as s:
            return self._case(s, case).id

    @staticmethod
    def _signalement(s: Session, key: str) -> Signalement:
        match = REFERENCE.match(key or "")
        if match:
            sig = s.scalar(select(Signalement).where(
                Signalement.reference == match.group(1).upper()))
        else:
            sig = s.get(Signalement, key)
        if sig is None or sig.deleted_at is not None:
            raise NotFound(key)
        return sig

    @staticmethod
    def _case(s: Session, key: str) -> ConflictCase:
        match = REFERENCE.match(key or "")
        if match:
            case = s.scalar(select(ConflictCase).where(
                ConflictCase.reference == match.group(1).upper()))
        else:
            case = s.get(ConflictCase, key)
        if case is None or case.deleted_at is not None:
            raise NotFound(key)
        return case

    @staticmethod
    def _landlord(s: Session, landlord_id: str) -> Organisation:
        org = s.get(Organisation, landlord_id)
        if org is None or org.deleted_at is not None:
            raise NotFound(landlord_id)
        return org

    @staticmethod
    def _settings_row(s: Session, landlord_id: str) -> ReportSettings | None:
        return s.scalar(select(ReportSettings).where(
            ReportSettings.landlord_id == landlord_id, ReportSettings.deleted_at.is_(None)))

    @staticmethod
    def _template_row(s: Session, landlord_id: str, step: ProcedureStep) -> LetterTemplate | None:
        return s.scalar(select(LetterTemplate).where(
            LetterTemplate.landlord_id == landlord_id, LetterTemplate.kind == step.value,
            LetterTemplate.deleted_at.is_(None)))

    def _letterhead(self, s: Session, landlord_id: str) -> tuple[Letterhead, ReportSettings | None]:
        org = self._landlord(s, landlord_id)
        settings = self._settings_row(s, org.id)
        return Letterhead(org.name, org.address, org.postcode, org.city, org.phone, org.email,
                          settings.logo if settings else None), settings

    @staticmethod
    def _officer(s: Session, landlord_id: str, settings: ReportSettings | None) -> User | None:
        """The landlord's security officer: the one the settings name, else the first one."""
        if settings and settings.officer_id:
            user = s.get(User, settings.officer_id)
            if user is not None and user.deleted_at is None:
                return user
        return s.scalar(select(User).where(
            User.org_id == landlord_id, User.role == Role.OFFICER.value, User.active,
            User.deleted_at.is_(None)).order_by(User.display_name).limit(1))

    @staticmethod
    def _contact(head: Letterhead, settings: ReportSettings | None,
                 officer: User | None) -> referral_sheet.Person:
        phone = (settings.contact_phone if settings else "") or (officer.phone if officer else "")
        email = (settings.contact_email if settings else "") or (officer.email if officer else "")
        if officer is None:
            return referral_sheet.Person(head.name, "", phone or head.phone, email or head.email)
        return referral_sheet.Person(officer.display_name, Role.OFFICER.label(language()),
                                     phone or head.phone, email or head.email)

    @staticmethod
    def _photos(s: Session, owner_kind: str, owner_id: str, scrub, protected: bool,
                ) -> tuple[list[referral_sheet.Photo], int]:
        rows = s.execute(
            select(Attachment.mime_type, Attachment.caption, AttachmentBlob.data)
            .join(AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256)
            .where(Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id,
                   Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at))
        photos, others = [], 0
        for mime, caption, data in rows:
            thumb = _thumbnail(data) if mime in IMAGE_TYPES else None
            if thumb is None:
                others += 1
            else:
                photos.append(referral_sheet.Photo(thumb, scrub(caption or "")))
        return photos, others

    @staticmethod
    def _earlier(s: Session, sig: Signalement) -> list[referral_sheet.EarlierReferral]:
        """Signalements about the same place (building, else site), older, that were referred."""
        place = (Signalement.building_id == sig.building_id if sig.building_id
                 else Signalement.site_id == sig.site_id)
        rows = s.execute(
            select(Signalement.reference, Signalement.facts_start, Signalement.category,
                   Building.name, Referral.recipient, Referral.referred_on,
                   Referral.reference_number)
            .join(Referral, Referral.signalement_id == Signalement.id)
            .outerjoin(Building, Building.id == Signalement.building_id)
            .where(place, Signalement.id != sig.id, Signalement.deleted_at.is_(None),
                   Referral.deleted_at.is_(None), Signalement.facts_start <= sig.facts_start)
            .order_by(Signalement.facts_start.desc(), Referral.referred_on.desc())
            .limit(EARLIER_LIMIT))
        return [referral_sheet.EarlierReferral(ref, start, cat, building or "", recipient,
                                               on, number)
                for ref, start, cat, building, recipient, on, number in rows]

    @staticmethod
    def _earlier_steps(s: Session, case_id: str, step: ProcedureStep, before: date) -> str:
        """'notre rappel au règlement du 3 mars 2026 et notre convocation du 20 mars 2026'."""
        rows = s.execute(
            select(CaseStep.step, func.max(CaseStep.taken_on))
            .where(CaseStep.case_id == case_id, CaseStep.deleted_at.is_(None),
                   CaseStep.taken_on <= before,
                   CaseStep.step.in_([p.value for p in EARLIER_STEP_KEYS]))
            .group_by(CaseStep.step)).all()
        done = {ProcedureStep(code): on for code, on in rows}
        parts = [msg(EARLIER_STEP_KEYS[p], date=date_long(done[p]))
                 for p in EARLIER_STEP_KEYS if p in done and p.rank < step.rank]
        if not parts:
            return msg("rpt_steps_none")
        if len(parts) == 1:
            return parts[0]
        return msg("rpt_and", first=", ".join(parts[:-1]), last=parts[-1])

    @staticmethod
    def _site_ids(s: Session, sites: Sequence[str]) -> list[str] | None:
        """The ids of sites given by id or code; None (every site) when none is given."""
        if not sites:
            return None
        rows = s.execute(select(Site.id, Site.code).where(Site.deleted_at.is_(None))).all()
        by_key = {key: sid for sid, code in rows for key in (sid, code, code.upper())}
        errors = Errors()
        found = []
        for key in sites:
            sid = by_key.get(key) or by_key.get(key.strip().upper())
            if sid is None:
                errors.add("sites", "unknown_site", value=key)
            elif sid not in found:
                found.append(sid)
        errors.raise_if_any()
        return found

    @staticmethod
    def _authors(s: Session, landlord_ids: Sequence[str]) -> str:
        if not landlord_ids:
            return "Palier"
        names = s.scalars(select(Organisation.name).where(
            Organisation.id.in_(landlord_ids)).order_by(Organisation.name))
        return ", ".join(names)

    @staticmethod
    def _last_outcomes(s: Session, entry_ids: Sequence[str]) -> dict[str, list[tuple]]:
        """{entry: [(day done, outcome), ...]}: the last two checks done, oldest first."""
        if not entry_ids:
            return {}
        ranked = (select(WelfareCheck.entry_id, WelfareCheck.done_at, WelfareCheck.outcome,
                         func.row_number().over(partition_by=WelfareCheck.entry_id,
                                                order_by=WelfareCheck.done_at.desc())
                         .label("n"))
                  .where(WelfareCheck.entry_id.in_(entry_ids), WelfareCheck.done_at.isnot(None),
                         WelfareCheck.deleted_at.is_(None))
                  .subquery())
        out: dict[str, list[tuple]] = {}
        for entry_id, done_at, outcome in s.execute(
                select(ranked.c.entry_id, ranked.c.done_at, ranked.c.outcome)
                .where(ranked.c.n <= 2).order_by(ranked.c.entry_id, ranked.c.done_at)):
            out.setdefault(entry_id, []).append((done_at.astimezone().date(), outcome))
        return out

    # Finishing -------------------------------------------------------------------------

    def _finish(self, built: Built, title: str, filename: str, entity_kind: str,
                entity_id: str | None, summary: str, org_id: str | None,
                password: str | None) -> PdfDocument:
        data = built.data
        if password:
            data = encrypt(data, password)
            summary += " (mot de passe)"
        with self.write() as s:
            self.audit(s, AuditAction.PRINT, entity_kind, entity_id, summary, org_id=org_id)
        return PdfDocument(data, _safe_filename(filename), title, built.pages, bool(password))


# Helpers ---------------------------------------------------------------------------------

def _lower_first(value: str) -> str:
    return value[:1].lower() + value[1:]


def _upper_first(value: str) -> str:
    return value[:1].upper() + value[1:]


def _postal_address(s: Session, home: Household, site: Site) -> tuple[list[str], str]:
    """The addressee's address as La Poste wants it (AFNOR NF Z10-011), and on one line."""
    dwelling = s.get(Dwelling, home.dwelling_id)
    entrance = s.get(Entrance, dwelling.entrance_id)
    building = s.get(Building, entrance.building_id)
    door = msg("rpt_door", door=dwelling.door) if dwelling.door else ""
    inside = ", ".join(p for p in (door, floor_label(dwelling.floor), entrance.name) if p)
    place = f"{building.name} – {site.name}"
    town = " ".join(p for p in (site.postcode, site.city.upper()) if p)
    lines = [_upper_first(line) for line in (inside, place, site.address, town) if line]
    one_line = ", ".join(p for p in (inside, building.name, site.name, site.address,
                                     " ".join(q for q in (site.postcode, site.city) if q)) if p)
    return lines, one_line



def _months(date_from: date, date_to: date) -> list[tuple[int, int]]:
    months, (y, m) = [], (date_from.year, date_from.month)
    while (y, m) <= (date_to.year, date_to.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _bucket(bounds: list[int], lo: int, hi: int) -> str:
    """A nested CASE giving the month index of facts_start, by binary search over the
    months' first instants (local midnight): cheaper than strftime(..., 'localtime') on
    every row, and exact across daylight-saving changes."""
    if hi - lo == 1:
        return str(lo)
    mid = (lo + hi) // 2
    return (f"CASE WHEN facts_start < {bounds[mid]} THEN {_bucket(bounds, lo, mid)} "
            f"ELSE {_bucket(bounds, mid, hi)} END")


def _signalement_counts(s: Session, site_ids: list[str] | None, previous_start: datetime,
                        start: datetime, end: datetime,
                        months: list[tuple[int, int]]) -> list[tuple[str, str, int, int]]:
    """(site id, category, month index or -1 for the previous period, count), in one
    GROUP BY over the signalements of both periods."""
    bounds = [to_micros(start)] + [to_micros(local_day_start(date(y, m, 1))) for y, m in months[1:]]
    lo, hi = to_micros(previous_start), to_micros(end)
    # The date index holds every column this reads (migration 0010): the counts come from
    # the index alone, however wide the period.
    source = "signalements INDEXED BY ix_signalements_facts_site"
    where = "deleted_at IS NULL AND facts_start >= :lo AND facts_start < :hi"
    params: dict = {"lo": lo, "hi": hi, "start": bounds[0]}
    if site_ids is not None:
        where += " AND site_id IN :sites"
        params["sites"] = list(site_ids)
    # Month first in the GROUP BY: the sorter compares a small integer before two strings
    # (site ids are UUIDv7 sharing long prefixes), 20% less time on 100,000 rows.
    sql = (f"SELECT site_id, category, CASE WHEN facts_start < :start THEN -1 ELSE "
           f"{_bucket(bounds, 0, len(bounds))} END AS month, count(*) FROM {source} "
           f"WHERE {where} GROUP BY month, category, site_id")
    stmt = text(sql)
    if site_ids is not None:
        stmt = stmt.bindparams(bindparam("sites", expanding=True))
    return [tuple(r) for r in s.execute(stmt, params)]


def _referred(s: Session, site_ids, date_from: date, date_to: date) -> dict[str, int]:
    q = (select(Referral.recipient, func.count(func.distinct(Referral.signalement_id)))
         .join(Signalement, Signalement.id == Referral.signalement_id)
         .where(Referral.deleted_at.is_(None), Signalement.deleted_at.is_(None),
                Referral.referred_on >= date_from, Referral.referred_on <= date_to)
         .group_by(Referral.recipient))
    if site_ids is not None:
        q = q.where(Signalement.site_id.in_(site_ids))
    return dict(s.execute(q).all())


def _welfare_stats(s: Session, site_ids, date_from: date, date_to: date, start: datetime,
                   end: datetime) -> activity.WelfareStats:
    entries = (select(WelfareEntry.id).join(Dwelling, Dwelling.id == WelfareEntry.dwelling_id)
               .join(Entrance, Entrance.id == Dwelling.entrance_id)
               .join(Building, Building.id == Entrance.building_id)
               .where(WelfareEntry.deleted_at.is_(None)))
    if site_ids is not None:
        entries = entries.where(Building.site_id.in_(site_ids))
    ids = entries.scalar_subquery()

    def count(*where) -> int:
        return s.scalar(select(func.count()).select_from(WelfareEntry).where(
            WelfareEntry.id.in_(ids), *where))

    register = count(WelfareEntry.consent_on <= date_to,
                     (WelfareEntry.left_on.is_(None)) | (WelfareEntry.left_on > date_to))
    joined = count(WelfareEntry.consent_on >= date_from, WelfareEntry.consent_on <= date_to)
    left = count(WelfareEntry.left_on >= date_from, WelfareEntry.left_on <= date_to)
    done = (WelfareCheck.entry_id.in_(ids), WelfareCheck.deleted_at.is_(None),
            WelfareCheck.done_at >= start, WelfareCheck.done_at < end)
    outcomes = dict(s.execute(select(WelfareCheck.outcome, func.count())
                              .where(*done).group_by(WelfareCheck.outcome)).all())
    follow_ups = dict(s.execute(select(WelfareCheck.follow_up, func.count())
                                .where(*done, WelfareCheck.follow_up.isnot(None))
                                .group_by(WelfareCheck.follow_up)).all())
    plans = [tuple(r) for r in s.execute(
        select(AlertPlan.kind, AlertPlan.starts_on, AlertPlan.ends_on)
        .where(AlertPlan.deleted_at.is_(None), AlertPlan.starts_on <= date_to,
               (AlertPlan.ends_on.is_(None)) | (AlertPlan.ends_on >= date_from))
        .order_by(AlertPlan.starts_on))]
    return activity.WelfareStats(register, joined, left, outcomes, follow_ups, plans)


def _conflict_stats(s: Session, site_ids, date_from: date,
                    date_to: date) -> activity.ConflictStats:
    live = [ConflictCase.deleted_at.is_(None)]
    if site_ids is not None:
        live.append(ConflictCase.site_id.in_(site_ids))

    def grouped(column, *where, join=None) -> dict[str, int]:
        q = select(column, func.count())
        if join is not None:
            q = q.join(ConflictCase, ConflictCase.id == join)
        else:
            q = q.select_from(ConflictCase)
        return dict(s.execute(q.where(*live, *where).group_by(column)).all())

    opened = grouped(ConflictCase.nature, ConflictCase.opened_on >= date_from,
                     ConflictCase.opened_on <= date_to)
    closed = grouped(ConflictCase.closing_reason, ConflictCase.closed_on >= date_from,
                     ConflictCase.closed_on <= date_to)
    open_at_end = s.scalar(select(func.count()).select_from(ConflictCase).where(
        *live, ConflictCase.opened_on <= date_to,
        (ConflictCase.closed_on.is_(None)) | (ConflictCase.closed_on > date_to)))
    steps = grouped(CaseStep.step, CaseStep.deleted_at.is_(None),
                    CaseStep.taken_on >= date_from, CaseStep.taken_on <= date_to,
                    join=CaseStep.case_id)
    sessions = grouped(MediationSession.kind, MediationSession.deleted_at.is_(None),
                       MediationSession.held_on >= date_from,
                       MediationSession.held_on <= date_to, join=MediationSession.case_id)
    return activity.ConflictStats(opened, closed, open_at_end, steps, sessions)


def _letter_step(kind: str) -> ProcedureStep:
    if kind in LETTER_KINDS:
        return LETTER_KINDS[kind]
    for step in LETTER_STEPS:
        if kind == step.value:
            return step
    raise ValidationError({"kind": msg("unknown_code", value=kind)})


def _address(street: str, postcode: str, city: str) -> str:
    place = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (street, place) if p)


def _safe_filename(name: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]+", "-", name)


def _scrubber(user: User):
    """Removes a protected reporter's identifiers from free text."""
    words = {user.display_name, user.login, user.email, user.phone}
    parts = user.display_name.split()
    if len(parts) >= 2:
        words.add(f"{parts[-1]} {' '.join(parts[:-1])}")  # "MARTIN Jean-Pierre"
    words.update(p for p in parts if len(p) >= 3)
    words = sorted((w for w in words if w and w.strip()), key=len, reverse=True)
    if not words:
        return lambda t: t
    alternatives = [rf"(?<!\w){re.escape(w)}(?!\w)" for w in words]
    digits = re.sub(r"\D", "", user.phone or "")
    if len(digits) >= 6:  # the phone number however it is spaced: 06 39..., 06.39..., 0639...
        alternatives.insert(0, r"(?<!\d)" + r"[\s.\-]?".join(digits) + r"(?!\d)")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    mask = msg("rpt_redacted")
    return lambda t: pattern.sub(mask, t) if t else t


def _combined(scrubbers):
    scrubbers = list(scrubbers)

    def scrub(value: str) -> str:
        for one in scrubbers:
            value = one(value)
        return value
    return scrub


def _thumbnail(data: bytes) -> bytes | None:
    """A reduced JPEG copy without any metadata (EXIF may hold an author or a GPS position)."""
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.draft("RGB", (THUMBNAIL_PX, THUMBNAIL_PX))
            im = ImageOps.exif_transpose(im)
            im = im.convert("RGB")
            im.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            im.save(out, "JPEG", quality=82, optimize=True)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _normalise_logo(data: bytes) -> bytes:
    from PIL import Image

    if len(data) > LOGO_SIZE_LIMIT * 4 or sniff_mime(data) not in ("image/png", "image/jpeg"):
        raise ValidationError({"logo": msg("rpt_logo_bad")})
    try:
        with Image.open(io.BytesIO(data)) as im:
            im = im.convert("RGBA")
            im.thumbnail((LOGO_PX, LOGO_PX))
            out = io.BytesIO()
            im.save(out, "PNG", optimize=True)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValidationError({"logo": msg("rpt_logo_bad")}) from exc
    if out.tell() > LOGO_SIZE_LIMIT:
        raise ValidationError({"logo": msg("rpt_logo_bad")})
    return out.getvalue()
