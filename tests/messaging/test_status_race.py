"""WhatsApp status webhooks processed at the same time still move each message forward only."""

from __future__ import annotations

import asyncio
import uuid

from app.accounts.models import Role
from app.leads.services import create_lead
from app.messaging.models import MessageDirection, MessageStatus, WhatsAppConfig, WhatsAppMessage
from app.messaging.services import apply_status
from tests.support import GraphQLClient, make_org, make_user


async def test_concurrent_read_sent_delivered_end_at_read(client) -> None:
    org = await make_org()
    user, token = await make_user(org, role=Role.MEMBER)
    config = await WhatsAppConfig.create(
        organization=org, phone_number_id="race-1", business_account_id="waba-1", access_token="t"
    )
    lead = await create_lead(org.id, full_name="Race Lead", email="race@example.com", actor_id=user.id)
    wamids = [f"wamid.race.{uuid.uuid4().hex}" for _ in range(12)]
    for wamid in wamids:
        await WhatsAppMessage.create(
            organization=org,
            lead=lead,
            direction=MessageDirection.OUT,
            status=MessageStatus.SENT,
            meta_message_id=wamid,
        )
    updates = [
        {"id": wamid, "status": status, "timestamp": "1767225600"}
        for wamid in wamids
        for status in ("read", "sent", "delivered")
    ]
    outcomes = await asyncio.gather(*(apply_status(config, update) for update in updates))
    assert outcomes.count("applied") >= 12  # each message moved at least once; none moved back
    gql = GraphQLClient(client, token)
    counts = await gql.data(
        "{ read: messages(filter: {status: READ}) { totalCount } "
        "delivered: messages(filter: {status: DELIVERED}) { totalCount } }"
    )
    assert counts == {"read": {"totalCount": 12}, "delivered": {"totalCount": 0}}
    stamped = await WhatsAppMessage.filter(read_at__isnull=False, delivered_at__isnull=False).count()
    assert stamped == 12  # every status's time is kept, forward or not
