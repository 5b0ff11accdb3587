"""Issue 7's bar: a workspace written with known names, then every byte of its folder
(database, WAL, attachments, drafts, backups, key and sign-in files), of the temporary
folder and of the log folder searched for those names. None may be found.

Both ways in: the service layer in this process (the WAL still open), and the `palier`
command in real processes (import, demo, report, check, a failed sign-in).
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services import signin
from app.services.attachments import AttachmentService
from app.services.drafts import DraftService
from app.services.imports import ImportService
from app.services.places import PlaceService
from app.services.reports import ReportService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import Workspace

# Names no demo or fixture uses, in the forms they would be stored: as typed, upper case,
# and in UTF-16 (which SQLite does not use, but a careless cache might).
SURNAME = "Quasimodo-Trouvère"
FIRST = "Zéphyrine"
STREET = "impasse des Hirondelles-Bleues"
NEEDLES = (SURNAME, FIRST, STREET, "QUASIMODO", "Zephyrine", "Hirondelles")


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.upper().encode("utf-8"), text.encode("utf-16-le")]


def scan(*folders: Path) -> list[str]:
    """'file: needle' for every needle found in any file under `folders`."""
    hits = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for needle in NEEDLES:
                if any(form in data for form in _forms(needle)):
                    hits.append(f"{path}: {needle}")
    return hits


def png_with_text(text: str) -> bytes:
    """A valid 1x1 PNG carrying `text` in a tEXt chunk, as a phone photo carries EXIF."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Author\x00" + text.encode("latin-1", "replace"))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def test_services_write_nothing_readable(tmp_path, monkeypatch):
    folder, temp = tmp_path / "ws", tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    unlocked, _recovery = signin.set_up(folder, "admin", "mot de passe long")
    ws = Workspace.open(folder, key=unlocked.key)
    try:
        places = PlaceService(ws)
        org = places.create_organisation("Habitat Val-de-Seine", "landlord")
        site = places.create_site("QT01", "Résidence des Tilleuls", org,
                                  address=f"3 {STREET}", city="Montreuil", postcode="93100")
        csv = tmp_path / "households.csv"
        csv.write_text(
            "code_site;batiment;entree;etage;porte;reference_logement;nom;prenom;telephone;"
            f"date_entree\nQT01;A;1;2;21;L-021;{SURNAME};{FIRST};0612345678;01/01/2020\n",
            encoding="utf-8")
        ImportService(ws).import_households(csv)
        csv.unlink()
        sid = SignalementService(ws).create(SignalementDraft(
            category="neighbour_disturbance", site_id=site,
            facts_start=datetime.now(UTC) - timedelta(hours=2),
            description=f"Tapage signalé par Mme {FIRST} {SURNAME}, {STREET}."))
        AttachmentService(ws).add("signalement", sid, "photo.png", png_with_text(SURNAME))
        DraftService(ws).save("signalement:new", "signalement",
                              {"description": f"Brouillon : {FIRST} {SURNAME}"})
        # Made in memory (the photo as a thumbnail): no temporary file may stay behind.
        assert ReportService(ws).referral_sheet(sid).pages >= 1
        ws.backup("test")
        # While the workspace is open: the WAL holds the latest pages.
        assert list(folder.glob("*-wal")), "the scan must see a WAL"
        assert scan(folder, temp) == []
    finally:
        ws.close()
    assert scan(folder, temp) == []


def test_cli_writes_nothing_readable(tmp_path):
    folder, temp, logs = tmp_path / "ws", tmp_path / "tmp", tmp_path / "logs"
    temp.mkdir()
    env = {**os.environ, "PALIER_DATA_DIR": str(folder), "TMPDIR": str(temp),
           "PALIER_LOG_DIR": str(logs), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "PALIER_LANG": "fr"}

    def palier(*args, **extra):
        return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                              text=True, env={**env, **extra}, timeout=300)

    assert palier("demo", "--records", "50").returncode == 0
    sites = tmp_path / "sites.csv"
    sites.write_text("code_site;nom;adresse;code_postal;ville;bailleur;niveau\n"
                     f"QT02;Les Peupliers;5 {STREET};93100;Montreuil;Habitat Essai;2\n",
                     encoding="utf-8")
    households = tmp_path / "households.csv"
    households.write_text(
        "code_site;batiment;entree;etage;porte;reference_logement;nom;prenom;telephone;"
        f"date_entree\nQT02;A;1;0;1;L-001;{SURNAME};{FIRST};0611223344;01/05/2021\n",
        encoding="utf-8")
    for kind, path in (("sites", sites), ("households", households)):
        done = palier("import", kind, str(path))
        assert done.returncode == 0, done.stderr
        path.unlink()
    assert palier("check").returncode == 0
    assert palier("check", PALIER_PASSWORD="faux mot de passe").returncode == 1
    assert scan(folder, temp, logs, tmp_path / "cache", tmp_path / "state") == []
    # And the names are there, for the one who signs in (after the wrong password's delay).
    time.sleep(1.1)
    out = palier("export", "households", "--format", "json")
    assert out.returncode == 0 and SURNAME in out.stdout
