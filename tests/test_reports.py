"""The PDF documents: read back with pypdf, checked by qpdf, page 1 rendered to PNG.

Every document is generated from a real demo workspace, read back (text and metadata),
and must pass `qpdf --check`; page 1 of each is rendered with pdftoppm into
screenshots/reports/ for a person to look at. Staff protection and the masking of small
counts are checked on the bytes themselves.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.cli import main as cli_main
from app.domain.codes import Category, ProcedureStep
from app.models import (
    AuditEntry,
    ConflictCase,
    ConflictParty,
    Household,
    Signalement,
    User,
    WelfareCheck,
    WelfareEntry,
)
from app.reports.activity import Published
from app.reports.common import date_long, datetime_long, euros, register_fonts
from app.reports.templates import MERGE_FIELDS
from app.services.attachments import AttachmentService
from app.services.demo import DemoService
from app.services.errors import NotFound, ValidationError
from app.services.reports import ReportService
from app.services.signalements import SignalementDraft, SignalementService
from app.store.workspace import WORKSPACE_FILE, Workspace

TODAY = date(2025, 11, 20)
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots" / "reports"
CARETAKER = "gardien.martin"   # Jean-Pierre Martin, caretaker of HVS-01 and HVS-02


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: run installer/test-deps.sh (Debian: qpdf, poppler-utils)")
    return path


def text_of(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Text without any blank: line breaks fall anywhere in a paragraph."""
    return re.sub(r"\s+", "", text)


def metadata_text(data: bytes) -> str:
    meta = PdfReader(io.BytesIO(data)).metadata or {}
    return " ".join(str(v) for v in meta.values())


def qpdf_check(data: bytes, tmp_path: Path, name: str, password: str | None = None) -> None:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    args = [_tool("qpdf"), "--check", str(path)]
    if password:
        args.insert(1, f"--password={password}")
    done = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stdout + done.stderr


def screenshot(data: bytes, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pdf = SCREENSHOTS / f"{name}.pdf"
    pdf.write_bytes(data)
    done = subprocess.run([_tool("pdftoppm"), "-png", "-r", "90", "-f", "1", "-l", "1",
                           "-singlefile", str(pdf), str(SCREENSHOTS / name)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    pdf.unlink()
    png = SCREENSHOTS / f"{name}.png"
    assert png.stat().st_size > 10_000  # a page with something drawn on it
    return png


@pytest.fixture(scope="module")
def demo(tmp_path_factory, migrated_template):
    folder = tmp_path_factory.mktemp("reports")
    shutil.copyfile(migrated_template, folder / WORKSPACE_FILE)
    ws = Workspace.open(folder)
    DemoService(ws).generate(records=300, seed=7, today=TODAY)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def people(demo):
    with demo.session() as s, s.begin():
        caretaker = s.scalar(select(User).where(User.login == CARETAKER))
        caretaker.phone = "06 39 98 00 11"
        officer = s.scalar(select(User).where(User.login == "surete.moreau"))
        s.expunge_all()
    return caretaker, officer


def _signalement(ws, **where) -> Signalement:
    with ws.session() as s:
        q = select(Signalement).where(Signalement.deleted_at.is_(None))
        for key, value in where.items():
            q = q.where(getattr(Signalement, key) == value)
        sig = s.scalars(q.order_by(Signalement.facts_start.desc())).first()
        s.expunge_all()
        return sig


@pytest.fixture(scope="module")
def protected_sig(demo, people):
    """A protected report whose free text names the caretaker, with a photo signed by him."""
    caretaker, _ = people
    sig = _signalement(demo, reporter_id=caretaker.id)
    draft = SignalementDraft(
        category=Category.DRUG_DEALING.value, site_id=sig.site_id,
        building_id=sig.building_id, entrance_id=sig.entrance_id, floor=2,
        location_kind="stairwell",
        facts_start=datetime(2025, 11, 3, 20, 30, tzinfo=UTC),
        facts_end=datetime(2025, 11, 3, 23, 0, tzinfo=UTC),
        reported_at=datetime(2025, 11, 4, 8, 10, tzinfo=UTC),
        description="Guetteurs installés dans la cage d'escalier ; Jean-Pierre Martin a vu "
                    "des échanges rapides. Cœur du trafic « au 2e », 3 500 € de dégâts.",
        recurrence="daily", severity=3, persons_count=4,
        persons_description="Quatre jeunes hommes, capuches sombres",
        witnesses="Le gardien (M. Martin, 06 39 98 00 11)",
        harm_property="Porte du local vélos forcée", estimated_cost_cents=350_000,
        action_called_17=True, actions_notes="Appel au 17 par gardien.martin à 21 h",
        protect_identity=True, reporter_id=caretaker.id,
    )
    sig_id = SignalementService(demo).create(draft)
    SignalementService(demo).add_referral(sig_id, "police", date(2025, 11, 5), "email",
                                          "PV 2025/000123")
    AttachmentService(demo).add("signalement", sig_id, "photo_jean-pierre_martin.jpg",
                                _photo_with_exif("Jean-Pierre Martin"))
    with demo.session() as s:
        return s.get(Signalement, sig_id).reference


def _photo_with_exif(artist: str) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (1200, 900), (180, 120, 60))
    exif = Image.Exif()
    exif[0x013B] = artist  # Artist
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


@pytest.fixture(scope="module")
def case_id(demo):
    """A case with a respondent, mediation steps and a linked signalement."""
    with demo.session() as s:
        respondents = select(ConflictParty.case_id).where(ConflictParty.role == "respondent")
        case = s.scalars(select(ConflictCase).where(ConflictCase.id.in_(respondents))
                         .order_by(ConflictCase.opened_on)).first()
        return case.id


@pytest.fixture(scope="module")
def documents(demo, protected_sig, case_id):
    """One of each document, generated once for the module."""
    service = ReportService(demo)
    plain = _signalement(demo, protect_identity=False)
    service.letter(case_id, "reminder")
    return {
        "fiche-signalement": service.referral_sheet(protected_sig),
        "fiche-signalement-non-protegee": service.referral_sheet(plain.reference),
        "courrier-rappel": service.letter(case_id, "reminder"),
        "courrier-convocation": service.letter(
            case_id, "summons", meeting=datetime(2025, 12, 2, 10, 30).astimezone()),
        "courrier-mise-en-demeure": service.letter(case_id, "notice"),
        "tournee-veille": service.welfare_round(TODAY),
        "dossier-voisinage": service.case_file(case_id),
        "rapport-activite": service.activity_report(date(2025, 1, 1), date(2025, 10, 31)),
    }


# Every document ---------------------------------------------------------------------------

def test_every_document_passes_qpdf_and_is_rendered(documents, tmp_path):
    for name, doc in documents.items():
        assert doc.data.startswith(b"%PDF-")
        qpdf_check(doc.data, tmp_path, name)
        screenshot(doc.data, name)
        reader = PdfReader(io.BytesIO(doc.data))
        assert len(reader.pages) == doc.pages
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait


def test_fonts_are_embedded_and_nothing_else_is_used(documents):
    for name, doc in documents.items():
        reader = PdfReader(io.BytesIO(doc.data))
        fonts = {}
        for page in reader.pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
        assert fonts, name
        for base, font in fonts.items():
            assert "DejaVuSans" in base, (name, base)
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), (name, base)


def test_metadata_names_the_landlord(documents):
    for name, doc in documents.items():
        meta = PdfReader(io.BytesIO(doc.data)).metadata
        assert meta.title == doc.title, name
        assert meta.author, name
        assert "Palier" in meta.creator
    assert documents["fiche-signalement"].filename.startswith("fiche-signalement-SIG-")


def test_every_print_is_audited(demo, documents, protected_sig):
    with demo.session() as s:
        rows = s.execute(select(AuditEntry.entity_kind, AuditEntry.summary).where(
            AuditEntry.action == "print")).all()
    summaries = " ".join(summary for _, summary in rows)
    assert f"referral_sheet {protected_sig}" in summaries
    assert {kind for kind, _ in rows} >= {"signalement", "conflict_case", "welfare_round",
                                          "activity_report"}
    assert "Martin" not in summaries


def test_every_page_is_marked_confidential_numbered_and_coded(documents):
    doc = documents["fiche-signalement"]
    reader = PdfReader(io.BytesIO(doc.data))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert "Confidentiel — diffusion restreinte" in text
        assert f"page {number}/{total}" in text
        xobjects = page["/Resources"]["/XObject"]
        assert any(x.get_object()["/Subtype"] == "/Form" for x in xobjects.values())  # QR


# Referral sheet ---------------------------------------------------------------------------

def test_referral_sheet_holds_the_facts(documents, demo, protected_sig):
    text = text_of(documents["fiche-signalement"].data)
    for expected in (protected_sig, "Fiche de signalement", "Trafic de stupéfiants",
                     "Cage d'escalier", "Quotidien", "Quatre jeunes hommes",
                     "Porte du local vélos forcée", "3 500,00 €", "Police / gendarmerie",
                     "PV 2025/000123", "Photo 1", "Habitat Val-de-Seine",
                     "Claire Moreau, référent sûreté", "lundi 3 novembre 2025"):
        assert flat(expected) in flat(text), expected
    # Accents, œ, €, « » come out as typed.
    assert flat("Cœur du trafic « au 2e », 3 500 € de dégâts") in flat(text)


def test_protected_reporter_appears_nowhere(documents, people):
    caretaker, _ = people
    doc = documents["fiche-signalement"]
    text, meta = text_of(doc.data), metadata_text(doc.data)
    for identifier in (caretaker.display_name, "Jean-Pierre", "Martin", caretaker.login,
                       caretaker.email, "06 39 98 00 11"):
        assert identifier.lower() not in text.lower(), identifier
        assert identifier.lower() not in meta.lower(), identifier
        assert identifier.lower() not in doc.filename.lower()
    assert "[identité protégée]" in text
    # The photo was re-encoded: its EXIF (author's name) did not travel.
    assert b"Exif" not in doc.data and b"Jean-Pierre" not in doc.data


def test_unprotected_sheet_names_the_reporter(documents, demo):
    text = text_of(documents["fiche-signalement-non-protegee"].data)
    assert "Signalé par" in text
    assert "représenté par" not in text


def test_earlier_referrals_about_the_same_place(demo):
    with demo.session() as s:
        sig = s.scalars(select(Signalement).where(Signalement.building_id.isnot(None))
                        .order_by(Signalement.facts_start.desc())).first()
        earlier = s.scalar(select(func.count()).select_from(Signalement).where(
            Signalement.building_id == sig.building_id, Signalement.id != sig.id,
            Signalement.referrals.any()))
        reference = sig.reference
    text = text_of(ReportService(demo).referral_sheet(reference).data)
    assert "Signalements antérieurs transmis pour le même lieu" in text
    if earlier:
        assert text.count("SIG-") > 1


def test_unknown_reference_is_refused(demo):
    with pytest.raises(NotFound):
        ReportService(demo).referral_sheet("SIG-1999-NOPE")


def test_referral_sheet_is_fast(demo, protected_sig):
    import time

    service = ReportService(demo)
    service.referral_sheet(protected_sig)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        service.referral_sheet(protected_sig)
        times.append(time.perf_counter() - start)
    assert sorted(times)[2] < 0.25  # bench/bench_reports.py measures it properly


# Password ---------------------------------------------------------------------------------

def test_password_protection_is_aes_256(demo, protected_sig, tmp_path):
    doc = ReportService(demo).referral_sheet(protected_sig, password="S3cret-Été")
    assert doc.encrypted
    reader = PdfReader(io.BytesIO(doc.data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert reader.decrypt("wrong") == 0
    assert protected_sig in text_of(doc.data, password="S3cret-Été")
    qpdf_check(doc.data, tmp_path, "encrypted", password="S3cret-Été")


# Letters ----------------------------------------------------------------------------------

def test_letters_are_filled_from_the_case(documents, demo, case_id):
    with demo.session() as s:
        case = s.get(ConflictCase, case_id)
        respondent = s.scalar(select(Household.name).join(
            ConflictParty, ConflictParty.household_id == Household.id).where(
            ConflictParty.case_id == case_id, ConflictParty.role == "respondent"))
        reference = case.reference
    for name, marker in (("courrier-rappel", "Rappel au règlement intérieur"),
                         ("courrier-convocation", "mardi 2 décembre 2025 à 10 h 30"),
                         ("courrier-mise-en-demeure", "Lettre recommandée avec accusé de réception")):
        text = text_of(documents[name].data)
        assert flat(marker) in flat(text), name
        assert flat(f"Madame, Monsieur {respondent}") in flat(text)
        assert reference in text
        assert "{{" not in text and "}}" not in text
        assert "Veuillez agréer" in text
    assert "notre rappel au règlement" not in text_of(documents["courrier-rappel"].data)


def test_landlord_template_is_used_and_unsafe_ones_refused(demo, case_id):
    service = ReportService(demo)
    with demo.session() as s:
        landlord = s.get(ConflictCase, case_id).site.landlord_id
    assert service.letter_template(landlord, "reminder").is_default
    service.save_letter_template(landlord, "reminder", "Petit rappel — {{reference}}",
                                 "Bonjour {{destinataire}},\n\nMerci de baisser le son avant "
                                 "le {{echeance}}.\n\n{{signataire}}")
    text = text_of(service.letter(case_id, "reminder").data)
    assert "Petit rappel" in text and "Merci de baisser le son" in text
    for bad in ("{{nom_inconnu}}", "{{ 7*7 }}", "{{__class__.__mro__}}", "{% for x in y %}",
                "{{reference}"):
        with pytest.raises(ValidationError) as refused:
            service.save_letter_template(landlord, "summons", "Objet", f"Texte {bad}")
        assert "Champ de fusion inconnu" in str(refused.value) or "Accolades" in str(
            refused.value)
    service.reset_letter_template(landlord, "reminder")
    assert service.letter_template(landlord, "reminder").is_default
    assert set(service.merge_fields()) == set(MERGE_FIELDS)


def test_letter_needs_a_respondent(demo):
    from app.models import Building, Dwelling, Entrance
    from app.services.conflicts import ConflictService

    with demo.session() as s:
        home, site = s.execute(
            select(Household.id, Building.site_id)
            .join(Dwelling, Dwelling.id == Household.dwelling_id)
            .join(Entrance, Entrance.id == Dwelling.entrance_id)
            .join(Building, Building.id == Entrance.building_id)).first()
    case = ConflictService(demo).open_case(site, "noise", "Bruit signalé", TODAY, [home], [])
    with pytest.raises(ValidationError) as refused:
        ReportService(demo).letter(case, "notice")
    assert "mis en cause" in str(refused.value)
    # Addressed to the complainant on purpose, it is accepted.
    assert ReportService(demo).letter(case, "reminder", household_id=home).pages == 1


# Welfare round ----------------------------------------------------------------------------

def test_welfare_round_lists_the_checks_due(documents, demo):
    text = text_of(documents["tournee-veille"].data)
    with demo.session() as s:
        due = s.execute(select(WelfareEntry.id).join(WelfareCheck).where(
            WelfareCheck.done_at.is_(None), WelfareCheck.due_on <= TODAY,
            WelfareCheck.deleted_at.is_(None), WelfareEntry.active)).all()
        first = s.scalars(select(WelfareEntry).join(WelfareCheck).where(
            WelfareCheck.done_at.is_(None), WelfareCheck.due_on <= TODAY,
            WelfareEntry.active)).first()
        name, phone = first.person.last_name.upper(), first.person.phone
        contact = first.contacts[0] if first.contacts else None
    assert due
    assert f"Personnes à contacter : {len({d for d, in due})}" in text
    assert name in text and phone in text
    if contact:
        assert contact.name in text
    assert "☐ Visite" in text and "Notes" in text
    assert "Tournée de veille" in text


# Case file --------------------------------------------------------------------------------

def test_case_file_has_the_chronology(documents, demo, case_id):
    text = text_of(documents["dossier-voisinage"].data)
    with demo.session() as s:
        case = s.get(ConflictCase, case_id)
        steps = [ProcedureStep(st.step).fr for st in case.steps]
        linked = [sig.reference for sig in s.scalars(select(Signalement).join(
            Signalement.__table__.metadata.tables["case_signalements"]).where(
            Signalement.__table__.metadata.tables["case_signalements"].c.case_id == case_id))]
        reference = case.reference
    assert reference in text
    for label in ("Chronologie", "Parties", "Médiations", "Signalements liés",
                  "Courriers édités", *steps, *linked):
        assert flat(label) in flat(text), label
    assert flat("Courrier : Rappel au règlement") in flat(text)


# Activity report --------------------------------------------------------------------------

def test_activity_report_holds_no_personal_data(documents, demo):
    doc = documents["rapport-activite"]
    text = text_of(doc.data)
    assert "< 5" in text
    assert "SIG-" not in text and "VOI-" not in text
    with demo.session() as s:
        names = [n for pair in s.execute(select(User.display_name, User.login)) for n in pair]
        names += [n for n, in s.execute(select(Household.name))]
    lowered = text.lower()
    for name in names:
        assert name.lower() not in lowered, name


def test_activity_counts_come_from_sql_and_match_the_records(demo):
    service = ReportService(demo)
    with demo.session() as s:
        start = datetime(2025, 3, 1).astimezone()
        end = datetime(2025, 6, 1).astimezone()
        expected = s.scalar(select(func.count()).select_from(Signalement).where(
            Signalement.facts_start >= start, Signalement.facts_start < end,
            Signalement.deleted_at.is_(None)))
    text = text_of(service.activity_report(date(2025, 3, 1), date(2025, 5, 31)).data)
    assert re.search(rf"Total\s+{expected}\b", text)


def test_small_counts_are_masked(workspace, landlord_site):
    org, site, building, entrance = landlord_site
    facts = datetime(2025, 3, 10, 14, 0, tzinfo=UTC)
    drafts = ([SignalementDraft(category="damage", site_id=site, facts_start=facts,
                                reported_at=facts + timedelta(hours=1))] * 3
              + [SignalementDraft(category="theft", site_id=site,
                                  facts_start=facts + timedelta(days=d),
                                  reported_at=facts + timedelta(days=d, hours=1))
                 for d in range(7)]
              + [SignalementDraft(category="rodeo", site_id=site,
                                  facts_start=facts + timedelta(days=40),
                                  reported_at=facts + timedelta(days=40, hours=1))] * 6)
    SignalementService(workspace).create_many(drafts)
    doc = ReportService(workspace).activity_report(date(2025, 3, 1), date(2025, 4, 30),
                                                   sites=["VS01"])
    text = text_of(doc.data)
    assert re.search(r"Dégradations\s*<\s*5", text)
    assert not re.search(r"Dégradations\s*3\b", text)
    assert re.search(r"Vol\s*7", text)
    # 16 - 7 would give the 3 away: the next smallest count of the line is withheld too.
    assert re.search(r"Rodéo\s*n\.d\.", text)
    assert re.search(r"Total\s*16", text)
    # The chart's labels are masked too: no lone "3" anywhere.
    assert not re.search(r"(?<![\d/.,:])3(?![\d/.,:%])", text)


def test_secondary_suppression_protects_masked_counts():
    values = {("a", 1): 3, ("a", 2): 10, ("a", 3): 12, ("row",): 25}
    pub = Published(values, [([("a", 1), ("a", 2), ("a", 3)], ("row",))])
    assert pub.text(("a", 1)) == "< 5"
    assert pub.text(("a", 2)) == "n.d."      # else 25 - 10 - 12 gives the 3 away
    assert pub.text(("a", 3)) == "12"
    assert pub.trend(("a", 2), ("a", 3)) == "—"


def test_activity_report_scales_with_sql(demo):
    """Aggregates come from GROUP BY: the report does not load the records."""
    from app.services import reports as module

    calls = []
    original = module._signalement_counts

    def spy(*args, **kwargs):
        rows = original(*args, **kwargs)
        calls.append(rows)
        return rows

    module._signalement_counts = spy
    try:
        ReportService(demo).activity_report(date(2023, 1, 1), date(2025, 11, 19))
    finally:
        module._signalement_counts = original
    with demo.session() as s:
        total = s.scalar(select(func.count()).select_from(Signalement))
    rows = calls[0]
    assert sum(n for *_, n in rows) <= total
    assert len(rows) < total  # grouped, not one row per record


def test_period_must_be_in_order(demo):
    with pytest.raises(ValidationError):
        ReportService(demo).activity_report(date(2025, 5, 1), date(2025, 4, 1))
    with pytest.raises(ValidationError):
        ReportService(demo).activity_report(date(2025, 4, 1), date(2025, 5, 1),
                                            sites=["NO-SUCH-SITE"])


# Settings ---------------------------------------------------------------------------------

def test_logo_and_officer_settings(demo, protected_sig, people):
    from PIL import Image

    _, officer = people
    landlord = officer.org_id
    service = ReportService(demo)
    logo = io.BytesIO()
    Image.new("RGB", (1600, 400), (20, 60, 120)).save(logo, "PNG")
    service.update_settings(landlord, logo=logo.getvalue(), contact_phone="01 99 00 99 99",
                            signatory_name="Anne Lefort", signatory_title="Directrice")
    assert service.settings(landlord).has_logo
    doc = service.referral_sheet(protected_sig)
    images = [x for page in PdfReader(io.BytesIO(doc.data)).pages
              for x in page["/Resources"].get("/XObject", {}).values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) >= 2  # the logo and the photo
    assert "01 99 00 99 99" in text_of(doc.data)
    with pytest.raises(ValidationError):
        service.update_settings(landlord, logo=b"MZ\x90\x00not an image")
    service.update_settings(landlord, logo=None)


# Formats and the command line -----------------------------------------------------------

def test_french_formats():
    assert date_long(date(2026, 3, 1)) == "1er mars 2026"
    assert date_long(date(2026, 8, 15), weekday=True) == "samedi 15 août 2026"
    assert datetime_long(datetime(2026, 2, 3, 21, 5).astimezone()) == "mardi 3 février 2026 à 21 h 05"
    assert euros(125_050) == "1\u202f250,50\u00a0€"
    assert register_fonts().is_dir()


def test_cli_writes_each_document(demo, protected_sig, case_id, tmp_path, capsys):
    base = ["--data-dir", str(demo.data_dir), "report"]
    with demo.session() as s:
        case_ref = s.get(ConflictCase, case_id).reference
    runs = {
        "sheet.pdf": ["police-sheet", protected_sig],
        "letter.pdf": ["letter", case_ref, "--kind", "summons", "--meeting", "2025-12-02 10:30"],
        "round.pdf": ["welfare-round", "--date", TODAY.isoformat(), "--site", "HVS-01"],
        "case.pdf": ["case-file", case_id],
        "activity.pdf": ["activity", "--from", "2025-01-01", "--to", "2025-06-30", "--site",
                         "HVS-01", "LF-02", "--password", "clspd"],
    }
    for name, args in runs.items():
        out = tmp_path / name
        assert cli_main([*base, *args, "-o", str(out)]) == 0, name
        assert out.read_bytes().startswith(b"%PDF-")
        assert not (tmp_path / f"{name}.part").exists()
        assert str(out) in capsys.readouterr().err
    assert PdfReader(tmp_path / "activity.pdf").is_encrypted
    assert cli_main([*base, "police-sheet", "SIG-1999-NOPE", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "introuvable" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_documents_in_english(demo, protected_sig, case_id):
    from app.domain.messages import set_language

    service = ReportService(demo)
    set_language("en")
    try:
        texts = {
            "sheet": text_of(service.referral_sheet(protected_sig).data),
            "letter": text_of(service.letter(case_id, "notice").data),
            "round": text_of(service.welfare_round(TODAY).data),
            "case": text_of(service.case_file(case_id).data),
            "activity": text_of(service.activity_report(date(2025, 1, 1), date(2025, 6, 30)).data),
        }
    finally:
        set_language("fr")
    assert "Confidential — restricted circulation" in texts["sheet"]
    assert "Referral sheet" in texts["sheet"] and "3 November 2025" in texts["sheet"]
    assert "Formal notice" in texts["letter"]
    assert "Welfare round" in texts["round"]
    assert "Chronology" in texts["case"]
    assert "Activity report" in texts["activity"]


# A list as a table -----------------------------------------------------------------------

LIST_HEADERS = ["Référence", "Date des faits", "Catégorie", "Site", "Bâtiment", "Statut",
                "Gravité", "Signalé par"]


def list_rows(n: int) -> list[list[str]]:
    return [[f"SIG-2025-{i:05d}", "03/03/2025 21:05", "Dégradation — tags", "RES01",
             f"Bât. {i % 4 + 1}", "Nouveau", "Moyenne", "Gardien · équipe « nuit »"]
            for i in range(n)]


def test_list_table_reads_back_and_is_audited(demo, tmp_path):
    service = ReportService(demo)
    doc = service.list_table("Signalements", "Site : Les Tilleuls · Statut : Nouveau",
                             LIST_HEADERS, list_rows(40))
    text = text_of(doc.data)
    for head in ("Référence", "Date des faits", "Signalé par"):
        assert head in text
    assert "SIG-2025-00039" in text and "Site : Les Tilleuls" in text
    assert "page 1/" in text
    reader = PdfReader(io.BytesIO(doc.data))
    box = reader.pages[0].mediabox
    assert box.width > box.height  # eight columns: landscape
    qpdf_check(doc.data, tmp_path, "list")
    png = screenshot(doc.data, "list-table")
    assert png.exists()
    with demo.session() as s:
        kind, summary = s.execute(select(AuditEntry.entity_kind, AuditEntry.summary).where(
            AuditEntry.action == "print").order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert kind == "list"
    assert summary == "list 'Signalements' (40 rows)"  # the title and the count, no row


def test_list_table_pages_grow_with_rows_and_repeat_the_header(demo):
    service = ReportService(demo)
    few = service.list_table("Sites", "", ["Code", "Nom", "Ville"],
                             [["A", "Les Tilleuls", "Lyon"]])
    assert few.pages == 1
    assert PdfReader(io.BytesIO(few.data)).pages[0].mediabox.height > 800  # portrait
    many = service.list_table("Signalements", "", LIST_HEADERS, list_rows(400))
    assert many.pages > 5
    reader = PdfReader(io.BytesIO(many.data))
    last = reader.pages[-1].extract_text()
    assert "Référence" in last and f"page {many.pages}/{many.pages}" in last


def test_an_empty_list_prints_and_can_be_protected(demo, tmp_path):
    doc = ReportService(demo).list_table("Conflits", "Statut : Clos", ["Référence"], [],
                                         password="s3cret")
    assert doc.encrypted
    assert "La liste est vide." in text_of(doc.data, "s3cret")
    qpdf_check(doc.data, tmp_path, "list-empty", "s3cret")
