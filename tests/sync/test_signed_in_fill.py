"""On a signed-in workspace, `palier demo` and `palier import` fill only the user's own
organisation and sites: everything they make is accepted by the server."""

from __future__ import annotations

import pytest
from sync_helpers import Admin, Desk, unique

from app.cli import main
from app.models import Organisation, Signalement, Site, User


@pytest.fixture
def admin(server):
    a = Admin(server.db_url)
    yield a
    a.close()


def count(desk: Desk, model, **where) -> int:
    with desk.ws.session() as s:
        q = s.query(model)
        for k, v in where.items():
            q = q.filter(getattr(model, k) == v)
        return q.count()


def palier(desk: Desk, *args: str) -> int:
    return main(["--lang", "en", "--data-dir", str(desk.folder), *args])


def test_a_caretakers_demo_fills_only_his_sites(server, admin, tmp_path, migrated_template,
                                                capsys):
    org = admin.org()
    boss = Desk(tmp_path / "boss", server.url, admin.user(org, "admin"), migrated_template)
    mine, other = boss.site(), boss.site()
    for site in (mine, other):
        boss.places.add_entrance(boss.places.add_building(site, "Bâtiment A"), "Entrée 1")
    boss.sync()
    care = Desk(tmp_path / "care", server.url, admin.user(org, "caretaker", [mine]),
                migrated_template)
    orgs_before, users_before = count(care, Organisation), count(care, User)
    care.client.close()
    assert palier(care, "demo", "--records", "40") == 0
    assert count(care, Organisation) == orgs_before and count(care, User) == users_before
    assert count(care, Site) == 1
    assert count(care, Signalement) == count(care, Signalement, site_id=mine) == 40
    report = care.sync()
    assert report.rejected == 0 and report.sent >= 40
    boss.sync()
    assert len(boss.ids("signalements")) == 40
    capsys.readouterr()


def test_import_on_a_signed_in_workspace_stays_in_the_users_organisation(
        server, admin, tmp_path, migrated_template, capsys):
    org = admin.org()
    d = Desk(tmp_path / "d", server.url, admin.user(org, "officer"), migrated_template)
    d.client.close()
    header = "code_site;nom;adresse;code_postal;ville;bailleur;niveau\n"
    theirs = tmp_path / "theirs.csv"
    theirs.write_text(header + f"{unique('X')};Ailleurs;;;;Un Autre Bailleur;1\n",
                      encoding="utf-8")
    assert palier(d, "import", "sites", str(theirs)) == 1
    assert "imports for your organisation only" in capsys.readouterr().err
    code = unique("OWN")
    ours = tmp_path / "ours.csv"
    ours.write_text(header + f"{code};Les Acacias;;;;;2\n", encoding="utf-8")
    assert palier(d, "import", "sites", str(ours)) == 0
    report = d.sync()
    assert report.rejected == 0 and report.sent == 1
    assert any(s["code"] == code and s["org_id"] == org for s in admin.records("sites").values())
