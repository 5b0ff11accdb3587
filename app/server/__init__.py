"""The central server: FastAPI over SQLAlchemy, PostgreSQL in production, SQLite by default.

- db.py: the server's tables (generic records with their scope, change counter, users,
  tokens, shares, applied mutations, dead letters, blobs, sign-in counts and attempts,
  the audit log);
- auth.py: Argon2id passwords and device tokens (revocable, expiring);
- throttle.py: sign-in throttling and lockout, counted in the database;
- settings.py: token lifetime, throttling thresholds, request size limits;
- wire.py: the push body as pydantic validates it;
- core.py: visibility, push with field-by-field merge, pull, shares, purge, blobs;
- audit.py: the desktops' audit trails, kept append-only;
- validate.py: the desktop's own constraints, checked before a record is accepted;
- api.py: the HTTP API (OpenAPI at /openapi.json), its size limits and security headers.
`palier server ...` is app/sync/commands.py.
"""
