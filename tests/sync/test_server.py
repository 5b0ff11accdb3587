"""The central server and the sync client together, on SQLite and on PostgreSQL.

Each test gets its own organisations on a server process shared by the module; every
test runs once per backend.
"""

from __future__ import annotations

import hashlib
import json
import time

import httpx
import pytest
from sync_env import ServerProcess
from sync_helpers import PASSWORD, Desk, unique

from app.server import db as sdb
from app.sync.client import SyncFailed, resolve_conflict
from app.sync.entities import SCHEMA_HEADER, SCHEMA_VERSION


def test_openapi_and_health_are_served(server):
    spec = httpx.get(f"{server.url}/openapi.json").json()
    assert {"/v1/login", "/v1/push", "/v1/pull", "/v1/blobs/{sha256}"} <= set(spec["paths"])
    push_body = spec["paths"]["/v1/push"]["post"]["requestBody"]["content"]
    assert "mutations" in json.dumps(push_body)
    assert httpx.get(f"{server.url}/v1/health").json()["schema"] == SCHEMA_VERSION


def test_login_tokens_and_revocation(server, admin, desk):
    org = admin.org()
    login = admin.user(org, "officer")
    bad = httpx.post(f"{server.url}/v1/login", json={
        "login": login, "password": "wrong", "device_id": "device-1234"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "bad_credentials"
    unknown = httpx.post(f"{server.url}/v1/login", json={
        "login": "nobody", "password": PASSWORD, "device_id": "device-1234"})
    assert unknown.json()["error"]["code"] == "bad_credentials"
    d = desk(login)
    assert d.user["role"] == "officer"
    token = d.client.token()
    me = httpx.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["login"] == login
    # The token is bound to the device: it cannot push for another client id.
    other = httpx.post(f"{server.url}/v1/push", headers={"Authorization": f"Bearer {token}"},
                       json={"client_id": "someone-else", "mutations": []})
    assert other.status_code == 403
    admin.disable(login)
    gone = httpx.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
    # A disabled account's tokens are revoked (docs/sync-protocol.md §2).
    assert gone.status_code == 401 and gone.json()["error"]["code"] == "token_revoked"
    with pytest.raises(SyncFailed) as failed:
        d.sync()
    assert failed.value.key == "sync_signed_out"


def test_schema_versions(server, admin, desk):
    org = admin.org()
    d = desk(admin.user(org, "officer"))
    headers = {"Authorization": f"Bearer {d.client.token()}"}
    previous = httpx.get(f"{server.url}/v1/pull", headers={**headers,
                                                           SCHEMA_HEADER: str(SCHEMA_VERSION - 1)})
    assert previous.status_code == 200
    old = httpx.get(f"{server.url}/v1/pull", headers={**headers,
                                                      SCHEMA_HEADER: str(SCHEMA_VERSION - 2)})
    assert old.status_code == 426 and old.json()["error"]["code"] == "client_too_old"
    new = httpx.get(f"{server.url}/v1/pull", headers={**headers,
                                                      SCHEMA_HEADER: str(SCHEMA_VERSION + 1)})
    assert new.status_code == 409 and new.json()["error"]["code"] == "server_too_old"


def test_first_sync_pulls_sites_then_changes_flow_both_ways(admin, desk):
    org = admin.org()
    a = desk(admin.user(org, "admin"))
    site = a.site()
    sig = a.signalement(site, severity=3)
    report = a.sync()
    assert report.sent == 2 and report.rejected == 0
    b = desk(admin.user(org, "officer"), initial_sync=False)
    first = b.sync()
    assert site in b.ids("sites") and sig in b.ids("signalements")
    assert first.received >= 3 and b.value("signalements", sig, "severity") == 3
    b.edit(sig, status="in_progress")
    b.sync()
    a.sync()
    assert a.value("signalements", sig, "status") == "in_progress"
    # Versions follow the server's: both desktops agree.
    assert a.value("signalements", sig, "version") == b.value("signalements", sig, "version")
    # An idle sync sends and receives nothing.
    idle = a.sync()
    assert (idle.sent, idle.received) == (0, 0)
    # What a status bar shows.
    a.edit(sig, severity=1)
    status = a.client.status()
    assert status.signed_in and status.waiting == 1 and status.conflicts == 0
    assert status.last_success is not None and status.server_url == a.client.server_url()
    a.sync()
    assert a.client.status().waiting == 0


def test_replayed_push_is_a_no_op_with_the_same_answer(server, admin, desk):
    org = admin.org()
    a = desk(admin.user(org, "admin"))
    site = a.site()
    a.signalement(site)
    mutations, _rows, _missing = a.client._next_batch()
    body = {"client_id": a.client.client_id(), "mutations": mutations}
    headers = {"Authorization": f"Bearer {a.client.token()}"}
    first = httpx.post(f"{server.url}/v1/push", json=body, headers=headers).json()
    again = httpx.post(f"{server.url}/v1/push", json=body, headers=headers).json()
    assert first == again
    assert all(r["status"] == "applied" for r in first["results"])
    assert len([s for s in admin.records("signalements").values()
                if s["site_id"] == site]) == 1


def test_same_field_edited_on_two_desktops_is_a_conflict_on_both(admin, desk):
    org = admin.org()
    a, b = desk(admin.user(org, "admin")), desk(admin.user(org, "officer"))
    site = a.site()
    sig = a.signalement(site)
    a.sync()
    b.sync()
    a.edit(sig, description="Deux individus dans la cave.")
    b.edit(sig, description="Trois individus dans la cave.", severity=4)
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    a.sync()
    # Nothing lost: the value applied first stays, the other waits in a conflict record,
    # and the field nobody else touched is merged.
    for d in (a, b):
        assert d.value("signalements", sig, "description") == "Deux individus dans la cave."
        assert d.value("signalements", sig, "severity") == 4
        (c,) = d.client.open_conflicts()
        assert json.loads(c["other_value"]) == "Trois individus dans la cave."
        assert json.loads(c["kept_value"]) == "Deux individus dans la cave."
    # b keeps its own value: the choice is a change like any other, and syncs.
    resolve_conflict(b.ws, b.client.open_conflicts()[0]["id"], "Trois individus dans la cave.")
    b.sync()
    a.sync()
    assert a.value("signalements", sig, "description") == "Trois individus dans la cave."
    assert a.client.open_conflicts() == [] and b.client.open_conflicts() == []


def test_edit_of_a_deleted_record_is_a_conflict_not_a_drop(admin, desk):
    org = admin.org()
    a, b = desk(admin.user(org, "admin")), desk(admin.user(org, "officer"))
    sig = a.signalement(a.site())
    a.sync()
    b.sync()
    a.delete(sig)
    b.edit(sig, description="Toujours occupé ce matin.")
    a.sync()
    b.sync()
    a.sync()
    for d in (a, b):
        assert d.value("signalements", sig, "deleted_at") is not None
        (c,) = d.client.open_conflicts()
        assert c["kind"] == "deleted"
        assert "Toujours occupé ce matin." in c["other_value"]


def test_a_refused_mutation_is_dead_lettered_and_blocks_nothing(admin, desk):
    org = admin.org()
    a = desk(admin.user(org, "admin"))
    site = a.site()
    good_before = a.signalement(site)
    # A record of an organisation this user does not belong to (made locally, offline).
    foreign = a.places.create_organisation(unique("Local"), "landlord")
    a.places.create_site(unique("X"), "Ailleurs", foreign)
    good_after = a.signalement(site)
    report = a.sync()
    assert report.rejected >= 1
    assert {r["code"] for r in report.rejected_details} <= {"forbidden", "managed_on_server",
                                                             "unknown_parent"}
    assert {good_before, good_after} <= set(admin.records("signalements"))
    assert a.outbox_size() == 0
    assert len(a.rows("sync_dead_letters")) == report.rejected


def test_tombstones_purge_and_refetch_keep_the_outbox(admin, desk):
    org = admin.org()
    a, b = desk(admin.user(org, "admin")), desk(admin.user(org, "officer"))
    site = a.site()
    gone, kept = a.signalement(site), a.signalement(site)
    a.sync()
    b.sync()
    a.delete(gone)
    a.sync()
    # b was offline longer than the purge window, with an edit of its own waiting.
    b.edit(kept, severity=4)
    assert admin.purge(time.time_ns() // 1000 + 1) >= 1
    report = b.sync()
    assert report.refetched
    assert gone not in b.ids("signalements", live=False)  # the deleted record did not come back
    a.sync()
    assert a.value("signalements", kept, "severity") == 4  # and b's edit was not lost
    assert gone in a.ids("signalements", live=False) or gone not in admin.records("signalements")


def test_caretakers_see_their_sites_and_lose_what_leaves_them(admin, desk):
    org = admin.org()
    boss = desk(admin.user(org, "admin"))
    mine, other = boss.site(), boss.site()
    here, there = boss.signalement(mine), boss.signalement(other)
    boss.sync()
    login = admin.user(org, "caretaker", sites=[mine])
    care = desk(login)
    care.sync()
    assert care.ids("sites") == {mine} and care.ids("signalements") == {here}
    # The signalement moves to a site the caretaker does not cover: it leaves his desktop.
    boss.edit(here, site_id=other)
    boss.sync()
    report = care.sync()
    assert here not in care.ids("signalements", live=False) and report.removed >= 1
    # Given the other site, he gets everything on it.
    admin.set_sites(login, [mine, other])
    care.sync()
    assert {here, there} <= care.ids("signalements")
    # A caretaker cannot write outside his sites.
    admin.set_sites(login, [mine])
    care.sync()
    assert care.ids("signalements") == set()


def test_a_share_gives_one_case_to_a_mediation_team_and_revoking_takes_it_back(admin, desk):
    landlord, team = admin.org(), admin.org("mediation")
    boss = desk(admin.user(landlord, "admin"))
    site = boss.site()
    shared, private = boss.signalement(site), boss.signalement(site)
    boss.sync()
    med = desk(admin.user(team, "mediator"))
    med.sync()
    assert med.ids("signalements") == set()
    admin.share(shared, team)
    med.sync()
    assert med.ids("signalements") == {shared}
    assert site in med.ids("sites")  # what the shared record points to comes with it
    # The reporter, a person of the landlord, is not revealed to the other organisation.
    assert med.value("signalements", shared, "reporter_id") is None
    med.edit(shared, status="in_progress")
    assert med.sync().rejected == 0
    boss.sync()
    assert boss.value("signalements", shared, "status") == "in_progress"
    admin.share(shared, team, revoke=True)
    med.sync()
    assert med.ids("signalements", live=False) == set() and private not in med.ids("signalements")


def test_attachments_upload_resumably_and_are_verified(server, admin, desk):
    org = admin.org()
    a = desk(admin.user(org, "admin"))
    headers = {"Authorization": f"Bearer {a.client.token()}"}
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    sha = hashlib.sha256(data).hexdigest()
    half = len(data) // 2
    r = httpx.put(f"{server.url}/v1/blobs/{sha}", params={"offset": 0, "total": len(data)},
                  content=data[:half], headers=headers)
    assert r.json() == {"size": len(data), "received": half, "complete": False}
    wrong = httpx.put(f"{server.url}/v1/blobs/{sha}", params={"offset": 3, "total": len(data)},
                      content=data[3:], headers=headers)
    assert wrong.status_code == 409
    status = httpx.get(f"{server.url}/v1/blobs/{sha}/status", headers=headers).json()
    r = httpx.put(f"{server.url}/v1/blobs/{sha}", params={"offset": status["received"],
                                                          "total": len(data)},
                  content=data[status["received"]:], headers=headers)
    assert r.json()["complete"] is True
    bad = b"not what the name says"
    bad_sha = hashlib.sha256(b"something else").hexdigest()
    r = httpx.put(f"{server.url}/v1/blobs/{bad_sha}", params={"offset": 0, "total": len(bad)},
                  content=bad, headers=headers)
    assert r.status_code == 422 and r.json()["error"]["code"] == "hash_mismatch"
    # Through the client: an attachment's content reaches the other desktop.
    from app.services.attachments import AttachmentService

    site = a.site()
    sig = a.signalement(site)
    AttachmentService(a.ws, a.actor).add("signalement", sig, "photo.png", data)
    a.sync()
    b = desk(admin.user(org, "officer"))
    b.sync()
    assert AttachmentService(b.ws).data(sha) == data


def test_two_server_processes_on_one_database(backend, admin, desk, tmp_path, migrated_template):
    second = ServerProcess(backend)
    try:
        org = admin.org()
        a = desk(admin.user(org, "admin"))
        site = a.site()
        sigs = [a.signalement(site) for _ in range(5)]
        a.sync()
        b = Desk(tmp_path / "b", second.url, admin.user(org, "officer"), migrated_template)
        try:
            b.sync()
            assert set(sigs) <= b.ids("signalements")
            b.edit(sigs[0], severity=4)
            b.sync()
            a.sync()
            assert a.value("signalements", sigs[0], "severity") == 4
        finally:
            b.close()
    finally:
        second.kill()


def test_server_tables_exist_on_both_backends(admin):
    assert admin.count(sdb.counter) == 1
