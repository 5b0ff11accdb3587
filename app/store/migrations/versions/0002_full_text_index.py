"""Full-text index (FTS5) over signalement and case text, kept in step by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# External-content FTS5 tables keyed by the local `seq` rowid. The tokenizer folds
# accents so that "degradation" finds "dégradation". Triggers keep them in step; a bulk
# load indexes its rows in one statement instead (app.store.fts.bulk_load). References
# are not indexed here: "SIG", the year... would be in every row; they are looked up
# through their own unique index. detail=column and columnsize=0: the app searches
# words and prefixes, never phrases, and sorts by recency, not rank; both settings
# make indexing cheaper and the index smaller.
INDEXES = {
    "signalements": ["description", "persons_description", "witnesses",
                     "harm_people", "harm_property", "actions_notes"],
    "conflict_cases": ["summary"],
}


def upgrade() -> None:
    for table, cols in INDEXES.items():
        fts = f"{table}_fts"
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', "
            f"content_rowid='seq', tokenize='unicode61 remove_diacritics 2', detail=column, "
            "columnsize=0)"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.seq, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.seq, {old_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF seq, {col_list} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.seq, {old_vals}); "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.seq, {new_vals}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def downgrade() -> None:
    for table in INDEXES:
        fts = f"{table}_fts"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
