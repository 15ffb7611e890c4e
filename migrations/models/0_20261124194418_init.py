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
    "eJztXWtzozjW/isqf9meKnc2t073et96qxyHnva0Y2dtp3t611s0BsVhgsEDOJfdmf++Eh"
    "ebi8CAwRH0+ZJw0RH4kZDOec7R0X9bS0PBmnXUXalT4wHrrQ76b0uXlpgcxO61UUtarbZ3"
    "6AVbmmtOYWmlivam2NyyTUm2yY07SbMwuaRgSzbVla0a9CGtLlpJpq1jEzlC6M3335/Fo6"
    "Oj7z+1kSUbK6yQG8jQMTLMhaSrlkQl/06uaC9ItS10L1n3SLWQZRsmVo7oUxVDJo9V9UVV"
    "D1jr6u9rTH7mAtv32CSP+de/yWVVV/AztvzT1YN4p2JNCWGpKrQC57pov6yca7e3/auPTk"
    "n68nNRNrT1Ut+WXr3Y94a+Kb5eq8oRlaH3Fpj8NMnGSgBifa1pXnP4l9w3Jhdsc403r6ps"
    "Lyj4TlprtKFa/3e31mUKAnKeRP+c/7/3aoFiojgcTcWJMBXFVqxd6StEWsK7JBs67ROqbl"
    "Og/vunW+8WEOdqiz6g96k7fnN28ZMDgWHZC9O56cDV+tMRlGzJFXVA36Ism5hiIkp2HO0r"
    "csdWl5iNeFgygrziiR75B0VawL+wbYLtp+GD68NXAeAt8gOVEencXtunNMC0fy1Mpt3rG/"
    "q4pWX9rjn4dacCvXPqXH2JXH3jtpdBvnp3PNhUgr72p58QPUX/HA2FaKtuyk3/2aLvJK1t"
    "Q9SNJ1FSAt3Uv+qjRkpuW935H2vv3r1kstvaLx9pZYJWHdt1KT2LGtYX9j05PT0+TmnYL9"
    "2x83GRUpHWGnq3Tt17f4bwdQZQkY6HeVAOS5WD9e5R7GBIX5xnAPriPBFneosJM3lcAZg9"
    "qQZ26ZOLDECfRIefLdD0VhhoZ/q34iD/MhkN2SBvJaIzgyrb6A+kqZZdFdCBeXm+VjVb1a"
    "0j+rzXmJopQqFJwYf5zXX312gL9Aajy+hoTyu4jDQHfl6p5HaBSTssWcKk7Q0nvHwINZmj"
    "fUxSJ2lNsmxxbRVSzqKy0NI8t7SJH8mcVKSdw5LQyjy3sm8wzV/EfLZtTLBMM5ffBt5p1W"
    "6hdQmJ/ziERE5wGaIAL4GX8jJ3D0zOIAhZHOqPhonVhf4ZvziA98n7SLrMMh89tmwUqa6e"
    "EG+vbkdRU3raEFusjkYOCALYdg2W7qTXvRJaCWNGCUDfWriOxk1WgGPDJBte2rHnkvzwJJ"
    "mKGOrh9I5xakSubMrGby1Pl9Erki4tHIjob6Fv7mHf1x9VW/J+eowwDtxtp1HGarjcLs44"
    "GWLgZTkYYtvAywIvGzbsl5KqxRtc0GXzZUUaaIqf7QTD3pdsBJ+V1qTCr9N0QmXTooPR8G"
    "e/eJRl+TOOuzhXlec8RGJYqirgm0TYmobG8Dv0dVvQ18uYFhO2dD3RCMwei8tH/2596Qtf"
    "hXEHnRzP9Gvh+pIen5Lj7tV1f9hBZ+Rw9HVIr54ft7K1yIK+7tuz0/cXH8hd59fQk/cpTT"
    "O57g4G/eEUnBKv0cc5ImfrNKxzNFNnYnMkWcarYhpaRBRYO57bGbjZH6GVHcO6CDcbEwTy"
    "ELhZ4Gb5grgabnb76QM3uwvg2DDJEzd7jZdzbFr36qrF4GYDd9tp3OwyXK5UbvZfse96Tf"
    "vLv4GzBc62FuNEgzlb4LRekdMC5bJS3Z3OMjlhDYgAnKCrc6Krrz31GrT0NGgD3y5P+nmo"
    "YzM09GjHT9bRo18cRFCANg7aeJO0cVjZVu3KNktbL/Lg65cHx/FOx7H3wgS8tW6bDFIxGW"
    "WG6OE6dOt2Ep8ZvGul9OMsvTi5D8diUPDva9XE4vJOikN8aRCTXNKTHHohyQjCcyJaFcSb"
    "K0GM82os2Wfdy9FoEBrvL/vRIKpbSgS8OXFgJ4VUV1GMG+gETcXtlkyOJGH1UkjocOzIcR"
    "Ti4z36sEtynJ6cvz//cHZxvmE6NlfS6A4XyJjtmKx/BwIT/LQSjPWal57sx89jrG20YLat"
    "E0xiUbN5MMneibtvHAz2BCocvN1EqLaujT2hCvtSmgiVhS1r/y41cWvJABKfMSHpGElrRb"
    "VF/Iip0H5jFK1JoBU1FKrfjPmeEP1izBuKjaTs23uUpo5CRH2SZEeB2huirrxRxBqKlIX3"
    "R2mCG4uQLC1XkrrYd0rredU0FSbHZrkzzOWeOA1IPR9JNY3GSV2uDNMm5ovGyiqTS/l2av"
    "qoanXkYTMDVkKfajI8Ij0RnwyzDKCGpK6vpKpmA2bY+355DlakmkbjZBHDfm2J8r2kL8oA"
    "bOLU13OqazRwtrQoAa6ptGg0SrTI/lYwRarn1tRotIz5b1gugbCjeI38upqL2ELSxHtD23"
    "9OJBV9MrTGTogmtsmXQ6OJzPXe+ujYr2y8bq5KusS2RIvopXyO16S23qayRmO2kvbWIm6k"
    "ZmkOVQaO3UiWRa2CMbYwfWAscixcoJ0WOrbyiormpiwEj0HwWAxxCB6rb/AYZMiADBlcTJ"
    "O8f0w+JqlfU8HUxZC1uD7tC4uD9lNBUhYHwYqVGq9YuTE0VX7pOnl+nPZh2R7RMu1U88Mp"
    "LUrh4js3jRIeVQWT0si4Q0/3qnyP3IqQhCh0yE9F1EaSrpASdNunB3KFFtYwIsYJ8gIJEH"
    "5WLdv6Kb5vVEXPABuJgwGqDTYS2EihWf8Rm35oYlYDKSDSwGU2Z1nWJ5wlL1A4i61QAMUK"
    "FCtQrFIUqy/egJKoVX3Zjjg7VarA6ASMLmgroK2AtlKutsIRl1u+roLv7qjf9hGL9ANgf1"
    "oJXG5MMu3TquFnlQI1/TSi2bnxM2NkSk7475dvhEadNuKUle8/x2LKKjWYMZYNMsS89Mgp"
    "S4EJ3U/VX0yvJOkUSjY6CNQXUF9AfamR+kK/7Nz+6JBQI6aHqh3S4KnMNyVz9BWBp/Iwcx"
    "MQas0k1PxMAwxNNJCEIFkJtQKFdnoju8giXeKtqh8hOl87rr/Jp+7b03cX1HlIT+dYMrGJ"
    "nJgqpFrIskk/UuJOx/2qAnWXgyEF1F1QdyH+8hXUXXVF24Q0G2MpQoatJsPihfCuka5bxX"
    "aTji5A5mNWUrQMDRAWhwbI3wCaZNmihcmwkX+Cico2cIqpyZSSyfaDYPMfoplhm74foZW5"
    "2e6jPm0Mu30ATcYPpPvTZEnDQQnQ5txAhc8xYO/9U8h7oOHtYPBajKTTwRl0pN/xk7lI1y"
    "7a5isEfzgQhEAQNokgxEtJ1QpxJhvJRjjED82XOOiJc1V5zkPMhqWAmN1JzN6Rp4rsHWwy"
    "dPGQNHTzAt18RSArhv1GEtjY/LD/ZsxFW7VZ26hmgD4kDfAX6PV+ZqO8jreYYCMGncjmQ+"
    "/eZRjlSankDYjovUist2GvRAsTTbSYAygiD50+f6df3kki1ikWDHMtdReoiCTsApVhFyin"
    "w7qOMxuvGICri8TNoOKyhTaE4qy/e9tD/e309Ozs/enx2cWHd+fv37/7cLzZJyp+K23DqM"
    "v+zxT2UPPE28FNZ8we43dvV76VPuTmchY23azJR93etP9FyMlTtFypDnL/z/TJ7eRGGF4J"
    "Vx20OZzpwrg7oZfc/60CM8XJRYaJ4iRqPG/nCXor3Fp+4gwxvlI16xSdUkUTZo3KV+KvlI"
    "IsU1gSWCZeWCaGmzGeOplONnu4GpPkwd+Y6iCLwQYuHb9n7XDpJHW43H4d2EUStkasDKpY"
    "CrN9M2EzEqg1EbfQOt+909OHVxc3Ea9Db8FZS5CMJ51op4fbW6omM2skHkpa4FL2Kb2lNW"
    "Xdp7SW/amcnWyosd/wnWzK2sSGQtXITWyqjC0K7BfMiDAK7yacHGcU2L/YKQhhRhBmFEMc"
    "woz4JICyhBmRj9kwxQLh0DHBSimfQ4a+lBNh7uLjLtgsgmxQEti0GLa5nQMJKkZp/pwmBW"
    "fZkklmaRejHCBHxMDrstvr4kHGGiB24swcG8pCuUnd2Vo7xkPuoM6oHEC9E2pYb//KwT4K"
    "tiVVS0P/l8loyEY/IAvQ54fexORnW3kH87BUE3CveoyBlbEH9FSDk7qCdYevnAjtF2PeYn"
    "CC9HI7jQz8zSsAJCCQgEACNogE9Ntu/pJzPo0Jwmwa1lUeyNuztcHdMci+LMeMVetamHbF"
    "ybdhr4M2hzN9IHSvxMtu7/PH/mDQQaFT727/+mY0nnr33BP/zvBn0p/9O87JTBd+dYu7/9"
    "0Y5tux4AYxk4OZPhamwnDaHw3FyVdBuOmgyIWZ/ln4Jo5H0y691kHBs5n+Vbj8NBp9Fq+E"
    "Qf+LMP7WQdErM/262yc/hv4l5T91p5PuzQ0BZnhFCgdPyd3R+PPHweirOL4lTwqeObUMyY"
    "t1hz3Bqcw/aRXQrcvno3iPmo9PukRr8WLm/3Er3Hrx7Dl6sCvVQe5/0o9uh0PS60j/cQ+c"
    "njX+5l7yjmhkfa8nCF5kvXc40z+SvkEvuf+LtGj5kfUr01iw+ZjJUtK0xLUoQblCq1AKzd"
    "/HVU3e7hqUs9P3F5tVJ/QkbZ3J5Lo7GMQXlki2jZcrVvhHOqBBOQA0tCjzRTMkxjSZzFQF"
    "RKKapirb6A+kqVZlkAb0/Pla1WxVt47oY19D1acQpRNZUc4qorPQCuJElkXfP0d7bCX2ao"
    "76qICV4I5N02DkzUrJOuELNI82fHd8nGEmJKUSp0LnXpQcV9YrLD7glzwoh6VKgZqj1B6n"
    "mYA+TQH6NA60udZF6c5mZYHbkaEyKAgJKvlZORYnDYiybxajisKS0Mo8t/KdqqvWfaFmjo"
    "hCO/PczrD8N3m+rCfxy2j2eIQ+uFLBlQqu1OKu1NHanhvP1zThIsOjGrjbTnOsGk450c/b"
    "uHt3KYEubEREbGEQkBEVPEI3a5O8Izo7Ror0YiFHjUaq7ewHhXUbvZncCD00Wx8fS+8vfo"
    "rvM1VWpeDk5WAcaoOT9wea67M4eWs019dvtQfBfZ+417B4I3ILHjr6kkCYN747IMKxj52b"
    "uEsvHL5QBw/IQu8u0LvnhvIi2gTeQuiHpAH/Avgnx/GwEa86ducVPTPnHzIMLOcfEgcWeq"
    "teQScMFzC16UoNO5kIw2kH0b80UOlmSgOUbqZ8hpRABESr3AgIakkX8aNsxYBc54dldU2v"
    "GBH4OgRVN0ywbK+2U9N+KJl4qFyB/v+KEaBLbEvUnPw30ENAD9VDE2ouPeR/jDmU3IBIA/"
    "Xc8g1o9nY3yfgefoObVlUjVcSEyBRzdJ4Sc3QejzkCD3bThq0sHuw02zEx+mgfe5EzNbnq"
    "BSH47o7m3XvEYn6kWbKA+W7MJUW0EpLCpGSNCgrBBsURSGVpuZLURV7HV0QMYOU1FUNz4O"
    "U2gIhTiMuLIIoPwSWA3FUmuEkJfqPohqad3bj6A2oJyPYCVTUU3Mj0kzfwLbDfCCQ/DyNd"
    "beplpevtzM6kXruBbdtTGNjqtncHJpaj+b4NTOwPRGkAE5utdYGJBSYWhi1uhq0sTKynru"
    "QcucJSMHhlGLzktWliXc61hj0oc8gdbSd5A6MKopwlJi05JC0WkUZHl/8YOhbzThQxwebx"
    "3eV3aH8MSPIwJAeUxQQbtF/26cn5+/MPZxfnm+iyzZW0EDNWdJmGZfrjY8Cmbv4eFIOd3z"
    "Ps/O5u3P6iy4VUn7g0xPTxo+3ErTRwfYDrgzdWs13+4uk4db8nj9xA2r5iMpk6kJhEsudZ"
    "SiWRPS8WEMhAIAOB3AAmBgjkbK0LBDIQyDBscTNsQSjv64eVQijv4TFXJFV7EedrZcGKJk"
    "vJORuRA6x3Y62pd86oXgBuhiggvhtxg7zR0ucXFoak5cGcKdw81CvIw0LT54q+/pJHOwpL"
    "Ar/MjzIUN+KwrhRq46ActDDPLQxrUmBNSj3gBccMD2tSYO1EHohLWzux98qJbpZ1E3WBOW"
    "xxwbKSA3oCNx8twxkY/KCT/YHBEQQ8guARBI9gA6h18Ahma13wCIJHEIYtboYt8Ai+Pn8P"
    "HsHDY244idAJbrl8JUGh5qFc/mwMflfwuzYXcfAA/gj+Ics2VgUbOSAIbcxzGztWts+sFG"
    "lrZgXQ5ty3uW+WFm7zaAXQ5jy3+TadU/60nqkpEn5MhzT4+8HfzxHEleWgDKSA2xPoUNq5"
    "hqIcGyvB6V+B099dVLo3PM1KiwphEanoVBkWQaEiw+GyxQiL2Nxrp4VF0PYS7/xiEBcBcR"
    "EQF1F/ByPERWRrXYiLqGqkgrgIGLYqiYtYEU1ILDB2ReWa52urZLUdxKBU6T02ZEnLNUNs"
    "JZqHb/mbNZMfadF3YnThXyajIRvikFB0blBlG/2BNNWqzIAPGBTztarZqm4d0ee9hk1BQQ"
    "pNC7Ht5KM7x0fGe1pBdDt54KyBs+aNpGlXmTwQKLFDUmL95cow7Y+qA0iMFAvcbe+kxVSn"
    "MHmwV3oXO9bq6mi90gxJwQrqTb6gJ0kl4/cC3RkmUm0LuRWi34x5B1mYTOQKkmxEvmW7jd"
    "zOpaCne6wj+x7TUgjrinXUioBd4WMYLB5QdUDV1WJsr6nNm4WqI7/UxixXqKDL5suKNNEU"
    "PyfkiQ/INoKzS2tW4ddpurq6adXBaPizXzyqw0ZsYPU/WJy/2DhPcv6wUKHE/IVwP67q2y"
    "o5LT/YAJWGBfnaAemCOdGNS+4BLp/qKNhXNbKvEnp1CUjfWriGjFlWgOPfcQhf8hpoeDsY"
    "pBmwVccttBJiFnYbZpmMsTJCFVwrMB6vEC8e1q6pSBvFS4X9TkmlXA5dNCX9Ia0YXkqqJs"
    "5V5Zl9f3VP92Jy74PVBlYbnzNGg622O/KDEzZRy2C3haTBcitguTkDZCHsN5JNcLK9Cuzu"
    "vBPDPmVJfUiqItxjk0uNffPO9F6od28koXfn790BrSpH7w5LQe/e2bsl3XrCJoNy2/TvZA"
    "d+QBZ6eAHCMyXoR9DXy5h9XWYAUAadJW4hUKtx4jz3aCh8zWkatIhIB5E/M703Gk67valw"
    "1UGbw5n+j9vuoP+xT69uDp2yX4SxX9Y9nOmD0WTaQfRvq8BnVH4ATMSUDDfoZClpWjKFHR"
    "Y9HId9EiOx3St7Mddnp+8vNqQ1PUnjqyfX3cGAsZessTblhGitDB/GRvqA0b3Ol+E8+Oi6"
    "OyS9N+/HcS1Mu+JA6F6J3atJB4VOZ7pbJ7ns/J/p3Zt+B5E/M71/fTMak0/B/c/Hx7DSJN"
    "tf6ZJ54g7INGEyqRrjEG2WA+eoXPOwLl9HgvwZP14uhXqteTioRVJPIjHLkgdne3SJ5sBT"
    "7Zei26tH5OEz56fB4595wvyZmioF3PWsUAh3xX5+NLdCgGgY0VffuqeRqCrrlabK5EeLxl"
    "1OZBmigG4YXWrC5UQ1IAJoQvTeIeF9Ij86L64BGeiuELHHR8Te6+zaxWcn3mvTrm28Xly3"
    "LQHcrBmpaopsSJ3PhGspmDYa0Mxgshn33HAGs1k1E9SAwpkBVmfCLwHXZodBB9WiDKAGLa"
    "mS+mxzsWWYnbljzBnQw0rppNSK9L/4ZJhlLCYfkrq+kqoapLGGsTJK6UlDUk1TIfICPOR7"
    "SV+UgZUbgdNzqmsqZra0EE3jqQS0ptKiqSDRu1jfN0suBann1tRUoLydrZj5ifJCNfLrah"
    "JYVS9B28yCCUvRgrPkjlwhm8nZKbszU8hIx2iuEbyRgzlaYRNRaWTcIQnRGv9iIVpnBz3d"
    "Gxp+69y0sGTK9+hJJb1gbTvpO2gZUgeSiYwZTxVS4XN25wqJr0mjtcOSNFiSxvVwVNNIki"
    "xL0rbfX6zRk2PzQkKNWIlWdWReYgBk8jiWHPsIDjHwN4J/jDfdtF2Gf8xPZnAYnrGu0AaG"
    "xrxJGCs3IAznVdjGg8cd7TIc/GKlJrSIaeJ+Vwtob6CCgwrO6dDQYBV8biiM9EUZlm37go"
    "3QwA+9qJU0yb2RN6gqJARRVWDjgI1TJ3jBxgEbpy7Q7rRx4pNZCaA2O/gnNH1zl/4w5C5P"
    "MCGjLvUdpmTIo5/NDzW9x8gVQ/eqZRvmy9Yz5LiE0NJ4xApS7Ta6M40luSSRQ9vwDmga+b"
    "jXqbRawbIFyxYs25pYtvRLFvfLHhSpguMsEI1OG0Qaeb92DFXAM2HR6GZ0FYECWeBjgkB+"
    "APkB5Eed4AXyA8iPukCbi/zYzk1AgOxaURqdxrkjQWgUfAL34QXI76A8bK/U7q350J2J8V"
    "u6yA6RZsUaIga2y0j8HZFaLCSZ2AmPdT90y/nQ0Zvv5N53dKdqNjbbiJ7Rl7O+/8TYlq+S"
    "RzB3q/DHFQe33btTbIsBKQKkCH8TRYNJEfb+D8nBto3a8QHibLm3E8AMAzOMI4jBDOPYDH"
    "sdO0EwJWtt4qmxJEo+3bmEYTDEyqRaDtgtTXTqYPGdJgTpKFghOr32guYvwVV12OqglWk8"
    "YqLh68irnRwqpJAhP1jIxG/dPbnb5PARk+qRbtj3pNHiVkRlT4G9vTmYD8BAAAMB11bpOm"
    "Q+73JU2u2+AnlXPcYlYdumnQYZ7P12EJhhE7KDwEwmHYtlm2WLgdhK88zltIRxd3I7FjrI"
    "O5jp1/3haNxBzj9yRrf8IRMl+SMMyGw5GnrbAIWuzfSxMBWG7u3NYVS5zdKMp1ma8TS5GU"
    "8ZzUgAtPLmgA9LQQBEZKAn5kchVTUk2EBNtSaaqY9JOnftLU3NzF175TkO2ys4t5weH2cZ"
    "lY6Pk4cleo/BB76e79VPrpXgfw3k3trhg5UDJTMlPnL90qEURF4d6A15FtaVt5T/+IlUYp"
    "jLNnIGYiLfRjZ+tpF1bzyRY1qLjjV2zqPyH5EnFH21Nsm36HwLEJUO/Ar/s1aD+ZXAt1hE"
    "iw+Ic63Gd4fdwbdpvzfpoM0h3aBz/Jm0wPBnUbju9p2dOkMXZvrXT93ppHtz00H+kafy94"
    "dT4edxN6DwB67wodgvTEmnwMea9tIwyFCssz/mgFSkRedEjJ8mLWO0vByNBqHv9LIfXSx/"
    "e30pjN+cOLCTQqrr88m3+y0b6NfY8fZgGuH5hwy9+fxDYm+mtyKkjqGp8ov4iE2L6RFOIX"
    "Ziks3TwM9OM+B9dpqIN70VMWEfVQXrrC6dYY/5oHATwD50Pg4Ty4apFFmbEpcEbgaioiAq"
    "qk7wQlQUREXVBVpOo6LCOd8TOLxQUvgdLJ4RKrt7PYWONhI0UMml2WgKB0UlU7SNlpL5gG"
    "3SAsgwEbXQl7RvIAXLKtVSLcb6iVKqTF0v8UA6W2y9BNByQMvxOUY1mJZzvsRYe2fj5HxZ"
    "nmmF1lV/LPSm4oZw66DolZnevZ2OrkljXIlXQq8/6Y+GlL6LX+SDbgMGqGIGCIxiMIprAi"
    "cYxWAU8265gVH84xnFC0n7ZETMuNjNdroxTIqJ9365DKuC8MpCho6RtXas179YiG4R6CY2"
    "DC7TMQlIumurkX8aOScwWlhhrQEqpU5Y8cPBsN4G0xdMXz5UUb6i98tRRNcWzpvWPyACYG"
    "Za8JBhd4p6rHbg1h++0iS5iOEflQOzP9qjXX2owBQbES1hjq0PwjxNqZmWKmwaqwB1FpWE"
    "bwi4norhBa7ntbie1yEmxljG5MeTZmsxmInA3XYaNWG65cQHr+BObkJ4xOYLEpTTd+9O/o"
    "ZW67mmyohII/teshEmd5FFehNWkIS8yjvo+1+PnrCmvX0gY63+19/Xkm6rz2+922+J9Hek"
    "qZZt0W3Bl3Hu4kDPBG6Dg2GsDdwGcBsRt36CV5/d1A/Mr6ugybj7uzqYb7iClA/OQOoP/Z"
    "lXBoSkGmGZVwE0J6tyxz6ZP14778lQFIIFdugKXlHR9MtmiukLZCamToeNe+HOMB2HhEx6"
    "ysIwX9roSaW5xeiMjFaaZDtpj+fGWlcSQvtKq5kZ4RdVm/3aINoP1IK6jGzNVQs2XyNz7t"
    "od8ReU53kWa3V7vdHtcNpB3sFMHwjdK9HbUKiDgmfeve5w8lUYT7x73pl3jzxK8O84x3Rx"
    "7mTS/Zle9Y9oHOFVfyoKX4Th1Akg3J7N9FtaZnMveDbTJ6QGN+jQP5rpX4XLT6PRZ5rZp/"
    "9FGPfpk+LXvEXC3auJkwfIWyHsn8504deb0XgqfuwPqHzwzNk8aeK+jX8002/G/S/d3jdx"
    "LPzjlnQ2ci96hb5tbyxMnZd1DqKzzOssI1SkF8Y2WX09wU/iF4/0YtXNn8FHL84+YjlbV7"
    "49PTl/f/7h7OL8Q5u6KsmlzZX3KXDH1xhLMpv1yjZIbKUPN0S0NipZ13n6kZMQS8g5J7dc"
    "qQ5y/5MPejgafrvu/1Ogq/m9wyLdvfw9xdYrpeD8HZaE+ZuX+ZvhX/HeHlwA4ALgBuK6uw"
    "BuLXJdeEzIuBW4204z69e0nIgfM+fbujENZS3biLyW9mKrstVGdENmP8U4NbUdQ5sGxRCz"
    "fJM7xk+XFbflS6kxSzYtSJ0FVjv/w1NNZ/1apSZvYqwdbAy1tVIyZdc8ScmueeJm1ww5TC"
    "RSdwzfDJGMviCk9SmS1ucOm6a7p2aBENKtMICfH/xXC4XmbXSpxChbW6xuXdWOs5xCutMI"
    "C3QovowvbKbkOw7ebqebX+Tn7ZXv2LOKmMmId6cy3imdxa7yezJkKQZTq1aDEJhaPJhaNZ"
    "nKIQc05ICGHNAdyAFdpwxAkAMackDzOIYAX8GnkgN8RXP5itTsruEC7Z2cxd7ZXWkt6I00"
    "N9Y29e6qJjKedCTJsrHWaXqalWnI2LJImzBojP2rY8Z8+10csroCjVGjsanBNAZkdYWsrp"
    "w0FTc2Hai5oOaCmstUc6+xLfUMXU/WcyMlUhXdJSlLodDzaLrUw7YiumhweWLHiV/UDH3x"
    "VlMfseJqq7bxgHUn6eITzWSg2uhJspDHJLJdd2VVvHvFI2i/oP3WY8hqsPbrDECJ032GCK"
    "hoBY3Qrw5NK25BnKvKcx7FNi5ZVQM0KTPFFjV2SGuufr9XlOsPzqdLMqXMREedKNQM0Qpg"
    "+CnQCg56In5eqWRiKaAAsOQh9yQ/ayPj0z6xLe01Yw14NtprK33AVctbk2riPP6oNxoOhd"
    "5UuMqpZ7c2gs5qfvfQWf7fHzv0mH/kXaPlvIOZPhSEq4k4Frq3008dFDyb6WPhy+gzLe0d"
    "FCHLyl/97BlloiUbtK5Ykyc7i+OS0Y9alW30h5PmrrJm31pW87Wq2apuHdHnvYZxRZFKH3"
    "ujw2zky6UVRMdeBcuaqhdqH4YoNFDpDaRJli1aL7pcyDaOS8PEyPPE6LQXNk2DwdAmW2Fh"
    "qSYYApEopkyr3c5SVrudxVe7QVqOZPTrSTgxvrBYWg6P7C6S9pwhClHjkPe8Yngh6clrJT"
    "1JGjZKgDqj75TPMWInwoyBMoQweQ80vB0MXsuHeiM5SdhinlPnenunv3TlF9vlKU0GNlM+"
    "VudhKoTpgaOyLkNwTfXGzI7KfJnaAyKNcAtU7RXjP71Lq6qRKhJQl8ncPU8xd8/j5i4fri"
    "4+NZrDebok6yEXx7oRAGa1dGbVIgqpnH8hbFDsgCthN1eCyOfVO19nCex6Tt9unh/pkCBg"
    "nR1r5+1E+R7LD4U01ZRqwH/AD7sZV1OBgAMCjnd6iPOsw11sqvJ9i8EPeXfaaQyRtC1TKj"
    "20DweUuLMC8ytn7KvgteJ+3E+VlmkpmyokUz4Fkkvsm1WCt487sqbu3bssi+revUteVUfv"
    "RSxU8lHlQNgr3kB0K0nuSp5oeyn4shqfAZHDm5+vowuUZmjGtIZDTmZ//g85FLEj"
)
