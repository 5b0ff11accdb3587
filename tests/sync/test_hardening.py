"""Server hardening (issue 7 §6), against real `palier server` processes on both backends:
sign-in throttling and lockout counted in the database (two processes share the counts),
token expiry and device revocation, request size limits, validation of every input, and
the security headers.

The servers here run with tight limits (TIGHT) so that delays and locks last a fraction of
a second; each test signs in from its own client address (X-Forwarded-For, which uvicorn
trusts from loopback, as it trusts nginx in production).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid

import httpx
import pytest
from sqlalchemy import select, text, update
from sync_env import ServerProcess
from sync_helpers import PASSWORD, Admin, Desk, unique

from app.server import db as sdb
from app.server.settings import DAY
from app.sync.client import SyncFailed

TIGHT = {
    "PALIER_SERVER_LOGIN_DELAY_AFTER": "2",      # the 2nd failure in a row imposes a wait
    "PALIER_SERVER_LOGIN_DELAY_BASE": "0.4",     # 0.4 s, then 0.8 s
    "PALIER_SERVER_LOGIN_LOCK_AFTER": "4",       # the 4th failure locks the login...
    "PALIER_SERVER_LOGIN_LOCK_MINUTES": "0.025",  # ... for 1.5 s
    "PALIER_SERVER_ADDRESS_DELAY_AFTER": "5",
    "PALIER_SERVER_MAX_BATCH": "50",
    "PALIER_SERVER_MAX_PUSH_BYTES": "300000",
    "PALIER_SERVER_MAX_CHUNK_BYTES": "1024",
    "PALIER_SERVER_MAX_BLOB_BYTES": "4096",
}
LOCK_SECONDS = 1.5


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def hard_db(request, tmp_path_factory):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('hard') / 'server.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture(scope="module")
def servers(hard_db):
    """Two API processes on one database, as behind a load balancer."""
    procs = [ServerProcess(hard_db, env=TIGHT), ServerProcess(hard_db, env=TIGHT)]
    yield procs
    for p in procs:
        p.kill()


@pytest.fixture(scope="module")
def admin(hard_db):
    a = Admin(hard_db)
    yield a
    a.close()


def address() -> str:
    return f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


def sign_in(server, login: str, password: str = PASSWORD, where: str = "10.0.0.1",
            device: str = "device-hardening") -> httpx.Response:
    return httpx.post(f"{server.url}/v1/login", headers={"X-Forwarded-For": where},
                      json={"login": login, "password": password, "device_id": device})


def code(r: httpx.Response) -> str:
    return r.json()["error"]["code"]


def events(admin, login: str) -> list[str]:
    e = sdb.auth_events.c
    with admin.engine.connect() as conn:
        return list(conn.execute(select(e.outcome).where(e.login == login)
                                 .order_by(e.id)).scalars())


# Throttling and lockout ----------------------------------------------------------------

def test_failures_are_delayed_then_locked_across_processes_and_a_success_resets(
        servers, admin):
    a, b = servers
    login, where = admin.user(admin.org(), "officer"), address()
    assert sign_in(a, login, "wrong", where).status_code == 401
    assert sign_in(b, login, "wrong", where).status_code == 401
    # The second failure imposes a wait, seen by the other process too: even the right
    # password is not looked at.
    early = sign_in(a, login, PASSWORD, where)
    assert early.status_code == 429 and code(early) == "too_many_attempts"
    assert early.headers["Retry-After"] == "1"
    time.sleep(0.45)
    assert code(sign_in(b, login, "wrong", where)) == "bad_credentials"  # 3rd: wait 0.8 s
    assert sign_in(a, login, "wrong", where).status_code == 429
    time.sleep(0.85)
    assert code(sign_in(a, login, "wrong", where)) == "bad_credentials"  # 4th: locked
    locked = sign_in(b, login, PASSWORD, where)
    assert locked.status_code == 429 and code(locked) == "account_locked"
    assert 1 <= int(locked.headers["Retry-After"]) <= 2
    time.sleep(LOCK_SECONDS + 0.1)
    assert sign_in(a, login, PASSWORD, where).status_code == 200
    # The success reset the count: a wrong password is a first failure again.
    assert code(sign_in(b, login, "wrong", where)) == "bad_credentials"
    t = sdb.login_throttle.c
    with admin.engine.connect() as conn:
        assert conn.execute(select(t.failures).where(t.key == f"login:{login}")).scalar() == 1
    # Every attempt is on record, with its outcome.
    assert events(admin, login) == [
        "bad_password", "bad_password", "throttled", "bad_password", "throttled",
        "bad_password", "locked", "success", "bad_password"]


def test_an_unknown_login_is_throttled_like_a_real_one(servers, admin):
    a, _b = servers
    ghost, real, where = unique("nobody"), admin.user(admin.org(), "officer"), address()
    answers = []
    for login in (ghost, real):
        for _ in range(3):
            r = sign_in(a, login, "wrong", where)
            answers.append((r.status_code, code(r), r.headers.get("Retry-After")))
    # Same answers for both: nothing tells which logins exist.
    assert answers[:3] == answers[3:]
    assert [s for s, _c, _w in answers[:3]] == [401, 401, 429]
    assert events(admin, ghost) == ["unknown_login", "unknown_login", "throttled"]


def test_many_logins_tried_from_one_address_are_slowed_down(servers, admin):
    a, b = servers
    spray, elsewhere = address(), address()
    real = admin.user(admin.org(), "caretaker")
    for k in range(5):  # five logins, one failure each: no login reaches its own limit
        server = (a, b)[k % 2]
        assert sign_in(server, unique("guess"), "wrong", spray).status_code == 401
    blocked = sign_in(b, real, PASSWORD, spray)
    assert blocked.status_code == 429 and code(blocked) == "too_many_attempts"
    # The same account from another address is not held up.
    assert sign_in(a, real, PASSWORD, elsewhere).status_code == 200


def test_parallel_attempts_are_counted_as_they_start(servers, admin):
    login, where = admin.user(admin.org(), "officer"), address()
    gate = threading.Barrier(8)
    statuses: list[int] = []

    def attempt(k: int) -> None:
        gate.wait()
        statuses.append(sign_in(servers[k % 2], login, "wrong", where).status_code)

    threads = [threading.Thread(target=attempt, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Two checked (the free ones), the others refused before any password check (a slow
    # start may let one more through after the first 0.4 s wait).
    assert sorted(set(statuses)) == [401, 429]
    assert 2 <= statuses.count(401) <= 3, statuses


# Tokens: expiry and revocation ----------------------------------------------------------

def _backdate(admin, login: str, days: float) -> None:
    t, u = sdb.tokens.c, sdb.users.c
    with admin.engine.begin() as conn:
        uid = conn.execute(select(u.id).where(u.login == login)).scalar_one()
        conn.execute(update(sdb.tokens).where(t.user_id == uid)
                     .values(created_at=t.created_at - int(days * DAY)))


def test_tokens_expire_and_the_desktop_is_asked_to_sign_in_again(servers, admin, tmp_path,
                                                                 migrated_template):
    a, b = servers
    org = admin.org()
    login = admin.user(org, "officer")
    r = sign_in(a, login, where=address())
    # Thirty days by default, from the sign-in (docs/sync-protocol.md §2).
    assert r.json()["expires_at"] - r.json()["server_time"] == 30 * DAY
    desk = Desk(tmp_path / "desk", b.url, login, migrated_template)
    try:
        site = desk.site()
        _backdate(admin, login, 29.9)
        assert desk.sync().sent == 1  # not yet
        token = desk.client.token()
        _backdate(admin, login, 0.2)
        me = httpx.get(f"{a.url}/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 401 and code(me) == "token_expired"
        desk.signalement(site)
        with pytest.raises(SyncFailed) as failed:
            desk.sync()
        assert failed.value.key == "sync_token_expired" and failed.value.signed_out
        from app.domain.messages import msg

        assert "a expiré : reconnectez-vous" in msg(failed.value.key)
        assert desk.outbox_size() == 1  # nothing lost
        desk.client.sign_in(a.url, login, PASSWORD)  # a new token, a new thirty days
        assert desk.sync().sent == 1
    finally:
        desk.close()


def test_token_lifetime_is_configurable(hard_db, admin):
    proc = ServerProcess(hard_db, env={"PALIER_SERVER_TOKEN_DAYS": "0"})
    try:
        login = admin.user(admin.org(), "officer")
        answer = sign_in(proc, login, where=address()).json()
        assert answer["expires_at"] is None
        _backdate(admin, login, 3650)
        me = httpx.get(f"{proc.url}/v1/me",
                       headers={"Authorization": f"Bearer {answer['token']}"})
        assert me.status_code == 200
    finally:
        proc.kill()


@pytest.fixture
def palier(capsys, monkeypatch):
    """`palier ARGS` in this process, in English."""
    monkeypatch.delenv("PALIER_USER", raising=False)
    monkeypatch.delenv("PALIER_PASSWORD", raising=False)

    def run(*args: str, env: dict | None = None, data_dir=None):
        from app.cli import main

        prefix = ["--lang", "en"] + (["--data-dir", str(data_dir)] if data_dir else [])
        with monkeypatch.context() as m:
            for k, v in (env or {}).items():
                m.setenv(k, v)
            try:
                status = main([*prefix, *args])
            except SystemExit as exc:
                status = exc.code
        out = capsys.readouterr()
        return status, out.out, out.err

    return run


def test_palier_sync_signs_in_again_when_its_token_has_expired(servers, admin, palier,
                                                               tmp_path):
    a, _b = servers
    login = admin.user(admin.org(), "officer")
    ws_dir, env = tmp_path / "ws", {"PALIER_USER": login, "PALIER_PASSWORD": PASSWORD}
    status, _out, err = palier("sync", "--server", a.url, data_dir=ws_dir, env=env)
    assert status == 0, err
    _backdate(admin, login, 31)
    status, out, err = palier("sync", data_dir=ws_dir, env=env)
    assert status == 0 and "Received:" in out, err
    assert events(admin, login) == ["success", "success"]  # a new token, from the password


def test_a_device_is_revoked_without_disabling_the_account(servers, admin, palier, hard_db):
    a, _b = servers
    login = admin.user(admin.org(), "officer")
    where = address()
    laptop = sign_in(a, login, device="laptop-0001", where=where).json()["token"]
    office = sign_in(a, login, device="office-0002", where=where).json()["token"]

    def me(token):
        return httpx.get(f"{a.url}/v1/me", headers={"Authorization": f"Bearer {token}"})

    status, out, _err = palier("server", "device", "list", login, "--db", hard_db)
    assert status == 0 and "laptop-0001" in out and "office-0002" in out and "active" in out
    status, out, err = palier("server", "device", "revoke", login, "--device", "laptop-0001",
                              "--db", hard_db)
    assert status == 0 and "1 device sign-in(s) revoked" in out, err
    gone = me(laptop)
    assert gone.status_code == 401 and code(gone) == "token_revoked"
    assert me(office).status_code == 200
    status, _out, err = palier("server", "device", "revoke", login, "--device", "laptop-0001",
                               "--db", hard_db)
    assert status == 1 and "No live sign-in" in err
    status, out, _err = palier("server", "device", "revoke", login, "--db", hard_db)
    assert status == 0 and me(office).status_code == 401
    # The account itself still signs in.
    assert sign_in(a, login, device="laptop-0001", where=where).status_code == 200
    status, out, _err = palier("server", "device", "list", login, "--db", hard_db)
    assert out.count("revoked") == 2 and out.count("active") == 1
    status, out, _err = palier("server", "sign-ins", "--login", login, "--db", hard_db)
    assert status == 0 and out.count("success") == 3


# Request sizes -------------------------------------------------------------------------

def _session(server, admin, role: str = "officer"):
    device = f"dev-{uuid.uuid4()}"
    login = admin.user(admin.org(), role)
    token = sign_in(server, login, device=device, where=address()).json()["token"]
    return {"Authorization": f"Bearer {token}"}, device


def test_bodies_and_batches_over_their_limits_get_413(servers, admin):
    a, _b = servers
    headers, device = _session(a, admin)
    big_login = httpx.post(f"{a.url}/v1/login", json={"login": "x", "password": "y" * 70_000,
                                                      "device_id": "device-xyz"})
    assert big_login.status_code == 413 and code(big_login) == "too_large"
    # A body sent in chunks, without Content-Length, is cut off as it streams in.

    def chunks():
        yield b'{"client_id": "' + device.encode() + b'", "mutations": ['
        for n in range(2000):
            yield json.dumps({"n": n + 1, "entity": "sites", "id": str(uuid.uuid4()),
                              "op": "update", "fields": {"name": "x" * 200}}).encode() + b","
        yield b"]}"

    streamed = httpx.post(f"{a.url}/v1/push", headers=headers, content=chunks())
    assert streamed.status_code == 413 and code(streamed) == "too_large"
    many = [{"n": n + 1, "entity": "sites", "id": str(uuid.uuid4()), "op": "update",
             "fields": {"name": "x"}} for n in range(51)]
    batch = httpx.post(f"{a.url}/v1/push", headers=headers,
                       json={"client_id": device, "mutations": many})
    assert batch.status_code == 413 and "50" in batch.json()["error"]["message"]
    bulk = httpx.post(f"{a.url}/v1/push", headers=headers, json={"client_id": device,
                      "mutations": [{"n": 1, "entity": "sites", "op": "create_many",
                                     "columns": ["id"], "rows": [[str(uuid.uuid4())]] * 60}]})
    assert bulk.status_code == 413
    sha = "ab" * 32
    chunk = httpx.put(f"{a.url}/v1/blobs/{sha}", params={"offset": 0, "total": 2000},
                      content=b"x" * 2000, headers=headers)
    assert chunk.status_code == 413 and code(chunk) == "too_large"
    whole = httpx.put(f"{a.url}/v1/blobs/{sha}", params={"offset": 0, "total": 5000},
                      content=b"x" * 10, headers=headers)
    assert whole.status_code == 413


def test_the_desktop_splits_a_push_the_server_finds_too_large(servers, admin, tmp_path,
                                                              migrated_template):
    a, b = servers
    org = admin.org()
    writer = Desk(tmp_path / "w", a.url, admin.user(org, "admin"), migrated_template)
    reader = Desk(tmp_path / "r", b.url, admin.user(org, "officer"), migrated_template)
    try:
        site = writer.site()
        made = {writer.signalement(site) for _ in range(70)}  # 71 records > 50 per push
        report = writer.sync()
        assert report.sent == 71 and report.rejected == 0 and writer.outbox_size() == 0
        reader.sync()
        assert made <= reader.ids("signalements")
    finally:
        writer.close()
        reader.close()


# Validation ----------------------------------------------------------------------------

def test_every_input_is_validated_never_a_500(servers, admin):
    a, _b = servers
    headers, device = _session(a, admin)

    def login(body: bytes) -> httpx.Response:
        return httpx.post(f"{a.url}/v1/login", content=body,
                          headers={"Content-Type": "application/json",
                                   "X-Forwarded-For": address()})

    for body in (b'{"login": "a\\u0000b", "password": "p", "device_id": "device-1"}',
                 b'{"login": "\\ud800", "password": "p", "device_id": "device-12"}',
                 b'{"login": "a", "password": "\\ud800", "device_id": "device-12"}',
                 b'{"login": "a", "password": "p", "device_id": "two words"}',
                 b'{"login": "' + b"l" * 61 + b'", "password": "p", "device_id": "device-12"}',
                 b'{"login": "a", "password": "p", "device_id": "device-12", '
                 b'"device_name": "a\\u0000"}',
                 b'not json', b'[]', b'{"login": 1}'):
        r = login(body)
        assert r.status_code == 400 and code(r) == "bad_request", (body, r.text)

    def push(mutations, raw: bytes | None = None) -> httpx.Response:
        if raw is not None:
            return httpx.post(f"{a.url}/v1/push", content=raw,
                              headers={**headers, "Content-Type": "application/json"})
        return httpx.post(f"{a.url}/v1/push", headers=headers,
                          json={"client_id": device, "mutations": mutations})

    # A broken envelope is refused whole.
    for mutations in ([{"n": 2**64, "entity": "sites", "op": "delete", "id": "x"}],
                      [{"n": True, "entity": "sites", "op": "delete", "id": "x"}],
                      [{"n": -1}], "nope", [None]):
        r = push(mutations)
        assert r.status_code == 400 and code(r) == "bad_request", (mutations, r.text)
    r = push(None, b'{"client_id": "' + device.encode() +
             b'", "mutations": [{"n": 1, "entity": "sites", "op": "update", "id": "a",'
             b' "fields": {"name": "\\udc00"}}]}')
    assert r.status_code == 400
    # A malformed mutation is rejected alone, as a dead letter; the others apply.
    sid = str(uuid.uuid4())
    mine = httpx.get(f"{a.url}/v1/me", headers=headers).json()["org_id"]
    site = {"id": sid, "org_id": mine, "code": unique("S"), "name": "Les Tilleuls",
            "address": "", "postcode": "", "city": "", "difficulty": 1, "landlord_id": mine,
            "created_at": 1, "updated_at": 1, "created_by": None, "updated_by": None,
            "version": 1, "deleted_at": None}
    mutations = [
        {"n": 1, "entity": "sites", "op": "create", "id": "i" * 81, "fields": site},
        {"n": 2, "entity": "sit\x00es", "op": "create", "id": sid, "fields": site},
        {"n": 3, "entity": "sites", "op": "replace", "id": sid, "fields": site},
        {"n": 4, "entity": "sites", "op": "create", "id": str(uuid.uuid4()),
         "fields": {**site, "difficulty": 10**30}},
        {"n": 5, "entity": "sites", "op": "create", "id": str(uuid.uuid4()),
         "fields": {**site, "org_id": "o" * 50}},
        {"n": 6, "entity": "sites", "op": "create", "id": str(uuid.uuid4()),
         "fields": {**site, "version": 2**40}},
        {"n": 7, "entity": "sites", "op": "create_many", "columns": ["id", "code"],
         "rows": [["bad id\x00", "X"]]},
        {"n": 8, "entity": "sites", "op": "create", "id": sid, "fields": site},
    ]
    r = push(mutations)
    assert r.status_code == 200, r.text
    results = {x["n"]: x for x in r.json()["results"]}
    assert [results[n]["status"] for n in range(1, 9)] == ["rejected"] * 5 + [
        "applied", "applied", "applied"], results
    assert results[7].get("rejected"), results[7]
    assert {results[n]["code"] for n in (1, 2, 3)} == {"bad_request"}
    assert results[4]["code"] == "invalid" and results[5]["code"] == "bad_value"
    # Query strings and paths.
    for path, params in (("/v1/pull", {"cursor": 10**30}), ("/v1/pull", {"limit": 0}),
                         ("/v1/pull", {"scope": -1}), ("/v1/audit", {"after": "x"}),
                         ("/v1/blobs/XYZ/status", {})):
        r = httpx.get(f"{a.url}{path}", params=params, headers=headers)
        assert r.status_code == 400 and code(r) == "bad_request", (path, r.text)
    r = httpx.put(f"{a.url}/v1/blobs/{'a' * 64}", params={"offset": 2**70, "total": 1},
                  headers=headers, content=b"x")
    assert r.status_code == 400
    missing = httpx.get(f"{a.url}/v1/nothing-here")
    assert missing.status_code == 404 and code(missing) == "not_found"
    wrong_method = httpx.delete(f"{a.url}/v1/push")
    assert wrong_method.status_code == 405 and code(wrong_method) == "method_not_allowed"


def test_pushes_and_uploads_found_by_the_fuzz_run_stay_consistent(servers, admin):
    """What schemathesis found (tests/sync/test_fuzz.py), kept as plain cases."""
    a, _b = servers
    headers, device = _session(a, admin)
    # One mutation twice in one push: its identity would be recorded twice.
    twice = [{"n": 7, "entity": "sites", "op": "delete", "id": str(uuid.uuid4())}] * 2
    r = httpx.post(f"{a.url}/v1/push", headers=headers,
                   json={"client_id": device, "mutations": twice})
    assert r.status_code == 400 and code(r) == "bad_request"
    # A malformed bulk mutation still counts towards the batch limit, without a crash.
    r = httpx.post(f"{a.url}/v1/push", headers=headers, json={"client_id": device,
                   "mutations": [{"n": 1, "op": "create_many", "rows": 1.5, "ids": False}]})
    assert r.status_code == 200 and r.json()["results"][0]["code"] == "bad_request"
    # Uploads: an empty chunk adds nothing; the total cannot change half-way; a blob that
    # does not hash to its name is thrown away, so that the upload can start again.
    data = b"photo" * 100
    wrong_name = "0" * 64

    def put(offset: int, content: bytes, total: int = len(data), sha: str = wrong_name):
        return httpx.put(f"{a.url}/v1/blobs/{sha}", params={"offset": offset, "total": total},
                         content=content, headers=headers)

    def status(sha: str = wrong_name) -> dict:
        return httpx.get(f"{a.url}/v1/blobs/{sha}/status", headers=headers).json()

    assert put(0, data[:100]).json()["received"] == 100
    assert put(100, b"").json()["received"] == 100
    assert put(100, b"").json()["received"] == 100
    assert put(100, data[100:200], total=len(data) + 1).status_code == 400
    mismatch = put(100, data[100:])
    assert mismatch.status_code == 422 and code(mismatch) == "hash_mismatch"
    assert status() == {"size": None, "received": 0, "complete": False}
    right = hashlib.sha256(data).hexdigest()
    assert put(0, data[:300], sha=right).json()["received"] == 300
    assert put(300, data[300:], sha=right).json()["complete"] is True


# Security headers ----------------------------------------------------------------------

def test_every_answer_carries_the_security_headers(servers, admin):
    a, _b = servers
    headers, _device = _session(a, admin)
    answers = {
        "health": httpx.get(f"{a.url}/v1/health"),
        "data": httpx.get(f"{a.url}/v1/pull", headers=headers),
        "401": httpx.get(f"{a.url}/v1/pull"),
        "404": httpx.get(f"{a.url}/nowhere"),
        "413": httpx.post(f"{a.url}/v1/login", content=b"x" * 70_000),
        "openapi": httpx.get(f"{a.url}/openapi.json"),
        "docs": httpx.get(f"{a.url}/docs"),
    }
    for name, r in answers.items():
        h = r.headers
        assert h["x-content-type-options"] == "nosniff", name
        assert h["x-frame-options"] == "DENY", name
        assert h["referrer-policy"] == "no-referrer", name
        assert h["cache-control"] == "no-store", name
        assert "frame-ancestors 'none'" in h["content-security-policy"], name
        assert "server" not in h, name
    assert answers["data"].headers["content-security-policy"].startswith("default-src 'none'")
    assert answers["docs"].status_code == 200  # its scripts may load: no default-src there
    assert "default-src" not in answers["docs"].headers["content-security-policy"]


# An existing database --------------------------------------------------------------------

def test_a_database_of_the_previous_server_schema_is_brought_up_to_date(
        request, tmp_path, hard_db, migrated_template):
    """Server schema 1 had none of the throttling, sign-in and audit tables, schema 2 no
    reference register: a server started on such a database creates them, fills the
    register from the records already held (the oldest keeps a reference drawn twice),
    keeps what was there, and works."""
    if hard_db.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").new_database()
    engine = sdb.make_engine(url)
    new = {"login_throttle", "auth_events", "audit_log", "record_references"}
    legacy = [("signalements", "0190a000-0000-7000-8000-000000000001", 1, "SIG-2026-0K3M9-AAAAA"),
              ("signalements", "0190a000-0000-7000-8000-000000000002", 2, "SIG-2026-0K3M9-AAAAA"),
              ("conflict_cases", "0190a000-0000-7000-8000-000000000003", 3,
               "CAS-2026-0K3M9-BBBBB")]
    with engine.begin() as conn:
        sdb.meta.create_all(conn, tables=[t for t in sdb.meta.sorted_tables
                                          if t.name not in new])
        conn.execute(sdb.counter.insert().values(id=1, value=3, purge_floor=0))
        conn.execute(sdb.server_meta.insert().values(key="schema", value="1"))
        conn.execute(sdb.records.insert(), [
            {"entity": e, "id": i, "org_id": "0190a000-0000-7000-8000-0000000000ff",
             "version": 1, "seq": seq, "changed_at": 0,
             "data": json.dumps({"id": i, "reference": ref})} for e, i, seq, ref in legacy])
    engine.dispose()
    old = Admin.__new__(Admin)  # no init_db: the database stays as schema 1 left it
    old.engine = sdb.make_engine(url)
    org = old.org()
    login = old.user(org, "officer")
    proc = ServerProcess(url)
    try:
        with old.engine.connect() as conn:
            assert conn.execute(select(sdb.server_meta.c.value)
                                .where(sdb.server_meta.c.key == "schema")).scalar() == "3"
            held = dict(conn.execute(select(sdb.record_references.c.reference,
                                            sdb.record_references.c.id)).all())
        assert held == {"SIG-2026-0K3M9-AAAAA": legacy[0][1],
                        "CAS-2026-0K3M9-BBBBB": legacy[2][1]}
        desk = Desk(tmp_path / "desk", proc.url, login, migrated_template)
        try:
            desk.site()
            assert desk.sync().rejected == 0
        finally:
            desk.close()
        assert old.count(sdb.audit_log) >= 1 and old.count(sdb.auth_events) == 1
        with pytest.raises(Exception, match="append-only"), old.engine.begin() as conn:
            conn.execute(text("DELETE FROM auth_events"))
    finally:
        proc.kill()
        old.close()
