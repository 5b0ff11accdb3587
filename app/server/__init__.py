"""The central server: FastAPI over SQLAlchemy, PostgreSQL in production, SQLite by default.

- db.py: the server's tables (generic records with their scope, change counter, users,
  tokens, shares, applied mutations, dead letters, blobs);
- auth.py: Argon2id passwords and revocable device tokens;
- core.py: visibility, push with field-by-field merge, pull, shares, purge, blobs;
- validate.py: the desktop's own constraints, checked before a record is accepted;
- api.py: the HTTP API (OpenAPI at /openapi.json);
- admin.py: what `palier server ...` runs.
"""
