"""The outbox is written in the same transaction as each change, by every write path."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from app.models import Dwelling
from app.services.base import ServiceBase
from app.services.conflicts import ConflictService
from app.services.errors import ValidationError
from app.services.places import new_household
from app.services.signalements import SignalementDraft, SignalementService

T0 = datetime(2025, 5, 12, 21, 30, tzinfo=UTC)


def outbox(ws):
    with ws.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT n, entity, record_id, op, base_version, fields, base, ids FROM sync_outbox"
            " ORDER BY n").all()


def draft(site, **values) -> SignalementDraft:
    return SignalementDraft(**{"category": "squat", "site_id": site, "facts_start": T0,
                               "description": "Squat constaté dans la cave.", **values})


def test_orm_and_bulk_writes_land_in_the_outbox(workspace, landlord_site):
    org, site, building, entrance = landlord_site
    before = {(r.entity, r.op) for r in outbox(workspace)}
    assert ("organisations", "create") in before and ("sites", "create") in before
    service = SignalementService(workspace)
    ids = service.create_many([draft(site), draft(site, severity=3)])
    rows = outbox(workspace)
    creates = [r for r in rows if r.entity == "signalements"]
    assert [(r.record_id, r.op, r.fields) for r in creates] == [("*", "create_many", None)]
    assert json.loads(creates[0].ids) == ids

    service.update(ids[0], 1, draft(site, status="in_progress", description="Squat, 3 personnes."))
    last = outbox(workspace)[-1]
    assert (last.entity, last.record_id, last.op, last.base_version) == (
        "signalements", ids[0], "update", 1)
    fields, base = json.loads(last.fields), json.loads(last.base)
    assert fields["status"] == "in_progress" and base["status"] == "new"
    assert fields["description"] == "Squat, 3 personnes."
    assert "version" not in fields

    service.delete(ids[1], 1)
    last = outbox(workspace)[-1]
    assert (last.record_id, last.op) == (ids[1], "delete")
    assert json.loads(last.base) == {"deleted_at": None}


def test_a_refused_write_leaves_no_outbox_row(workspace, landlord_site):
    org, site, building, entrance = landlord_site
    count = len(outbox(workspace))
    with pytest.raises(ValidationError):
        SignalementService(workspace).create(draft(site, category=""))
    assert len(outbox(workspace)) == count


def test_link_table_changes_are_captured(workspace, landlord_site):
    org, site, building, entrance = landlord_site
    sid = SignalementService(workspace).create(draft(site))
    homes = []
    with ServiceBase(workspace).write() as s:
        for floor, name in ((1, "Martin"), (2, "Diallo")):
            dwelling = Dwelling(entrance_id=entrance, reference=f"VS01-{floor}", floor=floor,
                                org_id=org)
            s.add(dwelling)
            s.flush()
            homes.append(new_household(s, dwelling, name, "", "", None, None).id)
    assert {"dwellings", "households", "persons"} <= {r.entity for r in outbox(workspace)}
    cases = ConflictService(workspace)
    case_id = cases.open_case(site, "noise", "Musique tardive", date(2025, 5, 1), [homes[0]],
                              [homes[1]])
    cases.link_signalements(case_id, [sid])
    cases.unlink_signalement(case_id, sid)
    links = [r for r in outbox(workspace) if r.entity == "case_signalements"]
    assert [(r.record_id, r.op) for r in links] == [(f"{case_id}:{sid}", "create"),
                                                    (f"{case_id}:{sid}", "delete")]
