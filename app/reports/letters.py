"""The letters of the graduated procedure: rules reminder, summons, formal notice.

French business-letter layout on A4: the landlord's letterhead top left, the tenant's
address in the window of a DL envelope (left edge 110 mm, top 50 mm: the address block of
La Poste's recommendation for a sheet folded in three), then place and date, reference,
subject, the body, and the signature. Fold marks at 99 and 198 mm. Several addressees
give one letter each, each starting on a new page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from app.domain.codes import ProcedureStep
from app.domain.messages import language, msg
from app.reports.common import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    Built,
    Decor,
    Letterhead,
    Meta,
    build,
    date_long,
    logo_image,
    markup,
    para,
    styles,
)
from app.reports.templates import paragraphs

WINDOW_X, WINDOW_TOP, WINDOW_W = 110 * mm, 50 * mm, 88 * mm
BODY_TOP = 100 * mm
LEFT = 20 * mm


@dataclass(frozen=True)
class Letter:
    """One addressee's letter: the address lines and the filled-in template."""

    address: list[str]
    subject: str
    body: str


@dataclass(frozen=True)
class LetterBatch:
    head: Letterhead
    kind: ProcedureStep
    reference: str
    written_on: date
    place: str                       # where the letter is written: the landlord's town
    signatory_name: str
    signatory_title: str
    letters: list[Letter] = field(default_factory=list)

    @property
    def registered(self) -> bool:
        return self.kind is ProcedureStep.FORMAL_NOTICE


def title(batch: LetterBatch) -> str:
    return msg("rpt_letter_title", kind=batch.kind.label(language()), reference=batch.reference)


class _LetterStart(Flowable):
    """Zero-size mark: records on which page a letter begins (for its address block)."""

    def __init__(self, index: int, starts: dict[int, int]) -> None:
        super().__init__()
        self.index, self.starts = index, starts

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.starts[self.canv.getPageNumber()] = self.index


class LetterDecor(Decor):
    def __init__(self, batch: LetterBatch, starts: dict[int, int]) -> None:
        super().__init__(page_numbers=False)
        self.batch, self.starts = batch, starts

    def draw(self, c: Canvas, page: int, total: int) -> None:
        c.saveState()
        # Page x/y within each letter, not within the batch.
        firsts = sorted(self.starts)
        first = max((p for p in firsts if p <= page), default=1)
        following = [p for p in firsts if p > page]
        last = (following[0] - 1) if following else total
        head = self.batch.head
        c.setFont(FONT, 7.5)
        c.setFillColor(MUTED)
        footer = " — ".join(p for p in (head.name, head.address_line, head.contact_line) if p)
        c.drawCentredString(PAGE_W / 2, 10 * mm, footer)
        if last > first:
            c.drawRightString(PAGE_W - MARGIN, 14 * mm,
                              msg("rpt_page_of", page=page - first + 1, total=last - first + 1))
        # Fold marks for a sheet folded in three.
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for y in (99 * mm, 198 * mm):
            c.line(4 * mm, PAGE_H - y, 8 * mm, PAGE_H - y)
        if page in self.starts:
            self._first_page(c, self.batch.letters[self.starts[page]])
        c.restoreState()

    def _first_page(self, c: Canvas, letter: Letter) -> None:
        head = self.batch.head
        y = PAGE_H - 14 * mm
        logo = logo_image(head.logo, 38 * mm, 20 * mm)
        if logo is not None:
            logo.drawOn(c, LEFT, y - logo.drawHeight)
            y -= logo.drawHeight + 5 * mm
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 10.5)
        c.drawString(LEFT, y - 10, head.name)
        c.setFont(FONT, 8.5)
        y -= 10
        for line in (head.address, " ".join(p for p in (head.postcode, head.city) if p),
                     head.phone, head.email):
            if line:
                y -= 11
                c.drawString(LEFT, y, line)
        # The addressee, inside the envelope's window.
        c.setFont(FONT, 10.5)
        y = PAGE_H - WINDOW_TOP - 10.5
        for i, line in enumerate(letter.address):
            c.setFont(FONT_BOLD if i == 0 else FONT, 10.5)
            c.drawString(WINDOW_X, y, _clip(line, FONT_BOLD if i == 0 else FONT, 10.5,
                                            WINDOW_W))
            y -= 13.5


def _clip(line: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while line and stringWidth(line, font, size) > width:
        line = line[:-2] + "…"
    return line


def render(batch: LetterBatch) -> Built:
    st = styles(10.5)
    body = st.body.clone("letter_body", alignment=TA_JUSTIFY, spaceAfter=7, leading=14.5)
    starts: dict[int, int] = {}
    story: list[Flowable] = []
    for index, letter in enumerate(batch.letters):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(_LetterStart(index, starts))
        story.append(para(msg("rpt_letter_place_date", place=batch.place,
                              date=date_long(batch.written_on)), st.right))
        story.append(Spacer(1, 7 * mm))
        story.append(markup("<b>{label}</b> {value}", st.body,
                            label=msg("rpt_letter_reference"), value=batch.reference))
        story.append(markup("<b>{label}</b> {value}", st.body,
                            label=msg("rpt_letter_subject"), value=letter.subject))
        if batch.registered:
            story.append(Paragraph(f"<b>{msg('rpt_letter_registered')}</b>", st.body))
        story.append(Spacer(1, 6 * mm))
        for text_block in paragraphs(letter.body):
            story.append(para(text_block, body))
        signature = [Spacer(1, 6 * mm)]
        indent = st.body.clone("signature", leftIndent=95 * mm)
        if batch.signatory_title:
            signature.append(para(batch.signatory_title, indent))
        signature.append(para(batch.signatory_name or batch.head.name, indent))
        story.append(KeepTogether(signature))
    meta = Meta(title=title(batch), author=batch.head.name,
                subject=batch.kind.label(language()))
    return build(story, meta, LetterDecor(batch, starts), top=22 * mm, bottom=20 * mm,
                 first_top=BODY_TOP, left=LEFT, right=MARGIN)
