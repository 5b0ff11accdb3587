"""What every document shares: embedded fonts, styles, French dates, the page decor, building.

Fonts: DejaVu Sans (regular, bold, oblique, bold oblique), embedded as subsets so that
accents, œ, €, « » and ☐ print on any machine. They are looked for, in order, in
$PALIER_FONTS_DIR, in a frozen bundle's resources/fonts/, in resources/fonts/ beside the
app package (a checkout or an editable install), in <prefix>/share/palier/fonts/ (where a
wheel installs them, see [tool.setuptools.data-files] in pyproject.toml), then in
Debian's fonts-dejavu-core.

Page numbers "page x/y" come from a canvas that keeps every page until the end, then
draws the header and footer once the total is known (one layout pass, not two).
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__
from app.domain.messages import language, msg

FONT = "PalierSans"
FONT_BOLD = "PalierSans-Bold"
FONT_ITALIC = "PalierSans-Oblique"
FONT_BOLD_ITALIC = "PalierSans-BoldOblique"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1d4e89")
ALERT = colors.HexColor("#a61b1b")

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm


class FontsMissing(RuntimeError):
    """None of the places fonts are looked for holds DejaVu Sans."""


def font_dirs() -> list[Path]:
    """Where the fonts are looked for, first match wins."""
    dirs = []
    env = os.environ.get("PALIER_FONTS_DIR")
    if env:
        dirs.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)  # the PyInstaller bundle's data folder
    if bundle:
        dirs.append(Path(bundle) / "resources" / "fonts")
    package_root = Path(__file__).resolve().parents[2]
    dirs.append(package_root / "resources" / "fonts")
    dirs.append(Path(sys.prefix) / "share" / "palier" / "fonts")
    dirs.append(SYSTEM_FONT_DIR)
    return dirs


def font_dir() -> Path:
    for folder in font_dirs():
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            return folder
    raise FontsMissing(msg("rpt_fonts_missing", dirs=", ".join(map(str, font_dirs()))))


@cache
def register_fonts() -> Path:
    """Register the four faces once per process (parsing them costs ~40 ms)."""
    folder = font_dir()
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    # Charts start each drawing in this font: make it ours, so that no unembedded
    # Helvetica is referenced (a PDF/A-minded reader, and accents, need embedded fonts).
    STATE_DEFAULTS["fontName"] = FONT
    return folder


# Styles --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    note: ParagraphStyle


@cache
def styles(size: float = 9.5) -> Styles:
    register_fonts()

    def style(name, **kw) -> ParagraphStyle:
        base = {"fontName": FONT, "fontSize": size, "leading": size * 1.3, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=size * 0.4),
        small=style("small", fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        tiny=style("tiny", fontSize=size - 2.5, leading=(size - 2.5) * 1.25, textColor=MUTED),
        label=style("label", fontName=FONT_BOLD, fontSize=size - 1, leading=(size - 1) * 1.3,
                    textColor=MUTED),
        title=style("title", fontName=FONT_BOLD, fontSize=size + 7.5, leading=(size + 7.5) * 1.2,
                    textColor=ACCENT, spaceAfter=2),
        subtitle=style("subtitle", fontSize=size + 1, leading=(size + 1) * 1.3, textColor=MUTED),
        h1=style("h1", fontName=FONT_BOLD, fontSize=size + 3, leading=(size + 3) * 1.25,
                 textColor=ACCENT, spaceBefore=size * 1.1, spaceAfter=size * 0.45),
        h2=style("h2", fontName=FONT_BOLD, fontSize=size + 1.5, leading=(size + 1.5) * 1.25,
                 spaceBefore=size * 0.8, spaceAfter=size * 0.3, keepWithNext=1),
        h3=style("h3", fontName=FONT_BOLD, fontSize=size, leading=size * 1.3, textColor=MUTED,
                 spaceBefore=size * 0.5, spaceAfter=size * 0.2, keepWithNext=1),
        cell=style("cell", fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        cell_bold=style("cell_bold", fontName=FONT_BOLD, fontSize=size - 0.5,
                        leading=(size - 0.5) * 1.25),
        cell_right=style("cell_right", fontSize=size - 0.5, leading=(size - 0.5) * 1.25,
                         alignment=TA_RIGHT),
        right=style("right", alignment=TA_RIGHT),
        center=style("center", alignment=TA_CENTER),
        note=style("note", fontName=FONT_ITALIC, fontSize=size - 1, leading=(size - 1) * 1.3,
                   textColor=MUTED),
    )


def text(value: object) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept."""
    return escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def markup(template: str, style: ParagraphStyle, **values: object) -> Paragraph:
    """A Paragraph from trusted markup (ours) with user values escaped into it."""
    return Paragraph(template.format(**{k: text(v) for k, v in values.items()}), style)


# Dates, numbers ------------------------------------------------------------------------

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
MONTHS_SHORT = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _lang() -> str:
    return "en" if language() == "en" else "fr"


def local(value: datetime) -> datetime:
    """A stored (UTC) time as the person reading the paper lives it."""
    return value.astimezone()


def date_long(d: date, weekday: bool = False) -> str:
    """'1er mars 2026', 'mardi 3 mars 2026' (or '3 March 2026' in English)."""
    if isinstance(d, datetime):
        d = local(d).date()
    lang = _lang()
    if lang == "en":
        out = f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    else:
        out = f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    return f"{WEEKDAYS[lang][d.weekday()]} {out}" if weekday else out


def date_short(d: date) -> str:
    """'03/03/2026'."""
    if isinstance(d, datetime):
        d = local(d).date()
    return d.strftime("%d/%m/%Y")


def time_of(dt: datetime) -> str:
    """'21 h 05' ('21:05' in English)."""
    t = local(dt)
    return f"{t:%H:%M}" if _lang() == "en" else f"{t.hour} h {t.minute:02d}"


def datetime_long(dt: datetime) -> str:
    """'mardi 3 mars 2026 à 21 h 05'."""
    return msg("rpt_date_at_time", date=date_long(local(dt).date(), weekday=True),
               time=time_of(dt))


def datetime_short(dt: datetime) -> str:
    """'03/03/2026 à 21 h 05'."""
    return msg("rpt_date_at_time", date=date_short(local(dt).date()), time=time_of(dt))


def month_label(year: int, month: int, short: bool = False) -> str:
    names = (MONTHS_SHORT if short else MONTHS)[_lang()]
    return f"{names[month - 1]} {year % 100:02d}" if short else f"{names[month - 1]} {year}"


def number(value: int) -> str:
    """12 345 (thin no-break space as thousands separator in French)."""
    if _lang() == "en":
        return f"{value:,}"
    return f"{value:,}".replace(",", "\u202f")


def euros(cents: int) -> str:
    """'1 250,00 €'."""
    whole, rest = divmod(cents, 100)
    if _lang() == "en":
        return f"€{whole:,}.{rest:02d}"
    return f"{number(whole)},{rest:02d}\u00a0€"


def floor_label(floor: int | None) -> str:
    if floor is None:
        return ""
    if floor == 0:
        return msg("rpt_ground_floor")
    if floor < 0:
        return msg("rpt_basement", n=-floor)
    return msg("rpt_floor_first") if floor == 1 else msg("rpt_floor_n", n=floor)


def yes_no(value: bool) -> str:
    return msg("rpt_yes") if value else msg("rpt_no")


# Letterhead ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Letterhead:
    """The landlord as it signs its papers."""

    name: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None

    @property
    def address_line(self) -> str:
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.address, place) if p)

    @property
    def contact_line(self) -> str:
        return " · ".join(p for p in (self.phone, self.email) if p)


def logo_image(data: bytes | None, max_w: float, max_h: float) -> Image | None:
    if not data:
        return None
    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(max_w / w, max_h / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def letterhead_block(head: Letterhead, st: Styles, right: Sequence[Flowable] = (),
                     width: float = PAGE_W - 2 * MARGIN) -> Table:
    """Logo and landlord on the left, the document's own title block on the right."""
    lines = [para(head.name, st.h2.clone("lh", spaceBefore=0, spaceAfter=1))]
    if head.address_line:
        lines.append(para(head.address_line, st.small))
    if head.contact_line:
        lines.append(para(head.contact_line, st.small))
    logo = logo_image(head.logo, 30 * mm, 18 * mm)
    left = [logo, Spacer(1, 2 * mm), *lines] if logo else lines
    table = Table([[left, list(right)]], colWidths=[width * 0.52, width * 0.48])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]))
    return table


def title_right(value: str, st: Styles) -> Paragraph:
    """The document's title, right-aligned beside the letterhead."""
    return Paragraph(value, st.title.clone("t", alignment=2))


def issued_lines(reference: str, printed_at: datetime, st: Styles) -> list[Flowable]:
    """Under the title: the record's reference in bold, and the day it was issued."""
    return [markup("<b>{ref}</b>", st.right, ref=reference),
            para(msg("rpt_issued_on", date=date_long(printed_at)), st.right)]


# Tables --------------------------------------------------------------------------------

def grid(rows: list[list], widths: Sequence[float], header: bool = True,
         zebra: bool = True, extra: Sequence[tuple] = (), st: Styles | None = None) -> Table:
    """A data table: ruled, a shaded header row repeated on each page, light zebra.

    Cells may be plain strings (see `fit`): they are set in the cell style's font."""
    st = st or styles()
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.cell.textColor),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), st.cell_bold.fontName, st.cell_bold.fontSize,
                  st.cell_bold.leading),
                 ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    if zebra:
        first = 1 if header else 0
        cmds += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f8f9fa"))
                 for r in range(first + 1, len(rows), 2)]
    table.setStyle(TableStyle(cmds + list(extra)))
    return table


def fit(value: object, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A plain string when the value fits on one line of `width` (ten times cheaper to lay
    out than a Paragraph), else a wrapping Paragraph. Plain strings take the table's FONT."""
    value = "" if value is None else str(value)
    if "\n" not in value and pdfmetrics.stringWidth(value, style.fontName,
                                                     style.fontSize) <= width - 7:
        return value
    return para(value, style)


def fields_table(pairs: Sequence[tuple[str, object]], st: Styles,
                 width: float = PAGE_W - 2 * MARGIN, label_w: float = 46 * mm) -> Table:
    """Label / value lines; values are user text (escaped) or ready flowables."""
    rows = []
    value_w = width - label_w
    for label, value in pairs:
        cell = value if isinstance(value, Flowable | list) else fit(value, st.cell, value_w)
        rows.append([fit(label, st.label, label_w), cell])
    table = Table(rows, colWidths=[label_w, value_w])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (0, -1), st.label.fontName, st.label.fontSize, st.label.leading),
        ("TEXTCOLOR", (0, 0), (0, -1), st.label.textColor),
        ("FONT", (1, 0), (1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("TEXTCOLOR", (1, 0), (1, -1), st.cell.textColor),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def heading(value: str, style: ParagraphStyle, room: float = 30 * mm) -> list[Flowable]:
    """A section title that never sits alone at the foot of a page."""
    return [CondPageBreak(room), Paragraph(text(value), style)]


# Page decor and building ---------------------------------------------------------------

def qr_modules(value: str) -> list[list[bool]]:
    """The QR code of `value` (error correction M) as rows of dark/light modules."""
    qr = QrCodeWidget(value, barLevel="M").qr
    qr.make()
    return [[bool(m) for m in row] for row in qr.modules]


def draw_qr(c: Canvas, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw the modules as one filled path (a widget drawing costs 25 ms a page)."""
    n = len(modules)
    box = size / (n + 2)  # a quiet zone of one module each side
    path = c.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + 2) * box
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + (start + 1) * box, top, (col - start) * box, box)
            else:
                col += 1
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)


@dataclass
class Decor:
    """What is drawn on every page, once the page count is known."""

    banner: str | None = None          # top: "Confidentiel — diffusion restreinte"
    footer: str = ""                   # bottom left
    qr: str | None = None              # a QR code of this value, bottom right
    page_numbers: bool = True
    first_page: Callable[[Canvas], None] | None = None  # e.g. a letter's address block
    _qr_form: str | None = field(default=None, repr=False)

    QR_SIZE = 17 * mm

    def draw(self, c: Canvas, page: int, total: int) -> None:
        page_w, page_h = c._pagesize  # A4, portrait or landscape
        c.saveState()
        if self.banner:
            c.setFillColor(ALERT)
            c.setFont(FONT_BOLD, 8.5)
            c.drawCentredString(page_w / 2, page_h - 10 * mm, self.banner)
            c.setStrokeColor(ALERT)
            c.setLineWidth(0.6)
            c.line(MARGIN, page_h - 11.8 * mm, page_w - MARGIN, page_h - 11.8 * mm)
        c.setFillColor(MUTED)
        c.setFont(FONT, 7.5)
        base = 10 * mm
        right = page_w - MARGIN
        if self.qr:
            if self._qr_form is None:
                # Drawn once as a form XObject, then placed on every page.
                self._qr_form = "palierQR"
                c.beginForm(self._qr_form)
                draw_qr(c, qr_modules(self.qr), 0, 0, self.QR_SIZE)
                c.endForm()
            c.saveState()
            c.translate(right - self.QR_SIZE, base - 3 * mm)
            c.doForm(self._qr_form)
            c.restoreState()
            right -= self.QR_SIZE + 2 * mm
        if self.page_numbers:
            c.drawRightString(right, base, msg("rpt_page_of", page=page, total=total))
        if self.footer:
            c.drawString(MARGIN, base, self.footer)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, base + 4 * mm, page_w - MARGIN, base + 4 * mm)
        if page == 1 and self.first_page:
            self.first_page(c)
        c.restoreState()


def _canvas_class(decor: Decor) -> type[Canvas]:
    class DecoratedCanvas(Canvas):
        """Holds the pages back until the end to write 'page x/y' on each."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decor.draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return DecoratedCanvas


@dataclass(frozen=True)
class Meta:
    """The PDF's document information: never a protected person's name."""

    title: str
    author: str
    subject: str = ""
    keywords: str = ""


@dataclass(frozen=True)
class Built:
    data: bytes
    pages: int


def build(story: list[Flowable], meta: Meta, decor: Decor, *,
          top: float = 17 * mm, bottom: float = 19 * mm, first_top: float | None = None,
          left: float = MARGIN, right: float = MARGIN,
          pagesize: tuple[float, float] = A4) -> Built:
    """Lay the story out on A4 pages (portrait unless `pagesize` says otherwise) and
    return the PDF.

    With `first_top`, the first page's frame starts lower (a letter's address block)."""
    register_fonts()
    page_w, page_h = pagesize
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=meta.title, author=meta.author, subject=meta.subject,
        keywords=meta.keywords, creator=f"Palier {__version__}", lang=_html_lang(),
        displayDocTitle=True, initialFontName=FONT,
    )
    width = page_w - left - right
    templates = []
    if first_top is not None:
        templates.append(PageTemplate("first", [Frame(
            left, bottom, width, page_h - first_top - bottom, id="first",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
            autoNextPageTemplate="later"))
    templates.append(PageTemplate("later", [Frame(
        left, bottom, width, page_h - top - bottom, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]))
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_canvas_class(decor))
    return Built(out.getvalue(), doc.page)


def build_report(story: list[Flowable], *, title: str, author: str, subject: str,
                 printed_at: datetime, banner: str | None = None,
                 qr: str | None = None, pagesize: tuple[float, float] = A4) -> Built:
    """A report's PDF: its document information, a banner on every page (confidential
    unless `banner` says otherwise), a footer naming the document and when it was printed,
    and the QR code of `qr`."""
    meta = Meta(title=title, author=author, subject=subject)
    decor = Decor(banner=msg("rpt_confidential") if banner is None else banner,
                  footer=msg("rpt_footer", doc=title, printed=datetime_short(printed_at)),
                  qr=qr)
    return build(story, meta, decor, pagesize=pagesize)


def _html_lang() -> str:
    return "en-GB" if _lang() == "en" else "fr-FR"


def encrypt(data: bytes, password: str) -> bytes:
    """AES-256 protection (PDF 2.0 standard security handler) of a finished document."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def align_left(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(style.name + "_l", alignment=TA_LEFT)
