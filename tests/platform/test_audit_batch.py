"""A batch of audit events written in one INSERT (fields every row shares sent once) stores what one
`record` per event stores."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from app.accounts.models import Organization
from app.audit.models import AuditEvent
from app.audit.services import record, record_many
from app.request_context import RequestInfo, reset_request, set_request


def _stored(event: AuditEvent) -> tuple[Any, ...]:
    return (
        event.organization_id,
        event.actor_user_id,
        event.actor_token_id,
        event.actor_session_id,
        event.webhook_subscription_id,
        event.action,
        event.target_type,
        event.target_id,
        event.subject_bidx,
        event.ip_address,
        event.details,
        event.request_id,
    )


@pytest.mark.sqlite
async def test_a_batch_stores_what_one_record_per_event_stores() -> None:
    org = await Organization.create(name="Audit Co", slug=f"audit-{uuid.uuid4().hex[:6]}")
    actor, other, session = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    token = set_request(RequestInfo(request_id="req-1", client_ip="203.0.113.7", user_id=actor, session_id=session))
    try:
        targets = [uuid.uuid4() for _ in range(3)]
        await record_many(
            [
                {"target_id": targets[0]},
                {"target_id": targets[1], "details": {"why": "a reason"}},
                {"target_id": targets[2], "actor_user_id": other},  # an event's own actor wins for that event
            ],
            action="lead.contact_read",
            target_type="Lead",
            organization_id=org.id,
        )
        await record_many(
            [
                {"action": "lead.exported", "organization_id": org.id, "target_id": t, "actor_user_id": None}
                for t in targets
            ]
        )
        stored = await AuditEvent.filter(organization_id=org.id)
        batch = {(e.action, e.target_id): _stored(e) for e in stored}
        assert len({e.id for e in stored}) == 6 and {e.id.version for e in stored} == {4}  # a new random id each
        await AuditEvent.filter(organization_id=org.id).delete()
        for i, target in enumerate(targets):
            await record(
                "lead.contact_read",
                organization_id=org.id,
                target_type="Lead",
                target_id=target,
                details={"why": "a reason"} if i == 1 else None,
                actor_user_id=other if i == 2 else None,
            )
            exported = await record("lead.exported", organization_id=org.id, target_id=target)
            exported.actor_user_id = None  # `record` fills a missing actor from the request; the batch was given None
            await exported.save()
        single = {(e.action, e.target_id): _stored(e) for e in await AuditEvent.filter(organization_id=org.id)}
    finally:
        reset_request(token)
    assert len(batch) == 6 and batch == single
    assert batch[("lead.contact_read", str(targets[0]))][9] == "203.0.113.7"  # the IP, sealed at rest, reads back


@pytest.mark.sqlite
async def test_a_batch_whose_events_differ_in_nothing_stores_one_row_each() -> None:
    org = await Organization.create(name="Audit Co", slug=f"audit-{uuid.uuid4().hex[:6]}")
    await record_many([{}, {}, {}], action="lead.contact_read", target_type="Lead", organization_id=org.id)
    stored = await AuditEvent.filter(organization_id=org.id)
    assert len(stored) == 3 and len({e.id for e in stored}) == 3
