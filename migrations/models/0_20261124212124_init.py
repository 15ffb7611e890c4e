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
CREATE INDEX IF NOT EXISTS "idx_lead_duplica_aa9720" ON "lead" ("duplicate_of_id");
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
CREATE INDEX IF NOT EXISTS "idx_lead_name_w_lead_id_51799b" ON "lead_name_word" ("lead_id");
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
CREATE INDEX IF NOT EXISTS "idx_privacy_exp_subject_4ee97a" ON "privacy_export_file" ("subject_lead_id");
CREATE INDEX IF NOT EXISTS "idx_privacy_exp_subject_ceb2bd" ON "privacy_export_file" ("subject_user_id");
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
    "eJztfXtz2kjW91fp4p/JVBGvjZ3Let96qzBWEiYYPICTmV22FIHaRmMhMZKww+7Od3+6dU"
    "OXlpCEhFvKqZqJhdSnBb/Tl3Pv/7ZWuoxV86S7Vqb6I9Zal+i/LU1aYXIRe9ZGLWm93j2h"
    "NyxprtqNpbUiWn6zuWkZ0sIiD+4l1cTklozNhaGsLUWnL2l10VoyLA0byCZCr779+V08OT"
    "n59nMbmQt9jWXyAOkaRrrxIGmKKVHKf5A76hYplomWkrlEiolMSzewfELfKusL8lpFe6jq"
    "BRtN+XODyc98wNYSG+Q1//o3ua1oMv6OTe/j+lG8V7Aqh7BUZNqBfV+0tmv73t1d//qD3Z"
    "J++bm40NXNStu1Xm+tpa75zTcbRT6hNPTZAyY/TbKwHIBY26iqyw7vlvONyQ3L2GD/q8q7"
    "GzK+lzYqZVTr/91vtAUFAdlvov9c/H/3qwWaieJwNBUnwlQUWzG+0q8Q4YR7a6FrdEwomk"
    "WB+u9fTr87QOy7LfqC3qfu+NX5259tCHTTejDshzZcrb9sQsmSHFIb9B3KCwNTTETJiqN9"
    "TZ5YygqzEQ9TRpCXXdIT76IIB7wbOxbspoYHrgdfBYC3yA+UR2Rwu7xPYcC0fyNMpt2bW/"
    "q6lWn+qdr4dacCfdKx724jd185/NLJrHfWA78T9LU//YToR/TP0VCIctVvN/1ni34naWPp"
    "oqY/i5IcGKbeXQ810nLHdftvjN+9pWSwee21j3CZoFVHvq6k76KKtQdrST52Tk9TGPulO7"
    "YnF2kV4dbQfdRxnv0VwtdeQEW6HuZBOUxVDtb7V7GjIf32IgPQby8ScaaPmDCT1xWA2aVq"
    "4JA+e5sB6LPo8rMDmj4KA21v/2Yc5F8moyEb5B1FdGdQFhb6H1IV06oK6MC+PN8oqqVo5g"
    "l930tszRSh0KbgwfzqpvtblAO9wegqutrTDq4i7MDf1wp5XGDTDlOWsGm7ywkvE6Eme7SH"
    "SeomrUqmJW7MQsJZlBY4zTOnDfxE9qQifA5TApd55rKnMM23Yj7dNkZYpprLL4P3arU7aB"
    "2DxH9sg0ROcBmkAC+Bl9pl7h+ZNoMgZHGoP+gGVh60z3hrA94n30fSFiz10bWWjSLd1RPi"
    "3d3dKmpIz75hizXQyAVBAFuOwtKd9LrXQithzSgB6DsT11G5yQpwbJlkw0sH9lxaPD5Lhi"
    "yGRjh9onf0yB2/bfzRqrOK3pE06cGGiP4W+s1d7Pvak2JJ7k+PGYwDT9tpJmMl3G6fzTgZ"
    "YrDLcrDEtsEuC3bZsGK/khQ1znBBWxjbNWHQFH+3EhR7j7IR9qw0lgq/TdMNKj5HB6PhR6"
    "951MryVxx3ca7I3/MYEsNUVQHfJIOtoasMv0NfswRts4pJMWFN1yWNwOxacfkY360vfeGr"
    "ML5EZ6cz7Ua4uaLXHXLdvb7pDy/RObkcfR3SuxenrWwceaBf9/V5593b9+Sp/Wvoh3cprJ"
    "ncdAeD/nAKTomXGOMcGWfrtKxztFNnsuZIiwVeF5PQIqRgteOZz2Cb/RG4bCvWRWyzMUIw"
    "HoJtFmyzfEFcjW12N/XBNrsP4NgyyZNt9gav5tgwl8q6xbDNBp6202yzq3C7Um2z/4rN6w"
    "0dL/8Gmy3YbGuxTjTYZgs2rRe0aYFwWansTneZnLAGSABOkNU5kdU3rngNUnoatIG5y5N8"
    "HhrYDAk9OvCTZfTojIMICpDGQRpvkjQOmW3VZraZ6uYhD75ee3Ac73Ucu1+YgLfRLINhVE"
    "xGmUF6vAHdupvEdwb3XinjOMsoTh7DsRgU/OdGMbC4upfiEF/pRCWXtCSHXogygvCckFYF"
    "sX8niHFeiSX7rns1Gg1C6/1VPxpEdUcNAa/ObNhJI8URFOMKOkFTdoYl00aSkL0UIjqede"
    "Q0CvHpAWPYMXJ0zi7eXbw/f3vhWzr8O2nmDgfImO6YLH8HAhO8shKMfM0rl/bD5zFWfSmY"
    "resEi1jUbB9M0nfi7hsbgwOBCgdvNxGqnWvjQKjCvpQmQmVi0zx8SE2cXjKAxGdMSDpG0k"
    "ZWLBE/YUp02BpFexJoRw2F6g99fiBEv+jzhmIjyYeOHrmpqxARn6SFLUAdDFF34QtiDUXK"
    "xIejNMGNRWghrdaS8nDoltZzu2k6TKKimcrD8tAh1Xd6aSpatoZ3rxurA2EakH4+kG4ajZ"
    "OyWuuGRZQ9lVWDJ9eosnv6oKh1tFpnBqyEMdVkeET6QXzWjTKAGpK+vpKumg2Ybh0682ys"
    "SDeNxsm0JGtjioulpD2UAdjE7q9nd9do4CzpoQS4ptJDU1FaG8qTtNiK1ASPzUOFq1unt7"
    "HTWUPVY9eIrpmHm1no4Oo5PTV1gNlo6fM/8KIEizDFa+T11VzEHiRVXOrq4WIE6eiTrjZW"
    "hjCwRWYODVczNgeL8GOvs/GmuVL8CtOgHqLXkQWftFwoqlKGp4ZqiuNQh40GkDTRSlnPbk"
    "hvPb+zRmOmSxtraQuyh07UUZf0RCXYZs/StXSwqH8rNVe8dzDCmkx6Eh8M6WBZ7Nbp6yPt"
    "qqmgPeP5UtcfaQSy8oSN7YGQfXW6u3Z7azpq5mbuv6Qc5CaBHhuL3lKyTGm9ps3ulUPV8a"
    "+0t+563bM7azxmK2yah+8DHmg3Tm+NR01fW6JSilLgITdaW/1GKwY+dq6psYwgEg88x9qY"
    "NZqk3vA9k2+pP5cE3Fe7s8ZiphuP9+rhYLndNB0mspwdLHW4XY03jZI2qkyRu5VMk3r0xt"
    "jE9IWxHLlwg3ZaktzabSoafltIk4M0uRjikCZX3zQ5qAUKtUC52CZ5n0weJqmzqeAhTXA+"
    "U334C2VQDhNBUsqgQG2OGtfmuNVVZbHt2hWNbf6wdI9om3aq+mG3FqVw873HYwtPioxJa6"
    "Tfo+elslgipyMkIQod8oout5GkyaQFPeD6kdyhjVWMiHKC3JQJhL8rpmX+HD8hu6J3gI7E"
    "wQLVBh0JdKTQrv+EDS8JM6uCFCBpYEGR8yyVGM6TSzGcx2oxgGAFghUIVimC1Rd3QUmUqr"
    "7sVpy9IlVgdQKLLkgrIK2AtFKutMKRLbd8WQXf39P41ycsym5MZ3xqJdhyY5RpU6uG0yoF"
    "ajo1oueQ4e+MlSn5aEOvfSMk6rQVp6yTDWMi4ctIMDTSnsZb9shHlgATep4qvxhuSzIo5G"
    "zmIBBfQHwB8aVG4gud2bn90SGiRmwPVTukwVOZb0vmaBaBp/I4exMY1JppUPNqKjIk0UC5"
    "xWQh1Aw02uuN7CKTDInXinaC6H5tu/4mn7qvO2/eUuch/TjHkoENZMdUIcVEpkXGkRx3Oh"
    "7WFYi7HCwpIO6CuAvxly8g7ipryhPCNkZGgqAtjC2N1ki2PIXJC+FdI1m3LPNTTB4l+zGr"
    "/HsGBoTJgQH5GaBKpiWamCwb+TeYKG0Dt5iabCmZdD8INv8h2GzgJyIGFBEYw5RgyOGZy9"
    "wcbFofHsO5pmAm4wfSw81kSctBCdDmPCqWzzVgL8L7Tool3wMN7waDl7JI2gOcYY70Bn6y"
    "LdLRi3YnM4A/HAyEYCBskoEQryRFLWQz8Skb4RA/tr3ERk+cK/L3PIbZMBUYZvcaZu/JW0"
    "X2Wb0ZhniIGoZ5gWG+JpAVw96nBGtsftj/0OeipVhqMehD1AB/gVHvVTbK63iLETZi0Ykc"
    "s/zmTYZVnrRKPmqZPovEeuvWWjQxkUSLOYAi9DDo8w/61b0kYo1iwVDXUs+7jlDCedcZzr"
    "u2B6zjOLPwmgG48pB47HWcttDR15yNd/cg7L93Oufn7zqn52/fv7l49+7N+1P/ROz4o7Sj"
    "sa/6HynsIfbE+eDUB2Wv8YK2WcUMZSFO7KiPt9C3qNnHqUF60u1N+1+EnHaKlkN1iZy/M2"
    "1yN7kVhtfC9SXyL2eaMO5O6C3nb6vATnH2NsNGcRZVnnf7BH0U5pZXOEOMZ6pm3aJTumjC"
    "rlF5Jv5aLmhlClOClYkXKxPDzRg/w4duNge4GpPowd+Y6iCLwQYuHW9k7XHpJA243H6dwN"
    "6zVkQ7sPLQQ6DXypR2U8MVLgn9sB6BV3Oypy6V9cGnCXkdNRWqWAmzQ898YRRQayJuoTzf"
    "g89JC2cXNxEvNyXlQKQC2S9NBEl/1oh0erxzoWuys0ZDR0s6YVz4nuOE8TpCBSfR5oZsQ0"
    "/zKeWoljvaU6NPaCnnwF5qSmr4gb1lndVLoWr8Wb0vflBXXZatKsP9uhtZsZzFixH0F3ja"
    "Tgv9k2g7ZzG1G0LkH0T+xRCHyD8+bbJZIv/IZNYNsUCGQoywUivsMaPRykn6cPBxcqiLIB"
    "ukBAN3DNvc/roEGaM0F2uT4iUtySC7tINRDpAjZOAI3e8IdSFjLRB7cWauDWWh3KThbG5s"
    "jSt3nHWUDqDeCzWUwHjh+DsZW5KipqH/y2Q0ZKMfoAXo80Pv2mhzLuZhqibgXvUaA8nqRw"
    "wegbiRClKBX7g24S/6vMWwCdLb7TRj4B9uAzACghEQjIANMgJ6vJtvc+6nMULYTcOyyiP5"
    "9mxpcH9agEfLscWqdSNMu+Lk92HvEvmXM20gdK/Fq27v84f+YHCJQh/dp/2b29F46j5zPn"
    "hPhh/JePae2B9mmvCb09z566QV3I0FJ6+AXMy0sTAVhtP+aChOvgrC7SWK3Jhpn4XfxfFo"
    "2qX3LlHw00z7Klx9Go0+i9fCoP9FGP9+iaJ3ZtpNt09+DP2XtP/UnU66t7cEmOE1aRz8SJ"
    "6Oxp8/DEZfxfEdeVPwU4DSfUGA2L1jv2lIvnx32BPsF3ofWgXk7/JtVrwnu8Q3ZiLZuKku"
    "v94Jd24aSo5R7lBdIucvGWt3wyEZmWSMORf26Bv/7txyr2hCTK8nCG5CjHs50z6Q8UNvOX"
    "+LcLT8hJi1oT+wbTaTlaSqiSlkQbpCyWOF9vjTqjZ4J3XsvPPurZ8sRj+kpYdNbrqDQTwf"
    "TLIsvFqz4mrSAQ3SAaChXOqtqkuMrTTZmhUgiUqjysJC/0OqkikGrlh63U4XmG8U1VI084"
    "S+9iXUAQpRurErateKyDW0g7ixy6TfPwc/dhQHsaM+YmIluGPD0Bnl7lKKxXgEzTMtvjk9"
    "zbATklaJW6H9LGpAlzdrLD7ibR6Uw1SlQM1RRZ5OJqA7KUB34kAbG02U7i1W8cY9hWWDhF"
    "BXlp+Ez7hhgQj7RjFzUpgSuMwzl+8VTTGXhdgcIQU+88xnyNpP3i/raRxmsD2e+gDuVnC3"
    "gru1uLt1tLHm+vcbWieV4XUNPG2nOV91u53olVvdfyicQPORESF70AnIiBKeoNuNQb4jOj"
    "9FsrQ1kS1GI8Wyj3HDmoVeTW6FHpptTk+ld29/jh8PV1an4AjmYB1qgyP4B9rrsziCa7TX"
    "1y8jhOB+SGxsmLwRJUGPHaFJIMwbAx4g4dgPz01sphsyX2iAB2hhdBcY3XNd3ooWgbcQ+i"
    "FqwL8A/smxPmzEq47veUHPzMX7DAvLxfvEhYU+qlfQCcMFTHW6UsNOJsJweonovzSY6XZK"
    "g5hup3yGlEAERKvcCAiqSRfxo+zIwLjOj5XVUb1ihsCXMVB1wwaW3d12amkQOZMdKlcywL"
    "9iBtAVtiSqTv4bzENgHqqHJNRc85A3GXMIuQGSBsq55SvQ7FOqkvE9/rlUrapWqogKkSnm"
    "6CIl5ugiHnMEHuymLVtZPNhpumNi9NEh+iJnYnLVCSH4/p4WNHzCYn6kWbSA+X7M7X3Vk6"
    "W8JSfPgsbsAFREfpaxBPHL24gK8zzaAfCcZ55Lsnfydt4qclFCiLz6K4qsmVB6KxVVM6n0"
    "1kFmg0ZAupBWa0l5yBs6ECEDWHkteNMceLkNweQU4vJiMONLcAkgd+UJblLt+Si6oW1nP6"
    "7egloCsr1AVw0FN7L9ZBq2rmhVytDt7vqqpRyWZfSGRdG80dmBs+zgYJ0w1tWeIeCPTaZ/"
    "MDBw09yEwckC7kJwF4K7sAF2d3AXZuMuuAvBXQjLFjfLVhZ3YZq9NfVE+GRjKyxerMVrsT"
    "EMrC1yFVoJ0hxxEbub5I3eLYhylsDp5LjpWNg0XV3+o2tYzLtRxAib55Qtf0B7a0CSGzw5"
    "6jlGWCj2mTe4nejnztnFu4v3528v/BBo/05aHDQrBFrFC/rjY8Be6bqKJS0pBHpHFoF1Tu"
    "iqWjP8O0Fk8yq92bWzq9FoENpgr/rRnJW7myth/OrMHtCkkeLYX+I428fem1ttUUj0iVOD"
    "h5kfaSeupYF3CbxLvFk12+VX+Aia7w+0IHebZD+O++MORiebL66OAHmuogMhaqBTLQSTop"
    "nKw/LQgdR3emkSSNU6a+i8Yzpq3AmZ6qRxHfHgoAEHDThoGmDpBAdNNu6CgwYcNLBscbNs"
    "ZXHQQD4X5HM1DXNZUtStON/ID6yA2JSDByJ0gPV+rFXl3l7VC8DNIAXE9yOuk2+08ux3D7"
    "qk5sGcSdw81CsoxkfPUCiUKBimBP8NP8JQXInDWrFk0CAdcJhnDkOu9w/Kc8j1/qF4Drne"
    "ufgLickvDSuEjkDoCG8+1nYZicmQQJsHYkigrU8C7XGCn+oyksNmQcgtPmK4ir8uMiJWgm"
    "tmctBKcJGGsBUIW4GwlQb4fyFsJRt3IWylqpUKwlZg2YKwlRo6mSFs5fiY6/aRbQS3PGCH"
    "iJqHcvm7MQQHQXBQcxGHMJUfwblpWvq6IJMDhMBjnnkMgSo/KM8hUOWH4jkXgSq8WS4gpI"
    "JTeCGkgoeQihfz+dcVZXD6N67kSS0RgmIeGUCC2JE0dJ514/Fe1Z8PROir202DUKoywsab"
    "cowAm8Bs3B9fIyqB1vvibFojDSOP8icTkV6VJ2xska6R/zCSpS165e5riGpyiFYZ/bmNJB"
    "PdEE0QGXitG5aJFOsEdR+IKPdAuYwUDU1+HZy0InAf4XXM+KBg7BHVSWOBQfEQol0zCBiC"
    "gCH+9rmaet6zBAzZU4/J7yS/mbXXClVDDqdwlHIpYolQVmvCAZO8g7VtKw+JxYwjhIUqGR"
    "eC7rSqmeHUMf57p3N+/q5zev72/ZuLd+/evD/1CxrHH6VVNr7qf6RFd0OzIV6Fd6Eqi8ec"
    "0O9oAPViqJtrrDF24mu8UFaSmuCh8mii64VDdOIS140BacuF0OvfdAevzt63LyLlpHchcV"
    "E/L9lfFst849kngeFcbDgn6KWJgPvtGwN4adXn4bSKVtWnVUBcbDLu9ZTOs8TFgjcR8t7r"
    "BSs4acFJy5spuQ1575D33jSED/aBV+lfoQ47wrVVi+Fg8Z+10zwsVNsS771mkMIMHgnwSN"
    "Rf54EU5mzchRTm4xhpIIUZlq0My1YWU82aSEJigbUrSte8tLhKqjdDuniViZ76QlJz7RA7"
    "iubhe/Y2A75n0aVnhy99FMaX/EjTYkcP/DIZDdkQh4iie4OysND/kKqYlam8AYVivlFUS9"
    "HME/q+l9ApKEihbcED+9VN97coH3qD0VV0vacdXIHlEiyXfEF83MNeITA7NTB7KVmmtF6L"
    "+toSFU00Nio+NEibdtldr0drq6+NN2odJXgIaj8IpUqD2lc0XvuDYgMSj2vfPW3vNbwqdm"
    "PyYrf13tD2roY2a1WXZCyj3uQLepYUIiE8oHvdQAqNIbc7RH/o80tkYiIqykiyENktrDZy"
    "li8ZPS+xhqwlpq0Q1mQzHtJe3WsYdmIwBoMxuBZrck2tKlmMweSXWpjlExS0hbFdExZN8f"
    "ekiN8dbSOswmlsFX6bpitEPlcHo+FHr3lUS4pYWZT/YHG+tVhiT2KUZJgIQiWjoZKgZVYa"
    "fuRJB2QI5kQ3TgknxYAGz0fsUWBsloD0nYlraJPNCnB8HofwJV8DDe8Gg5eMjGklRMXsV8"
    "wyKWNlBMM4WmA8IibePCxdU5I2ircKezaTWjleGtGQtMe0ZnglKao4V+Tv7OdrMuix+xy0"
    "NtDa+NwxGqy13ZMfLLKDTDLobSFq0NwKaG72AlkIe5+yCW7cF4Hd2Xdi2KfUVw9RVYR7bH"
    "OpcfSHvb0XGt0+JYzu/KM7IFXlGN1hKhjde0e3pJnP2GCY3PzxnRwiEqCFEV7A4JkSViZo"
    "m1VMvy4zxCyDzBLXEKjWOLHfezIUvuZUDVqE5BKRf2ZabzScdntT4foS+Zcz7de77qD/oU"
    "/v+pd22y/C2GvrXM60wWgyvUT031aBaVR+iFVElQwzdLKSVDXZhB0mPZ4N+yxmxHbuHGS5"
    "Pu+8e+sbremHNHv15KY7GDAqf+gbY5EQD5hhYvjUR4wft2eG/eKTm+6QjN68k+NGmHbFgd"
    "C9FrvXk0sU+jjTnD7JbfvvTOve9i8R+Wem9W9uR2MyFZy/fEyGtSpZXi5V5o07QNOEzaRq"
    "jENmsxw4R+mah3X5MhIcpnC4AMWRSYmRXhG3KdUrq+aoGkk9DYlZkmpUybREiR6IpljbAq"
    "xn0cM054fh8WmesH+mVroBdz0rFMIp354fzR0RIMpZyaBGoipv1qqyID9a1O9zIssgrRTd"
    "Y+7q5YBLNbicoAZIYKhC8N4x4X0mPzovrgEaGK4QsMdHwN7LFAvjcxAfVCtsF64XF21LAD"
    "fr6UQ1RTYkzWfCtRRMGw1oZjDZBvfccAbLpTUT1IDAmQFWe8MvAddmR0EHxaIMoAYVqZLG"
    "bF0Vrr3QMpTO3BHmDOQhEz8pm5z+FZ91o4xiBUPS11fSVYME1jBWeikjaajX+RSfdIjc8I"
    "7FUtIeysDKib/p2d01FTNLehCNg+s5ULSm0kNTQcLf/aIJBwIlfA/Wamjgkk6fYu3Qg1Pp"
    "eOo5PTV1TOnzP/AioVRYXqhGXl9NBcsv2bPCpikdvLh75XpunN4ai5pbZUc0NoeOMq9gz3"
    "jTIHNVvpo9jNH4TH6QU8SIjexIw1Od/JN9RH71e2wQxDmTaH1JPiGZNijp76l25CsYdttM"
    "x/jOVQIhsmFEa2wgSo30eyQh2uNPJqJ9XqLnpa7i1/ZDE0vGYomeFcLYjWUXIKJt6HG6C0"
    "JjsM/vreg9+6sdxbNqae+QVAtJtVzveDWNhcuSVLubfzGmJ0cXh4gakUtbdWxxYgh38jqW"
    "HL1dsk+/fvEnEDEBHn7epM12GR5+rxrLcTwlfK4Ne5ENLIy8nU5lW7iTVAfX+r1PbfCalV"
    "qQJyaHeyMtILuBAA4COKeLboMF8LkuM8qvZSg74RE2Qv4+dlI+YclSzxsVGiKCsND6aDg1"
    "hBNUHFBxQMU5horDJbR7dZz4ZlYCqM2OXgxt39yVbw0F/CSokNGgoD2qZCgmKZsXarrEyC"
    "FDS8W0dGO78wvZDiG00p+wjBSrje4NfYWoP7KNLN29oMdgxH1OpfUKmi1otqDZ1kSzpTNZ"
    "PKz6WaQLjqvYNLrsGWHyYXwMdcCzwaLRbHQEgQKnWMQIwfgBxg8wftQJXjB+gPGjLtDmMn"
    "7s9iYwgOxLiY9u49wZQWgeT4Ltw03x2WPysNxW+48WRfcGxq9pljAibMUqIgq2Y5H4ByK9"
    "mEgysB0c60x0057o6NU38uwbuldUCxttRD/RL2d++5lxrGglr2CetuOtKzZu+0/X2TUDow"
    "gYRfjbKBpsFGGfX5McatuoE2t+5CjbmugJoIaBGsYRxKCGcayGvYyeIBiSuTHwVF8RIZ+e"
    "vMRQGGJtUjUH7LQmMnWw+V4VggwULBOZXt2i+TaYU4fNS7Q29CdMJHwNub2TS5k00hePJj"
    "Lwa2VFk/Hb5PIJk+6RpltLwrS4FlHZW/b7UkFBAAWBzyWswQpCnYSu+mWO7c5FyZvzGKeE"
    "Y+f2KmRwduVRYIZDFI8CM9l0TJZuli0GYkfNsy2nJYy7k7uxcInci5l20x+OxpfI/kM+0S"
    "PLyEZJ/hEGZLccDd1jzEL3ZtpYmApD57F/GRVus7Cxk4WNnWQ2dhhsJACaec+wCFNBAERk"
    "oSfqRyFRNUTYQEm1JpKph0m67dpNTc1su3bbcxy2V3Bv6ZyeZlmVTk+TlyX6jGEPfCGbil"
    "0asLfcaI8tljkl8LidZklZG8qTtNiKbtHChU+RqfxRV5i8/ti7eW1iScUyMlVlge1AcQ05"
    "HaJ/9m/Rq7m+IWNARiu8opHkc91a2hHi6NlQLMJD2wZiYuOJXDPcspW+iemddbqkj038Z8"
    "w9C1YWsLLwuXc12MpCJ2KM3clnNzutj3dmc5VMdQ5w7pxdvLt4f/72wj/F2b+TdpRz/BRn"
    "OrHiUF4pmmRs2Wh6FBE451u3yHTNAE1B64omngcnBNn+r/rD7vh3du661z442K9+nwrdqL"
    "TtbK/5NogQEThj052xuy37QB9hrqLLnEK711MYGlpc+Qp36CeKtR5vMku19x5BliBDRVPM"
    "JREhd2JlG7lSp2QhMh4tu6gmUiwT6c8aoosjesTbti1XklbzLfr2N4fa/Nt/Lf0Ra399Yw"
    "YbVvgq8BVysFyBFAtSLI7JXiKZwXGeZ6gfFCTm2SJdiqmtihpCNLCbNd8yprb61DyD3/pl"
    "Qi349N+Z1pt8uUTknyJm/PcZ7GXvE61l76M2fFP5DxZ9jSGqezwka3IhuiYpdH/vdM7P33"
    "VOz9++f3Px7t2b96e+Zhd/lKbiXfU/Ui0vxIm42mcupc6bt3mswTsKngc8N85GIocpZKco"
    "4lIJUR5nR+ckEoSnDTyTS0UmgriqS6xDyCYrSVUTF7IQ4fHWsdMoT08PXrjOO+/e+ksV/Z"
    "C2OE1uuoNBfDWyHQ0EnY3GmC2JGEaoao1iafa8F/aO87bMl+MeNzf2KUligQQVBmmlwQec"
    "rOQFwN2Yuc95Z5ACuGl2UXeel2AYvXWMauNdh/VcGfYaR8NL4/7klOCYLAHn0lLaeSwFz5"
    "i/2QE+bhZQvQE+IBcoIqWVcoilH4rSkDUj32lwOZ0gkZWW4QiJr8X7nSGBnSBbdI9LgKQ5"
    "PUFMJ3fcwXWCvgUzF74hxbR/gpP0dK8bSHIiTO8mwtjv5hX5vVtaOcFMiPGp+H1FDjvb1U"
    "Az8AIrT1CdEnwnXK9XDfad2GyK8TtjOUOXlmdDZqvb6wmTySVy/s6029F42r3qD/rT3y9R"
    "4AMN1e9N+x/6va4Xrh/4ONPiCQGjq19oE9rWv7RrIE6E4VSknLsed792B3YxxMi9Ir6D8l"
    "MAPLHmkWBedBBE++B9MIzuhlN7NNCLmTYQuteXiP7r5nTQ3e5yt/EVYVT5JSsPKztafc3R"
    "EmT21q0wvO4PP4pfhHFgFrLuzjTnE60z6l3NtEnvk3B9N6A3/cuZ1h+Kt+PRx7G9BgQ+0I"
    "l6czsQ3GKl7iVdBOhMpje9K9KyO+wJA7tn/5KPCUxLmWlYLTowAuRcT9vbu6tBv0cGg/13"
    "psWncff6pk9Gi/3HmcjOHOZk+oLds8KcK5omG4c0Q+iHT9mEzJxjh31ATvPxcpoLjW6fEk"
    "Z3/tEtY4sMVIbElSWibEcL0BdYWNzw4oPCymKdcMwJXoPLyLvuFYofraOy0OVcSa9M4nKE"
    "zP3muKOt9xVI9AQqcSmZy3xgB4g4Hunc7Ko2YMVDyxjkJVg9OeNBTYycmeLLbIZJloVXay"
    "t3jFmMuNYRUmXEmQXdNjmnToS0gc6CJs2bJ2wo5IcUYXSEFNZHnvksb3ABFu+ojsJdTkxT"
    "tWOuuVhieaOSqXjPOh41nccxYmA1x6xe6Ks1jUkq5MWP0MKKzTOn8XcL06I8oixtc0u0Me"
    "IfXqK1ETHJ+9NMftRCkwKoT94EDfzYVj8DUzcXNRYllZfMYHlldQLMyM8MfWOR3YBh70ue"
    "AQGS6MahLCz0P6QqmcLb64M8xSId+SjIkW2AdhBF/g99ntNBvKOAYpzRJWWl2LtcEStFiB"
    "REIZ5Foc1aLhi4GqZsoC2qpoGrDLa7357DAwLqM7ObmUxYE3RTsglf9sgrPhGu5sQrXpMK"
    "uUR4X1ZhlpNyo2EdpaS9NayMYKVZbzQts0feiDVmylvwcXvvscKLQMtMyW7OUct2SWn7wN"
    "+fTOT2gV6Rd2FNfk2zzX6+pPlmqzayc8wIfRtZRMlH5lJ/JtdumDI7v638V2RJafOSZtcb"
    "g6z19mgMZEFBKhuksnG6CNVUI8iSyhaYi0VCBgPkXCdDdIfdwe/Tfo/mtHmXM+2mO/5MOD"
    "D8KAo33f7gEkVuzLSvn7rTSff29hJ5V27GU384FT6Ou4EzbAJ3omvuy0TFPRiSRoGPCw+6"
    "TpZijT2ZA1TRItuEjB+WlrFaXo1Gg9A8vepHDb13N1fC+NWZDTtppDhSHKOmnb4xFrmCPX"
    "cUPM+cgtGHF1nCai+S42ovYoG1a11VFlvxCRsmU+NLOassRtkE90YY7/NOBrzPO4l400cR"
    "596TImONNaSzuPYCxE0A+/iOvYVuUFP6fJu7mFqUEuxIYWwL5BOWk0fI24pdDpzcmJSbAy"
    "+3Vk9OIa7G7HncEl91hfaA4l5VW/BGczewpZVgw9s1aO+14umhtvtP79CQT0HPxnDMbMjS"
    "kayQLdpCK8l4xPY5cLRmFNHQV3RsIBkvFDskinFKRyldMg+Z84a6XY4EzpgDs1w91qgGm+"
    "UOKS5Ui6JC131aKkr0DW6XKHpnpnXvpqMbwoxr8Vro9Sf90ZCa7+I3+TC3gQWoYgsQKMWg"
    "FNcETlCKQSnmXXMDpfjHU4ofJPWTHlHjYg/b6cowaSYuvXZ7FeHPGK/NYAXln0xk6M8muj"
    "f0FSLMNzcGts9CNwhImqOrkT8q+UxgNLEc14RL6hMOpuRgWW+D6guqLx+iaG0yrHMIogVC"
    "0eE8m+TcqAOSLA9KreRt+Tm2P3ytSosiin+UDtT+6Ih25KFC2X4hUsj24yftK76n+swqYD"
    "qLUsIcAltPxfCCreelbD0vY5gY0/p2a4uwrcWwTASettNME4bTzjuXfr9tQnjCxhYJcufN"
    "m7O/o/VmrioLRKiRtZQshMlTZJLRhGUkIbfzS/TtbyfPWFVfP5K1VvvbnxtJs5Tvr93Hrw"
    "n1N7tqg0k6wau47eJI7wTbBgfLWBtsG2DbiLj1E7z6bFY/MmdXQZWRowrQFVT8txdSb+nP"
    "nBkQomqEZl4F0DFx7KWkBNeYP97Y35MhKAQb7JEV3Kai4bXNFNNny1GmLUdRp4PvXqAnP1"
    "KHxIKMlAfd2LbRs2ItFY3uyGitShbNo0VzfaPJCaF9pfXMjPCLis1ebxDtB2JBXVa25ooF"
    "/mxk7l0ZjiQL0PO8iyUcJSj2RsNptzd1jhT0PrnPusPJV2E8cZ+5n9xn5FWC98S+psm5k0"
    "n3I73rXdE4wuv+VBS+CMOpHUC4+zTT7mgb/1nw00ybkB6coEPvaqZ9Fa4+jUafxWth0KfH"
    "6NE3xe+5ScLd64lIxpd7rJr/caYJv9FDNMUP/QGlD37yz8Kc+Cdg0vM3x/0v3d7v4lj49Y"
    "4MNvIseod+295YmNpf1r6I7jIvk0bIrrSaWGT1+LVVq1yxnFKrnbOLdxfvz99e+PVW/Ttp"
    "RVfjOcbSgm31yrZI7KiPt0S0fJGsa7/9hEwRYSrk3JNbDtUlcv6SCT0cDX+/6f9ToNn87m"
    "WR4V7+oYVQVq9p+zfDv8JvWT3eeA4uAHABZFPu70xyX3hKqLgVeNpOU+s3tJ2InzLX27o1"
    "dHmzsBD5WurWUhZmG5kWGUEyovWvbFXbVrRpUAxRy/3aMV65rLguX0qPWappQeks0Nr5X5"
    "5quutn0dq52fWbGGtn/2VqOmxEvfY8mz8KGvHPTk+zqCmnp8l6Cn0WcZhIFuO0zCwnJLuE"
    "UNanSFmfe2wYrCq6mUJId8QAfn7wXywUmrfVpRKl7LjFoTmFdK8SllQV+sWVL2yk1DsOPm"
    "6nq1/k5x1U79jVipjFiPeXMt5LnUWv8kYyVCkGVatWixCoWjyoWjXZyqEGNNSAhhrQl1AD"
    "uk4VgKAGNNSA5nENAXsFn0IO2Cuaa69Ire4abtDea7M4uLor7QW9kub6xqLeXcVA+rOGpM"
    "VC32i0PM3a0BfYNAlPGGaMw7tjxnx7QxyquoIZo0ZrU4PNGFDVFaq6csIqbnQ6EHNBzAUx"
    "lynmEjatxph8+4WiKlKSrMtolSrwrjCVSQiRaMSp9oq+15KibtFCX60lQzGJCKbfoxvSIx"
    "FK7eMIbAnVTlqU7LNDdwGP9LHpxULSBgojerL87jOlQ9pw2MAoICqDqFyX9a3BonJoRuaQ"
    "vqJ0DZTByq+eYIOWN+IyRHTElLKqVq+IoJsp6PIiJejyIh50aY9LewuLA52YEhkmKpQYyZ"
    "klvey8SGfTzw1slOx4OaenNQF2scSLx2Jbb4iygVtvTbZaRvZifK/FhqEztMTkpd8naIJf"
    "L+JEzbTun6es++fxdZ+b8KUazSLID4X80IAthBoBerqmJfv8Ii3ae20gi3DjTLHKa2yESj"
    "VdOrYHXXt4rSpPWHY8d5b+iDX7AIpnWtVRsdCzZCI3qoodxlxWx/vNHWDeAPNGPZauBps3"
    "7AUo0fWRIRss2kEj7BzHDrHagThX5O95JOA4ZVUMaFKVzh1qbGNTrnF/kOmJMx3k2ANfWt"
    "DwIdEWJwqxIdoBMCE/E2zwRPx9rZB9pcD+z6KHYzh4NrQQVdPaMMrhZYsA2lEf0dq+06gm"
    "9utPeqPhUOhNheucYnbLJ7QLGzqXdiXE/tiOFPKu3Hu0nXsx04aCcD0Rx0L3bvrpEgU/zb"
    "Sx8GX0mbZ2L6LqVZatrvxCcK5OJpoLnfYVY3ly3HycMjqplYWF/mdX/K+M7TvFar5RVEvR"
    "zBP6vpfQrShS6WtvdJmNzFzaQXTtlfFCVbRC/GGQAoNKZ5AqmZZobrVFIdU4Tg0bI88bo8"
    "2v3G6IMFUTRNAj+CKgQmky+vW0NzFmWKxCqWvrLnICHIMUEujBv1cxvODfeyn/XtKyUQLU"
    "GcPI+Vwj9iLMWChDCJPvgYZ3g8FLuVBH3Y21pFo8bjHcp4Gn7b2uU53sNUvR9Fvvz5hEpL"
    "FBsEEuSuhe1Z8dJ6fdzU8m0nQyeNrOUTbI0m2PZzvkFLU9nwaWFYP0cGco/0A0BVLFr0lT"
    "Rlrlcd4JR+1xsF20wcP6A0m8WTys3pQVN4aSR6mM0jXCsRrJkjzNpFjSZsmZkqdx1bK4K6"
    "N0JwZvDKjJxMpkrNkUOzB+A4fF14O/oM1WaiyAhGcwDhwZ4mqMA5BbXuPc8lvpgWkGsO+3"
    "9xoA1l6zfZp/Mp6ZErMhJxtU6nqtCw1WqQukY0Mmdr4IWf6Pvalz/jWEvfIQ9iqZj7kCrn"
    "wCCLNKZ0aBMCuTyKOL/AXCg2RHrBDu3wkin1fufJnS4Js5/Xbz/EiHCAHr7Fjb304sXsIg"
    "pRuwX4L9sobCKxjcuLEKcZ5tf4s1mfzMjzQVocWyEgWft/dbi5zm4oPfPkPAiJPrrs8tiU"
    "bb07rYNHBjIakq/Y1t9CwpRB57sGv9faMVAyl24SIA3zwqk3x9O7ZjX8TIcV4KISMcrGlt"
    "sG+BfQvMA9yZByAr9geT16EWBg/zDmozcMIIyBzm2mIKmcOcMwiiUH8IqQGiUJvNX7DiQh"
    "Qq33CCURyiUOsCLadRqF/xfKnrj8ITZvsZQs/be/0Mz05zEfvt9/oZpkuM5I1Bu0GKNte/"
    "XyJCbWyRSYYPlu3Dh5DbL5rr8rbtnTH0Cnsa8c9oju/JPafxA7ZMpJD/O6encRdDxe+baT"
    "NtqFvIwhrRBV/rz6RPJ+M1lNOqmEjX1C161Oi5ojQH1m5D30efuceLYvkE3W4Mwjl0fopk"
    "aWsi6d7CBsrux/hXoGpZwDT+b/BvgH+DzxW1wf4N55DhOMeTw0t3FI2wqVYdvUvXz0KWU4"
    "+wESgf22BKwctdwDlEVA7s+7eOGg/tGpYuDQqPbvHSW2F43R9+zLlZt1yyS+RezLTb8agn"
    "TCa07Kh/OdM+dPsDesv5G5X9sjCu/EKkkmXh1dpisG6yklQ18XSsIF1jTsY677x76x+KRT"
    "+knYc1uekOBvHwUjgt6binJeVysbBowcdSvo9FI2BsCikQEVIwwvNshPcNAQUYHaU9CqeP"
    "KXLVndEx+/WL2gCvMT3nyti2ks2AfpN2miXQMwLKwdaZDvdyRR5aB84lRjq5bVsT6U36IZ"
    "gVwj7Jq1AvWSxpUadC2BTjJcmDVQ2savzZBBpsVbMndk5XapCmWl8qJxtiDs+0g40NRwzR"
    "bNaGcA8829RaA6F7LfbGQtc+FyX4aabZn+5urwPP3E/uM2HcnfiPnA/UMtH/0u39Lo6FX+"
    "/I0BZ7o5vbgTB1LBUJj2bajTDtiu6xLP3RUCT8Gn6kNAkPZtpX4erTaPRZnJKeLlHwUxG7"
    "x0W2bP+UZP8Eu0dBs8dxrR5nVa265Vk9iPi2kdQ4mqnJyzsiSFzOkrjMuY01LrRFBPOyra"
    "wT787Ev3PX6wnCNV2Z/Muo3ZW0+ty/vbXbOBd8WGLJPJFzygkBkkrPXKiflPAyrrYamZqq"
    "8LSZiyWWN2qxcgoR2gYqOTVRajJZ/lw5qBCro7Rg4+WZ00vLWotJoke6sBwhLSQwc8bZEk"
    "VmGuZn+6FWDGATMY1QNQjTztnFu4v3528vfGD9O2noggd2Ty3/DHJqJ72Sf6wKIZGeRHcV"
    "L7D+M8hhC+B5C7CDodZ2pG8Bdsepgds8cxsyqyrVTEN14/LByyAFeCHTipNMq+DoLAFq13"
    "Y4ifTaUMQZU5vDRKwQM5IDMaI82x+MER075Z4bAMXTIAyiFqtFg8MgNgbDO5iskrvNeXbO"
    "F9bIL95nUskv3qfo5PQhIy4iVzD0jgJCoNN9IUUqp+cu/wNVfyotZE82D8aGk8EjuCNtxG"
    "p0bKfg2sBPir4xxQNYwOijCabao/tnbfREQ7cKCmDMDsCax7M1jyhRyhMjVDI1MGtHdMTA"
    "LE/ZCTLUV4A4DsuiL8WLDUVMvJcUdWOw9v1Eh14S+QsmVZ4eIOuW7MuTFZP+tCKLVYQUli"
    "melylPtZ9vc9rEY4SVBsLxwt88ldzWcsHdPkwJ5haOJ5T77cGJB14mbiA+xiE3wbrLdoy5"
    "wpK9rlzaD5/HWPVRTXU7BXNJGwL/X5U6iJaSZXbX656u3SsPLZZvKNyineoWom3JY/ojvM"
    "aZUnS9l6Crjalo2DTJ91zNsYHWNM02UOLuH0jyHs2xqmsPppd7G2zFzuCt4iXgteJghW+D"
    "1+oHEqOyeK3WhFdYdOZwzqOtGaRQRyzix2KUyHOXVFFaLPRNQuJ0Stk2NnkjDPdVQ8/H8V"
    "a8oX5sG72smGtV2orB5SPPDEiib4K/JFJcrJOltlgnubRYJzoDqP5AOpMTjjhKBj1G2Dy0"
    "O2/eZIlaePMmOWiBPosc5oZXZLBa+fzkISJwlaevQAVc5T6+4j22aFZmkVP2EvoAIzw/Nk"
    "NGjBaYihum44CpGEzFNYC47uehexbBG6L/SLYHPNH86TVpZ7J/rgKtSw2Jj5cLtE9Icd8n"
    "etUCcxYYbKN4K1qjJNIaChGCLZPTBamm+3wWW6asGHjB3nayVZAKdcCzcac1upteIvLPTO"
    "sPL1F/GHXjZFF4swTpJ0fox8LzPY0ot20hRtg828KbsyymHNIqEW77WQLgqqQ9bNxNNDfo"
    "QeLmAV9+ETMfuAX550E3GEW4si02zI445kDrpjv+TNZ4Wo7Ov5xpd9P+oD/9/RK5FzOtez"
    "f9JAyn/V6XFsy8ROHPRVaq8rkI1dNeIlFCMsiVhQ2GNdSHPtksGiYHBhRIj6hdfU1XmXTr"
    "av56J9y5xSxzrFsO1SVy/jKLapLlyf5I5KlrYdD/IowpgX8508ZCl9yg/8aLbd4NPw9HX8"
    "lC517Q1j2BUNoUzhUfq15UA84hLzBImzADI4h3ssjEpFUy5p142iqtvUWQlBnyWWLORJgI"
    "aqAl1EATLcVSc8m9EbLmjeFKTqRylv4i+XRBQvCN8eMkiVtPTHpmQJGMSQ1q3NWBv278eL"
    "FMswgtcJpnTlMLbwEmB8iAvzzzlybRFprGIULgMc88hkiVZHm3nh6sLJEqkCSca1bnSBJ+"
    "sbNHeJs95cAJIVUQUtWYkKroOlECxAO3m4ZCG1ga90O625tKAPbOxDU00WXFNbaNh9Al3w"
    "IN7waDbPniSeUSc+WKuzF9jv9FoD02aFSHRumzbjzeq0RaMzbaoai5XY03WZbXmgzVoyTX"
    "j9ZWXxtvbFwSA0x3jdqZQkz1tSUqGuGrmi3MtPV1qSyWiC7hqCubaLExLX2FZMVcqBJRmQ"
    "y0WOLF41z/jvR7JKF73VghxUTWEtMEeVPXfjJ3KfTk7a8VRp59VS9hhsJS6li8K8SoQowq"
    "nwt2TTX8LDGq3qwWH3FC5FgCzyN0PEenFvRcVpSA+d0SzaX+zFCckqO8wlRNcBIfO9SI7j"
    "g5DQMBEjAIgL0F7C18QVyNvcWWTA+HmMrRH9yuGgpvYHnkMTMwaCJIUd4iloQM6psbQoR9"
    "kr36myARzeqVG6zYRk4HPyOdjKBLdIMtCRn4tRvSYCJJk8ln3ZDpB6ctck/tMeNqW8l9M7"
    "W1QE6kG3MLqhuobvVYzRqsuvEePV9Kkg8Ey4eC5eksJJxbrfNO9Dg1xNvwE3gRn9xpWRHJ"
    "G2hqQsSPqVaB1gpaK0cQV6O1BiT0A1FmVE1pKNDhtZJHFfYrQdDeHhK1V7dFO5Pi+rxrvF"
    "dlnS6x6wLEBjKx8aQsMHI6IDQGxoiapKkDUFJV/RnL1CGIOhdoiaR7i9BQvyCNyvjJRKpk"
    "WshFO67AVvomKPLNwRbRBs0VNNdwUBuZp6KizfWNVoT1DPIG8r8m/M6kzYDg/YMEk79oqX"
    "zQYrgRrispH7kvKnqk4alO/qk4JpqHMX54RHSJ6oobXtpiKSres3QVJdgqQzgk1pBky/xo"
    "JVmLJcHL1gIIKLJCW5lUXXAFxDZRKjSZtPeDE71CV67+ICHyfaQtKyKysvfs10uyFP8E3Q"
    "V0Fz63iQbrLnmrSR5URJI7voYDJDOVdumklHbpxEu7kC/w8JB0AkuGKoY78uMh3vK2uanz"
    "9pOB0L0We2OBjNfc5cGCtJco1lNeHmU5taiTfGpRJ3ZqkalvjEWuKbCjaELk6tEKer5M3V"
    "q+l5wmF67lG/nyB3pa+c2CVTfhNKLDTyOytRTRxFTLYXAmsURgjK5QlcBCPDmtagaUXSNQ"
    "o7+SoZxd6TpRMzU2sAGqCKRzQlYVpp7KdtwRfTUaDUIj+qofTe64u7kSyEpjD2/SSHHsGn"
    "GwoWJN8riup3rGcDXEK9ZIq7WkPOT1MkTIoFoNJ9lTjUQTvGHgwGmMA+dlk6f4XB8Oz51i"
    "bWklINsLdNVMZCMbeV6nY6Bo6ZHLrtRloai27koAshRvoovofociLZ6Tzak40uw6JuiVR9"
    "q2HX8/X6JgBh2WHXegmzOHNPxkRy0SjRdZz8qCEd9YZsfM7Lyg89T2+tKKDEXOEgR3IrgT"
    "+VyLaqqvZgqF9GZsjhkWpAHpv2ZnCqV4D8m25h4sdOskN+Z1Hd56yZG3XnJkb3RzOxBsT6"
    "J/OdMmn/u3t/SeexFNiyziaCzfP0AmvZl0diZ7YuwomudorOQcFSIeFSnM71M1cK+pyd6S"
    "Kex6oa/WVPkpJFREaCFdmGdOv1gEeH14mkOGeOHk60ZiCkbvSuH1LR75oI2QAazgS+DElx"
    "A0ax0IczAJoaEQR+Yxb+cK8LmjFU6i2RW+56UIQ00BTqnBkOVwgSpdEV1sKItli+GFcJ+0"
    "0xwQ0q7NPtdDMqglVy9IjNxj7v2McD2Xg4eZ6qs0mJQSrpdsoaclFJkbf7JFKkDSwJjgSi"
    "pk00mVA2G3eQPRPctk8TtLsfidxS1+5I2WW7g0a8R1gOT44dYvoyGUFlgd0yWOuZn99X9o"
    "lsz5"
)
