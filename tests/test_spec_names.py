"""SPEC.md names, checked against the built schema so that a rename breaks CI, not the black-box suite.

Each table below is copied from SPEC.md (§3, §4, §6). Extras in our schema are fine; a missing or renamed
SPEC name, or an input field that SPEC says is nullable but we made non-null, is not.
"""

from __future__ import annotations

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
)

from schema import build_schema


@pytest.fixture(scope="module")
def gql_schema() -> GraphQLSchema:
    return build_schema()._schema


QUERIES = (
    "node nodes me sessions organization apiTokens metaConnection adAccounts campaigns campaign adSets ads "
    "leadForms leads lead privacyRequests myPrivacyRequests consents privacyPolicy retentionRules "
    "retentionPreview dataMap auditEvents integrationHealth job jobs webhookDeliveries"
).split()

# mutation -> SPEC input fields (empty tuple: the mutation takes no argument at all).
MUTATIONS: dict[str, tuple[str, ...]] = {
    "signUp": (
        "email",
        "password",
        "fullName",
        "phone",
        "jobTitle",
        "companyName",
        "birthDate",
        "acceptedPolicyVersion",
    ),
    "logIn": ("email", "password", "otp", "organizationId"),
    "logOut": (),
    "updateProfile": (),
    "changePassword": (),
    "revokeSession": ("id",),
    "beginMfaEnrollment": (),
    "confirmMfaEnrollment": ("code",),
    "disableMfa": ("code",),
    "regenerateRecoveryCodes": ("code",),
    "resetMemberMfa": ("userId",),
    "updateOrganization": (),
    "inviteMember": ("email", "role"),
    "acceptInvitation": (),
    "updateMemberRole": ("role",),
    "removeMember": (),
    "transferOwnership": (),
    "leaveOrganization": (),
    "switchOrganization": ("organizationId",),
    "requestPasswordReset": ("email",),
    "resetPassword": ("token", "newPassword"),
    "createApiToken": ("name", "scopes", "expiresAt"),
    "revokeApiToken": ("id",),
    "startMetaConnection": ("redirectUri",),
    "completeMetaConnection": ("grant",),
    "selectMetaAssets": ("adAccountIds", "pageIds"),
    "syncMeta": ("adAccountId", "since"),
    "disconnectMeta": ("purgeLeads",),
    "backfillLeads": ("formId", "since"),
    "createLead": (),
    "updateLead": ("id",),
    "setLeadStatus": ("id", "status"),
    "assignLead": ("id",),
    "addLeadNote": (),
    "tagLeads": ("leadIds", "add", "remove"),
    "deleteLead": ("id",),
    "importLeads": ("file",),
    "requestMyDataExport": ("format",),
    "requestAccountDeletion": ("password", "otp"),
    "cancelPrivacyRequest": ("id",),
    "submitPrivacyRequest": ("organizationSlug", "type", "email", "phone", "details"),
    "verifyPrivacyRequest": ("requestId", "code"),
    "approvePrivacyRequest": ("id", "corrections"),
    "rejectPrivacyRequest": ("id", "reason"),
    "extendPrivacyRequest": ("id", "days", "reason"),
    "setConsent": ("purpose", "granted"),
    "setLeadConsent": ("leadId", "purpose", "granted"),
    "objectToProcessing": ("kind", "leadId"),
    "acceptPrivacyPolicy": ("version",),
    "setRetentionRule": ("category", "days", "action"),
    "placeLegalHold": ("leadId", "userId", "reason"),
    "releaseLegalHold": ("id",),
    "flagMinor": ("userId", "leadId"),
    "recordUsageEvent": ("name", "path", "referrer"),
    "createWebhookSubscription": ("url", "events", "scopes"),
    "rotateWebhookSecret": ("id",),
    "testWebhook": ("id",),
    "redeliverWebhook": ("id",),
}

NO_ARGUMENT = {"logOut", "beginMfaEnrollment", "leaveOrganization"}

# SPEC §6: the only nullable input fields (plus every filter field and both sides of `{a | b}`).
NULLABLE = {
    ("signUp", "phone"),
    ("signUp", "jobTitle"),
    ("logIn", "otp"),
    ("logIn", "organizationId"),
    ("requestAccountDeletion", "otp"),
    ("createApiToken", "expiresAt"),
    ("syncMeta", "since"),
    ("backfillLeads", "since"),
    ("submitPrivacyRequest", "phone"),
    ("submitPrivacyRequest", "details"),
    ("objectToProcessing", "leadId"),
    ("placeLegalHold", "leadId"),
    ("placeLegalHold", "userId"),
    ("flagMinor", "userId"),
    ("flagMinor", "leadId"),
}

# mutation -> payload fields SPEC names (besides `errors`).
PAYLOADS: dict[str, tuple[str, ...]] = {
    "signUp": ("token", "user"),
    "logIn": ("token", "user"),
    "switchOrganization": ("token", "user"),
    "beginMfaEnrollment": ("secret", "otpauthUri"),
    "confirmMfaEnrollment": ("recoveryCodes",),
    "createApiToken": ("apiToken",),
    "revokeApiToken": ("apiToken",),
    "startMetaConnection": ("authorizeUrl",),
    "syncMeta": ("job",),
    "backfillLeads": ("job",),
    "importLeads": ("job",),
    "createLead": ("lead", "duplicate"),
    "updateLead": ("lead", "duplicate"),
    "setLeadStatus": ("lead",),
    "assignLead": ("lead",),
    "requestMyDataExport": ("privacyRequest", "job"),
    "requestAccountDeletion": ("privacyRequest",),
    "cancelPrivacyRequest": ("privacyRequest",),
    "submitPrivacyRequest": ("privacyRequest",),
    "verifyPrivacyRequest": ("privacyRequest",),
    "approvePrivacyRequest": ("privacyRequest",),
    "rejectPrivacyRequest": ("privacyRequest",),
    "extendPrivacyRequest": ("privacyRequest",),
    "setRetentionRule": ("retentionRule",),
    "createWebhookSubscription": ("webhookSubscription", "secret"),
    "sendWhatsAppMessage": ("message", "whatsAppMessage"),  # §4 names `message`, §6 the entity `whatsAppMessage`
    "deleteWorkflow": ("workflow", "deletedId"),
    "deleteDeal": ("deal", "deletedId"),
    "deletePipeline": ("pipeline", "deletedId"),
    "deleteTask": ("task", "deletedId"),
    "deleteCustomField": ("customField", "deletedId"),
    "deleteSavedView": ("savedView", "deletedId"),
}

TYPES: dict[str, tuple[str, ...]] = {
    "PrivacyRequest": (
        "id type subjectKind status receivedAt verifiedAt dueAt completedAt confirmationCode statusUrl outcome "
        "scheduledFor export"
    ).split(),
    "PrivacyExport": ("url", "expiresAt", "sizeBytes", "sha256"),
    "Lead": (
        "id fullName email phone status source platform campaign adSet ad form answers tags owner notes "
        "consents objections createdAt updatedAt duplicateOf"
    ).split(),
    "LeadAnswer": ("question", "values"),
    "Job": ("id", "kind", "status", "progress", "error", "startedAt", "finishedAt", "result"),
    "LeadEvent": ("kind", "leadId", "lead", "occurredAt"),
    "UserError": ("field", "code", "message"),
    "AuthPayload": ("token", "user", "errors"),
    "PageInfo": ("hasNextPage", "hasPreviousPage", "startCursor", "endCursor"),
    "LeadConnection": ("edges", "pageInfo", "totalCount"),
    "LeadEdge": ("cursor", "node"),
    "User": ("id", "memberships"),
    "Membership": ("organization", "role"),
    "Organization": ("id", "slug"),
    "Session": ("id", "userAgent", "firstSeenAt", "lastSeenAt"),
    "ApiToken": ("id", "name", "scopes", "expiresAt", "lastUsedAt"),
    "MetaConnection": ("status", "grantedScopes", "missingScopes", "expiresAt", "lastSyncedAt", "adAccounts", "pages"),
    "Campaign": ("id", "insights"),
    "CampaignInsights": ("impressions clicks spend reach ctr cpc cpm leads costPerLead series".split()),
    "PrivacyPolicy": ("version", "effectiveDate"),
    "RetentionRule": ("category", "days", "action"),
    "DataMapField": ("category", "encrypted", "exported", "retention"),
}

ENUMS: dict[str, tuple[str, ...]] = {
    "ErrorCode": (
        "INVALID_INPUT NOT_FOUND EMAIL_TAKEN PASSWORD_TOO_WEAK AGE_RESTRICTED POLICY_NOT_ACCEPTED "
        "INVALID_CREDENTIALS MFA_REQUIRED INVALID_OTP ACCOUNT_LOCKED DUPLICATE CONSENT_REQUIRED "
        "OBJECTION_RECORDED INTEGRATION_NOT_CONNECTED META_ERROR INVALID_STATE ALREADY_DONE SUBJECT_ERASED"
    ).split(),
    "Role": ("OWNER", "ADMIN", "MEMBER", "VIEWER"),
    "JobKind": (
        "META_SYNC LEAD_BACKFILL LEAD_IMPORT EXPORT ERASURE RETENTION_SWEEP KEY_ROTATION WEBHOOK_DELIVERY MAIL"
    ).split(),
    "JobStatus": ("QUEUED", "RUNNING", "RETRYING", "SUCCEEDED", "FAILED"),
    "DataCategory": (
        "LEAD_CONTACT LEAD_ANSWERS LEAD_NOTES MESSAGES AUDIT_EVENTS USAGE_EVENTS SESSIONS WEBHOOK_DELIVERIES "
        "META_ADS_DATA EXPORT_FILES"
    ).split(),
    "ConsentPurpose": ("ANALYTICS", "MARKETING_EMAIL", "WHATSAPP", "META_INTEGRATION"),
    "ObjectionKind": ("DIRECT_MARKETING", "AUTOMATED_DECISIONS"),
    "PrivacyRequestType": ("ACCESS", "PORTABILITY", "RECTIFICATION", "ERASURE", "OBJECTION", "CONSENT_WITHDRAWAL"),
    "PrivacyRequestStatus": (
        "PENDING_VERIFICATION VERIFIED SCHEDULED IN_PROGRESS COMPLETED REJECTED CANCELLED".split()
    ),
    "PrivacySubjectKind": ("ACCOUNT", "LEAD", "META_USER"),
    "LeadStatus": ("NEW", "CONTACTED", "QUALIFIED", "CONVERTED", "LOST"),
    "LeadSource": ("META_LEAD_ADS", "MANUAL", "API", "IMPORT"),
    "LeadEventKind": ("CREATED", "UPDATED", "ERASED"),
    "LeadOrderField": ("CREATED_AT", "UPDATED_AT", "STATUS"),
    "SortDirection": ("ASC", "DESC"),
    "MetaConnectionStatus": ("CONNECTED", "EXPIRING", "EXPIRED", "NEEDS_REAUTH", "REVOKED"),
    "InsightGranularity": ("DAY", "TOTAL"),
    "ExportFormat": ("JSON", "CSV"),
    "RetentionAction": ("DELETE", "ANONYMIZE"),
    "WebhookEventType": (
        "LEAD_CREATED LEAD_UPDATED LEAD_ERASED PRIVACY_REQUEST_COMPLETED META_CONNECTION_CHANGED".split()
    ),
}

# SPEC §7.7: "A new enum is named `<Type><Field>` (`DealStatus`, `PipelineStageKind`, `TaskStatus`,
# `NotificationKind`, `PrivacyRequestChannel`, `DataMapFieldSource`, `BroadcastStatus`, …) except `Purpose`,
# `LegalBasis`, `LeadExportFormat`." An input's type is its name without `Input` (`RecordsOfProcessingInput.format`
# -> `RecordsOfProcessingFormat`); an input taking the same values as an output field takes that field's enum.
SECTION_7_ENUMS: dict[str, str] = {
    "Deal.status": "DealStatus",
    "DealFilter.status": "DealStatus",
    "PipelineStage.kind": "PipelineStageKind",
    "Task.status": "TaskStatus",
    "TaskFilter.status": "TaskStatus",
    "TaskFilter.due": "TaskDue",
    "Notification.kind": "NotificationKind",
    "PrivacyRequest.channel": "PrivacyRequestChannel",
    "LogPrivacyRequestInput.channel": "PrivacyRequestChannel",
    "DataMapField.source": "DataMapFieldSource",
    "DataMapField.purposes": "Purpose",
    "DataMapField.legalBasis": "LegalBasis",
    "Broadcast.status": "BroadcastStatus",
    "LeadExport.format": "LeadExportFormat",
    "ExportLeadsInput.format": "LeadExportFormat",
    "RecordsOfProcessingInput.format": "RecordsOfProcessingFormat",
    "PerformanceReportInput.level": "PerformanceReportLevel",
    "UsageReportInput.groupBy": "UsageReportGroupBy",
    "WorkflowAction.kind": "WorkflowActionKind",
    "CreateTaskAction.assignee": "CreateTaskActionAssignee",
    "CreateTaskActionInput.assignee": "CreateTaskActionAssignee",
    "NotifyMembersAction.channels": "NotifyMembersActionChannel",
    "NotifyMembersActionInput.channels": "NotifyMembersActionChannel",
}

SECTION_7_ENUM_VALUES: dict[str, tuple[str, ...]] = {
    "PrivacyRequestChannel": ("WEB", "API", "EMAIL", "PHONE", "POST", "IN_PERSON", "META"),
    "DealStatus": ("OPEN", "WON", "LOST"),
    "PipelineStageKind": ("OPEN", "WON", "LOST"),
    "TaskStatus": ("OPEN", "DONE"),
    "TaskDue": ("OVERDUE", "TODAY", "UPCOMING", "NONE"),
    "UsageReportGroupBy": ("PAGE", "REFERRER", "DAY", "DEVICE"),
    "CreateTaskActionAssignee": ("LEAD_OWNER", "MEMBER"),
    "NotifyMembersActionChannel": ("EMAIL", "IN_APP"),
    "RecordsOfProcessingFormat": ("JSON", "CSV"),
    "BroadcastStatus": ("SCHEDULED", "RUNNING", "COMPLETED", "CANCELLED", "FAILED"),
}

# SPEC §7: a query whose arrow gives `rows {…}` returns the rows themselves, a plain list of its row type
# ("`usageReport(input)` → rows {key, events, users, sessions}"), not an object holding them.
SECTION_7_ROW_QUERIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "performanceReport": (
        "PerformanceRow",
        tuple(
            "campaign adSet ad spend metaLeads leads qualifiedLeads dealsWon revenue pipelineValue costPerLead "
            "costPerQualifiedLead roas".split()
        ),
    ),
    "usageReport": ("UsageReportRow", ("key", "events", "users", "sessions")),
}

FILTERS: dict[str, tuple[str, ...]] = {
    "leads": ("status source campaignId formId ownerId tag search createdAfter createdBefore".split()),
    "privacyRequests": ("status", "type", "overdue"),
    "jobs": ("kind", "status"),
}

CONNECTION_QUERIES = (
    "sessions apiTokens adAccounts campaigns adSets ads leadForms leads privacyRequests myPrivacyRequests "
    "auditEvents jobs webhookDeliveries"
).split()


def _input_type(gql_schema: GraphQLSchema, mutation: str) -> GraphQLInputObjectType:
    field = gql_schema.mutation_type.fields[mutation]  # type: ignore[union-attr]
    arg = field.args["input"]
    assert isinstance(arg.type, GraphQLNonNull), f"{mutation}(input:) must be non-null"
    named = get_named_type(arg.type)
    assert isinstance(named, GraphQLInputObjectType)
    assert named.name == mutation[0].upper() + mutation[1:] + "Input"
    return named


def test_spec_queries_exist(gql_schema: GraphQLSchema) -> None:
    missing = [name for name in QUERIES if name not in gql_schema.query_type.fields]  # type: ignore[union-attr]
    assert missing == []


def test_spec_subscription_exists(gql_schema: GraphQLSchema) -> None:
    assert "leadEvents" in gql_schema.subscription_type.fields  # type: ignore[union-attr]


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_spec_mutation_and_input_fields(gql_schema: GraphQLSchema, mutation: str) -> None:
    fields = gql_schema.mutation_type.fields  # type: ignore[union-attr]
    assert mutation in fields, f"SPEC names mutation {mutation}"
    if mutation in NO_ARGUMENT:
        assert fields[mutation].args == {}
        return
    assert list(fields[mutation].args) == ["input"]
    input_type = _input_type(gql_schema, mutation)
    for name in MUTATIONS[mutation]:
        assert name in input_type.fields, f"{input_type.name}.{name}"
        nullable = not isinstance(input_type.fields[name].type, GraphQLNonNull)
        if (mutation, name) in NULLABLE:
            assert nullable, f"SPEC §6: {input_type.name}.{name} is nullable"


@pytest.mark.parametrize("mutation", sorted(PAYLOADS))
def test_spec_payload_fields(gql_schema: GraphQLSchema, mutation: str) -> None:
    payload = get_named_type(gql_schema.mutation_type.fields[mutation].type)  # type: ignore[union-attr]
    assert isinstance(payload, GraphQLObjectType)
    expected = "AuthPayload" if mutation in {"signUp", "logIn", "switchOrganization"} else None
    assert payload.name == (expected or mutation[0].upper() + mutation[1:] + "Payload")
    for name in (*PAYLOADS[mutation], "errors"):
        assert name in payload.fields, f"{payload.name}.{name}"
    assert str(payload.fields["errors"].type) == "[UserError!]!"


def test_every_payload_has_errors(gql_schema: GraphQLSchema) -> None:
    for name, field in gql_schema.mutation_type.fields.items():  # type: ignore[union-attr]
        payload = get_named_type(field.type)
        assert isinstance(payload, GraphQLObjectType)
        assert str(payload.fields["errors"].type) == "[UserError!]!", name


def test_removals_show_their_entity(gql_schema: GraphQLSchema) -> None:
    """SPEC §6 (and §7 for every new operation): `<Name>Payload { <entity>: <Type>, errors }`, the entity named
    after its type; a delete, removal, cancel or revoke shows it as it was, an id alone is not the entity."""
    missing = []
    for name, field in gql_schema.mutation_type.fields.items():  # type: ignore[union-attr]
        if not name.startswith(("delete", "remove", "cancel", "revoke")):
            continue
        payload = get_named_type(field.type)
        assert isinstance(payload, GraphQLObjectType)
        kinds = {k: get_named_type(v.type).name for k, v in payload.fields.items() if k != "errors"}
        if not any(k == t[0].lower() + t[1:] for k, t in kinds.items()):
            missing.append(payload.name)
    assert missing == []


@pytest.mark.parametrize("type_name", sorted(TYPES))
def test_spec_type_fields(gql_schema: GraphQLSchema, type_name: str) -> None:
    definition = gql_schema.get_type(type_name)
    assert isinstance(definition, GraphQLObjectType), type_name
    missing = [name for name in TYPES[type_name] if name not in definition.fields]
    assert missing == []


@pytest.mark.parametrize("enum_name", sorted(ENUMS))
def test_spec_enum_values(gql_schema: GraphQLSchema, enum_name: str) -> None:
    definition = gql_schema.get_type(enum_name)
    assert isinstance(definition, GraphQLEnumType), enum_name
    missing = [value for value in ENUMS[enum_name] if value not in definition.values]
    assert missing == []


@pytest.mark.parametrize("field", sorted(SECTION_7_ENUMS))
def test_section_7_enums_are_named_type_and_field(gql_schema: GraphQLSchema, field: str) -> None:
    type_name, field_name = field.split(".")
    definition = gql_schema.get_type(type_name)
    assert isinstance(definition, GraphQLObjectType | GraphQLInputObjectType), type_name
    enum = get_named_type(definition.fields[field_name].type)
    assert isinstance(enum, GraphQLEnumType), field
    assert enum.name == SECTION_7_ENUMS[field]


@pytest.mark.parametrize("enum_name", sorted(SECTION_7_ENUM_VALUES))
def test_section_7_enum_values(gql_schema: GraphQLSchema, enum_name: str) -> None:
    definition = gql_schema.get_type(enum_name)
    assert isinstance(definition, GraphQLEnumType), enum_name
    missing = [value for value in SECTION_7_ENUM_VALUES[enum_name] if value not in definition.values]
    assert missing == []


def test_names_the_rule_replaced_are_gone(gql_schema: GraphQLSchema) -> None:
    """An input that takes some of an enum's values takes that enum and refuses the rest with INVALID_INPUT (as
    `logPrivacyRequest.channel` and `configureMetaConversions.legalBasis` do), never a twin enum of the subset;
    an input-only enum is named after the input, not after a shorter name of our own."""
    for gone in ("LoggedPrivacyRequestChannel", "UsageGroupBy", "WorkflowTaskAssignee", "NotifyMembersChannel"):
        assert gql_schema.get_type(gone) is None, gone


def test_job_and_user_error_field_types(gql_schema: GraphQLSchema) -> None:
    job = gql_schema.get_type("Job")
    assert isinstance(job, GraphQLObjectType)
    assert get_named_type(job.fields["kind"].type).name == "JobKind"
    assert get_named_type(job.fields["status"].type).name == "JobStatus"
    assert str(job.fields["result"].type) == "JSON"
    error = gql_schema.get_type("UserError")
    assert isinstance(error, GraphQLObjectType)
    assert str(error.fields["field"].type) == "String"
    assert str(error.fields["code"].type) == "ErrorCode!"
    assert str(error.fields["message"].type) == "String!"


def test_scalars(gql_schema: GraphQLSchema) -> None:
    for name in ("Date", "DateTime", "Decimal", "JSON"):
        assert gql_schema.get_type(name) is not None, name
    insights = gql_schema.get_type("CampaignInsights")
    assert isinstance(insights, GraphQLObjectType)
    assert get_named_type(insights.fields["costPerLead"].type).name == "Decimal"


@pytest.mark.parametrize("query", sorted(SECTION_7_ROW_QUERIES))
def test_section_7_row_queries_return_their_rows(gql_schema: GraphQLSchema, query: str) -> None:
    row_type, fields = SECTION_7_ROW_QUERIES[query]
    assert str(gql_schema.query_type.fields[query].type) == f"[{row_type}!]!"  # type: ignore[union-attr]
    definition = gql_schema.get_type(row_type)
    assert isinstance(definition, GraphQLObjectType), row_type
    assert [name for name in fields if name not in definition.fields] == []


@pytest.mark.parametrize("query", sorted(FILTERS))
def test_spec_filters_are_nullable(gql_schema: GraphQLSchema, query: str) -> None:
    field = gql_schema.query_type.fields[query]  # type: ignore[union-attr]
    filter_type = get_named_type(field.args["filter"].type)
    assert isinstance(filter_type, GraphQLInputObjectType)
    for name in FILTERS[query]:
        assert name in filter_type.fields, f"{filter_type.name}.{name}"
        assert not isinstance(filter_type.fields[name].type, GraphQLNonNull)


@pytest.mark.parametrize("query", CONNECTION_QUERIES)
def test_lists_are_connections(gql_schema: GraphQLSchema, query: str) -> None:
    field = gql_schema.query_type.fields[query]  # type: ignore[union-attr]
    assert {"first", "after", "last", "before"} <= set(field.args), query
    connection = get_named_type(field.type)
    assert isinstance(connection, GraphQLObjectType)
    assert {"edges", "pageInfo", "totalCount"} <= set(connection.fields), connection.name


def test_single_entity_queries_take_id(gql_schema: GraphQLSchema) -> None:
    query = gql_schema.query_type.fields  # type: ignore[union-attr]
    for name in ("node", "job", "lead", "campaign"):
        assert str(query[name].args["id"].type) == "ID!", name
    assert str(query["nodes"].args["ids"].type) == "[ID!]!"
    leads = query["leads"]
    assert {"filter", "orderBy"} <= set(leads.args)
    assert {"filter", "orderBy"} <= set(query["campaigns"].args)
    insights = gql_schema.get_type("Campaign").fields["insights"]  # type: ignore[union-attr]
    assert {"range", "granularity"} <= set(insights.args)
