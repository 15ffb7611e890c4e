"""Queue and send mail. Bodies are encrypted in the outbox; Redis only ever sees the outbox id."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import smtplib
import ssl
import uuid
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import unquote, urlsplit

from app.jobs import Job, JobKind, RetryLater, enqueue, handler
from app.mail.models import MailStatus, OutboxMail
from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
from app.settings import Settings, get_settings
from app.text import one_address

log = logging.getLogger("quantix.mail")
PURGE_AFTER = dt.timedelta(days=30)


# RFC 5322 specials other than "@", whitespace and control characters: each can make one header value name several
# mailboxes (a list "a@x, b@y", a group "g: a@x;"), a display name ("<a@x>"), a comment or a quoted string.
async def send_mail(
    to: str, subject: str, text: str, *, kind: str, organization_id: uuid.UUID | None = None
) -> OutboxMail:
    """Record the mail and queue its delivery. A recipient that is not exactly one address (`one_address`) is a
    caller's bug, refused here so that no mail ever goes to a list: callers check addresses where they enter."""
    if not one_address(to):
        raise ValueError("A mail goes to exactly one address.")
    mail = await OutboxMail.create(
        to_address=to,
        to_bidx=blind_index(PLATFORM_SCOPE, "email", normalize_email(to)),
        subject=subject,
        body_text=text,
        kind=kind,
        organization_id=organization_id,
    )
    await enqueue(JobKind.MAIL, {"mail_id": str(mail.id)}, organization_id=organization_id)
    return mail


def _smtp_send(settings: Settings, mail: OutboxMail) -> None:
    url = urlsplit(settings.smtp_url or "")
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Message-ID"] = make_msgid(domain="quantix.local")
    message.set_content(mail.body_text)
    host, port = url.hostname or "localhost", url.port or (465 if url.scheme == "smtps" else 25)
    if url.scheme == "smtps":
        client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=10, context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(host, port, timeout=10)
    with client:
        if url.scheme == "smtp" and client.has_extn("starttls") and settings.is_production:
            client.starttls(context=ssl.create_default_context())
        if url.username:
            client.login(unquote(url.username), unquote(url.password or ""))
        client.send_message(message, to_addrs=[mail.to_address])  # the envelope: that one address, whatever the header


@handler(JobKind.MAIL)
async def deliver(job: Job) -> dict[str, str]:
    settings = get_settings()
    mail = await OutboxMail.get_or_none(id=job.payload["mail_id"])
    if mail is None or mail.status in (MailStatus.SENT, MailStatus.KEPT):
        return {"status": "nothing to do"}
    mail.attempts += 1
    if not settings.smtp_url:
        mail.status = MailStatus.KEPT
        await mail.save()
        log.info("mail kept in the outbox (no SMTP_URL)", extra={"mail_id": str(mail.id), "mail_kind": mail.kind})
        return {"status": MailStatus.KEPT.value}
    try:
        await asyncio.to_thread(_smtp_send, settings, mail)
    except (OSError, smtplib.SMTPException) as exc:
        await mail.save()
        log.warning("mail delivery failed", extra={"mail_id": str(mail.id), "error": type(exc).__name__})
        raise RetryLater(min(600, 15 * 2**mail.attempts), "the mail server did not accept the message") from None
    mail.status = MailStatus.SENT
    mail.sent_at = dt.datetime.now(dt.UTC)
    await mail.save()
    return {"status": MailStatus.SENT.value}


async def purge_sent_mail(now: dt.datetime | None = None) -> int:
    cutoff = (now or dt.datetime.now(dt.UTC)) - PURGE_AFTER
    return await OutboxMail.filter(created_at__lt=cutoff, status__in=[MailStatus.SENT, MailStatus.KEPT]).delete()
