"""A fuzz run of the server's own OpenAPI document with schemathesis (issue 7 §6): every
operation, with valid and with invalid input, against a real `palier server` process on
each backend, signed in (so that it gets past authentication) and pushing in the name of
its token's device (so that it reaches the merge). Examples are bounded and derandomised:
the same run every time, under a minute for both backends. Any 5xx fails the test.

What it found, now mended and kept as plain cases in test_hardening.py: a malformed bulk
mutation counted for the batch limit (a crash), one mutation twice in a push (its identity
recorded twice), an empty attachment chunk (the same part twice), and, with the validation
written while reading the code, text that PostgreSQL cannot hold (NUL) and integers past
64 bits anywhere in a request.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from sync_env import ServerProcess
from sync_helpers import PASSWORD, Admin

EXAMPLES = 25  # per operation and backend: about 10 s per backend here


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def fuzz_server(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").new_database()
    proc = ServerProcess(url)
    admin = Admin(url)
    org = admin.org()
    login = admin.user(org, "admin")
    device = f"fuzz-{uuid.uuid4()}"

    def token(device_id: str = device) -> str:
        r = httpx.post(f"{proc.url}/v1/login", headers={"X-Forwarded-For": "10.9.9.9"},
                       json={"login": login, "password": PASSWORD, "device_id": device_id})
        r.raise_for_status()
        return r.json()["token"]

    proc.session = {"device": device, "token": token(), "fresh_token": token}
    yield proc
    proc.kill()
    admin.close()


def _operations():
    """The operations of the server's own OpenAPI document, read from the app in process
    (so a new endpoint is fuzzed without a line here)."""
    import tempfile

    from app.server.api import create_app

    folder = tempfile.mkdtemp(prefix="palier-openapi-")
    spec = create_app(f"sqlite:///{folder}/spec.sqlite3").openapi()
    ops = [r.ok() for r in schemathesis.openapi.from_dict(spec).get_all_operations()]
    return {op.label: op for op in ops}


OPERATIONS = _operations()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_no_server_error(fuzz_server, label, mode):
    operation = OPERATIONS[label]
    session = fuzz_server.session

    @given(case=operation.as_strategy(mode))
    @settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    def run(case):
        token = session["token"]
        if case.path == "/v1/logout":  # a session of its own: keep the main one alive
            token = session["fresh_token"](f"fuzz-{uuid.uuid4()}")
        # Signed in, so that the fuzzing reaches past authentication; a push in the name
        # of this token's device, so that it reaches the merge.
        case.headers = {**(case.headers or {}), "authorization": f"Bearer {token}"}
        if case.path == "/v1/push" and isinstance(case.body, dict):
            case.body["client_id"] = session["device"]
        case.call_and_validate(base_url=fuzz_server.url, checks=[not_a_server_error])

    try:
        run()
    except Unsatisfiable:  # nothing to make invalid (no parameter, no body)
        assert mode is GenerationMode.NEGATIVE, label
