"""Inbound WhatsApp media: signed media webhooks from the Meta emulator, the MEDIA_DOWNLOAD job (media id ->
URL -> bytes, limits), encrypted storage under QUANTIX_MEDIA_DIR, `GET /media/{token}` (signed, 15 minutes,
audited, attachment unless JPEG/PNG/WebP), failures recorded, and the bytes gone with the lead."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import httpx

from app.audit.models import AuditEvent
from app.classification import DataCategory
from app.leads.models import Lead
from app.messaging import media as media_service
from app.messaging.inbox_models import MediaStatus, WhatsAppMedia
from app.privacy.erasure_models import RetentionAction
from app.privacy.export import subject_sources
from app.privacy.retention import set_retention_rule, sweep
from app.settings import get_settings
from tests.messaging.conftest import WA, run_jobs

MEDIA_QUERY = """
query { conversations(first: 5) { edges { node { lead { id phone } messages(first: 10) { edges { node {
  direction status body media { kind status mimeType sizeBytes filename caption url error } } } } } } } }
"""
PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(2048)
PDF = b"%PDF-1.7\n" + os.urandom(4096) + b"\n%%EOF"


async def media_of(wa: WA) -> list[dict[str, Any]]:
    data = await wa.gql.data(MEDIA_QUERY)
    return [
        m["node"]["media"]
        for conv in data["conversations"]["edges"]
        for m in conv["node"]["messages"]["edges"]
        if m["node"]["media"] is not None
    ]


def stored_files(wa: WA) -> list[Path]:
    folder = Path(get_settings().media_dir) / str(wa.org.id)
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


async def test_an_inbound_image_is_stored_encrypted_and_served_by_a_signed_link(wa: WA) -> None:
    await wa.configure()
    image = wa.meta.add_media(PNG, "image/png")
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991001", media=image, media_type="image", caption="Befund"))
    [item] = await media_of(wa)
    assert {k: item[k] for k in ("kind", "status", "mimeType", "sizeBytes", "caption", "error")} == {
        "kind": "IMAGE",
        "status": "STORED",
        "mimeType": "image/png",
        "sizeBytes": len(PNG),
        "caption": "Befund",
        "error": None,
    }
    # At rest: one file, not the bytes Meta sent.
    [path] = stored_files(wa)
    assert PNG[8:64] not in path.read_bytes()

    head = await wa.http.head(item["url"])  # a HEAD is not a download: not audited
    assert head.status_code == 200 and head.content == b""
    response = await wa.http.get(item["url"])
    assert response.status_code == 200 and response.content == PNG
    assert response.headers["content-type"] == "image/png"
    assert response.headers["content-disposition"].startswith("inline")  # PNG may show inline
    assert response.headers["content-security-policy"] == "sandbox"
    assert response.headers["x-content-type-options"] == "nosniff"
    reads = await AuditEvent.filter(organization_id=wa.org.id, action="lead.contact_read", target_type="Lead")
    assert [e.details.get("mediaId") for e in reads if e.details and e.details.get("via") == "media_link"] == [
        str((await WhatsAppMedia.get(organization_id=wa.org.id)).id)
    ]
    # The link is not stored anywhere: no column holds the token.
    token = item["url"].rsplit("/", 1)[1]
    rows = await WhatsAppMedia.filter(organization_id=wa.org.id).values()
    assert not any(token in str(v) for row in rows for v in row.values())


async def test_documents_and_audio_download_as_attachments(wa: WA) -> None:
    await wa.configure()
    pdf = wa.meta.add_media(PDF, "application/pdf")
    await wa.webhook(
        wa.meta.whatsapp_inbound(
            "4915199991002", media=pdf, media_type="document", filename="Befund 2026.pdf", with_url=False
        )
    )
    voice = wa.meta.add_media(b"OggS" + os.urandom(1000), "audio/ogg; codecs=opus")
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991002", media=voice, media_type="audio"))
    by_kind = {m["kind"]: m for m in await media_of(wa)}
    assert by_kind["DOCUMENT"]["filename"] == "Befund 2026.pdf"
    assert by_kind["AUDIO"]["status"] == "STORED"
    doc = await wa.http.get(by_kind["DOCUMENT"]["url"])
    assert doc.content == PDF
    assert doc.headers["content-disposition"] == 'attachment; filename="Befund 2026.pdf"'
    audio = await wa.http.get(by_kind["AUDIO"]["url"])
    assert audio.headers["content-disposition"].startswith("attachment")


async def test_links_expire_after_15_minutes_and_cannot_be_forged(wa: WA) -> None:
    await wa.configure()
    image = wa.meta.add_media(PNG, "image/jpeg")
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991003", media=image))
    [item] = await media_of(wa)
    row = await WhatsAppMedia.get(organization_id=wa.org.id)
    old = media_service.mint_link(
        row.id, user_id=None, token_id=None, now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16)
    )
    assert (await wa.http.get(old)).status_code == 410
    fresh = media_service.mint_link(
        row.id, user_id=None, token_id=None, now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=14)
    )
    assert (await wa.http.get(fresh)).status_code == 200
    token = item["url"].rsplit("/", 1)[1]
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert (await wa.http.get(f"/media/{forged}")).status_code == 404
    assert (await wa.http.get("/media/not-a-token")).status_code == 404


async def test_media_over_metas_limits_is_a_recorded_failure(wa: WA) -> None:
    await wa.configure()
    # Meta says 6 MB for an image (limit 5 MB): refused before any byte is read.
    big = wa.meta.add_media(PNG, "image/jpeg", declared_size=6 * 1024 * 1024)
    # A sticker whose declared size lies: the body itself passes 500 KB and the read stops there.
    liar = wa.meta.add_media(os.urandom(600 * 1024), "image/webp", declared_size=1000)
    response = await wa.meta.post_webhook(wa.http, wa.meta.whatsapp_inbound("4915199991004", media=big))
    assert response.status_code == 200
    await run_jobs()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991004", media=liar, media_type="sticker"))
    by_kind = {m["kind"]: m for m in await media_of(wa)}
    for kind in ("IMAGE", "STICKER"):
        assert by_kind[kind]["status"] == "FAILED"
        assert by_kind[kind]["url"] is None
        assert "limit" in by_kind[kind]["error"]
    assert stored_files(wa) == []
    # The message itself is on the timeline.
    assert await WhatsAppMedia.filter(organization_id=wa.org.id, status=MediaStatus.FAILED).count() == 2


async def test_static_stickers_have_a_smaller_limit_than_animated_ones(wa: WA) -> None:
    await wa.configure()
    webp = os.urandom(150 * 1024)  # over 100 KB (static), under 500 KB (animated)
    for animated in (False, True):
        sticker = wa.meta.add_media(webp, "image/webp")
        await wa.webhook(
            wa.meta.whatsapp_inbound("4915199991008", media=sticker, media_type="sticker", animated=animated)
        )
    assert sorted(m["status"] for m in await media_of(wa)) == ["FAILED", "STORED"]


async def test_media_is_erased_with_the_lead(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991005", media=wa.meta.add_media(PNG, "image/png")))
    [item] = await media_of(wa)
    assert len(stored_files(wa)) == 1
    lead = await Lead.get(organization_id=wa.org.id)
    erased = await wa.gql.data(
        "mutation($id: ID!) { deleteLead(input: {id: $id}) { errors { code } } }",
        {"id": (await wa.gql.data(MEDIA_QUERY))["conversations"]["edges"][0]["node"]["lead"]["id"]},
    )
    assert erased["deleteLead"]["errors"] == []
    assert not await WhatsAppMedia.filter(lead_id=lead.id).exists()
    assert stored_files(wa) == []
    assert (await wa.http.get(item["url"])).status_code == 404


async def test_retention_of_media_deletes_rows_and_then_files(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991006", media=wa.meta.add_media(PNG, "image/png")))
    await set_retention_rule(wa.org.id, DataCategory.MEDIA, 30, RetentionAction.DELETE)
    await Lead.filter(organization_id=wa.org.id).update(
        last_activity_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    )
    await sweep(wa.org.id)
    assert await Lead.filter(organization_id=wa.org.id).count() == 1  # the lead itself is kept (730 days)
    assert not await WhatsAppMedia.filter(organization_id=wa.org.id).exists()
    await media_service.daily_orphan_sweep()
    assert stored_files(wa) == []


async def test_the_access_export_lists_media_metadata(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(
        wa.meta.whatsapp_inbound(
            "4915199991007", media=wa.meta.add_media(PDF, "application/pdf"), media_type="document", filename="a.pdf"
        )
    )
    lead = await Lead.get(organization_id=wa.org.id)
    sources = subject_sources("LEAD", lead.id, wa.org.id)[DataCategory.MEDIA]
    [source] = [s for s in sources if s.model is WhatsAppMedia]
    assert {e.field_name for e in source.entries} == {"mime_type", "size_bytes", "filename", "caption"}
    assert await WhatsAppMedia.filter(source.where).count() == 1

    # The export also holds a copy of the file itself (Art. 15(3)), listed in the manifest like any file.
    import io
    import json
    import uuid
    import zipfile
    from types import SimpleNamespace

    from app.privacy.export import ExportFormat, build_zip

    out = io.BytesIO()
    request = SimpleNamespace(id=uuid.uuid4(), organization_id=wa.org.id, confirmation_code="TEST")
    await build_zip(request, "LEAD", lead.id, ExportFormat.JSON, None, out)  # type: ignore[arg-type]
    archive = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    [name] = [n for n in archive.namelist() if n.startswith("files/media/")]
    assert name.endswith(".pdf") and archive.read(name) == PDF
    entry = next(f for f in json.loads(archive.read("manifest.json"))["files"] if f["path"] == name)
    assert entry["category"] == "MEDIA" and entry["purposes"] == ["MESSAGING"]


async def test_the_emulator_media_url_needs_the_token_and_expires(wa: WA) -> None:
    image = wa.meta.add_media(PNG, "image/png")
    token = wa.meta.system_user_token()
    async with httpx.AsyncClient(transport=wa.meta.transport(), base_url="https://graph.facebook.com") as http:
        meta = (await http.get(f"/v25.0/{image['id']}", headers={"authorization": f"Bearer {token}"})).json()
        assert meta["file_size"] == str(len(PNG)) and meta["mime_type"] == "image/png"
        assert (await http.get(meta["url"])).status_code == 401
        ok = await http.get(meta["url"], headers={"authorization": f"Bearer {token}"})
        assert ok.content == PNG
        wa.meta.advance(301)
        late = await http.get(meta["url"], headers={"authorization": f"Bearer {token}"})
        assert late.status_code == 404
        wa.meta.advance(31 * 86400)
        gone = await http.get(f"/v25.0/{image['id']}", headers={"authorization": f"Bearer {token}"})
        assert gone.status_code == 400 and gone.json()["error"]["code"] == 100


async def test_media_meta_no_longer_has_is_a_recorded_failure(wa: WA) -> None:
    await wa.configure()
    gone = {"id": "2754859441498128", "mime_type": "image/jpeg", "sha256": "00" * 32}  # never stored at Meta
    await wa.webhook(wa.meta.whatsapp_inbound("4915199991009", media=gone, caption="lost"))
    [item] = await media_of(wa)
    assert item["status"] == "FAILED" and item["url"] is None and item["caption"] == "lost"
    assert item["error"].startswith("Meta error")
