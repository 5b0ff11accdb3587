"""The HTTP API of the central server (FastAPI), served as OpenAPI at /openapi.json.

Stateless: every request reads what it needs from the database, so several processes can
serve one PostgreSQL behind a load balancer (sign-in throttling counts included). The
protocol, its limits and error codes are docs/sync-protocol.md.
"""

from __future__ import annotations

import contextlib
import json
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field, StringConstraints
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from app import __version__
from app.server import audit, auth, core, db, throttle, wire
from app.server.settings import Settings
from app.sync.entities import SCHEMA_HEADER, SCHEMA_VERSION

MAX_PAGE = 20000
INT63 = wire.INT63


class ApiError(HTTPException):
    """An error answered as {"error": {"code", "message"}} (docs/sync-protocol.md §2)."""

    def __init__(self, status: int, code: str, message: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status, detail=message, headers=headers)
        self.status, self.code, self.message = status, code, message


# Shapes, for the OpenAPI document and for small requests ------------------------------

# Free text stored in the server's columns: printable, no NUL (PostgreSQL refuses it).
Login = Annotated[str, StringConstraints(min_length=1, max_length=60,
                                         pattern=r"^[^\x00-\x1f\x7f]+$")]
DeviceId = Annotated[str, StringConstraints(min_length=8, max_length=64,
                                            pattern=r"^[0-9A-Za-z._:-]+$")]


class LoginRequest(BaseModel):
    login: Login
    password: str = Field(min_length=1, max_length=1024)
    device_id: DeviceId
    device_name: Annotated[str, StringConstraints(max_length=200,
                                                  pattern=r"^[^\x00-\x1f\x7f]*$")] = ""


class UserInfo(BaseModel):
    id: str
    login: str
    org_id: str
    role: str
    sites: list[str]


class LoginResponse(BaseModel):
    token: str
    user: UserInfo
    server_time: int
    expires_at: int | None = Field(None, description="when the token stops being accepted "
                                                     "(µs UTC, server clock); null: never")
    schema_: int = Field(SCHEMA_VERSION, alias="schema")


class MutationResult(BaseModel):
    n: int
    i: int = 0
    status: str = Field(description="applied | conflict | rejected")
    version: int | None = None
    seq: int | None = None
    conflicts: list[str] = []
    code: str | None = None
    message: str | None = None


class AuditAnswer(BaseModel):
    stored: int
    rejected: list[list[Any]] = Field(description="[seq, id, code, message]")


class PushResponse(BaseModel):
    results: list[MutationResult]
    audit: AuditAnswer | None = None
    schema_: int = Field(SCHEMA_VERSION, alias="schema")


class PullResponse(BaseModel):
    changes: list[list[Any]] = Field(description="[entity, id, version, seq, row]")
    removed: list[list[str]] = Field(description="[entity, id] no longer visible")
    cursor: int
    more: bool
    scope: int
    rescope: bool
    schema_: int = Field(SCHEMA_VERSION, alias="schema")


class BlobStatus(BaseModel):
    size: int | None
    received: int
    complete: bool


class AuditEntryOut(BaseModel):
    pos: int = Field(description="the server's order of arrival")
    client_id: str = Field(description="the workspace whose chain this entry is part of")
    pushed_by: str
    received_at: int
    chained: bool = Field(description="hash matches content and links to the entry before")
    seq: int
    id: str
    at: int
    org_id: str | None
    user_id: str | None
    action: str
    entity_kind: str
    entity_id: str | None
    summary: str
    prev_hash: str
    hash: str


class AuditPage(BaseModel):
    entries: list[AuditEntryOut]
    cursor: int
    more: bool


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


ERRORS = {s: {"model": ErrorResponse} for s in (400, 401, 403, 409, 410, 413, 422, 426, 429)}
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]


# Request size limits and security headers ---------------------------------------------

API_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
               (b"referrer-policy", b"no-referrer"),
               (b"cross-origin-resource-policy", b"same-origin"),
               (b"cache-control", b"no-store")]
# The interactive documentation loads Swagger UI's scripts; everything else is data.
STRICT_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
DOCS_CSP = (b"content-security-policy", b"frame-ancestors 'none'")
DOCS = ("/docs", "/redoc")


class Guard:
    """Pure ASGI (cheap on every request): refuses bodies over their limit with 413
    `too_large` (by Content-Length at once, else while they stream in), and adds the
    security headers to every answer, errors included."""

    def __init__(self, app, settings: Settings) -> None:
        self.app = app
        self.s = settings

    def limit(self, method: str, path: str) -> int:
        if method == "POST" and path == "/v1/push":
            return self.s.max_push_bytes
        if method == "PUT" and path.startswith("/v1/blobs/"):
            return self.s.max_chunk_bytes
        return self.s.max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        extra = [*API_HEADERS, DOCS_CSP if path.startswith(DOCS) else STRICT_CSP]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        limit = self.limit(scope["method"], path)
        length = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if length is not None and (not length.isdigit() or int(length) > limit):
            too_large = length.isdigit()
            body = _error_body("too_large" if too_large else "bad_request",
                               f"request body over {limit} bytes" if too_large
                               else "bad Content-Length")
            await send_with_headers({"type": "http.response.start",
                                     "status": 413 if too_large else 400,
                                     "headers": [(b"content-type", b"application/json"),
                                                 (b"content-length", b"%d" % len(body)),
                                                 (b"connection", b"close")]})
            await send({"type": "http.response.body", "body": body})
            return None
        received = 0

        async def guarded_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise ApiError(413, "too_large", f"request body over {limit} bytes")
            return message

        return await self.app(scope, guarded_receive, send_with_headers)


def _records(m: dict) -> int:
    """How many records a mutation carries (a malformed one counts for one)."""
    if m.get("op") != "create_many":
        return 1
    rows, ids = m.get("rows"), m.get("ids")
    return max(len(rows) if isinstance(rows, list) else 0,
               len(ids) if isinstance(ids, list) else 0, 1)


def _error_body(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message}},
                      separators=(",", ":")).encode()


def _error(status: int, code: str, message: str, headers=None) -> Response:
    return Response(_error_body(code, message), status_code=status, headers=headers,
                    media_type="application/json")


HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def create_app(url: str, settings: Settings | None = None) -> FastAPI:
    s = settings or Settings.from_env()
    engine = db.make_engine(url)
    db.init_db(engine)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        checkpointer = None if db.is_postgres(engine) else db.Checkpointer(engine)
        if checkpointer is not None:
            checkpointer.start()
        try:
            yield
        finally:
            if checkpointer is not None:
                checkpointer.stop()

    app = FastAPI(lifespan=lifespan, title="Palier sync server", version=__version__,
                  description="Offline-first sync for Palier desktops. The protocol, its "
                              "cursor, idempotency, merge, limits and error codes are "
                              "described in docs/sync-protocol.md.")
    app.state.engine = engine
    app.state.settings = s
    app.add_middleware(Guard, settings=s)

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException):
        code = HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return _error(exc.status_code, code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(400, "bad_request", f"{where}: {first.get('msg', '')}")

    @app.exception_handler(core.PullError)
    async def pull_error(_request: Request, exc: core.PullError):
        return _error(exc.status, exc.code, exc.message)

    def schema(x_palier_schema: int | None = Header(None, alias=SCHEMA_HEADER)) -> int:
        version = SCHEMA_VERSION if x_palier_schema is None else x_palier_schema
        if version < SCHEMA_VERSION - 1:
            raise ApiError(426, "client_too_old", "please update Palier")
        if version > SCHEMA_VERSION:
            raise ApiError(409, "server_too_old", "the server must be updated first")
        return version

    def principal(authorization: str | None = Header(None), _v: int = Depends(schema)):
        if not authorization or not authorization.startswith("Bearer "):
            raise ApiError(401, "unauthenticated", "no token")
        try:
            with engine.connect() as conn:
                return auth.principal_for(conn, authorization[7:].strip(), s.token_lifetime)
        except auth.TokenRefused as exc:
            raise ApiError(401, exc.code, exc.message) from exc

    @app.get("/v1/health")
    def health() -> dict:
        return {"ok": True, "schema": SCHEMA_VERSION, "version": __version__}

    @app.post("/v1/login", response_model=LoginResponse, responses=ERRORS)
    def login(body: LoginRequest, request: Request, _v: int = Depends(schema)):
        address = (request.client.host if request.client else "")[:64] or "unknown"
        now = auth.now_micros()
        event = {"at": now, "login": body.login, "address": address,
                 "device_id": body.device_id}
        with db.write(engine) as conn:
            refusal, failures = throttle.begin_attempt(conn, body.login, address, now, s)
            if refusal is not None:
                outcome = "locked" if refusal.code == "account_locked" else "throttled"
                throttle.record(conn, **event, outcome=outcome, failures=failures)
        if refusal is not None:
            raise ApiError(429, refusal.code, f"too many failed sign-ins: retry in "
                                              f"{refusal.retry_after} s",
                           {"Retry-After": str(refusal.retry_after)})
        with engine.connect() as conn:
            u = conn.execute(select(db.users).where(db.users.c.login == body.login)).first()
        ok = auth.check_password(u.password_hash if u else None, body.password)
        with db.write(engine) as conn:
            if ok and u.active:
                throttle.succeeded(conn, body.login)
                throttle.record(conn, **event, outcome="success", failures=0, user=u)
                token = auth.issue_token(conn, u.id, body.device_id, body.device_name, now)
            else:
                throttle.failed(conn, address, now, s)
                outcome = "unknown_login" if u is None else "bad_password" if not ok \
                    else "disabled"
                throttle.record(conn, **event, outcome=outcome, failures=failures, user=u)
        if not (ok and u.active):
            raise ApiError(401, "bad_credentials", "login or password refused")
        return {"token": token, "user": {"id": u.id, "login": u.login, "org_id": u.org_id,
                                         "role": u.role, "sites": json.loads(u.sites)},
                "server_time": now, "expires_at": auth.expires_at(now, s.token_lifetime),
                "schema": SCHEMA_VERSION}

    @app.post("/v1/logout", status_code=204, responses=ERRORS)
    def logout(authorization: str | None = Header(None), _p=Depends(principal)):
        with engine.begin() as conn:
            auth.revoke(conn, authorization[7:].strip())
        return Response(status_code=204)

    @app.get("/v1/me", response_model=UserInfo, responses=ERRORS)
    def me(p: auth.Principal = Depends(principal)):
        return {"id": p.user_id, "login": p.login, "org_id": p.org_id, "role": p.role,
                "sites": sorted(p.sites)}

    @app.post("/v1/push", response_model=PushResponse, responses=ERRORS)
    async def push(request: Request, p: auth.Principal = Depends(principal)):
        # Parsed and validated by pydantic from the bytes (app/server/wire.py), into the
        # plain dicts core.push works on.
        try:
            body, invalid = wire.parse_push(await request.body())
        except wire.Malformed as exc:
            raise ApiError(400, "bad_request", f"malformed push: {exc}") from exc
        client_id, mutations = body["client_id"], body["mutations"]
        if sum(map(_records, mutations)) > s.max_batch:
            raise ApiError(413, "too_large", f"at most {s.max_batch} records in one push")
        entries = body.get("audit")
        if entries is not None and len(entries) > s.max_audit:
            raise ApiError(413, "too_large", f"at most {s.max_audit} audit entries in one push")
        if client_id != p.device_id:
            raise ApiError(403, "forbidden", "client id is not this token's device")

        def work():
            with db.write(engine) as conn:
                results = core.push(conn, p, client_id, mutations, invalid)
                answer = {"results": results, "schema": SCHEMA_VERSION}
                if entries is not None:
                    answer["audit"] = audit.append(conn, p, client_id, entries,
                                                   auth.now_micros())
                return answer

        answer = await run_in_threadpool(work)
        return Response(json.dumps(answer, separators=(",", ":")),
                        media_type="application/json")

    @app.get("/v1/pull", response_model=PullResponse, responses=ERRORS)
    def pull(cursor: int = Query(0, ge=0, le=INT63),
             limit: int = Query(5000, ge=1, le=MAX_PAGE),
             scope: int | None = Query(None, ge=0, le=INT63),
             p: auth.Principal = Depends(principal)):
        with engine.connect() as conn:
            body = core.pull(conn, p, cursor, limit, scope)
        return Response(body, media_type="application/json")

    @app.get("/v1/audit", response_model=AuditPage, responses=ERRORS)
    def audit_read(after: int = Query(0, ge=0, le=INT63),
                   limit: int = Query(1000, ge=1, le=MAX_PAGE),
                   p: auth.Principal = Depends(principal)):
        """The audit entries the organisation's desktops pushed, in order of arrival: for
        its security officers and administrators."""
        if p.role not in audit.READERS:
            raise ApiError(403, "forbidden", "the audit trail is for officers and "
                                             "administrators")
        with engine.connect() as conn:
            return audit.read(conn, p, after, limit)

    @app.get("/v1/blobs/{sha256}/status", response_model=BlobStatus, responses=ERRORS)
    def blob_status(sha256: Sha256, _p: auth.Principal = Depends(principal)):
        with engine.connect() as conn:
            return core.blob_status(conn, sha256)

    @app.put("/v1/blobs/{sha256}", response_model=BlobStatus, responses=ERRORS,
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string",
                                                         "format": "binary"}}}}})
    async def blob_put(sha256: Sha256, request: Request,
                       offset: int = Query(..., ge=0, le=INT63),
                       total: int = Query(..., ge=0, le=INT63),
                       p: auth.Principal = Depends(principal)):
        if total > s.max_blob_bytes:
            raise ApiError(413, "too_large", f"attachments of at most {s.max_blob_bytes} "
                                             f"bytes")
        if p.role not in core.WRITE_ROLES:
            raise ApiError(403, "forbidden", "read-only role")
        data = await request.body()

        def work():
            with db.write(engine) as conn:
                try:
                    return core.blob_put(conn, sha256, offset, total, data)
                except core.PullError as exc:
                    if exc.code != "hash_mismatch":
                        raise
                    mismatch = exc  # the parts thrown away are committed first
            raise mismatch

        return await run_in_threadpool(work)

    @app.get("/v1/blobs/{sha256}", responses=ERRORS)
    def blob_get(sha256: Sha256, p: auth.Principal = Depends(principal)):
        with engine.connect() as conn:
            data = core.blob_get(conn, p, sha256)
        if data is None:
            raise ApiError(404, "not_found", sha256)
        return Response(data, media_type="application/octet-stream")

    def openapi() -> dict:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            spec = get_openapi(title=app.title, version=app.version,
                               description=app.description, routes=app.routes)
            # The push body is read by hand (wire.parse_push): its schema is added here.
            push_body = wire.push_schema("#/components/schemas/{model}")
            spec["components"]["schemas"].update(push_body.pop("$defs", {}))
            spec["paths"]["/v1/push"]["post"]["requestBody"] = {
                "required": True, "content": {"application/json": {"schema": push_body}}}
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi
    return app


def serve(url: str, host: str, port: int, settings: Settings | None = None,
          **uvicorn_options) -> None:
    import gc

    import uvicorn

    # A push or a pull page handles thousands of short-lived dicts and no cycles: collect
    # the youngest generation less often (the default 700 made it a fifth of a push).
    gc.set_threshold(50_000, 20, 20)
    app = create_app(url, settings)
    # What start-up made lives as long as the process: kept out of every later collection.
    gc.freeze()
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                **uvicorn_options)
