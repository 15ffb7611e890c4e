"""The WhatsApp inbox: one conversation per lead, the Click-to-WhatsApp referral that brought the lead, and
inbound media (the bytes live encrypted under QUANTIX_MEDIA_DIR, each file under its own data key kept here:
deleting the row, with the lead or by retention, makes the file unreadable at once)."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, DataMapFieldSource, classify, not_personal
from app.orm import TenantModel, Updated
from app.security.fields import EncryptedTextField


class ConversationStatus(enum.Enum):
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class Conversation(TenantModel, Updated):
    """A lead's WhatsApp thread. `unread_count` counts inbound messages since anyone's last read."""

    lead: Any = fields.OneToOneField("models.Lead", related_name="conversation", on_delete=fields.CASCADE)
    assignee: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    status = fields.CharEnumField(ConversationStatus, max_length=8, default=ConversationStatus.OPEN)
    unread_count = fields.IntField(default=0, db_default=0)
    last_message_at = fields.DatetimeField()  # newest message either way: the inbox is ordered by it
    last_inbound_at = fields.DatetimeField(null=True)
    last_read_at = fields.DatetimeField(null=True)
    # The sender's business-scoped user id (META-2 §12: contacts may come without a phone number).
    wa_user = EncryptedTextField(
        DataCategory.LEAD_CONTACT, export="WhatsApp user id", null=True, sources=(DataMapFieldSource.WHATSAPP,)
    )
    wa_user_bidx = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "conversation"
        indexes = (("organization", "last_message_at", "id"), ("organization", "wa_user_bidx"))


class LeadReferral(TenantModel):
    """The Click-to-WhatsApp ad (or post) of the lead's first message; never overwritten."""

    lead: Any = fields.OneToOneField("models.Lead", related_name="referral", on_delete=fields.CASCADE)
    source_type = not_personal(fields.CharField(max_length=16))  # "ad" or "post"
    source_id = not_personal(fields.CharField(max_length=64, null=True))  # the ad's id
    source_url = not_personal(fields.CharField(max_length=2048, null=True))  # the ad's public link
    headline = not_personal(fields.CharField(max_length=500, null=True))  # the advertiser's own headline
    ctwa_clid = EncryptedTextField(DataCategory.META_ADS_DATA, export="Click-to-WhatsApp click id", null=True)
    attributed = fields.BooleanField(default=False)  # the ad belongs to one of this organisation's ad accounts

    class Meta:
        table = "lead_referral"


class MediaKind(enum.Enum):
    IMAGE = "IMAGE"
    DOCUMENT = "DOCUMENT"
    AUDIO = "AUDIO"
    VIDEO = "VIDEO"
    STICKER = "STICKER"


class MediaStatus(enum.Enum):
    PENDING = "PENDING"
    STORED = "STORED"
    FAILED = "FAILED"


class WhatsAppMedia(TenantModel):
    """An inbound attachment: metadata here, the encrypted bytes in a file named by `storage_name`."""

    message: Any = fields.OneToOneField("models.WhatsAppMessage", related_name="media", on_delete=fields.CASCADE)
    lead: Any = fields.ForeignKeyField("models.Lead", related_name="whatsapp_media", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(MediaKind, max_length=16)
    status = fields.CharEnumField(MediaStatus, max_length=8, default=MediaStatus.PENDING)
    meta_media_id = not_personal(fields.CharField(max_length=128))  # Meta's opaque media id
    mime_type = classify(fields.CharField(max_length=255, null=True), DataCategory.MEDIA, export="Media type")
    size_bytes = classify(fields.BigIntField(null=True), DataCategory.MEDIA, export="Media size (bytes)")
    filename = EncryptedTextField(DataCategory.MEDIA, export="Media file name", null=True)
    caption = EncryptedTextField(DataCategory.MEDIA, export="Media caption", null=True)
    sha256 = not_personal(fields.CharField(max_length=128, null=True))  # Meta's digest of the file
    # The file's own AES-GCM key (sealed by the keyring): without it the file is noise, so erasure, retention
    # (delete or anonymise) and a lead's deletion make the bytes unreadable at once. Never exported.
    data_key = EncryptedTextField(DataCategory.MEDIA, export=None, null=True)
    storage_name = not_personal(fields.CharField(max_length=64, null=True))  # random file name, no data
    error = not_personal(fields.CharField(max_length=300, null=True))  # why the download failed, no data
    stored_at = fields.DatetimeField(null=True)

    class Meta:
        table = "whatsapp_media"
        indexes = (("organization", "lead"),)
