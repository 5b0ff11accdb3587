"""Authorisation matrix: every endpoint × every role × own and other organisations.

One landlord (L1) holds two sites, signalements on both, a case on site 2 shared with a
mediation team, and a photo. Users of every role, in L1, in another landlord (L2), in
the mediation team and in the town, call every endpoint; nothing of L1 may reach anyone
outside what the rules of docs/sync-protocol.md §7 allow, and nobody may write outside
their scope.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date

import httpx
import pytest
from sync_helpers import PASSWORD, Admin, Desk, unique

from app.models import Dwelling
from app.services.attachments import AttachmentService
from app.services.conflicts import ConflictService
from app.services.places import new_household
from app.sync.entities import registry

ROLES = ("caretaker", "mediator", "officer", "admin", "partner")
PHOTO = b"\x89PNG\r\n\x1a\n" + b"photo of the cave door" * 50


@pytest.fixture(scope="module")
def world(server, tmp_path_factory, migrated_template):
    admin = Admin(server.db_url)
    l1, l2 = admin.org(), admin.org()
    team, town = admin.org("mediation"), admin.org("town")
    boss = Desk(tmp_path_factory.mktemp("boss"), server.url, admin.user(l1, "admin"),
                migrated_template)
    s1, s2 = boss.site(), boss.site()
    sig1, sig2 = boss.signalement(s1), boss.signalement(s2)
    entrance = _entrance(boss, s2)
    homes = []
    with boss.places.write() as s:
        for floor in (1, 2):
            d = Dwelling(entrance_id=entrance, reference=unique("REF"), floor=floor, org_id=l1)
            s.add(d)
            s.flush()
            homes.append(new_household(s, d, f"Famille {floor}", "", "", None, None).id)
    case = ConflictService(boss.ws, boss.actor).open_case(
        s2, "noise", "Musique forte", date(2025, 5, 1), [homes[0]], [homes[1]])
    AttachmentService(boss.ws, boss.actor).add("signalement", sig2, "porte.png", PHOTO)
    assert boss.sync().rejected == 0
    admin.share(case, team)
    users = {}
    for org_key, org in (("L1", l1), ("L2", l2), ("team", team), ("town", town)):
        for role in ROLES:
            sites = [s1] if (org_key == "L1" and role == "caretaker") else []
            users[(org_key, role)] = admin.user(org, role, sites)
    yield {"admin": admin, "boss": boss, "l1": l1, "s1": s1, "s2": s2, "sig1": sig1,
           "sig2": sig2, "case": case, "users": users, "homes": homes, "team": team}
    boss.close()
    admin.close()


def _entrance(boss: Desk, site: str) -> str:
    building = boss.places.add_building(site, unique("Bât"))
    return boss.places.add_entrance(building, "Cage 1")


def _session(server, login: str):
    device = str(uuid.uuid4())
    r = httpx.post(f"{server.url}/v1/login", json={"login": login, "password": PASSWORD,
                                                   "device_id": device})
    return {"Authorization": f"Bearer {r.json()['token']}"}, device


def _pull_all(server, headers) -> dict[tuple[str, str], dict]:
    seen, cursor = {}, 0
    while True:
        page = httpx.get(f"{server.url}/v1/pull", params={"cursor": cursor, "limit": 500},
                         headers=headers).json()
        for e, i, _v, _s, row in page["changes"]:
            seen[(e, i)] = row
        cursor = page["cursor"]
        if not page["more"]:
            return seen


def _l1_records(world) -> dict[str, set[tuple[str, str]]]:
    """L1's records by what they hang from: site 1, site 2, the shared case, org-wide."""
    admin = world["admin"]
    from sqlalchemy import select

    from app.server import db as sdb

    out = {"s1": set(), "s2": set(), "case": set(), "org": set(), "grants": set()}
    with admin.engine.connect() as conn:
        r = sdb.records.c
        for e, i, site, root in conn.execute(select(r.entity, r.id, r.site_id, r.share_root)
                                             .where(r.org_id == world["l1"])):
            if e == "organisations":
                continue
            if root == world["case"]:
                out["case"].add((e, i))
            if site == world["s1"]:
                out["s1"].add((e, i))
            elif site == world["s2"]:
                out["s2"].add((e, i))
            elif site is None:
                out["org"].add((e, i))
        g = sdb.grants.c
        out["grants"] = {(e, i) for e, i in conn.execute(
            select(g.entity, g.record_id).where(g.org_id == world["team"]))}
    return out


def _allowed(org_key: str, role: str, l1: dict) -> set[tuple[str, str]]:
    """What of L1 a user may pull, written out from the rules, not from the server's code."""
    if org_key == "L1":
        if role == "partner":
            return l1["org"]
        if role == "caretaker":
            return l1["s1"] | l1["org"]
        return l1["s1"] | l1["s2"] | l1["org"] | l1["case"]
    if org_key == "team":
        return l1["case"] | l1["grants"]
    return set()


@pytest.mark.parametrize("org_key", ["L1", "L2", "team", "town"])
def test_no_record_leaves_its_scope(server, world, org_key):
    l1 = _l1_records(world)
    assert l1["s1"] and l1["s2"] and l1["case"] and l1["grants"]
    sha = hashlib.sha256(PHOTO).hexdigest()
    for role in ROLES:
        login = world["users"][(org_key, role)]
        headers, device = _session(server, login)
        who = f"{org_key}/{role}"
        # /v1/me and /v1/pull: nothing of L1 beyond what the rules allow.
        assert httpx.get(f"{server.url}/v1/me", headers=headers).json()["login"] == login
        seen = _pull_all(server, headers)
        of_l1 = {k for k, row in seen.items()
                 if k[0] != "organisations" and k in set().union(*l1.values())}
        allowed = _allowed(org_key, role, l1)
        assert of_l1 <= allowed, (who, of_l1 - allowed)
        assert allowed <= set(seen), (who, allowed - set(seen))
        # No user reference of L1 reaches another organisation.
        if org_key != "L1":
            for (e, _i), row in seen.items():
                ent = registry().get(e)
                for col in ent.user_refs if ent else ():
                    assert row.get(col) is None or e == "users", (who, e, col)
        # /v1/push: writes outside one's scope are refused, one by one.
        sig2 = world["sig2"]
        attempts = [
            {"n": 1, "entity": "signalements", "id": sig2, "op": "update", "base_version": 1,
             "fields": {"severity": 4}, "base": {"severity": 2}},
            {"n": 2, "entity": "signalements", "id": str(uuid.uuid4()), "op": "create",
             "fields": {**seen.get(("signalements", sig2), {}), "id": None,
                        "reference": unique("SIG")} if ("signalements", sig2) in seen
             else {"org_id": world["l1"], "site_id": world["s2"], "category": "squat"}},
            {"n": 3, "entity": "users", "id": str(uuid.uuid4()), "op": "create",
             "fields": {"login": "intruder"}},
            {"n": 4, "entity": "organisations", "id": world["l1"], "op": "update",
             "fields": {"name": "Renamed"}, "base": {}},
        ]
        r = httpx.post(f"{server.url}/v1/push", headers=headers,
                       json={"client_id": device, "mutations": attempts}).json()
        status = {x["n"]: x["status"] for x in r["results"]}
        may_write_s2 = (org_key == "L1" and role in ("mediator", "officer", "admin"))
        assert (status[1] == "applied") == may_write_s2, (who, r)
        assert status[3] == "rejected" and status[4] == "rejected", who
        if not may_write_s2:
            assert status[2] == "rejected", (who, r)
        # /v1/blobs: the photo of site 2 only for those who may see its signalement.
        blob = httpx.get(f"{server.url}/v1/blobs/{sha}", headers=headers)
        can_see_sig2 = ("signalements", sig2) in allowed
        assert (blob.status_code == 200) == can_see_sig2, who
        if blob.status_code == 200:
            assert blob.content == PHOTO
        put = httpx.put(f"{server.url}/v1/blobs/{'0' * 64}", params={"offset": 0, "total": 1},
                        content=b"x", headers=headers)
        assert put.status_code == (403 if role == "partner" else 422), who
    # Without a token, nothing at all.
    for method, path in (("GET", "/v1/pull"), ("POST", "/v1/push"), ("GET", "/v1/me"),
                         ("GET", f"/v1/blobs/{sha}"), ("GET", f"/v1/blobs/{sha}/status")):
        assert httpx.request(method, f"{server.url}{path}").status_code == 401
