"""Retention and erasure reach the server and the other desktops: the purge and a
person's erasure write through the outbox like any edit (real server on loopback)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sync_helpers import Admin, Desk, unique

from app.services.retention import PurgeService
from app.store.timestamps import to_micros


@pytest.fixture(scope="module")
def admin(server):
    a = Admin(server.db_url)
    yield a
    a.close()


def test_a_purge_reaches_the_server_and_the_other_desktops(server, admin, tmp_path,
                                                           migrated_template):
    org = admin.org()
    officer = admin.user(org, "officer")
    here = Desk(tmp_path / unique("a"), server.url, officer, migrated_template)
    there = Desk(tmp_path / unique("b"), server.url, admin.user(org, "officer"),
                 migrated_template)
    try:
        site = here.site()
        sid = here.signalement(site, witnesses="M. Martin, 2e étage", status="closed",
                               closing_reason="resolved")
        here.sync()
        there.sync()
        assert there.value("signalements", sid, "witnesses") == "M. Martin, 2e étage"
        # Closed seven years ago on this desktop (the date only: nothing to push).
        with here.ws.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE signalements SET updated_at = ? WHERE id = ?",
                                 (to_micros(datetime.now(UTC) - timedelta(days=7 * 365)), sid))
        report = PurgeService(here.ws, here.actor).run()
        assert report.counts["signalements"] == 1
        here.sync()
        assert admin.records("signalements")[sid]["witnesses"] == ""
        there.sync()
        assert there.value("signalements", sid, "witnesses") == ""
        assert there.value("signalements", sid, "category") == "squat"
    finally:
        here.close()
        there.close()
