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
    "body" TEXT,
    "scheduled_at" TIMESTAMPTZ NOT NULL,
    "attempted_at" TIMESTAMPTZ,
    "http_status" SMALLINT,
    "duration_ms" INT,
    "error" VARCHAR(200),
    "next_attempt_at" TIMESTAMPTZ,
    "body_purged_at" TIMESTAMPTZ,
    "lead_id" UUID REFERENCES "lead" ("id") ON DELETE SET NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "subscription_id" UUID NOT NULL REFERENCES "webhook_subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_event_i_9f48f9" ON "webhook_delivery" ("event_id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_d29a83" ON "webhook_delivery" ("status");
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
    "xn0cM054fhyWmesn9mVroBdz0rFMIt314czS0RIMpZyaBGoqqsV5oqkx8tGvcFkWWQHhTd"
    "Y+7q1YBLNbiCoIZIYKhC8N4x4X0mP7ooriEaGK4QsMdHwN7LFAvjcxDvVStsG66XFG0rAD"
    "fv6UQ1RTYizefCtRJMGw1objDZBvfCcIbLpTUT1JDAmQNWZ8OvANdmR0GHxaIcoIYVqYrG"
    "bF0Vrp3QMpTOwhHmDOQhEz8tm5z+FZ8Ns4piBUPS11fSVYME1ihWRiUjaWjU+RSfbIi88A"
    "55IekPVWDlxt/0nO6aipktPYjm3vUcKFpT6aGpIOHvQdGEPYESvodrNTRwSadPsb7vwal0"
    "PPXcnpo6poz5H1hOKRVWFKqR31dTwXrG84VhPIreSZfq3vV63P6uvYMzGzoXg0JHS2xZ0t"
    "5bol/k6MbtrbFjzatNJJrrfeemX+ZovG6Qka9YpSPGaHwmP8gt/cRGdqTjqUH+yT8ivwY9"
    "NgjigqnHgf6TkoIc1o921IgK1DKnba7Dj+cagRA5MKIVNhGlRsY9khDt8ScL0T4v0fPC0P"
    "Br56GFJVNeoGeVMHZtO2WbaBt6CLFMaEz2qccHes/uGlHJXGTaO6QiQyoy1zteTSMI86Qi"
    "b+dfgunpMdkRokZkIB86Ijs18D19HUuPea84EqJ+UTsQZwJxEbxJm+0q4iL8GjbH8S/xuT"
    "bsRDa0MPJ2ppfjF0hTHTyfwS61wW9WaRmjhBzuj7SQ7AYCOAjgnC66DRbA54bCKFqXo1iH"
    "T9gI+fvYpQwISxZG0VjaCBEE09ZHw6khnKDigIoDKs4xVBwuod2p4yQ3swpAbXbMZ2T75q"
    "7obSRMKkWFjIdS7VAlI5Fc+bxQ0wVGLhlaqJZtmJutX8hxCKGl8YQVpNptdG8aS0T9kW1k"
    "G94FPTwk6XOqrFfQbEGzBc22JpotncnifjXjYl1wXPun0cXiCJP342OkA54NFo1moysIlD"
    "j7I0EIxg8wfoDxo07wgvEDjB91gbaQ8WO7N4EBZFchgfg2zp0RhGY/pdg+vMSoHSYP22u1"
    "+0BWdG9i/JrmViPCVqwhomC7Fol/INKLhSQTO8Gx7kS3nImOXn0jz76he1WzsdlG9BP9ct"
    "a3nxmHsR7kFcwzivx1xcFt95lE22ZgFAGjCH8bRYONIuxTf9JDbRt1zs+PHGVbEz0B1DBQ"
    "wziCGNQwjtWwl9ETBFOy1iaeGksi5NPzqhgKQ6JNpuaA3dZEpg4336lCkIGCFSLTaxs034"
    "Rz6rB1iVam8YSJhK8jr3dyqZBGhvxoIRO/Vpe0hEGbXD5h0j3SDXtBmJbUIg72lt2+VFAQ"
    "QEHgcwlrsIJQJ6Grfplj29NkiuY8JinhsL6dChmc+HkUmOHoyaPATDYdi6Wb5YuB2FLzbM"
    "tpCePu5G4sXCLvYqbf9Iej8SVy/pBP9KA3slGSf4QB2S1HQ+/wt8i9mT4WpsLQfRxcxoXb"
    "PGzs5GFjJ52NHQYbCYBW0ZM/olQQABFb6In6UUpUjRA2UFKtiWTqY5Jtu/ZSU3Pbrr32HI"
    "ftldxbOqeneVal09P0ZYk+Y9gDX8im4hRU7C3W+mOLZU4JPW5nWVJWpvokyRvRK/UoBxS5"
    "yh91hcnrj72b1xaWNKwgS1Nl7ASK68jtEP2zf4tezY01GQMKWuIljSSfG/bCiRBHz6ZqEx"
    "46NhALm0/kmuGWPeibmN5Zt0v62MJ/JtyzYGUBKwufe1eDrSx0IibYnX7itdv6eCddH5Kp"
    "7rHXnbOLdxfvz99eBGdfB3eyDsBOnn1NJ1YSyitVl8wNG02fIgbnfOOV5q4ZoBloXdHE8/"
    "CEINv/VX/YHf/Ozl3324cH+9XvU6Ebl7bd7bXYBhEhAmdstjN2u2Xv6SMsVKqaU2h3egoj"
    "Q4srX+EW/VSx1udNbqn23ifIE2So6qq1ICLkVqxsI0/qlGxExqPtFNVEqm0h41lHdHFEj3"
    "jTduRK0mq+Qd/+5lJbf/uvbTxi/a9vzGDDA74KfIUcLFcgxYIUixOyl0hmcJLnOeoHhYl5"
    "tkhXYmo7RA0hGtjNmm85U1sDap7Bb/0yoRZ8+u9M702+XCLyTxkz/vsc9rL3qday93Ebvq"
    "X+B4uBxhDXPR7SNbkIXZMUur93Oufn7zqn52/fv7l49+7N+9NAs0s+ylLxrvofqZYX4URS"
    "7bMWUufN2yLW4C0FzwOeG2cjkcNUslOUcalEKI+zo3MSCcLTBp7LpaIQQVwzJNbRbZOlpG"
    "mpC1mE8Hjr2Gmcp6d7L1znnXdvg6WKfshanCY33cEguRo5jgaCzlpnzJZUDGNUtUaxMnve"
    "C3vHeVvmq3GPW2vnbCmxRIIKg/SgwQecrOQlwF1buGhFTwYpgJtlF/XmeQWG0VvXqDbedl"
    "jPlWGncTS6NO5OTgmPyQpwriylncdS8Iz5mx/g42YB1RvgPXKBYlJaJUd/BqEoDVkzip0G"
    "V9AJEltpGY6Q5Fq82xkS2gnyRfd4BEia0xPEDHLHG1wn6Fs4c+EbUi3nJ7hJT/eGiSQ3wv"
    "RuIoyDbl6R37uhlROslBifA7+vzGFn2xpoJpax+gTVKcF3wvV61WDficOmBL9zljP0aHk2"
    "ZLa6vZ4wmVwi9+9Mvx2Np92r/qA//f0ShT7QUP3etP+h3+v64fqhjzM9mRAwuvqFNqFtg0"
    "unBuJEGE5Fyrnrcfdrd+AUQ4zdK+M7qD4FwBdrHgnmZQdBvA/eB8Pobjh1RgO9mOkDoXt9"
    "iei/Xk4H3e0utxtfGUZVX7Jyv7Kjh685WoHM3roVhtf94UfxizAOzULW3ZnufqJ1Rv2rmT"
    "7pfRKu7wb0ZnA50/tD8XY8+jh21oDQBzpRb24Hgles1LukiwCdyfSmf0Vadoc9YeD0HFzy"
    "MYFpKTMda2UHRoic62l7e3c16PfIYHD+zvTkNO5e3/TJaHH+uBPZncOcTF+wex4w54qmyS"
    "YhzRH6EVA2ITPn2GEfkNN8vJzmUqM7oITRXXx0K9gmA5UhceWJKNvSAvQlFhYvvHivsLJE"
    "JxxzgtfgMvKue5XiR+uoyIZSKOmVSVyNkLnbHHe09f4AEj2BSlxI1qIY2CEijkc6N7uqA1"
    "j50DIGeQVWT854UBMjZ674Modhkm3j5couHGOWIK51hFQVcWZht03BqRMjbaCzoEnz5gmb"
    "KvkhZRgdI4X1kWc+K2tcgsVbqqNwlxPTVO2Ya8kLrKw1MhXvWcejZvM4QQys5pjVsrFc0Z"
    "ikUl78GC2s2DxzGn+3MS3KIyrSprBEmyD+4SVaBxGLvD/L5EctNBmABuRN0MCPbfUzMXVz"
    "UWNRWnnJHJZXVifAjOLMMNY22Q0Y9r70GRAiiW8cqmyj/yFNzRXeXh/kKRbZyMdBjm0DtI"
    "M48n8Y84IO4i0FFOOMLylL1dnlylgpIqQgCvEsCq1XSsnA1ShlA21RNQ1cZbDd+/YcHhBQ"
    "n5ndzGTCmqCbkU34skde8YnwYU684jWpkEuEd2UV5jkpNx7WUUnaW8PKCB40642mZfbIG7"
    "HOTHkLP27vPFZYDrXMlezmHrXslJR2Dvz9yUJeH+gVeRfWldc02+znS5pvtmwjJ8eM0LeR"
    "TZR8ZC2MZ3LthSmz89uqf0WelDY/aXa1Nsla74zGUBYUpLJBKhuni1BNNYI8qWyhuVgmZD"
    "BEznUyRHfYHfw+7fdoTpt/OdNvuuPPhAPDj6Jw0+0PLlHsxkz/+qk7nXRvby+Rf+VlPPWH"
    "U+HjuBs6wyZ0J77mvkxU3IMp6RT4pPBgGGQp1tmTOUQVL7JNyPhhaRWr5dVoNIjM06t+3N"
    "B7d3MljF+dObCTRqorxTFq2hlrUy4U7Lml4HnmlIw+vMgTVnuRHld7kQisXRmaKm/EJ2xa"
    "TI0v46yyBGUT3BtRvM87OfA+76TiTR/FnHtPqoJ11pDO49oLETcB7OM79mTDpKb0+aZwMb"
    "U4JdiRotiWyCesJo+QtxW7Gji5MSk3B15urZ6cQnwYs+dxS3zVFdo9insd2oI3mnuBLa0U"
    "G962QXunFc+ItN19eoeOAgp6NoZrZkO2gRSVbNE2WkrmI3bOgaM1o4iGvqRjAylYVp2QKM"
    "YpHZV0yTxkzh/qTjkSOGMOzHL1WKMabJbbp7hQLYoKXfdpqSgxMLhdovidmd69m45uCDOu"
    "xWuh15/0R0Nqvkve5MPcBhagA1uAQCkGpbgmcIJSDEox75obKMU/nlL8IGmfjJgal3jYzl"
    "aGSTNx4bfbqQh/xnhlhSso/2Qh03i20L1pLBFhvrU2sXMWuklA0l1djfzRyGcCo4WVpCZc"
    "UZ9wMCUHy3obVF9QffkQRWuTYV1AEC0Rig7n2aTnRu2RZLlXaiVvy8+x/eErTZLLKP5xOl"
    "D74yPalYdKZftFSCHbj5+0r+SeGjCrhOksTglzCGw9B4YXbD0vZet5GcPEmNa3W9mEbS2G"
    "ZSL0tJ1lmjDddv659LttE8ITNjdIUDpv3pz9Ha3Wc02VEaFG9kKyESZPkUVGE1aQhLzOL9"
    "G3v508Y017/UjWWv1vf64l3Va/v/YevybU35yqDRbpBC+TtosjvRNsGxwsY22wbYBtI+bW"
    "T/Hqs1n9yJxdJVVGjipAH6Div7OQ+kt/7syACFUjNPNDAJ0Qx15KSvCM+eO18z0ZgkK4wQ"
    "5ZwWsqmn7bXDF9jhxlOXIUdToE7gV68iN1SMhkpDwY5qaNnlV7oep0R0YrTbJpHi2aG2td"
    "SQntq6xnZoRfXGz2e4NoPxAL6rKyNVcsCGYjc+/KcSRZiJ7nXSzlKEGxNxpOu72pe6Sg/8"
    "l71h1OvgrjiffM++Q9I68S/CfONU3OnUy6H+ld/4rGEV73p6LwRRhOnQDC7aeZfkfbBM/C"
    "n2b6hPTgBh36VzP9q3D1aTT6LF4Lgz49Ro++KXnPSxLuXk9EMr68Y9WCjzNd+I0eoil+6A"
    "8offhTcBbmJDgBk56/Oe5/6fZ+F8fCr3dksJFn8Tv02/bGwtT5ss5FfJd5mTRCdqXV1CKr"
    "x6+tesgVyy212jm7eHfx/vztRVBvNbiTVXQ1mWMsyWyrV75FYkt9vCWiFYhkXeftJ2SKCF"
    "Oh4J7ccqkukfuXTOjhaPj7Tf+fAs3m9y7LDPfqDy2EsnpN278Z/hV+y+rxxnNwAYALIJ9y"
    "f2eR+8JTSsWt0NN2llq/pu1E/JS73tataShr2Ubka2kbW5WtNrJsMoIUROtfOaq2o2jToB"
    "iilge1Y/xyWUldvpIe81TTgtJZoLXzvzzVdNfPo7Vzs+s3MdbO+cvUdNiI+u15Nn+UNOKf"
    "nZ7mUVNOT9P1FPos5jCRbMZpmXlOSPYIoaxPmbI+99g0WVV0c4WQbokB/OLgv1goNG+ry0"
    "GUsuMWh+YU0p1KWFpV6BdXvrCZUe84/LidrX6Rn7dXvWNPK2IWI95dyngndR69yh/JUKUY"
    "VK1aLUKgavGgatVkK4ca0FADGmpAX0IN6DpVAIIa0FADmsc1BOwVfAo5YK9orr0is7prtE"
    "F7p81i7+qutBf0Spoba5t6d1UTGc86kmTZWOu0PM3KNGRsWYQnDDPG/t0xY779IQ5VXcGM"
    "UaO1qcFmDKjqClVdOWEVNzodiLkg5oKYyxRzCZuWY0y+vaxqqpQm6zJaZQq8S0xlEkIkmk"
    "mqnaLvtaRqGyQby5VkqhYRwYx7dEN6JEKpcxyBI6E6SYuSc3boNuCRPrb8WEjaQGVET1bf"
    "fa50SAcOBxgVRGUQleuyvjVYVI7MyALSV5yugTJY9dUTHNCKRlxGiI6YUnao1Ssm6OYKur"
    "zICLq8SAZdOuPS2cKSQKemREaJSiVGcmZJrzov0t30CwMbJztezulpTYCVF1h+LLf1Rigb"
    "uPXWZKtlZC8m91psmgZDS0xf+gOCJvj1Yk7UXOv+eca6f55c97kJX6rRLIL8UMgPDdlCqB"
    "GgZ+h6us8v1qK90wYiRxvnilVeYTNSqunStT0Y+sNrTX3Ciuu5s41HrDsHUDzTqo6qjZ4l"
    "C3lRVeww5qo63m3uAPMGmDfqsXQ12LzhLECpro8c2WDxDhph5zh2iNUWxLmqfC8iAScpD8"
    "WAJlXp3KLGNjYVGvd7mZ4400GOPfAlmYYPiY44UYoN8Q6ACcWZ4IAn4u8rlewrJfZ/Fj0c"
    "w8GzoYWomvaaUQ4vXwTQlvqI1vatRjVxXn/SGw2HQm8qXBcUs1sBoVPY0L10KiH2x06kkH"
    "/l3aPtvIuZPhSE64k4Frp300+XKPxppo+FL6PPtLV3EVev8mx11ReC83Qy0ZIN2leC5elx"
    "80nK+KRWZRv9z6n4fzC2bxWr+VrVbFW3Tuj7XkK3okhlr73xZTY2c2kH8bVXwbKm6qX4wy"
    "AFBlXOIE2ybNHa6HIp1ThJDRsjzxujw6/CbogoVRNE0CP4IqBCaTr69bQ3MWZYokKpZ+su"
    "cwIcgxQS6MG/d2B4wb/3Uv69tGWjAqhzhpHzuUbsRJixUEYQJt8DDe8Gg5dyoY66a3tBtX"
    "jcYrhPQ0/bO12nBtlrFqIVtN6dMYlIY5NggzyU0L1mPLtOTqebnyykG2TwtN2jbJBtOB7P"
    "dsQp6ng+TayoJunhzlT/gWgKpIZfk6aMtMrjvBOO2uNgu2iDh/UHknjzeFj9KSuuTbWIUh"
    "mna4RjNZYleZpLsaTN0jMlT5OqZXlXRuVODN4YUJOJlctYsy53YPwaDouvB39Bmz2osQAS"
    "nsE4cGSID2McgNzyGueW30oPTDOAc7+90wCw8pvt0vzT8cyVmA052aBS12tdaLBKXSIdGz"
    "Kxi0XI8n/sTZ3zryHslYewV8l6LBRwFRBAmFU2M0qEWVlEHpWLFwgPkx2xQnhwJ4x8Ubnz"
    "ZUqDr+f0282LIx0hBKzzY+18O7F8CYOMbsB+CfbLGgqvYHDjxirEebb9LdYV8jM/0lSEFs"
    "tKFH7e3m0tcpuLD0H7HAEjbq67MbclGm1P62LTwA1Z0jT6G9voWVKJPPbg1Pr7RisGUuyi"
    "RQC++VQW+fpObMeuiJHjvBRCRjhY09pg3wL7FpgHuDMPQFbsDyavQy0MHuYd1GbghBGQOc"
    "y1xRQyhzlnEESh/hBSA0ShNpu/YMWFKFS+4QSjOESh1gVaTqNQv+L5wjAehSfM9jNEnrd3"
    "+hme3eYiDtrv9DNMFxgpa5N2g1R9bny/RITa3CCLDB+sOIcPIa9fNDeUTds/Y+gV9jXin9"
    "Ec35N7buMHbFtIJf93Tk+TLoYDv2+mz/ShYSMb60QXfG08kz7djNdITqtqIUPXNuhRp+eK"
    "0hxYpw19H33mHS+KlRN0uzYJ59D5KVKkjYWkexubKL8f41+hqmUh0/i/wb8B/g0+V9QG+z"
    "fcQ4aTHE8PL91SNMKmeujoXbp+lrKc+oSNQPnYBlMKXuECzhGiamDfvXXUeGjXsHRpWHj0"
    "ipfeCsPr/vBjwc265ZFdIu9ipt+ORz1hMqFlR4PLmf6h2x/QW+7fuOyXh3HVFyKVbBsvVz"
    "aDdZOlpGmpp2OF6RpzMtZ5593b4FAs+iHrPKzJTXcwSIaXwmlJxz0tqZCLhUULPpbqfSw6"
    "AWNdSoGIkYIRnmcjfGAIKMHoOO1ROH1MkavujE7Yr1/UBniN6TlX5qaVbgYMmrSzLIG+EV"
    "AJt851uJcn8tA6cB4xMshtx5pIb9IP4awQ9klepXrJY0mLOxWiphg/SR6samBV488m0GCr"
    "mjOxC7pSwzSH9aVysiEW8Ey72DhwJBDNZ22I9sCzTa01ELrXYm8sdJ1zUcKfZrrz6e72Ov"
    "TM++Q9E8bdSfDI/UAtE/0v3d7v4lj49Y4MbbE3urkdCFPXUpHyaKbfCNOu6B3L0h8NRcKv"
    "4UdKk/Jgpn8Vrj6NRp/FKenpEoU/lbF7XOTL9s9I9k+xe5Q0exzX6nF2qFW3OqsHEd/Wkp"
    "ZEMzN5eUsEict5Epc5t7EmhbaYYF61lXXi35kEd+56PUG4pitTcBm3u5JWn/u3t04b94IP"
    "S+zLeIdqZB05hHPIkhdYWWvlKgDEaBsol9dEDs9lrPK27lKsjtOCWZJnTi9seyWm7ZbZ8l"
    "2MtJSMxxlnK5TyaGSa4zpZMoBNxTRG1SBMO2cX7y7en7+9CIAN7mShC07DHeXnc4hWnezi"
    "84nCeUR6Er1VvMT6zyCHLYDnLcCJ31k5wakl2J2kBm7zzG0NS0pBE2uIBI6rg+PqjghvpH"
    "BcMXgZpAAvpFpxkmoVHp0VQO0ZDyexXhuKOGNq70acbmIVID3wuqnlZrcT2dBOz9V5i6zx"
    "nR7cEp8GuwNc4tOx2rMYoCAdhJbUYgFucGjJ2mR4XNNtRl5zngMeSpuMLt7nshldvM8wGt"
    "GHjFiTQgHmWwoIK8921pWpRl+4pBJUUjro4QBk82BsODlc1lvSRqxGx/Zar0z8pBprS9yD"
    "BYw+muBLOHoAgYOeaBp2SQGM2QGYm3k2NxMlSn1ihJ9mBrttiY4Y7OYrO2GGBgoQx6Fu9K"
    "VYXlPExHtJ1dYma99P9Tinkb9gourpHrJuxc5mRbXoTyuzWMVIYZnieZnyVfv5pqCbIUEI"
    "HrJYdbyVUnK3j1KCuYXjCeV9e/CLguOOG4iPcXBQuJa1E7evsmSvK4/2w+cx1gJUMz154f"
    "zchsD/10EdRAvJtrqrVc/Q79WHFss3FG3RznQL0bbkMf0RfuNcac/+S9DV2lJ1bFnkey7n"
    "2EQrmrocKhv4DyT5j+ZYM/QHy89nDrdiZ0Uf4iXgteJghW+D1+oHEqPyeK1WhFdYdOdwwe"
    "PCGaRQmy3mx2KUHfSWVFGSZWOdkoyeUQqPTd4Iw/2hoefjyDDeUD+2jV5RrZUmbcTw8lFk"
    "BqTRN8FfEivY1slTr62TXq6tE58BVH8gnSkpx0alg54gbB7anTdv8kQtvHmTHrRAn8UOyM"
    "NLMljtYn7yCBG4yrNXoBKu8gBf8R7bNG24zMmFKX2AEZ4fmyEjRgtMxQ3TccBUDKbiGkBc"
    "9zPmfYvgDdF/JMcDnmr+9Ju0c9k/l6HWlYbEJ0swOqfOeO8T/QqMBYs2tlGylZ/3AUemgC"
    "2T/wWppvt8HlumoppYZm87+apyRTrg2bjTGt1NLxH5Z6b3h5eoP4y7cfIovHmC9NMj9BPh"
    "+b5GVNi2kCBsnm3hzVkeUw5plQq38ywFcE3SH9beJloY9DBx84CvvjBcAJxM/nkwTEaVuH"
    "yLDbMjjjnQuumOP5M1npb4Cy5n+t20P+hPf79E3sVM795NPwnDab/XpUVIL1H0c5mVCsr7"
    "NcLyv5JMcmVjk2ENDaBPN4tGyYEBJdIjalez1FMmvVqlv94Jd16B0ALrlkt1idy/zEKlZH"
    "lyPhJ56loY9L8IY0oQXM70sdAlN+i/yQKmd8PPw9FXstB5F7R1TyCUDoV7xceqF9eAC8gL"
    "DNImzMAY4p08MjFplY55J5m2SovDESQVhnyWmjMRJYIifSlF+kRbtbVCcm+MrHlj+CCnfL"
    "lLf5l8ujAh+Mb4cZIkrScWPYehTMakDkUY68BfL368XKZZjBY4zTOnqYW3BJNDZMBfnvlL"
    "k2hLTeMIIfCYZx5DpEq6vFtPD1aeSBVIEi40qwskCb9YUWLeZk81cEJIFYRUNSak6uWKuN"
    "YV2rQqrkxIt3tTBcDeWbiGJrq8uCa28cI1cneXSyyUK+7F9Ln+F4H22KBRHRmlz4b5eK8R"
    "ac1c6/ui5nU1XudZXmsyVI+SXD9a2X19vHZwSQ0w3TZq5woxNVa2qOqEr1q+MNPW14UqLx"
    "BdwlFXsZC8tmxjiRTVkjWJqEwmkhdYfpwb35FxjyR0b5hLpFrIXmCaIG8Z+k/WNoWevP21"
    "ysizP9RLmKGwlDoR7woxqhCjyueCXVMNP0+Mqj+rxUecEjmWwvMYHc/RqSU9lwdKwPxui9"
    "bCeGYoTulRXlGqJjiJjx1qRHecgoaBEAkYBMDeAvYWviA+jL3FkUz3h5jK0R+8rhoKb2h5"
    "5DEzMGwiyFDeYpaEHOqbF0KEA5Kd+psgEc3qlRes2EZuBz8jg4ygS3SDbQmZ+LUX0mAhSV"
    "fIZ8NU6Ae3LfJO7bGSalvFfTO1tVBOpBdzC6obqG71WM0arLrxHj1fSZIPBMtHguXpLCSc"
    "W66KTvQkNcTb8BN4kZzcWVkR6RtoZkLEj6lWgdYKWitHEB9Gaw1J6HuizKia0lCgo2sljy"
    "rsV4Kgsz2kaq9ei3YuxfV523inyjpdYM8FiE1kYfNJlTFyOyA0JsaImqSpA1DSNOMZK9Qh"
    "iDoXaIGke5vQUL8gjcr4yUKaZNnIQzupwB70TVDkm4Mtog2aK2iu0aA2Mk9FVZ8ba70M6x"
    "nkDeR/TfidS5sBwfsHCSZ/0VL5oMVwI1wfpHzkrqjokY6nBvnnwDHRPIzx/SOiK1RXvPDS"
    "FktR8Z9lqyjhVjnCIbGOJEfmR0vJlhcEL0cLIKAoKm1lUXXBExDbRKnQFdI+CE70C115+o"
    "OEyPeRNqyIyIO9Z7dekqf4J+guoLvwuU00WHcpWk1yryKS3PE1GiCZq7RLJ6O0SydZ2oV8"
    "gYeHtBNYclQx3JIfD/GWv81N3befDITutdgbC2S8Fi4PFqa9RImeivIoz6lFnfRTizqJU4"
    "ssY23KhabAlqIJkatHK+j5MnVr+V5ymly4lm/kqx/oWeU3S1bdhNOI9j+NyNFSRAtTLYfB"
    "mdQSgQm6UlUCS/Hk9FAzoOoagTr9lQzl7MowiJqps4ENUcUgnROyQ2Hqq2zHHdFXo9EgMq"
    "Kv+vHkjrubK4GsNM7wJo1U166RBBsq1qSP63qqZwxXQ7JijbRcSepDUS9DjAyq1XCSPdVI"
    "NMEbBg6cxjhwXjZ5is/1Yf/cKdaWVgGyvVBXzUQ2tpEXdTqGipYeuexKXRaKw9ZdCUGW4U"
    "30EN3tUKTFc/I5FUe6U8cEvfJJ247j7+dLFM6gw4rrDvRy5pCOn5yoRaLxIvtZlRnxjVV2"
    "zMzOCztPHa8vrchQ5ixBcCeCO5HPtaim+mquUEh/xhaYYWEakP5rdqZQhveQbGvewUK3bn"
    "JjUdfhrZ8ceesnR/ZGN7cDwfEkBpczffK5f3tL73kX8bTIMo7G6v0DZNJbaWdnsifGlqJ5"
    "jsaDnKNCxKMyhfkDqgbuNTXZW3KFXcvGckWVn1JCRYwW0oV55vSLRYDXh6cFZIgXTr5uJK"
    "Zg9D4ovIHFoxi0MTKAFXwJnPgSwmatPWEOJyE0FOLYPObtXAE+d7TSSTTbwve8FGGoKcAZ"
    "NRjyHC5wSFdEF5uqvGgxvBDek3aWA0LattnlekgHteLqBamRe8y9nxGu53FwP1P9IQ0mlY"
    "TrpVvoaQlF5safbpEKkTQwJvggFbLppCqAsNe8geie5bL4nWVY/M6SFj/yRtsrXJo34jpE"
    "cvxw65fRECoLrE7oEsfczP76P9lBpeU="
)
