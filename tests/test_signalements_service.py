"""The signalement service: validation, one transaction per write, listing and search."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain.messages import set_language
from app.models import AuditEntry, Signalement
from app.services.errors import NotFound, StaleVersion, ValidationError
from app.services.places import PlaceService
from app.services.signalement_list import fts_query
from app.services.signalements import (
    SignalementDraft,
    SignalementFilter,
    SignalementService,
    privacy_warnings,
)

T0 = datetime(2025, 5, 12, 21, 30, tzinfo=UTC)


@pytest.fixture
def service(workspace):
    return SignalementService(workspace)


def draft(site, **values) -> SignalementDraft:
    base = {"category": "drug_dealing", "site_id": site, "facts_start": T0,
            "description": "Regroupement de 5 individus dans le hall, allées et venues."}
    return SignalementDraft(**{**base, **values})


def test_create_and_read_back(service, landlord_site):
    org, site, building, entrance = landlord_site
    sid = service.create(draft(site, building_id=building, entrance_id=entrance,
                               location_kind="hall", persons_count=5, severity=3,
                               action_called_17=True, protect_identity=True))
    got = service.get(sid)
    assert got.version == 1
    assert got.reference.startswith(f"SIG-{datetime.now(UTC).year}-")  # year reported
    assert got.draft.entrance_id == entrance and got.draft.protect_identity
    assert got.draft.facts_start == T0
    assert got.draft.reported_at is not None  # defaults to now


def test_validation_reports_every_field_in_french(service, landlord_site):
    org, site, building, entrance = landlord_site
    bad = SignalementDraft(category="", site_id=site, building_id=building,
                           entrance_id="nope", facts_start=T0, facts_end=T0 - timedelta(hours=1),
                           severity=9, persons_count=-2, status="closed",
                           description="x" * 4001)
    with pytest.raises(ValidationError) as caught:
        service.create(bad)
    errors = caught.value.errors
    assert errors["category"] == "Ce champ est obligatoire."
    assert errors["entrance_id"] == "Ce lieu n'appartient pas au site choisi."
    assert errors["facts_end"] == "La fin des faits ne peut pas précéder leur début."
    assert errors["persons_count"] == "La valeur ne peut pas être négative."
    assert errors["closing_reason"] == "Indiquez le motif de clôture."
    assert "4001" in errors["description"]
    assert set(errors) >= {"severity"}
    assert service.count() == 0


def test_validation_messages_in_english(service, landlord_site):
    set_language("en")
    with pytest.raises(ValidationError) as caught:
        service.create(draft(landlord_site[1], category=""))
    assert caught.value.errors == {"category": "This field is required."}


def test_facts_in_the_future_refused_but_small_clock_drift_tolerated(service, landlord_site):
    site = landlord_site[1]
    now = datetime.now(UTC)
    service.create(draft(site, facts_start=now + timedelta(minutes=3),
                         reported_at=now + timedelta(minutes=4)))
    with pytest.raises(ValidationError) as caught:
        service.create(draft(site, facts_start=now + timedelta(days=1)))
    assert caught.value.errors == {"facts_start": "Cette date est dans le futur."}


def test_building_of_another_site_refused(service, workspace, landlord_site):
    org, site, building, _ = landlord_site
    places = PlaceService(workspace)
    other = places.create_site("VS02", "Les Lilas", org)
    with pytest.raises(ValidationError) as caught:
        service.create(draft(other, building_id=building))
    assert set(caught.value.errors) == {"building_id"}


def test_bulk_create_is_all_or_nothing(service, workspace, landlord_site):
    site = landlord_site[1]
    drafts = [draft(site) for _ in range(50)] + [draft(site, category="unknown")]
    with pytest.raises(ValidationError) as caught:
        service.create_many(drafts)
    assert list(caught.value.errors) == ["50.category"]
    assert service.count() == 0
    ids = service.create_many(drafts[:50])
    assert len(set(ids)) == 50 and service.count() == 50
    with workspace.session() as s:
        refs = s.scalars(select(Signalement.reference)).all()
        assert len(set(refs)) == 50
        audit = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity_kind == "signalement"))
        assert list(audit) == ["50"]


def test_bulk_create_indexes_text_and_restores_trigger(service, workspace, landlord_site):
    site = landlord_site[1]
    service.create_many([draft(site, description=f"Épave numéro {i}") for i in range(20)])
    assert len(service.search("epave")) == 20
    # The row-by-row trigger is back: a single create is indexed too.
    service.create(draft(site, description="Rodéo de motos sur le parking"))
    assert [r.summary for r in service.search("rodeo")] == ["Rodéo de motos sur le parking"]
    with workspace.engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "signalements_fts_ai" in triggers


def test_update_with_stale_version_is_refused(service, landlord_site):
    sid = service.create(draft(landlord_site[1]))
    current = service.get(sid)
    edited = SignalementDraft(**{**current.draft.to_dict(), "description": "Texte corrigé"})
    assert service.update(sid, 1, edited) == 2
    with pytest.raises(StaleVersion):
        service.update(sid, 1, edited)
    assert service.get(sid).draft.description == "Texte corrigé"
    assert [r.id for r in service.search("corrige")] == [sid]
    assert service.search("regroupement") == []


def test_status_workflow(service, landlord_site):
    sid = service.create(draft(landlord_site[1]))
    d = service.get(sid).draft
    closed = SignalementDraft(**{**d.to_dict(), "status": "closed",
                                 "closing_reason": "resolved"})
    v = service.update(sid, 1, closed)
    reopened = SignalementDraft(**{**closed.to_dict(), "status": "in_progress",
                                   "closing_reason": None})
    v = service.update(sid, v, reopened)
    back_to_new = SignalementDraft(**{**reopened.to_dict(), "status": "new"})
    with pytest.raises(ValidationError) as caught:
        service.update(sid, v, back_to_new)
    assert caught.value.errors["status"] == "Passage impossible de « En cours » à « Nouveau »."


def test_referral_moves_status_to_referred(service, landlord_site):
    sid = service.create(draft(landlord_site[1]))
    service.add_referral(sid, "police", date(2025, 5, 13), "email", "PV 2025/1234")
    got = service.get(sid)
    assert got.draft.status == "referred"
    assert [(r.recipient, r.reference_number) for r in got.referrals] == [
        ("police", "PV 2025/1234")]
    with pytest.raises(ValidationError) as caught:
        service.add_referral(sid, "press", date(2025, 5, 13), "pigeon")
    assert set(caught.value.errors) == {"recipient", "channel"}


def test_delete_is_a_tombstone(service, workspace, landlord_site):
    sid = service.create(draft(landlord_site[1], description="Vol de vélo dans la cave"))
    service.delete(sid, 1)
    assert service.count() == 0 and service.search("velo") == []
    with pytest.raises(NotFound):
        service.get(sid)
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(Signalement)) == 1


def test_pages_are_keyset_sorted_and_filtered(service, workspace, landlord_site):
    org, site, building, _ = landlord_site
    other = PlaceService(workspace).create_site("VS03", "Les Ormes", org)
    service.create_many([draft(site, facts_start=T0 - timedelta(hours=i),
                               building_id=building if i % 2 else None) for i in range(25)]
                        + [draft(other, facts_start=T0) for _ in range(5)])
    flt = SignalementFilter(site_id=site)
    first = service.page(flt, limit=10)
    second = service.page(flt, limit=10, after=service.page_key(first[-1]))
    third = service.page(flt, limit=10, after=service.page_key(second[-1]))
    rows = first + second + third
    assert len(rows) == 25 and len({r.id for r in rows}) == 25
    assert [r.facts_start for r in rows] == sorted((r.facts_start for r in rows), reverse=True)
    assert service.count(flt) == 25
    assert service.count(SignalementFilter(building_id=building)) == 12
    assert service.count(SignalementFilter(date_from=(T0 - timedelta(hours=5)).date())) >= 5
    assert service.count(SignalementFilter(category="theft")) == 0
    oldest_first = service.page(flt, limit=3, descending=False)
    assert oldest_first[0].facts_start == T0 - timedelta(hours=24)


def test_search_folds_accents_and_matches_prefixes(service, landlord_site):
    site = landlord_site[1]
    service.create(draft(site, description="Dégradation de la porte du local vélos"))
    service.create(draft(site, description="Dépôt sauvage d'encombrants"))
    assert len(service.search("degradation")) == 1
    assert len(service.search("DÉGRAD")) == 1
    assert len(service.search("dep")) == 1
    assert service.search('" OR *') == []  # FTS syntax typed by a person is not an error
    assert fts_query("  ") is None


def test_privacy_warnings(landlord_site):
    d = draft(landlord_site[1], description="Le locataire est alcoolique",
              witnesses="Voisine dépressive")
    assert privacy_warnings(d) == ["alcoolique", "dépressive"]


def test_search_results_page_in_recorded_order(service, landlord_site):
    site = landlord_site[1]
    ids = service.create_many([draft(site, description=f"Tags dans le hall {i}",
                                     facts_start=T0 - timedelta(days=i)) for i in range(30)])
    service.create(draft(site, description="Autre chose"))
    flt = SignalementFilter(text="hall")
    first = service.page(flt, sort="recorded", limit=12)
    second = service.page(flt, sort="recorded", limit=12,
                          after=service.page_key(first[-1], "recorded"))
    third = service.page(flt, sort="recorded", limit=12,
                         after=service.page_key(second[-1], "recorded"))
    assert [r.id for r in first + second + third] == ids[::-1]
    assert service.count(flt) == 30


def test_reference_typed_in_the_search_box(service, landlord_site):
    sid = service.create(draft(landlord_site[1]))
    reference = service.get(sid).reference
    for typed in (reference, reference.lower(), reference[:14], f"  {reference[:9]} "):
        assert [r.id for r in service.search(typed)] == [sid], typed
        assert service.count(SignalementFilter(text=typed)) == 1


def test_list_reads_the_same_without_sqlalchemy(service, workspace, landlord_site):
    """The start-up path: a plain sqlite3 connection, the same queries, the same rows."""
    from app.services.signalement_list import SignalementList
    from app.store.quick import open_if_current

    site = landlord_site[1]
    service.create_many([draft(site, facts_start=T0 - timedelta(hours=i),
                               description=f"Épave numéro {i}") for i in range(15)])
    conn = open_if_current(workspace.data_dir)
    try:
        plain = SignalementList(conn)
        flt = SignalementFilter(site_id=site)
        assert plain.page(flt, limit=10) == service.page(flt, limit=10)
        assert plain.count(flt) == 15
        assert plain.search("epave", limit=5) == service.search("epave", limit=5)
    finally:
        conn.close()
