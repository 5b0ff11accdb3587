"""A person's file (app.services.person_file) as a readable PDF, for the right of access.

The document is the export's JSON laid out section by section: labels from the message
catalogue, values as stored (dates in the reader's format). Nothing here decides what
is in it: the service does.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.domain.codes import ALL_CODE_ENUMS
from app.domain.messages import language, msg
from app.reports.common import (
    Built,
    build_report,
    date_short,
    datetime_short,
    fields_table,
    heading,
    para,
    styles,
    yes_no,
)

PERSON = ("last_name", "first_name", "phone", "age_band", "is_head", "created_at",
          "updated_at")
HOUSEHOLD = ("name", "move_in_date")
CASE = ("reference", "nature_label", "status_label", "why", "role", "opened_on",
        "closed_on", "summary")
SIGNALEMENT = ("reference", "category_label", "status_label", "why", "facts_start",
               "reported_at", "description", "persons_description", "witnesses",
               "harm_people", "harm_property", "actions_notes")
ENTRY = ("active", "consent_on", "consent_method", "consent_given_by", "home_care",
         "frequency_days", "priority", "age_band", "left_on")


def _code_label(value: str) -> str | None:
    """The label of a stored code (an outcome, a method, an age band...), if it is one."""
    for enum in ALL_CODE_ENUMS:
        try:
            return enum(value).label(language())
        except ValueError:
            continue
    return None


def _value(name: str, value) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return yes_no(value)
    if name == "why":
        return msg(f"pf_why_{value}")
    if isinstance(value, str) and (label := _code_label(value)):
        return label
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            if len(value) == 10:
                return date_short(date.fromisoformat(value))
            return datetime_short(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _fields(record: dict, names, st):
    return fields_table([(msg(f"pf_{n}"), _value(n, record.get(n))) for n in names], st)


def _lines(rows: list[dict], st) -> list:
    """Sub-records (steps, checks...) as one line each: 'value · value · value'."""
    if not rows:
        return [para(msg("pf_none"), st.small)]
    return [para(" · ".join(_value(k, v) for k, v in row.items() if v not in (None, "")),
                 st.small) for row in rows]


def render(doc: dict, printed_at: datetime, author: str = "Palier") -> Built:
    st = styles(9.5)
    person = doc["person"]
    name = f"{person['last_name'].upper()} {person['first_name']}".strip()
    story = [para(msg("pf_title"), st.title),
             para(msg("pf_subtitle", name=name), st.subtitle),
             para(msg("pf_note"), st.note), Spacer(1, 3 * mm)]
    story += heading(msg("pf_person"), st.h1)
    story.append(_fields(person, PERSON, st))
    story += heading(msg("pf_household"), st.h1)
    household = doc.get("household")
    if household is None:
        story.append(para(msg("pf_none"), st.body))
    else:
        place = household.get("dwelling") or {}
        story.append(fields_table(
            [(msg(f"pf_{n}"), _value(n, household.get(n))) for n in HOUSEHOLD]
            + [(msg("pf_dwelling"), ", ".join(str(v) for v in place.values() if v not in
                                              (None, ""))),
               (msg("pf_members"), ", ".join(f"{m['last_name'].upper()} {m['first_name']}"
                                             for m in household.get("members", [])))], st))
    for title, items, fields, subs in (
            ("pf_cases", doc["conflict_cases"], CASE, ("steps", "mediation_sessions")),
            ("pf_signalements", doc["signalements"], SIGNALEMENT, ("referrals",)),
            ("pf_welfare", doc["welfare"], ENTRY, ("contacts", "checks", "alerts"))):
        story += heading(msg(title), st.h1)
        if not items:
            story.append(para(msg("pf_none"), st.body))
        for item in items:
            story.append(_fields(item, fields, st))
            for sub in subs:
                story.append(para(msg(f"pf_{sub}"), st.h3))
                story += _lines(item.get(sub, []), st)
            story.append(Spacer(1, 3 * mm))
    story += heading(msg("pf_audit"), st.h1)
    story += _lines([{k: a[k] for k in ("at", "action", "entity_kind", "summary")}
                     for a in doc["audit"]], st)
    return build_report(story, title=msg("pf_title"), author=author, subject="",
                        printed_at=printed_at)
