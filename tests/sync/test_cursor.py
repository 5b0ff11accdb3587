"""No pull cursor ever skips a row (sync-principles.md, "What the tests must prove", 3).

Writers push concurrently, each holding its transaction open for a random time after its
rows are written; readers pull all the while, each with its own cursor. With sequence
numbers that commit out of order, a reader would move its cursor past a number still
uncommitted and never see that row. Here every reader must end with every row.
"""

from __future__ import annotations

import random
import threading
import time
import uuid

from sync_helpers import Admin

from app.server import auth, core
from app.server import db as sdb


def test_concurrent_pushes_of_random_length_never_let_a_cursor_skip_a_row(backend):
    admin = Admin(backend)
    engine = sdb.make_engine(backend)
    try:
        org = admin.org()
        login = admin.user(org, "officer")
        with engine.begin() as conn:
            uid = conn.execute(sdb.users.select().where(sdb.users.c.login == login)).first().id
            token = auth.issue_token(conn, uid, "cursor-test-device", "")
        with engine.connect() as conn:
            p = auth.principal_for(conn, token)
            start_cursor = conn.execute(sdb.counter.select()).first().value
        writers, per_writer = 4, 12
        made: list[str] = []
        stop = threading.Event()
        errors: list[BaseException] = []

        def write(k: int) -> None:
            rng = random.Random(k)
            try:
                for j in range(per_writer):
                    rid = str(uuid.uuid4())
                    mutation = {"n": j + 1, "entity": "alert_plans", "id": rid, "op": "create",
                                "fields": {"org_id": org, "created_at": 1, "updated_at": 1,
                                           "kind": "heatwave", "starts_on": "2025-07-01",
                                           "max_interval_days": 2, "notes": f"{k}/{j}"}}
                    with engine.connect() as conn:
                        if conn.dialect.name == "sqlite":
                            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                        with conn.begin():
                            (result,) = core.push(conn, p, f"writer-{k}", [mutation])
                            assert result["status"] == "applied", result
                            time.sleep(rng.uniform(0, 0.03))  # a long transaction
                    made.append(rid)
            except BaseException as exc:  # reported below
                errors.append(exc)

        seen_by: list[set[str]] = [set() for _ in range(3)]

        def read(k: int) -> None:
            import json

            cursor = start_cursor
            try:
                while True:
                    last = stop.is_set()
                    with engine.connect() as conn:
                        page = json.loads(core.pull(conn, p, cursor, 7, None))
                    assert page["cursor"] >= cursor
                    seen_by[k].update(rid for e, rid, *_ in page["changes"]
                                      if e == "alert_plans")
                    cursor = page["cursor"]
                    if last and not page["more"]:
                        return
                    time.sleep(0.002)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(k,)) for k in range(writers)]
        readers = [threading.Thread(target=read, args=(k,)) for k in range(3)]
        for t in readers + threads:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        for t in readers:
            t.join()
        assert not errors, errors
        assert len(made) == writers * per_writer
        for seen in seen_by:
            assert seen == set(made)
    finally:
        engine.dispose()
        admin.close()
