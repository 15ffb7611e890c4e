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
CREATE TABLE IF NOT EXISTS "workflow" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "trigger" VARCHAR(24) NOT NULL,
    "source" VARCHAR(16),
    "template_name" VARCHAR(512) NOT NULL,
    "template_language" VARCHAR(16) NOT NULL,
    "parameters" JSONB NOT NULL,
    "delay_seconds" INT NOT NULL,
    "enabled" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "campaign_id" UUID REFERENCES "campaign" ("id") ON DELETE CASCADE,
    "form_id" UUID REFERENCES "lead_form" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_workflow_organiz_94787d" ON "workflow" ("organization_id", "created_at", "id");
COMMENT ON COLUMN "workflow"."trigger" IS 'LEAD_CREATED: LEAD_CREATED';
COMMENT ON TABLE "workflow" IS 'When a lead matching the conditions is created, send a WhatsApp template after a delay.';
CREATE TABLE IF NOT EXISTS "workflow_run" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lead_key" UUID NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(300),
    "run_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "lead_id" UUID REFERENCES "lead" ("id") ON DELETE SET NULL,
    "message_id" UUID REFERENCES "whatsapp_message" ("id") ON DELETE SET NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "workflow_id" UUID NOT NULL REFERENCES "workflow" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_workflow_ru_workflo_8a1599" UNIQUE ("workflow_id", "lead_key")
);
CREATE INDEX IF NOT EXISTS "idx_workflow_ru_organiz_9e639b" ON "workflow_run" ("organization_id", "created_at", "id");
COMMENT ON COLUMN "workflow_run"."status" IS 'PENDING: PENDING\nCOMPLETED: COMPLETED\nSKIPPED: SKIPPED\nFAILED: FAILED';
COMMENT ON TABLE "workflow_run" IS 'One per (workflow, lead): a re-delivered lead webhook never sends twice.';
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
    "eJztfXtz2kgW71fp4p/J1CVeBzuPZW/dKoyVhAkGD+B4ZpctRaA2aCwkRhJ22N357rdbL/"
    "RoCUkI3FJO1UwspD4t+J1+nHf/t7HSZayaZ521MtEfsdZoo/82NGmFyUXsWRM1pPV694Te"
    "sKSZajeW1opo+c1mpmVIc4s8eJBUE5NbMjbnhrK2FJ2+pNFBa8mwNGwgmwi9+vbnd/Hs7O"
    "zbz01kzvU1lskDpGsY6cZC0hRTopT/IHfULVIsEy0lc4kUE5mWbmD5jL5V1ufktYq2ONYL"
    "Npry5waTn7nA1hIb5DX/+je5rWgy/o5N7+P6UXxQsCqHsFRk2oF9X7S2a/ve3V3v+qPdkn"
    "75mTjX1c1K27Veb62lrvnNNxtFPqM09NkCk58mWVgOQKxtVNVlh3fL+cbkhmVssP9V5d0N"
    "GT9IG5UyqvF/HzbanIKA7DfRfy7/n/vVAs1EcTCciGNhIoqNGF/pV4hwwr011zU6JhTNok"
    "D99y+n3x0g9t0GfUH3c2f06uLdzzYEumktDPuhDVfjL5tQsiSH1AZ9h/LcwBQTUbLiaF+T"
    "J5aywmzEw5QR5GWX9My7KMIB78aOBbup4YHrwXcEwBvkB8pDMrhd3qcwYNK7EcaTzs0tfd"
    "3KNP9Ubfw6E4E+adl3t5G7rxx+6WTWO+uB3wm6700+I/oR/XM4EKJc9dtN/tmg30naWLqo"
    "6c+iJAeGqXfXQ4203HHd/hvjd3cpGWxee+0jXCZoVZGvK+m7qGJtYS3Jx9b5eQpjv3ZG9u"
    "QirSLcGriPWs6zv0L42guoSNfDPCiHqcrBev8qdjKk311mAPrdZSLO9BETZvK6AjC7VDUc"
    "0m/eZQD6TXT52QFNH4WBtrd/Mw7yL+PhgA3yjiK6MyhzC/0PqYppHQvowL482yiqpWjmGX"
    "3fS2zNFKHQpuDB/Oqm81uUA93+8Cq62tMOriLswN/XCnlcYNMOU5awabvLCS8ToSJ7tIdJ"
    "6iatSqYlbsxCwlmUFjjNM6cN/ET2pCJ8DlMCl3nmsqcwzbZiPt02Rlimmssvg/dqtTtoHY"
    "PEf2yDRE5wGaQAL4GX2mUeHpk2gyBkcag/6gZWFtoXvLUB75HvI2lzlvroWsuGke6qCfHu"
    "7m4VNaRn37DFGmjkgiCALUdh6Yy7nWuhkbBmlAD0nYmrqNxkBTi2TLLhpQN7Js0fnyVDFk"
    "MjnD7RW3rkjt82/mjVWkXvSJq0sCGiv4V+cxf7nvakWJL702MG48DTZprJWAm322czToYY"
    "7LIcLLFNsMuCXTas2K8kRY0zXNDmxnZNGDTB360Exd6jrIU9K42lwm+TdIOKz9H+cPDJax"
    "61svwVx12cKfL3PIbEMNWxgK+TwdbQVYbfoadZgrZZxaSYsKbrkkZgdq24fIzvxteecC+M"
    "2ujN+VS7EW6u6HWLXHeub3qDNrogl8P7Ab17ed7IxpEF/bqvL1rv330gT+1fQz+8T2HN+K"
    "bT7/cGE3BKvMQY58g4W6VlnaOdOpM1R5rP8bqYhBYhBasdz3wG2+yPwGVbsS5im40RgvEQ"
    "bLNgm+UL4uPYZndTH2yz+wCOLZM82WZv8GqGDXOprBsM22zgaTPNNrsKtyvVNvuv2Lze0P"
    "Hyb7DZgs22EutEjW22YNN6QZsWCJdHld3pLpMT1gAJwAmyOiey+sYVr0FKT4M2MHd5ks9D"
    "A5shoUcHfrKMHp1xEEEB0jhI43WSxiGz7biZbaa6WeTB12sPjuO9jmP3CxPwNpplMIyKyS"
    "gzSE83oBt34/jO4N4rZRxnGcXJYzgWg4L/3CgGFlcPUhziK52o5JKW5NALUUYQnhHSY0Hs"
    "3wlinFdiyb7rXg2H/dB6f9WLBlHdUUPAqzc27KSR4giKcQWdoCk7w5JpI0nIXgoRnc46ch"
    "6F+PyAMewYOVpvLt9ffrh4d+lbOvw7aeYOB8iY7pgsfwcCE7yyEox8zSuX9uOXEVZ9KZit"
    "6wSLWFRsH0zSd+LuGxuDA4EKB2/XEaqda+NAqMK+lDpCZWLTPHxIjZ1eMoDEZ0xIOkbSRl"
    "YsET9hSnTYGkV7EmhHNYXqD312IES/6LOaYiPJh44eua6rEBGfpLktQB0MUWfuC2I1RcrE"
    "h6M0xrVFaC6t1pKyOHRL67rd1B0mUdFMZbE8dEj1nF7qipat4T3oxupAmPqkn4+km1rjpK"
    "zWumERZU9l1eDJNarsnj4qahWt1pkBK2FM1RkekX4Qn3WjDKAGpK970lW9AdOtQ2eejRXp"
    "ptY4mZZkbUxxvpS0RRmAje3+unZ3tQbOkhYlwDWRFnVFaW0oT9J8K1ITPDYPFa5und5GTm"
    "c1VY9dI7pmHm5moYOr6/RU1wFmo6XP/sDzEizCFK+h11d9EVtIqrjU1cPFCNLRZ12trQxh"
    "YIvMHBquZmwOFuFHXmejTX2l+BWmQT1EryMLPmk5V1SlDE8N1RRHoQ5rDSBpopWynt2Q3r"
    "p+Z7XGTJc21tIWZA+dqMMO6YlKsPWepWvpYFH/VqqveO9ghDWZ9CQuDOlgWezW6esT7aqu"
    "oD3j2VLXH2kEsvKEje2BkN073V27vdUdNXMz819SDnLjQI+1RW8pWaa0XtNmD8qh6vg97a"
    "2zXnftzmqP2Qqb5uH7gAfajdNb7VFzzWVlBEJ40DkWs6wREdWG75l8S/25JODu7c5qi5lu"
    "PD6oh4PldlN3mIiefvDO6XY12tRqxzxmmtetZJrUKzXCJqYvjOV5hRs00xK91m5T0fDbQq"
    "oXpHrFEIdUr+qmekE9S6hnycU2yftk8jBJnU0FDxqCM4aqw18o5XGYCJJSygPqS1S4vsSt"
    "rirzbceuymvzh6V7RNs0U9UPu7UohZvvPeJZeFJkTFoj/QE9L5X5EjkdIQlR6JBXOLiJJE"
    "0mLeghzY/kDm2sYkSUE+SG/SP8XTEt8+f4Kc9HegfoSBwsUE3QkUBHCu36T9jwEgmzKkgB"
    "khoWxbjIUk3gIrmcwEWsngAIViBYgWCVIlh9dReURKnq627F2StSBVYnsOiCtALSCkgr5U"
    "orHNlyy5dV8MMDjeF8wqLsxiXGp1aCLTdGmTa1KjitUqCmUyN6lhb+zliZko/n89rXQqJO"
    "W3HKOp0vJhK+jARDo8VpzGCXfGQJMKHnqfKL4bYkg0LOZg4C8QXEFxBfKiS+0Jmd2x8dIq"
    "rF9nBshzR4KvNtyRzNIvBUnmZvAoNaPQ1qXl1AhiQaKBmYLISagUZ7vZEdZJIh8VrRzhDd"
    "r23X3/hz53Xr7TvqPKQfZ1gysIHsmCqkmMi0yDiS407Hw7oCcZeDJQXEXRB3If7yBcRdZU"
    "15QtjGyEgQtLmxpdEayZanMHkhvCsk65ZlforJo2Q/ZpUwz8CAMDkwID8DVMm0RBOTZSP/"
    "BhOlreEWU5EtJZPuB8HmPwSbDfxExIAiAmOYEgw5PHOZm8M5q8NjOJsTzGT8QHq4mSxpOS"
    "gB2pzHnfK5BuxFeN9pp+R7oMFdv/9SFkl7gDPMkd7AT7ZFOnrR7nQB8IeDgRAMhHUyEOKV"
    "pKiFbCY+ZS0c4qe2l9joiTNF/p7HMBumAsPsXsPsA3mryD5vNsMQD1HDMC8wzNcEsmLY+5"
    "Rgjc0P+x/6TLQUSy0GfYga4C8w6r3KRnkdbzHCWiw6kaOC377NsMqTVsnHBdNnkVhv3VqL"
    "JiaSaDEHUIQeBn3+Qb96kESsUSwY6lrqmc0RSjizOcOZzfaAdRxnFl4zAFcWiUc3x2kLHd"
    "/M2Xh3D3P+e6t1cfG+dX7x7sPby/fv33449091jj9KO975qveJwh5iT5wPTn1Q9hovaJtV"
    "zFAW4sSO+pRHwZvYcGqQnnW6k95XIaedouFQtZHzd6qN78a3wuBauG4j/3KqCaPOmN5y/j"
    "YK7BRv3mXYKN5ElefdPkEfhbnlFc4Q45mqWbfolC7qsGscPRN/LRe0MoUpwcrEi5WJ4WaM"
    "n0NDN5sDXI1J9OBvTHWQxWADl443sva4dJIGXG6/TmDvWSuiHVh56EHGa2VCu6ngCpeEfl"
    "iPwKsZ2VOXyvrgE3G8juoKVayE2aHnljAKqNURt1Ce78FnfYWzi+uIl5uSciBSgeyXOoKk"
    "P2tEOj3d2cYV2VmjoaMlnZItfM9xSnYVoYLTVHNDtqEn0pRyVMsd7anWJ7SUc+gsNSXV/N"
    "DZss6bpVDV/rzZFz9sqirL1jHD/TobWbGcxYsR9Bd42kwL/ZNoO2cxtRtC5B9E/sUQh8g/"
    "Pm2yWSL/yGTWDbFAhkKM8KhW2FNGo5WT9OHg4+RQF0E2SAkG7hi2uf11CTJGaS7WOsVLWp"
    "JBdmkHoxwgR8jAEbrfEepCxlog9uLMXBvKQrlOw9nc2BpX7jjrKB1AvRdqKIHxwvF3MrYk"
    "RU1D/5fxcMBGP0AL0OeH3rXR5lzMw1R1wP3Yawwkq58weATiRo6QCvzCtQl/0WcNhk2Q3m"
    "6mGQP/cBuAERCMgGAErJER0OPdbJtzP40Rwm4allUeybdnS4P70wI8Wo4tVo0bYdIRx78P"
    "um3kX061vtC5Fq863S8fe/1+G4U+uk97N7fD0cR95nzwngw+kfHsPbE/TDXhN6e589dJK7"
    "gbCU5eAbmYaiNhIgwmveFAHN8Lwm0bRW5MtS/C7+JoOOnQe20U/DTV7oWrz8PhF/Fa6Pe+"
    "CqPf2yh6Z6rddHrkx9B/SfvPncm4c3tLgBlck8bBj+TpcPTlY394L47uyJuCnwKU7gsCxO"
    "4d+00D8uU7g65gv9D70Cggf5dvs+I92SW+MRPJxk11+fVOuHPTUHKMcoeqjZy/ZKzdDQZk"
    "ZJIx5lzYo2/0u3PLvaIJMd2uILgJMe7lVPtIxg+95fwtwtHyE2LWhr5g22zGK0lVE1PIgn"
    "SFkscK7fHnx9rgndSxi9b7d36yGP2Qlh42vun0+/F8MMmy8GrNiqtJBzRIB4CGcqm3qi4x"
    "ttJka1aAJCqNKnML/Q+pSqYYuGLpdTtdYLZRVEvRzDP62pdQByhE6cauqF0rItfQDuLGLp"
    "N+/xz82FEcxI7qiIlHwR0bhs4od5dSLMYjqJ9p8e35eYadkLRK3ArtZ1EDurxZY/ERb/Og"
    "HKYqBWqOKvK0MgHdSgG6FQfa2Gii9GCxijfuKSwbJIS6svwkfMYNC0TYN4qZk8KUwGWeuf"
    "ygaIq5LMTmCCnwmWc+Q9Z+8n5ZTeMwg+3x1Adwt4K7Fdytxd2tw40107/f0DqpDK9r4Gkz"
    "zfmq2+1Er9zq/kPhBJqPjAjZQicgI0p4hm43BvmO6OIcydLWRLYYjRTLPsYNaxZ6Nb4Vum"
    "i6OT+X3r/7OX48XFmdgiOYg3WoCY7gH2ivz+IIrtBeX72MEIL7IbGxYfJalAQ9dYQmgTBv"
    "DHiAhGM/PDexmW7IfKEBHqCF0V1gdM90eStaBN5C6IeoAf8C+CfH+rARP3Z8zwt6Zi4/ZF"
    "hYLj8kLiz0UbWCThguYKrTlRp2MhYGkzai/9JgptsJDWK6nfAZUgIREI1yIyCoJl3Ej7Ij"
    "A+M6P1ZWR/WKGQJfxkDVCRtYdnebqaVB5Ex2qFzJAP+KGUBX2JKoOvlvMA+BeagaklB9zU"
    "PeZMwh5AZIaijnlq9As0+pSsb39OdSNY61UkVUiEwxR5cpMUeX8Zgj8GDXbdnK4sFO0x0T"
    "o48O0Rc5E5OPnRCCHx5oQcMnLOZHmkULmO/H3N5XPVnKW3LyLGjMDkBF5GcZSxC/vI2oMM"
    "+jHQDPeea5JHsnb+etIhclhMirv6LImgmlt1JRNZNKbx1kNqgFpHNptZaURd7QgQgZwMpr"
    "wZv6wMttCCanEJcXgxlfgksAuSOPcZ1qz0fRDW07+3H1FtQSkO0GuqopuJHtJ9OwdUWrUo"
    "ZuZ9dXJeWwLKM3LIrmjc4OnGUHB+uEsT7uGQL+2GT6BwMDN81NGJws4C4EdyG4C2tgdwd3"
    "YTbugrsQ3IWwbHGzbGVxF6bZW1NPhE82tsLixVq85hvDwNo8V6GVIM0JF7G7cd7o3YIoZw"
    "mcTo6bjoVN09XlP7qGxbwbRYywfk7Z8ge0twYkucGTo55jhIVin3mD24l+br25fH/54eLd"
    "pR8C7d9Ji4NmhUCreE5/fAzYK11XsaQlhUDvyCKwzgjdsdYM/04Q2bxKb3bt7Go47Ic22K"
    "teNGfl7uZKGL16Yw9o0khx7C9xnO1j782tNi8k+sSpwcPMj7QT19LAuwTeJd6sms3yK3wE"
    "zfcHWpA7dbIfx/1xB6OTzRdXRYA8V9GBENXQqRaCSdFMZbE8dCD1nF7qBNJxnTV03jEdNe"
    "6ETHXSuI54cNCAgwYcNDWwdIKDJht3wUEDDhpYtrhZtrI4aCCfC/K56oa5LCnqVpxt5AUr"
    "IDbl4IEIHWC9H2tVebBX9QJwM0gB8f2I6+QbrTz73UKX1DyYM4nrh/oRivHRMxQKJQqGKc"
    "F/w48wFFfisFYsGTRIBxzmmcOQ6/2D8hxyvX8onkOudy7+QmLyS8MKoSMQOsKbj7VZRmIy"
    "JNDmgRgSaKuTQHua4KeqjOSwWRByi08YruKvi4yIleCamRy0ElykIWwFwlYgbKUG/l8IW8"
    "nGXQhbOdZKBWErsGxB2EoFncwQtnJ6zHX7yDaCWx6wQ0T1Q7n83RiCgyA4qL6IQ5jKj+Dc"
    "NC19XZDJAULgMc88hkCVH5TnEKjyQ/Gci0AV3iwXEFLBKbwQUsFDSMWL+fyrijI4/WtX8q"
    "SSCEExjwwgQexIGjr/5zBk7nXj8UElsmh90DlmZI031RiBNYFZuD+uRlQCrffF1zSGGkYe"
    "5U8mIr0qT9jYIl0j/2EkS1v0yt3PENXgEK0u+nMTSSa6IRogMvBaNywTKdYZ6iyICLegXE"
    "aKhsa/9s8aEbhP8DpmXFAw5ojqorGAoHjo0K4ZBApBoBB/+1tFPe5ZAoXsqcfkd5K/zNpr"
    "faogh1M4SrkUsUAoqzXhgEnewRJolEViEeMIYaEKxoWgOz/WzHDqF/+91bq4eN86v3j34e"
    "3l+/dvP5z7hYzjj9IqGl/1PtFiu6HZEK++O1eV+WNO6Hc0gHox1M011hg78TWeKytJTfBM"
    "eTTR9cIhOnOJq8aAtOVC6PZuOv1Xbz40LyNlpHehcFH/Ltlf5st849kngeFcbDgn6KOJgP"
    "vtawN4aVXn4ZSKxrFPqYB42GTcqymdZ4mHBS8i5LtXC1ZwzoJzljdTchPy3SHfvW4IH+z7"
    "PqZ/hTrqCNdWDYaDxX/WTPOwUG1LfPCaQeoyeCTAI1F9nQdSl7NxF1KXT2OkgdRlWLYyLF"
    "tZTDVrIgmJBdauKF390uGOUrUZ0sSPmeCpzyU11w6xo6gfvm/eZcD3TXTp2eFLH4XxJT/S"
    "tNjRA7+MhwM2xCGi6N6gzC30P6Qq5tFU3oBCMdsoqqVo5hl930voFBSk0Lbggf3qpvNblA"
    "/d/vAqut7TDq7AcgmWS74gPu0hrxCQDQHZ3ARkr2is8UfFBiQek7172txrNFTsxuTFbuu9"
    "YdkdDW3Wqi7JWEbd8Vf0LClkd1ugB91ACo1/tjtEf+izNjIxEXNkJFmIrHRWEzlTT0bPS6"
    "wha4lpK4Q12YyHYx/vNQwbJxgywZBZiZ2vohaBLIZM8kstzPJnCdrc2K4Jiyb4e1K06o62"
    "FhbNNLYKv03ShXmfq/3h4JPXPCrhRywEyn+wONtaOE+EX5gIwvyiYX6gIR01dMaTDsgQzI"
    "lunBJONwHtk4+4mcDYLAHpOxNX0J6YFeD4PA7hS74GGtz1+y8Z1dFIiOjYr5hlUsbKCORw"
    "tMB4NEe8eVi6piRNFG8V9soltXI8DKIhaY9pzfBKUlRxpsjf2c/XZNBj9zlobaC18blj1F"
    "hreyA/WGQHSGTQ20LUoLkV0NzsBbIQ9j5lHVyQLwK7s+/EsE+pCR6iOhLusc2lwpEL9vZe"
    "aHT7lDC684/ugFSVY3SHqWB07x3dkmY+Y4NhcvPHd3J4Q4AWRngBg2dKSJSgbVYx/brM8K"
    "gMMktcQ6Ba49h+79lAuM+pGjQISRuRf6ZadziYdLoT4bqN/Mup9utdp9/72KN3/Uu77Vdh"
    "5LV1LqdafzietBH9t1FgGpUfHhRRJcMMHa8kVU02YYdJT2fDfhMzYjt3DrJcX7Tev/ON1v"
    "RDmr16fNPp9xlVK/SNMU+IZcswMXzqE8Y+2zPDfvHZTWdARm/eyXEjTDpiX+hci53rcRuF"
    "Pk41p09y2/471Tq3vTYi/0y13s3tcESmgvOXj8mwViXLywPKvHEHaOqwmRwb45DZLAfOUb"
    "r6YV2+jAQHABwuQHFkUmKkBsRtStXKCDmpRlJNQ2KWhBBVMi1Rood4Kda2AOtZ9DDN+WF4"
    "fJon7J+pVVrAXc8KhXBKjudHc0cEiHJW7qaWqMqbtarMyY8W9YecyDJIAd0wulSFy4lqgA"
    "TQhOi9U8L7TH50XlwDNDBcIWKPj4i9l6l0xecgPqjQ1S5eLy7blgBu1iN1KopsSJzPhGsp"
    "mNYa0Mxgsi3uueEM1vqqJ6gBgTMDrPaGXwKu9Q6DDopFGUANalIljdn6YstQO3PHmDOghz"
    "zypDxy+ld81o0yUu0HpK970lWNJNYwVnopI2mgV/kMmnSI3ACP+VLSFmVg5UTgdO3u6oqZ"
    "JS1EQ38uAa2JtKgrSPi7XzbhQKCE78FqDTVc0ulTrB163CcdT12np7qOKX32B54nFLrKC9"
    "XQ66uuYD0vJcuU1mtxhU1TOnhxv6fdddbrG6e3uqJWUpme0aZGNqp8lXoYI/CZ/CCndBEb"
    "2aGGJzr5J/sovPd7rBHEOVNnfek9IYU2KN3vqXHkKxV220wHz85UAiGyYURrbCBKjfQHJC"
    "Ha408mon220fNSV/Fr+6GJJWO+RM8KYezGsssO0Tb0ANg5oTHYJ84e6T37axzFc2lp75BK"
    "C6m0XO9yFY2Ay5JKu5t/MaYnxxSHiGqRQXvsiOLEwO3kdSw5Zhsc+RAnAX593sTNZhl+fa"
    "8Iy2n8I1WFNrA08naikm3XTlIeXJv3PsXBa1ZqIZ6YJO4NtYD0BiI4iOCcLg01FsFnuswo"
    "u5ah3IRHWAsJ/NTJ+IQlSz1vMGiICKJBQccBHadK8IKOAzpOVaDdq+PEN7MSQK130GJo++"
    "aubGsozCdBhYyGAu1RJUORSNn8UJMlRg4ZWiqmpRvbnWfIdgmhlf6EZaRYTfRg6CtEPZJN"
    "ZOnuBT3+Iu51Kq1X0GxBswXNtiKaLZ3J4mFVzyJdcFy9ptblzgiTD+NjqAOeDRa1ZqMjCB"
    "Q4vSJGCMYPMH6A8aNK8ILxA4wfVYE2l/FjtzeBAWRfJnx0G+fOCEKzdxJsH25izx6Th+W2"
    "2n+kKHowMH5Nk4MRYStWEVGwHYvEPxDpxUSSge3wWGeim/ZER6++kWff0IOiWthoIvqJfj"
    "nz28+M40SP8grmKTveumLjtv9UnV0zMIqAUYS/jaLGRhH2uTXJwba1OqkG4my51xNADQM1"
    "jCOIQQ3jWA17GT1BMCRzY+CJviJCPj1xiaEwxNqkag7YaU1k6mDzvSoEGShYJjK9ukWzbT"
    "CrDptttDb0J0wkfA25vZNLmTTS548mMvBrZUVT8Jvk8gmT7pGmW0vCtLgWcbS37PelgoIA"
    "CgKfS1iNFYQqCV2nPIegHJF2dx5K3qzHOCUcN7dXIYMzK08CMxyeeBKYyaZjsnSzbDEQO2"
    "qebTkNYdQZ342ENnIvptpNbzActZH9h3yiR5WRjZL8I/TJbjkcuMeXhe5NtZEwEQbOY/8y"
    "KtxmYWMrCxtbyWxsMdhIADTznl0RpoIAiMhCT9SPQqJqiLCGkmpFJFMPk3TbtZuamtl27b"
    "bnOGyv4N7SOj/PsiqdnycvS/QZwx74QjYVuyBgd7nRHhssc0rgcTPNkrI2lCdpvhXdUoVz"
    "nyJTAaSOMH79qXvz2sSSimVkqsoc24HiGnI6RP/s3aJXM31DxoCMVnhFI8lnurW0I8TRs6"
    "FYhIe2DcTExhO5Zrhlj/ompnfW6ZI+NvGfMfcsWFnAysLn3lVjKwudiDF2J5/Z7LQ+3VnN"
    "x2Sqc3Bz683l+8sPF+8u/dOb/TtpRzjHT2+mEysO5ZWiScaWjaZHEYFztnVLS1cM0BS0rm"
    "jieXBCkO3/qjfojH5n56577YOD/er3idCJStvO9ppvgwgRgTM23Rm727IP9BHmKrXMKbR7"
    "PYWhocWVr3CHfqJY6/Ems1T74BFkCTJUNMVcEhFyJ1Y2kSt1ShYi49Gyy2oixTKR/qwhuj"
    "iiR7xt2nIlaTXbom9/c6jNv/3X0h+x9tc3ZrDhEV8FvkIOliuQYkGKxTHZSyQzOM7zDPWD"
    "gsQ8W6RLMbUdo4YQDexmzbeMqa0+Nc/gN34ZUws+/Xeqdcdf24j8U8SM/yGDvexDorXsQ9"
    "SGbyr/waKvMUR1j0WyJheiq5NC9/dW6+Lifev84t2Ht5fv37/9cO5rdvFHaSreVe8T1fJC"
    "nIirfeZSar19l8cavKPgecBz42wkcphCdooiLpUQ5Wl2dE4iQXjawDO5VGQiiKu6xDp6bL"
    "ySVDVxIQsRnm4dO4/y9Pzgheui9f6dv1TRD2mL0/im0+/HVyPb0UDQ2WiM2ZKIYYSq0iiW"
    "Zs97Ye84b8t8Oe5xc2OfjSQWSFBhkELwARvdjZn7fHcGKaCbahl1Z3oJptFbx6w22nVYzb"
    "Vhr3k0vDjuT08JDsoScK53UjtjBmdH+LSJQBVH+IB8oIikVsrxlX44Sk1WjXxnwuV0hETW"
    "WoYzJL4a73eIBPaCbBE+LgGSZvQcMZ3ccQfXGfoWzF74hhTT/glO4tODbiDJiTK9Gwsjv5"
    "tX5PduafUEMyHO58jvK3Lk2a4OmoHnWHmCCpXgP+F6vaqx/8RmU4zfGUsaurQ8GzMbnW5X"
    "GI/byPk71W6Ho0nnqtfvTX5vo8AHGq7fnfQ+9rodL2Q/8HGqxZMChle/0Ca0rX9p10EcC4"
    "OJSDl3Percd/p2QcTIvSL+g/LTADyx5pFgXnQQRPvgfTAM7wYTezTQi6nWFzrXbUT/dfM6"
    "6G7X3m18RRhVftnKw0qPHr/uaAm278atMLjuDT6JX4VRYBay7k415xOtNepdTbVx97Nwfd"
    "enN/3LqdYbiLej4aeRvQYEPtCJenPbF9yCpe4lXQToTKY3vSvSsjPoCn27Z/+SjwlMy5lp"
    "WC06MALkXE/b27urfq9LBoP9d6rFp3Hn+qZHRov9x5nIzhzmZPpWx/bJiRcrT94VTZWNQ5"
    "oh/MOnrEN2zqlDPyCv+XR5zYVGt08Jozv/6JaxRQYqQ+LKElW2owXoCywsbojxQaFlsU44"
    "5gSvAWbkXQ8KxY/WUpnrcq7EVyZxOULmfnPcydb7I0j0BCpxKZnLfGAHiDge6dzsqjZgxc"
    "PLGOQlWD0540FFjJyZYsxshkmWhVdrK3ecWYy40lFSZcSaBd02OadOhLSGzoI6zZsnbCjk"
    "hxRhdIQU1kee+SxvcAEW76hOwl1OTFOVY645X2J5o5Kp+MA6IjWdxzFiYDXHrJ7rqzWNSS"
    "rkxY/QworNM6fxdwvTwjyiLG1zS7Qx4h9eorURMcn700x+1EKTAqhPXgcN/NRWPwNTNxc1"
    "FiWVmMxgeWV1AszIzwx9Y5HdgGHvS54BAZLoxqHMLfQ/pCqZAtyrgzzFIh35KMiRbYB2EE"
    "X+D32W00G8o4CsjeiSslLsXa6IlSJECqIQz6LQZi0XDFwNU9bQFlXRwFUG291vz+EhAdWZ"
    "2ZBPyGc+4csee8Unwsc59QrSCktMK8xyWm40rKOUtLealRI8atYbzcvskjdijZnyFnzc3H"
    "u08DzQMlOym3Pcsl1W2j709ycTuX2gV+RdWJNf02yzn9s032zVRHaOGaFvIoso+chc6s/k"
    "2g1TZue3lf+KLCltXtbsemOQtd4ejYEsKEhlg1Q2ThehimoEWVLZAnOxSMhggJzrZIjOoN"
    "P/fdLr0pw273Kq3XRGXwgHBp9E4abT67dR5MZUu//cmYw7t7dt5F25GU+9wUT4NOoEzrEJ"
    "3ImuuS8TFbcwJI0CHxcedJ0sxRp7MgeoooW2CRk/LC1jtbwaDvuheXrVixp6726uhNGrNz"
    "bspJHiSHGMunb6xpjnCvbcUfA8cwpGH15mCau9TI6rvYwF1q51VZlvxSdsmEyNL+W8shhl"
    "HdwbYbwvWhnwvmgl4k0fRZx7T4qMNdaQzuLaCxDXAezTO/bmukFN6bNt7oJqUUqwI4WxLZ"
    "BPWE4eIW8rdjlwcmNSrg+83Fo9OYX4OGbP09b4qiq0BxT3OrYFbzhzA1saCTa8XYPmXiue"
    "Hmq7/wQPDfkU9HwMx8yGLB3JCtmiLbSSjEdsnwVHa0YRDX1FxwaS8VyxQ6IYJ3WU0iXzoD"
    "lvqNvlSOCcOTDLVWONqrFZ7pDiQpUoKnTdo6WiRN/g1kbRO1OtczcZ3hBmXIvXQrc37g0H"
    "1HwXv8mHuQ0sQEe2AIFSDEpxReAEpRiUYt41N1CKfzyleCGpn/WIGhd72ExXhkkzcem126"
    "sIf8F4bQYrKP9kIkN/NtGDoa8QYb65MbB9HrpBQNIcXY38UclnAqOJ5bgmXFKfcDglB8t6"
    "E1RfUH35EEUrk2GdQxAtEIp+qhD06oF5UJLlQamVvC0/p/aHr1VpXkTxj9KB2h8d0Y48VC"
    "jbL0QK2X78pH3F91SfWQVMZ1FKmENg6zkyvGDreSlbz8sYJka0vt3aImxrMCwTgafNNNOE"
    "4bTzzqbfb5sQnrCxRYLcevv2zd/RejNTlTki1MhaShbC5CkyyWjCMpKQ23kbffvb2TNW1d"
    "ePZK3V/vbnRtIs5ftr9/FrQv3Nrtpgkk7wKm67ONE7wbbBwTLWBNsG2DYibv0Erz6b1Y/M"
    "2VVQZeSoAvQRKv7bC6m39GfODAhR1UIzPwbQMXHspaQE15g/2tjfkyEoBBvskRXcpqLhtc"
    "0U02fLUaYtR1Gng+9eoCc/UofEnIyUhW5sm+hZsZaKRndktFYli+bRopm+0eSE0L7SemZG"
    "+EXFZq83iPYDsaAqK1t9xQJ/NjL3rgxHkgXoed7FEo4SFLvDwaTTnThHCnqf3GedwfheGI"
    "3dZ+4n9xl5leA9sa9pcu543PlE73pXNI7wujcRha/CYGIHEO4+TbU72sZ/Fvw01cakByfo"
    "0LuaavfC1efh8It4LfR79Bg9+qb4PTdJuHM9Fsn4co9V8z9ONeE3eoim+LHXp/TBT/5ZmG"
    "P/BEx6/uao97XT/V0cCb/ekcFGnkXv0G/bHQkT+8vaF9Fd5mXSCNmVVhOLrJ6+tuoxVyyn"
    "1GrrzeX7yw8X7y79eqv+nbSiq/EcY2nOtnplWyR21KdbIhq+SNax335GpogwEXLuyQ2Hqo"
    "2cv2RCD4aD3296/xRoNr97WWS4l39oIZTVq9v+zfCv8FtWjzeegwsAXADZlPs7k9wXnhIq"
    "bgWeNtPU+g1tJ+KnzPW2bg1d3swtRL6WurWUudlEpkVGkIxo/Stb1bYVbRoUQ9Ryv3aMVy"
    "4rrsuX0mOWalpQOgu0dv6Xp4ru+lm0dm52/TrG2tl/mZoOG1GvPc/mj4JG/Dfn51nUlPPz"
    "ZD2FPos4TCSLcVpmlhOSXUIo61OkrM8DNgxWFd1MIaQ7YgA/P/gvFgrN2+pyFKXstMWhOY"
    "V0rxKWVBX6xZUvbKTUOw4+bqarX+TnHVTv2NWKmMWI95cy3kudRa/yRjJUKQZVq1KLEKha"
    "PKhaFdnKoQY01ICGGtBtqAFdpQpAUAMaakDzuIaAvYJPIQfsFfW1V6RWdw03aO61WRxc3Z"
    "X2gl5JM31jUe+uYiD9WUPSfK5vNFqeZm3oc2yahCcMM8bh3TFjvr0hDlVdwYxRobWpxmYM"
    "qOoKVV05YRU3Oh2IuSDmgpjLFHMJm1YjTL79XFEVKUnWZbRKFXhXmMokhEg04lR7Rd9rSV"
    "G3aK6v1pKhmEQE0x/QDemRCKX2cQS2hGonLUr22aG7gEf62PRiIWkDhRE9WX73mdIhbThs"
    "YBQQlUFUrsr6VmNROTQjc0hfUboaymDlV0+wQcsbcRkiOmFK2bFWr4igmyno8jIl6PIyHn"
    "Rpj0t7C4sDnZgSGSYqlBjJmSW97LxIZ9PPDWyU7HQ5p+cVAXa+xPPHYltviLKGW29FtlpG"
    "9mJ8r8WGoTO0xOSl3yeog18v4kTNtO5fpKz7F/F1n5vwpQrNIsgPhfzQgC2EGgG6uqYl+/"
    "wiLZp7bSDzcONMscprbIRKNbUd24OuLV6ryhOWHc+dpT9izT6A4plWdVQs9CyZyI2qYocx"
    "l9XxfnMHmDfAvFGNpavG5g17AUp0fWTIBot2UAs7x6lDrHYgzhT5ex4JOE55LAbUqUrnDj"
    "W2sSnXuD/I9MSZDnLqgS/NafiQaIsThdgQ7QCYkJ8JNngi/r5WyL5SYP9n0cMxHDwbWoiq"
    "aW0Y5fCyRQDtqE9obd9pVGP79Wfd4WAgdCfCdU4xu+ET2oUNnUu7EmJvZEcKeVfuPdrOvZ"
    "hqA0G4HosjoXM3+dxGwU9TbSR8HX6hrd2LqHqVZasrvxCcq5OJ5lynfcVYnhw3H6eMTmpl"
    "bqH/2RX/j8b2nWI12yiqpWjmGX3fS+hWFKn0tTe6zEZmLu0guvbKeK4qWiH+MEiBQaUzSJ"
    "VMSzS32ryQahynho2R543R5lduN0SYqg4i6Al8EVChNBn9atqbGDMsVqHUtXUXOQGOQQoJ"
    "9ODfOzK84N97Kf9e0rJRAtQZw8j5XCP2IsxYKEMIk++BBnf9/ku5UIedjbWkWjxuMNynga"
    "fNva5Tnew1S9H0W+/PmESksUGwQS5K6EHVnx0np93NTybSdDJ4ms5RNsjSbY9nM+QUtT2f"
    "BpYVg/RwZyj/QDQFUsWvSVNGWuVp3glH7XGwXTTBw/oDSbxZPKzelBU3hpJHqYzS1cKxGs"
    "mSPM+kWNJmyZmS53HVsrgro3QnBm8MqMjEymSs2RQ7MH4Dh8VXg7+gzR7VWAAJz2AcODHE"
    "xzEOQG55hXPLb6UF0wxg32/uNQCsvWb7NP9kPDMlZkNONqjU1VoXaqxSF0jHhkzsfBGy/B"
    "97U+X8awh75SHsVTIfcwVc+QQQZpXOjAJhViaRR+f5C4QHyU5YIdy/E0Q+r9z5MqXBNzP6"
    "7Wb5kQ4RAtbZsba/nVi8hEFKN2C/BPtlBYVXMLhxYxXiPNv+Fmsy+ZmfaCpCg2UlCj5v7r"
    "cWOc3Fhd8+Q8CIk+uuzyyJRtvTutg0cGMuqSr9jU30LClEHlvYtf6+0YqBFLtwEYBvHpVJ"
    "vr4d27EvYuQ0L4WQEQ7WtCbYt8C+BeYB7swDkBX7g8nrUAuDh3kHtRk4YQRkDnNtMYXMYc"
    "4ZBFGoP4TUAFGo9eYvWHEhCpVvOMEoDlGoVYGW0yjUezxb6vqj8ITZfobQ8+ZeP8Oz01zE"
    "fvu9fobJEiN5Y9BukKLN9O9tRKiNLTLJ8MGyffgQcvtFM13eNr0zhl5hTyP+Gc3wA7nnNF"
    "5gy0QK+b91fh53MRz5fVNtqg10C1lYI7rga/2Z9OlkvIZyWhUT6Zq6RY8aPVeU5sDabej7"
    "6DP3eFEsn6HbjUE4hy7OkSxtTSQ9WNhA2f0Y/wpULQuYxv8N/g3wb/C5otbYv+EcMhzneH"
    "J46Y6iFjbVY0fv0vWzkOXUI6wFyqc2mFLwchdwDhGVA/v+raPCQ7uCpUuDwqNbvPRWGFz3"
    "Bp9ybtYNl6yN3IupdjsadoXxmJYd9S+n2sdOr09vOX+jsl8WxpVfiFSyLLxaWwzWjVeSqi"
    "aejhWkq83JWBet9+/8Q7Hoh7TzsMY3nX4/Hl4KpyWd9rSkXC4WFi34WMr3sWgEjE0hBSJC"
    "CkZ4no3wviGgAKOjtCfh9ClFrqozOma/flEb4DWm51wZ20ayGdBv0kyzBHpGQDnYOtPhXq"
    "7IQ+vAucRIJ7dtayK9ST8Es0LYJ3kV6iWLJS3qVAibYrwkebCqgVWNP5tAja1q9sTO6UoN"
    "0hzXl8rJhpjDM+1gY8MRQzSbtSHcA882tUZf6FyL3ZHQsc9FCX6aavanu9vrwDP3k/tMGH"
    "XG/iPnA7VM9L52ur+LI+HXOzK0xe7w5rYvTBxLRcKjqXYjTDqieyxLbzgQCb8GnyhNwoOp"
    "di9cfR4Ov4gT0lMbBT8VsXtcZsv2T0n2T7B7FDR7nNbq8eZYq255Vg8ivm0kNY5mavLyjg"
    "gSl7MkLnNuY40LbRHBvGwr69i7M/bv3HW7gnBNVyb/Mmp3Ja2+9G5v7TbOBR+WWDJP5Jxy"
    "QoDkqGcuVE9KeBlXW4VMTcfwtJnzJZY3arFyChHaGio5FVFqMln+XDmoEKujtGDj5ZnTS8"
    "tai0miR7qwHCEtJDBzxtkSRWYa5mf7oVYMYBMxjVDVCNPWm8v3lx8u3l36wPp30tAFD+ye"
    "Wv4Z5NRWeiX/WBVCIj2J7ipeYP1nkMMWwPMWYAdDre1I3wLsjlMDt3nmNmRWHVUzDdWNyw"
    "cvgxTghUwrTjKtgqOzBKhd2+E40mtNEWdMbQ4TsULMSA7EiPJsfzBGdOyUe24AFE+DMIhK"
    "rBY1DoPYGAzvYLJK7jbn2TlfWCO//JBJJb/8kKKT04eMuIhcwdA7CgiBTveFFKmcnrv8D1"
    "T9OWohe7J5MDacDB7BHWktVqNTOwXXBn5S9I0pHsACRh91MNWe3D9roycaulVQAGN2ANY8"
    "nq15RIlSnhihkqmBWTuiEwZmecpOkKG+AsRxWBZ9KZ5vKGLig6SoG4O17yc69JLIXzCp8v"
    "wAWbdkX56smPSnFVmsIqSwTPG8THmq/Wyb0yYeIzxqIBwv/M1TyW0tF9ztw5RgbuF4Qrnf"
    "Hpx44GXiBuJTHHITrLtsx5grLNnryqX9+GWEVR/VVLdTMJe0JvD/dVQH0VKyzM563dW1B2"
    "XRYPmGwi2aqW4h2pY8pj/Ca5wpRdd7CbramIqGTZN8z9UMG2hN02wDJe7+gSTv0QyrurYw"
    "vdzbYCt2Bu8xXgJeKw5W+CZ4rX4gMSqL12pNeIVFZw7nPNqaQQp1xCJ+LEaJPHdJFaX5XN"
    "8kJE6nlG1jk9fCcH9s6Pk43oo31E9to5cVc61KWzG4fOSZAUn0dfCXRIqLtbLUFmsllxZr"
    "RWcA1R9IZ3LCEUfJoMcI64d26+3bLFELb98mBy3QZ5HD3PCKDFYrn588RASu8vQVqICr3M"
    "dXfMAWzcoscspeQh9ghOfHZsiI0QJTcc10HDAVg6m4AhBX/Tx0zyJ4Q/QfyfaAJ5o/vSbN"
    "TPbPVaB1qSHx8XKB9gkp7vtEr1pgzgKDTRRvRWuURFpDIUKwZXK6IFV0n89iy5QVA8/Z20"
    "62ClKhDng27jSGd5M2Iv9Mtd6gjXqDqBsni8KbJUg/OUI/Fp7vaUS5bQsxwvrZFt6+yWLK"
    "Ia0S4bafJQCuStpi426iuUEPEtcP+PKLmPnAzck/C91gFOHKttgwO+KYA42bzugLWeNpOT"
    "r/cqrdTXr93uT3NnIvplrnbvJZGEx63Q4tmNlG4c9FVqryuQjV014iUUIyyJWFDYY11Ic+"
    "2SwaJgcGFEiPqFx9TVeZdOtq/non3LnFLHOsWw5VGzl/mUU1yfJkfyTy1LXQ730VRpTAv5"
    "xqI6FDbtB/48U27wZfBsN7stC5F7R1VyCUNoVzxceqF9WAc8gLDNI6zMAI4q0sMjFplYx5"
    "K562SmtvESRlhnyWmDMRJoIaaAk10ERLsdRccm+ErH5j+CgnUjlLf5F8uiAh+Mb4cZLErS"
    "cmPTOgSMakBjXuqsBfN368WKZZhBY4zTOnqYW3AJMDZMBfnvlLk2gLTeMQIfCYZx5DpEqy"
    "vFtND1aWSBVIEs41q3MkCb/Y2SO8zZ5y4ISQKgipqk1IVXSdKAHivttNTaENLI37Id3tTS"
    "UAe2fiCprosuIa28ZD6JJvgQZ3/X62fPGkcom5csXdmD7H/yLQHms0qkOj9P8ciJRuPD6o"
    "+vNok2VJrcjwPElCfXBspYSVRoZghtBS1/aMfZK9CfaCNF+iV66Xq4mcDn5GOlmR2ugGWx"
    "Iy8GvXFmYiSZPJZ92Q6QenLXLLPZvxvPqS+2ZGvAaCaV1nbTTGFeJSIS6Vz0W6olp9lrhU"
    "3sMuSokOgyiLUJQFnYWEc6t13okepwZDLT8Wu/jkTgunSd5AUyNpfkz7B5iXwLzEEcTHMS"
    "8FJPQDUWak29UU6PBayWNW5D1B0N4eErVXt0Uzk+L6vGu8V2WdLDGab0xLX2EDmdh4UuYY"
    "OR0QGgNjZOHvFlKISqmq+jOW0YNuoNYlWiLpwSI0RHtE1Jz3k4lUybSQi3ZcgT3qm6A6HA"
    "dbRBM0V9Bcw94QMk9FRZvpG60I6xnkNeR/RfidSZsBwfsHiUJ40RqLoMVwI1wfpe7IPnf6"
    "UMMTnfxzZGc6D2P8cFd6ieqK66NssBQV71m6ihJstVc3uV9iDUm2zI9WkjVfErxsLYCAIi"
    "u0lUnVBVdAbBKlQpNJe7/6tJch7eoPEiLfR9rGNZMjvme/XpKlagzoLqC78LlN1Fh3yVuG"
    "5KDqI9zxNXIia5acwFZKTmArnhNIvsBikVS6N0P5ix356RBveNvcxHn7WV/oXIvdkUDGa+"
    "688iBtG8V6ysujLOWuW8nlrluxctemvjHmuabAjqJ+ebFHrATzMgWP+F5y6lzxiG/kyx/o"
    "aXVbCpZrgTLWh5extrUUemAw0XLynMcZo3vBgzh5LS6h2QdrxkFNPVQ2QPXCp8oef0SXeL"
    "wspDomj+tqqmcMV0M81VFarSVlkdfLECGDNMfwXHrQjVVORAMkgCaEoR0ZXnDg8BCGRud8"
    "CRBTx8xHt6tKrg970Q0sjhkSHd29qQRku4Gu6olsZCMvfi6usdEOzXLMlbtXlYXiuMl7Ac"
    "hSvIkuovsdiqLhtsx0CC49hvaVR9q0HX8/t1Ewgw7LjjvQzZlDGn6yoxaJxousZ2XOiG8s"
    "s2Nmdl7QeWp7fR/xttAhFOBOBHcin2tRRfXVTKGQ3ozNMcOCNCD9V6wYdYr3kGxrbkXqWy"
    "e5Ma/r8NZLjrz1kiO7w5vbvmB7Ev3LqTb+0ru9pffci2haZBFHY/n+ATLpzaRDV9gTY0dR"
    "P0fjUQrwEvGoSEVHn6qGe01F9pZMYddzfbWmyk8hoSJCC+nCPHP6xSLAq8PTHDLECydf1x"
    "JTMHofFV7f4pEP2ggZwAq+BE58CUGz1oEwB5MQagpxZB7zVpCSzx2tcBLNrmIiL0UYKgpw"
    "Sg2GLFUpj+mK6GBDmS8bDC+E+6SZ5oCQdm1KPX76kOoFiZF7zL2fEa7ncvAwU/0xDSalhO"
    "slW+hpCcXEY4DZ0AZIahgT3Hr7Nkt2wdu3yekF9FlYkqWTKgfCbvMaovsmk8XvTYrF703c"
    "4kfeaLmFS7NGXAdITh9u/TIaQmmB1TFd4pSb2V//H1Kobf4="
)
