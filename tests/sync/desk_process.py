"""A desktop in its own process, for the tests that kill it with SIGKILL.

python desk_process.py ACTION WORKSPACE [SITE] [COUNT]
- write_then_die: save COUNT signalements on SITE, then die before any sync;
- push_then_die: sync, and die once the server has answered the first push batch, before
  the outbox is told;
- page_then_die: sync, and die inside the transaction of the first pulled page, after its
  rows were written and before its cursor was.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import UTC, datetime

from app.services.base import Actor
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import Workspace
from app.sync.client import Backoff, SyncClient


def die(*_args) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    action, folder = sys.argv[1], sys.argv[2]
    ws = Workspace.open(folder)
    client = SyncClient(ws, backoff=Backoff(base=0.02, attempts=3), push_batch=50,
                        pull_page=50)
    if action == "write_then_die":
        site, count = sys.argv[3], int(sys.argv[4])
        actor = Actor(user_id=client.state("user_id"), org_id=client.state("org_id"))
        service = SignalementService(ws, actor)
        for i in range(count):
            service.create(SignalementDraft(category="damage", site_id=site,
                                            facts_start=datetime(2025, 3, 1, tzinfo=UTC),
                                            description=f"Boîte aux lettres forcée ({i})."))
        print("written", flush=True)
        die()
    if action == "push_then_die":
        client.hooks["after_push"] = die
    elif action == "page_then_die":
        client.hooks["before_cursor"] = die
    client.sync()
    print("finished without dying", flush=True)


if __name__ == "__main__":
    main()
