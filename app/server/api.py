"""The HTTP API of the central server (FastAPI), served as OpenAPI at /openapi.json.

Stateless: every request reads what it needs from the database, so several processes can
serve one PostgreSQL behind a load balancer. The protocol is docs/sync-protocol.md.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from app import __version__
from app.server import auth, core, db
from app.sync.entities import SCHEMA_HEADER, SCHEMA_VERSION

MAX_PAGE = 20000
MAX_CHUNK = 8 * 1024 * 1024


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


# Shapes, for the OpenAPI document and for small requests ------------------------------

class LoginRequest(BaseModel):
    login: str
    password: str
    device_id: str = Field(min_length=8, max_length=64)
    device_name: str = ""


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
    schema_: int = Field(SCHEMA_VERSION, alias="schema")


class Mutation(BaseModel):
    n: int = Field(description="outbox number, increasing per client")
    i: int = Field(0, description="position within a bulk outbox row")
    entity: str
    id: str
    op: str = Field(description="create | update | delete")
    base_version: int = 0
    fields: dict[str, Any] = Field(default_factory=dict)
    base: dict[str, Any] = Field(default_factory=dict)


class PushRequest(BaseModel):
    client_id: str
    mutations: list[Mutation]


class MutationResult(BaseModel):
    n: int
    i: int = 0
    status: str = Field(description="applied | conflict | rejected")
    version: int | None = None
    seq: int | None = None
    conflicts: list[str] = []
    code: str | None = None
    message: str | None = None


class PushResponse(BaseModel):
    results: list[MutationResult]
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


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


ERRORS = {s: {"model": ErrorResponse} for s in (400, 401, 403, 409, 410, 413, 422, 426)}


def create_app(url: str) -> FastAPI:
    engine = db.make_engine(url)
    db.init_db(engine)
    app = FastAPI(title="Palier sync server", version=__version__,
                  description="Offline-first sync for Palier desktops. The protocol, its "
                              "cursor, idempotency, merge and error codes are described in "
                              "docs/sync-protocol.md.")
    app.state.engine = engine

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError):
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}},
                            status_code=exc.status)

    @app.exception_handler(core.PullError)
    async def pull_error(_request: Request, exc: core.PullError):
        return JSONResponse({"error": {"code": exc.code, "message": exc.message}},
                            status_code=exc.status)

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
        with engine.connect() as conn:
            p = auth.principal_for(conn, authorization[7:].strip())
        if p is None:
            raise ApiError(401, "unauthenticated", "unknown, revoked or disabled")
        return p

    @app.get("/v1/health")
    def health() -> dict:
        return {"ok": True, "schema": SCHEMA_VERSION, "version": __version__}

    @app.post("/v1/login", response_model=LoginResponse, responses=ERRORS)
    def login(body: LoginRequest, _v: int = Depends(schema)):
        with engine.begin() as conn:
            u = conn.execute(select(db.users).where(db.users.c.login == body.login)).first()
            ok = auth.check_password(u.password_hash if u else None, body.password)
            if not ok or not u.active:
                raise ApiError(401, "bad_credentials", "login or password refused")
            token = auth.issue_token(conn, u.id, body.device_id, body.device_name)
        return {"token": token, "user": {"id": u.id, "login": u.login, "org_id": u.org_id,
                                         "role": u.role, "sites": json.loads(u.sites)},
                "server_time": auth.now_micros(), "schema": SCHEMA_VERSION}

    @app.post("/v1/logout", status_code=204, responses=ERRORS)
    def logout(authorization: str | None = Header(None), _p=Depends(principal)):
        with engine.begin() as conn:
            auth.revoke(conn, authorization[7:].strip())
        return Response(status_code=204)

    @app.get("/v1/me", response_model=UserInfo, responses=ERRORS)
    def me(p: auth.Principal = Depends(principal)):
        return {"id": p.user_id, "login": p.login, "org_id": p.org_id, "role": p.role,
                "sites": sorted(p.sites)}

    push_schema = {"requestBody": {"required": True, "content": {"application/json": {
        "schema": PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")}}}}

    @app.post("/v1/push", response_model=PushResponse, responses=ERRORS,
              openapi_extra=push_schema)
    async def push(request: Request, p: auth.Principal = Depends(principal)):
        # Parsed by hand: pydantic on 5,000 mutations costs more than applying them.
        try:
            body = json.loads(await request.body())
            client_id = body["client_id"]
            mutations = body["mutations"]
            if not isinstance(client_id, str) or not isinstance(mutations, list) or not all(
                    isinstance(m, dict) and isinstance(m.get("n"), int) for m in mutations):
                raise ValueError
        except (ValueError, KeyError, TypeError) as exc:
            raise ApiError(400, "bad_request", "malformed push") from exc
        if len(mutations) > core.MAX_BATCH:
            raise ApiError(413, "too_large", f"at most {core.MAX_BATCH} mutations")
        if client_id != p.device_id:
            raise ApiError(403, "forbidden", "client id is not this token's device")
        from starlette.concurrency import run_in_threadpool

        def work():
            with engine.connect() as conn:
                if conn.dialect.name == "sqlite":
                    conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    return core.push(conn, p, client_id, mutations)

        results = await run_in_threadpool(work)
        return Response(json.dumps({"results": results, "schema": SCHEMA_VERSION},
                                   separators=(",", ":")), media_type="application/json")

    @app.get("/v1/pull", response_model=PullResponse, responses=ERRORS)
    def pull(cursor: int = Query(0, ge=0), limit: int = Query(5000, ge=1, le=MAX_PAGE),
             scope: int | None = Query(None), p: auth.Principal = Depends(principal)):
        with engine.connect() as conn:
            body = core.pull(conn, p, cursor, limit, scope)
        return Response(body, media_type="application/json")

    @app.get("/v1/blobs/{sha256}/status", response_model=BlobStatus, responses=ERRORS)
    def blob_status(sha256: str, _p: auth.Principal = Depends(principal)):
        _check_sha(sha256)
        with engine.connect() as conn:
            return core.blob_status(conn, sha256)

    @app.put("/v1/blobs/{sha256}", response_model=BlobStatus, responses=ERRORS)
    async def blob_put(sha256: str, request: Request, offset: int = Query(..., ge=0),
                       total: int = Query(..., ge=0), p: auth.Principal = Depends(principal)):
        _check_sha(sha256)
        if p.role not in core.WRITE_ROLES:
            raise ApiError(403, "forbidden", "read-only role")
        data = await request.body()
        if len(data) > MAX_CHUNK:
            raise ApiError(413, "too_large", f"chunks of at most {MAX_CHUNK} bytes")
        from starlette.concurrency import run_in_threadpool

        def work():
            with engine.connect() as conn:
                if conn.dialect.name == "sqlite":
                    conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    return core.blob_put(conn, sha256, offset, total, data)

        return await run_in_threadpool(work)

    @app.get("/v1/blobs/{sha256}", responses=ERRORS)
    def blob_get(sha256: str, p: auth.Principal = Depends(principal)):
        _check_sha(sha256)
        with engine.connect() as conn:
            data = core.blob_get(conn, p, sha256)
        if data is None:
            raise ApiError(404, "not_found", sha256)
        return Response(data, media_type="application/octet-stream")

    return app


def _check_sha(sha: str) -> None:
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ApiError(400, "bad_request", "sha256: 64 lowercase hex digits")


def serve(url: str, host: str, port: int, **uvicorn_options) -> None:
    import gc

    import uvicorn

    # A push or a pull page handles thousands of short-lived dicts and no cycles: collect
    # the youngest generation less often (the default 700 made it a fifth of a push).
    gc.set_threshold(50_000, 20, 20)

    uvicorn.run(create_app(url), host=host, port=port, log_level="warning",
                **uvicorn_options)
