"""Photos and documents attached to records, stored inside the workspace.

Content goes into attachment_blobs keyed by its sha256 (stored once however often it is
attached); an attachment row links it to its owner. A file is accepted by what its first
bytes say it is, not by its extension: a renamed .exe is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.codes import AuditAction
from app.domain.messages import msg
from app.models import Attachment, AttachmentBlob, FormDraft, Signalement
from app.models.records import ATTACHMENT_OWNERS
from app.services.base import ServiceBase
from app.services.errors import Errors, NotFound, ValidationError

SIZE_LIMIT = 10 * 1024 * 1024
ACCEPTED = "JPEG, PNG, HEIC, WebP, GIF, PDF"
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif"}


def sniff_mime(data: bytes) -> str | None:
    """The MIME type that the content's signature shows, or None when not accepted."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/avif" if data[8:12] == b"avif" else "image/heic"
    return None


@dataclass(frozen=True)
class StagedFile:
    """A file whose content is stored but not yet linked to a record (form not saved yet)."""

    sha256: str
    filename: str
    mime_type: str
    size: int

    def to_dict(self) -> dict:
        return dict(vars(self))


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    mime_type: str
    size: int
    sha256: str
    version: int


class AttachmentService(ServiceBase):
    @staticmethod
    def check_size(size: int) -> None:
        """Refuse a file by its size alone, before reading it."""
        if size > SIZE_LIMIT:
            raise ValidationError({"file": msg("attachment_too_large", size=_mb(size),
                                               limit=_mb(SIZE_LIMIT))})

    def check(self, filename: str, data: bytes) -> str:
        """The MIME type of an acceptable file; ValidationError with a clear message otherwise."""
        e = Errors()
        if not data:
            e.add("file", "attachment_empty", name=filename)
        elif len(data) > SIZE_LIMIT:
            e.add("file", "attachment_too_large", size=_mb(len(data)), limit=_mb(SIZE_LIMIT))
        else:
            mime = sniff_mime(data)
            if mime is None:
                e.add("file", "attachment_bad_type", name=filename, accepted=ACCEPTED)
            else:
                return mime
        raise ValidationError(e.found)

    def stage(self, filename: str, data: bytes) -> StagedFile:
        """Store the content of an accepted file, before the record it belongs to exists."""
        mime = self.check(filename, data)
        digest = hashlib.sha256(data).hexdigest()
        with self.write() as s:
            s.execute(sqlite_insert(AttachmentBlob).values(sha256=digest, size=len(data), data=data)
                      .on_conflict_do_nothing())
        return StagedFile(digest, filename, mime, len(data))

    def link(self, owner_kind: str, owner_id: str, staged: list[StagedFile]) -> list[str]:
        """Attach staged files to a saved record, in one transaction."""
        if owner_kind not in ATTACHMENT_OWNERS:
            raise ValidationError({"owner_kind": owner_kind})
        ids = []
        with self.write() as s:
            org_id = self._owner_org(s, owner_kind, owner_id)
            for f in staged:
                if s.get(AttachmentBlob, f.sha256) is None:
                    raise NotFound(f.filename)
                att = Attachment(owner_kind=owner_kind, owner_id=owner_id, filename=f.filename,
                                 mime_type=f.mime_type, size=f.size, sha256=f.sha256,
                                 caption="", org_id=org_id, created_by=self.actor.user_id,
                                 updated_by=self.actor.user_id)
                s.add(att)
                s.flush()
                self.audit(s, AuditAction.CREATE, "attachment", att.id, f.filename, org_id=org_id)
                ids.append(att.id)
        return ids

    def add(self, owner_kind: str, owner_id: str, filename: str, data: bytes) -> str:
        return self.link(owner_kind, owner_id, [self.stage(filename, data)])[0]

    def list(self, owner_kind: str, owner_id: str) -> list[AttachmentInfo]:
        with self.read() as s:
            rows = s.execute(
                select(Attachment.id, Attachment.filename, Attachment.mime_type, Attachment.size,
                       Attachment.sha256, Attachment.version)
                .where(Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id,
                       Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at))
            return [AttachmentInfo(*r) for r in rows]

    def data(self, sha256: str) -> bytes:
        with self.read() as s:
            blob = s.scalar(select(AttachmentBlob.data).where(AttachmentBlob.sha256 == sha256))
        if blob is None:
            raise NotFound(sha256)
        return blob

    def remove(self, attachment_id: str) -> None:
        """Tombstone the link; the content stays for sync and other links."""
        from app.models import utcnow

        with self.write() as s:
            att = s.get(Attachment, attachment_id)
            if att is None or att.deleted_at is not None:
                raise NotFound(attachment_id)
            att.deleted_at = utcnow()
            s.flush()
            self.audit(s, AuditAction.DELETE, "attachment", att.id, att.filename,
                       org_id=att.org_id)

    def prune_unlinked(self, keep: set[str] = frozenset()) -> int:
        """Delete blobs that no attachment and no saved draft refers to (a discarded draft's files)."""
        with self.write() as s:
            linked = set(s.scalars(select(Attachment.sha256).distinct()))
            for payload in s.scalars(select(FormDraft.payload)):
                linked.update(h for h in _hashes_in(payload))
            linked |= set(keep)
            orphans = [h for h in s.scalars(select(AttachmentBlob.sha256)) if h not in linked]
            if orphans:
                s.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256.in_(orphans)))
            return len(orphans)

    def count(self) -> int:
        with self.read() as s:
            return s.scalar(select(func.count()).select_from(Attachment))

    @staticmethod
    def _owner_org(s, owner_kind: str, owner_id: str) -> str:
        if owner_kind == "signalement":
            org = s.scalar(select(Signalement.org_id).where(Signalement.id == owner_id))
        else:
            from app.models import ConflictCase, WelfareEntry

            model = ConflictCase if owner_kind == "conflict_case" else WelfareEntry
            org = s.scalar(select(model.org_id).where(model.id == owner_id))
        if org is None:
            raise NotFound(owner_id)
        return org


def _hashes_in(payload: str) -> list[str]:
    import json

    try:
        data = json.loads(payload)
    except ValueError:
        return []
    return [f.get("sha256", "") for f in data.get("attachments", []) if isinstance(f, dict)]


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") if size % (1024 * 1024) else str(
        size // (1024 * 1024))
