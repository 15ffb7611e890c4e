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
    "eJztfXtz2kjW91fp4p/JVBGvb7Gz3rfeKoyVhAkGL+BkssuWIlAbNBYSIwnbzOW7P926oU"
    "tLSELglnKqZmIh9WnB7/Tl3PvPxkKXsWoetZbKSH/EWuMK/dnQpAUmF7FnTdSQlsvNE3rD"
    "kiaq3VhaKqLlN5uYliFNLfLgQVJNTG7J2JwaytJSdPqSRgstJcPSsIFsIvTm++8v4tHR0f"
    "efm8ic6ksskwdI1zDSjZmkKaZEKf9F7qhrpFgmmkvmHCkmMi3dwPIRfausT8lrFW22rxes"
    "NOX3FSY/c4atOTbIa/77P3Jb0WT8gk3v4/JRfFCwKoewVGTagX1ftNZL+979fefmg92Sfv"
    "mJONXV1ULbtF6urbmu+c1XK0U+ojT02QyTnyZZWA5ArK1U1WWHd8v5xuSGZayw/1XlzQ0Z"
    "P0grlTKq8f8eVtqUgoDsN9F/zv+/+9UCzUSx1x+JQ2Ekio0YX+lXiHDCvTXVNTomFM2iQP"
    "35t9PvBhD7boO+oP2pNXhzdvGzDYFuWjPDfmjD1fjbJpQsySG1Qd+gPDUwxUSUrDjaN+SJ"
    "pSwwG/EwZQR52SU98i6KcMC7sWHBZmp44Hrw7QHwBvmBcp8Mbpf3KQwYdW6F4ah1e0dftz"
    "DN31Ubv9ZIoE9O7bvryN03Dr90Muud9cDvBH3tjD4h+hH9p98Tolz1243+06DfSVpZuqjp"
    "z6IkB4apd9dDjbTccN3+G+N3ey4ZbF577SNcJmhVka8L6UVUsTaz5uTj6fFxCmO/tAb25C"
    "KtItzquY9OnWd/h/C1F1CRrod5UA5TlYP19lXsYEhfnGcA+uI8EWf6iAkzeV0BmF2qGg7p"
    "k4sMQJ9El58N0PRRGGh7+zfjIP8y7PfYIG8oojuDMrXQX0hVTGtfQAf25clKUS1FM4/o+1"
    "5ja6YIhTYFD+Y3t61foxxod/vX0dWednAdYQd+WSrkcYFNO0xZwqbtLie8TISK7NEeJqmb"
    "tCqZlrgyCwlnUVrgNM+cNvAT2ZOK8DlMCVzmmcuewjRZi/l02xhhmWouvwzeqtVuoHUMEn"
    "/YBomc4DJIAV4CL7XLPDwybQZByOJQf9ANrMy0z3htA94h30fSpiz10bWW9SPdVRPizd3N"
    "KmpIz75hizXQyAVBAFuOwtIatls3QiNhzSgB6HsTV1G5yQpwbJlkw0sH9kSaPj5LhiyGRj"
    "h9op/qkTt+2/ijxekiekfSpJkNEf0t9Ju72He0J8WS3J8eMxgHnjbTTMZKuN02m3EyxGCX"
    "5WCJbYJdFuyyYcV+ISlqnOGCNjXWS8KgEX6xEhR7j7IW9qw0lgq/jtINKj5Hu/3eR6951M"
    "rydxx3caLIL3kMiWGqfQFfJ4OtoasMv0NHswRttYhJMWFN1yWNwOxacfkY340vHeGrMLhC"
    "J8dj7Va4vabXp+S6dXPb6V2hM3LZ/9qjd8+PG9k4MqNf9+3Z6eXFe/LU/jX0w2UKa4a3rW"
    "630xuBU+I1xjhHxtkqLesc7dSZrDnSdIqXxSS0CClY7XjmM9hmfwQu24p1EdtsjBCMh2Cb"
    "BdssXxDvxza7mfpgm90GcGyZ5Mk2e4sXE2yYc2XZYNhmA0+babbZRbhdqbbZ/8bm9YqOl/"
    "+BzRZstpVYJ2psswWb1ivatEC43KvsTneZnLAGSABOkNU5kdVXrngNUnoatIG5y5N8HhrY"
    "DAk9OvCTZfTojIMICpDGQRqvkzQOmW37zWwz1dUsD75ee3Acb3Ucu1+YgLfSLINhVExGmU"
    "F6uAHduB/Gdwb3XinjOMsoTh7DsRgU/PtKMbC4eJDiEF/rRCWXtCSHXogygvCEkO4LYv9O"
    "EOO8Ekv2Xfe63++G1vvrTjSI6p4aAt6c2LCTRoojKMYVdIKm7AxLpo0kIXspRHQ468hxFO"
    "LjHcawY+Q4PTm/PH9/dnHuWzr8O2nmDgfImO6YLH8HAhO8shKMfM1rl/bD5wFWfSmYresE"
    "i1hUbB9M0nfi7hsbgx2BCgdv1xGqjWtjR6jCvpQ6QmVi09x9SA2dXjKAxGdMSDpG0kpWLB"
    "E/YUq02xpFexJoRzWF6jd9siNEv+iTmmIjybuOHrmuqxARn6SpLUDtDFFr6gtiNUXKxLuj"
    "NMS1RWgqLZaSMtt1S2u73dQdJlHRTGU233VIdZxe6oqWreE96MZiR5i6pJ8PpJta46Qslr"
    "phEWVPZdXgyTWq7J4+KGoVrdaZASthTNUZHpF+EJ91owygeqSvr6SregOmW7vOPBsr0k2t"
    "cTItyVqZ4nQuabMyABva/bXt7moNnCXNSoBrJM3qitLSUJ6k6VqkJnhs7ipc3Tm9DZzOaq"
    "oeu0Z0zdzdzEIHV9vpqa4DzEZLn/yGpyVYhClefa+v+iI2k1Rxrqu7ixGko0+6WlsZwsAW"
    "mTk0XM1Y7SzCD7zOBqv6SvELTIN6iF5HFnzScqqoShmeGqopDkId1hpA0kQrZT27Jb21/c"
    "5qjZkuray5LcjuOlH7LdITlWDrPUuX0s6i/p1UX/HewQhrMulJnBnSzrLYndPXR9pVnUDb"
    "ZwDxnWSa1N4xwCamL4xFEIcbNNNCiJduU7IzeW0hiBiCiGOIQxBxdYOIoVISVEriYpvkfT"
    "J5mKTOpoIl7KF6fXX4C0miu4kgKUmikLlY4czFO11VpuuWXe/N5g9L94i2aaaqH3ZrUQo3"
    "33p4oPCkyJi0RvoDep4r0zlyOkISotAhryRdE0maTFrQ4/8eyR3aWMWIKCfIDShD+EUxLf"
    "Pn+PmBe3oH6EgcLFBN0JFARwrt+k/Y8ELUsypIAZIaplueZclTO0tOVDuLZaqBYAWCFQhW"
    "KYLVF3dBSZSqvmxWnK0iVWB1AosuSCsgrYC0Uq60wpEtt3xZBT880OiAJyzKrsc7PrUSbL"
    "kxyrSpVcFplQI1nRrRUxrwC2NlSj74xWtfC4k6bcUp69yXHEn1+5RgaBwSWWLWbfKRJcCE"
    "nqfKL4bbkgwKOZs5CMQXEF9AfKmQ+EJndm5/dIioFtvDvh3S4KnMtyVzNIvAU3mYvQkMav"
    "U0qHkVZxiSaKAYTbIQagYabfVGtpBJhsRbRTtCdL+2XX/DT623p+8uqPOQfpxgycAGsmOq"
    "kGIi0yLjSI47HXfrCsRdDpYUEHdB3IX4y1cQd5Ul5QlhGyMlIcORw2HyQnhXSNbdx7HDti"
    "xA9mNWccwMDAiTAwPyM0CVTEs0MVk28m8wUdoabjEV2VIy6X4QbP5DsBmOa/0RuMzNsU/V"
    "4TGc+gRmMn4g3d1MlrQclABtzoO0+FwDdj5Hi3wP1Lvvdl/LImkPcIY50hv4ybZIRy/a1K"
    "0FfzgYCMFAWCcDIV5IilrIZuJT1sIhfmh7iY2eOFHklzyG2TAVGGa3GmYfyFtF9klmGYZ4"
    "iBqGeYFhviSQFcPepwRrbH7Yf9MnoqVYrOO0M0Afogb4C4x6r7JRXsdbjLAWi07kELp37z"
    "Ks8qRV8kF09Fkk1lu3lqKJiSRazAEUoYdBn3/QLx4kEWsUC4a6lnoaYIQSTgPMcBqgPWAd"
    "x5mFlwzAlVnioYBx2kIHA3I23t1jAv95enp2dnl6fHbx/t355eW798f+eYHxR2kHB153Pl"
    "LYQ+yJ88Ep1M5e4wVttYgZykKc2FAf8pBRExtOPfijVnvU+SLktFM0HKor5Pwda8P74Z3Q"
    "uxFurpB/OdaEQWtIbzl/GwV2ipOLDBvFSVR53uwT9FGYW17hDDGeqZp1i07pog67xt4z8Z"
    "dyQStTmBKsTLxYmRhuxniFc7rZ7OBqTKIHf2OqgywGG7h0vJG1xaWTNOBy+3XgNGE4Ind/"
    "Z7lES5jtWhGbUUCtjriF8nx3PkUinF1cR7wOfRRzJUHSnzUinR7u1LyK7KzR0NGSzl8UXn"
    "Kcv1hFqOCcrtyQrUxphks5Df2e9pT1NPRKrlblHGdGTUk1P86srJPMKFS1PMlsn5FrrZWs"
    "WM48ZMSvBZ4206LYJNrOWRfshhDEBkFsMcQhiI1P82KWIDYymXVDLBBsHyPcq0HxkIFV5e"
    "QvOPg46cBFkA1Sgq02hm1u11OCiFGat7BOoX+WZJBd2sEoB8gRMvDpbffpuZCxFoitODPX"
    "hrJQrtNwNle28pA7ZDhKB1BvhRqqObxyKJmMLUlR09D/ZdjvsdEP0AL0+aF3zY05F/MwVR"
    "1w3/caA3nXB4yDgBCIPWS1vnKZvV/0SYNhE6S3m2nGwN/cBmAEBCMgGAFrZAT0eDdZ59xP"
    "Y4Swm4ZllUfy7dnS4PYId4+WY4tV41YYtcTht177CvmXY60rtG7E61b784dOt3uFQh/dp5"
    "3bu/5g5D5zPnhPeh/JePae2B/GmvCr09z560TI3w8EJ0SeXIy1gTASeqNOvycOvwrC3RWK"
    "3Bhrn4Vv4qA/atF7Vyj4aax9Fa4/9fufxRuh2/kiDL5doeidsXbb6pAfQ/8l7T+1RsPW3R"
    "0BpndDGgc/kqf9wecP3f5XcXBP3hT8ZPfSI1+s1WsLdmfeh0YB2bp8exTvORnxTZdILW5G"
    "xr/vhXs3WyLHCHaorpDzl4yj+16PjDoyfpwLe2QNvjm33Cuat9FuC4Kbt+FejrUPZGzQW8"
    "7fIhwtP29jaegztj1muJBUNTHTKUhXKMep0P59vK/N28lwOju9vPBzmuiHtCym4W2r242n"
    "LUmWhRdLVvhHOqBBOgA0lPK7VnWJsU0mW6oCJFFJU5la6C+kKplCtYplgW3k/MlKUS1FM4"
    "/oa19D1KcQpRuyojariMxCO4gbskz6/XPwY0OxEzuqIwLuBXdsGDqjKltKTROPoH5mw3fH"
    "xxl2QtIqcSu0n0WN4/JqicVHvM6DcpiqFKg5Khxzmgno0xSgT+NAGytNlB4sVo3BLfVPg4"
    "RQ/pSfvMS40YAI+0YxU1GYErjMM5cfFE0x54XYHCEFPvPMZ0guT94vq2n4ZbA9HqEPrlRw"
    "pYIrtbgrtb+yJvrLLS3nyfCoBp420xyrut1O9KqCbj+7TKBps4iQzXQCMqKER+huZZDviM"
    "6OkSytTWSL0Uix7NPGsGahN8M7oY3Gq+Nj6fLi5/gpZmV1Ck5eDtahJjh5f6C9PouTt0J7"
    "ffWyPQjuu8S9hslrUbny0NGXBMK88d0BEo597NzEXbrh8IUGeIAWRneB0T3R5bVoEXgLoR"
    "+iBvwL4J8cx8NGfN+xO6/omTl/n2FhOX+fuLDQR9UKOmG4gKlOV2rYyVDoja4Q/ZcGKt2N"
    "aIDS3YjPkBKIgGiUGwFBNekifpQNGRjX+bGyOqpXzBD4OgaqVtjAsrnbTC37IWeyQ+UK9P"
    "9vzAC6wJZE1cn/gXkIzEPVkITqax7yJmMOITdAUkM5t3wFmn2YUjK+hz8+qbGvlSqiQmSK"
    "OTpPiTk6j8ccgQe7bstWFg92mu6YGH20i77ImZi874QQ/PBA6+49YTE/0ixawHw75va+6s"
    "lS3pKTZ0FjdgAqIj/LWIL45W1EhXke7QB4zjPPJdk7IDpvhbgoIURe/R1F1kwoq5WKqplU"
    "Vmsns0EtIJ1Ki6WkzPKGDkTIAFZei9nUB15uQzA5hbi8GMz4ElwCyC15iOtUIj2Kbmjb2Y"
    "6rt6CWgGw70FVNwY1sP5mGrStalTJ0W5u+KimHZRm9YVE0b3R24Mg1OP8ljPV+zwfwxybT"
    "PxgYuGluwuBkAXchuAvBXVgDuzu4C7NxF9yF4C6EZYubZSuLuzDN3pp6cHmysRUWL9biNV"
    "0ZBtamuQqtBGkOuIjdD/NG7xZEOUvgdHLcdCxsmq4uf+gaFvNuFDHC+jllyx/Q3hqQ5AZP"
    "jnqOERaKfeYNbif6+fTk/PL8/dnFuR8C7d9Ji4NmhUCreEp/fAzYa11XsaQlhUBvyCKwTg"
    "jdvtYM/04Q2bxKb3bt7Lrf74Y22OtONGfl/vZaGLw5sQc0aaQ49pc4zvbp7OZamxYSfeLU"
    "4GHmR9qJa2ngXQLvEm9WzWb5FT6C5vsdLcitOtmP4/64ndHJ5ourIkCeq2hHiGroVAvBpG"
    "imMpvvOpA6Ti91Amm/zho675iOGndCpjppXEc8OGjAQQMOmhpYOsFBk4274KABBw0sW9ws"
    "W1kcNJDPBflcdcNclhR1LU5W8owVEJty8ECEDrDejrWqPNiregG4GaSA+HbEdfKNFp79bq"
    "ZLah7MmcT1Q30PxfjoGQqFEgXDlOC/4UcYiitxWCuWDBqkAw7zzGHI9f5BeQ653j8UzyHX"
    "Oxd/ITH5tWGF0BEIHeHNx9osIzEZEmjzQAwJtNVJoD1M8FNVRnLYLAi5xQcMV/HXRUbESn"
    "DNTA5aCS7SELYCYSsQtlID/y+ErWTjLoSt7GulgrAVWLYgbKWCTmYIWzk85rp9ZBvBLQ/Y"
    "IaL6oVz+bgzBQRAcVF/EIUzlR3Bumpa+LMjkACHwmGceQ6DKD8pzCFT5oXjORaAKb5YLCK"
    "ngFF4IqeAhpOLVfP5VRRmc/rUreVJJhKCYRwaQIHbkkLEj3mBihI4Extn2yBFRCbTeFkHS"
    "6GsYeZQ/mYj0qjxhY410jfyHkSyt0Rt3xUZUR0G0fubPTSSZ6JboOMjAS92wTKRYR6g1I0"
    "LKjHIZKRoa/rt71IjAfYDXMSNfglE1VNuKhbzEg2M2zSAUBkJh+FvBK+pTzhIKY089Jr+T"
    "PELWVvtKBTmcwlHKpYiOrSyWhAMmeQdry1ZmiWV6I4SFavQWgu54XzPDqdD7z9PTs7PL0+"
    "Ozi/fvzi8v370/9kv1xh+l1ey97nyk5WRDsyFeX3aqKtPHnNBvaAD1YqibS6wxduIbPFUW"
    "kprge/FoouuFQ3TkEleNAWnLhdDu3La6b07eN88jhZI3wV5RDybZX6bzfOPZJ4HhXGw4J2"
    "hciYD77WsDeGl11eEchsa+z2GAiM9k3KspnWeJ+AQ/GWR0VwtWcD+C+5E3U3ITMroho7tu"
    "CO/s3d2nf4W6ogjXFg2Gg8V/1kzzsFBtS3zwmkFyLngkwCNRfZ0HknOzcReScw9jpIHkXF"
    "i2MixbWUw1SyIJiQXWrihd/RK+9lKXGBKh95nCqE8lNdcOsaGoH74nFxnwPYkuPRt86aMw"
    "vuRHmhY7euCXYb/HhjhEFN0blKmF/kKqYu5N5Q0oFJOVolqKZh7R972GTkFBCm0LHthvbl"
    "u/RvnQ7vavo+s97eAaLJdgueQL4sMeYwohxwcNOV7QaNoPig1IPOp487S51Sym2I3Ji93W"
    "WwOPWxpaLVVdkrGM2sMv6FlSyPo9Qw+6gRQa4Wt3iH7TJ1fIxGQjl5FkITKXrSZyBpeMnu"
    "dYQ9Yc01YIa7IZDzje32sYVjww1YGprhJre0V13iymOvJLLczy2Aja1FgvCYtG+CUpHnND"
    "WwubXRpbhV9H6eKqz9Vuv/fRax6VYSM6sPIHFidrC+eJYQsTQSBbNJANdIC9Bod40gEZgj"
    "nRjVPCCRWgX/ERGRIYmyUgfW/iClrMsgIcn8chfMnXQL37bvc14xYaCTEL2xWzTMpYGaEK"
    "jhYYj1eINw9L15SkieKtwn6npFaODV00JO0xrRleSIoqThT5hf18SQY9dp+D1gZaG587Ro"
    "21tgfyg0V2CEAGvS1EDZpbAc3NXiALYe9T1sHJ9iqwO/tODPuUus4hqj3hHttcKuybt7f3"
    "QqPbp4TRnX90B6SqHKM7TAWje+voljTzGRsMk5s/vpMd+AFaGOEFDJ4pQT+CtlrE9OsyA4"
    "AyyCxxDYFqjUP7vUc94WtO1aBBSK4Q+Westfu9Uas9Em6ukH851v593+p2PnToXf/SbvtF"
    "GHhtncux1u0PR1eI/tsoMI3KD4CJqJJhhg4Xkqomm7DDpIezYZ/EjNjOnZ0s12enlxe+0Z"
    "p+SLNXD29b3S6jLoO+MqYJ0VoZJoZPfcDoXntm2C8+um31yOjNOzluhVFL7AqtG7F1M7xC"
    "oY9jzemT3Lb/jrXWXecKkX/GWuf2rj8gU8H5y8dkWKqS5WW6ZN64AzR12Ez2jXHIbJYD5y"
    "hd/bAuX0aCIu67C1AcmZQYwe9xm1K1ch4OqpFU05CYJeVBlUxLlOhBTIq1LsB6Fj1Mc34Y"
    "Hp/mCftnah0ScNezQiGcstH50dwQAaKcFXSpJaryaqkqU/KjRf0hJ7IMUkA3jC5V4XKiGi"
    "ABNCF675DwPpMfnRfXAA0MV4jY4yNi73VqOfE5iHcq5bSJ14vLtiWAm/VYlIoiGxLnM+Fa"
    "Cqa1BjQzmGyLe244g9Ws6glqQODMAKu94ZeAa73DoINiUQZQg5pUSWO2vtgy1M7cMeYM6C"
    "FTOunoKvpXfNaNMpLJe6Svr6SrGkmsYaz0UkZST6/yKSvpELkBHtO5pM3KwMqJwGnb3dUV"
    "M0uaiYb+XAJaI2lWV5Dwi182YUeghJdgtYYaLun0KdZ2PbKRjqe201Ndx5Q++Q1PE0o55Y"
    "Wq7/VVJ7D2na3nCwwJWXtBgWJLWRVfjrHbZjrNcaISvJGNOVpiA1FqpD8gCdEefzIR7fMK"
    "Pc91Fb+1H5pYMqZz9KyQUbCy7EontA09VXFKaAz2MY57es/2sirx9D3aO2TvQfYe18tRRY"
    "NusmTvbeZfjOnJYYwholok7e07iDExVjR5HUsOEwXfIbhmwZXIm2zaLMOV6NV9OIxJtqrQ"
    "BpZG3o4psU1pScqDa2bbpjh4zUqt/RGTxL2hFpDeQAQHEZzTpaHGIvhElxmVnjJkuHuEtZ"
    "DAD53/S1gy1/PGn4WIIAANdBzQcaoEL+g4oONUBdqtOk58MysB1HrHSYW2b+4qRYYiCxJU"
    "yGj0wRZVMhT8kM0PNZpj5JChuWJaurHeeIZslxBa6E9YRorVRA+GviC3JHJp6e4Frbgf9z"
    "qV1itotqDZgmZbEc2WzmRxt0JLkS44LphR6wpLhMm78THUAc8Gi1qz0REEChTMjxGC8QOM"
    "H2D8qBK8YPwA40dVoM1l/NjsTWAA2ZZ8G93GuTOC0ISBBNuHm0uwxeRhua22n2KIHgyM39"
    "J8RETYilVEFGzHIvEvRHoxkWRgOzzWmeimPdHRm+/k2Xf0oKgWNpqIfqJfzvz+M+MEw728"
    "gnmwh7eu2LhtP8hj0wyMImAU4W+jqLFRhH1URnKwba0Ox4A4W+71BFDDQA3jCGJQwzhWw1"
    "5HTxAMyVwZeKQviJBPD3lhKAyxNqmaA3ZaE5k62HyrCkEGCpaJTK+u0WQdzKrD5hVaGvoT"
    "JhK+htzeyaVMGunTRxMZ+K1zfHmTXD5h0j3SdGtOmBbXIvb2FjgGnYP9ABQEUBBwZYWuQ5"
    "Y+L0ek3RzBkDfrMU4JJ1xtVcjgmLyDwAzntR0EZrLpmCzdLFsMxIaaZ1tOQxi0hvcD4Qq5"
    "F2PtttPrD66Q/Yd8oqcjkY2S/CN0yW7Z77knJoXujbWBMBJ6zmP/MircZmHjaRY2niaz8Z"
    "TBRgKgmbdcfpgKAiAiCz1RPwqJqiHCGkqqFZFMPUzSbdduampm27XbnuOwvYJ7y+nxcZZV"
    "6fg4eVmizxj2wFeyqdg1yNrzlfbYYJlTAo+baZaUpaE8SdO16FZHm/oUmQogtYTh24/t27"
    "cmllQsI1NVptgOFNeQ0yH6T+cOvZnoKzIGZLTACxpJPtGtuR0hjp4NxSI8tG0gJjaeyDXD"
    "LbvXNzG9s06X9LGJf4+5Z8HKAlYWPveuGltZ6ESMsTv5mFin9eGOh90nU52zYk9Pzi/P35"
    "9dnPsHxvp30k6NjR8YSydWHMprRZOMNRtNjyIC52TtVrOtGKApaF3TxPPghCDb/3Wn1xp8"
    "Y+eue+2Dg/3620hoRaVtZ3vNt0GEiMAZm+6M3WzZO/oIc1V35RTarZ7C0NDiyle4QT9RrP"
    "V4k1mqffAIsgQZKppizokIuRErm8iVOiULkfFo2WU1kWKZSH/WEF0c0SNeN225krSarNH3"
    "fzjU5j/+tPRHrP39nRlsuMdXga+Qg+UKpFiQYnFM9hLJDI7zPEP9oCAxzxbpUkxt+6ghRA"
    "O7WfMtY2qrT80z+I1fhtSCT/8da+3hlytE/ilixn+fwV72PtFa9j5qwzeVP7DoawxR3WOW"
    "rMmF6Oqk0P3z9PTs7PL0+Ozi/bvzy8t37499zS7+KE3Fu+58pFpeiBNxtc+cS6fvLvJYgz"
    "cUPA94bpyNRA5TyE5RxKUSojzMjs5JJAhPG3gml4pMBHFVl1inHQ0XkqomLmQhwsOtY8dR"
    "nh7vvHCdnV5e+EsV/ZC2OA1vW91ufDWyHQ0EnZXGmC2JGEaoKo1iafa8V/aO87bMl+MeN1"
    "f2cSxigQQVBikEH7DRXZm5j5RmkAK6qZZRd6aXYBq9c8xqg02H1VwbtppHw4vj9vSU4KAs"
    "Aed6J7UzZnB2hA+bCFRxhHfIB4pIaqWcmOeHo9Rk1djr6WaRtZbhDImvxtsdIoG9IFuEj0"
    "uApAk9R0wnd9zBdYS+B7MXviPFtH+Ck/j0oBtIcqJM74fCwO/mDfm9a1o9wUyI89nz+4oc"
    "ebapg2bgKVaeoEIl+E+4Xq9q7D+x2RTjd8aShi4tz8bMRqvdFobDK+T8HWt3/cGodd3pdk"
    "bfrlDgAw3Xb486HzrtlheyH/g41uJJAf3rX2gT2ta/tOsgDoXeSKScuxm0vra6dkHEyL0i"
    "/oPy0wA8seaRYF50EET74H0w9O97I3s00Iux1hVaN1eI/uvmddDd7mqz8RVhVPllK3crPb"
    "r/uqMl2L4bd0LvptP7KH4RBoFZyLo71pxPtNaodzXWhu1Pws19l970L8dapyfeDfofB/Ya"
    "EPhAJ+rtXVdwC5a6l3QRoDOZ3vSuSMtWry107Z79Sz4mMC1npmG16MAIkHM9be/ur7udNh"
    "kM9t+xFp/GrZvbDhkt9h9nIjtzmJPpWx3bJyderDx5VzRVNg5phvAPn7IO2TmHDv2AvObD"
    "5TUXGt0+JYzu/KNbxhYZqAyJK0tU2YYWoC+wsLghxjuFlsU64ZgTvAaYkXc9KBQ/Wktlqs"
    "u5El+ZxOUImdvNcQdb7/cg0ROoxLlkzvOBHSDieKRzs6vagBUPL2OQl2D15IwHFTFyZoox"
    "sxkmWRZeLK3ccWYx4kpHSZURaxZ02+ScOhHSGjoL6jRvnrChkB9ShNERUlgfeeazvMIFWL"
    "yhOgh3OTFNVY655nSO5ZVKpuID64jUdB7HiIHVHLN6qi+WNCapkBc/QgsrNs+cxi8WpoV5"
    "RFla55ZoY8Q/vERrI2KS96eZ/KiFJgVQn7wOGvihrX4Gpm4uaixKKjGZwfLK6gSYkZ8Z+s"
    "oiuwHD3pc8AwIk0Y1DmVroL6QqmQLcq4M8xSId+SjIkW2AdhBF/jd9ktNBvKGArI3okrJQ"
    "7F2uiJUiRAqiEM+i0GopFwxcDVPW0BZV0cBVBtvdb8/hIQHVmdmQT8hnPuHrHnvFJ8L7Of"
    "UK0gpLTCvMclpuNKyjlLS3mpUS3GvWG83LbJM3Yo2Z8hZ83Nx6tPA00DJTsptz3LJdVto+"
    "9PcnE7l9oDfkXViT39Jss5+vaL7ZoonsHDNC30QWUfKROdefybUbpszObyv/FVlS2rys2e"
    "XKIGu9PRoDWVCQygapbJwuQhXVCLKksgXmYpGQwQA518kQrV6r+23UadOcNu9yrN22Bp8J"
    "B3ofReG21eleociNsfb1U2s0bN3dXSHvys146vRGwsdBK3COTeBOdM19nai4mSFpFPi48K"
    "DrZCnW2JM5QBUttE3I+GFpGavldb/fDc3T607U0Ht/ey0M3pzYsJNGiiPFMera6StjmivY"
    "c0PB88wpGH14niWs9jw5rvY8Fli71FVluhafsGEyNb6U88pilHVwb4TxPjvNgPfZaSLe9F"
    "HEufekyFhjDeksrr0AcR3APrxjb6ob1JQ+WecuqBalBDtSGNsC+YTl5BHytmKXAyc3JuX6"
    "wMut1ZNTiPdj9jxsja+qQrtDca99W/D6EzewpZFgw9s0aG614umhtttP8NCQT0HPx3DMbM"
    "jSkayQLdpCC8l4xPZZcLRmFNHQF3RsIBlPFTskinFSRyldMg+a84a6XY4EzpkDs1w11qga"
    "m+V2KS5UiaJCNx1aKkr0DW5XKHpnrLXuR/1bwowb8UZod4adfo+a7+I3+TC3gQVozxYgUI"
    "pBKa4InKAUg1LMu+YGSvGPpxTPJPWTHlHjYg+b6cowaSbOvXZbFeHPGC/NYAXln0xk6M8m"
    "ejD0BSLMN1cGts9DNwhImqOrkT8q+UxgNLEc14RL6hMOp+RgWW+C6guqLx+iaGUyrHMIog"
    "VC0Q8Vgl49MHdKstwptZK35efQ/vClKk2LKP5ROlD7oyPakYcKZfuFSCHbj5+0r/ie6jOr"
    "gOksSglzCGw9e4YXbD2vZet5HcPEgNa3W1qEbQ2GZSLwtJlmmjCcdt7Z9NttE8ITNtZIkE"
    "/fvTv5J1quJqoyRYQaWXPJQpg8RSYZTVhGEnI7v0Lf/3H0jFX17SNZa7V//L6SNEt5ees+"
    "fkuov9tVG0zSCV7EbRcHeifYNjhYxppg2wDbRsStn+DVZ7P6kTm7CqqMHFWA3kPFf3sh9Z"
    "b+zJkBIapaaOb7ADomjr2WlOAa8wcr+3syBIVggy2ygttUNLy2mWL6bDnKtOUo6nTw3Qv0"
    "5EfqkJiSkTLTjXUTPSvWXNHojoyWqmTRPFo00VeanBDaV1rPzAi/qNjs9QbRfiAWVGVlq6"
    "9Y4M9G5t6V4UiyAD3Pu1jCUYJiu98btdoj50hB75P7rNUbfhUGQ/eZ+8l9Rl4leE/sa5qc"
    "Oxy2PtK73hWNI7zpjEThi9Ab2QGEm09j7Z628Z8FP421IenBCTr0rsbaV+H6U7//WbwRuh"
    "16jB59U/yemyTcuhmKZHy5x6r5H8ea8Cs9RFP80OlS+uAn/yzMoX8CJj1/c9D50mp/EwfC"
    "v+/JYCPPonfot20PhJH9Ze2L6C7zOmmE7EqriUVWD19bdZ8rllNq9fTk/PL8/dnFuV9v1b"
    "+TVnQ1nmMsTdlWr2yLxIb6cEtEwxfJWvbbj8gUEUZCzj254VBdIecvmdC9fu/bbec/As3m"
    "dy+LDPfyDy2Esnp1278Z/hV+y+rxxnNwAYALIJtyf2+S+8JTQsWtwNNmmlq/ou1E/JS53t"
    "adocurqYXI11LXljI1m8i0yAiSEa1/ZavatqJNg2KIWu7XjvHKZcV1+VJ6zFJNC0pngdbO"
    "//JU0V0/i9bOza5fx1g7+y9T02Ej6rXn2fxR0Ih/cnycRU05Pk7WU+iziMNEshinZWY5Id"
    "klhLI+Rcr6PGDDYFXRzRRCuiEG8POD/2qh0LytLntRyg5bHJpTSLcqYUlVoV9d+cJGSr3j"
    "4ONmuvpFft5O9Y5drYhZjHh7KeOt1Fn0Km8kQ5ViULUqtQiBqsWDqlWRrRxqQEMNaKgBfQ"
    "U1oKtUAQhqQEMNaB7XELBX8CnkgL2ivvaK1Oqu4QbNrTaLnau70l7QG2miryzq3VUMpD9r"
    "SJpO9ZVGy9MsDX2KTZPwhGHG2L07Zsy3N8ShqiuYMSq0NtXYjAFVXaGqKyes4kanAzEXxF"
    "wQc5liLmHTYoDJt58qqiIlybqMVqkC7wJTmYQQiUacaqvoeyMp6hpN9cVSMhSTiGD6A7ol"
    "PRKh1D6OwJZQ7aRFyT47dBPwSB+bXiwkbaAwoifL7z5TOqQNhw2MAqIyiMpVWd9qLCqHZm"
    "QO6StKV0MZrPzqCTZoeSMuQ0QHTCnb1+oVEXQzBV2epwRdnseDLu1xaW9hcaATUyLDRIUS"
    "IzmzpJedF+ls+rmBjZIdLuf0uCLATud4+lhs6w1R1nDrrchWy8hejO+12DB0hpaYvPT7BH"
    "Xw60WcqJnW/bOUdf8svu5zE75UoVkE+aGQHxqwhVAjQFvXtGSfX6RFc6sNZBpunClWeYmN"
    "UKmmK8f2oGuzt6ryhGXHc2fpj1izD6B4plUdFQs9SyZyo6rYYcxldbzd3AHmDTBvVGPpqr"
    "F5w16AEl0fGbLBoh3Uws5x6BCrDYgTRX7JIwHHKffFgDpV6dygxjY25Rr3O5meONNBDj3w"
    "pSkNHxJtcaIQG6IdABPyM8EGT8QvS4XsKwX2fxY9HMPBs6GFqJrWilEOL1sE0Ib6gNb2jU"
    "Y1tF9/1O73ekJ7JNzkFLMbPqFd2NC5tCshdgZ2pJB35d6j7dyLsdYThJuhOBBa96NPVyj4"
    "aawNhC/9z7S1exFVr7JsdeUXgnN1MtGc6rSvGMuT4+bjlNFJrUwt9Jdd8X9vbN8oVpOVol"
    "qKZh7R972GbkWRSl97o8tsZObSDqJrr4ynqqIV4g+DFBhUOoNUybREc61NC6nGcWrYGHne"
    "GG1+5XZDhKnqIIIewBcBFUqT0a+mvYkxw2IVSl1bd5ET4BikkEAP/r09wwv+vdfy7yUtGy"
    "VAnTGMnM81YivCjIUyhDD5Hqh33+2+lgu131pZc6rF4wbDfRp42tzqOtXJXjMXTb/19oxJ"
    "RBobBBvkooQeVP3ZcXLa3fxkIk0ng6fpHGWDLN32eDZDTlHb82lgWTFID/eG8i9EUyBV/J"
    "Y0ZaRVHuadcNQeB9tFEzysP5DEm8XD6k1ZcWUoeZTKKF0tHKuRLMnjTIolbZacKXkcVy2L"
    "uzJKd2LwxoCKTKxMxppVsQPjV3BYfDX4C9rsXo0FkPAMxoEDQ7wf4wDkllc4t/xOmjHNAP"
    "b95lYDwNJrtk3zT8YzU2I25GSDSl2tdaHGKnWBdGzIxM4XIcv/sTdVzr+GsFcewl4l8zFX"
    "wJVPAGFW6cwoEGZlEnl0mr9AeJDsgBXC/TtB5PPKna9TGnw1od9ukh/pECFgnR1r+9uJxU"
    "sYpHQD9kuwX1ZQeAWDGzdWIc6z7e+wJpOf+ZGmIjRYVqLg8+Z2a5HTXJz57TMEjDi57vrE"
    "kmi0Pa2LTQM3ppKq0t/YRM+SQuSxmV3r7zutGEixCxcB+O5RmeTr27Ed2yJGDvNSCBnhYE"
    "1rgn0L7FtgHuDOPABZsT+YvA61MHiYd1CbgRNGQOYw1xZTyBzmnEEQhfpDSA0QhVpv/oIV"
    "F6JQ+YYTjOIQhVoVaDmNQv2KJ3NdfxSeMNvPEHre3OpneHaai9hvv9XPMJpjJK8M2g1StI"
    "n+coUItbFGJhk+WLYPH0Juv2iiy+umd8bQG+xpxD+jCX4g95zGM2yZSCH/nx4fx10Me37f"
    "WBtrPd1CFtaILvhWfyZ9OhmvoZxWxUS6pq7Ro0bPFaU5sHYb+j76zD1eFMtH6G5lEM6hs2"
    "MkS2sTSQ8WNlB2P8Z/A1XLAqbx/4F/A/wbfK6oNfZvOIcMxzmeHF66oaiFTXXf0bt0/Sxk"
    "OfUIa4HyoQ2mFLzcBZxDROXAvn3rqPDQrmDp0qDw6BYvvRN6N53ex5ybdcMlu0LuxVi7G/"
    "TbwnBIy476l2PtQ6vTpbecv1HZLwvjyi9EKlkWXiwtBuuGC0lVE0/HCtLV5mSss9PLC/9Q"
    "LPoh7Tys4W2r242Hl8JpSYc9LSmXi4VFCz6W8n0sGgFjVUiBiJCCEZ5nI7xvCCjA6CjtQT"
    "h9SJGr6oyO2a9fxwbYwoYynTcY1j/3STPN7idt2pSair5LPG6iTMU0VzGkKXcU86tslHLO"
    "aLJ56gkbJtNzkixkBUhqoURHKna9e5elYNe7d8n1uuiziGZAJlUOhN3mNUT3JJMUe5IixZ"
    "7EpVjyRguzziNOFl4DJIeXWV9noyxNOn3Vzezv/wPXKCJ5"
)
