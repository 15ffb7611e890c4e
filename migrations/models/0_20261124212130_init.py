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
    "RpCUkI3FJO1UwspD4t+J2+nHv/t7HQZayaR62lMtKfsNa4Rv9taNICk4vYsyZqSMvl5gm9"
    "YUkT1W4sLRXR8ptNTMuQphZ58CipJia3ZGxODWVpKTp9SaOFlpJhadhANhF69+OPV/Ho6O"
    "jHL01kTvUllskDpGsY6cZM0hRTopR/J3fUNVIsE80lc44UE5mWbmD5iL5V1qfktYo229cL"
    "VpryxwqTnznD1hwb5DX/+je5rWgyfsWm93H5JD4qWJVDWCoy7cC+L1rrpX3v4aFz+9FuSb"
    "/8RJzq6mqhbVov19Zc1/zmq5UiH1Ea+myGyU+TLCwHINZWquqyw7vlfGNywzJW2P+q8uaG"
    "jB+llUoZ1fh/jyttSkFA9pvoP+f/3/1qgWai2OuPxKEwEsVGjK/0K0Q44d6a6hodE4pmUa"
    "D++6fT7wYQ+26DvqD9uTV4d3bxiw2Bblozw35ow9X40yaULMkhtUHfoDw1MMVElKw42rfk"
    "iaUsMBvxMGUEedklPfIuinDAu7FhwWZqeOB68O0B8Ab5gXKfDG6X9ykMGHXuhOGodXdPX7"
    "cwzT9UG7/WSKBPTu2768jddw6/dDLrnfXA7wR964w+I/oR/bPfE6Jc9duN/tmg30laWbqo"
    "6S+iJAeGqXfXQ4203HDd/hvjd3suGWxee+0jXCZoVZGvC+lVVLE2s+bk4+nxcQpjv7YG9u"
    "QirSLc6rmPTp1nf4bwtRdQka6HeVAOU5WD9fZV7GBIX5xnAPriPBFn+ogJM3ldAZhdqhoO"
    "6ZOLDECfRJefDdD0URhoe/s34yD/Ouz32CBvKKI7gzK10P+QqpjWvoAO7MuTlaJaimYe0f"
    "e9xdZMEQptCh7M7+5av0U50O72b6KrPe3gJsIO/LpUyOMCm3aYsoRN211OeJkIFdmjPUxS"
    "N2lVMi1xZRYSzqK0wGmeOW3gZ7InFeFzmBK4zDOXPYVpshbz6bYxwjLVXH4ZvFWr3UDrGC"
    "T+YxskcoLLIAV4CbzULvP4xLQZBCGLQ/1RN7Ay077gtQ14h3wfSZuy1EfXWtaPdFdNiDd3"
    "N6uoIb34hi3WQCMXBAFsOQpLa9hu3QqNhDWjBKAfTFxF5SYrwLFlkg0vHdgTafr0IhmyGB"
    "rh9Il+qkfu+G3jjxani+gdSZNmNkT0t9Bv7mLf0Z4VS3J/esxgHHjaTDMZK+F222zGyRCD"
    "XZaDJbYJdlmwy4YV+4WkqHGGC9rUWC8Jg0b41UpQ7D3KWtiz0lgq/DZKN6j4HO32e5+85l"
    "Ery59x3MWJIr/mMSSGqfYFfJ0MtoauMvwOHc0StNUiJsWENV2XNAKza8XlY3w3vnaEb8Lg"
    "Gp0cj7U74e6GXp+S69btXad3jc7IZf9bj949P25k48iMft33Z6eXF1fkqf1r6IfLFNYM71"
    "rdbqc3AqfEW4xxjoyzVVrWOdqpM1lzpOkUL4tJaBFSsNrxzGewzf4MXLYV6yK22RghGA/B"
    "Ngu2Wb4g3o9tdjP1wTa7DeDYMsmTbfYOLybYMOfKssGwzQaeNtNss4twu1Jts/+KzesVHS"
    "//Bpst2GwrsU7U2GYLNq03tGmBcLlX2Z3uMjlhDZAAnCCrcyKrr1zxGqT0NGgDc5cn+Tw0"
    "sBkSenTgJ8vo0RkHERQgjYM0XidpHDLb9pvZZqqrWR58vfbgON7qOHa/MAFvpVkGw6iYjD"
    "KD9HADuvEwjO8M7r1SxnGWUZw8hmMxKPiPlWJgcfEoxSG+0YlKLmlJDr0QZQThCSHdF8T+"
    "nSDGeSWW7LvuTb/fDa33N51oENUDNQS8O7FhJ40UR1CMK+gETdkZlkwbSUL2UojocNaR4y"
    "jExzuMYcfIcXpyfnl+dXZx7ls6/Dtp5g4HyJjumCx/BwITvLISjHzNG5f245cBVn0pmK3r"
    "BItYVGwfTNJ34u4bG4MdgQoHb9cRqo1rY0eowr6UOkJlYtPcfUgNnV4ygMRnTEg6RtJKVi"
    "wRP2NKtNsaRXsSaEc1hep3fbIjRL/qk5piI8m7jh65rqsQEZ+kqS1A7QxRa+oLYjVFysS7"
    "ozTEtUVoKi2WkjLbdUtru93UHSZR0UxlNt91SHWcXuqKlq3hPerGYkeYuqSfj6SbWuOkLJ"
    "a6YRFlT2XV4Mk1quyePipqFa3WmQErYUzVGR6RfhBfdKMMoHqkr2+kq3oDplu7zjwbK9JN"
    "rXEyLclameJ0LmmzMgAb2v217e5qDZwlzUqAayTN6orS0lCepelapCZ4bO4qXN07vQ2czm"
    "qqHrtGdM3c3cxCB1fb6amuA8xGS5/8jqclWIQpXn2vr/oiNpNUca6ru4sRpKPPulpbGcLA"
    "Fpk5NFzNWO0swg+8zgar+krxC0yDeoheRxZ80nKqqEoZnhqqKQ5CHdYaQNJEK2U9uyO9tf"
    "3Oao2ZLq2suS3I7jpR+y3SE5Vg6z1Ll9LOov69VF/x3sEIazLpSZwZ0s6y2L3T1yfaVV1B"
    "e8GTua4/0Qhk5Rkb6x0h++Z0d+v2VnfUzNXEf0k5yA0DPdYJvX0Grd9LpkltbANsYvrCWN"
    "R6uEEzLWx96TYl0pDXFgLXIXA9hjgErlc3cB2qc0F1Li62Sd4nk4dJ6mwqeGwCnJhQHf5C"
    "YvJuIkhKYjJky1Y4W/ZeV5XpumXXGLT5w9I9om2aqeqH3VqUws23HlgpPCsyJq2R/ohe5s"
    "p0jpyOkIQodMgrg9hEkiaTFvTIySdyhzZWMSLKCXKDGBF+VUzL/CV+ZuWe3gE6EgcLVBN0"
    "JNCRQrv+Mza8tIisClKApIYpvmdZciPPkpMjz2LZkSBYgWAFglWKYPXVXVASpaqvmxVnq0"
    "gVWJ3AogvSCkgrIK2UK61wZMstX1bBj480IuUZi7IbZRGfWgm23Bhl2tSq4LRKgZpOjejJ"
    "IPiVsTIlHzbkta+FRJ224pR11lCOQg77lGBo7BuNgGiTjywBJvQ8VX4x3JZkUMjZzEEgvo"
    "D4AuJLhcQXOrNz+6NDRLXYHvbtkAZPZb4tmaNZBJ7Kw+xNYFCrp0HNq3LEkEQDBZCShVAz"
    "0GirN7KFTDIk3ivaEaL7te36G35uvT/9cEGdh/TjBEsGNpAdU4UUE5kWGUdy3Om4W1cg7n"
    "KwpIC4C+IuxF++gbirLClPCNsYmQkZjrkOkxfCu0Ky7j6OurZlAbIfswqyZmBAmBwYkJ8B"
    "qmRaoonJspF/g4nS1nCLqciWkkn3g2Dzn4LNcETwz8Blbo4aqw6P4aQxMJPxA+nuZrKk5a"
    "AEaHMe3sbnGrDz2W3ke6DeQ7f7VhZJe4AzzJHewE+2RTp60aZWMvjDwUAIBsI6GQjxQlLU"
    "QjYTn7IWDvFD20ts9MSJIr/mMcyGqcAwu9Uw+0jeKrJPz8swxEPUMMwLDPMlgawY9j4lWG"
    "Pzw/67PhEtxWId4Z4B+hA1wF9g1HuVjfI63mKEtVh0IgcffviQYZUnrZIPP6TPIrHeurUU"
    "TUwk0WIOoAg9DPr8g37xKIlYo1gw1LXUEygjlHACZYYTKO0B6zjOLLxkAK7MEg+ijNMWOo"
    "ySs/HuHk35t9PTs7PL0+Ozi6sP55eXH66O/TMq44/SDqu86XyisIfYE+eDczgAe40XtNUi"
    "ZigLcWJDfciDbU1sOGcQHLXao85XIaedouFQXSPn71gbPgzvhd6tcHuN/MuxJgxaQ3rL+d"
    "sosFOcXGTYKE6iyvNmn6CPwtzyCmeI8UzVrFt0Shd12DX2nom/lAtamcKUYGXixcrEcDPG"
    "q+rTzWYHV2MSPfgbUx1kMdjApeONrC0unaQBl9uvAydYw7HM+zs/KFrCbNcq7IwCanXELZ"
    "Tnu/PJJeHs4jridejjvysJkv6iEen0cCc1VmRnjYaOlnTmp/Ca48zPKkIFZ8PlhmxlSjMs"
    "4ufdj4Z7oD0JzzU+Ga6cI/SoKanmR+iVdXoehaqWp+ftM3KttZIVy5mHjPi1wNNmWhSbRN"
    "s564LdEILYIIgthjgEsfFpXswSxEYms26IBYLtY4R7NSgeMrCqnPwFBx8nHbgIskFKsNXG"
    "sM3tekoQMUrzFtYp9M+SDLJLOxjlADlCBj697T49FzLWArEVZ+baUBbKdRrO5spWHnKHDE"
    "fpAOqtUEM1hzcOJZOxJSlqGvq/Dvs9NvoBWoA+P/SuuTHnYh6mqgPu+15jIO/6gHEQEAKx"
    "h6zWNy6z96s+aTBsgvR2M80Y+LvbAIyAYAQEI2CNjIAe7ybrnPtpjBB207Cs8kS+PVsa3B"
    "7h7tFybLFq3Amjljj83mtfI/9yrHWF1q1402p/+djpdq9R6KP7tHN33x+M3GfOB+9J7xMZ"
    "z94T+8NYE35zmjt/nQj5h4HghMiTi7E2EEZCb9Tp98ThN0G4v0aRG2Pti/BdHPRHLXrvGg"
    "U/jbVvws3nfv+LeCt0O1+FwfdrFL0z1u5aHfJj6L+k/efWaNi6vyfA9G5J4+BH8rQ/+PKx"
    "2/8mDh7Im4Kf7F565Iu1em3B7sz70CggW5dvj+I9JyO+6RKpxc3I+MeD8OBmS+QYwQ7VNX"
    "L+knH00OuRUUfGj3Nhj6zBd+eWe0XzNtptQXDzNtzLsfaRjA16y/lbhKPl520sDX3GtscM"
    "F5KqJmY6BekK5TgV2r+P97V5OxlOZ6eXF35OE/2QlsU0vGt1u/G0Jcmy8GLJCv9IBzRIB4"
    "CGUn7Xqi4xtslkS1WAJCppKlML/Q+pSqZQrWJZYBs5f7JSVEvRzCP62rcQ9SlE6YasqM0q"
    "IrPQDuKGLJN+/xz82FDsxI7qiIB7wR0bhs6oypZS08QjqJ/Z8MPxcYadkLRK3ArtZ1HjuL"
    "xaYvEJr/OgHKYqBWqOCsecZgL6NAXo0zjQxkoTpUeLVWNwS/3TICGUP+UnLzFuNCDCvlHM"
    "VBSmBC7zzOVHRVPMeSE2R0iBzzzzGZLLk/fLahp+GWyPR+iDKxVcqeBKLe5K7a+sif56R8"
    "t5MjyqgafNNMeqbrcTvaqg288uE2jaLCJkM52AjCjhEbpfGeQ7orNjJEtrE9liNFIs+7Qx"
    "rFno3fBeaKPx6vhYurz4JX6KWVmdgpOXg3WoCU7en2ivz+LkrdBeX71sD4L7LnGvYfJaVK"
    "48dPQlgTBvfHeAhGMfOzdxl244fKEBHqCF0V1gdE90eS1aBN5C6IeoAf8C+CfH8bAR33fs"
    "zht6Zs6vMiws51eJCwt9VK2gE4YLmOp0pYadDIXe6BrRf2mg0v2IBijdj/gMKYEIiEa5ER"
    "BUky7iR9mQgXGdHyuro3rFDIFvY6BqhQ0sm7vN1LIfciY7VK5A/3/FDKALbElUnfw3mIfA"
    "PFQNSai+5iFvMuYQcgMkNZRzy1eg2YcpJeN7+OOTGvtaqSIqRKaYo/OUmKPzeMwReLDrtm"
    "xl8WCn6Y6J0Ue76Iucicn7TgjBj4+07t4zFvMjzaIFzLdjbu+rnizlLTl5FjRmB6Ai8rOM"
    "JYhf3kZUmOfRDoDnPPNckr0DovNWiIsSQuTVn1FkzYSyWqmomklltXYyG9QC0qm0WErKLG"
    "/oQIQMYOW1mE194OU2BJNTiMuLwYwvwSWA3JKHuE4l0qPohrad7bh6C2oJyLYDXdUU3Mj2"
    "k2nYuqJVKUO3temrknJYltEbFkXzRmcHjlyD81/CWO/3fAB/bDL9g4GBm+YmDE4WcBeCux"
    "DchTWwu4O7MBt3wV0I7kJYtrhZtrK4C9PsrakHlycbW2HxYi1e05VhYG2aq9BKkOaAi9jD"
    "MG/0bkGUswROJ8dNx8Km6eryH13DYt6NIkZYP6ds+QPaWwOS3ODJUc8xwkKxz7zB7UQ/n5"
    "6cX55fnV2c+yHQ/p20OGhWCLSKp/THx4C90XUVS1pSCPSGLALrhNDta83w7wSRzav0ZtfO"
    "bvr9bmiDvelEc1Ye7m6EwbsTe0CTRopjf4njbJ/Obq61aSHRJ04NHmZ+pJ24lgbeJfAu8W"
    "bVbJZf4SNovt/Rgtyqk/047o/bGZ1svrgqAuS5inaEqIZOtRBMimYqs/muA6nj9FInkPbr"
    "rKHzjumocSdkqpPGdcSDgwYcNOCgqYGlExw02bgLDhpw0MCyxc2ylcVBA/lckM9VN8xlSV"
    "HX4mQlz1gBsSkHD0ToAOvtWKvKo72qF4CbQQqIb0dcJ99o4dnvZrqk5sGcSVw/1PdQjI+e"
    "oVAoUTBMCf4bfoShuBKHtWLJoEE64DDPHIZc75+U55Dr/VPxHHK9c/EXEpPfGlYIHYHQEd"
    "58rM0yEpMhgTYPxJBAW50E2sMEP1VlJIfNgpBbfMBwFX9dZESsBNfM5KCV4CINYSsQtgJh"
    "KzXw/0LYSjbuQtjKvlYqCFuBZQvCViroZIawlcNjrttHthHc8oAdIqofyuXvxhAcBMFB9U"
    "UcwlR+BuemaenLgkwOEAKPeeYxBKr8pDyHQJWfiudcBKrwZrmAkApO4YWQCh5CKt7M519V"
    "lMHpX7uSJ5VECIp5ZAAJYkcOGTviDSZG6EhgnG2PHBGVQOttESSNvoaRR/kXE5FelWdsrJ"
    "Gukf8wkqU1eueu2IjqKIjWz/yliSQT3REdBxl4qRuWiRTrCLVmREiZUS4jRUPDf3SPGhG4"
    "D/A6ZuRLMKqGaluxkJd4cMymGYTCQCgMfyt4RX3KWUJh7KnH5HeSR8jaal+pIIdTOEq5FN"
    "GxlcWScMAk72Bt2cossUxvhLBQjd5C0B3va2Y4FXr/dnp6dnZ5enx2cfXh/PLyw9WxX6o3"
    "/iitZu9N5xMtJxuaDfH6slNVmT7lhH5DA6gXQ91cYo2xE9/iqbKQ1ATfi0cTXS8coiOXuG"
    "oMSFsuhHbnrtV9d3LVPI8USt4Ee0U9mGR/mc7zjWefBIZzseGcoHElAu63rw3gpdVVh3MY"
    "Gvs+hwEiPpNxr6Z0niXiE/xkkNFdLVjB/QjuR95MyU3I6IaM7rohvLN3d5/+FeqKIlxbNB"
    "gOFv9ZM83DQrUt8dFrBsm54JEAj0T1dR5Izs3GXUjOPYyRBpJzYdnKsGxlMdUsiSQkFli7"
    "onT1S/jaS11iSITeZwqjPpXUXDvEhqJ++J5cZMD3JLr0bPClj8L4kh9pWuzogV+H/R4b4h"
    "BRdG9Qphb6H1IVc28qb0ChmKwU1VI084i+7y10CgpSaFvwwH531/otyod2t38TXe9pBzdg"
    "uQTLJV8QH/YYUwg5PmjI8YJG035UbEDiUcebp82tZjHFbkxe7LbeGnjc0tBqqeqSjGXUHn"
    "5FL5JC1u8ZetQNpNAIX7tD9Ls+uUYmJhu5jCQLkblsNZEzuGT0MscasuaYtkJYk814wPH+"
    "XsOw4oGpDkx1lVjbK6rzZjHVkV9qYZbHRtCmxnpJWDTCr0nxmBvaWtjs0tgq/DZKF1d9rn"
    "b7vU9e86gMG9GBlf9gcbK2cJ4YtjARBLJFA9lAB9hrcIgnHZAhmBPdOCWcUAH6FR+RIYGx"
    "WQLSDyauoMUsK8DxeRzCl3wN1Hvodt8ybqGRELOwXTHLpIyVEargaIHxeIV487B0TUmaKN"
    "4q7HdKauXY0EVD0p7SmuGFpKjiRJFf2c+XZNBj9zlobaC18blj1FhreyQ/WGSHAGTQ20LU"
    "oLkV0NzsBbIQ9j5lHZxsbwK7s+/EsE+p6xyi2hPusc2lwr55e3svNLp9Shjd+Ud3QKrKMb"
    "rDVDC6t45uSTNfsMEwufnjO9mBH6CFEV7A4JkS9CNoq0VMvy4zACiDzBLXEKjWOLTfe9QT"
    "vuVUDRqE5BqRf8Zau98btdoj4fYa+Zdj7R8PrW7nY4fe9S/ttl+FgdfWuRxr3f5wdI3ov4"
    "0C06j8AJiIKhlm6HAhqWqyCTtMejgb9knMiO3c2clyfXZ6eeEbremHNHv18K7V7TLqMugr"
    "Y5oQrZVhYvjUB4zutWeG/eKju1aPjN68k+NOGLXErtC6FVu3w2sU+jjWnD7JbfvvWGvdd6"
    "4R+Wesde7u+wMyFZy/fEyGpSpZXqZL5o07QFOHzWTfGIfMZjlwjtLVD+vyZSQo4r67AMWR"
    "SYkR/B63KVUr5+GgGkk1DYlZUh5UybREiR7EpFjrAqxn0cM054fh8WmesH+m1iEBdz0rFM"
    "IpG50fzQ0RIMpZQZdaoiqvlqoyJT9a1B9zIssgBXTD6FIVLieqARJAE6L3DgnvC/nReXEN"
    "0MBwhYg9PiL23qaWE5+DeKdSTpt4vbhsWwK4WY9FqSiyIXE+E66lYFprQDODyba454YzWM"
    "2qnqAGBM4MsNobfgm41jsMOigWZQA1qEmVNGbriy1D7cwdY86AHjKlk46uon/FF90oI5m8"
    "R/r6RrqqkcQaxkovZST19CqfspIOkRvgMZ1L2qwMrJwInLbdXV0xs6SZaOgvJaA1kmZ1BQ"
    "m/+mUTdgRKeA1Wa6jhkk6fYm3XIxvpeGo7PdV1TOmT3/E0oZRTXqj6Xl91BesFT+a6/iS6"
    "JxEqu07Db05/t+7BhjWai/vOcfTFrIRcx6AYtqUYjS/92W0znYE5UQneyMYcLbGBKDXSH5"
    "GEaI9/MRHt8xq9zHUVv7cfmlgypnP0opBhsLLs+jC0DT2LckpoDPbhl3t6z/ZiNPGkR9o7"
    "5DxCziPXi3hFQ5Wy5Dxu5l+M6cnBnyGiWqQ67jv0MzHCNnkdSw6uBY8rOLTBAcubbNosww"
    "HrVcs4jCG7qtAGlkbeDnexDZBJyoNrnNymOHjNSq2YEpPEvaEWkN5ABAcRnNOlocYi+ESX"
    "GfWxMtQF8AhrIYEfOmuasGSu543aCxFB2B7oOKDjVAle0HFAx6kKtFt1nPhmVgKo9Y4uC2"
    "3f3NXXDMVjJKiQ0ZiNLapkKGQkmx9qNMfIIUNzxbR0Y73xDNkuIbTQn7GMFKuJHg19QW5J"
    "5NLS3Qt6TkHc61Rar6DZgmYLmm1FNFs6k8XdylNFuuC4zEit61IRJu/Gx1AHPBssas1GRx"
    "AocMxAjBCMH2D8AONHleAF4wcYP6oCbS7jx2ZvAgPItpTl6DbOnRGEplkk2D7cDIwtJg/L"
    "bbX97Ef0aGD8nmZxIsJWrCKiYDsWib8j0ouJJAPb4bHORDftiY7e/SDPfqBHRbWw0UT0E/"
    "1y5o9fGOc+7uUVzONQvHXFxm378SebZmAUAaMIfxtFjY0i7ANGkoNta3WkCMTZcq8ngBoG"
    "ahhHEIMaxrEa9jZ6gmBI5srAI31BhHx6NA5DYYi1SdUcsNOayNTB5ltVCDJQsExkenWNJu"
    "tgVh02r9HS0J8xkfA15PZOLmXSSJ8+mcjA751D35vk8hmT7pGmW3PCtLgWsbe3wOHxHOwH"
    "oCCAgoArK3QdsmB8OSLt5uCKvFmPcUo4F2yrQgaHCx4EZjjl7iAwk03HZOlm2WIgNtQ823"
    "IawqA1fBgI18i9GGt3nV5/cI3sP+QTPVOKbJTkH6FLdst+zz1nKnRvrA2EkdBzHvuXUeE2"
    "CxtPs7DxNJmNpww2EgDNvIcMhKkgACKy0BP1o5CoGiKsoaRaEcnUwyTddu2mpma2XbvtOQ"
    "7bK7i3nB4fZ1mVjo+TlyX6jGEPfCObil25rT1faU8Nljkl8LiZZklZGsqzNF2Lbk25qU+R"
    "qQBSSxi+/9S+e29iScUyMlVliu1AcQ05HaJ/du7Ru4m+ImNARgu8oJHkE92a2xHi6MVQLM"
    "JD2wZiYuOZXDPcsnt9E9M763RJH5v4j5h7FqwsYGXhc++qsZWFTsQYu5MP13VaH+5Q3X0y"
    "1Tlh9/Tk/PL86uzi3D9m17+TdtZu/JhdOrHiUN4ommSs2Wh6FBE4J2u3BnDFAE1B64Ymng"
    "cnBNn+bzq91uA7O3fdax8c7DffR0IrKm0722u+DSJEBM7YdGfsZsve0UeYqyYup9Bu9RSG"
    "hhZXvsIN+olircebzFLto0eQJchQ0RRzTkTIjVjZRK7UKVmIjEfLLquJFMtE+ouG6OKInv"
    "C6acuVpNVkjX781aE2//pfS3/C2p8/mMGGe3wV+Ao5WK5AigUpFsdkL5HM4DjPM9QPChLz"
    "bJEuxdS2jxpCNLCbNd8yprb61DyD3/h1SC349N+x1h5+vUbknyJm/KsM9rKrRGvZVdSGby"
    "r/waKvMUR1j1myJheiq5NC97fT07Ozy9Pjs4urD+eXlx+ujn3NLv4oTcW76XyiWl6IE3G1"
    "z5xLpx8u8liDNxQ8D3hunI1EDlPITlHEpRKiPMyOzkkkCE8beCaXikwEcVWXWGdEDReSqi"
    "YuZCHCw61jx1GeHu+8cJ2dXl74SxX9kLY4De9a3W58NbIdDQSdlcaYLYkYRqgqjWJp9rw3"
    "9o7ztsyX4x43V/YhNmKBBBUGKQQfsNFdmbkP4maQArqpllF3ppdgGr13zGqDTYfVXBu2mk"
    "fDi+P29JTgoCwB53ontTNmcHaED5sIVHGEd8gHikhqpZwz6Iej1GTV2OvpZpG1luEMia/G"
    "2x0igb0gW4SPS4CkCT1HTCd33MF1hH4Esxd+IMW0f4KT+PSoG0hyokwfhsLA7+Yd+b1rWj"
    "3BTIjz2fP7ihx5tqmDZuApVp6hQiX4T7her2rsP7HZFON3xpKGLi3PxsxGq90WhsNr5Pwd"
    "a/f9wah10+l2Rt+vUeADDddvjzofO+2WF7If+DjW4kkB/ZtfaRPa1r+06yAOhd5IpJy7Hb"
    "S+tbp2QcTIvSL+g/LTADyx5olgXnQQRPvgfTD0H3ojezTQi7HWFVq314j+6+Z10N3uerPx"
    "FWFU+WUrdys9uv+6oyXYvhv3Qu+20/skfhUGgVnIujvWnE+01qh3NdaG7c/C7UOX3vQvx1"
    "qnJ94P+p8G9hoQ+EAn6t19V3ALlrqXdBGgM5ne9K5Iy1avLXTtnv1LPiYwLWemYbXowAiQ"
    "cz1t7x9uup02GQz237EWn8at27sOGS32H2ciO3OYk+lbHdsnJ16sPHlXNFU2DmmG8A+fsg"
    "7ZOYcO/YC85sPlNRca3T4ljO78o1vGFhmoDIkrS1TZhhagL7CwuCHGO4WWxTrhmBO8BpiR"
    "dz0qFD9aS2Wqy7kSX5nE5QiZ281xB1vv9yDRE6jEuWTO84EdIOJ4pHOzq9qAFQ8vY5CXYP"
    "XkjAcVMXJmijGzGSZZFl4srdxxZjHiSkdJlRFrFnTb5Jw6EdIaOgvqNG+esaGQH1KE0RFS"
    "WB955rO8wgVYvKE6CHc5MU1VjrnmdI7llUqm4iPriNR0HseIgdUcs3qqL5Y0JqmQFz9CCy"
    "s2z5zGrxamhXlEWVrnlmhjxD+9RGsjYpL3p5n8qIUmBVCfvA4a+KGtfgambi5qLEoqMZnB"
    "8srqBJiRnxn6yiK7AcPelzwDAiTRjUOZWuh/SFUyBbhXB3mKRTryUZAj2wDtIIr87/okp4"
    "N4QwFZG9ElZaHYu1wRK0WIFEQhnkWh1VIuGLgapqyhLaqigasMtrvfnsNDAqozsyGfkM98"
    "wrc99opPhPdz6hWkFZaYVpjltNxoWEcpaW81KyW416w3mpfZJm/EGjPlLfi4ufVo4WmgZa"
    "ZkN+e4ZbustH3o719M5PaB3pF3YU1+T7PNfrmm+WaLJrJzzAh9E1lEyUfmXH8h126YMju/"
    "rfxXZElp87JmlyuDrPX2aAxkQUEqG6SycboIVVQjyJLKFpiLRUIGA+RcJ0O0eq3u91GnTX"
    "PavMuxdtcafCEc6H0ShbtWp3uNIjfG2rfPrdGwdX9/jbwrN+Op0xsJnwatwDk2gTvRNfdt"
    "ouJmhqRR4OPCg66TpVhjT+YAVbTQNiHjh6VlrJY3/X43NE9vOlFD78PdjTB4d2LDThopjh"
    "THqGunr4xprmDPDQXPM6dg9OF5lrDa8+S42vNYYO1SV5XpWnzGhsnU+FLOK4tR1sG9Ecb7"
    "7DQD3meniXjTRxHn3rMiY401pLO49gLEdQD78I69qW5QU/pknbugWpQS7EhhbAvkE5aTR8"
    "jbil0OnNyYlOsDL7dWT04h3o/Z87A1vqoK7Q7FvfZtwetP3MCWRoINb9OgudWKp4fabj/B"
    "Q0M+BT0fwzGzIUtHskK2aAstJOMJ22fB0ZpRRENf0LGBZDxV7JAoxkkdpXTJPGjOG+p2OR"
    "I4Zw7MctVYo2psltuluFAligrddmipKNE3uF2j6J2x1noY9e8IM27FW6HdGXb6PWq+i9/k"
    "w9wGFqA9W4BAKQaluCJwglIMSjHvmhsoxT+fUjyT1M96RI2LPWymK8OkmTj32m1VhL9gvD"
    "SDFZT/YiJDfzHRo6EvEGG+uTKwfR66QUDSHF2N/FHJZwKjieW4JlxSn3A4JQfLehNUX1B9"
    "+RBFK5NhnUMQLRCKfqgQ9OqBuVOS5U6plbwtP4f2hy9VaVpE8Y/SgdofHdGOPFQo2y9ECt"
    "l+/KR9xfdUn1kFTGdRSphDYOvZM7xg63krW8/bGCYGtL7d0iJsazAsE4GnzTTThOG0886m"
    "326bEJ6xsUaCfPrhw8nf0HI1UZUpItTImksWwuQpMslowjKSkNv5Nfrx16MXrKrvn8haq/"
    "31j5WkWcrre/fxe0L9w67aYJJO8CJuuzjQO8G2wcEy1gTbBtg2Im79BK8+m9VPzNlVUGXk"
    "qAL0Hir+2wupt/RnzgwIUdVCM98H0DFx7K2kBNeYP1jZ35MhKAQbbJEV3Kai4bXNFNNny1"
    "GmLUdRp4PvXqAnP1KHxJSMlJlurJvoRbHmikZ3ZLRUJYvm0aKJvtLkhNC+0npmRvhFxWav"
    "N4j2A7GgKitbfcUCfzYy964MR5IF6HnexRKOEhTb/d6o1R45Rwp6n9xnrd7wmzAYus/cT+"
    "4z8irBe2Jf0+Tc4bD1id71rmgc4W1nJApfhd7IDiDcfBprD7SN/yz4aawNSQ9O0KF3Nda+"
    "CTef+/0v4q3Q7dBj9Oib4vfcJOHW7VAk48s9Vs3/ONaE3+ghmuLHTpfSBz/5Z2EO/RMw6f"
    "mbg87XVvu7OBD+8UAGG3kWvUO/bXsgjOwva19Ed5m3SSNkV1pNLLJ6+Nqq+1yxnFKrpyfn"
    "l+dXZxfnfr1V/05a0dV4jrE0ZVu9si0SG+rDLRENXyRr2W8/IlNEGAk59+SGQ3WNnL9kQv"
    "f6ve93nX8KNJvfvSwy3Ms/tBDK6tVt/2b4V/gtq8cbz8EFAC6AbMr9g0nuC88JFbcCT5tp"
    "av2KthPxc+Z6W/eGLq+mFiJfS11bytRsItMiI0hGtP6VrWrbijYNiiFquV87xiuXFdflS+"
    "kxSzUtKJ0FWjv/y1NFd/0sWjs3u34dY+3sv0xNh42o155n80dBI/7J8XEWNeX4OFlPoc8i"
    "DhPJYpyWmeWEZJcQyvoUKevziA2DVUU3UwjphhjAzw/+m4VC87a67EUpO2xxaE4h3aqEJV"
    "WFfnPlCxsp9Y6Dj5vp6hf5eTvVO3a1ImYx4u2ljLdSZ9GrvJEMVYpB1arUIgSqFg+qVkW2"
    "cqgBDTWgoQb0NdSArlIFIKgBDTWgeVxDwF7Bp5AD9or62itSq7uGGzS32ix2ru5Ke0HvpI"
    "m+sqh3VzGQ/qIhaTrVVxotT7M09Ck2TcIThhlj9+6YMd/eEIeqrmDGqNDaVGMzBlR1haqu"
    "nLCKG50OxFwQc0HMZYq5hE2LASbffqqoipQk6zJapQq8C0xlEkIkGnGqraLvraSoazTVF0"
    "vJUEwigumP6I70SIRS+zgCW0K1kxYl++zQTcAjfWx6sZC0gcKIniy/+0zpkDYcNjAKiMog"
    "KldlfauxqByakTmkryhdDWWw8qsn2KDljbgMER0wpWxfq1dE0M0UdHmeEnR5Hg+6tMelvY"
    "XFgU5MiQwTFUqM5MySXnZepLPp5wY2Sna4nNPjigA7nePpU7GtN0RZw623IlstI3sxvtdi"
    "w9AZWmLy0u8T1MGvF3GiZlr3z1LW/bP4us9N+FKFZhHkh0J+aMAWQo0AbV3Tkn1+kRbNrT"
    "aQabhxpljlJTZCpZquHduDrs3eq8ozlh3PnaU/Yc0+gOKFVnVULPQimciNqmKHMZfV8XZz"
    "B5g3wLxRjaWrxuYNewFKdH1kyAaLdlALO8ehQ6w2IE4U+TWPBByn3BcD6lSlc4Ma29iUa9"
    "zvZHriTAc59MCXpjR8SLTFiUJsiHYATMjPBBs8Eb8uFbKvFNj/WfRwDAfPhhaialorRjm8"
    "bBFAG+oDWts3GtXQfv1Ru9/rCe2RcJtTzG74hHZhQ+fSroTYGdiRQt6Ve4+2cy/GWk8Qbo"
    "fiQGg9jD5fo+CnsTYQvva/0NbuRVS9yrLVlV8IztXJRHOq075iLE+Om49TRie1MrXQ/+yK"
    "/3tj+0axmqwU1VI084i+7y10K4pU+tobXWYjM5d2EF17ZTxVFa0QfxikwKDSGaRKpiWaa2"
    "1aSDWOU8PGyPPGaPMrtxsiTFUHEfQAvgioUJqMfjXtTYwZFqtQ6tq6i5wAxyCFBHrw7+0Z"
    "XvDvvZV/L2nZKAHqjGHkfK4RWxFmLJQhhMn3QL2HbvetXKj91sqaUy0eNxju08DT5lbXqU"
    "72mrlo+q23Z0wi0tgg2CAXJfSo6i+Ok9Pu5i8m0nQyeJrOUTbI0m2PZzPkFLU9nwaWFYP0"
    "8GAof0c0BVLF70lTRlrlYd4JR+1xsF00wcP6E0m8WTys3pQVV4aSR6mM0tXCsRrJkjzOpF"
    "jSZsmZksdx1bK4K6N0JwZvDKjIxMpkrFkVOzB+BYfFV4O/oM3u1VgACc9gHDgwxPsxDkBu"
    "eYVzy++lGdMMYN9vbjUALL1m2zT/ZDwzJWZDTjao1NVaF2qsUhdIx4ZM7HwRsvwfe1Pl/G"
    "sIe+Uh7FUyn3IFXPkEEGaVzowCYVYmkUen+QuEB8kOWCHcvxNEPq/c+TalwVcT+u0m+ZEO"
    "EQLW2bG2v51YvIRBSjdgvwT7ZQWFVzC4cWMV4jzb/h5rMvmZn2gqQoNlJQo+b263FjnNxZ"
    "nfPkPAiJPrrk8siUbb07rYNHBjKqkq/Y1N9CIpRB6b2bX+ftCKgRS7cBGAHx6VSb6+Hdux"
    "LWLkMC+FkBEO1rQm2LfAvgXmAe7MA5AV+5PJ61ALg4d5B7UZOGEEZA5zbTGFzGHOGQRRqD"
    "+F1ABRqPXmL1hxIQqVbzjBKA5RqFWBltMo1G94Mtf1J+EZs/0MoefNrX6GF6e5iP32W/0M"
    "ozlG8sqg3SBFm+iv14hQG2tkkuGDZfvwIeT2iya6vG56Zwy9w55G/Aua4Edyz2k8w5aJFP"
    "L/6fFx3MWw5/eNtbHW0y1kYY3ogu/1F9Knk/EaymlVTKRr6ho9afRcUZoDa7eh76PP3ONF"
    "sXyE7lcG4Rw6O0aytDaR9GhhA2X3Y/wrULUsYBr/N/g3wL/B54paY/+Gc8hwnOPJ4aUbil"
    "rYVPcdvUvXz0KWU4+wFigf2mBKwctdwDlEVA7s27eOCg/tCpYuDQqPbvHSe6F32+l9yrlZ"
    "N1yya+RejLX7Qb8tDIe07Kh/OdY+tjpdesv5G5X9sjCu/EKkkmXhxdJisG64kFQ18XSsIF"
    "1tTsY6O7288A/Foh/SzsMa3rW63Xh4KZyWdNjTknK5WFi04GMp38eiETBWhRSICCkY4Xk2"
    "wvuGgAKMjtIehNOHFLmqzuiY/fpNbYC3mJ5zZawbyWZAv0kzzRLoGQHlYOtMh3u5Ig+tA+"
    "cSI53ctq2J9Cb9EMwKYZ/kVaiXLJa0qFMhbIrxkuTBqgZWNf5sAjW2qtkTO6crNUizX18q"
    "JxtiDs+0g40NRwzRbNaGcA8829QaXaF1K7YHQss+FyX4aazZnx7ubwPP3E/uM2HQGvqPnA"
    "/UMtH52mp/FwfCPx7I0Bbb/bv7rjByLBUJj8banTBqie6xLJ1+TyT86n2iNAkPxto34eZz"
    "v/9FHJGerlHwUxG7x3m2bP+UZP8Eu0dBs8dhrR4n+1p1y7N6EPFtJalxNFOTlzdEkLicJX"
    "GZcxtrXGiLCOZlW1mH3p2hf+eh3RaEW7oy+ZdRuytp9aVzf2+3cS74sMS+jXeoQtaRfTiH"
    "zOkcyyu1WAWACG0N5fKKyOGZjFXu1l2I1VFaMEvyzOm5ZS3FpN0yXb6LkBaS8TjjbIlSHo"
    "1Ms10nCwawiZhGqGqE6enJ+eX51dnFuQ+sfycNXXAabik/n0G0Ok0vPh8rnEekJ9FdxQus"
    "/wxy2AJ43gLs+J2lHZxagN1xauA2z9xWsSTnNLEGSOC4Ojiu7oDwhgrH5YOXQQrwQqoVJ6"
    "lWwdFZAtSu8XAY6bWmiDOm9nbE6SZWAtJdt5tKbnZbkQ3s9Fydt8ga38nBLdFpsD3AJTod"
    "yz2LAQrSQWhJJRbgGoeWrAyGxzXZZuQ25zngobDJ6Pwqk83o/CrFaEQfMmJNcgWYbyggrD"
    "zdWVekGn3ukkpQSWmvhwOQzYOx4WRwWW9Ia7EaHdprvTTws6KvTHEHFjD6qIMv4eABBDZ6"
    "oqFbBQUwZgdgbubZ3EyUKOWZEX6aGuy2ITpgsJun7AQZ6itAHIe60Zfi6YoiJj5KiroyWP"
    "t+osc5ifwNE1WPd5B1S3Y2y4pJf1qRxSpCCssUz8uUp9pP1jndDDFC8JBFquMt5YK7fZgS"
    "zC0cTyj324NfFBx33EB8iIODgrWs7bh9hSV73bi0H78MsOqjmurJC+bn1gT+P/fpIGoR6K"
    "fzBsMn5D5pprmBpE0bbhw/iQI7c0lkiOfukN/N4cN9XGiyn4dMH5O5HiZb/QMktbC1RSz/"
    "Hz5kMfx/+JBs96fPIrmBZFLlQNhtXkN0TzKF4p6khOKexENxyRstt/5qVjN+gOTwdvy3EZ"
    "xKs9i/aRmPP/8PnL4CFg=="
)
