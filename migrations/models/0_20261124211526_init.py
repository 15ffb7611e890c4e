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
CREATE TABLE IF NOT EXISTS "whatsapp_opt_in_rule" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "checkbox_key" VARCHAR(255) NOT NULL,
    "text_shown" TEXT,
    "form_id" UUID NOT NULL REFERENCES "lead_form" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_whatsapp_op_form_id_2a7431" UNIQUE ("form_id")
);
COMMENT ON TABLE "whatsapp_opt_in_rule" IS 'Which Lead Ads custom disclaimer checkbox of a form is the person''s WhatsApp opt-in.';
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
    "eJztfXtz2kjW91fp4p/JVBGvjZ3Let96qzBWEiYYPICTmV22FCG1jcZCYiRhh92d7/5064"
    "YuLSEJgVvKqZqJhdSnBb/Tl3Pv/7aWhoI166S7UqfGI9Zbl+i/LV1aYnKReNZGLWm12j6h"
    "N2xprjmNpZUq2kGzuWWbkmyTB/eSZmFyS8GWbKorWzXoS1pdtJJMW8cmcojQq29/fhdPTk"
    "6+/dxGlmyssEIeIEPHyDAfJF21JEr5D3JH2yDVttBCshZItZBlGyZWTuhbFUMmr1X1h0O9"
    "YK2rf64x+ZkP2F5gk7zmX/8mt1Vdwd+x5X9cPYr3KtaUCJaqQjtw7ov2ZuXcu7vrX39wWt"
    "IvPxdlQ1sv9W3r1cZeGHrQfL1WlRNKQ589YPLTJBsrIYj1taZ57PBvud+Y3LDNNQ6+qrK9"
    "oeB7aa1RRrX+3/1alykIyHkT/efi/3tfLdRMFIejqTgRpqLYSvCVfoUYJ7xbsqHTMaHqNg"
    "Xqv3+5/W4Bce626At6n7rjV+dvf3YgMCz7wXQeOnC1/nIIJVtySR3QtyjLJqaYiJKdRPua"
    "PLHVJWYjHqWMIa94pCf+RRkO+De2LNhODR9cH74DAN4iP1AZkcHt8T6DAdP+jTCZdm9u6e"
    "uWlvWn5uDXnQr0Sce5u4ndfeXyyyCz3l0Pgk7Q1/70E6If0T9HQyHO1aDd9J8t+p2ktW2I"
    "uvEsSkpomPp3fdRIyy3Xnb8JfvcWksnmtd8+xmWCVh35upS+ixrWH+wF+dg5Pc1g7Jfu2J"
    "lcpFWMW0PvUcd99lcEX2cBFel6WATlKFU1WO9exY6G9NuLHEC/vUjFmT5iwkxeVwJmj6qB"
    "Q/rsbQ6gz+LLzxZo+igKtLP9W0mQf5mMhmyQtxTxnUGVbfQ/pKmWfSigQ/vyfK1qtqpbJ/"
    "R9L7E1U4Qim4IP86ub7m9xDvQGo6v4ak87uIqxA39fqeRxiU07SlnBpu0tJ7xMhJrs0T4m"
    "mZu0Jlm2uLZKCWdxWuA0z5w28RPZk8rwOUoJXOaZy77CNN+IxXTbBGGVai6/DN6p1W6hdQ"
    "0S/3EMEgXBZZACvAReape5f2TaDMKQJaH+YJhYfdA/440DeJ98H0mXWeqjZy0bxbqrJ8Tb"
    "u9tV1JSeA8MWa6CRC4IAtl2FpTvpda+FVsqaUQHQdxauo3KTF+DEMsmGlw7suSQ/PkumIk"
    "ZGOH1idIzYnaBt8tGys4zfkXTpwYGI/hb6zT3s+/qTakveT08YjENP21kmYzXabpfNOB1i"
    "sMtysMS2wS4LdtmoYr+UVC3JcEGXzc2KMGiKv9spir1P2Qh7VhZLhd+m2QaVgKOD0fCj3z"
    "xuZfkribs4V5XvRQyJUapDAd8kg61paAy/Q1+3BX29TEgxUU3XI43B7Flx+RjfrS994asw"
    "vkRnpzP9Rri5otcdct29vukPL9E5uRx9HdK7F6etfBx5oF/39Xnn3dv35Knza+iHdxmsmd"
    "x0B4P+cApOiZcY4xwZZ+u0rHO0U+ey5kiyjFflJLQYKVjteOYz2GZ/BC47inUZ22yCEIyH"
    "YJsF2yxfEB/GNrud+mCb3QVwYpnkyTZ7g5dzbFoLddVi2GZDT9tZttlltF2lttl/Jeb1mo"
    "6Xf4PNFmy2tVgnGmyzBZvWC9q0QLg8qOxOd5mCsIZIAE6Q1TmR1deeeA1Seha0obnLk3we"
    "GdgMCT0+8NNl9PiMgwgKkMZBGm+SNA6ZbYfNbLO09UMRfP324Dje6Tj2vjABb63bJsOomI"
    "4yg/R4A7p1N0nuDN69SsZxnlGcPoYTMSj4z7VqYnF5LyUhvjKISi7paQ69CGUM4TkhPRTE"
    "wZ0wxkUllvy77tVoNIis91f9eBDVHTUEvDpzYCeNVFdQTCroBE3FHZZMG0lK9lKE6HjWkd"
    "M4xKd7jGHXyNE5u3h38f787UVg6QjuZJk7XCATumO6/B0KTPDLSjDyNa882g+fx1gLpGC2"
    "rhMuYlGzfTBN30m6bxwM9gQqGrzdRKi2ro09oYr6UpoIlYUta/8hNXF7yQESnzEh2RhJa0"
    "W1RfyEKdF+axTtSaAdNRSqP4z5nhD9Yswbio2k7Dt6lKauQkR8kmRHgNoboq4cCGINRcrC"
    "+6M0wY1FSJaWK0l92HdL63ndNB0mUdUt9WGx75Dqu700FS1Hw7s3zOWeMA1IPx9IN43GSV"
    "2uDNMmyp7GqsFTaFQ5PX1QtTparXMDVsGYajI8Iv0gPhtmFUANSV9fSVfNBsyw9515Dlak"
    "m0bjZNmSvbZEeSHpD1UANnH66zndNRo4W3qoAK6p9NBUlFam+iTJG5Ga4LG1r3B16/Y2dj"
    "trqHrsGdF1a38zCx1cPbenpg4wBy1j/geWK7AIU7xGfl/NRexB0sSFoe0vRpCOPhlaY2UI"
    "E9tk5tBwNXO9twg/9jsbr5srxS8xDeoheh1Z8ElLWdXUKjw1VFMcRzpsNICkiV7JenZDeu"
    "sFnTUaM0Na2wtHkN13oo66pCcqwTZ7lq6kvUX9W6m54r2LEdYV0pP4YEp7y2K3bl8faVdN"
    "Be0ZzxeG8UgjkNUnbG72hOyr292111vTUbPW8+Al1SA3CfXYWPQWkm1JqxVtdq/uq45/pb"
    "11V6ue01njMVtiy9p/H/BBu3F7azxqxsoW1UqUAh+50cruN1oxCLDzTI1VBJH44LnWxrzR"
    "JPWG75l8S+O5IuC+Op01FjPDfLzX9gfL66bpMJHlbG+pw+tqvG6UtHHIFLlbybKoR2+MLU"
    "xfmMiRizZoZyXJrbymohm0hTQ5SJNLIA5pcvVNk4NaoFALlIttkvfJ5GOSOZtKHtIE5zPV"
    "h79QBmU/ESSjDArU5qhxbY5bQ1PlTdepaOzwh6V7xNu0M9UPp7UoRZvvPB5beFIVTFoj4x"
    "49L1R5gdyOkIQodMgvutxGkq6QFvSA60dyhzbWMCLKCfJSJhD+rlq29XPyhOwDvQN0JA4W"
    "qDboSKAjRXb9J2z6SZh5FaQQSQMLipznqcRwnl6K4TxRiwEEKxCsQLDKEKy+eAtKqlT1Zb"
    "vi7BSpQqsTWHRBWgFpBaSVaqUVjmy51csq+P6exr8+YVHxYjqTUyvFlpugzJpaNZxWGVDT"
    "qRE/hwx/Z6xM6Ucb+u0bIVFnrThVnWyYEAlfRoKhkfY03rJHPrIEmMjzTPnF9FqSQaHkMw"
    "eB+ALiC4gvNRJf6Mwu7I+OEDViezi0Qxo8lcW2ZI5mEXgqj7M3gUGtmQY1v6YiQxINlVtM"
    "F0KtUKOd3sgussiQeK3qJ4ju147rb/Kp+7rz5i11HtKPcyyZ2EROTBVSLWTZZBwpSafjfl"
    "2BuMvBkgLiLoi7EH/5AuKuuqI8IWxjZCQIumxuaLRGuuUpSl4K7xrJulWZnxLyKNmPWeXf"
    "czAgSg4MKM4ATbJs0cJk2Si+wcRpG7jF1GRLyaX7QbD5D8FmEz8RMaCMwBilBEMOz1zm5m"
    "DT+vAYzjUFMxk/kO5vJktbDiqAtuBRsXyuATsR3nVSLPkeaHg3GLyURdIZ4AxzpD/w022R"
    "rl60PZkB/OFgIAQDYZMMhHgpqVopm0lA2QiH+LHtJQ564lxVvhcxzEapwDC70zB7T94qss"
    "/qzTHEI9QwzEsM8xWBrBz2ASVYY4vD/ocxF23V1spBH6EG+EuMer+yUVHHW4KwEYtO7Jjl"
    "N29yrPKkVfpRy/RZLNbbsFeihYkkWs4BFKOHQV980C/vJRHrFAuGupZ53nWMEs67znHetT"
    "NgXceZjVcMwNWH1GOvk7Sljr7mbLx7B2H/vdM5P3/XOT1/+/7Nxbt3b96fBidiJx9lHY19"
    "1f9IYY+wJ8kHtz4oe40X9PUyYSiLcGJLfbyFvkXNPm4N0pNub9r/IhS0U7Rcqkvk/p3pk7"
    "vJrTC8Fq4vUXA504Vxd0JvuX9bJXaKs7c5NoqzuPK83Sfooyi3/MIZYjJTNe8WndFFE3aN"
    "g2fir5SSVqYoJViZeLEyMdyMyTN86Gazh6sxjR78jZkOsgRs4NLxR9YOl07agCvs1wntPS"
    "tVdAIr9z0EeqVOaTc1XOHS0I/qEXg5J3vqQl3tfZqQ31FToUqUMNv3zBdGAbUm4hbJ8937"
    "nLRodnET8fJSUvZEKpT90kSQjGedSKfHOxe6JjtrPHS0ohPGhe8FThivI1RwEm1hyNb0NJ"
    "9Kjmq5oz01+oSWag7spaakhh/YW9VZvRSqxp/V++IHddVl2TpkuF93rai2u3gxgv5CT9tZ"
    "oX8Sbecupk5DiPyDyL8E4hD5x6dNNk/kH5nMhimWyFBIEB7UCnvMaLRqkj5cfNwc6jLIhi"
    "nBwJ3AtrC/LkXGqMzF2qR4SVsyyS7tYlQA5BgZOEJ3O0I9yFgLxE6cmWtDVSg3aThba0fj"
    "KhxnHacDqHdCDSUwXjj+TsG2pGpZ6P8yGQ3Z6IdoAfri0Hs22oKLeZSqCbgfeo2BZPUjBo"
    "9A3MgBUoFfuDbhL8a8xbAJ0tvtLGPgH14DMAKCERCMgA0yAvq8m28K7qcJQthNo7LKI/n2"
    "bGlwd1qAT8uxxap1I0y74uT3Ye8SBZczfSB0r8Wrbu/zh/5gcIkiH72n/Zvb0XjqPXM/+E"
    "+GH8l49p84H2a68Jvb3P3rphXcjQU3r4BczPSxMBWG0/5oKE6+CsLtJYrdmOmfhd/F8Wja"
    "pfcuUfjTTP8qXH0ajT6L18Kg/0UY/36J4ndm+k23T34M/Ze0/9SdTrq3twSY4TVpHP5Ino"
    "7Gnz8MRl/F8R15U/hTiNJ7QYjYu+O8aUi+fHfYE5wX+h9aJeTv6m1WvCe7JDdmItl4qS6/"
    "3gl3XhpKgVHuUl0i9y8Za3fDIRmZZIy5F87oG//u3vKuaEJMrycIXkKMdznTP5DxQ2+5f8"
    "twtPqEmJVpPLBtNpOlpGmpKWRhulLJY6X2+NNDbfBu6th5593bIFmMfshKD5vcdAeDZD6Y"
    "ZNt4uWLF1WQDGqYDQCO51BvNkBhbabo1K0QSl0ZV2Ub/Q5qaKwauXHrdVheYr1XNVnXrhL"
    "72JdQBClG2sStu14rJNbSDpLHLot+/AD+2FHuxoz5i4kFwx6ZpMMrdZRSL8QmaZ1p8c3qa"
    "YyckrVK3QudZ3ICurFdYfMSbIihHqSqBmqOKPJ1cQHcygO4kgTbXuijd26zijTsKy4YJoa"
    "4sPwmfScMCEfbNcuakKCVwmWcu36u6ai1KsTlGCnzmmc+QtZ++X9bTOMxgezL1Adyt4G4F"
    "d2t5d+tobc+N7ze0TirD6xp62s5yvhpOO9Evt7r7UDiB5iMjQvZgEJARJTxBt2uTfEd0fo"
    "oUaWMhR4xGqu0c44Z1G72a3Ao9NFufnkrv3v6cPB6uqk7BEczBOtQGR/APtNfncQTXaK+v"
    "X0YIwX2f2NgoeSNKgh47QpNAWDQGPETCsR+em9hML2S+1AAP0cLoLjG654ayEW0Cbyn0I9"
    "SAfwn802N92IgfOr7nBT0zF+9zLCwX71MXFvqoXkEnDBcw1ekqDTuZCMPpJaL/0mCm2ykN"
    "Yrqd8hlSAhEQrWojIKgmXcaPsiUD4zo/VlZX9UoYAl/GQNWNGli2d9uZpUGUXHaoQskA/0"
    "oYQJfYlqg6+W8wD4F5qB6SUHPNQ/5kLCDkhkgaKOdWr0CzT6lKx/f451K1DrVSxVSIXDFH"
    "FxkxRxfJmCPwYDdt2crjwc7SHVOjj/bRFzkTkw+dEILv72lBwycsFkeaRQuY78bc2Vd9Wc"
    "pfcoosaMwOQEXkZxlLEb/8jag0z+MdAM955rmk+CdvF60iFyeEyKu/4shaKaW3MlG10kpv"
    "7WU2aASksrRcSepD0dCBGBnAymvBm+bAy20IJqcQVxeDmVyCKwC5q0xwk2rPx9GNbDu7cf"
    "UX1AqQ7YW6aii4se0n17D1RKtKhm5321ct5bA8ozcqihaNzg6dZQcH60SxPuwZAsHYZPoH"
    "QwM3y00YnizgLgR3IbgLG2B3B3dhPu6CuxDchbBscbNs5XEXZtlbM0+ETze2wuLFWrzktW"
    "liXS5UaCVMc8RF7G5SNHq3JMp5AqfT46YTYdN0dfmPoWOx6EaRIGyeU7b6Ae2vAWlu8PSo"
    "5wRhqdhn3uB2o587ZxfvLt6fv70IQqCDO1lx0KwQaA3L9McngL0yDA1LeloI9JYsBuuc0B"
    "1qzQjuhJEtqvTm186uRqNBZIO96sdzVu5uroTxqzNnQJNGqmt/SeLsHHtvbXS5lOiTpAYP"
    "Mz/STlJLA+8SeJd4s2q2q6/wETbf72lB7jbJfpz0x+2NTj5fXB0B8l1Fe0LUQKdaBCZVt9"
    "SHxb4Dqe/20iSQDuusofOO6ajxJmSmk8ZzxIODBhw04KBpgKUTHDT5uAsOGnDQwLLFzbKV"
    "x0ED+VyQz9U0zBVJ1TbifK08sAJiMw4eiNEB1rux1tR7Z1UvATeDFBDfjbhBvtHSt989GJ"
    "JWBHMmcfNQP0AxPnqGQqlEwSgl+G/4EYaSShzWyyWDhumAwzxzGHK9f1CeQ673D8VzyPUu"
    "xF9ITH5pWCF0BEJHePOxtqtITIYE2iIQQwJtfRJojxP8VJeRHDULQm7xEcNVgnWREbESXj"
    "PTg1bCizSErUDYCoStNMD/C2Er+bgLYSuHWqkgbAWWLQhbqaGTGcJWjo+54RzZRnArAnaE"
    "qHkoV78bQ3AQBAc1F3EIU/kRnJuWbaxKMjlECDzmmccQqPKD8hwCVX4onnMRqMKb5QJCKj"
    "iFF0IqeAipeDGff11RBqd/40qe1BIhKOaRAySIHclC59kwH+8143lPhL563TQIpUNG2PhT"
    "jhFgE5qNu+NrRDXUelecTWukY+RT/mQh0qv6hM0NMnTyH0aKtEGvvH0NUU0O0SqjP7eRZK"
    "EbogkiE68M07aQap+g7gMR5R4ol5Gqo8mvg5NWDO4jvI4ZHxSOPaI6aSIwKBlCtG0GAUMQ"
    "MMTfPldTz3uegCFn6jH5neY3s3daoWrI4QyOUi7FLBHqckU4YJF3sLZt9SG1mHGMsFQl41"
    "LQnR5qZrh1jP/e6Zyfv+ucnr99/+bi3bs370+DgsbJR1mVja/6H2nR3chsSFbhlTVVfiwI"
    "/ZYGUC+HurXCOmMnvsayupS0FA+VTxNfL1yiE4+4bgzIWi6EXv+mO3h19r59ESsnvQ2Ji/"
    "t5yf4iL4qN54AEhnO54Zyil6YCHrRvDOCVVZ+H0ypahz6tAuJi03Gvp3SeJy4WvImQ914v"
    "WMFJC05a3kzJbch7h7z3piG8tw/8kP4V6rAjXFu2GA6W4Fk7y8NCtS3x3m8GKczgkQCPRP"
    "11HkhhzsddSGE+jpEGUphh2cqxbOUx1ayIJCSWWLvidM1LiztI9WZIFz9koqchS1qhHWJL"
    "0Tx8z97mwPcsvvRs8aWPoviSH2nZ7OiBXyajIRviCFF8b1BlG/0Paap1MJU3pFDM16pmq7"
    "p1Qt/3EjoFBSmyLfhgv7rp/hbnQ28wuoqv97SDK7BcguWSL4iPe9grBGZnBmYvJNuSVivR"
    "WNmiqovmWsP7BmnTLrur1Whl9/XxWqujBA9B7XuhdNCg9iWN1/6gOoAk49q3T9s7Da+q05"
    "i82Gu9M7S9q6P1SjMkBSuoN/mCniWVSAgP6N4wkUpjyJ0O0R/G/BJZmIiKCpJsRHYLu43c"
    "5UtBzwusI3uBaSuEdcVKhrQf7jUMOzEYg8EYXIs1uaZWlTzGYPJLbczyCQq6bG5WhEVT/D"
    "0t4ndL2wircBZbhd+m2QpRwNXBaPjRbx7XkmJWFvU/WJxvbJbYkxolGSWCUMl4qCRomQcN"
    "P/KlAzIEC6KbpISTYkCD5yP2KDQ2K0D6zsI1tMnmBTg5jyP4kq+BhneDwUtGxrRSomJ2K2"
    "a5lLEqgmFcLTAZEZNsHpWuKUkbJVtFPZtprVwvjWhK+mNWM7yUVE2cq8p39vMVGfTYew5a"
    "G2htfO4YDdba7skPFtlBJjn0tgg1aG4lNDdngSyFfUDZBDfui8Du7jsJ7DPqq0eoDoR7Yn"
    "OpcfSHs72XGt0BJYzu4qM7JFUVGN1RKhjdO0e3pFvP2GSY3ILxnR4iEqKFEV7C4JkRVibo"
    "62VCv64yxCyHzJLUEKjWOHHeezIUvhZUDVqE5BKRf2Z6bzScdntT4foSBZcz/de77qD/oU"
    "/vBpdO2y/C2G/rXs70wWgyvUT031aJaVR9iFVMlYwydLKUNC3dhB0lPZ4N+yxhxHbv7GW5"
    "Pu+8exsYremHLHv15KY7GDAqfxhrU06JB8wxMQLqI8aPOzPDefHJTXdIRm/RyXEjTLviQO"
    "hei93rySWKfJzpbp/ktvN3pndv+5eI/DPT+ze3ozGZCu5fPibDSpNsP5cq98YdomnCZnJo"
    "jCNmswI4x+mah3X1MhIcprC/AMWRSYmRXpG0KdUrq+aoGkk9DYl5kmo0ybJFiR6IptqbEq"
    "xn0cM054fhyWmesn9mVroBdz0rFMIt314czS0RIMpZyaBGoqqsV5oqkx8tGvcFkWWQArpR"
    "dKkKVxDVEAmgCdF7x4T3mfzooriGaGC4QsQeHxF7L1MtjM9BvFexsG28XlK2rQDcvMcT1R"
    "TZiDifC9dKMG00oLnBZFvcC8MZrpfWTFBDAmcOWJ0NvwJcmx0GHRaLcoAa1qQqGrPNxZah"
    "dhaOMWdAD7n4afnk9K/4bJhVlCsYkr6+kq4aJLFGsTIqGUlDo87n+GRD5AV4yAtJf6gCKz"
    "cCp+d011TMbOlBNPeu6EDRmkoPTQUJfw/KJuwJlPA9XK2hgUs6fYr1fY9OpeOp5/bU1DFl"
    "zP/AckqxsKJQjfy+mgpWULRniS1L2ntx9wv23Li9NRY1r86OaK73HWV+yZ7xukH2qmJVex"
    "ij8Zn8ILeMERvZkY6nBvkn/4j8GvTYIIgLptEGknxKOm1Y0t9R7yhQMJy2uQ7ynWsEQuTA"
    "iFbYRJQaGfdIQrTHnyxE+7xEzwtDw6+dhxaWTHmBnlXC2LXtlCCibeiBujKhMdkn+B7oPb"
    "vrHSXzamnvkFYLabVc73g1jYbLk1a7nX8JpqfHF0eIGpFNe+jo4tQg7vR1LD1+G5z6EDMB"
    "Pn7exM12FT5+vyDLcXwldYU2tDTydkKVY+NOUx48+/cuxcFvVmlRnoQk7g+1kPQGIjiI4J"
    "wuDQ0WweeGwijBlqP0hE/YCAn82In5hCULo2hgaIQIIkNBxwEdp07wgo4DOk5doN2p4yQ3"
    "swpAbXYAY2T75q6EayTkJ0WFjIcF7VAlI1FJ+fxQ0wVGLhlaqJZtmJutZ8hxCaGl8YQVpN"
    "ptdG8aS0Q9km1kG94FPQoj6XWqrFfQbEGzBc22JpotncnifhXQYl1wXMmm0aXPCJP342Ok"
    "A54NFo1moysIlDjJIkEIxg8wfoDxo07wgvEDjB91gbaQ8WO7N4EBZFdWfHwb584IQjN5Um"
    "wfXpLPDpOH7bXafbwoujcxfk0ThRFhK9YQUbBdi8Q/EOnFQpKJnfBYd6JbzkRHr76RZ9/Q"
    "varZ2Gwj+ol+Oevbz4yjRQ/yCuaJO/664uC2+4SdbTMwioBRhL+NosFGEfYZNunBto06tQ"
    "bibLnXE0ANAzWMI4hBDeNYDXsZPUEwJWtt4qmxJEI+PX2JoTAk2mRqDthtTWTqcPOdKgQZ"
    "KFghMr22QfNNOKsOW5doZRpPmEj4OvJ6J5cKaWTIjxYy8Wt1SdPx2+TyCZPukW7YC8K0pB"
    "ZxsLfs9qWCggAKAp9LWIMVhDoJXcc8k6AakXZ7NkrRrMckJRw9t1Mhg/MrjwIzHKR4FJjJ"
    "pmOxdLN8MRBbap5tOS1h3J3cjYVL5F3M9Jv+cDS+RM4f8okeW0Y2SvKPMCC75WjoHWUWuT"
    "fTx8JUGLqPg8u4cJuHjZ08bOyks7HDYCMB0Cp6jkWUCgIgYgs9UT9KiaoRwgZKqjWRTH1M"
    "sm3XXmpqbtu1157jsL2Se0vn9DTPqnR6mr4s0WcMe+AL2VSc4oC9xVp/bLHMKaHH7SxLys"
    "pUnyR5I3plC+WAIlcBpK4wef2xd/PawpKGFWRpqoydQHEduR2if/Zv0au5sSZjQEFLvKSR"
    "5HPDXjgR4ujZVG3CQ8cGYmHziVwz3LIHfRPTO+t2SR9b+M+EexasLGBl4XPvarCVhU7EBL"
    "vTz292Wx/v3OZDMtU9xLlzdvHu4v3524vgJOfgTtZxzsmTnOnESkJ5peqSuWGj6VPE4Jxv"
    "vDLTNQM0A60rmngenhBk+7/qD7vj39m563778GC/+n0qdOPStru9FtsgIkTgjM12xm637D"
    "19hIXKLnMK7U5PYWRoceUr3KKfKtb6vMkt1d77BHmCDFVdtRZEhNyKlW3kSZ2Sjch4tJ2y"
    "mki1LWQ864gujugRb9qOXElazTfo299cautv/7WNR6z/9Y0ZbHjAV4GvkIPlCqRYkGJxQv"
    "YSyQxO8jxH/aAwMc8W6UpMbYeoIUQDu1nzLWdqa0DNM/itXybUgk//nem9yZdLRP4pY8Z/"
    "n8Ne9j7VWvY+bsO31P9gMdAY4rrHQ7omF6FrkkL3907n/Pxd5/T87fs3F+/evXl/Gmh2yU"
    "dZKt5V/yPV8iKcSKp91kLqvHlbxBq8peB5wHPjbCRymEp2ijIulQjlcXZ0TiJBeNrAc7lU"
    "FCKIa4bEOoZsspQ0LXUhixAebx07jfP0dO+F67zz7m2wVNEPWYvT5KY7GCRXI8fRQNBZ64"
    "zZkophjKrWKFZmz3th7zhvy3w17nFr7ZyTJJZIUGGQQvABG921VfisdwYpoJtpGfVmegWm"
    "0VvXrDbedljPtWGneTS6OO5OTwkPygpwbnZSO2MG50f4uIlANUd4j3ygmKRWyVGWQThKQ1"
    "aNYmfCFXSExNZahjMkuRrvdoiE9oJ8ET4eAZLm9Bwxg9zxBtcJ+hbOXviGVMv5CW7i071h"
    "IsmNMr2bCOOgm1fk925o9QQrJc7nwO8rc+TZtg6aiWWsPkGFSvCfcL1eNdh/4rApwe+cJQ"
    "09Wp6Nma1urydMJpfI/TvTb0fjafeqP+hPf79EoQ80XL837X/o97p+yH7o40xPJgWMrn6h"
    "TWjb4NKpgzgRhlORcu563P3aHTgFEWP3yvgPqk8D8MWaR4J52UEQ74P3wTC6G06d0UAvZv"
    "pA6F5fIvqvl9dBd7vL7cZXhlHVl63cr/To4euOVmD7bt0Kw+v+8KP4RRiHZiHr7kx3P9Fa"
    "o/7VTJ/0PgnXdwN6M7ic6f2heDsefRw7a0DoA52oN7cDwStY6l3SRYDOZHrTvyItu8OeMH"
    "B6Di75mMC0nJmOtbIDI0TO9bS9vbsa9HtkMDh/Z3pyGnevb/pktDh/3InszmFOpm99bJ+c"
    "eLGK5F3RVNkkpDnCPwLKJmTnHDv0A/Kaj5fXXGp0B5QwuouPbgXbZKAyJK48UWVbWoC+xM"
    "LihRjvFVqW6IRjTvAaYEbeda9S/GgtFdlQCiW+MomrETJ3m+OOtt4fQKInUIkLyVoUAztE"
    "xPFI52ZXdQArH17GIK/A6skZD2pi5MwVY+YwTLJtvFzZhePMEsS1jpKqItYs7LYpOHVipA"
    "10FjRp3jxhUyU/pAyjY6SwPvLMZ2WNS7B4S3UU7nJimqodcy15gZW1RqbiPeuI1GweJ4iB"
    "1RyzWjaWKxqTVMqLH6OFFZtnTuPvNqaFeURF2hSWaBPEP7xE6yBikfdnmfyohSYD0IC8CR"
    "r4sa1+JqZuLmosSisxmcPyyuoEmFGcGcbaJrsBw96XPgNCJPGNQ5Vt9D+kqbkC3OuDPMUi"
    "G/k4yLFtgHYQR/4PY17QQbylgKyN+JKyVJ1droyVIkIKohDPotB6pZQMXI1SNtAWVdPAVQ"
    "bbvW/P4SEB9ZnZkE/IZz7hyx57xSfChzn1CtIKK0wrzHNabjyso5K0t4aVEjxo1hvNy+yR"
    "N2KdmfIWftzeebSwHGqZK9nNPW7ZKSvtHPr7k4W8PtAr8i6sK69pttnPlzTfbNlGTo4ZoW"
    "8jmyj5yFoYz+TaC1Nm57dV/4o8KW1+1uxqbZK13hmNoSwoSGWDVDZOF6GaagR5UtlCc7FM"
    "yGCInOtkiO6wO/h92u/RnDb/cqbfdMefCQeGH0XhptsfXKLYjZn+9VN3Oune3l4i/8rLeO"
    "oPp8LHcTd0jk3oTnzNfZmouAdT0inwSeHBMMhSrLMnc4gqXmibkPHD0ipWy6vRaBCZp1f9"
    "uKH37uZKGL86c2AnjVRXimPUtTPWplwo2HNLwfPMKRl9eJEnrPYiPa72IhFYuzI0Vd6IT9"
    "i0mBpfxnllCcomuDeieJ93cuB93knFmz6KOfeeVAXrrCGdx7UXIm4C2Md37MmGSU3p803h"
    "gmpxSrAjRbEtkU9YTR4hbyt2NXByY1JuDrzcWj05hfgwZs/j1viqK7R7FPc6tAVvNPcCW1"
    "opNrxtg/ZOK54Rabv7BA8dBRT0fAzXzIZsAykq2aJttJTMR+ycBUdrRhENfUnHBlKwrDoh"
    "UYyTOirpknnQnD/UnXIkcM4cmOXqsUY12Cy3T3GhWhQVuu7TUlFiYHC7RPE7M717Nx3dEG"
    "Zci9dCrz/pj4bUfJe8yYe5DSxAB7YAgVIMSnFN4ASlGJRi3jU3UIp/PKX4QdI+GTE1LvGw"
    "na0Mk2biwm+3UxH+jPHKCldQ/slCpvFsoXvTWCLCfGttYuc8dJOApLu6Gvmjkc8ERgsrSU"
    "24oj7hcEoOlvU2qL6g+vIhitYmw7qAIFoiFP1YIej1A3OvJMu9Uit5W36O7Q9faZJcRvGP"
    "04HaHx/RrjxUKtsvQgrZfvykfSX31IBZJUxncUqYQ2DrOTC8YOt5KVvPyxgmxrS+3combG"
    "sxLBOhp+0s04TptvPPpt9tmxCesLlBgtJ58+bs72i1nmuqjAg1sheSjTB5iiwymrCCJOR1"
    "fom+/e3kGWva60ey1up/+3Mt6bb6/bX3+DWh/uZUbbBIJ3iZtF0c6Z1g2+BgGWuDbQNsGz"
    "G3fopXn83qR+bsKqkyclQB+gAV/52F1F/6c2cGRKgaoZkfAuiEOPZSUoJnzB+vne/JEBTC"
    "DXbICl5T0fTb5orpc+Qoy5GjqNMhcC/Qkx+pQ0ImI+XBMDdt9KzaC1WnOzJaaZJN82jR3F"
    "jrSkpoX2U9MyP84mKz3xtE+4FYUJeVrbliQTAbmXtXjiPJQvQ872IpRwmKvdFw2u1N3SMF"
    "/U/es+5w8lUYT7xn3ifvGXmV4D9xrmly7mTS/Ujv+lc0jvC6PxWFL8Jw6gQQbj/N9DvaJn"
    "gW/jTTJ6QHN+jQv5rpX4WrT6PRZ/FaGPTpMXr0Tcl7XpJw93oikvHlHasWfJzpwm/0EE3x"
    "Q39A6cOfgrMwJ8EJmPT8zXH/S7f3uzgWfr0jg408i9+h37Y3FqbOl3Uu4rvMy6QRsiutph"
    "ZZPX5t1UOuWG6p1c7ZxbuL9+dvL4J6q8GdrKKryRxjSWZbvfItElvq4y0RrUAk6zpvPyFT"
    "RJgKBffklkt1idy/ZEIPR8Pfb/r/FGg2v3dZZrhXf2ghlNVr2v7N8K/wW1aPN56DCwBcAP"
    "mU+zuL3BeeUipuhZ62s9T6NW0n4qfc9bZuTUNZyzYiX0vb2KpstZFlkxGkIFr/ylG1HUWb"
    "BsUQtTyoHeOXy0rq8pX0mKeaFpTOAq2d/+Wpprt+Hq2dm12/ibF2zl+mpsNG1G/Ps/mjpB"
    "H/7PQ0j5pyepqup9BnMYeJZDNOy8xzQrJHCGV9ypT1ucemyaqimyuEdEsM4BcH/8VCoXlb"
    "XQ6ilB23ODSnkO5UwtKqQr+48oXNjHrH4cftbPWL/Ly96h17WhGzGPHuUsY7qfPoVf5Ihi"
    "rFoGrVahECVYsHVasmWznUgIYa0FAD+hJqQNepAhDUgIYa0DyuIWCv4FPIAXtFc+0VmdVd"
    "ow3aO20We1d3pb2gV9LcWNvUu6uayHjWkSTLxlqn5WlWpiFjyyI8YZgx9u+OGfPtD3Go6g"
    "pmjBqtTQ02Y0BVV6jqygmruNHpQMwFMRfEXKaYS9i0HGPy7WVVU6U0WZfRKlPgXWIqkxAi"
    "0UxS7RR9ryVV2yDZWK4kU7WICGbcoxvSIxFKneMIHAnVSVqUnLNDtwGP9LHlx0LSBiojer"
    "L67nOlQzpwOMCoICqDqFyX9a3BonJkRhaQvuJ0DZTBqq+e4IBWNOIyQnTElLJDrV4xQTdX"
    "0OVFRtDlRTLo0hmXzhaWBDo1JTJKVCoxkjNLetV5ke6mXxjYONnxck5PawKsvMDyY7mtN0"
    "LZwK23JlstI3sxuddi0zQYWmL60h8QNMGvF3Oi5lr3zzPW/fPkus9N+FKNZhHkh0J+aMgW"
    "Qo0APUPX031+sRbtnTYQOdo4V6zyCpuRUk2Xru3B0B9ea+oTVlzPnW08Yt05gOKZVnVUbf"
    "QsWciLqmKHMVfV8W5zB5g3wLxRj6WrweYNZwFKdX3kyAaLd9AIO8exQ6y2IM5V5XsRCThJ"
    "eSgGNKlK5xY1trGp0Ljfy/TEmQ5y7IEvyTR8SHTEiVJsiHcATCjOBAc8EX9fqWRfKbH/s+"
    "jhGA6eDS1E1bTXjHJ4+SKAttRHtLZvNaqJ8/qT3mg4FHpT4bqgmN0KCJ3Chu6lUwmxP3Yi"
    "hfwr7x5t513M9KEgXE/EsdC9m366ROFPM30sfBl9pq29i7h6lWerq74QnKeTiZZs0L4SLE"
    "+Pm09Sxie1Ktvof07F/4OxfatYzdeqZqu6dULf9xK6FUUqe+2NL7OxmUs7iK+9CpY1VS/F"
    "HwYpMKhyBmmSZYvWRpdLqcZJatgYed4YHX4VdkNEqZoggh7BFwEVStPRr6e9iTHDEhVKPV"
    "t3mRPgGKSQQA/+vQPDC/69l/LvpS0bFUCdM4yczzViJ8KMhTKCMPkeaHg3GLyUC3XUXdsL"
    "qsXjFsN9Gnra3uk6NchesxCtoPXujElEGpsEG+ShhO4149l1cjrd/GQh3SCDp+0eZYNsw/"
    "F4tiNOUcfzaWJFNUkPd6b6D0RTIDX8mjRlpFUe551w1B4H20UbPKw/kMSbx8PqT1lxbapF"
    "lMo4XSMcq7EsydNciiVtlp4peZpULcu7Mip3YvDGgJpMrFzGmnW5A+PXcFh8PfgL2uxBjQ"
    "WQ8AzGgSNDfBjjAOSW1zi3/FZ6YJoBnPvtnQaAld9sl+afjmeuxGzIyQaVul7rQoNV6hLp"
    "2JCJXSxClv9jb+qcfw1hrzyEvUrWY6GAq4AAwqyymVEizMoi8qhcvEB4mOyIFcKDO2Hki8"
    "qdL1MafD2n325eHOkIIWCdH2vn24nlSxhkdAP2S7Bf1lB4BYMbN1YhzrPtb7GukJ/5kaYi"
    "tFhWovDz9m5rkdtcfAja5wgYcXPdjbkt0Wh7WhebBm7IkqbR39hGz5JK5LEHp9bfN1oxkG"
    "IXLQLwzaeyyNd3Yjt2RYwc56UQMsLBmtYG+xbYt8A8wJ15ALJifzB5HWph8DDvoDYDJ4yA"
    "zGGuLaaQOcw5gyAK9YeQGiAKtdn8BSsuRKHyDScYxSEKtS7QchqF+hXPF4bxKDxhtp8h8r"
    "y908/w7DYXcdB+p59husBIWZu0G6Tqc+P7JSLU5gZZZPhgxTl8CHn9ormhbNr+GUOvsK8R"
    "/4zm+J7ccxs/YNtCKvm/c3qadDEc+H0zfaYPDRvZWCe64GvjmfTpZrxGclpVCxm6tkGPOj"
    "1XlObAOm3o++gz73hRrJyg27VJOIfOT5EibSwk3dvYRPn9GP8KVS0Lmcb/Df4N8G/wuaI2"
    "2L/hHjKc5Hh6eOmWohE21UNH79L1s5Tl1CdsBMrHNphS8AoXcI4QVQP77q2jxkO7hqVLw8"
    "KjV7z0Vhhe94cfC27WLY/sEnkXM/12POoJkwktOxpczvQP3f6A3nL/xmW/PIyrvhCpZNt4"
    "ubIZrJssJU1LPR0rTNeYk7HOO+/eBodi0Q9Z52FNbrqDQTK8FE5LOu5pSYVcLCxa8LFU72"
    "PRCRjrUgpEjBSM8Dwb4QNDQAlGx2mPwuljilx1Z3TCfv2iNsBrTM+5MjetdDNg0KSdZQn0"
    "jYBKuHWuw708kYfWgfOIkUFuO9ZEepN+CGeFsE/yKtVLHkta3KkQNcX4SfJgVQOrGn82gQ"
    "Zb1ZyJXdCVGqY5rC+Vkw2xgGfaxcaBI4FoPmtDtAeebWqtgdC9FntjoeucixL+NNOdT3e3"
    "16Fn3ifvmTDuToJH7gdqmeh/6fZ+F8fCr3dkaIu90c3tQJi6loqURzP9Rph2Re9Ylv5oKB"
    "J+DT9SmpQHM/2rcPVpNPosTklPlyj8qYzd4yJftn9Gsn+K3aOk2eO4Vo+zQ6261Vk9iPi2"
    "lrQkmpnJy1siSFzOk7jMuY01KbTFBPOqrawT/84kuHPX6wnCNV2Zgsu43ZW0+ty/vXXauB"
    "d8WGLJPFEKygkhkoOeuVA/KeFlXG01MjUdwtNmyQusrLVy5RRitA1Ucmqi1OSy/HlyUClW"
    "x2nBxsszpxe2vRLTRI9sYTlGWkpg5oyzFYrMNMzP8UMtGcCmYhqjahCmnbOLdxfvz99eBM"
    "AGd7LQBQ/sjlr+OeTUTnYl/0QVQiI9id4qXmL9Z5DDFsDzFuAEQ62cSN8S7E5SA7d55jZk"
    "Vh1UM43UjSsGL4MU4IVMK04yrcKjswKoPdvhJNZrQxFnTG0OE7EizEgPxIjzbHcwRnzsVH"
    "tuABRPgzCIWqwWDQ6DWJsM72C6Su4159k5X1ojv3ifSyW/eJ+hk9OHjLiIQsHQWwoIgc72"
    "hZSpnF64/A9U/TloIXuyeTA2nBwewS1pI1ajYzsFVyZ+Uo21Je7BAkYfTTDVHt0/66Anmo"
    "ZdUgBjdgDWPJ6teUSJUp8YoZKZgVlboiMGZvnKTpihgQLEcVgWfSmW1xQx8V5StbXJ2vdT"
    "HXpp5C+YVHm6h6xbsS9PUS3608osVjFSWKZ4XqZ81X6+KWgTTxAeNBCOF/4WqeS2Ukru9l"
    "FKMLdwPKG8bw9OPPAycQPxMQ65CddddmLMVZbsdeXRfvg8xlqAaqbbKZxL2hD4/zqog2gh"
    "2VZ3teoZ+r360GL5hqIt2pluIdqWPKY/wm+cK0XXfwm6Wluqji2LfM/lHJtoRdNsQyXu/o"
    "Ek/9Eca4b+YPm5t+FW7AzeQ7wEvFYcrPBt8Fr9QGJUHq/VivAKi+4cLni0NYMU6ojF/FiM"
    "EnnekipKsmysUxKnM8q2sckbYbg/NPR8HG/FG+rHttErqrXSpI0YXj6KzIA0+ib4S2LFxT"
    "p5aot10kuLdeIzgOoPpDMl5YijdNAThM1Du/PmTZ6ohTdv0oMW6LPYYW54SQarXcxPHiEC"
    "V3n2ClTCVR7gK95jm2ZlljllL6UPMMLzYzNkxGiBqbhhOg6YisFUXAOI634eum8RvCH6j+"
    "R4wFPNn36Tdi775zLUutKQ+GS5QOeEFO99ol8tsGCBwTZKtqI1SmKtoRAh2DI5XZBqus/n"
    "sWUqqoll9raTr4JUpAOejTut0d30EpF/Znp/eIn6w7gbJ4/CmydIPz1CPxGe72tEhW0LCc"
    "Lm2RbenOUx5ZBWqXA7z1IA1yT9Ye1tooVBDxM3D/jqi5gFwMnknwfDZBThyrfYMDvimAOt"
    "m+74M1njaTm64HKm3037g/7090vkXcz07t30kzCc9ntdWjDzEkU/l1mpquciVE97iUQJyS"
    "RXNjYZ1tAA+nSzaJQcGFAiPaJ29TU9ZdKrq/nrnXDnFbMssG65VJfI/cssqkmWJ+cjkaeu"
    "hUH/izCmBMHlTB8LXXKD/psstnk3/DwcfSULnXdBW/cEQulQuFd8rHpxDbiAvMAgbcIMjC"
    "HeySMTk1bpmHeSaau09hZBUmHIZ6k5E1EiqIGWUgNNtFVbKyT3xsiaN4YPciKVu/SXyacL"
    "E4JvjB8nSdJ6YtEzA8pkTOpQ464O/PXix8tlmsVogdM8c5paeEswOUQG/OWZvzSJttQ0jh"
    "ACj3nmMUSqpMu79fRg5YlUgSThQrO6QJLwi509wtvsqQZOCKmCkKrGhFTF14kKIB543TQU"
    "2tDSuBvS7d5UAbB3Fq6hiS4vroltPIIu+RZoeDcY5MsXTyuXWChX3Ivpc/0vAu2xQaM6Mk"
    "qfDfPxXiPSmrnW90XN62q8zrO81mSoHiW5frSy+/p47eCSGmC6bdTOFWJqrGxR1QlftXxh"
    "pq2vC1VeILqEo65iIXlt2cYSKaolaxJRmUwkL7D8ODe+I+MeSejeMJdItZC9wDRB3jL0n6"
    "xtCj15+2uVkWd/qJcwQ2EpdSLeFWJUIUaVzwW7php+nhhVf1aLjzglciyF5zE6nqNTS3ou"
    "D5SA+d0WrYXxzFCc0qO8olRNcBIfO9SI7jgFDQMhEjAIgL0F7C18QXwYe4sjme4PMZWjP3"
    "hdNRTe0PLIY2Zg2ESQobzFLAk51DcvhAgHJDv1N0EimtUrL1ixjdwOfkYGGUGX6AbbEjLx"
    "ay+kwUKSrpDPhqnQD25b5J3aYyXVtor7ZmproZxIL+YWVDdQ3eqxmjVYdeM9er6SJB8Ilo"
    "8Ey9NZSDi3XBWd6ElqiLfhJ/AiObmzsiLSN9DMhIgfU60CrRW0Vo4gPozWGpLQ90SZUTWl"
    "oUBH10oeVdivBEFne0jVXr0W7VyK6/O28U6VdbrAngsQm8jC5pMqY+R2QGhMjBE1SVMHoK"
    "RpxjNWqEMQdS7QAkn3NqGhfkEalfGThTTJspGHdlKBPeiboMg3B1tEGzRX0FyjQW1knoqq"
    "PjfWehnWM8gbyP+a8DuXNgOC9w8STP6ipfJBi+FGuD5I+chdUdEjHU8N8s+BY6J5GOP7R0"
    "RXqK544aUtlqLiP8tWUcKtcoRDYh1JjsyPlpItLwhejhZAQFFU2sqi6oInILaJUqErpH0Q"
    "nOgXuvL0BwmR7yNtWBGRB3vPbr0kT/FP0F1Ad+Fzm2iw7lK0muReRSS542s0QDJXaZdORm"
    "mXTrK0C/kCDw9pJ7DkqGK4JT8e4i1/m5u6bz8ZCN1rsTcWyHgtXB4sTHuJEj0V5VGeU4s6"
    "6acWdRKnFlnG2pQLTYEtRRMiV49W0PNl6tbyveQ0uXAt38hXP9Czym+WrLoJpxHtfxqRo6"
    "WIFqZaDoMzqSUCE3SlqgSW4snpoWZA1TUCdforGcrZlWEQNVNnAxuiikE6J2SHwtRX2Y47"
    "oq9Go0FkRF/148kddzdXAllpnOFNGqmuXSMJNlSsSR/X9VTPGK6GZMUaabmS1IeiXoYYGV"
    "Sr4SR7qpFogjcMHDiNceC8bPIUn+vD/rlTrC2tAmR7oa6aiWxsIy/qdAwVLT1y2ZW6LBSH"
    "rbsSgizDm+ghutuhSIvn5HMqjnSnjgl65ZO2Hcffz5conEGHFdcd6OXMIR0/OVGLRONF9r"
    "MqM+Ibq+yYmZ0Xdp46Xl9akaHMWYLgTgR3Ip9rUU311VyhkP6MLTDDwjQg/dfsTKEM7yHZ"
    "1ryDhW7d5MairsNbPzny1k+O7I1ubgeC40kMLmf65HP/9pbe8y7iaZFlHI3V+wfIpLfSzs"
    "5kT4wtRfMcjQc5R4WIR2UK8wdUDdxrarK35Aq7lo3liio/pYSKGC2kC/PM6ReLAK8PTwvI"
    "EC+cfN1ITMHofVB4A4tHMWhjZAAr+BI48SWEzVp7whxOQmgoxLF5zNu5AnzuaKWTaLaF73"
    "kpwlBTgDNqMOQ5XOCQroguNlV50WJ4Ibwn7SwHhLRts8v1kA5qxdULUiP3mHs/I1zP4+B+"
    "pvpDGkwqCddLt9DTEorMjT/dIhUiaWBM8EEqZNNJVQBhr3kD0T3LZfE7y7D4nSUtfuSNtl"
    "e4NG/EdYjk+OHWL6MhVBZYndAljrmZ/fV/x97PUQ=="
)
