"""The WhatsApp inbox in GraphQL: conversations (Node), the inbox's member actions and message media."""

from __future__ import annotations

import datetime as dt
import uuid

import strawberry
from strawberry.types import Info

from app.accounts.models import User
from app.errors import DomainError, ErrorCode
from app.leads.models import Lead
from app.messaging import inbox
from app.messaging.inbox_models import Conversation, ConversationStatus
from schema.accounts.types import UserType
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.leads.types import LeadType, lead_node
from schema.messaging.access import ANSWER, READ, SEND
from schema.messaging.media_types import WhatsAppMediaType
from schema.messaging.queries import message_connection
from schema.messaging.types import WhatsAppMessageType
from schema.relay import (
    Connection,
    Node,
    PageArgs,
    connection_args,
    connection_field,
    filter_pk,
    from_row,
    id_input,
    paginate,
    pk_of,
    register_node,
    rows_loader,
)

ConversationStatusEnum = strawberry.enum(
    ConversationStatus, name="ConversationStatus", description="CLOSED until the lead writes again."
)


@strawberry.type(name="Conversation", description="A lead's WhatsApp thread in the team inbox.")
class ConversationType(Node):
    status: ConversationStatusEnum  # type: ignore[valid-type]
    unread_count: int = strawberry.field(description="Inbound messages since anyone's last markConversationRead.")
    last_message_at: dt.datetime
    window_expires_at: dt.datetime | None = strawberry.field(
        description="The lead's last message + 24 h: free replies are possible until then."
    )
    created_at: dt.datetime
    pk: strawberry.Private[uuid.UUID]
    lead_pk: strawberry.Private[uuid.UUID]
    assignee_pk: strawberry.Private[uuid.UUID | None]
    organization_pk: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The lead (null once erased).")
    async def lead(self, info: Info) -> LeadType | None:
        row = await Lead.for_org(self.organization_pk).get_or_none(id=self.lead_pk)
        return await lead_node(ctx(info), row) if row else None

    @strawberry.field(description="The member who answers this conversation.")
    async def assignee(self) -> UserType | None:
        if self.assignee_pk is None:
            return None
        user = await User.get_or_none(id=self.assignee_pk)
        return UserType.from_model(user) if user else None

    @strawberry.field(description="The conversation's messages, newest first.")
    @connection_args
    async def messages(self, info: Info, *, page: PageArgs) -> Connection[WhatsAppMessageType]:
        return await message_connection(self.organization_pk, page, lead_pk=self.lead_pk)  # the lead's timeline

    @classmethod
    def from_model(cls, row: Conversation) -> ConversationType:
        return from_row(
            cls,
            row,
            window_expires_at=inbox.window_expires_at(row),
            pk=row.id,
            lead_pk=row.lead_id,
            assignee_pk=row.assignee_id,
            organization_pk=row.organization_id,
        )


register_node("Conversation", rows_loader(Conversation, ConversationType.from_model), scope="leads:read")


@strawberry.input(name="ConversationFilter", description="Every field is optional; given fields must all match.")
class ConversationFilterInput:
    assignee_id: strawberry.ID | None = None
    status: ConversationStatusEnum | None = None  # type: ignore[valid-type]
    unread: bool | None = strawberry.field(default=None, description="true: unreadCount > 0; false: = 0.")


@strawberry.type
class Query:
    @connection_field(READ, "The team's WhatsApp conversations, most recent message first.")
    async def conversations(
        self, info: Info, filter: ConversationFilterInput | None = None, *, page: PageArgs
    ) -> Connection[ConversationType]:
        flt = filter or ConversationFilterInput()
        assignee_pk, matches_nothing = filter_pk(flt.assignee_id, "User")
        qs = inbox.conversations_query(
            ctx(info).organization_id, assignee_id=assignee_pk, status=flt.status, unread=flt.unread
        )
        if matches_nothing:
            qs = qs.filter(id__isnull=True)
        key = f"conv|{flt.assignee_id}|{flt.status and flt.status.value}|{flt.unread}"
        return await paginate(qs, page, ConversationType.from_model, order_field="last_message_at", filter_key=key)


@strawberry.input
class AssignConversationInput:
    id: strawberry.ID
    assignee_id: strawberry.ID | None = strawberry.field(default=None, description="A MEMBER or above; null: nobody.")


CloseConversationInput = id_input("CloseConversationInput")
MarkConversationReadInput = id_input("MarkConversationReadInput")

AssignConversationPayload = payload_type("AssignConversationPayload", conversation=ConversationType)
CloseConversationPayload = payload_type("CloseConversationPayload", conversation=ConversationType)
MarkConversationReadPayload = payload_type("MarkConversationReadPayload", conversation=ConversationType)


@strawberry.type
class Mutation:
    @payload_mutation(ANSWER, "Give a conversation to a member (or nobody).")
    async def assign_conversation(self, info: Info, input: AssignConversationInput) -> AssignConversationPayload:
        assignee = None
        if input.assignee_id is not None:
            assignee = pk_of(input.assignee_id, "User")
            if assignee is None:
                raise DomainError(ErrorCode.NOT_FOUND, "No such member of this organisation.", field="assigneeId")
        organization_id, actor_id = org_and_actor(info)
        row = await inbox.assign_conversation(
            organization_id, pk_of(input.id, "Conversation"), assignee, actor_id=actor_id
        )
        return AssignConversationPayload(conversation=ConversationType.from_model(row))

    @payload_mutation(ANSWER, "Close a conversation until the lead writes again.")
    async def close_conversation(self, info: Info, input: CloseConversationInput) -> CloseConversationPayload:
        organization_id, actor_id = org_and_actor(info)
        row = await inbox.close_conversation(organization_id, pk_of(input.id, "Conversation"), actor_id=actor_id)
        return CloseConversationPayload(conversation=ConversationType.from_model(row))

    @payload_mutation(SEND, "Mark the conversation read for the whole team (unreadCount back to 0).")
    async def mark_conversation_read(self, info: Info, input: MarkConversationReadInput) -> MarkConversationReadPayload:
        row = await inbox.mark_conversation_read(ctx(info).organization_id, pk_of(input.id, "Conversation"))
        return MarkConversationReadPayload(conversation=ConversationType.from_model(row))


types = [ConversationType, WhatsAppMediaType]
