"""The desktops' audit trails reach the server (issue 7 §4, docs/sync-protocol.md §4):
pushed with the outbox, kept append-only per organisation, readable by its officers and
administrators only, never pulled by another desktop; altered entries are kept as
evidence, not silently replaced. Both backends.
"""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select, text
from sync_helpers import Admin, Desk

from app.server import db as sdb
from app.sync.client import AUDIT_COLUMNS


def local_trail(d: Desk) -> list[tuple]:
    with d.ws.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_entries"
                                    f" ORDER BY seq").all()


def server_trail(admin: Admin, d: Desk) -> list:
    a = sdb.audit_log.c
    with admin.engine.connect() as conn:
        return conn.execute(select(sdb.audit_log).where(a.client_id == d.client.client_id())
                            .order_by(a.seq)).all()


def read(server, d: Desk, after: int = 0) -> httpx.Response:
    return httpx.get(f"{server.url}/v1/audit", params={"after": after, "limit": 1000},
                     headers={"Authorization": f"Bearer {d.client.token()}"})


def test_the_trail_is_pushed_kept_append_only_and_read_by_officers(server, admin, desk):
    org, other = admin.org(), admin.org()
    a = desk(admin.user(org, "officer"))
    site = a.site()
    a.signalement(site)
    a.signalement(site)
    assert a.sync().rejected == 0
    mine = local_trail(a)
    assert len(mine) >= 3
    kept = server_trail(admin, a)
    assert [(r.seq, r.id, r.hash) for r in kept] == [(m[0], m[1], m[10]) for m in mine]
    assert all(r.chained and r.org_id == org and r.pushed_by == a.user["id"] for r in kept)
    # Nothing new, nothing sent; a new entry goes by itself.
    a.sync()
    assert len(server_trail(admin, a)) == len(mine)
    a.signalement(site)
    a.sync()
    assert len(server_trail(admin, a)) == len(mine) + 1
    # The organisation's officers and administrators read it; nobody else does.
    boss = desk(admin.user(org, "admin"))
    page = read(server, boss)
    assert page.status_code == 200
    seen = {e["id"]: e for e in page.json()["entries"]}
    assert {m[1] for m in local_trail(a)} <= set(seen)
    first = seen[mine[0][1]]
    assert first["client_id"] == a.client.client_id() and first["chained"]
    assert (first["seq"], first["action"], first["hash"]) == (mine[0][0], mine[0][5], mine[0][10])
    paged = read(server, boss, after=page.json()["entries"][0]["pos"])
    assert len(paged.json()["entries"]) == len(page.json()["entries"]) - 1
    for role in ("caretaker", "mediator", "partner"):
        refused = read(server, desk(admin.user(org, role), initial_sync=False))
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    stranger = read(server, desk(admin.user(other, "officer"), initial_sync=False))
    assert stranger.status_code == 200
    assert not {e["id"] for e in stranger.json()["entries"]} & set(seen)
    # Never pulled by another desktop: boss's own trail holds only boss's entries.
    assert not {m[1] for m in local_trail(boss)} & {m[1] for m in mine}
    # Append-only in the database itself.
    for statement in ("UPDATE audit_log SET summary = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), admin.engine.begin() as conn:
            conn.execute(text(statement))


def test_an_altered_entry_is_kept_as_evidence(server, admin, desk):
    org = admin.org()
    a = desk(admin.user(org, "officer"))
    site = a.site()
    a.signalement(site)
    a.signalement(site)
    trail = local_trail(a)
    second = trail[1]
    with a.ws.engine.begin() as conn:  # tampered with before it was ever sent
        conn.exec_driver_sql("UPDATE audit_entries SET summary = 'rien' WHERE id = ?",
                             (second[1],))
    assert a.sync().rejected == 0
    chained = {r.id: r.chained for r in server_trail(admin, a)}
    assert chained[second[1]] is False  # its content no longer matches its hash
    assert all(v for k, v in chained.items() if k != second[1])  # the next one still links
    # Altered again after it was sent, then sent again (the workspace's mark lost): the
    # server keeps its first copy and says so; the desktop keeps a dead letter.
    with a.ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entries SET summary = 'autre' WHERE id = ?",
                             (trail[0][1],))
        conn.exec_driver_sql("UPDATE sync_state SET value = '0' WHERE key = 'audit_pushed'")
    report = a.sync()
    assert report.rejected == 1
    assert report.rejected_details[0]["code"] == "audit_altered"
    assert a.rows("sync_dead_letters", "entity = 'audit_entries'")
    kept = {r.id: r for r in server_trail(admin, a)}
    assert kept[trail[0][1]].summary == trail[0][8]  # the first copy, untouched
    d = sdb.dead_letters.c
    with admin.engine.connect() as conn:
        assert conn.execute(select(d.code).where(d.record_id == trail[0][1])).scalar() \
            == "audit_altered"
    assert len(kept) == len(trail)


def test_audit_rows_are_validated_one_by_one(server, admin, desk):
    a = desk(admin.user(admin.org(), "officer"))
    good = list(local_trail(a)[0]) if local_trail(a) else None
    if good is None:
        a.site()
        good = list(local_trail(a)[0])
    headers = {"Authorization": f"Bearer {a.client.token()}"}
    cid = a.client.client_id()
    bad = [good[0] + 1, "not an id!", *good[2:]]
    short = ["x"]
    r = httpx.post(f"{server.url}/v1/push", headers=headers,
                   json={"client_id": cid, "mutations": [], "audit": [bad, short, good]})
    assert r.status_code == 200, r.text
    answer = r.json()["audit"]
    assert answer["stored"] == 1
    assert [x[2] for x in answer["rejected"]] == ["bad_request", "bad_request"]
    again = httpx.post(f"{server.url}/v1/push", headers=headers,
                       json={"client_id": cid, "mutations": [], "audit": [good]})
    assert again.json()["audit"] == {"stored": 0, "rejected": []}  # a replay


def test_a_share_is_in_the_trail_of_both_organisations(server, admin, desk):
    from app.domain.audit_chain import GENESIS, entry_hash

    landlord, team = admin.org(), admin.org("mediation")
    a = desk(admin.user(landlord, "officer"))
    sig = a.signalement(a.site())
    assert a.sync().rejected == 0
    admin.share(sig, team)
    admin.share(sig, team, revoke=True)
    a_ = sdb.audit_log.c
    with admin.engine.connect() as conn:
        rows = conn.execute(select(sdb.audit_log).where(a_.client_id == "server")
                            .order_by(a_.seq)).all()
    mine = [r for r in rows if r.entity_id == sig]
    assert [(r.org_id, r.action, r.summary.split(":")[0]) for r in mine] == [
        (landlord, "share", "granted"), (team, "share", "granted"),
        (landlord, "share", "revoked"), (team, "share", "revoked")]
    # One hash chain of the server's own, every entry linked and sealed.
    prev = GENESIS if rows[0].seq == 1 else None
    for r in rows:
        if prev is not None:
            assert r.prev_hash == prev
        assert r.chained and r.hash == entry_hash(r.seq, r.id, r.at, r.entry_org_id,
                                                  r.user_id, r.action, r.entity_kind,
                                                  r.entity_id, r.summary, r.prev_hash)
        prev = r.hash
    # The team's officer reads the share in their organisation's trail.
    officer = desk(admin.user(team, "officer"), initial_sync=False)
    seen = read(server, officer).json()["entries"]
    assert [e["summary"].split(":")[0] for e in seen if e["entity_id"] == sig] == \
        ["granted", "revoked"]
