# PyInstaller runtime hook (installer/palier.spec): runs before Palier's own code.
# Alembic imports the migration files from disk; never write their bytecode beside the
# executable (a per-machine install is read-only, a per-user one must stay clean).
import sys

sys.dont_write_bytecode = True
