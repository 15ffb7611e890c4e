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
    "ad_set_id" UUID NOT NULL REFERENCES "ad_set" ("id") ON DELETE CASCADE,
    "campaign_id" UUID NOT NULL REFERENCES "campaign" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ad_organiz_14558d" UNIQUE ("organization_id", "meta_id")
);
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
COMMENT ON COLUMN "lead"."status" IS 'NEW: NEW\nCONTACTED: CONTACTED\nQUALIFIED: QUALIFIED\nCONVERTED: CONVERTED\nLOST: LOST';
COMMENT ON COLUMN "lead"."source" IS 'META_LEAD_ADS: META_LEAD_ADS\nMANUAL: MANUAL\nAPI: API\nIMPORT: IMPORT';
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
    "eJztXW1zm0i2/itd+rKZKsXjyI6T1b11q7BMEk1kySvJyWRWWwShts0YgQaQbe3M/PfbzZ"
    "t4aRAgkICcqlSMoA9Iz2m6Tz/npf9sLbUFVowTbiVPtUestrroz5YqLjE5iFxro5a4Wm2v"
    "0BOmOFesxuJKFkyv2dwwdVEyyYU7UTEwObXAhqTLK1PW6ENaHFqJuqliHVlC6NX3P16Ek5"
    "OT7z+1kSFpK7wgF5CmYqTp96IqGyKV/B9yRtkg2TTQg2g8INlAhqnpeHFCn7rQJPJYWb0v"
    "6wFrVf5jjcnPvMfmA9bJY/79H3JaVhf4BRvux9WjcCdjZRHAUl7QG1jnBXOzss7d3vavPl"
    "gt6ZefC5KmrJfqtvVqYz5oqtd8vZYXJ1SGXrvH5KeJJl74IFbXiuKowz1lf2NywtTX2Puq"
    "i+2JBb4T1wpVVOt/79aqREFA1pPof+f/53w1XzNBGI6mwoSfCkIrolf6FUKacE5Jmkr7hK"
    "yaFKg//7bvuwXEOtuiD+h94savzi5+siDQDPNety5acLX+tgRFU7RFLdC3KEs6ppgIohlF"
    "+4pcMeUlZiMelAwhv3BET9yDPBpwT2xVsH01XHBd+EoAvEV+4GJEOrej+wQFTPvX/GTKXd"
    "/Qxy0N4w/Fwo+b8vRKxzq7CZ19ZetLI2+9PR54N0Ff+9NPiH5Ev42GfFirXrvpby36ncS1"
    "qQmq9iyIC183dc+6qJGWW61bfyP67j2IOlvXbvuQlgladdTrUnwRFKzemw/kY+f0NEGxX7"
    "ix9XKRViFtDZ1LHfva3wF8rQFUoONhFpSDUsVgvXsUOxjSF+cpgL44j8WZXmLCTB6XA2ZH"
    "qoFd+s1FCqDfhIefLdD0UhBoa/o3oiD/MhkN2SBvJcIzgyyZ6C+kyIZZFtC+eXm+lhVTVo"
    "0T+rxjTM0UocCk4ML86pr7NayB3mB0GR7t6Q0uQ+rALyuZXM4xaQclC5i0neGkKi9CTeZo"
    "F5PESVoRDVNYG7mMs7AsaLrKmtbxE5mT8ug5KAlarrKW3QXTfCNkW9tGBItc5lZXwTtXtV"
    "tobULivxYhkRFchijAS+ClvMzdI5Mz8EMWhfqDpmP5Xv2MNxbgffJ9RFViLR8dtmwUul09"
    "Id6e3Y6iuvjsEVusjkYOCALYtBcs3KTHXfGtmDGjAKBvDVzHxU1agCPDJBte2rHnovT4LO"
    "oLIdDD6RWto4XOeG2jl5adZfiMqIr3FkT0t9Bv7mDfV59kU3R+eoQw9l1tJ1HGcrDdLs44"
    "HmLgZSswxLaBlwVeNriwX4qyElU4r0r6ZkUUNMUvZszC3pVsBJ+VpFL+12kyoeJpdDAafn"
    "Sbh1mWv6O4C3N58ZKFSAxKlQV8kwhbXVMYfoe+avLqehmxYoIrXUc0BLPD4lajf7e+9Pmv"
    "/LiL3pzO1Gv++pIed8gxd3XdH3bRGTkcfR3Ss+enrXQauadf9/VZ593Fe3LV+jX0w7sE1U"
    "yuucGgP5yCU+IYfbxC5GydhvUKzdSp2BxRkvAqn4UWEgXWrsp6Bm72R9CytbDOw81GBIE8"
    "BG4WuNlqQVwON7t99YGb3QVwZJisEjd7jZdzrBsP8qrF4GZ9V9tJ3Owy2K5Qbvbfkfd6Tf"
    "vLf4CzBc62FuNEgzlb4LSOyGmBcVmq7U5nmYyw+kQATrDVK2Krrx3zGqz0JGh9726V7PNA"
    "x2ZY6OGOH2+jh984iKAAaxys8SZZ45DZVm5mm6Gs77Pg67YHx/FOx7HzhQl4a9XUGaRiPM"
    "oM0cN16NbtJDozOOcK6cdpenF8H47EoOA/1rKOheWdGIX4UiNLclGNc+gFJEMIz4loWRB7"
    "Z/wYZ7VY0s+6l6PRIDDeX/bDQVS3lAh49caCnTSSbUMxukAnaC7sbsnkSGKylwJCh2NHTs"
    "MQn+7Rh22So/Pm/N35+7OLc4/p8M4k0R02kJG1Y7z97QtMcMtKMPI1Lx3ZD5/HWPGsYPZa"
    "x1/EombzYNx6J+q+sTDYE6hg8HYTodq6NvaEKuhLaSJUBjaM/bvUxL5LCpCqGROSjJG4Xs"
    "imgJ8wFdpvjKJ34umNGgrV79p8T4h+0eYNxUZc7Nt7Fk0dhYj5JEqWAbU3RJzkGWINRcrA"
    "+6M0wY1FSBKXK1G+33dK6zm3aSpM1prlTtOXe+I0IPf5QG7TZJwKgKip8Kx0+UmUNgLlGr"
    "Cx78B0Y99tbN+soXaAwxaoxv72JO1ZPftOTe1gFlra/HcsFbD0pXiN3Hs1F7F7UREeNGX/"
    "cYvc6JOmNHbw0rFJ3hzql9fXCqteWBa0xu7Nxmuljk62lMyKKdImaiGv4zW5W8+7WaMxW4"
    "n3+3awG3KLJmFUZgjGjWgYz5q+GGOyWmoxYjCCDdpJQRgrpymxcdy2EIYBYRgQhtGgMAzI"
    "NYdc80pMk1V/mVxMEt+mnEVAof5nffQLYfb7mSAJYfYQ+13j2O8bTZGlDWdVzLD0w1p7hN"
    "u0E5cfVmtBDDbfuf0K/yQvMGmNtDv0/CBLD8i+ERIRhQ65RT3aSFQXpAXdQOWRnKGNFYzI"
    "4gQ5LjmEX2TDNH6K7sBS0jNgjVSBAaoNayRYIwVm/Sesu0E+aRdIPpEGBqyfpYn0PYsP9T"
    "2LxPqCYQWGFRhWCYbVF2dAibWqvmxHnJ0mlW90AkYXrBWwVsBaKdZaqRCXW7ytgu/uqN/2"
    "CQv0BWC/WjFcbkQy6dWq4WuVADV9NcJ1bvELY2SKL53ttm+ERZ004hRVOTtDWlKZFswYSx"
    "oZYjY98pFlwASuJ9ovutOSdIpFOjoIzBcwX8B8qZH5Qt/szP7ogFAjpoeyHdLgqcw2JVfo"
    "LQJP5WHmJiDUmkmouTm7DEvUl84bb4QavkY7vZEcMkiXeC2rJ4jO15brb/KJe915e0Gdh/"
    "TjHIs61pEVU4VkAxkm6UeLqNNxv1uBuVuBIQXMXTB3If7yCOauvKI6IWpjpCKk2LQtKJ4L"
    "7xrZumVs3GbZAmQ+ZpUXSqGAoDgoILsCrI3mDUyGjZyb1PtkGzjF1GRKSbX2g2DzH0LNsO"
    "HVj6DlyhTOr4+OoW4+0GTVgXR/mixuOCgA2oxbEVRzDNh7JwLyPdDwdjA4FiNpdXAGHel2"
    "/Hgu0l4XbSt/gT8cCEIgCJtEEFp71+fiTDzJRjjED82XWOgJc3nxkoWYDUoBMbuTmL0jTx"
    "XYe0Gk6OIBaejmObr5ikCWD3tPEtjY7LD/rs0FUzZZGxKmgD4gDfDn6PVuZaOsjreIYCMG"
    "ndA2Hm/fphjlSav4rTzotVCst2auBAMTSzSfAygkD50+e6df3okCVikWjOVa4n4qIUnYTy"
    "XFfipWh7UdZyZeMQCX72O3VYnK5tpapWL93dlo5Z+dztnZu87p2cX7t+fv3r19f+rtuBK9"
    "lLT1ymX/I4U9oJ6oHgxTNNcMrz8d43dv/LuVPuQ2TQbWJ9aDT7jetP+Fz8hTtGypLrL/zt"
    "TJ7eSGH17xV13kHc5UfsxN6Cn7byvHTPHmIsVE8Sa8eN7OE/RSUFtu4QwhmqmadopOuEUT"
    "Zo3SM/FXi5wsU1ASWKaqsEwMN2O0dDKdbPZwNcbJg78x0UEWgQ1cOm7P2uHSietwmf06sB"
    "8bbDJW3iYR4RJm+1bCZhRQayJugTzfvcvTB7OLm4jXoTezqyVI2rNKrNPDbWtTk5k1HDqq"
    "6SaZHvfeFYK37vRBTrUlRB2hgg2AMkO2NsR7XMh+krf0Tmn3k6zlaFXMPkmUSmr4PklFbZ"
    "FEoWrkFkllRq759nVlxK8Fd32Nj2Lz7TNrNYQgNghiiyAOQWzVpBfTBLGRl1nThRzB9hHB"
    "UgnFQwZWFZO/YONjpwPnQdYvCVxtBNvMrqcYE6Mwb2GTQv9MUSeztI1RBpBDYuDT2+3Tcy"
    "BjDRA7cWaODUWh3KTubKytxUPmkOGwHEC9E2qo5nDkULIFNkVZSUL/l8loyEbfJwvQZ4fe"
    "oRszDuZBqSbgXvYYA3nXB4yDgBCIErJaj1xm7xdt3mJwgvR0O4kM/N1pACQgkIBAAjaIBH"
    "R1N99knE8jgjCbBm2VR/Lt2dbg7gh3V7bCjFXrmp9ywuTbsNdF3uFMHfDclXDJ9T5/6A8G"
    "XRT46FztX9+MxlPnmv3BvTL8SPqze8X6MFP5X+3m9l87Qv52zNsh8uRgpo75KT+c9kdDYf"
    "KV52+6KHRipn7mvwnj0ZSj57rI/2mmfuUvP41Gn4UrftD/wo+/dVH4zEy95vrkx9D/SftP"
    "3HTC3dwQYIZXpLH/I7k6Gn/+MBh9Fca35En+T9ZdhuSLccMeb93M/dDKYVsXz0dVPScjOu"
    "kSq8XJyPjXLX/rZEtk6MG2VBfZf0k/uh0OSa8j/cc+sHrW+Jt9yjmieRu9Hs87eRvO4Uz9"
    "QPoGPWX/zaPR4vM2Vrp2z+ZjJktRUWIznfxyuXKccs3fp2VN3naG01nn3YWX00Q/JGUxTa"
    "65wSCatiSaJl6uWOEfyYD65QDQQMrvRtFExjQZz1T5RMKWpiyZ6C+kyKlCtfJlgW3t/Pla"
    "VkxZNU7oY49h6lOIkomsMGcVslnoDaJElkG/fwZ9bCX2Ukd9TMBScMe6rjGqsiXUNHEFmk"
    "cbvj09TTETklaxU6F1LUyOL9YrLDziTRaUg1KFQF2hwjGdVEB3EoDuRIHW16og3pmsGoM7"
    "6p/6BaH8aXXyEqOkATH29XxUUVAStFxlLd/Jqmw85FJzSBT0XGU9Q3J5/HxZT+KXofZohD"
    "64UsGVCq7U/K7U0dqcay/XtJwnw6Pqu9pOcqxqVjvBrQq6e+8ynqbNIiJ2rxGQERU8QTdr"
    "nXxHdHaKFuLGQJYZjWTT2m0MqyZ6Nbnhe2i2Pj0V3138FN3FrKibgpO3AuNQG5y8P9Bcn8"
    "bJW6O5vn7ZHgT3feJeg+KNqFx56OhLAmHW+G6fSIV97JWJu3TC4XN1cJ8s9O4cvXuuLTaC"
    "SeDNhX5AGvDPgX98HA8b8bJjd47omTl/n2JgOX8fO7DQS/UKOmG4gOmartCwkwk/nHYR/Z"
    "8GKt1MaYDSzbSaISUQAdEqNgKCrqTz+FG2YkCuV4dltZdeESLwOAQVFyRYtmfbiWU/Fql4"
    "qEyB/v+OEKBLbIp0OfkfoIeAHqqHJdRcesh9GTMYuT6RBtq5xS+g2ZspxeN7+O2TWmWNVK"
    "ElRKqYo/OEmKPzaMwReLCbNmyl8WAnrR1jo4/2WS9WzEwuOyEE393RuntPWMiONEsWMN+N"
    "ubgQjJiiMAlVo/xCsP11CFJJXK5E+T6r4yskBrBWtRRDc+CtbABRRSEuLoIoOgQXADK3mO"
    "AmFfgNoxuYdnbj6g6oBSDb892qoeCGpp+sgW++3WygtH4Q6XJLLy84SdLWMZWXvYvtZAaW"
    "7k3itQMmFphYYGLrT2kAE5tOu8DEAhMLw1Zlhq00TKxjrmQcuYJSMHilGLykta5jVcqUw+"
    "6XOeR+yZOsgVE5UU4TkxYfkhaJSKOjy381FQtZJ4qIYPP47uI7tDsGxHkY4gPKIoIN2o29"
    "8+b83fn7s4tzL7rMO5MUYsaKLlOwRH98BNhLTVOwqMZFl23FQrDOiVxZY4Z3xo9s1kVv+t"
    "XZ5Wg0CEywl/1wOPDt9SU/fvXG6tCkkWzzL1GcrY1vjY0q5TJ9otIQ01cdaye6SgPXB7g+"
    "qsZqtotPno5S93vyyA2k7Usmk6kDiUkkO56lRBLZ8WIBgQwEMhDIDWBigEBOp10gkIFAhm"
    "GrMsMWhPIeP6wUQnkPj/lClJWNMF8v7lnRZAk1Z0NygPVurBX5zhrVc8DNEAXEdyOukW+0"
    "dPmFe01UsmDOFG4e6iXUYaHlcwXXfsliHQUlgV+ujjEUXcRhdZFLx3450HCVNQw5KZCTUg"
    "94wTFThZwUyJ3IAnFhuRN7Z05wafIm6gJzcMUFaSUH9AR6Ly3DGeh/oeP9gf4RBDyC4BEE"
    "j2ADqHXwCKbTLngEwSMIw1Zlhi3wCB6fvweP4OEx16xC6AS3TL4Sv1DzUC5+Nga/K/hdm4"
    "s4eAB/BP+QYWqrnEr2CYKOq6xja5XtMit5dM28Aei88jp3l6W5dR6+Aei8yjrflnPKXtYz"
    "sUTCj+mQBn8/+PsrBHFpNSh9JeD2BDpQdq6hKEfGSnD6l+D0t5NK94anWWVRISwiEZ0ywy"
    "IoVGQ4XLYYYRHetXZSWATVl3DnNoO4CIiLgLiI+jsYIS4inXYhLqKskQriImDYKiUuYkUs"
    "ISHH2BWWa56vrZRsO4hBKdN7rEmikmmG2Eo0D9/iN2smP9Kg34nRhX+ZjIZsiANC4blBlk"
    "z0F1Jko7QFvG9BMV/Liimrxgl93jHWFBSkwLQQ2U4+vHN8aLynNwhvJw+cNXDWVSNp2mUW"
    "DwRK7NCUWCuGDttNhR2MBbN4NwYVFm0e5FhcEaDLgC6r3vha03VnGrrsjvzgmJL4vCrpmx"
    "VR0hS/xFRrD0g3gjtLUi3/6zTZbPQ0OxgNP7rNw7ZkKF5/KcqMGjspsPckm7BkOgrswlxe"
    "vGRZpgalSsI9MrnUmGlZEYDyjSyeJPTu7L3bAi9z7w5KQe/e2btF1XjGOmMN5PXveDrGJw"
    "s9PHsPT6JweXW9jKz7i6RzU9gs0RUCXahNrOeeDPmvGZcGLSLSReS/mdobDadcb8pfdZF3"
    "OFP/dcsN+h/69Kx3aLX9wo/dtvbhTB2MJtMuov+3crxGxdOZhrbWpRi6OIUuPekDuhctZV"
    "oPPrnmhgTwrPq85qecMOC5K4G7mnRR4ONMte9JTlt/Zyp30+8i8t9M7V/fjMZEe/bfauhv"
    "pYimG2qTeq7xyTRh/Csb4wC5kgHnsFzzsC5+WocEnh8vmaNeQRcHNaLryX2libmw9mcTaR"
    "K+bG7y7u8WkofXvDoKZ+ZsZc7V2tufUB99ZkjRslMGsqO5FQJEQ3sAH7t2cCNRXaxXiiyR"
    "Hy1odxmRZYgCukF06RIuI6o+EUATQogOCe8z+dFZcfXJQHeFkKzjhWQdv2x4NTvxXlXDyX"
    "dAw9vBIJKlbbCKXuXI0E6XEltTZAPmfCpcC8G00YCmBpPNuGeG059O20xQfQZnClitCb8A"
    "XG8NXENqPfWs5TOLUoDqX0kV1Gebiy1j2RkDcZoobe9uEKodV9sBv6w03SToKfuCxFt3+i"
    "Ar9aV5k6GiV7G6b6UQ2pd69p0aZNkHpxG7ui8zRysrVCP3Xk0Cq8xcCV4XjbWOp9pybpg0"
    "jJCRNxFp007KocB2a8EMNN+VUNEiUxpeIE1VNmhO/ilECchJiuiila49YQOJKnLuTg4XpJ"
    "EmPRpIx6/lJR1M2uTwCZPbI1UzHwjUJ60Q8OU9hZH2ARVOIGWjFgNPTd3WaVI26kQTHzJS"
    "oRiWeBsxlTV+OioJMdTW704KtoJEjMMlYkBGQNkwk0nHYHk/0oUyb6WrnErX4sfc5HbMd5"
    "FzMFOv+8PRuIusP+QTDWYmEyX5jx+Q2XI0dAKcA+dm6pif8kP7sncYNm7TqLGTRo2deDV2"
    "GGq0qmVknFyDUuAtDA30ZPmRy1QNCDbQUq2JZZoqvo6sHrNVhnPaNy8svZOqNFwnoTRcxy"
    "4NF/G4x7O+pXIqFrXZe1irjy0WneK73E5iUla6/CRKG8EhXSVPYieZMlIx4vjJ64+969cG"
    "FhW8QIYiSxhpdxa9Yd0Q/da/Qa/m2pr0gQVa4qWmb9BcMx/Q8wNW0bMum0SHFgdiYP2JHP"
    "8UJVRKfRKzloZ9S3rZwH9AHVlgWWoydzWYZaEvYkTdfTUmXd1pHVKxXEsHB/m+5M/rzpvz"
    "d+fvzy7O37dpESE6p7ln3iXouT+cRjbuM0WGF0RWRX0TE3nrSITgnG8cN2bNAE1A69KpLu"
    "e9EGT6v+wPufE3dnb0JaMa3eW3Kc+FrW17es02QQSEIHw0OdxxO2XvGc2QyWlcUWh3BjUE"
    "ulbWmnPl27UW+rFmraub1FbtnSuw06jl0J2sysYDMSG3ZmUbOVanaCLSH030LBOzUjYNpD"
    "2riA6O6BFv2pZdSVrNN+j7z7a08fOfpvaI1b+/R63ach8FvsIKDFdgxYIViyO2l0De4KjO"
    "U9Rg8gtXmZEuhGoro0oNDT1lvW/p3AFb6SqDbxVD7iL6/0ztTb50EfkvD43/PgVf9j6WLX"
    "sfqSoj/xcL3oohvPa4j1/JBeSatKD7Z6dzdvauc3p28f7t+bt3b9+feiu76KWkJd5l/yNd"
    "5QU0EV32GQ9i5+1FFjZ4K1HlDl8ZZyOxw2QyU+RxqQQkm1ezoiYTeCqXyoIY4orGLLU9WY"
    "qKEjuQBQQPN46dhnV6uvfAddZ5d+ENVfRD0uA0ueYGg+hoZDkahJitN2MxDEnVGsXC+Lwj"
    "e8erNswX4x431laUd3yNr3hkGaIQfMBGd21kzgBniAK6icyo86YXQI3e2LTaeHvDeo4NO+"
    "nR4OC4OwHc3ykLwLnZyYqMNzg9wu7uGZCymAJh3wyUf18Zy+YqJBHPC0dpyKhRatJUaKxl"
    "OEOio/Fuh4hvLkgX4eMIIHGurU2kkTNO5zpB3/3ZC9+RbFg/wU58utN0JNpRprcTfuzd5h"
    "X5vRtEBI2YOJ+Sn7fbLRLdGWdbnVrHEpafbOodtscB/0lFx6sG+08sNUX0nY6/d2WrTGa2"
    "uF6Pn0y6yP47U2lZce6yP+hPv3WR7wMN1+9N+x/6Pc4N2fd9nKnRpIDR5S+0CW3rHVol6S"
    "f8cCpQzV2Nua+0zHn0XB7/QfFpAK5Z80gwz9sJwveoemcY3Q6nVm+gBzOV1qTvIvq/k9dB"
    "Z7vuduLLo6gSdhCo224QOXRzww+v+sOPwhd+7HsLWWdnqv2JbvvgHs3USe8Tf3U7oCe9w5"
    "naHwo349HHsTUG+D7QF/X6ZsA7e0c4h3QQoG8yPekekZbcsMcPrDt7h9V4gaUHUVUxY3ut"
    "dB3DJ17p1/bm9nLQ75HOYP2dqdHXmLu67pPeYv2xX2T7Ha7I61sf7rMiXqwseVewwdwOMG"
    "GDufr6wGGDuaP07gU2SUdN2vksIapsKwvQ5xhYnBDjvULLIjepsCaqGmBGnnUnU/xoLRVJ"
    "W2RKfGUKF2Nk7qbjDjbel2DRE6iEB9F4yAa2T6jCPb0ys6oFWP7wMoY4bItT5RgzS2Giae"
    "LlilXbMTnOLCJc6yipImLN/G6bjK9OSLSBzoImvTdPWJfJD8mj6JAojI9V1vNijXOoeCt1"
    "EO1WhJqqnXIN6QEv1gp5FclyKKuOI8Kg6gqrWtKWKxqTlMuLH5KFEbvKmsYvJqaFeYSFuM"
    "ls0UaEf3iL1kLEYJcz9yg/ytAkAOqJN2EFfmjWT8dODXghrsRkCuaVdRNQRnZlaGuTzAYM"
    "vi/+DfCJhCcOWTLRX0iRUwW41wd5ikUy8mGQQ9MAvUEY+d+1eUYH8VYCsjbCQ8pStma5PC"
    "xFQBRMoSqbQvXa2h4CV3OpPboBTVU2CajPmw35hNXMJzzuxrLVRLicfWUhrbDAtMJs+/Q5"
    "RdWiqJe2/1zVJuOjZL35t6JjpLyFdqqLz3ez4k8lX8tUyW40wPjeLiuN6B3+YSDnHugVeR"
    "ZWF69pttlPXZpvtmwjK8eMyLeRSRb5yHjQnsmxE6bMzm8r/hFpUtrcrNnVWidjvdUbfVlQ"
    "kMoGqWwVHYRquiJIk8rmexfzhAz6xCudDMENucG3ab9Hc9rcw5l6zY0/Ew0MPwr8NdcfdF"
    "HoxEz9+ombTribmy5yj5yMp/5wyn8cc759bHxnwmPucaLi7nVRpcBHjQdNI0Oxyn6ZfVLh"
    "QttErDoqLWK0vByNBoH39LIfJnpvry/58as3FuykkWxbcYy6dtpalzIFe24lqvzm5Iw+PE"
    "8TVnseH1d7HgmsXWmKLG2EJ6wbzBVfwn5lEckmuDeCeJ91UuB91onFm14KOfee5AVWWV06"
    "jWvPJ9wEsA/v2JM0nVLp803mgmphSeCRgtjmyCcsJo+waiN2MXBWhlJuDryVZT0rCnE5tO"
    "dha3zVFdo9inuVzeCN5k5gSyuGw9s2aO9k8bRA2907eKjIk6D7Y9g0GzI1tJDJFG2ipag/"
    "YmsvOFoziqzQl7RvoAWWZCskirFTRyG3ZG4053Z1qxwJ7DMHtFw9xqgG03L7FBeqRVGhqz"
    "4tFSV4hFsXhc/MVO52OromyrgSrvhef9IfDSl9Fz1ZDboNGKCSGSBYFMOiuCZwwqIYFsVV"
    "X7nBovjHWxTfi8onLbSMi1xsJy+GSTPhwW23cyH8GeOV4a+g/A8D6dqzge50bYmI8o21jq"
    "390HUCkmqv1cgfhXwmMBp4EV0JF3RP2JyyAsN6G5a+sPSthilamwzrDIZojlD0Q4Wg1w/M"
    "vZIs90qtrNrwc2h/+EoRpTwL/7AcLPvDPdq2h3Jl+wVEIduvOmlf0TnVU1YO6iwsCe8QcD"
    "0lwwtcz7G4nuMQE2Na325lErW1GMyE72o7iZrQ7Xbu3vS7uQn+CesbxC86b9+++SdareeK"
    "LCEijcwH0USYXEUG6U14gUTk3LyLvv988owV5fUjGWvVn/9Yi6opv7x2Lr8m0t+tqg0GuQ"
    "leRrmLAz0TuI0KDGNt4DaA2wi59WO8+mxVPzLfrpxLxgpVgC6h4r81kLpDf+rMgIBUI1bm"
    "ZQAdMceOZSU4ZP54bX1PhqHgb7DDVnCaCrrbNlVMn2VHGZYdRZ0OnnuB7vxIHRIS6Sn3mr"
    "5po2fZfJBVOiOjlSKaNI8WzbW1uogJ7SvszswIv7DZ7N4Nov3ALKjLyNZcs8B7G5lzV4ot"
    "yXzyVZ7FYrYSFHqj4ZTrTe0tBd1PzjVuOPnKjyfONeeTc408inevWMc0OXcy4T7Ss+4RjS"
    "O86k8F/gs/nFoBhNtPM/WWtvGu+T/N1Am5gx106B7N1K/85afR6LNwxQ/6dBs9+qToOSdJ"
    "mLuaCKR/OduqeR9nKv8r3URT+NAfUHn/J28vzIm3Aybdf3Pc/8L1vglj/l+3pLORa+Ez9N"
    "v2xvzU+rLWQXiWOU4aIbvSamyR1cPXVi1zxLJLrXbenL87f392ce7VW/XOJBVdjeYYixKb"
    "9Uo3SGylDzdEtDyTjLOefkJeEX7KZ5yTW7ZUF9l/yQs9HA2/Xfd/42k2v3OYp7sXv2khlN"
    "Vr2vzN8K9Ut6xe1XQOLgBwAaRb3N8a5Dz/FFNxy3e1nbSsX9N2An5KXW/rRtcWa8lE5Gsp"
    "G1OWjDYyTNKDFojWv7KW2tZCmwbFkGW5VzvGLZcVXcsXcsc01bSgdBas2qs/PNV01k+zaq"
    "/MrN/EWDvrL3Olw0bUbV9l+iMnif/m9DTNMuX0NH6dQq+FHCaiydgtM80OyY4glPXJU9bn"
    "Dus6q4puqhDSrTCAnx38o4VCV210KWVRdtji0BWFdOciLK4q9NEXX1hPqHfsv9xOXn6Rn7"
    "dXvWNnVcQsRry7lPFO6TTrKrcnQ5ViWGrVahCCpVYVllo1mcqhBjTUgIYa0F2oAV2nCkBQ"
    "AxpqQFdxDAG+oppGDvAVzeUrEqu7Bhu0d3IWe1d3pXdBr8S5tjapd1fWkfasIlGStLVKy9"
    "OsdE3ChkF0wqAx9r8dM+bb7eJQ1RVojBqNTQ2mMaCqK1R1rYiqKrOmAzMXzFwwc5lm7jU2"
    "xZ6mqvF2bqhFoqG7JG0pFGoWS5d62FbEFvWnJ3at+EVFU+9fK/ITXtjWqqk9YtUquvhMKx"
    "nIJnoWDeQwiWzXXVE33p3xCNYvWL/1GLIabP1aA1DsdJ8iAip8g0bYV4emFbcgzuXFSxbD"
    "NipZlgKaVJliixo7pDVTv98ryvUH59NFiVJmgmVO5FJD+AYw/OTQgoWegF9WMplYchgALH"
    "moPVmd3MjotE/WluaakQOejvbaSh8wa3m7pJpYjz/pjYZDvjflrzLa2S1P0Mrmtw+t9P/+"
    "2KLH3CPnHG3nHMzUIc9fTYQxz91OP3WR/9NMHfNfRp9pa+cgD1lWfPazsygTDEmj94qoPN"
    "5ZHJUMv9SyZKK/rDJ3pal9u7Kar2XFlFXjhD7vGIsrilTy2BseZkNvLr1BeOxdYEmR1Vz6"
    "YYiCggpXkCIapmBsVCnX2jgqDRNjlSdGS19Y1zUGQxu/CgtKNWEhEIpiSpXtdpaQ7XYWzX"
    "aDshzx6NeTcGK8YZGyHA7ZnafsOUMUosah7nnJ8ELRk2MVPYkbNgqAOqXvtJpjxE6EGQNl"
    "AGHyPdDwdjA4lg/1RrSKsEU8p9b59k5/6cpttstTGg9sqnqs1sNkCNMDR2VdhuCa2o2pHZ"
    "XZKrX7RBrhFijbK1b98i6tskaqUEBdquXuecJy9zy63K2Gq6uaFs3hPF2i8ZiJY/UEgFkt"
    "nFk1iEEqZU+E9YsdMBPWO+NHPqvdeZwU2PWcfrt5dqQDgoB1eqytbydID1h6zGWpJtwG/A"
    "fVYTejZioQcEDAVZ0eqnjVYQ7rsvTQYvBDzpV2EkMkbtsUSg/twwHF7qzAfMsZ+yo4WtyP"
    "+ylzZVrIpgrxlE+O4hL7VpWo2ssdyql7+zZNUt3bt/FZdfRaaIVKXqoMCDvNG4huKcVdyR"
    "NNpwRf2sWnT+Twy8/j2AKFLTQjVsMhJ7O//x9ki9/a"
)
