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
CREATE TABLE IF NOT EXISTS "meta_connection" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "meta_user_id" TEXT NOT NULL,
    "meta_user_bidx" VARCHAR(64) NOT NULL,
    "meta_user_name" TEXT,
    "access_token" TEXT NOT NULL,
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
    "eJztXXtz2ki2/ypd/LOZKuJ1bMfOcm/dKoyVhAkGL+BkssuWIkQbNBYSIwnb7O5899utF3"
    "q0hCQEbimnKhULqU8Lfqcf593/aSz1GVbNk/ZKGeuPWGu00H8amrTE5CL2rIka0mq1fUJv"
    "WNJUtRtLK0W0/GZT0zIk2SIPHiTVxOTWDJuyoawsRacvabTRSjIsDRvIJkJvfvzxIp6cnP"
    "z4pYlMWV/hGXmAdA0j3ZhLmmJKlPJ/yB11gxTLRAvJXCDFRKalG3h2Qt8602XyWkWbH+oF"
    "a035Y43Jz5xja4EN8pp//ovcVrQZfsGm93H1KD4oWJ2FsFRmtAP7vmhtVva9+/vuzUe7Jf"
    "3yU1HW1fVS27ZebayFrvnN12tldkJp6LM5Jj9NsvAsALG2VlWXHd4t5xuTG5axxv5XnW1v"
    "zPCDtFYpoxr/+7DWZAoCst9E/7v4P/erBZqJYn8wFkfCWBQbMb7SrxDhhHtL1jU6JhTNok"
    "D950+n3y0g9t0GfUHnc3v45vzyFxsC3bTmhv3Qhqvxp00oWZJDaoO+RVk2MMVElKw42jfk"
    "iaUsMRvxMGUE+ZlLeuJdFOGAd2PLgu3U8MD14DsA4A3yA2cDMrhd3qcwYNy9FUbj9u0dfd"
    "3SNP9QbfzaY4E+ObPvbiJ33zj80smsd9YDvxP0rTv+jOhH9I9BX4hy1W83/keDfidpbemi"
    "pj+L0iwwTL27Hmqk5Zbr9t8YvzsLyWDz2msf4TJBq4p8XUovooq1ubUgH89OT1MY+7U9tC"
    "cXaRXhVt99dOY8+zOEr72AinQ9zINymKocrHevYkdD+vIiA9CXF4k400dMmMnrCsDsUtVw"
    "SL+7zAD0u+jyswWaPgoDbW//ZhzkX0eDPhvkLUV0Z1BkC/0XqYppHQrowL48XSuqpWjmCX"
    "3fa2zNFKHQpuDB/Oa2/VuUA53e4Dq62tMOriPswC8rhTwusGmHKUvYtN3lhJeJUJE92sMk"
    "dZNWJdMS12Yh4SxKC5zmmdMGfiJ7UhE+hymByzxz2VOYphsxn24bIyxTzeWXwTu12i20jk"
    "Hi37ZBIie4DFKAl8BL7TIPj0ybQRCyONQfdQMrc+0L3tiAd8n3kTSZpT661rJBpLtqQry9"
    "u11FDenZN2yxBhq5IAhgy1FY2qNO+0ZoJKwZJQB9b+IqKjdZAY4tk2x46cCeSvLjs2TMxN"
    "AIp0/0Mz1yx28bf7Q8W0bvSJo0tyGiv4V+cxf7rvakWJL702MG48DTZprJWAm322UzToYY"
    "7LIcLLFNsMuCXTas2C8lRY0zXNBkY7MiDBrjFytBsfcoa2HPSmOp8Ns43aDic7Q36H/ymk"
    "etLH/GcRenyuwljyExTHUo4OtksDV0leF36GqWoK2XMSkmrOm6pBGYXSsuH+O78bUrfBOG"
    "LfTudKLdCrfX9PqMXLdvbrv9Fjonl4NvfXr34rSRjSNz+nXfnp9dXX4gT+1fQz9cpbBmdN"
    "vu9br9MTglXmOMc2ScrdKyztFOncmaI8kyXhWT0CKkYLXjmc9gm/0ZuGwr1kVsszFCMB6C"
    "bRZss3xBfBjb7Hbqg212F8CxZZIn2+wtXk6xYS6UVYNhmw08babZZpfhdqXaZv8Zm9drOl"
    "7+BTZbsNlWYp2osc0WbFqvaNMC4fKgsjvdZXLCGiABOEFW50RWX7viNUjpadAG5i5P8nlo"
    "YDMk9OjAT5bRozMOIihAGgdpvE7SOGS2HTazzVTX8zz4eu3BcbzTcex+YQLeWrMMhlExGW"
    "UG6fEGdON+FN8Z3HuljOMsozh5DMdiUPAfa8XA4vJBikN8rROVXNKSHHohygjCU0J6KIj9"
    "O0GM80os2Xfd68GgF1rvr7vRIKp7agh4886GnTRSHEExrqATNGfOsGTaSBKyl0JEx7OOnE"
    "YhPt1jDDtGjrN3F1cXH84vL3xLh38nzdzhABnTHZPl70BggldWgpGvee3SfvwyxKovBbN1"
    "nWARi4rtg0n6Ttx9Y2OwJ1Dh4O06QrV1bewJVdiXUkeoTGya+w+pkdNLBpD4jAlJx0hazx"
    "RLxE+YEu23RtGeBNpRTaH6XZ/uCdGv+rSm2EizfUfPrK6rEBGfJNkWoPaGqC37glhNkTLx"
    "/iiNcG0RkqXlSlLm+25pHbebusMkKpqpzBf7Dqmu00td0bI1vAfdWO4JU4/085F0U2uclO"
    "VKNyyi7KmsGjy5RpXd00dFraLVOjNgJYypOsMj0g/is26UAVSf9PWNdFVvwHRr35lnY0W6"
    "qTVOpiVZa1OUF5I2LwOwkd1fx+6u1sBZ0rwEuMbSvK4orQzlSZI3IjXBY3Nf4erO6W3odF"
    "ZT9dg1omvm/mYWOrg6Tk91HWA2Wvr0dyyXYBGmeA28vuqL2FxSxYWu7i9GkI4+62ptZQgD"
    "W2Tm0HA1Y723CD/0Ohuu6yvFL7El0SZaKdPxlvTW8TurNWYraW/B606ql7B1yMjEO8k0qS"
    "I1xCamL4yFJoYbNNNiE1duUyLjeG0hOhGiE2OIQ3RidaMToQQLlGDhYpvkfTJ5mKTOpoK1"
    "saEsdnX4C9ln+4kgKdlnkBJV4ZSoO11V5E3bLiRl84ele0TbNFPVD7u1KIWb7zyVTHhSZp"
    "i0RvoDel4o8gI5HSEJUeiQV+uqiSRtRlrQc8UeyR3aWMWIKCfIjVRB+EUxLfOX+MFkB3oH"
    "6EgcLFBN0JFARwrt+k/Y8GJfsypIAZIa5nGdZ0mAOU/OgDmPpcCAYAWCFQhWKYLVV3dBSZ"
    "Sqvm5XnJ0iVWB1AosuSCsgrYC0Uq60wpEtt3xZBT88UL/tExbpBGBPrQRbbowybWpVcFql"
    "QE2nRrT8O35hrEzJJ0p47WshUaetOGUdKJEjW/eQEswQyzpZYjYd8pElwISep8ovhtuSDI"
    "pZNnMQiC8gvoD4UiHxhc7s3P7oEFEttodDO6TBU5lvS+ZoFoGn8jh7ExjU6mlQ80pZMCTR"
    "QJWLZCHUDDTa6Y1sI5MMibeKdoLofm27/kaf22/P3l9S5yH9OMWSgQ1kx1QhxUSmRcbRLO"
    "503K8rEHc5WFJA3AVxF+IvX0HcVVaUJ4RtjFSEDGeZhskL4V0hWfcQ55nasgDZj1lV9zIw"
    "IEwODMjPAFUyLdHEZNnIv8FEaWu4xVRkS8mk+0Gw+U/BZjgH8mfgMjfnyVSHx3CcDJjJ+I"
    "F0fzNZ0nJQArQ5T+jhcw3Y+4Ae8j1Q/77Xey2LpD3AGeZIb+An2yIdvWhbEBP84WAgBANh"
    "nQyEeCkpaiGbiU9ZC4f4se0lNnriVJm95DHMhqnAMLvTMPtA3iqyj0jKMMRD1DDMCwzzFY"
    "GsGPY+JVhj88P+uz4VLcVindObAfoQNcBfYNR7lY3yOt5ihLVYdCKnW71/n2GVJ62ST7ii"
    "zyKx3rq1Ek1MJNFiDqAIPQz6/IN++SCJWKNYMNS11GPGIpRwzFiGY8bsAes4ziy8YgCuzB"
    "NPG4vTFjpxjLPx7p4/9rezs/Pzq7PT88sP7y+urt5/OPUPIos/SjuR7Lr7icIeYk+cD04F"
    "aPYaL2jrZcxQFuLElvqYpxea2HAKTZ+0O+PuVyGnnaLhULWQ83eije5Hd0L/RrhpIf9yog"
    "nD9ojecv42CuwU7y4zbBTvosrzdp+gj8Lc8gpniPFM1axbdEoXddg1Dp6Jv5oVtDKFKcHK"
    "xIuVieFmjJdOppvNHq7GJHrwN6Y6yGKwgUvHG1k7XDpJAy63XweOKYWzNw93SES0hNm+lb"
    "AZBdTqiFsoz3fv8vTh7OI64nXsM14rCZL+rBHp9HjHcVVkZ42GjpZ0sJvwkuNgtypCBQcA"
    "5YZsbUpzXMoxy/e0p6zHLFdytSrnnCRqSqr5OUllHZFEoarlEUmHjFwLHHfOiF8LH4aeHM"
    "UWOH7dbghBbBDEFkMcgtj4NC9mCWIjk1k3xALB9jHCgxoUjxlYVU7+goOPkw5cBNkgJdhq"
    "Y9jmdj0liBileQvrFPpnSQbZpR2McoAcIQOf3m6fngsZa4HYiTNzbSgL5ToNZ3NtKw+5Q4"
    "ajdAD1TqihmsMrh5LNsCUpahr6v44GfTb6AVqAPj/0rrkx52IepqoD7odeYyDv+ohxEBAC"
    "cYCs1lcus/erPm0wbIL0djPNGPi72wCMgGAEBCNgjYyAHu+mm5z7aYwQdtOwrPJIvj1bGt"
    "wd4e7RcmyxatwK47Y4+t7vtJB/OdF6QvtGvG53vnzs9notFProPu3e3g2GY/eZ88F70v9E"
    "xrP3xP4w0YTfnObOXydC/n4oOCHy5GKiDYWx0B93B31x9E0Q7loocmOifRG+i8PBuE3vtV"
    "Dw00T7Jlx/Hgy+iDdCr/tVGH5voeidiXbb7pIfQ/8n7T+3x6P23R0Bpn9DGgc/kqeD4ZeP"
    "vcE3cXhP3hT8ZPfSJ1+s3e8Idmfeh0YB2bp8exTvORnxTZdILW5Gxt/vhXs3WyLHCHaoWs"
    "j5S8bRfb9PRh0ZP86FPbKG351b7hXN2+h0BMHN23AvJ9pHMjboLedvEY6Wn7exMvQ52x4z"
    "WkqqmpjpFKQrlONUaP8+PdTm7WQ4nZ9dXfo5TfRDWhbT6Lbd68XTliTLwssVK/wjHdAgHQ"
    "AaSvndqLrE2CaTLVUBkqikqcgW+i9SlUyhWsWywLZy/nStqJaimSf0ta8h6lOI0g1ZUZtV"
    "RGahHcQNWSb9/jn4saXYix3VEQEPgjs2DJ1RlS2lpolHUD+z4fvT0ww7IWmVuBXaz6LG8d"
    "l6hcVHvMmDcpiqFKg5KhxzlgnosxSgz+JAG2tNlB4sVo3BHfVPg4RQ/pSfvMS40YAI+0Yx"
    "U1GYErjMM5cfFE0xF4XYHCEFPvPMZ0guT94vq2n4ZbA9HqEPrlRwpYIrtbgrdbC2pvrLLS"
    "3nyfCoBp420xyrut1O9KqC7j67TKBps4iQzXUCMqKEJ+hubZDviM5P0UzamMgWo5Fi2aeN"
    "Yc1Cb0Z3QgdN1qen0tXlL/FTzMrqFJy8HKxDTXDy/kR7fRYnb4X2+uplexDc94l7DZPXon"
    "LlsaMvCYR547sDJBz72LmJu3TD4QsN8AAtjO4Co3uqzzaiReAthH6IGvAvgH9yHA8b8UPH"
    "7ryiZ+biQ4aF5eJD4sJCH1Ur6IThAqY6XalhJyOhP24h+j8NVLob0wCluzGfISUQAdEoNw"
    "KCatJF/ChbMjCu82NldVSvmCHwdQxU7bCBZXu3mVr2Y5bJDpUr0P+fMQPoElsSVSf/BeYh"
    "MA9VQxKqr3nIm4w5hNwASQ3l3PIVaPZhSsn4Hv/4pMahVqqICpEp5ugiJeboIh5zBB7sui"
    "1bWTzYabpjYvTRPvoiZ2LyoRNC8MMDrbv3hMX8SLNoAfPdmNv7qidLeUtOngWN2QGoiPws"
    "Ywnil7cRFeZ5tAPgOc88l2beAdF5K8RFCSHy6s8osmZCWa1UVM2kslp7mQ1qAaksLVeSMs"
    "8bOhAhA1h5LWZTH3i5DcHkFOLyYjDjS3AJILdnI1ynEulRdEPbzm5cvQW1BGQ7ga5qCm5k"
    "+8k0bF3RqpSh2972VUk5LMvoDYuieaOzA0euwfkvYawPez6APzaZ/sHAwE1zEwYnC7gLwV"
    "0I7sIa2N3BXZiNu+AuBHchLFvcLFtZ3IVp9tbUg8uTja2weLEWL3ltGFiTcxVaCdIccRG7"
    "H+WN3i2IcpbA6eS46VjYNF1d/q1rWMy7UcQI6+eULX9Ae2tAkhs8Oeo5Rlgo9pk3uJ3o57"
    "N3F1cXH84vL/wQaP9OWhw0KwRaxTL98TFgr3VdxZKWFAK9JYvAOiV0h1oz/DtBZPMqvdm1"
    "s+vBoBfaYK+70ZyV+9trYfjmnT2gSSPFsb/EcbZPZzc3mlxI9IlTg4eZH2knrqWBdwm8S7"
    "xZNZvlV/gImu/3tCC362Q/jvvj9kYnmy+uigB5rqI9IaqhUy0Ek6KZynyx70DqOr3UCaTD"
    "OmvovGM6atwJmeqkcR3x4KABBw04aGpg6QQHTTbugoMGHDSwbHGzbGVx0EA+F+Rz1Q3zma"
    "SoG3G6ns1ZAbEpBw9E6ADr3ViryoO9qheAm0EKiO9GXCffaOnZ7+a6pObBnElcP9QPUIyP"
    "nqFQKFEwTAn+G36EobgSh7ViyaBBOuAwzxyGXO+flOeQ6/1T8RxyvXPxFxKTXxtWCB2B0B"
    "HefKzNMhKTIYE2D8SQQFudBNrjBD9VZSSHzYKQW3zEcBV/XWRErATXzOSgleAiDWErELYC"
    "YSs18P9C2Eo27kLYyqFWKghbgWULwlYq6GSGsJXjY67bR7YR3PKAHSKqH8rl78YQHATBQf"
    "VFHMJUfgbnpmnpq4JMDhACj3nmMQSq/KQ8h0CVn4rnXASq8Ga5gJAKTuGFkAoeQipezedf"
    "VZTB6V+7kieVRAiKeWQACWJHjhk74g0mRuhIYJztjhwRlUDrXREkjYGGkUf5FxORXpUnbG"
    "yQrpF/GM2kDXrjrtiI6iiI1s/8pYkkE90SHQcZeKUblokU6wS150RImVMuI0VDo7/3ThoR"
    "uI/wOmbkSzCqhmpbsZCXeHDMthmEwkAoDH8reEV9yllCYeypx+R3kkfI2mlfqSCHUzhKuR"
    "TRsZXlinDAJO9gbdnKPLFMb4SwUI3eQtCdHmpmOBV6/3Z2dn5+dXZ6fvnh/cXV1fsPp36p"
    "3vijtJq9191PtJxsaDbE68vKqiI/5oR+SwOoF0PdXGGNsRPfYFlZSmqC78Wjia4XDtGJS1"
    "w1BqQtF0Kne9vuvXn3oXkRKZS8DfaKejDJ/iIv8o1nnwSGc7HhnKBxJQLut68N4KXVVYdz"
    "GBqHPocBIj6Tca+mdJ4l4hP8ZJDRXS1Ywf0I7kfeTMlNyOiGjO66Iby3d/eQ/hXqiiJcWz"
    "YYDhb/WTPNw0K1LfHBawbJueCRAI9E9XUeSM7Nxl1Izj2OkQaSc2HZyrBsZTHVrIgkJBZY"
    "u6J09Uv4OkhdYkiEPmQKoy5Laq4dYktRP3zfXWbA91106dniSx+F8SU/0rTY0QO/jgZ9Ns"
    "QhoujeoMgW+i9SFfNgKm9AoZiuFdVSNPOEvu81dAoKUmhb8MB+c9v+LcqHTm9wHV3vaQfX"
    "YLkEyyVfEB/3GFMIOT5qyPGSRtN+VGxA4lHH26fNnWYxxW5MXuy23hl43NbQeqXq0gzPUG"
    "f0FT1LClm/5+hBN5BCI3ztDtHv+rSFTEw28hmSLETmstVEzuCaoecF1pC1wLQVwtrMjAcc"
    "H+41DCsemOrAVFeJtb2iOm8WUx35pRZmeWwETTY2K8KiMX5Jisfc0tbCZpfGVuG3cbq46n"
    "O1N+h/8ppHZdiIDqz8G4vTjYXzxLCFiSCQLRrIBjrAQYNDPOmADMGc6MYp4YQK0K/4iAwJ"
    "jM0SkL43cQUtZlkBjs/jEL7ka6D+fa/3mnELjYSYhd2KWSZlrIxQBUcLjMcrxJuHpWtK0k"
    "TxVmG/U1Irx4YuGpL2mNYMLyVFFafK7IX9fEUGPXafg9YGWhufO0aNtbYH8oNFdghABr0t"
    "RA2aWwHNzV4gC2HvU9bByfYqsDv7Tgz7lLrOIaoD4R7bXCrsm7e390Kj26eE0Z1/dAekqh"
    "yjO0wFo3vn6JY08xkbDJObP76THfgBWhjhBQyeKUE/grZexvTrMgOAMsgscQ2Bao0j+70n"
    "feFbTtWgQUhaiPw30TqD/rjdGQs3LeRfTrS/37d73Y9dete/tNt+FYZeW+dyovUGo3EL0f"
    "8bBaZR+QEwEVUyzNDRUlLVZBN2mPR4Nux3MSO2c2cvy/X52dWlb7SmH9Ls1aPbdq/HqMug"
    "rw05IVorw8TwqY8Y3WvPDPvFJ7ftPhm9eSfHrTBuiz2hfSO2b0YtFPo40Zw+yW3770Rr33"
    "VbiPw30bq3d4MhmQrOXz4mw0qVLC/TJfPGHaCpw2ZyaIxDZrMcOEfp6od1+TISFHHfX4Di"
    "yKTECH6P25SqlfNwVI2kmobELCkPqmRaokQPYlKsTQHWs+hhmvPD8Pg0T9g/U+uQgLueFQ"
    "rhlI3Oj+aWCBDlrKBLLVGdrVeqIpMfLeoPOZFlkAK6YXSpCpcT1QAJoAnRe8eE95n86Ly4"
    "BmhguELEHh8Re69Ty4nPQbxXKadtvF5cti0B3KzHolQU2ZA4nwnXUjCtNaCZwWRb3HPDGa"
    "xmVU9QAwJnBljtDb8EXOsdBh0UizKAGtSkShqz9cWWoXbmjjFnQA+Z0klHV9G/4rNulJFM"
    "3id9fSNd1UhiDWOllzKS+nqVT1lJh8gN8JAXkjYvAysnAqdjd1dXzCxpLhr6cwlojaV5XU"
    "HCL37ZhD2BEl6C1RpquKTTp1jb98hGOp46Tk91HVP69HcsJ5RyygvVwOurTmAdOlvPFxgS"
    "svaCAsWOsiq+HGO3zXSa41QleCMbc7TCBqLUSH9AEqI9/sVEtM8Wel7oKn5rPzSxZMgL9K"
    "yQUbC27EontA09VVEmNAb7GMcDvWd3WZV4+h7tHbL3IHuP6+WookE3WbL3tvMvxvTkMMYQ"
    "US2S9g4dxJgYK5q8jiWHiYLvEFyz4ErkTTZtluFK9Oo+HMckW1VoA0sjb8eU2Ka0JOXBNb"
    "PtUhy8ZqXW/ohJ4t5QC0hvIIKDCM7p0lBjEXyqzxiVnjJkuHuEtZDAj53/S1iy0PPGn4WI"
    "IAANdBzQcaoEL+g4oONUBdqdOk58MysB1HrHSYW2b+4qRYYiCxJUyGj0wQ5VMhT8kM0PNV"
    "5g5JChhWJaurHZeoZslxBa6k94hhSriR4MfUluSeTS0t0LWnE/7nUqrVfQbEGzBc22Ipot"
    "ncnifoWWIl1wXDCj1hWWCJP342OoA54NFrVmoyMIFCiYHyME4wcYP8D4USV4wfgBxo+qQJ"
    "vL+LHdm8AAsiv5NrqNc2cEoQkDCbYPN5dgh8nDclvtPsUQPRgYv6X5iIiwFauIKNiOReJ/"
    "EOnFRJKB7fBYZ6Kb9kRHb36QZz/Qg6Ja2Ggi+ol+OfPHL4wTDA/yCubBHt66YuO2+yCPbT"
    "MwioBRhL+NosZGEfZRGcnBtrU6HAPibLnXE0ANAzWMI4hBDeNYDXsdPUEwJHNt4LG+JEI+"
    "PeSFoTDE2qRqDthpTWTqYPOdKgQZKHhGZHp1g6abYFYdNltoZehPmEj4GnJ7J5cz0kiXH0"
    "1k4LfO8eVNcvmESfdI060FYVpcizjYW+AYdA72A1AQQEHAlRW6jln6vByRdnsEQ96sxzgl"
    "nHC1UyGDY/KOAjOc13YUmMmmY7J0s2wxEFtqnm05DWHYHt0PhRZyLybabbc/GLaQ/Yd8oq"
    "cjkY2S/Cf0yG456LsnJoXuTbShMBb6zmP/MircZmHjWRY2niWz8YzBRgKgmbdcfpgKAiAi"
    "Cz1RPwqJqiHCGkqqFZFMPUzSbdduampm27XbnuOwvYJ7y9npaZZV6fQ0eVmizxj2wFeyqd"
    "g1yDqLtfbYYJlTAo+baZaUlaE8SfJGdKujyT5FpgJIbWH09lPn9q2JJRXPkKkqMrYDxTXk"
    "dIj+0b1Db6b6moyBGVriJY0kn+rWwo4QR8+GYhEe2jYQExtP5Jrhlj3om5jeWadL+tjEf8"
    "Tcs2BlASsLn3tXja0sdCLG2J18TKzT+njHwx6Sqc5ZsWfvLq4uPpxfXvgHxvp30k6NjR8Y"
    "SydWHMprRZOMDRtNjyIC53TjVrOtGKApaF3TxPPghCDb/3W33x5+Z+eue+2Dg/36+1hoR6"
    "VtZ3vNt0GEiMAZm+6M3W7Ze/oIc1V35RTanZ7C0NDiyle4RT9RrPV4k1mqffAIsgQZKppi"
    "LogIuRUrm8iVOiULkfFo2WU1kWKZSH/WEF0c0SPeNG25krSabtCPvzrU5l//Y+mPWPvzBz"
    "PY8ICvAl8hB8sVSLEgxeKY7CWSGRzneYb6QUFini3SpZjaDlFDiAZ2s+ZbxtRWn5pn8Bu/"
    "jqgFn/4/0Tqjry1E/itixv+QwV72IdFa9iFqwzeVf2PR1xiiusc8WZML0dVJofvb2dn5+d"
    "XZ6fnlh/cXV1fvP5z6ml38UZqKd939RLW8ECfiap+5kM7eX+axBm8peB7w3DgbiRymkJ2i"
    "iEslRHmcHZ2TSBCeNvBMLpUZEcRVXWKddjRaSqqauJCFCI+3jp1GeXq698J1fnZ16S9V9E"
    "Pa4jS6bfd68dXIdjQQdNYaY7YkYhihqjSKpdnzXtk7ztsyX4573Fzbx7GIBRJUGKQQfMBG"
    "d23mPlKaQQroplpG3Zlegmn0zjGrDbcdVnNt2GkeDS+Ou9NTgoOyBJzrndTOmMHZET5uIl"
    "DFEd4jHygiqZVyYp4fjlKTVeOgp5tF1lqGMyS+Gu92iAT2gmwRPi4Bkqb0HDGd3HEH1wn6"
    "Ecxe+IEU0/4JTuLTg24gyYkyvR8JQ7+bN+T3bmj1BDMhzufA7yty5Nm2DpqBZaw8QYVK8J"
    "9wvV7V2H9isynG74wlDV1ano2ZjXanI4xGLeT8nWh3g+G4fd3tdcffWyjwgYbrd8bdj91O"
    "2wvZD3ycaPGkgMH1r7QJbetf2nUQR0J/LFLO3Qzb39o9uyBi5F4R/0H5aQCeWPNIMC86CK"
    "J98D4YBvf9sT0a6MVE6wntmxai/7t5HXS3a203viKMKr9s5X6lRw9fd7QE23fjTujfdPuf"
    "xK/CMDALWXcnmvOJ1hr1ribaqPNZuLnv0Zv+5UTr9sW74eDT0F4DAh/oRL296wluwVL3ki"
    "4CdCbTm94Vadnud4Se3bN/yccEpuXMNKwWHRgBcq6n7d39da/bIYPB/jvR4tO4fXPbJaPF"
    "/uNMZGcOczJ9q2P75MSLlSfviqbKxiHNEP7hU9YhO+fYoR+Q13y8vOZCo9unhNGdf3TPsE"
    "UGKkPiyhJVtqUF6AssLG6I8V6hZbFOOOYErwFm5F0PCsWP1lKR9VmuxFcmcTlC5m5z3NHW"
    "+wNI9AQqcSGZi3xgB4g4Hunc7Ko2YMXDyxjkJVg9OeNBRYycmWLMbIZJloWXKyt3nFmMuN"
    "JRUmXEmgXdNjmnToS0hs6COs2bJ2wo5IcUYXSEFNZHnvk8W+MCLN5SHYW7nJimKsdcU17g"
    "2VolU/GBdURqOo9jxMBqjlkt68sVjUkq5MWP0MKKzTOn8YuFaWEecSZtcku0MeKfXqK1ET"
    "HJ+9NMftRCkwKoT14HDfzYVj8DUzcXNRYllZjMYHlldQLMyM8MfW2R3YBh70ueAQGS6Mah"
    "yBb6L1KVTAHu1UGeYpGOfBTkyDZAO4gi/7s+zekg3lJA1kZ0SVkq9i5XxEoRIgVRiGdRaL"
    "2aFQxcDVPW0BZV0cBVBtvdb8/hIQHVmdmQT8hnPuHrHnvFJ8KHOfUK0gpLTCvMclpuNKyj"
    "lLS3mpUSPGjWG83L7JA3Yo2Z8hZ83Nx5tLAcaJkp2c05btkuK20f+vsXE7l9oDfkXVibva"
    "XZZr+0aL7ZsonsHDNC30QWUfKRudCfybUbpszObyv/FVlS2rys2dXaIGu9PRoDWVCQygap"
    "bJwuQhXVCLKksgXmYpGQwQA518kQ7X67933c7dCcNu9yot22h18IB/qfROG23e21UOTGRP"
    "v2uT0ete/uWsi7cjOeuv2x8GnYDpxjE7gTXXNfJypubkgaBT4uPOg6WYo19mQOUEULbRMy"
    "flhaxmp5PRj0QvP0uhs19N7fXgvDN+9s2EkjxZHiGHXt9LUh5wr23FLwPHMKRh9eZAmrvU"
    "iOq72IBdaudFWRN+ITNkymxpdyXlmMsg7ujTDe52cZ8D4/S8SbPoo4956UGdZYQzqLay9A"
    "XAewj+/Yk3WDmtKnm9wF1aKUYEcKY1sgn7CcPELeVuxy4OTGpFwfeLm1enIK8WHMnset8V"
    "VVaPco7nVoC95g6ga2NBJseNsGzZ1WPD3UdvcJHhryKej5GI6ZDVk6milki7bQUjIesX0W"
    "HK0ZRTT0JR0baIZlxQ6JYpzUUUqXzIPmvKFulyOBc+bALFeNNarGZrl9igtVoqjQTZeWih"
    "J9g1sLRe9MtPb9eHBLmHEj3gid7qg76FPzXfwmH+Y2sAAd2AIESjEoxRWBE5RiUIp519xA"
    "Kf75lOK5pH7WI2pc7GEzXRkmzcSF126nIvwF45UZrKD8FxMZ+rOJHgx9iQjzzbWB7fPQDQ"
    "KS5uhq5I9KPhMYTTyLa8Il9QmHU3KwrDdB9QXVlw9RtDIZ1jkE0QKh6McKQa8emHslWe6V"
    "Wsnb8nNsf/hKleQiin+UDtT+6Ih25KFC2X4hUsj24yftK76n+swqYDqLUsIcAlvPgeEFW8"
    "9r2XpexzAxpPXtVhZhW4NhmQg8baaZJgynnXc2/W7bhPCEjQ0SZmfv37/7G1qtp6oiI0KN"
    "rIVkIUyeIpOMJjxDEnI7b6Effz15xqr69pGstdpf/1hLmqW8vHUfvyXUP+yqDSbpBC/jto"
    "sjvRNsGxwsY02wbYBtI+LWT/Dqs1n9yJxdBVVGjipAH6Div72Qekt/5syAEFUtNPNDAB0T"
    "x15LSnCN+cO1/T0ZgkKwwQ5ZwW0qGl7bTDF9thxl2nIUdTr47gV68iN1SMhkpMx1Y9NEz4"
    "q1UDS6I6OVKlk0jxZN9bU2SwjtK61nZoRfVGz2eoNoPxALqrKy1Vcs8Gcjc+/KcCRZgJ7n"
    "XSzhKEGxM+iP252xc6Sg98l91u6PvgnDkfvM/eQ+I68SvCf2NU3OHY3an+hd74rGEd50x6"
    "LwVeiP7QDC7aeJdk/b+M+CnybaiPTgBB16VxPtm3D9eTD4It4IvS49Ro++KX7PTRJu34xE"
    "Mr7cY9X8jxNN+I0eoil+7PYoffCTfxbmyD8Bk56/Oex+bXe+i0Ph7/dksJFn0Tv023aGwt"
    "j+svZFdJd5nTRCdqXVxCKrx6+tesgVyym1evbu4uriw/nlhV9v1b+TVnQ1nmMsyWyrV7ZF"
    "Ykt9vCWi4YtkbfvtJ2SKCGMh557ccKhayPlLJnR/0P9+2/2HQLP53csiw738QwuhrF7d9m"
    "+Gf4Xfsnq88RxcAOACyKbc35vkvvCUUHEr8LSZptavaTsRP2Wut3Vn6LO1bCHytdSNpchm"
    "E5kWGUEzROtf2aq2rWjToBiilvu1Y7xyWXFdvpQes1TTgtJZoLXzvzxVdNfPorVzs+vXMd"
    "bO/svUdNiIeu15Nn8UNOK/Oz3NoqacnibrKfRZxGEiWYzTMrOckOwSQlmfImV9HrBhsKro"
    "Zgoh3RID+PnBf7VQaN5Wl4MoZcctDs0ppDuVsKSq0K+ufGEjpd5x8HEzXf0iP2+veseuVs"
    "QsRry7lPFO6ix6lTeSoUoxqFqVWoRA1eJB1arIVg41oKEGNNSAbkEN6CpVAIIa0FADmsc1"
    "BOwVfAo5YK+or70itbpruEFzp81i7+qutBf0Rprqa4t6dxUD6c8akmRZX2u0PM3K0GVsmo"
    "QnDDPG/t0xY769IQ5VXcGMUaG1qcZmDKjqClVdOWEVNzodiLkg5oKYyxRzb7EldXRNS5Zz"
    "Iy1SBd0laUuh0PJIutTDtiKyaDA9sWXHL6q6Nn+rKk945kirlv6INbvo4jOtZKBY6FkykW"
    "tJZLvuyup4d8YjSL8g/VZjyaqx9GsvQInbfYYIqGgHtZCvjm1W3II4VWYveQTbOOWhGFCn"
    "yhRb1NghrbnG/V5Rrj+5PV2SqclMtMWJQmyIdgDLTwEu2OiJ+GWlkI2lgADAoofak/zkRs"
    "a3faJbWmtGDng2s9eW+ohZy1uVamS//qQz6PeFzli4ySlnN3xCO5vfubTT/7tD2zzmXbn3"
    "aDv3YqL1BeFmJA6F9v34cwsFP020ofB18IW2di+KGMvKz352lTLRlHXaV4zlyc7iOGV0Ui"
    "uyhf5rl7k7GNu3mtV0raiWopkn9H2voVxRpNLX3ugyG5m5tIPo2jvDsqpohfjDIAUGlc4g"
    "VTIt0dxociHdOE4NGyPPG6PNL2wYOsNCm6yFhanqoAhEopgyZbudp2S7ncez3aAsRzL61T"
    "Q4MWZYrCyHa+wuUvacQQpR41D3/MDwQtGT1yp6krRslAB1Rt8pn2vEToQZC2UIYfI9UP++"
    "13stH+qdZBdhi3lO7fvNnf7Slddsl6c0GdhM9VjtlykQpgeOyqoswRWVGzM7KvNVag+Q1M"
    "ItcGivGP/lXRqHWqkiAXWZ1N2LFHX3Iq7u8uHq4lOiOZ6nSzIfc9lYfQKwrJZuWTWJQCrn"
    "T4QNkh0xE9a/E0Q+r9z5Oimw6yn9dtP8SIcIAevsWNvfTpQXWH4sJKmmdAP+A36sm3ExFQ"
    "xwYIDj3TzEedXhNjYUedFg2IfcJ800C5G0bVOqeWgfG1DiyQrMWc44V8Hl4n62n0NqpqUc"
    "qpBs8ilQXGLfqhK8Te5ITt3791mS6t6/T86qo88iGiqZVDkQdpvXEN2DFHclb7TcEnxZlc"
    "8AyfHVz9eRBUpTNGNSwzE3sz//H0+a250="
)
