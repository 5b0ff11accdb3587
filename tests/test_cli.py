"""The `palier` command end to end: real processes, real files, real exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from workspace_access import connect_workspace, copy_workspace

from app import __version__
from app.store.workspace import WORKSPACE_FILE


def palier(*args: str, data_dir: Path | None = None, env: dict | None = None,
           lang: str = "fr") -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != "PALIER_DATA_DIR"}
    full_env["PALIER_LANG"] = lang
    if data_dir is not None:
        full_env["PALIER_DATA_DIR"] = str(data_dir)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=full_env, timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    done = palier("demo", "--records", "400", "--seed", "7", data_dir=folder)
    assert done.returncode == 0, done.stderr
    return folder


def test_version():
    done = palier("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"palier {__version__}"


def test_demo_prints_the_workspace_and_honours_palier_data_dir(demo_dir):
    assert (demo_dir / WORKSPACE_FILE).is_file()
    done = palier("demo", "--records", "10", "--seed", "7", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    assert str(demo_dir / WORKSPACE_FILE) in done.stdout
    with connect_workspace(demo_dir / WORKSPACE_FILE) as db:
        assert db.execute("SELECT count(*) FROM signalements").fetchone()[0] == 410


def test_data_dir_option_wins_over_environment(tmp_path):
    chosen, ignored = tmp_path / "chosen", tmp_path / "ignored"
    done = palier("--data-dir", str(chosen), "demo", "--records", "5", data_dir=ignored)
    assert done.returncode == 0, done.stderr
    assert (chosen / WORKSPACE_FILE).is_file() and not ignored.exists()


def test_bad_records_value_is_a_usage_error(tmp_path):
    done = palier("demo", "--records", "-4", data_dir=tmp_path)
    assert done.returncode == 2
    assert "--records doit être un entier positif ou nul." in done.stderr


def test_check_passes_on_demo_then_finds_a_broken_invariant(demo_dir, tmp_path):
    done = palier("check", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    assert "Vérification réussie" in done.stdout

    broken = tmp_path / "broken"
    broken.mkdir()
    copy_workspace(demo_dir, broken)
    with connect_workspace(broken / WORKSPACE_FILE) as db:
        # What an outside tool could do: bypass the CHECK constraints.
        db.execute("PRAGMA ignore_check_constraints = ON")
        ref = db.execute("SELECT reference FROM signalements WHERE status = 'new' LIMIT 1"
                         ).fetchone()[0]
        db.execute("UPDATE signalements SET status = 'closed' WHERE reference = ?", (ref,))
        db.execute("UPDATE signalements SET category = 'gossip' WHERE reference != ? "
                   "AND rowid = (SELECT min(rowid) FROM signalements)", (ref,))
    done = palier("check", data_dir=broken)
    assert done.returncode == 1
    assert f"signalements {ref} : clos sans motif" in done.stderr
    assert "code inconnu « gossip » pour category" in done.stderr
    # SQLite's own integrity check sees both broken CHECK constraints too.
    assert done.stderr.count("Intégrité SQLite : CHECK constraint failed in signalements") == 2
    assert "Vérification échouée : 4 problème(s)." in done.stderr


def test_check_detects_a_search_index_out_of_step(demo_dir, tmp_path):
    broken = tmp_path / "fts"
    broken.mkdir()
    copy_workspace(demo_dir, broken)
    with connect_workspace(broken / WORKSPACE_FILE) as db:
        db.execute("DROP TRIGGER signalements_fts_au")
        db.execute("UPDATE signalements SET description = 'texte changé sans index' "
                   "WHERE rowid = (SELECT max(rowid) FROM signalements)")
        db.execute("CREATE TRIGGER signalements_fts_au AFTER UPDATE ON signalements BEGIN "
                   "SELECT 1; END")
    done = palier("check", data_dir=broken)
    assert done.returncode == 1
    assert "Index de recherche désynchronisé pour signalements" in done.stderr


SITES_CSV = (
    "code_site;nom;adresse;code_postal;ville;bailleur;niveau\n"
    "TST01;Les Peupliers;3 rue des Lilas;93100;Montreuil-sur-Marne;Habitat Essai;orange\n"
    "TST02;Le Clos Vert;8 allée Verte;93100;Montreuil-sur-Marne;Habitat Essai;1\n"
)


def test_import_sites_then_reimport_updates(tmp_path):
    data = tmp_path / "ws"
    path = tmp_path / "sites.csv"
    path.write_text(SITES_CSV, encoding="utf-8-sig")
    done = palier("import", "sites", str(path), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "2 créé(s), 0 mis à jour, 0 inchangé(s)." in done.stdout
    path.write_text(SITES_CSV.replace("orange", "rouge"), encoding="utf-8")
    done = palier("import", "sites", str(path), data_dir=data)
    assert "0 créé(s), 1 mis à jour, 1 inchangé(s)." in done.stdout
    with connect_workspace(data / WORKSPACE_FILE) as db:
        assert db.execute("SELECT code, difficulty, version FROM sites ORDER BY code").fetchall() \
            == [("TST01", 4, 2), ("TST02", 1, 1)]


def test_bad_import_lists_every_line_and_imports_nothing(tmp_path):
    data = tmp_path / "ws"
    path = tmp_path / "bad.csv"
    path.write_text(SITES_CSV + "TST01;Doublon;;9310;Ville;Habitat Essai;violet\n",
                    encoding="cp1252")
    done = palier("import", "sites", str(path), data_dir=data)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert any(line.startswith("ligne 4 : ") and "TST01" in line for line in lines)
    assert any(line.startswith("ligne 4 : ") and "niveau" in line for line in lines)
    assert any(line.startswith("ligne 4 : ") and "9310" in line for line in lines)
    assert lines[-1].startswith("Import refusé : ") and "rien n'a été importé" in lines[-1]
    with connect_workspace(data / WORKSPACE_FILE) as db:
        assert db.execute("SELECT count(*) FROM sites").fetchone() == (0,)


def test_dry_run_writes_nothing(tmp_path):
    data = tmp_path / "ws"
    path = tmp_path / "sites.csv"
    path.write_text(SITES_CSV, encoding="utf-8")
    done = palier("import", "sites", str(path), "--dry-run", data_dir=data)
    assert done.returncode == 0 and "Rien n'a été écrit." in done.stdout
    with connect_workspace(data / WORKSPACE_FILE) as db:
        assert db.execute("SELECT count(*) FROM sites").fetchone() == (0,)


def test_import_missing_file(tmp_path):
    done = palier("import", "households", str(tmp_path / "absent.csv"), data_dir=tmp_path)
    assert done.returncode == 1
    assert "Fichier introuvable" in done.stderr


def test_export_csv_for_french_excel(demo_dir, tmp_path):
    out = tmp_path / "signalements.csv"
    done = palier("export", "signalements", "--format", "csv", "-o", str(out), data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 410
    assert {"id", "reference", "category", "category_label"} <= set(rows[0])
    assert not list(tmp_path.glob("*.part"))


def test_export_json_to_standard_output(demo_dir):
    done = palier("export", "sites", "--format", "json", data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    sites = json.loads(done.stdout)
    assert sites and {"code", "name", "difficulty"} <= set(sites[0])


def test_export_to_unwritable_place_fails_cleanly(demo_dir, tmp_path):
    target = tmp_path / "no-such-folder" / "out.csv"
    done = palier("export", "welfare", "-o", str(target), data_dir=demo_dir)
    assert done.returncode == 1
    assert "Écriture impossible" in done.stderr
    assert not target.parent.exists()


def test_english_messages(tmp_path):
    done = palier("--lang", "en", "import", "sites", str(tmp_path / "nope.csv"),
                  data_dir=tmp_path)
    assert done.returncode == 1 and "File not found" in done.stderr


def test_workspace_from_a_newer_palier(tmp_path):
    palier("demo", "--records", "0", data_dir=tmp_path)
    with connect_workspace(tmp_path / WORKSPACE_FILE) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    done = palier("check", data_dir=tmp_path)
    assert done.returncode == 1
    assert "version plus récente" in done.stderr and "9999" in done.stderr


def test_help_in_french_and_english():
    fr = palier("--help")
    assert fr.returncode == 0
    assert "utilisation : palier" in fr.stdout and "afficher cette aide et quitter" in fr.stdout
    assert "vérifier l'intégrité de l'espace de travail" in fr.stdout
    en = palier("--lang", "en", "--help", lang="en")
    assert "usage: palier" in en.stdout and "check the workspace's integrity" in en.stdout
    bad = palier("bogus")
    assert bad.returncode == 2 and "choix invalide" in bad.stderr
