"""Shared queries and helpers for the privacy request tests."""

from __future__ import annotations

import re

from app.mail.models import OutboxMail
from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
from tests.support import assert_no_jobs_left

SUBMIT = """
mutation($input: SubmitPrivacyRequestInput!) {
  submitPrivacyRequest(input: $input) {
    privacyRequest { id type status confirmationCode statusUrl receivedAt dueAt }
    errors { field code message }
  }
}"""

VERIFY = """
mutation($input: VerifyPrivacyRequestInput!) {
  verifyPrivacyRequest(input: $input) {
    privacyRequest { id type status verifiedAt dueAt completedAt }
    errors { field code message }
  }
}"""

FIELDS = """id type subjectKind status receivedAt verifiedAt dueAt completedAt scheduledFor confirmationCode
statusUrl outcome overdue extensions { days reason } rejectionReason"""

APPROVE = (
    "mutation($input: ApprovePrivacyRequestInput!) { approvePrivacyRequest(input: $input) { privacyRequest { "
    + FIELDS
    + " } errors { field code message } } }"
)
REJECT = (
    "mutation($input: RejectPrivacyRequestInput!) { rejectPrivacyRequest(input: $input) { privacyRequest { "
    + FIELDS
    + " } errors { field code message } } }"
)
EXTEND = (
    "mutation($input: ExtendPrivacyRequestInput!) { extendPrivacyRequest(input: $input) { privacyRequest { "
    + FIELDS
    + " } errors { field code message } } }"
)
QUEUE = (
    "query($filter: PrivacyRequestFilter) { privacyRequests(filter: $filter) { totalCount edges { node { "
    + FIELDS
    + " } } } }"
)

SIX_DIGITS = re.compile(r"(?<!\d)\d{6}(?!\d)")


async def mails_to(address: str, kind: str | None = None) -> list[OutboxMail]:
    bidx = blind_index(PLATFORM_SCOPE, "email", normalize_email(address))
    qs = OutboxMail.filter(to_bidx=bidx).order_by("created_at")
    if kind is not None:
        qs = qs.filter(kind=kind)
    return await qs


async def last_code(address: str) -> str:
    mails = await mails_to(address, "privacy.verification")
    assert mails, f"no verification mail to {address}"
    runs = SIX_DIGITS.findall(mails[-1].body_text)
    assert len(runs) == 1
    return runs[0]


async def submit(gql, slug: str, email: str, type: str = "ACCESS", **extra: str):  # type: ignore[no-untyped-def]
    body = await gql(SUBMIT, {"input": {"organizationSlug": slug, "type": type, "email": email, **extra}})
    return body["data"]["submitPrivacyRequest"]


async def submit_and_verify(gql, slug: str, email: str, type: str = "ACCESS", **extra: str):  # type: ignore[no-untyped-def]
    created = await submit(gql, slug, email, type, **extra)
    assert created["errors"] == []
    code = await last_code(email)
    result = await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    payload = result["data"]["verifyPrivacyRequest"]
    assert payload["errors"] == [], payload
    return payload["privacyRequest"]


async def run_jobs(rounds: int = 100) -> None:
    """The fast path: run every queued job to the end, the jobs those jobs enqueue included, straight from
    the Job table (test_worker.py runs them through a real arq worker); fails when jobs are still pending
    after `rounds` rounds. In-process (SQLite) the backend drains itself."""
    from app.jobs import queue
    from app.jobs.models import Job, JobStatus

    backend = queue.backend()
    if isinstance(backend, queue.InProcessBackend):
        await backend.drain(30)
        return
    for _ in range(rounds):
        pending = await Job.filter(status__in=[JobStatus.QUEUED, JobStatus.RETRYING]).order_by("created_at")
        if not pending:
            return
        for job in pending:
            try:
                await queue.run_job(job.id)
            except queue.RetryLater:
                continue
    assert_no_jobs_left(await Job.filter(status__in=[JobStatus.QUEUED, JobStatus.RETRYING]), rounds)
