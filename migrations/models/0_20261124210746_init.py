from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "organization" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(64) NOT NULL UNIQUE,
    "default_country" VARCHAR(2) NOT NULL DEFAULT 'US',
    "require_mfa" BOOL NOT NULL DEFAULT False,
    "lead_count" INT NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS "policy_version" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" VARCHAR(32) NOT NULL UNIQUE,
    "effective_date" DATE NOT NULL,
    "text" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "user_account" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "email" TEXT NOT NULL,
    "email_bidx" VARCHAR(64) NOT NULL UNIQUE,
    "full_name" TEXT NOT NULL,
    "phone" TEXT,
    "job_title" TEXT,
    "password_hash" VARCHAR(255) NOT NULL,
    "totp_secret" TEXT,
    "mfa_enabled" BOOL NOT NULL DEFAULT False,
    "totp_last_step" BIGINT,
    "status" VARCHAR(16) NOT NULL,
    "accepted_policy_version" VARCHAR(32),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "last_organization_id" UUID REFERENCES "organization" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "user_account"."status" IS 'ACTIVE: ACTIVE\nSUSPENDED: SUSPENDED\nERASED: ERASED';
CREATE TABLE IF NOT EXISTS "api_token" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "token_hint" VARCHAR(16) NOT NULL,
    "scopes" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_by_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "api_token" IS 'A partner token (`qx_...`), scoped to one organisation; only its hash is stored.';
CREATE TABLE IF NOT EXISTS "invitation" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "email" TEXT NOT NULL,
    "email_bidx" VARCHAR(64) NOT NULL,
    "role" SMALLINT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "invited_by_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_invitation_email_b_a74fd0" ON "invitation" ("email_bidx");
COMMENT ON COLUMN "invitation"."role" IS 'VIEWER: 10\nMEMBER: 20\nADMIN: 30\nOWNER: 40';
CREATE TABLE IF NOT EXISTS "membership" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "role" SMALLINT NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_membership_organiz_5819f1" UNIQUE ("organization_id", "user_id")
);
COMMENT ON COLUMN "membership"."role" IS 'VIEWER: 10\nMEMBER: 20\nADMIN: 30\nOWNER: 40';
CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "policy_acceptance" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" VARCHAR(32) NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "policy_acceptance" IS 'Evidence of which policy a user accepted, and when (kept while the account exists).';
CREATE TABLE IF NOT EXISTS "recovery_code" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "session" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "last_seen_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "organization_id" UUID REFERENCES "organization" ("id") ON DELETE SET NULL,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "session" IS 'A sign-in. Only the SHA-256 of the bearer token is stored.';
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_user_id" UUID,
    "actor_token_id" UUID,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(32),
    "target_id" VARCHAR(64),
    "subject_bidx" VARCHAR(64),
    "ip_address" TEXT,
    "details" TEXT,
    "request_id" VARCHAR(64),
    "organization_id" UUID REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_u_6c2dc0" ON "audit_event" ("actor_user_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_target__197bf7" ON "audit_event" ("target_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_subject_920b50" ON "audit_event" ("subject_bidx");
CREATE TABLE IF NOT EXISTS "job" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID,
    "kind" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "progress" SMALLINT NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "payload" JSONB NOT NULL,
    "result" JSONB,
    "error" VARCHAR(500),
    "dedupe_key" VARCHAR(200) UNIQUE,
    "run_after" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_job_kind_bc9481" ON "job" ("kind");
CREATE INDEX IF NOT EXISTS "idx_job_status_2e13c7" ON "job" ("status");
COMMENT ON COLUMN "job"."kind" IS 'META_SYNC: META_SYNC\nLEAD_BACKFILL: LEAD_BACKFILL\nLEAD_IMPORT: LEAD_IMPORT\nLEAD_INGEST: LEAD_INGEST\nEXPORT: EXPORT\nERASURE: ERASURE\nRETENTION_SWEEP: RETENTION_SWEEP\nKEY_ROTATION: KEY_ROTATION\nWEBHOOK_DELIVERY: WEBHOOK_DELIVERY\nMAIL: MAIL\nWHATSAPP_SEND: WHATSAPP_SEND\nWORKFLOW_RUN: WORKFLOW_RUN\nWHATSAPP_WEBHOOK: WHATSAPP_WEBHOOK\nMAINTENANCE: MAINTENANCE';
COMMENT ON COLUMN "job"."status" IS 'QUEUED: QUEUED\nRUNNING: RUNNING\nRETRYING: RETRYING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
CREATE TABLE IF NOT EXISTS "outbox_mail" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID,
    "to_address" TEXT NOT NULL,
    "to_bidx" VARCHAR(64) NOT NULL,
    "subject" TEXT NOT NULL,
    "body_text" TEXT NOT NULL,
    "kind" VARCHAR(48) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "sent_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_organiz_46fa18" ON "outbox_mail" ("organization_id");
CREATE INDEX IF NOT EXISTS "idx_outbox_mail_to_bidx_034eb5" ON "outbox_mail" ("to_bidx");
COMMENT ON COLUMN "outbox_mail"."status" IS 'QUEUED: QUEUED\nSENT: SENT\nKEPT: KEPT\nFAILED: FAILED';
COMMENT ON TABLE "outbox_mail" IS 'Every outgoing mail. Purged 30 days after it is sent (SPEC §6).';
CREATE TABLE IF NOT EXISTS "ad_account" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(400) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" VARCHAR(64) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "timezone_name" VARCHAR(64),
    "account_status" INT,
    "selected" BOOL NOT NULL DEFAULT False,
    "last_synced_at" TIMESTAMPTZ,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ad_account_organiz_14d124" UNIQUE ("organization_id", "meta_id")
);
CREATE TABLE IF NOT EXISTS "campaign" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(400) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(32),
    "effective_status" VARCHAR(32),
    "objective" VARCHAR(64),
    "daily_budget" VARCHAR(32),
    "lifetime_budget" VARCHAR(32),
    "start_time" TIMESTAMPTZ,
    "stop_time" TIMESTAMPTZ,
    "meta_created_time" TIMESTAMPTZ,
    "meta_updated_time" TIMESTAMPTZ,
    "ad_account_id" UUID NOT NULL REFERENCES "ad_account" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_organiz_fae8db" UNIQUE ("organization_id", "meta_id")
);
CREATE TABLE IF NOT EXISTS "ad_set" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(400) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(32),
    "effective_status" VARCHAR(32),
    "daily_budget" VARCHAR(32),
    "lifetime_budget" VARCHAR(32),
    "optimization_goal" VARCHAR(64),
    "start_time" TIMESTAMPTZ,
    "end_time" TIMESTAMPTZ,
    "meta_created_time" TIMESTAMPTZ,
    "meta_updated_time" TIMESTAMPTZ,
    "ad_account_id" UUID REFERENCES "ad_account" ("id") ON DELETE CASCADE,
    "campaign_id" UUID NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ad_set_organiz_6de607" UNIQUE ("organization_id", "meta_id")
);
CREATE TABLE IF NOT EXISTS "ad" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(400) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(32),
    "effective_status" VARCHAR(32),
    "meta_created_time" TIMESTAMPTZ,
    "meta_updated_time" TIMESTAMPTZ,
    "ad_account_id" UUID REFERENCES "ad_account" ("id") ON DELETE CASCADE,
    "ad_set_id" UUID NOT NULL REFERENCES "ad_set" ("id") ON DELETE CASCADE,
    "campaign_id" UUID NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ad_organiz_14558d" UNIQUE ("organization_id", "meta_id")
);
CREATE TABLE IF NOT EXISTS "campaign_insight" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "date" DATE NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,
    "spend" DECIMAL(18,4) NOT NULL,
    "reach" BIGINT NOT NULL,
    "leads" INT NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "ad_account_id" UUID NOT NULL REFERENCES "ad_account" ("id") ON DELETE CASCADE,
    "campaign_id" UUID NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_in_campaig_8ccfd3" UNIQUE ("campaign_id", "date")
);
CREATE INDEX IF NOT EXISTS "idx_campaign_in_organiz_f081ef" ON "campaign_insight" ("organization_id", "date");
COMMENT ON TABLE "campaign_insight" IS 'One campaign''s delivery on one day (account time zone), as Meta reports it. Aggregated in SQL.';
CREATE TABLE IF NOT EXISTS "lead_form" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(400) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "page_meta_id" VARCHAR(64),
    "status" VARCHAR(32),
    "locale" VARCHAR(16),
    "questions" JSONB NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_lead_form_organiz_b42a79" UNIQUE ("organization_id", "meta_id")
);
CREATE TABLE IF NOT EXISTS "lead_import_file" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "content" TEXT NOT NULL,
    "size_bytes" INT NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "uploaded_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "lead_import_file" IS 'An uploaded CSV waiting for its import job: sealed at rest, deleted when the job ends.';
CREATE TABLE IF NOT EXISTS "lead" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "full_name" TEXT NOT NULL,
    "email" TEXT,
    "email_bidx" VARCHAR(64),
    "phone" TEXT,
    "phone_bidx" VARCHAR(64),
    "answers" TEXT,
    "status" VARCHAR(16) NOT NULL,
    "status_rank" SMALLINT NOT NULL DEFAULT 10,
    "source" VARCHAR(16) NOT NULL,
    "platform" VARCHAR(16),
    "meta_lead_id" VARCHAR(64),
    "meta_created_time" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "last_activity_at" TIMESTAMPTZ,
    "ad_id" UUID REFERENCES "ad" ("id") ON DELETE SET NULL,
    "ad_set_id" UUID REFERENCES "ad_set" ("id") ON DELETE SET NULL,
    "campaign_id" UUID REFERENCES "campaign" ("id") ON DELETE SET NULL,
    "duplicate_of_id" UUID REFERENCES "lead" ("id") ON DELETE SET NULL,
    "form_id" UUID REFERENCES "lead_form" ("id") ON DELETE SET NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "owner_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_lead_organiz_9a4852" UNIQUE ("organization_id", "meta_lead_id")
);
CREATE INDEX IF NOT EXISTS "idx_lead_email_b_2c1dce" ON "lead" ("email_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_phone_b_45188b" ON "lead" ("phone_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_status_a86c93" ON "lead" ("status");
CREATE INDEX IF NOT EXISTS "idx_lead_updated_b47370" ON "lead" ("updated_at");
CREATE INDEX IF NOT EXISTS "idx_lead_organiz_78e77d" ON "lead" ("organization_id", "created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_lead_organiz_72c028" ON "lead" ("organization_id", "updated_at", "id");
CREATE INDEX IF NOT EXISTS "idx_lead_organiz_6a5775" ON "lead" ("organization_id", "status_rank", "id");
CREATE INDEX IF NOT EXISTS "idx_lead_organiz_4c9962" ON "lead" ("organization_id", "email_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_organiz_ca1c6b" ON "lead" ("organization_id", "phone_bidx");
COMMENT ON COLUMN "lead"."status" IS 'NEW: NEW\nCONTACTED: CONTACTED\nQUALIFIED: QUALIFIED\nCONVERTED: CONVERTED\nLOST: LOST';
COMMENT ON COLUMN "lead"."source" IS 'META_LEAD_ADS: META_LEAD_ADS\nMANUAL: MANUAL\nAPI: API\nIMPORT: IMPORT';
CREATE TABLE IF NOT EXISTS "lead_name_word" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "word_bidx" VARCHAR(64) NOT NULL,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_name_w_organiz_a341c6" ON "lead_name_word" ("organization_id", "word_bidx");
COMMENT ON TABLE "lead_name_word" IS 'One blind index per word of a lead''s name: whole-word search without the name in clear.';
CREATE TABLE IF NOT EXISTS "lead_note" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_note_lead_id_75652b" ON "lead_note" ("lead_id", "created_at");
CREATE TABLE IF NOT EXISTS "lead_status_change" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16) NOT NULL,
    "changed_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_status_lead_id_ff9a0d" ON "lead_status_change" ("lead_id", "created_at");
COMMENT ON COLUMN "lead_status_change"."from_status" IS 'NEW: NEW\nCONTACTED: CONTACTED\nQUALIFIED: QUALIFIED\nCONVERTED: CONVERTED\nLOST: LOST';
COMMENT ON COLUMN "lead_status_change"."to_status" IS 'NEW: NEW\nCONTACTED: CONTACTED\nQUALIFIED: QUALIFIED\nCONVERTED: CONVERTED\nLOST: LOST';
COMMENT ON TABLE "lead_status_change" IS 'The status history of a lead: who moved it, from what, to what, when.';
CREATE TABLE IF NOT EXISTS "lead_tag" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_lead_tag_lead_id_f397c4" UNIQUE ("lead_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_lead_tag_organiz_5e4785" ON "lead_tag" ("organization_id", "name");
COMMENT ON TABLE "lead_tag" IS 'A free-form label on a lead; tags are per organisation (`tag` filter, `tagLeads`).';
CREATE TABLE IF NOT EXISTS "erasure_tombstone" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL,
    "meta_lead_bidx" VARCHAR(64),
    "email_bidx" VARCHAR(64),
    "phone_bidx" VARCHAR(64),
    "reason" VARCHAR(24) NOT NULL,
    "request_id" UUID,
    "erased_at" TIMESTAMPTZ NOT NULL,
    "note" VARCHAR(200)
);
CREATE INDEX IF NOT EXISTS "idx_erasure_tom_organiz_bb37b5" ON "erasure_tombstone" ("organization_id");
CREATE INDEX IF NOT EXISTS "idx_erasure_tom_meta_le_593968" ON "erasure_tombstone" ("meta_lead_bidx");
CREATE INDEX IF NOT EXISTS "idx_erasure_tom_email_b_bd2aee" ON "erasure_tombstone" ("email_bidx");
CREATE INDEX IF NOT EXISTS "idx_erasure_tom_phone_b_f7f25a" ON "erasure_tombstone" ("phone_bidx");
COMMENT ON COLUMN "erasure_tombstone"."reason" IS 'ERASURE: ERASURE\nMINOR: MINOR\nMETA_DATA_DELETION: META_DATA_DELETION\nRETENTION: RETENTION';
COMMENT ON TABLE "erasure_tombstone" IS 'Keyed only by blind indexes: proves an erasure and blocks re-import, reveals nothing.';
CREATE TABLE IF NOT EXISTS "privacy_request" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "type" VARCHAR(24) NOT NULL,
    "subject_kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "subject_lead_id" UUID,
    "email" TEXT,
    "email_bidx" VARCHAR(64),
    "phone" TEXT,
    "details" TEXT,
    "export_format" VARCHAR(8),
    "confirmation_code" VARCHAR(24) NOT NULL UNIQUE,
    "code_hash" VARCHAR(64),
    "code_expires_at" TIMESTAMPTZ,
    "code_attempts" SMALLINT NOT NULL DEFAULT 0,
    "received_at" TIMESTAMPTZ NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "due_at" TIMESTAMPTZ,
    "scheduled_for" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "extended_days" SMALLINT NOT NULL DEFAULT 0,
    "extensions" TEXT,
    "rejection_reason" TEXT,
    "outcome" JSONB,
    "job_id" UUID,
    "reminded_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID REFERENCES "organization" ("id") ON DELETE CASCADE,
    "subject_user_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_privacy_req_status_7256e9" ON "privacy_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_subject_5fe524" ON "privacy_request" ("subject_lead_id");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_email_b_a4682c" ON "privacy_request" ("email_bidx");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_due_at_f9a9dd" ON "privacy_request" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_schedul_ca9ef1" ON "privacy_request" ("scheduled_for");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_organiz_056347" ON "privacy_request" ("organization_id", "status", "received_at");
COMMENT ON COLUMN "privacy_request"."type" IS 'ACCESS: ACCESS\nPORTABILITY: PORTABILITY\nRECTIFICATION: RECTIFICATION\nERASURE: ERASURE\nOBJECTION: OBJECTION\nCONSENT_WITHDRAWAL: CONSENT_WITHDRAWAL';
COMMENT ON COLUMN "privacy_request"."subject_kind" IS 'ACCOUNT: ACCOUNT\nLEAD: LEAD\nMETA_USER: META_USER';
COMMENT ON COLUMN "privacy_request"."status" IS 'PENDING_VERIFICATION: PENDING_VERIFICATION\nVERIFIED: VERIFIED\nSCHEDULED: SCHEDULED\nIN_PROGRESS: IN_PROGRESS\nCOMPLETED: COMPLETED\nREJECTED: REJECTED\nCANCELLED: CANCELLED';
COMMENT ON COLUMN "privacy_request"."channel" IS 'PUBLIC: PUBLIC\nACCOUNT: ACCOUNT\nADMIN: ADMIN\nMETA: META';
COMMENT ON COLUMN "privacy_request"."export_format" IS 'JSON: JSON\nCSV: CSV';
COMMENT ON TABLE "privacy_request" IS 'One request about one subject. `organization` is null only for a META_USER request (many orgs).';
CREATE TABLE IF NOT EXISTS "privacy_export_file" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "data_key" TEXT NOT NULL,
    "format" VARCHAR(8) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "downloads" SMALLINT NOT NULL DEFAULT 0,
    "chunk_count" INT NOT NULL DEFAULT 0,
    "request_id" UUID NOT NULL REFERENCES "privacy_request" ("id") ON DELETE CASCADE,
    "subject_lead_id" UUID REFERENCES "lead" ("id") ON DELETE CASCADE,
    "subject_user_id" UUID REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_privacy_exp_expires_f1bab0" ON "privacy_export_file" ("expires_at");
COMMENT ON COLUMN "privacy_export_file"."format" IS 'JSON: JSON\nCSV: CSV';
COMMENT ON TABLE "privacy_export_file" IS 'A finished export ZIP, sealed at rest with its own data key, served by `/exports/{token}`.';
CREATE TABLE IF NOT EXISTS "privacy_export_chunk" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "seq" INT NOT NULL,
    "data" BYTEA NOT NULL,
    "export_id" UUID NOT NULL REFERENCES "privacy_export_file" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_privacy_exp_export__f92a36" UNIQUE ("export_id", "seq")
);
COMMENT ON TABLE "privacy_export_chunk" IS 'One AES-GCM-sealed slice of an export ZIP (bounded memory both when writing and serving).';
CREATE TABLE IF NOT EXISTS "lead_consent" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "purpose" VARCHAR(24) NOT NULL,
    "granted" BOOL NOT NULL,
    "source" VARCHAR(48) NOT NULL,
    "policy_version" VARCHAR(32),
    "evidence" TEXT,
    "recorded_by_id" UUID,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_consen_lead_id_83174e" ON "lead_consent" ("lead_id", "purpose", "created_at");
COMMENT ON COLUMN "lead_consent"."purpose" IS 'ANALYTICS: ANALYTICS\nMARKETING_EMAIL: MARKETING_EMAIL\nWHATSAPP: WHATSAPP\nMETA_INTEGRATION: META_INTEGRATION';
COMMENT ON TABLE "lead_consent" IS 'One change of a lead''s consent (append-only): form, question, text shown, channel.';
CREATE TABLE IF NOT EXISTS "lead_objection" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "source" VARCHAR(48) NOT NULL,
    "recorded_by_id" UUID,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_lead_object_lead_id_d9c644" UNIQUE ("lead_id", "kind")
);
COMMENT ON COLUMN "lead_objection"."kind" IS 'DIRECT_MARKETING: DIRECT_MARKETING\nAUTOMATED_DECISIONS: AUTOMATED_DECISIONS';
COMMENT ON TABLE "lead_objection" IS 'An objection by a lead to direct marketing or automated decisions.';
CREATE TABLE IF NOT EXISTS "legal_hold" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lead_id" UUID,
    "user_id" UUID,
    "reason" TEXT NOT NULL,
    "placed_by_id" UUID,
    "released_at" TIMESTAMPTZ,
    "released_by_id" UUID,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_legal_hold_lead_id_1bdf7d" ON "legal_hold" ("lead_id");
CREATE INDEX IF NOT EXISTS "idx_legal_hold_user_id_761825" ON "legal_hold" ("user_id");
COMMENT ON TABLE "legal_hold" IS 'Keeps one subject''s rows from erasure and retention until released.';
CREATE TABLE IF NOT EXISTS "receipt_key" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kid" VARCHAR(64) NOT NULL UNIQUE,
    "public_key" VARCHAR(64) NOT NULL
);
COMMENT ON TABLE "receipt_key" IS 'Every Ed25519 public key that ever signed a receipt: `/.well-known/quantix-receipt-key` lists them.';
CREATE TABLE IF NOT EXISTS "retention_rule" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "days" INT NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_retention_r_organiz_f5c209" UNIQUE ("organization_id", "category")
);
COMMENT ON COLUMN "retention_rule"."category" IS 'ACCOUNT: ACCOUNT\nLEAD_CONTACT: LEAD_CONTACT\nLEAD_ANSWERS: LEAD_ANSWERS\nLEAD_NOTES: LEAD_NOTES\nMESSAGES: MESSAGES\nAUDIT_EVENTS: AUDIT_EVENTS\nUSAGE_EVENTS: USAGE_EVENTS\nSESSIONS: SESSIONS\nWEBHOOK_DELIVERIES: WEBHOOK_DELIVERIES\nMETA_ADS_DATA: META_ADS_DATA\nEXPORT_FILES: EXPORT_FILES\nCONSENTS: CONSENTS\nPRIVACY_REQUESTS: PRIVACY_REQUESTS\nSECRETS: SECRETS';
COMMENT ON COLUMN "retention_rule"."action" IS 'DELETE: DELETE\nANONYMIZE: ANONYMIZE';
COMMENT ON TABLE "retention_rule" IS 'An organisation''s retention for one category, within the platform bounds.';
CREATE TABLE IF NOT EXISTS "usage_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID,
    "name" VARCHAR(100) NOT NULL,
    "path" TEXT,
    "referrer" TEXT,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_usage_event_organiz_b5a5a6" ON "usage_event" ("organization_id");
CREATE INDEX IF NOT EXISTS "idx_usage_event_created_4bdc32" ON "usage_event" ("created_at");
COMMENT ON TABLE "usage_event" IS 'Product analytics, stored only with the user''s ANALYTICS consent.';
CREATE TABLE IF NOT EXISTS "user_consent" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID,
    "purpose" VARCHAR(24) NOT NULL,
    "granted" BOOL NOT NULL,
    "source" VARCHAR(48) NOT NULL,
    "policy_version" VARCHAR(32),
    "evidence" TEXT,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_user_consen_user_id_df20a3" ON "user_consent" ("user_id", "purpose", "created_at");
COMMENT ON COLUMN "user_consent"."purpose" IS 'ANALYTICS: ANALYTICS\nMARKETING_EMAIL: MARKETING_EMAIL\nWHATSAPP: WHATSAPP\nMETA_INTEGRATION: META_INTEGRATION';
COMMENT ON TABLE "user_consent" IS 'One change of a user''s consent (append-only).';
CREATE TABLE IF NOT EXISTS "user_objection" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "source" VARCHAR(48) NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_object_user_id_4114a3" UNIQUE ("user_id", "kind")
);
COMMENT ON COLUMN "user_objection"."kind" IS 'DIRECT_MARKETING: DIRECT_MARKETING\nAUTOMATED_DECISIONS: AUTOMATED_DECISIONS';
COMMENT ON TABLE "user_objection" IS 'An objection by a user (about their own account''s processing).';
CREATE TABLE IF NOT EXISTS "meta_form_reconciliation" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "form_meta_id" VARCHAR(64) NOT NULL,
    "form_name" VARCHAR(400) NOT NULL,
    "meta_count" INT,
    "stored_count" INT NOT NULL,
    "checked_at" TIMESTAMPTZ NOT NULL,
    "error" VARCHAR(300),
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_meta_form_r_organiz_431d2a" UNIQUE ("organization_id", "form_meta_id")
);
COMMENT ON TABLE "meta_form_reconciliation" IS 'Daily comparison of Meta''s lead count for a form with the leads stored for it.';
CREATE TABLE IF NOT EXISTS "meta_connection" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_user_id" TEXT NOT NULL,
    "meta_user_bidx" VARCHAR(64) NOT NULL,
    "meta_user_name" TEXT,
    "access_token" TEXT,
    "token_expires_at" TIMESTAMPTZ,
    "status" VARCHAR(16) NOT NULL,
    "granted_scopes" JSONB NOT NULL,
    "declined_scopes" JSONB NOT NULL,
    "last_synced_at" TIMESTAMPTZ,
    "last_error" VARCHAR(300),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "connected_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_meta_connec_organiz_3b1c50" UNIQUE ("organization_id")
);
CREATE INDEX IF NOT EXISTS "idx_meta_connec_meta_us_891101" ON "meta_connection" ("meta_user_bidx");
COMMENT ON COLUMN "meta_connection"."status" IS 'CONNECTED: CONNECTED\nEXPIRING: EXPIRING\nEXPIRED: EXPIRED\nNEEDS_REAUTH: NEEDS_REAUTH\nREVOKED: REVOKED';
COMMENT ON TABLE "meta_connection" IS 'One per organisation: the long-lived user token and what it was granted.';
CREATE TABLE IF NOT EXISTS "meta_oauth_state" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "redirect_uri" VARCHAR(2000) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "meta_oauth_state" IS 'A started connect flow: the state''s nonce, bound to user, organisation and redirectUri; single-use.';
CREATE TABLE IF NOT EXISTS "meta_page" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(400) NOT NULL,
    "access_token" TEXT,
    "tasks" JSONB NOT NULL,
    "selected" BOOL NOT NULL DEFAULT False,
    "subscribed" BOOL NOT NULL DEFAULT False,
    "subscription_checked_at" TIMESTAMPTZ,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_meta_page_organiz_c86e3b" UNIQUE ("organization_id", "meta_id")
);
CREATE TABLE IF NOT EXISTS "meta_pending_grant" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "access_token" TEXT,
    "token_expires_at" TIMESTAMPTZ,
    "meta_user_id" TEXT NOT NULL,
    "meta_user_name" TEXT,
    "granted_scopes" JSONB NOT NULL,
    "declined_scopes" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "meta_pending_grant" IS 'A token obtained by the callback, waiting for `completeMetaConnection` by the same user; single-use.';
CREATE TABLE IF NOT EXISTS "meta_webhook_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "object" VARCHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "body_bidx" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "error" VARCHAR(300),
    "organization_ids" JSONB NOT NULL,
    "enqueued_at" TIMESTAMPTZ,
    "processed_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_meta_webhoo_process_0f6bfd" ON "meta_webhook_event" ("processed_at");
CREATE INDEX IF NOT EXISTS "idx_meta_webhoo_status_0aa502" ON "meta_webhook_event" ("status", "created_at");
COMMENT ON COLUMN "meta_webhook_event"."status" IS 'PENDING: PENDING\nPROCESSED: PROCESSED\nFAILED: FAILED';
COMMENT ON TABLE "meta_webhook_event" IS 'The durable inbox: every signed Meta webhook body, stored (encrypted) before Meta gets its 200.';
CREATE TABLE IF NOT EXISTS "webhook_subscription" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "events" JSONB NOT NULL,
    "scopes" JSONB NOT NULL,
    "secret" TEXT NOT NULL,
    "previous_secret" TEXT,
    "secret_rotated_at" TIMESTAMPTZ,
    "active" BOOL NOT NULL DEFAULT True,
    "consecutive_failures" INT NOT NULL DEFAULT 0,
    "disabled_at" TIMESTAMPTZ,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" VARCHAR(40) NOT NULL,
    "attempt" SMALLINT NOT NULL,
    "manual" BOOL NOT NULL DEFAULT False,
    "status" VARCHAR(16) NOT NULL,
    "lead_id" UUID,
    "body" TEXT,
    "scheduled_at" TIMESTAMPTZ NOT NULL,
    "attempted_at" TIMESTAMPTZ,
    "http_status" SMALLINT,
    "duration_ms" INT,
    "error" VARCHAR(200),
    "next_attempt_at" TIMESTAMPTZ,
    "body_purged_at" TIMESTAMPTZ,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "subscription_id" UUID NOT NULL REFERENCES "webhook_subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_event_i_9f48f9" ON "webhook_delivery" ("event_id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_d29a83" ON "webhook_delivery" ("status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_lead_id_37b54d" ON "webhook_delivery" ("lead_id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_organiz_3113be" ON "webhook_delivery" ("organization_id", "created_at", "id");
COMMENT ON COLUMN "webhook_delivery"."event_type" IS 'LEAD_CREATED: LEAD_CREATED\nLEAD_UPDATED: LEAD_UPDATED\nLEAD_ERASED: LEAD_ERASED\nPRIVACY_REQUEST_COMPLETED: PRIVACY_REQUEST_COMPLETED\nMETA_CONNECTION_CHANGED: META_CONNECTION_CHANGED\nWEBHOOK_TEST: WEBHOOK_TEST';
COMMENT ON COLUMN "webhook_delivery"."status" IS 'PENDING: PENDING\nSENDING: SENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED\nSKIPPED: SKIPPED';
COMMENT ON TABLE "webhook_delivery" IS 'One attempt to deliver one event to one subscription.';
CREATE TABLE IF NOT EXISTS "whatsapp_config" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "phone_number_id" VARCHAR(64) NOT NULL UNIQUE,
    "business_account_id" VARCHAR(64) NOT NULL,
    "access_token" TEXT NOT NULL,
    "display_phone_number" VARCHAR(32),
    "verified_name" VARCHAR(255),
    "templates" JSONB NOT NULL,
    "templates_fetched_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "whatsapp_config" IS 'One WhatsApp Business number per organisation; a number belongs to one organisation.';
CREATE TABLE IF NOT EXISTS "whatsapp_message" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "template_name" VARCHAR(512),
    "template_language" VARCHAR(16),
    "template_category" VARCHAR(16),
    "body" TEXT,
    "parameters" TEXT,
    "status" VARCHAR(16) NOT NULL,
    "meta_message_id" VARCHAR(128),
    "error_code" INT,
    "error_title" VARCHAR(300),
    "status_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "read_at" TIMESTAMPTZ,
    "failed_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_whatsapp_me_organiz_2e6dbc" UNIQUE ("organization_id", "meta_message_id")
);
CREATE INDEX IF NOT EXISTS "idx_whatsapp_me_status_f4732d" ON "whatsapp_message" ("status");
CREATE INDEX IF NOT EXISTS "idx_whatsapp_me_organiz_268103" ON "whatsapp_message" ("organization_id", "created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_whatsapp_me_organiz_612a67" ON "whatsapp_message" ("organization_id", "lead_id", "created_at");
COMMENT ON COLUMN "whatsapp_message"."direction" IS 'OUT: OUT\nIN: IN';
COMMENT ON COLUMN "whatsapp_message"."template_category" IS 'MARKETING: MARKETING\nUTILITY: UTILITY\nAUTHENTICATION: AUTHENTICATION';
COMMENT ON COLUMN "whatsapp_message"."status" IS 'QUEUED: QUEUED\nSENDING: SENDING\nSENT: SENT\nDELIVERED: DELIVERED\nREAD: READ\nFAILED: FAILED\nUNKNOWN: UNKNOWN\nRECEIVED: RECEIVED';
CREATE TABLE IF NOT EXISTS "whatsapp_status_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "meta_timestamp" TIMESTAMPTZ,
    "message_id" UUID NOT NULL REFERENCES "whatsapp_message" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_whatsapp_st_message_62e391" UNIQUE ("message_id", "status")
);
COMMENT ON COLUMN "whatsapp_status_event"."status" IS 'QUEUED: QUEUED\nSENDING: SENDING\nSENT: SENT\nDELIVERED: DELIVERED\nREAD: READ\nFAILED: FAILED\nUNKNOWN: UNKNOWN\nRECEIVED: RECEIVED';
COMMENT ON TABLE "whatsapp_status_event" IS 'Each (message, status) once: Meta re-delivers and reorders status webhooks.';
CREATE TABLE IF NOT EXISTS "whatsapp_window" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_inbound_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "lead_id" UUID NOT NULL UNIQUE REFERENCES "lead" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "whatsapp_window" IS 'The customer service window: free text is allowed for 24 h after the lead''s last message.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
-- baseline privacy policy
INSERT INTO "policy_version" ("id", "created_at", "version", "effective_date", "text") VALUES (gen_random_uuid(), now(), '1', '2026-01-01', 'QuantixOne privacy policy, version 1. We process the personal data you and your leads give us to run the CRM, only for as long as needed, and honour access, correction, erasure, portability, objection and consent withdrawal. We do not serve anyone under 18.') ON CONFLICT DO NOTHING;
    """


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfXtz2kjW91fp4p/JVBGvjR0ny771VmGsJEwweADHM7tsKQK1jcZCYiRhh92d7/5064"
    "YuLSEJgVvKqZqJhdSnBb/Tl3Pv/zaWuoxV86SzUib6E9YabfTfhiYtMbmIPWuihrRabZ/Q"
    "G5Y0U+3G0koRLb/ZzLQMaW6RBw+SamJyS8bm3FBWlqLTlzQ6aCUZloYNZBOhN9/+/C6enJ"
    "x8+7mJzLm+wjJ5gHQNI914lDTFlCjlP8gddYMUy0QLyVwgxUSmpRtYPqFvlfU5ea2iPR7q"
    "BWtN+XONyc98xNYCG+Q1//o3ua1oMv6OTe/j6kl8ULAqh7BUZNqBfV+0Niv73t1d7/qj3Z"
    "J++Zk419X1Utu2Xm2sha75zddrRT6hNPTZIyY/TbKwHIBYW6uqyw7vlvONyQ3LWGP/q8rb"
    "GzJ+kNYqZVTj/z2stTkFAdlvov9c/H/3qwWaieJgOBHHwkQUGzG+0q8Q4YR7a65rdEwomk"
    "WB+u9fTr9bQOy7DfqC7ufO6M355c82BLppPRr2Qxuuxl82oWRJDqkN+hbluYEpJqJkxdG+"
    "Jk8sZYnZiIcpI8jLLumJd1GEA96NLQu2U8MD14PvAIA3yA+Uh2Rwu7xPYcCkdyOMJ52bW/"
    "q6pWn+qdr4dSYCfdKy724id984/NLJrHfWA78TdN+bfEb0I/rncCBEueq3m/yzQb+TtLZ0"
    "UdNfREkODFPvrocaabnluv03xu/uQjLYvPbaR7hM0KoiX5fSd1HF2qO1IB9bp6cpjP3aGd"
    "mTi7SKcGvgPmo5z/4K4WsvoCJdD/OgHKYqB+vdq9jRkL68yAD05UUizvQRE2byugIwu1Q1"
    "HNJnlxmAPosuP1ug6aMw0Pb2b8ZB/mU8HLBB3lJEdwZlbqH/IVUxrUMBHdiXZ2tFtRTNPK"
    "Hve42tmSIU2hQ8mN/cdH6LcqDbH15FV3vawVWEHfj7SiGPC2zaYcoSNm13OeFlIlRkj/Yw"
    "Sd2kVcm0xLVZSDiL0gKneea0gZ/JnlSEz2FK4DLPXPYUptlGzKfbxgjLVHP5ZfBOrXYLrW"
    "OQ+I9tkMgJLoMU4CXwUrvMwxPTZhCELA71R93AyqP2BW9swHvk+0janKU+utayYaS7akK8"
    "vbtdRQ3pxTdssQYauSAIYMtRWDrjbudaaCSsGSUAfWfiKio3WQGOLZNseOnAnknzpxfJkM"
    "XQCKdP9JYeueO3jT9atpbRO5ImPdoQ0d9Cv7mLfU97VizJ/ekxg3HgaTPNZKyE2+2yGSdD"
    "DHZZDpbYJthlwS4bVuyXkqLGGS5oc2OzIgya4O9WgmLvUdbCnpXGUuG3SbpBxedofzj45D"
    "WPWln+iuMuzhT5ex5DYpjqUMDXyWBr6CrD79DTLEFbL2NSTFjTdUkjMLtWXD7Gd+NrT7gX"
    "Rm10djrVboSbK3rdIted65veoI3OyeXwfkDvXpw2snHkkX7dt+et95cfyFP719AP71NYM7"
    "7p9Pu9wQScEq8xxjkyzlZpWedop85kzZHmc7wqJqFFSMFqxzOfwTb7I3DZVqyL2GZjhGA8"
    "BNss2Gb5gvgwttnt1Afb7C6AY8skT7bZG7ycYcNcKKsGwzYbeNpMs80uw+1Ktc3+Kzav13"
    "S8/BtstmCzrcQ6UWObLdi0XtGmBcLlQWV3usvkhDVAAnCCrM6JrL52xWuQ0tOgDcxdnuTz"
    "0MBmSOjRgZ8so0dnHERQgDQO0nidpHHIbDtsZpuprh/z4Ou1B8fxTsex+4UJeGvNMhhGxW"
    "SUGaTHG9CNu3F8Z3DvlTKOs4zi5DEci0HBf64VA4vLBykO8ZVOVHJJS3LohSgjCM8I6aEg"
    "9u8EMc4rsWTfda+Gw35ovb/qRYOo7qgh4M2ZDTtppDiCYlxBJ2jKzrBk2kgSspdCRMezjp"
    "xGIT7dYww7Ro7W2cX7iw/nlxe+pcO/k2bucICM6Y7J8ncgMMErK8HI17xyaT9+GWHVl4LZ"
    "uk6wiEXF9sEkfSfuvrEx2BOocPB2HaHaujb2hCrsS6kjVCY2zf2H1NjpJQNIfMaEpGMkrW"
    "XFEvEzpkT7rVG0J4F2VFOo/tBne0L0iz6rKTaSvO/okeu6ChHxSZrbAtTeEHXmviBWU6RM"
    "vD9KY1xbhObSciUpj/tuaV23m7rDJCqaqTwu9h1SPaeXuqJla3gPurHcE6Y+6ecj6abWOC"
    "nLlW5YRNlTWTV4co0qu6ePilpFq3VmwEoYU3WGR6QfxBfdKAOoAenrnnRVb8B0a9+ZZ2NF"
    "uqk1TqYlWWtTnC8k7bEMwMZ2f127u1oDZ0mPJcA1kR7ritLKUJ6l+UakJnhs7itc3Tq9jZ"
    "zOaqoeu0Z0zdzfzEIHV9fpqa4DzEZLn/2B5yVYhCleQ6+v+iL2KKniQlf3FyNIR591tbYy"
    "hIEtMnNouJqx3luEH3mdjdb1leKXmAb1EL2OLPik5VxRlTI8NVRTHIU6rDWApIlWynp2Q3"
    "rr+p3VGjNdWlsLW5Ddd6IOO6QnKsHWe5aupL1F/VupvuK9gxHWZNKT+GhIe8tit05fn2hX"
    "dQXtBc8Wuv5EI5CVZ2xs9oTs3unu2u2t7qiZ65n/knKQGwd6rC16C8kypdWKNntQ9lXH72"
    "lvndWqa3dWe8yW2DT33wc80G6c3mqPmmsuKyMQwoPOsZhljYioNnwv5FvqLyUBd293VifM"
    "DpmRcyuZJnUgjLCJ6QtjKTnhBs20nJyV25Soel5byMqBrJwY4pCVU92sHCg9CKUHudgmeZ"
    "9MHiaps6ngmTBwHEx1+AtVF/YTQVKqLkApgAqXArjVVWW+6dgFVG3+sHSPaJtmqvphtxal"
    "cPOdp/EKz4qMSWukP6CXhTJfIKcjJCEKHfJqvDaRpMmkBT1P94ncoY1VjIhygtwIbYS/K6"
    "Zl/hw/kPdA7wAdiYMFqgk6EuhIoV3/GRtezldWBSlAUsP6BedZEr/PkzO/z2Op3yBYgWAF"
    "glWKYPXVXVASpaqv2xVnp0gVWJ3AogvSCkgrIK2UK61wZMstX1bBDw803O4Zi7IbQhafWg"
    "m23Bhl2tSq4LRKgZpOjeixR/g7Y2VKPknNa18LiTptxSnrILUcVWoOKcHQwF4a3tUlH1kC"
    "TOh5qvxiuC3JoJCzmYNAfAHxBcSXCokvdGbn9keHiGqxPRzaIQ2eynxbMkezCDyVx9mbwK"
    "BWT4OaV8KNIYkGqrslC6FmoNFOb2QHmWRIvFW0E0T3a9v1N/7cedt6d0mdh/TjDEsGNpAd"
    "U4UUE5kWGUdy3Om4X1cg7nKwpIC4C+IuxF++grirrChPCNsYSQmCNjc2NFoj2fIUJi+Ed4"
    "Vk3bLMTzF5lOzHrGrTGRgQJgcG5GeAKpmWaGKybOTfYKK0NdxiKrKlZNL9INj8h2AznH/+"
    "I3CZm3MUq8NjOEYRzGT8QLq/mSxpOSgB2pwnU/K5Bux9MCX5Hmhw1++/lkXSHuAMc6Q38J"
    "NtkY5etC0ED/5wMBCCgbBOBkK8lBS1kM3Ep6yFQ/zY9hIbPXGmyN/zGGbDVGCY3WmYfSBv"
    "FdlHg2YY4iFqGOYFhvmKQFYMe58SrLH5Yf9Dn4mWYqnFoA9RA/wFRr1X2Siv4y1GWItFJ3"
    "Kq67t3GVZ50ir5ZFf6LBLrrVsr0cREEi3mAIrQw6DPP+iXD5KINYoFQ11LPV43QgnH62Y4"
    "XtcesI7jzMIrBuDKY+Ipu3HaQiftcjbe3XN3/95qnZ+/b52eX354d/H+/bsPp/4BvPFHaS"
    "fxXvU+UdhD7InzwSnlyF7jBW29jBnKQpzYUh/z1G4TG065yJNOd9L7KuS0UzQcqjZy/k61"
    "8d34VhhcC9dt5F9ONWHUGdNbzt9GgZ3i7DLDRnEWVZ63+wR9FOaWVzhDjGeqZt2iU7qow6"
    "5x8Ez8lVzQyhSmBCsTL1YmhpsxfmQI3Wz2cDUm0YO/MdVBFoMNXDreyNrh0kkacLn9OoG9"
    "Z6WIdmDlvmfOrpQJ7aaCK1wS+mE9As6cz3w4WrSE2b5HTDAKqNURt1Ce797HMoWzi+uIl5"
    "uSsidSgeyXOoKkv2hEOj3eMbQV2VmjoaMlHWgsfM9xoHEVoYKDL3NDtqaHh5RyqsYd7anW"
    "h2mUcz4oNSXV/HzQso4GpVDV/mjQVz8XqCrL1iHD/TprWbGcxYsR9Bd42kwL/ZNoO2cxtR"
    "tC5B9E/sUQh8g/Pm2yWSL/yGTWDbFAhkKM8KBW2GNGo5WT9OHg4+RQF0E2SAkG7hi2uf11"
    "CTJGaS7WOsVLWpJBdmkHoxwgR8jAEbrbEepCxlogduLMXBvKQrlOw9lc2xpX7jjrKB1AvR"
    "NqKIHxyvF3MrYkRU1D/5fxcMBGP0AL0OeH3rXR5lzMw1R1wP3Qawwkqx8xeATiRg6QCvzK"
    "tQl/0WcNhk2Q3m6mGQP/cBuAERCMgGAErJER0OPdbJNzP40Rwm4allWeyLdnS4O70wI8Wo"
    "4tVo0bYdIRx78Pum3kX061vtC5Fq863S8fe/1+G4U+uk97N7fD0cR95nzwngw+kfHsPbE/"
    "TDXhN6e589dJK7gbCU5eAbmYaiNhIgwmveFAHN8Lwm0bRW5MtS/C7+JoOOnQe20U/DTV7o"
    "Wrz8PhF/Fa6Pe+CqPf2yh6Z6rddHrkx9B/SfvPncm4c3tLgBlck8bBj+TpcPTlY394L47u"
    "yJuCnwKU7gsCxO4d+00D8uU7g65gv9D70Cggf5dvs+I92SW+MRPJxk11+fVOuHPTUHKMco"
    "eqjZy/ZKzdDQZkZJIx5lzYo2/0u3PLvaIJMd2uILgJMe7lVPtIxg+95fwtwtHyE2JWhv7I"
    "ttmMl5KqJqaQBekKJY8V2uNPD7XBO6lj5633l36yGP2Qlh42vun0+/F8MMmy8HLFiqtJBz"
    "RIB4CGcqk3qi4xttJka1aAJCqNKnML/Q+pSqYYuGLpdVtdYLZWVEvRzBP62tdQByhE6cau"
    "qF0rItfQDuLGLpN+/xz82FLsxY7qiIkHwR0bhs4od5dSLMYjqJ9p8d3paYadkLRK3ArtZ1"
    "EDurxeYfEJb/KgHKYqBWqOKvK0MgHdSgG6FQfaWGui9GCxijfuKCwbJIS6svwkfMYNC0TY"
    "N4qZk8KUwGWeufygaIq5KMTmCCnwmWc+Q9Z+8n5ZTeMwg+3x1Adwt4K7Fdytxd2tw7U107"
    "/f0DqpDK9r4Gkzzfmq2+1Er9zq7kPhBJqPjAjZo05ARpTwBN2uDfId0fkpkqWNiWwxGimW"
    "fYwb1iz0ZnwrdNF0fXoqvb/8OX48XFmdgiOYg3WoCY7gH2ivz+IIrtBeX72MEIL7PrGxYf"
    "JalAQ9doQmgTBvDHiAhGM/PDexmW7IfKEBHqCF0V1gdM90eSNaBN5C6IeoAf8C+CfH+rAR"
    "P3R8zyt6Zi4+ZFhYLj4kLiz0UbWCThguYKrTlRp2MhYGkzai/9JgptsJDWK6nfAZUgIREI"
    "1yIyCoJl3Ej7IlA+M6P1ZWR/WKGQJfx0DVCRtYtnebqaVB5Ex2qFzJAP+KGUCX2JKoOvlv"
    "MA+BeagaklB9zUPeZMwh5AZIaijnlq9As0+pSsb3+OdSNQ61UkVUiEwxRxcpMUcX8Zgj8G"
    "DXbdnK4sFO0x0To4/20Rc5E5MPnRCCHx5oQcNnLOZHmkULmO/G3N5XPVnKW3LyLGjMDkBF"
    "5GcZSxC/vI2oMM+jHQDPeea5JHsnb+etIhclhMirv6LImgmlt1JRNZNKb+1lNqgFpHNpuZ"
    "KUx7yhAxEygJXXgjf1gZfbEExOIS4vBjO+BJcAckce4zrVno+iG9p2duPqLaglINsNdFVT"
    "cCPbT6Zh64pWpQzdzravSsphWUZvWBTNG50dOMsODtYJY33YMwT8scn0DwYGbpqbMDhZwF"
    "0I7kJwF9bA7g7uwmzcBXchuAth2eJm2criLkyzt6aeCJ9sbIXFi7V4zdeGgbV5rkIrQZoj"
    "LmJ347zRuwVRzhI4nRw3HQubpqvLf3QNi3k3ihhh/Zyy5Q9obw1IcoMnRz3HCAvFPvMGtx"
    "P93Dq7eH/x4fzywg+B9u+kxUGzQqBVPKc/Pgbsla6rWNKSQqC3ZBFYZ4TuUGuGfyeIbF6l"
    "N7t2djUc9kMb7FUvmrNyd3MljN6c2QOaNFIc+0scZ/vYe3OjzQuJPnFq8DDzI+3EtTTwLo"
    "F3iTerZrP8Ch9B8/2eFuROnezHcX/c3uhk88VVESDPVbQnRDV0qoVgUjRTeVzsO5B6Ti91"
    "Aumwzho675iOGndCpjppXEc8OGjAQQMOmhpYOsFBk4274KABBw0sW9wsW1kcNJDPBflcdc"
    "NclhR1I87W8iMrIDbl4IEIHWC9G2tVebBX9QJwM0gB8d2I6+QbLT373aMuqXkwZxLXD/UD"
    "FOOjZygUShQMU4L/hh9hKK7EYa1YMmiQDjjMM4ch1/sH5Tnkev9QPIdc71z8hcTk14YVQk"
    "cgdIQ3H2uzjMRkSKDNAzEk0FYngfY4wU9VGclhsyDkFh8xXMVfFxkRK8E1MzloJbhIQ9gK"
    "hK1A2EoN/L8QtpKNuxC2cqiVCsJWYNmCsJUKOpkhbOX4mOv2kW0Etzxgh4jqh3L5uzEEB0"
    "FwUH0RhzCVH8G5aVr6qiCTA4TAY555DIEqPyjPIVDlh+I5F4EqvFkuIKSCU3ghpIKHkIpX"
    "8/lXFWVw+teu5EklEYJiHhlAgtiRY8aOeIOJEToSGGe7I0dEJdB6VwRJY6hh5FH+ZCLSq/"
    "KMjQ3SNfIfRrK0QW/cFRtRHQXR+pk/N5Fkohui4yADr3TDMpFinaDOIxFSHimXkaKh8a/9"
    "k0YE7iO8jhn5EoyqodpWLOQlHhyzbQahMBAKw98KXlGfcpZQGHvqMfmd5BGydtpXKsjhFI"
    "5SLkV0bGW5IhwwyTtYW7bymFimN0JYqEZvIehODzUznAq9f2+1zs/ft07PLz+8u3j//t2H"
    "U79Ub/xRWs3eq94nWk42NBvi9WXnqjJ/ygn9lgZQL4a6ucIaYye+xnNlKakJvhePJrpeOE"
    "QnLnHVGJC2XAjd3k2n/+bsQ/MiUih5G+wV9WCS/WW+yDeefRIYzsWGc4LGlQi43742gJdW"
    "Vx3OYWgc+hwGiPhMxr2a0nmWiE/wk0FGd7VgBfcjuB95MyU3IaMbMrrrhvDe3t1D+leoK4"
    "pwbdlgOFj8Z800DwvVtsQHrxkk54JHAjwS1dd5IDk3G3chOfc4RhpIzoVlK8OylcVUsyKS"
    "kFhg7YrS1S/h6yB1iSER+pApjPpcUnPtEFuK+uF7dpkB37Po0rPFlz4K40t+pGmxowd+GQ"
    "8HbIhDRNG9QZlb6H9IVcyDqbwBhWK2VlRL0cwT+r7X0CkoSKFtwQP7zU3ntygfuv3hVXS9"
    "px1cgeUSLJd8QXzcY0wh5PioIcdLGk37UbEBiUcdb582d5rFFLsxebHbemfgcUdD65WqSz"
    "KWUXf8Fb1IClm/H9GDbiCFRvjaHaI/9FkbmZhs5DKSLETmstVEzuCS0csCa8haYNoKYU02"
    "4wHHh3sNw4oHpjow1VViba+ozpvFVEd+qYVZHhtBmxubFWHRBH9Pisfc0tbCZpfGVuG3Sb"
    "q46nO1Pxx88ppHZdiIDqz8B4uzjYXzxLCFiSCQLRrIBjrAQYNDPOmADMGc6MYp4YQK0K/4"
    "iAwJjM0SkL4zcQUtZlkBjs/jEL7ka6DBXb//mnELjYSYhd2KWSZlrIxQBUcLjMcrxJuHpW"
    "tK0kTxVmG/U1Irx4YuGpL2lNYMLyVFFWeK/J39fEUGPXafg9YGWhufO0aNtbYH8oNFdghA"
    "Br0tRA2aWwHNzV4gC2HvU9bByfYqsDv7Tgz7lLrOIaoD4R7bXCrsm7e390Kj26eE0Z1/dA"
    "ekqhyjO0wFo3vn6JY08wUbDJObP76THfgBWhjhBQyeKUE/grZexvTrMgOAMsgscQ2Bao1j"
    "+70nA+E+p2rQICRtRP6Zat3hYNLpToTrNvIvp9qvd51+72OP3vUv7bZfhZHX1rmcav3heN"
    "JG9N9GgWlUfgBMRJUMM3S8lFQ12YQdJj2eDfssZsR27uxluT5vvb/0jdb0Q5q9enzT6fcZ"
    "dRn0tTFPiNbKMDF86iNG99ozw37xyU1nQEZv3slxI0w6Yl/oXIud63EbhT5ONadPctv+O9"
    "U6t702Iv9Mtd7N7XBEpoLzl4/JsFIly8t0ybxxB2jqsJkcGuOQ2SwHzlG6+mFdvowERdz3"
    "F6A4Mikxgt/jNqVq5TwcVSOppiExS8qDKpmWKNGDmBRrU4D1LHqY5vwwPD7NE/bP1Dok4K"
    "5nhUI4ZaPzo7klAkQ5K+hSS1Tl9UpV5uRHi/pDTmQZpIBuGF2qwuVENUACaEL03jHhfSE/"
    "Oi+uARoYrhCxx0fE3uvUcuJzEO9VymkbrxeXbUsAN+uxKBVFNiTOZ8K1FExrDWhmMNkW99"
    "xwBqtZ1RPUgMCZAVZ7wy8B13qHQQfFogygBjWpksZsfbFlqJ25Y8wZ0EOmdNLRVfSv+KIb"
    "ZSSTD0hf96SrGkmsYaz0UkbSQK/yKSvpELkBHvOFpD2WgZUTgdO1u6srZpb0KBr6SwloTa"
    "THuoKEv/tlE/YESvgerNZQwyWdPsXavkc20vHUdXqq65jSZ3/geUIpp7xQDb2+6grWy0Ky"
    "TGm1EpfYNKW9F/d72l1ntbpxeqsTarlyHBkAv5AfpL8kwzvU8EQn/2QH+d7vsSbLXYHMUF"
    "84TcgQDQqvO0r4+DKz3TbTyaEzlUCIbBjRChuIUiP9AUmI9viTiWifbfSy0FX81n5oYsmY"
    "L9CLQhi7tuyqOrQNPcFzTmgM9pGhB3rP7hI+8VRR2jtkikKmKNeLeEUDvLJkim7nX4zpyS"
    "GzIaJaJIgeOmA2MS45eR1LDkkGPzWEAYDbmjdxs1mG29qrMXIc839VoQ0sjbwdiWObbZOU"
    "B9eku0tx8JqVWmcmJol7Qy0gvYEIDiI4p0tDjUXwmS4zqoplqKbgEdZCAj92rjlhyULPG+"
    "sYIoJgR9BxQMepEryg44COUxVod+o48c2sBFDrHZMX2r65q0oaimJJUCGjkS47VMlQoE02"
    "P9RkgZFDhhaKaenGZusZsl1CaKk/YxkpVhM9GPoSUY9kE1m6e0FPd4h7nUrrFTRb0GxBs6"
    "2IZktnsrhfUa9IFxwXZ6l1NS/C5P34GOqAZ4NFrdnoCAIFDmeIEYLxA4wfYPyoErxg/ADj"
    "R1WgzWX82O5NYADZlegd3ca5M4LQ5JQE24ebt7LD5GG5rXafmIkeDIzf0txXRNiKVUQUbM"
    "ci8Q9EejGRZGA7PNaZ6KY90dGbb+TZN/SgqBY2moh+ol/O/PYz47TMg7yCeYiMt67YuO0+"
    "NGbbDIwiYBThb6OosVGEfSxLcrBtrQ5igThb7vUEUMNADeMIYlDDOFbDXkdPEAzJXBt4oi"
    "+JkE8PFGIoDLE2qZoDdloTmTrYfKcKQQYKlolMr27QbBPMqsNmG60M/RkTCV9Dbu/kUiaN"
    "9PmTiQz8VlnSDPMmuXzGpHuk6daCMC2uRRzsLbt9qaAggILA5xJWYwWhSkLXMcvslyPSbo"
    "/7yJv1GKeE09R2KmRwJONRYIazAY8CM9l0TJZuli0GYkvNsy2nIYw647uR0EbuxVS76Q2G"
    "ozay/5BP9CQuslGSf4Q+2S2HA/d0rtC9qTYSJsLAeexfRoXbLGxsZWFjK5mNLQYbCYBm3q"
    "MZwlQQABFZ6In6UUhUDRHWUFKtiGTqYZJuu3ZTUzPbrt32HIftFdxbWqenWVal09PkZYk+"
    "Y9gDX8mmYte76y7W2lODZU4JPG6mWVJWhvIszTeiW4lv7lNkKoDUEcZvP3Vv3ppYUrGMTF"
    "WZYztQXENOh+ifvVv0ZqavyRiQ0RIvaST5TLcWdoQ4ejEUi/DQtoGY2Hgm1wy37EHfxPTO"
    "Ol3Sxyb+M+aeBSsLWFn43LtqbGWhEzHG7uQjiZ3WxzuK+JBMdc4lbp1dvL/4cH554R9O7N"
    "9JO6E4fjgxnVhxKK8UTTI2bDQ9igics41bObligKagdUUTz4MTgmz/V71BZ/Q7O3fdax8c"
    "7Fe/T4ROVNp2ttd8G0SICJyx6c7Y7Za9p48wVyVhTqHd6SkMDS2ufIVb9BPFWo83maXaB4"
    "8gS5ChoinmgoiQW7GyiVypU7IQGY+WXVYTKZaJ9BcN0cURPeFN05YrSavZBn37m0Nt/u2/"
    "lv6Etb++MYMND/gq8BVysFyBFAtSLI7JXiKZwXGeZ6gfFCTm2SJdiqntEDWEaGA3a75lTG"
    "31qXkGv/HLmFrw6b9TrTv+2kbknyJm/A8Z7GUfEq1lH6I2fFP5DxZ9jSGqezwma3Ihujop"
    "dH9vtc7P37dOzy8/vLt4//7dh1Nfs4s/SlPxrnqfqJYX4kRc7TMXUuvdZR5r8JaC5wHPjb"
    "ORyGEK2SmKuFRClMfZ0TmJBOFpA8/kUpGJIK7qEutkrfFSUtXEhSxEeLx17DTK09O9F67z"
    "1vtLf6miH9IWp/FNp9+Pr0a2o4Ggs9YYsyURwwhVpVEszZ73yt5x3pb5ctzj5to++kcskK"
    "DCIIXgAza6azP38eUMUkA31TLqzvQSTKO3jllttO2wmmvDTvNoeHHcnZ4SHJQl4FzvpHbG"
    "DM6O8HETgSqO8B75QBFJrZTTGf1wlJqsGvnOhMvpCImstQxnSHw13u0QCewF2SJ8XAIkze"
    "g5Yjq54w6uE/QtmL3wDSmm/ROcxKcH3UCSE2V6NxZGfjdvyO/d0OoJZkKcz4HfV+TIs20d"
    "NAPPsfIMFSrBf8L1elVj/4nNphi/M5Y0dGl5NmY2Ot2uMB63kfN3qt0OR5POVa/fm/zeRo"
    "EPNFy/O+l97HU7Xsh+4ONUiycFDK9+oU1oW//SroM4FgYTkXLuetS57/TtgoiRe0X8B+Wn"
    "AXhizRPBvOggiPbB+2AY3g0m9migF1OtL3Su24j+6+Z10N2uvd34ijCq/LKV+5UePXzd0R"
    "Js341bYXDdG3wSvwqjwCxk3Z1qzidaa9S7mmrj7mfh+q5Pb/qXU603EG9Hw08jew0IfKAT"
    "9ea2L7gFS91LugjQmUxvelekZWfQFfp2z/4lHxOYljPTsFp0YATIuZ62t3dX/V6XDAb771"
    "SLT+PO9U2PjBb7jzORnTnMyfStju2TEy9WnrwrmiobhzRD+IdPWYfsnGOHfkBe8/HymguN"
    "bp8SRnf+0S1jiwxUhsSVJapsSwvQF1hY3BDjvULLYp1wzAleA8zIux4Uih+tpTLX5VyJr0"
    "zicoTM3ea4o633B5DoCVTiQjIX+cAOEHE80rnZVW3AioeXMchLsHpyxoOKGDkzxZjZDJMs"
    "Cy9XVu44sxhxpaOkyog1C7ptck6dCGkNnQV1mjfP2FDIDynC6AgprI8881le4wIs3lIdhb"
    "ucmKYqx1xzvsDyWiVT8YF1RGo6j2PEwGqOWT3Xlysak1TIix+hhRWbZ07j7xamhXlEWdrk"
    "lmhjxD+8RGsjYpL3p5n8qIUmBVCfvA4a+LGtfgambi5qLEoqMZnB8srqBJiRnxn62iK7Ac"
    "PelzwDAiTRjUOZW+h/SFUyBbhXB3mKRTryUZAj2wDtIIr8H/osp4N4SwFZG9ElZanYu1wR"
    "K0WIFEQhnkWh9UouGLgapqyhLaqigasMtrvfnsNDAqozsyGfkM98wtc99opPhA9z6hWkFZ"
    "aYVpjltNxoWEcpaW81KyV40Kw3mpfZJW/EGjPlLfi4ufNo4XmgZaZkN+e4ZbustH3o708m"
    "cvtAb8i7sCa/pdlmP7dpvtmyiewcM0LfRBZR8pG50F/ItRumzM5vK/8VWVLavKzZ1doga7"
    "09GgNZUJDKBqlsnC5CFdUIsqSyBeZikZDBADnXyRCdQaf/+6TXpTlt3uVUu+mMvhAODD6J"
    "wk2n12+jyI2pdv+5Mxl3bm/byLtyM556g4nwadQJnGMTuBNdc18nKu7RkDQKfFx40HWyFG"
    "vsyRygihbaJmT8sLSM1fJqOOyH5ulVL2rovbu5EkZvzmzYSSPFkeIYde30tTHPFey5peB5"
    "5hSMPrzIElZ7kRxXexELrF3pqjLfiM/YMJkaX8p5ZTHKOrg3wniftzLgfd5KxJs+ijj3nh"
    "UZa6whncW1FyCuA9jHd+zNdYOa0meb3AXVopRgRwpjWyCfsJw8Qt5W7HLg5MakXB94ubV6"
    "cgrxYcyex63xVVVo9yjudWgL3nDmBrY0Emx42wbNnVY8PdR29wkeGvIp6PkYjpkNWTqSFb"
    "JFW2gpGU/YPguO1owiGvqSjg0k47lih0QxTuoopUvmQXPeULfLkcA5c2CWq8YaVWOz3D7F"
    "hSpRVOi6R0tFib7BrY2id6Za524yvCHMuBavhW5v3BsOqPkufpMPcxtYgA5sAQKlGJTiis"
    "AJSjEoxbxrbqAU/3hK8aOkftYjalzsYTNdGSbNxIXXbqci/AXjlRmsoPyTiQz9xUQPhr5E"
    "hPnm2sD2eegGAUlzdDXyRyWfCYwmluOacEl9wuGUHCzrTVB9QfXlQxStTIZ1DkG0QCj6sU"
    "LQqwfmXkmWe6VW8rb8HNsfvlKleRHFP0oHan90RDvyUKFsvxApZPvxk/YV31N9ZhUwnUUp"
    "YQ6BrefA8IKt57VsPa9jmBjR+nYri7CtwbBMBJ4200wThtPOO5t+t21CeMbGBgly6927s7"
    "+j1XqmKnNEqJG1kCyEyVNkktGEZSQht/M2+va3kxesqm+fyFqr/e3PtaRZyve37uO3hPqb"
    "XbXBJJ3gZdx2caR3gm2Dg2WsCbYNsG1E3PoJXn02q5+Ys6ugyshRBegDVPy3F1Jv6c+cGR"
    "CiqoVmfgigY+LYa0kJrjF/tLa/J0NQCDbYISu4TUXDa5spps+Wo0xbjqJOB9+9QE9+pA6J"
    "ORkpj7qxaaIXxVooGt2R0UqVLJpHi2b6WpMTQvtK65kZ4RcVm73eINoPxIKqrGz1FQv82c"
    "jcuzIcSRag53kXSzhKUOwOB5NOd+IcKeh9cp91BuN7YTR2n7mf3GfkVYL3xL6mybnjcecT"
    "vetd0TjC695EFL4Kg4kdQLj9NNXuaBv/WfDTVBuTHpygQ+9qqt0LV5+Hwy/itdDv0WP06J"
    "vi99wk4c71WCTjyz1Wzf841YTf6CGa4sden9IHP/lnYY79EzDp+Zuj3tdO93dxJPx6RwYb"
    "eRa9Q79tdyRM7C9rX0R3mddJI2RXWk0ssnr82qqHXLGcUquts4v3Fx/OLy/8eqv+nbSiq/"
    "EcY2nOtnplWyS21MdbIhq+SNax335CpogwEXLuyQ2Hqo2cv2RCD4aD3296/xRoNr97WWS4"
    "l39oIZTVq9v+zfCv8FtWjzeegwsAXADZlPs7k9wXnhMqbgWeNtPU+jVtJ+LnzPW2bg1dXs"
    "8tRL6WurGUudlEpkVGkIxo/Stb1bYVbRoUQ9Ryv3aMVy4rrsuX0mOWalpQOgu0dv6Xp4ru"
    "+lm0dm52/TrG2tl/mZoOG1GvPc/mj4JG/LPT0yxqyulpsp5Cn0UcJpLFOC0zywnJLiGU9S"
    "lS1ucBGwarim6mENItMYCfH/xXC4XmbXU5iFJ23OLQnEK6UwlLqgr96soXNlLqHQcfN9PV"
    "L/Lz9qp37GpFzGLEu0sZ76TOold5IxmqFIOqValFCFQtHlStimzlUAMaakBDDeg21ICuUg"
    "UgqAENNaB5XEPAXsGnkAP2ivraK1Kru4YbNHfaLPau7kp7QW+kmb62qHdXMZD+oiFpPtfX"
    "Gi1PszL0OTZNwhOGGWP/7pgx394Qh6quYMao0NpUYzMGVHWFqq6csIobnQ7EXBBzQcxlir"
    "mETcsRJt9+rqiKlCTrMlqlCrxLTGUSQiQacaqdou+1pKgbNNeXK8lQTCKC6Q/ohvRIhFL7"
    "OAJbQrWTFiX77NBtwCN9bHqxkLSBwoieLL/7TOmQNhw2MAqIyiAqV2V9q7GoHJqROaSvKF"
    "0NZbDyqyfYoOWNuAwRHTGl7FCrV0TQzRR0eZESdHkRD7q0x6W9hcWBTkyJDBMVSozkzJJe"
    "dl6ks+nnBjZKdryc09OKADtf4PlTsa03RFnDrbciWy0jezG+12LD0BlaYvLS7xPUwa8Xca"
    "JmWvfPU9b98/i6z034UoVmEeSHQn5owBZCjQBdXdOSfX6RFs2dNpB5uHGmWOUVNkKlmtqO"
    "7UHXHt+qyjOWHc+dpT9hzT6A4oVWdVQs9CKZyI2qYocxl9XxbnMHmDfAvFGNpavG5g17AU"
    "p0fWTIBot2UAs7x7FDrLYgzhT5ex4JOE55KAbUqUrnFjW2sSnXuN/L9MSZDnLsgS/NafiQ"
    "aIsThdgQ7QCYkJ8JNngi/r5SyL5SYP9n0cMxHDwbWoiqaa0Z5fCyRQBtqY9obd9qVGP79S"
    "fd4WAgdCfCdU4xu+ET2oUNnUu7EmJvZEcKeVfuPdrOvZhqA0G4HosjoXM3+dxGwU9TbSR8"
    "HX6hrd2LqHqVZasrvxCcq5OJ5lynfcVYnhw3H6eMTmplbqH/2RX/D8b2rWI1WyuqpWjmCX"
    "3fa+hWFKn0tTe6zEZmLu0guvbKeK4qWiH+MEiBQaUzSJVMSzQ32ryQahynho2R543R5ldu"
    "N0SYqg4i6BF8EVChNBn9atqbGDMsVqHUtXUXOQGOQQoJ9ODfOzC84N97Lf9e0rJRAtQZw8"
    "j5XCN2IsxYKEMIk++BBnf9/mu5UIedtbWgWjxuMNyngafNna5Tnew1C9H0W+/OmESksUGw"
    "QS5K6EHVXxwnp93NTybSdDJ4ms5RNsjSbY9nM+QUtT2fBpYVg/RwZyj/QDQFUsVvSVNGWu"
    "Vx3glH7XGwXTTBw/oDSbxZPKzelBXXhpJHqYzS1cKxGsmSPM2kWNJmyZmSp3HVsrgro3Qn"
    "Bm8MqMjEymSsWRc7MH4Nh8VXg7+gzR7UWAAJz2AcODLEhzEOQG55hXPLb6VHphnAvt/caQ"
    "BYec12af7JeGZKzIacbFCpq7Uu1FilLpCODZnY+SJk+T/2psr51xD2ykPYq2Q+5Qq48gkg"
    "zCqdGQXCrEwij87zFwgPkh2xQrh/J4h8XrnzdUqDr2f0283yIx0iBKyzY21/O7F4CYOUbs"
    "B+CfbLCgqvYHDjxirEebb9LdZk8jM/0VSEBstKFHze3G0tcpqLj377DAEjTq67PrMkGm1P"
    "62LTwI25pKr0NzbRi6QQeezRrvX3jVYMpNiFiwB886hM8vXt2I5dESPHeSmEjHCwpjXBvg"
    "X2LTAPcGcegKzYH0xeh1oYPMw7qM3ACSMgc5hriylkDnPOIIhC/SGkBohCrTd/wYoLUah8"
    "wwlGcYhCrQq0nEah3uPZQtefhGfM9jOEnjd3+hlenOYi9tvv9DNMFhjJa4N2gxRtpn9vI0"
    "JtbJBJhg+W7cOHkNsvmunypumdMfQGexrxz2iGH8g9p/EjtkykkP9bp6dxF8OB3zfVptpA"
    "t5CFNaILvtVfSJ9Oxmsop1Uxka6pG/Sk0XNFaQ6s3Ya+jz5zjxfF8gm6XRuEc+j8FMnSxk"
    "TSg4UNlN2P8a9A1bKAafzf4N8A/wafK2qN/RvOIcNxjieHl24pamFTPXT0Ll0/C1lOPcJa"
    "oHxsgykFL3cB5xBRObDv3joqPLQrWLo0KDy6xUtvhcF1b/Ap52bdcMnayL2YarejYVcYj2"
    "nZUf9yqn3s9Pr0lvM3KvtlYVz5hUgly8LLlcVg3XgpqWri6VhButqcjHXeen/pH4pFP6Sd"
    "hzW+6fT78fBSOC3puKcl5XKxsGjBx1K+j0UjYKwLKRARUjDC82yE9w0BBRgdpT0Kp48pcl"
    "Wd0TH79avaAK8xPefK2DSSzYB+k2aaJdAzAsrB1pkO93JFHloHziVGOrltWxPpTfohmBXC"
    "PsmrUC9ZLGlRp0LYFOMlyYNVDaxq/NkEamxVsyd2TldqkOawvlRONsQcnmkHGxuOGKLZrA"
    "3hHni2qTX6Quda7I6Ejn0uSvDTVLM/3d1eB565n9xnwqgz9h85H6hlove10/1dHAm/3pGh"
    "LXaHN7d9YeJYKhIeTbUbYdIR3WNZesOBSPg1+ERpEh5MtXvh6vNw+EWckJ7aKPipiN3jIl"
    "u2f0qyf4Ldo6DZ47hWj7NDrbrlWT2I+LaW1DiaqcnLWyJIXM6SuMy5jTUutEUE87KtrGPv"
    "zti/c9ftCsI1XZn8y6jdlbT60ru9tds4F3xYYsk8kXPKCQGSg565UD0p4XVcbRUyNR3C02"
    "bOF1heq8XKKURoa6jkVESpyWT5c+WgQqyO0oKNl2dOLyxrJSaJHunCcoS0kMDMGWdLFJlp"
    "mJ/th1oygE3ENEJVI0xbZxfvLz6cX174wPp30tAFD+yOWv4Z5NRWeiX/WBVCIj2J7ipeYP"
    "1nkMMWwPMWYAdDrexI3wLsjlMDt3nmNmRWHVQzDdWNywcvgxTghUwrTjKtgqOzBKhd2+E4"
    "0mtNEWdMbQ4TsULMSA7EiPJsdzBGdOyUe24AFE+DMIhKrBY1DoNYGwzvYLJK7jbn2TlfWC"
    "O/+JBJJb/4kKKT04eMuIhcwdBbCgiBTveFFKmcnrv8D1T9OWghe7J5MDacDB7BLWktVqNj"
    "OwVXBn5W9LUp7sECRh91MNUe3T9roycaulVQAGN2ANY8nq15RIlSnhmhkqmBWVuiIwZmec"
    "pOkKG+AsRxWBZ9KZ6vKWLig6Soa4O17yc69JLIXzGp8nQPWbdkX56smPSnFVmsIqSwTPG8"
    "THmq/WyT0yYeIzxoIBwv/M1TyW0lF9ztw5RgbuF4QrnfHpx44GXiBuJjHHITrLtsx5grLN"
    "nryqX9+GWEVR/VVLdTMJe0JvD/dVAH0UKyzM5q1dW1B+WxwfINhVs0U91CtC15TH+E1zhT"
    "iq73EnS1NhUNmyb5nssZNtCKptkGStz9A0neoxlWde3R9HJvg63YGbyHeAl4rThY4Zvgtf"
    "qBxKgsXqsV4RUWnTmc82hrBinUEYv4sRgl8twlVZTmc32dkDidUraNTV4Lw/2hoefjeCve"
    "UD+2jV5WzJUqbcTg8pFnBiTR18FfEiku1spSW6yVXFqsFZ0BVH8gnckJRxwlgx4jrB/arX"
    "fvskQtvHuXHLRAn0UOc8NLMlitfH7yEBG4ytNXoAKuch9f8QFbNCuzyCl7CX2AEZ4fmyEj"
    "RgtMxTXTccBUDKbiCkBc9fPQPYvgDdF/JNsDnmj+9Jo0M9k/l4HWpYbEx8sF2iekuO8TvW"
    "qBOQsMNlG8Fa1REmkNhQjBlsnpglTRfT6LLVNWDDxnbzvZKkiFOuDZuNMY3k3aiPwz1XqD"
    "NuoNom6cLApvliD95Aj9WHi+pxHlti3ECOtnW3h3lsWUQ1olwm0/SwBclbTHtbuJ5gY9SF"
    "w/4MsvYuYDNyf/POoGowhXtsWG2RHHHGjcdEZfyBpPy9H5l1PtbtLr9ya/t5F7MdU6d5PP"
    "wmDS63Zowcw2Cn8uslKVz0WonvYaiRKSQa4sbDCsoT70yWbRMDkwoEB6ROXqa7rKpFtX89"
    "c74c4tZplj3XKo2sj5yyyqSZYn+yORp66Ffu+rMKIE/uVUGwkdcoP+Gy+2eTf4Mhjek4XO"
    "vaCtuwKhtCmcKz5WvagGnENeYJDWYQZGEG9lkYlJq2TMW/G0VVp7iyApM+SzxJyJMBHUQE"
    "uogSZaiqXmknsjZPUbwwc5kcpZ+ovk0wUJwTfGj5Mkbj0x6ZkBRTImNahxVwX+uvHjxTLN"
    "IrTAaZ45TS28BZgcIAP+8sxfmkRbaBqHCIHHPPMYIlWS5d1qerCyRKpAknCuWZ0jSfjVzh"
    "7hbfaUAyeEVEFIVW1CqqLrRAkQ991uagptYGncDel2byoB2DsTV9BElxXX2DYeQpd8CzS4"
    "6/ez5YsnlUvMlSvuxvQ5/heB9lijUX2UfPEgdClRkxGEM0ROuqZV7JPszB8XpPkCvXGdOE"
    "3kdPAz0smEa6MbbEnIwG9dU4+JJE0mn3VDph+ctsitZmzG08ZL7psZ0BmIFXV9kdEQTgi7"
    "hLBLPtegiiqtWcIueY8qKCX4CYIIQkEEdBYSzi1XeSd6nBrskPwYpOKTOy1aJHkDTQ0U+T"
    "HVe7CegPWEI4gPYz0JSOh7oszIJqsp0OG1ksekv3uCoL09JGqvbotmJsX1Zdt4p8o6WWA0"
    "X5uWvsQGMrHxrMwxcjogNAbGyMLfLaQQlVJV9RcsowfdQK0LtEDSg0VoiPaIqLXqJxOpkm"
    "khF+24AnvQN0HxMw62iCZorqC5ho39ZJ6KijbT11oR1jPIa8j/ivA7kzYDgvcP4mR/1RKC"
    "oMVwI1wfpKzGLm/xUMMTnfxzYF8xD2N8f09xeepKBxvKfNFgqCnuk1T1RNq24eZozsT0IO"
    "aCyUgLcjnC7SgqJykoWaynzsbEehBsaAMkPDskCmYHHaTIIZ1UORB2m9cQ3bNMuVdnKblX"
    "Z/HcK/JGy3XxhxFOzpQOkBy/fOTrCFalFYqMiWDHtL399X/zkg/P"
)
