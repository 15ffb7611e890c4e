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
COMMENT ON COLUMN "job"."kind" IS 'META_SYNC: META_SYNC\nLEAD_BACKFILL: LEAD_BACKFILL\nLEAD_IMPORT: LEAD_IMPORT\nLEAD_INGEST: LEAD_INGEST\nEXPORT: EXPORT\nERASURE: ERASURE\nRETENTION_SWEEP: RETENTION_SWEEP\nKEY_ROTATION: KEY_ROTATION\nWEBHOOK_DELIVERY: WEBHOOK_DELIVERY\nMAIL: MAIL\nWHATSAPP_SEND: WHATSAPP_SEND\nWORKFLOW_RUN: WORKFLOW_RUN\nMAINTENANCE: MAINTENANCE';
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
    "eJztfXtz2kjW91fp4p/NVBGvb7G93rfeKoyVhAkGL+BkssuWIlAbNBYSIwnb7O5896dbN3"
    "RpCUkI3FJO1UwspD4t+PXt3M9/Gwtdxqp51FoqI/0Ja41r9N+GJi0wuYg9a6KGtFxuntAb"
    "ljRR7cbSUhEtv9nEtAxpapEHj5JqYnJLxubUUJaWotOXNFpoKRmWhg1kE6F3P/54FY+Ojn"
    "780kTmVF9imTxAuoaRbswkTTElSvl3ckddI8Uy0Vwy50gxkWnpBpaP6FtlfUpeq2izfb1g"
    "pSl/rDD5mTNszbFBXvOvf5PbiibjV2x6H5dP4qOCVTmEpSLTDuz7orVe2vceHjq3H+2W9M"
    "tPxKmurhbapvVybc11zW++WinyEaWhz2aY/DTJwnIAYm2lqu5weLecb0xuWMYK+19V3tyQ"
    "8aO0UulANf7f40qbUhCQ/Sb6z/n/d79aoJko9vojcSiMRLERG1f6FSIj4d6a6hqdE4pmUa"
    "D++6fT7wYQ+26DvqD9uTV4d3bxiw2Bblozw35ow9X40yaULMkhtUHfoDw1MMVElKw42rfk"
    "iaUsMBvxMGUEedklPfIuioyAd2MzBJul4YHrwbcHwBvkB8p9MrndsU8ZgFHnThiOWnf39H"
    "UL0/xDtfFrjQT65NS+u47cfeeMl05WvbMf+J2gb53RZ0Q/on/2e0J0VP12o3826HeSVpYu"
    "avqLKMmBaerd9VAjLTejbv+NjXd7LhnssfbaR0aZoFXFcV1Ir6KKtZk1Jx9Pj49TBvZra2"
    "AvLtIqMlo999Gp8+zPEL72BirS/TAPymGqcrDevosdDOmL8wxAX5wn4kwfMWEmrysAs0tV"
    "wyl9cpEB6JPo9rMBmj4KA20f/2Yc5F+H/R4b5A1F9GRQphb6H1IV09oX0IFzebJSVEvRzC"
    "P6vrc4milCoUPBg/ndXeu36Ai0u/2b6G5PO7iJDAd+XSrkcYFDO0xZwqHtbie8LISKnNEe"
    "JqmHtCqZlrgyCzFnUVoYaZ5H2sDP5EwqMs5hShhlnkfZE5gmazGfbBsjLFPM5XeAt0q1G2"
    "gdhcR/bIVETnAZpAAvgZfqZR6fmDqDIGRxqD/qBlZm2he8tgHvkO8jaVOW+Ohqy/qR7qoJ"
    "8ebuZhc1pBdfscWaaOSCIIAtR2BpDdutW6GRsGeUAPSDiaso3GQFOLZNsuGlE3siTZ9eJE"
    "MWQzOcPtFP9cgdv2380eJ0Eb0jadLMhoj+FvrNXew72rNiSe5PjymMA0+baSpjJdxum844"
    "GWLQy3KwxTZBLwt62bBgv5AUNT7ggjY11ksyQCP8aiUI9h5lLfRZaUMq/DZKV6j4I9rt9z"
    "55zaNalj/juIsTRX7No0gMU+0L+DopbA1dZdgdOpolaKtFjIsJS7ouaQRmV4vLx/xufO0I"
    "34TBNTo5Hmt3wt0NvT4l163bu07vGp2Ry/63Hr17ftzINiIz+nXfn51eXlyRp/avoR8uU4"
    "ZmeNfqdju9ERgl3mKOc6ScrdK2ztFJnUmbI02neFmMQ4uQgtaO53EG3ezPMMq2YF1ENxsj"
    "BOUh6GZBN8sXxPvRzW6WPuhmtwEc2yZ50s3e4cUEG+ZcWTYYutnA02aabnYRbleqbvZfsX"
    "W9ovPl36CzBZ1tJfaJGutsQaf1hjotYC73yrvTUyYnrAESgBN4dU549ZXLXgOXngZtYO3y"
    "xJ+HJjaDQ49O/GQePbriwIMCuHHgxuvEjUNk234j20x1NcuDr9ceDMdbDcfuFybgrTTLYC"
    "gVk1FmkB5uQjcehvGTwb1XyjzOMouT53DMBwX/sVIMLC4epTjENzoRySUtyaAXoowgPCGk"
    "+4LYvxPEOC/Hkv3Uven3u6H9/qYTdaJ6oIqAdyc27KSR4jCKcQGdoCk705KpI0mIXgoRHU"
    "47chyF+HiHOewoOU5Pzi/Pr84uzn1Nh38nTd3hABmTHZP574BjgpdWghGveePSfvwywKrP"
    "BbNlnWASi4qdg0nyTtx8Y2OwI1Bh5+06QrUxbewIVdiWUkeoTGyau0+podNLBpD49AlJx0"
    "hayYol4mdMiXbbo2hPAu2oplD9rk92hOhXfVJTbCR519kj13UXIuyTNLUZqJ0hak19Rqym"
    "SJl4d5SGuLYITaXFUlJmux5pbbebusMkKpqpzOa7TqmO00td0bIlvEfdWOwIU5f085F0U2"
    "uclMVSNywi7KmsHDy5ZpXd00dFraLWOjNgJcypOsMj0g/ii26UAVSP9PWNdFVvwHRr15Vn"
    "Y0W6qTVOpiVZK1OcziVtVgZgQ7u/tt1drYGzpFkJcI2kWV1RWhrKszRdi1QFj81dmat7p7"
    "eB01lNxWNXia6Zu6tZ6ORqOz3VdYLZaOmT3/G0BI0wxavv9VVfxGaSKs51dXc2gnT0WVdr"
    "y0MY2CIrh7qrGaudWfiB19lgVV8ufoGpUw+R68iGT1pOFVUpw1JDJcVBqMNaA0iaaKXsZ3"
    "ekt7bfWa0x06WVNbcZ2V0Xar9FeqIcbL1X6VLamdW/l+rL3jsYYU0mPYkzQ9qZF7t3+vpE"
    "u6oraC94Mtf1J+qBrDxjY70jZN+c7m7d3uqOmrma+C8pB7lhoMc6obdPp/V7yTSpjm2ATU"
    "xfGPNaDzdoprmtL92mhBvy2oLjOjiuxxAHx/XqOq5Ddi7IzsXFMcn7YvIwSV1NBcsmQMWE"
    "6owvBCbvxoKkBCZDtGyFo2XvdVWZrlt2jkF7fFiyR7RNM1X8sFuLUrj51oKVwrMiY9Ia6Y"
    "/oZa5M58jpCEmIQoe8NIhNJGkyaUFLTj6RO7SxihERTpDrxIjwq2Ja5i/xmpV7egfISBxs"
    "UE2QkUBGCp36z9jwwiKyCkgBkhqG+J5liY08Sw6OPItFRwJjBYwVMFYpjNVXd0NJ5Kq+bn"
    "acrSxVYHcCjS5wK8CtALdSLrfCkS63fF4FPz5Sj5RnLMqul0V8aSXocmOUaUurgssqBWq6"
    "NKKVQfArY2dKLjbkta8FR52245RVayhHIod9cjDU9416QLTJRxYDE3qeyr8YbksyKeRs6i"
    "BgX4B9AfalQuwLXdm57dEholocD/s2SIOlMt+RzNEqAkvlYc4mUKjVU6HmZTlicKKBBEjJ"
    "TKgZaLTVGtlCJpkS7xXtCNHz2jb9DT+33p9+uKDGQ/pxgiUDG8j2qUKKiUyLzCM5bnTcrS"
    "tgdznYUoDdBXYX/C/fgN1VlnRMyLAxIhMylLkOkxfCu0K87j5KXdu8ADmPWQlZMwxAmBwG"
    "IP8AqJJpiSYm20b+AyZKW8MjpiJHSibZD5zNf4phhhLBP8Moc1NqrDpjDJXGQE3GD6S7q8"
    "mStoMSoM1ZvI3PPWDn2m3ke6DeQ7f7VhpJe4Iz1JHexE/WRTpy0SZXMtjDQUEICsI6KQjx"
    "QlLUQjoTn7IWBvFD60ts9MSJIr/mUcyGqUAxu1Ux+0jeKrKr52WY4iFqmOYFpvmSQFYMe5"
    "8StLH5Yf9dn4iWYrFKuGeAPkQN8BeY9V5mo7yGtxhhLTadSOHDDx8y7PKkVXLxQ/os4uut"
    "W0vRxIQTLWYAitDDpM8/6RePkog1igVDXEutQBmhhAqUGSpQ2hPWMZxZeMkAXJklFqKM0x"
    "YqRsnZfHdLU/7t9PTs7PL0+Ozi6sP55eWHq2O/RmX8UVqxypvOJwp7aHji4+AUB2Dv8YK2"
    "WsQUZaGR2FAfsrCtiQ2nBsFRqz3qfBVy6ikaDtU1cv6OteHD8F7o3Qq318i/HGvCoDWkt5"
    "y/jQInxclFhoPiJCo8b84J+ig8Wl7iDDEeqZr1iE7pog6nxt4j8ZdyQS1TmBK0TLxomRhm"
    "xnhWfXrY7GBqTKIHe2OqgSwGG5h0vJm1xaSTNOFy23WggjWUZd5f/aBoCrNds7AzEqjVEb"
    "dQnO/OlUvC0cV1xOvQ5b8rCZL+ohHu9HCVGityskZdR0uq+Sm85qj5WUWooDZcbshWpjTD"
    "In7evTTcA+1JeK5xZbhySuhRVVLNS+iVVT2PQlXL6nn79FxrrWTFctYhw38t8LSZ5sUm0X"
    "bOvmA3BCc2cGKLIQ5ObHyqF7M4sZHFrBtiAWf7GOFeFYqHdKwqJ37BwccJBy6CbJASdLUx"
    "bHObnhJYjNKshXVy/bMkg5zSDkY5QI6QgU1vu03PhYy1QWzFmbk3lIVynaazubKFh9wuw1"
    "E6gHor1JDN4Y1dyWRsSYqahv6vw36PjX6AFqDPD72rbsy5mYep6oD7vvcYiLs+oB8EuEDs"
    "Iar1jdPs/apPGgydIL3dTFMG/u42ACUgKAFBCVgjJaA3dpN1zvM0RginaZhXeSLfns0Nbv"
    "dw92g51lg17oRRSxx+77WvkX851rpC61a8abW/fOx0u9co9NF92rm77w9G7jPng/ek94nM"
    "Z++J/WGsCb85zZ2/jof8w0BwXOTJxVgbCCOhN+r0e+LwmyDcX6PIjbH2RfguDvqjFr13jY"
    "Kfxto34eZzv/9FvBW6na/C4Ps1it4Za3etDvkx9F/S/nNrNGzd3xNgerekcfAjedoffPnY"
    "7X8TBw/kTcFPdi898sVavbZgd+Z9aBTgrcvXR/EekxE/dAnX4kZk/ONBeHCjJXLMYIfqGj"
    "l/yTx66PXIrCPzx7mwZ9bgu3PLvaJxG+22ILhxG+7lWPtI5ga95fwtMqLlx20sDX3G1scM"
    "F5KqJkY6BekKxTgVOr+P93V4OxFOZ6eXF35ME/2QFsU0vGt1u/GwJcmy8GLJcv9IBzRIB4"
    "CGQn7Xqi4xjslkTVWAJMppKlML/Q+pSiZXrWJRYBs+f7JSVEvRzCP62rdg9SlE6YqsqM4q"
    "wrPQDuKKLJN+/xzjsaHYaTiqwwLuBXdsGDojK1tKThOPoH5qww/HxxlOQtIq8Si0n0WV4/"
    "JqicUnvM6DcpiqFKg5Shxzmgno0xSgT+NAGytNlB4tVo7BLflPg4SQ/pSfuMS40oAw+0Yx"
    "VVGYEkaZ51F+VDTFnBca5ggpjDPP4wzB5cnnZTUVv4xhj3vogykVTKlgSi1uSu2vrIn+ek"
    "fTeTIsqoGnzTTDqm63E72soNtrlwk0bBYRsplOQEaU8AjdrwzyHdHZMZKltYlsNhopll1t"
    "DGsWeje8F9povDo+li4vfolXMSurUzDycrAPNcHI+xOd9VmMvBU666sX7UFw38XvNUxei8"
    "yVh/a+JBDm9e8OkHBsY+fG79J1hy80wQO0MLsLzO6JLq9Fi8BbCP0QNeBfAP9kPx424vv2"
    "3XlDy8z5VYaN5fwqcWOhj6rldMIwAVOZrlS3k6HQG10j+i91VLofUQel+xGfLiXgAdEo1w"
    "OCStJF7CgbMlCu86NldUSvmCLwbRRUrbCCZXO3mZr2Q86kh8rl6P+vmAJ0gS2JipP/BvUQ"
    "qIeqwQnVVz3kLcYcTG6ApIZ8bvkCNLuYUjK+hy+f1NjXThURITL5HJ2n+Bydx32OwIJdt2"
    "0riwU7TXZM9D7aRV7kjE3ed0AIfnykefeesZgfaRYtYL4dc/tc9Xgpb8vJs6ExOwARkZ9t"
    "LIH98g6iwmMe7QDGnOcxl2SvQHTeDHFRQvC8+jOKrJmQVisVVTMprdZOaoNaQDqVFktJme"
    "V1HYiQAay8JrOpD7zcumByCnF5PpjxLbgEkFvyENcpRXoU3dCxsx1Xb0MtAdl2oKuaghs5"
    "fjJNW5e1KmXqtjZ9VZIPyzJ7w6xoXu/sQMk1qP8Sxnq/9QH8ucm0DwYmbpqZMLhYwFwI5k"
    "IwF9ZA7w7mwmyjC+ZCMBfCtsXNtpXFXJimb00tXJ6sbIXNi7V5TVeGgbVprkQrQZoDbmIP"
    "w7zeuwVRzuI4new3HXObprvLf3QNi3kPihhh/Yyy5U9obw9IMoMnez3HCAv5PvMGt+P9fH"
    "pyfnl+dXZx7rtA+3fS/KBZLtAqntIfHwP2RtdVLGlJLtAbsgisE0K3rz3DvxNENq/Qm106"
    "u+n3u6ED9qYTjVl5uLsRBu9O7AlNGimO/iWOs12d3Vxr00KsT5waLMz8cDtxKQ2sS2Bd4k"
    "2r2Sw/w0dQfb+jBrlVJ/1x3B63MzrZbHFVBMgzFe0IUQ2NaiGYFM1UZvNdJ1LH6aVOIO3X"
    "WEPXHdNQ4y7IVCONa4gHAw0YaMBAUwNNJxhoso0uGGjAQAPbFjfbVhYDDcRzQTxX3TCXJU"
    "Vdi5OVPGM5xKYUHojQAdbbsVaVR3tXLwA3gxQQ3464Tr7RwtPfzXRJzYM5k7h+qO8hGR+t"
    "oVAoUDBMCfYbfpihuBCHtWLBoEE6GGGeRxhivX/SMYdY759qzCHWO9f4QmDyW8MKriPgOs"
    "KbjbVZRmAyBNDmgRgCaKsTQHsY56eqzOSwWhBiiw/oruLviwyPleCemey0EtykwW0F3FbA"
    "baUG9l9wW8k2uuC2sq+dCtxWYNsCt5UKGpnBbeXwmOt2yTaCWx6wQ0T1Q7n80xicg8A5qL"
    "6Ig5vKz2DcNC19WXCQA4QwxjyPMTiq/KRjDo4qP9WYc+GowpvmAlwqOIUXXCp4cKl4M5t/"
    "VVEGo3/tUp5UEiFI5pEBJPAdOaTviDeZGK4jgXm23XNEVAKtt3mQNPoaRh7lX0xEelWesb"
    "FGukb+w0iW1uidu2MjKqMgmj/zlyaSTHRHZBxk4KVuWCZSrCPUmhEmZUZHGSkaGv6je9SI"
    "wH2A1zE9X4JeNVTairm8xJ1jNs3AFQZcYfjbwStqU87iCmMvPeZ4J1mErK36lQqOcMqI0l"
    "GKyNjKYklGwCTvYB3ZyiwxTW+EsFCO3kLQHe9rZTgZev92enp2dnl6fHZx9eH88vLD1bGf"
    "qjf+KC1n703nE00nG1oN8fyyU1WZPuWEfkMDqBdD3VxijXES3+KpspDUBNuLRxPdLxyiI5"
    "e4agOQtl0I7c5dq/vu5Kp5HkmUvHH2ilowyfkyneebzz4JTOdi0zlB4koE3G9fG8BLy6sO"
    "dRga+67DAB6fybhXkzvP4vEJdjKI6K4WrGB+BPMjb6rkJkR0Q0R33RDe2bq7T/sKNUWRUV"
    "s0GAYW/1kzzcJCpS3x0WsGwblgkQCLRPVlHgjOzTa6EJx7GCUNBOfCtpVh28qiqlkSTkgs"
    "sHdF6eoX8LWXvMQQCL3PEEZ9Kqm5TogNRf3wPbnIgO9JdOvZ4EsfhfElP9K02N4Dvw77PT"
    "bEIaLo2aBMLfQ/pCrm3kTegEAxWSmqpWjmEX3fW8gUFKTQseCB/e6u9Vt0HNrd/k10v6cd"
    "3IDmEjSXfEF82DKm4HJ8UJfjBfWm/ajYgMS9jjdPm1vVYordmLzYbb3V8bilodVS1SUZy6"
    "g9/IpeJIXs3zP0qBtIoR6+dofod31yjUxMDnIZSRYia9lqImdyyehljjVkzTFthbAmm3GH"
    "4/29hqHFA1UdqOoqsbdXVObNoqojv9TCLIuNoE2N9ZIM0Qi/JvljbmhrobNLG1bht1E6u+"
    "qParff++Q1j/KwERlY+Q8WJ2sL5/FhCxOBI1vUkQ1kgL06h3jcAZmCOdGNU0KFCpCv+PAM"
    "CczNEpB+MHEFNWZZAY6v4xC+5Gug3kO3+5Z+C40En4XtglkmYawMVwVHCoz7K8Sbh7lrSt"
    "JE8VZhu1NSK0eHLhqS9pTWDC8kRRUnivzKfr4kkx67z0FqA6mNzxOjxlLbI/nBItsFIIPc"
    "FqIGya2A5GZvkIWw9ynrYGR7E9idcyeGfUpe5xDVnnCPHS4Vts3bx3uh2e1TwuzOP7sDXF"
    "WO2R2mgtm9dXZLmvmCDYbKzZ/fyQb8AC3M8AIKzxSnH0FbLWLydZkOQBl4lriEQKXGof3e"
    "o57wLado0CAk14j8M9ba/d6o1R4Jt9fIvxxr/3hodTsfO/Suf2m3/SoMvLbO5Vjr9oeja0"
    "T/bRRYRuU7wEREyfCADheSqiarsMOkh9Nhn8SU2M6dnTTXZ6eXF77Smn5I01cP71rdLiMv"
    "g74ypgneWhkWhk99QO9ee2XYLz66a/XI7M27OO6EUUvsCq1bsXU7vEahj2PN6ZPctv+Otd"
    "Z95xqRf8Za5+6+PyBLwfnLx2JYqpLlRbpkPrgDNHU4TPaNcUhtlgPnKF39sC6fR4Ik7rsz"
    "UByplBjO73GdUrViHg4qkVRTkZgl5EGVTEuUaCEmxVoXGHoWPSxzfgY8vswTzs/UPCRgrm"
    "e5Qjhpo/OjuSECRDlL6FJLVOXVUlWm5EeL+mNOZBmke0X3kKd6OeBSCS4nqAESmKrgvHdI"
    "eF/Ij86La4AGpis47PHhsPc2qZz4nMQ7ZXLauOvFWdsSwM1aFaWiyIa4+Uy4loJprQHNDC"
    "Zb4Z4bzmAyq3qCGmA4M8BqH/gl4FpvL+ggW5QB1KAgVdKcrarAtRVahtCZ28OcgTzESScV"
    "rqJ/xRfdKCOUvEf6+ka6qhHDGsZKL2Um9fQq11hJh8h175jOJW1WBlaO/03b7q6umFnSTD"
    "T0lxLQGkmzuoKEX/2kCTsCJbwGczXUcEunT7G2a8FGOp/aTk91nVP65Hc8TUjklBeqvtdX"
    "XcF6wZO5rj+Jbh1CZddl+M3p79Yta1ijtbjvCEefzUqIdAyyYVtS0fjcn902UwXMiUrwRj"
    "bmaIkNRKmR/ogkRHv8i4lon9foZa6r+L390MSSMZ2jF4VMg5VlZ4ehbWglyimhMdilL/f0"
    "nu2paOIhj7R3iHiEiEeuN/GKOipliXjcrL/YoCe7foaIahHouG/Hz0T/2uR9LNm1tmSDa/"
    "WcA8CcDeZX3ljTZhnmVy9VxmHU2HzuDVuRDWyMvBV2sdWPSaKDq5rcJjZ4zUrNlhLjw72Z"
    "FuDdgAEHBpzTTbfGDPhElxm5sTLkBPAIa8F/HzpimgzJXM/rshciAp+96kg4FYQTRBwQcU"
    "DEOYSIwyW0W2Wc+GFWAqj1di0LHd/c5dYMeWMkiJBRj40tomTIYSSbFWo0x8ghQ3PFtHRj"
    "vbEL2QYhtNCfsYwUq4keDX1Bbknk0tLdC1qjIG5zKq1XkGxBsgXJtiKSLV3J4m6pqSJdcJ"
    "xipNY5qcgg7zaOoQ54VljUehgdRqBAiYEYISg/QPkByo8qwQvKD1B+VAXaXMqPzdkECpBt"
    "8crRY5w7JQgNskjQfbjxF1tUHpbbanvdR/RoYPyehnAiMqxYRUTAdjQSf0ekFxNJBradY5"
    "2FbtoLHb37QZ79QI+KamGjiegn+uXMH78waj7u5RXMUijevmLjtr30yaYZKEVAKcLfQVFj"
    "pQi7uEiyq22tyon8zF62FZETQAwDMYwjiEEM41gMexs5QTAkc2Xgkb4gTD4ti8MQGGJtUi"
    "UH7LQmPHWw+VYRgkwULBOeXl2jyToYU4fNa7Q09GdMOHwNub2TS5k00qdPJjLwe6fge5Nc"
    "PmPSPdJ0a04GLS5F7O0tUDieg/MABAQQEHBlma7qRY5tilbkjXmMU0JNsK0CGRQWPAjMUO"
    "HuIDCTQ8dkyWbZfCA21DzrchrCoDV8GAjXyL0Ya3edXn9wjew/5BOtJ0UOSvKP0CWnZb/n"
    "1pgK3RtrA2Ek9JzH/mWUuc0yjKdZhvE0eRhPGcNIADTzFhgIU4EDRGSjJ+JHIVY1RFhDTr"
    "UinKmHSbru2g1Nzay7dttz7LZX8Gw5PT7OsisdHydvS/QZQx/4RjoVO29be77SnhosdUrg"
    "cTNNk7I0lGdpuhbdjHJTnyJT+qOWMHz/qX333sSSimVkqsoU247iGnI6RP/s3KN3E31F5o"
    "CMFnhBPcknujW3PcTRi6FYZAxtHYiJjWdyzTDL7vVNTOus0yV9bOI/YuZZ0LKAloXPs6vG"
    "Wha6EGPDnVxY12l9uIK6+xxUp7ru6cn55fnV2cW5X2LXv5NWZzdeYpcurDiUN4omGWs2mh"
    "5FBM7J2s0AXDFAU9C6oYHnwQVBjv+bTq81+M6OXffaByf7zfeR0Ipy287xmu+ACBGBMTbd"
    "GLs5sne0EebKiMsptFsthaGpxZWtcIN+IlvrjU1mrvbRI8jiZKhoijknLOSGrWwil+uULE"
    "Tmo2Un1USKZSL9RUN0c0RPeN20+UrSarJGP/7qUJt//a+lP2Htzx9MZ8M9vgpshRxsV8DF"
    "AheLY7yXSFZwfMwz5A8KEvOskS5F1baPHELUsZu13jKGtvrUPIPf+HVINfj037HWHn69Ru"
    "SfImr8qwz6sqtEbdlVVIdvKv/Boi8xRGWPWbIkF6Krk0D3t9PTs7PL0+Ozi6sP55eXH66O"
    "fcku/ihNxLvpfKJSXmgk4mKfOZdOP1zk0QZvKHie8NwYGwkfppCToohJJUR5mBOdE08Qng"
    "7wTCYVmTDiqi6xKkQNF5KqJm5kIcLD7WPH0TE93nnjOju9vPC3KvohbXMa3rW63fhuZBsa"
    "CDorjbFaEjGMUFUaxdL0eW9sHedtmy/HPG6u7BI2YoEAFQYplIpngrsycxfhZpACuGl6UX"
    "edl6AYvXeUaoNNh9XcGbYqR8Nb4/bglOCcLAHn0kLaeUwFz1i/2QE+bBRQtQHeIRYowqWV"
    "UmHQd0WpyZ6x17pmkZ2WYQiJ78XbjSGBkyCbd49LgKQJrSCmkzvu5DpCP4KRCz+QYto/wQ"
    "l6etQNJDkepg9DYeB384783jXNnGAm+Pjs+X1Fip1tcqAZeIqVZ8hOCbYTrverGttO7GGK"
    "jXfGdIYuLc+KzEar3RaGw2vk/B1r9/3BqHXT6XZG369R4AN11W+POh877Zbnrh/4ONbiAQ"
    "H9m19pE9rWv7RzIA6F3kikI3c7aH1rde1kiJF7RWwH5YcAeGzNE8G86CSI9sH7ZOg/9Eb2"
    "bKAXY60rtG6vEf3Xjemgp9315uArMlDlp6zcLe3o/nOOlsCzN+6F3m2n90n8KgwCq5B1d6"
    "w5n2ieUe9qrA3bn4Xbhy696V+OtU5PvB/0Pw3sPSDwgS7Uu/uu4CYrdS/pJkBXMr3pXZGW"
    "rV5b6No9+5d8LGCaykzDatGJESDnetneP9x0O20yGey/Yy2+jFu3dx0yW+w/zkJ21jAnyx"
    "f0nnuMuaJhsnFIM7h++JR1iMw5tNsHxDQfLqa50Oz2KWF255/dMrbIRGVwXFk8yja0AH2B"
    "jcV1L97JrSzWCccjwatzGXnXo0Lxo3lUprqcK+iVSVwOk7ldHXew/X4PHD2BSpxL5jwf2A"
    "Eijmc6N6eqDVhx1zIGeQlaT87GoCJKzkz+ZfaASZaFF0srt49ZjLjSHlJl+JkFzTY5l06E"
    "tIbGgjqtm2dsKOSHFBnoCCnsjzyPs7zCBYZ4Q3WQ0eVENVW5wTWncyyvVLIUH1nlUdPHOE"
    "YMQ83xUE/1xZL6JBWy4kdoYcfmeaTxq4VpUh5Rlta5OdoY8U/P0dqImOT9aSo/qqFJAdQn"
    "r4MEfmitn4GpmYsqi5LSS2bQvLI6gcHIPxj6yiKnAUPfl7wCAiTRg0OZWuh/SFUyubdXB3"
    "mKRTryUZAjxwDtIIr87/okp4F4QwHJOKNbykKxT7kiWooQKbBCPLNCq6Vc0HE1TFlDXVRF"
    "HVcZw+5+ew4LBFRnZdczmLAi6KZEE75tySs+Ed5PxStegwq5RHhbVGGWSrlRt45Swt5qlk"
    "Zwr1FvNCyzTd6INWbIW/Bxc2tZ4WmgZaZgN6fUsp1S2i74+xcTuX2gd+RdWJPf02izX65p"
    "vNmiiewYM0LfRBYR8pE511/IteumzI5vK/8VWULavKDZ5coge709GwNRUBDKBqFsnG5CFZ"
    "UIsoSyBdZiEZfBADnXwRCtXqv7fdRp05g273Ks3bUGX8gI9D6Jwl2r071GkRtj7dvn1mjY"
    "ur+/Rt6VG/HU6Y2ET4NWoIZN4E50z30br7iZIWkU+DjzoOtkK9bYizlAFU2yTcj4GdIyds"
    "ubfr8bWqc3naii9+HuRhi8O7FhJ40Uh4tj5LTTV8Y0l7PnhoLnlVPQ+/A8i1vtebJf7XnM"
    "sXapq8p0LT5jw2RKfCm1ymKUdTBvhPE+O82A99lpIt70UcS496zIWGNN6SymvQBxHcA+vG"
    "FvqhtUlT5Z506mFqUEPVIY2wLxhOXEEfK2Y5cDJzcq5frAy63Wk1OI96P2PGyKr6pCu0Ny"
    "r31r8PoT17GlkaDD2zRobtXi6aG226t3aMinoLUxHDUbsnQkK+SIttBCMp6wXQeO5owiEv"
    "qCzg0k46liu0QxqnSU0iWzyJw31e10JFBjDtRy1dijaqyW2yW5UCWSCt12aKoo0Ve4XaPo"
    "nbHWehj178hg3Iq3Qrsz7PR7VH0Xv8mHug00QHvWAIFQDEJxReAEoRiEYt4lNxCKfz6heC"
    "apn/WIGBd72EwXhkkzce612yoIf8F4aQYzKP/FRIb+YqJHQ18gMvjmysB2LXSDgKQ5shr5"
    "o5LPBEYTy3FJuKQ+oTAlB9t6E0RfEH35YEUrE2GdgxEt4IoO9WySY6N2CLLcKbSSt+3n0P"
    "bwpSpNiwj+UToQ+6Mz2uGHCkX7hUgh2o+fsK/4meoPVgHVWZQS1hDoevYML+h63krX8zaK"
    "iQHNb7e0yLA1GJqJwNNmmmrCcNp5dem36yaEZ2yskSCffvhw8je0XE1UZYoINbLmkoUweY"
    "pMMpuwjCTkdn6Nfvz16AWr6vsnstdqf/1jJWmW8vreffyeUP+wszaYpBO8iOsuDvRO0G1w"
    "sI01QbcBuo2IWT/Bqs8e6ifm6iooMnKUAXoPGf/tjdTb+jNHBoSoaiGZ7wPoGDv2VlyCq8"
    "wfrOzvyWAUgg228ApuU9Hw2mby6bP5KNPmo6jRwTcv0MqP1CAxJTNlphvrJnpRrLmi0RMZ"
    "LVXJonG0aKKvNDnBta+0npkeflG22esNvP2ALajKzlZftsBfjcyzK0NJsgA9z6dYQilBsd"
    "3vjVrtkVNS0PvkPmv1ht+EwdB95n5yn5FXCd4T+5oG5w6HrU/0rndF/QhvOyNR+Cr0RrYD"
    "4ebTWHugbfxnwU9jbUh6cJwOvaux9k24+dzvfxFvhW6HltGjb4rfc4OEW7dDkcwvt6ya/3"
    "GsCb/RIprix06X0gc/+bUwh34FTFp/c9D52mp/FwfCPx7IZCPPonfot20PhJH9Ze2L6Cnz"
    "NmGE7EyriUlWD59bdZ87lpNq9fTk/PL86uzi3M+36t9JS7oajzGWpmytV7ZNYkN9uC2i4b"
    "NkLfvtR2SJCCMh55nccKiukfOXLOhev/f9rvNPgUbzu5dFpnv5RQshrV7dzm+GfYXftHq8"
    "jTmYAMAEkE24fzDJfeE5IeNW4GkzTaxf0XYifs6cb+ve0OXV1ELka6lrS5maTWRaZAbJiO"
    "a/skVtW9CmTjFELPdzx3jpsuKyfCk9ZsmmBamzQGrnf3uq6KmfRWrn5tSvo6+d/Zcp6bAR"
    "9drzrP4oqMQ/OT7OIqYcHyfLKfRZxGAiWYxqmVkqJLuEkNanSFqfR2wYrCy6mVxIN8QAfn"
    "7w38wVmrfdZS9C2WGTQ3MK6VYhLCkr9JsLX9hIyXccfNxMF7/Iz9sp37ErFTGTEW9PZbyV"
    "Ootc5c1kyFIMolalNiEQtXgQtSpylEMOaMgBDTmgryEHdJUyAEEOaMgBzeMeAvoKPpkc0F"
    "fUV1+Rmt013KC5VWexc3ZX2gt6J030lUWtu4qB9BcNSdOpvtJoepqloU+xaZIxYagxdu+O"
    "6fPtTXHI6gpqjArtTTVWY0BWV8jqyslQcSPTAZsLbC6wuUw2lwzTYoDJt58qqiIl8bqMVq"
    "kM7wJTnoQQiUacaivreysp6hpN9cVSMhSTsGD6I7ojPRKm1C5HYHOodtCiZNcO3Tg80sem"
    "5wtJGygM78nyu88UDmnDYQOjAKsMrHJV9rcas8qhFZmD+4rS1ZAHKz97gg1aXo/LENEBQ8"
    "r2tXtFGN1MTpfnKU6X53GnS3te2kdYHOjEkMgwUaHASM406WXHRTqHfm5go2SHizk9rgiw"
    "0zmePhU7ekOUNTx6K3LUMqIX42ctNgydISUmb/0+QR3sehEjaqZ9/yxl3z+L7/vcuC9VaB"
    "VBfCjEhwZ0IVQJ0NY1LdnmF2nR3KoDmYYbZ/JVXmIjlKrp2tE96Nrsvao8Y9mx3Fn6E9bs"
    "AhQvNKujYqEXyUSuVxXbjbmsjrerO0C9AeqNamxdNVZv2BtQoukjQzRYtINa6DkO7WK1AX"
    "GiyK95OOA45b4GoE5ZOjeosZVNueb9TqonzmSQQ098aUrdh0SbnSg0DNEOYBDyD4INnohf"
    "lwo5Vwqc/yx6KMPBs6KFiJrWipEOL5sH0Ib6gNr2jUQ1tF9/1O73ekJ7JNzmZLMbPqGd2N"
    "C5tDMhdga2p5B35d6j7dyLsdYThNuhOBBaD6PP1yj4aawNhK/9L7S1exEVr7IcdeUngnNl"
    "MtGc6rSv2JAn+83HKaOLWpla6H92xv+9DftGsJqsFNVSNPOIvu8tZCuKVPreG91mIyuXdh"
    "Dde2U8VRWt0PgwSGGASh8gVTIt0Vxr00KicZwaDkaeD0Z7vHKbIcJUdWBBD2CLgAylyehX"
    "U9/EWGGxDKWurrtIBTgGKQTQg31vz/CCfe+t7HtJ20YJUGd0I+dzj9iKMGOjDCFMvgfqPX"
    "S7b2VC7bdW1pxK8bjBMJ8Gnja3mk51ctbMRdNvvT1iEpHGBsEGuSihR1V/cYycdjd/MZGm"
    "k8nTdErZIEu3LZ7NkFHUtnwaWFYM0sODofwd0RBIFb8nTRlhlYd5J5Ta4+C4aIKF9SfieL"
    "NYWL0lK64MJY9QGaWrhWE1EiV5nEmwpM2SIyWP46JlcVNG6UYM3gagIgsrk7JmVaxg/AqK"
    "xVdjfEGa3auyAAKeQTlwYIj3oxyA2PIKx5bfSzOmGsC+39yqAFh6zbZJ/sl4ZgrMhphsEK"
    "mrtS/UWKQuEI4Nkdj5PGT5L3tT5fhrcHvlwe1VMp9yOVz5BOBmlT4YBdysTMKPTvMnCA+S"
    "HTBDuH8niHxevvNtUoOvJvTbTfIjHSIErLNjbX87sXgKg5RuQH8J+ssKMq+gcONGK8R5tP"
    "091mTyMz/RUIQGS0sUfN7cri1ymoszv30GhxEn1l2fWBL1tqd5sanjxlRSVfobm+hFUgg/"
    "NrNz/f2gGQMpduEkAD88KpN8fdu3Y5vHyGFeCi4jHOxpTdBvgX4L1APcqQcgKvYn49chFw"
    "YP6w5yM3AyEBA5zLXGFCKHOR8g8EL9KbgG8EKt9/iCFhe8UPmGE5Ti4IVaFWg59UL9hidz"
    "XX8SnjHbzhB63txqZ3hxmovYb7/VzjCaYySvDNoNUrSJ/nqNCLWxRiaZPli2iw8ht1800e"
    "V106sx9A57EvEvaIIfyT2n8QxbJlLI/6fHx3ETw57fN9bGWk+3kIU1Igu+119In07Eayim"
    "VTGRrqlr9KTRuqI0BtZuQ99Hn7nlRbF8hO5XBhk5dHaMZGltIunRwgbKbsf4VyBrWUA1/m"
    "+wb4B9g88dtcb2DafIcHzEk91LNxS10Knu23uX7p+FNKceYS1QPrTClIKXO4FziKgc2Lcf"
    "HRWe2hVMXRpkHt3kpfdC77bT+5TzsG64ZNfIvRhr94N+WxgOadpR/3KsfWx1uvSW8zfK+2"
    "UZuPITkUqWhRdLizF0w4WkqonVsYJ0tamMdXZ6eeEXxaIf0uphDe9a3W7cvRSqJR22WlIu"
    "EwuLFmws5dtYNALGqpAAESEFJTzPSnhfEVBgoKO0BxnpQ7JcVR/omP76TXWAt5jWuTLWjW"
    "Q1oN+kmaYJ9JSAcrB1puJeLstD88C5xEgnt21tIr1JPwSjQtiVvAr1kkWTFjUqhFUxXpA8"
    "aNVAq8afTqDGWjV7Yec0pQZp9mtL5eRAzGGZdrCx4Yghmk3bEO6BZ51aoyu0bsX2QGjZdV"
    "GCn8aa/enh/jbwzP3kPhMGraH/yPlANROdr632d3Eg/OOBTG2x3b+77wojR1OR8Gis3Qmj"
    "luiWZen0eyIZr94nSpPwYKx9E24+9/tfxBHp6RoFPxXRe5xni/ZPCfZP0HsUVHscVutxsq"
    "9dtzytB2HfVpIaRzM1eHlDBIHLWQKXOdexxpm2CGNetpZ16N0Z+nce2m1BuKU7k38Z1buS"
    "Vl869/d2G+eCD03s21iHKqQd2YdxyJzOsbxSi2UAiNDWkC+vCB+eSVnlHt2FhjpKC2pJnk"
    "d6bllLMem0TOfvIqSFeDzORrZELo96ptmmkwUD2ERMI1Q1wvT05Pzy/Ors4twH1r+Thi4Y"
    "Dbekn8/AWp2mJ5+PJc4j3JPo7uIF9n8GORwBPB8Btv/O0nZOLTDccWoYbZ5HW8WSnFPFGi"
    "CBcnVQru6A8IYSx+WDl0EK8EKoFSehVsHZWQLUrvJwGOm1pogzlvZ2xOkhVgLSXbebSh52"
    "W5ENnPRc1Vtkze9k55boMtju4BJdjuXWYoCEdOBaUokNuMauJSuDYXFN1hm5zXl2eCisMj"
    "q/yqQzOr9KURrRhwxfk1wO5hsKcCtPN9YVyUafO6USZFLaa3EAcngwDpwMJusNaS12o0Nb"
    "rZcGflb0lSnuMASMPupgSzi4A4GNnmjoVkEGjNkBqJt5VjcTIUp5Zrifpjq7bYgO6OzmCT"
    "vBAfUFII5d3ehL8XRFERMfJUVdGaxzP9HinET+hoGqxzvwuiUbm2XFpD+tyGYVIYVtiudt"
    "yhPtJ+ucZoYYIVjIItnxlnLB0z5MCeoWjheU++3BLgqGO24gPkThoGAua9tvX2HxXjcu7c"
    "cvA6z6qKZa8oLxuTWB/899GohaBPrpvMGwCblPmmlmIGnThhvDTyLDztwSGey5O+V3M/hw"
    "7xeabOchy8dk7ofJWv8ASS10bRHN/4cPWRT/Hz4k6/3ps0hsIFlUORB2m9cQ3ZNMrrgnKa"
    "64J3FXXPJGy82/mlWNHyA5vB7/bRin0jT2b5rG48//A0uC/68="
)
