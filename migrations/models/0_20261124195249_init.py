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
    "eJztXWlzo0jS/isV+vL2RKi9vvpY7RtvhCzT3ZqWJa8kd8/seoNBUJYZI9Bw+Njd+e9vFY"
    "fEUSBAIBd0frE5Kgv0VFGV+WRW1n86K0PBmnXUX6tz4wHrnR76T0eXVpgcJO51UUdar7d3"
    "6AVbWmhuYWmtivam2MKyTUm2yY07SbMwuaRgSzbVta0a9CGdPlpLpq1jE7lC6M1vfzyLR0"
    "dHv/3URZZsrLFCbiBDx8gwl5KuWhKV/Bu5or0g1bbQvWTdI9VClm2YWDmiT1UMmTxW1Zd1"
    "PcDR1T8cTH7mEtv32CSP+ee/yGVVV/AztoLT9YN4p2JNiWCpKrQC97pov6zdazc3w8tPbk"
    "n68gtRNjRnpW9Lr1/se0PfFHccVTmiMvTeEpOfJtlYCUGsO5rmN0dwyXtjcsE2Hbx5VWV7"
    "QcF3kqPRhur8752jyxQE5D6J/jn/P//VQsVEcTyZizNhLoqdRLvSV4i1hH9JNnTaJ1Tdpk"
    "D950+v3i0g7tUOfcDgS3/65uz9Ty4EhmUvTfemC1fnT1dQsiVP1AV9i7JsYoqJKNlJtC/J"
    "HVtdYTbiUckY8oovehQclGmB4MK2CbafRgBuAF8NgHfID1QmpHP7bZ/RAPPhlTCb96+u6e"
    "NWlvWH5uLXnwv0zql79SV29Y3XXgb56r3xYFMJ+j6cf0H0FP1jMhbirbopN/9Hh76T5NiG"
    "qBtPoqSEumlwNUCNlNy2uvs/0d6De8lkt3VQPtbKBK0mtutKehY1rC/te3J6enyc0bDf+l"
    "P34yKlYq019m+devf+jODrDqAiHQ+LoByVqgbr3aPYwZB+f54D6PfnqTjTW0yYyeNKwOxL"
    "tbBLn7zPAfRJfPjZAk1vRYF2p38rCfLPs8mYDfJWIj4zqLKN/os01bLrAjo0Ly8cVbNV3T"
    "qiz3uNqZkiFJkUApjfXPV/ibfAYDS5iI/2tIKLWHPg57VKbpeYtKOSFUza/nDCy4fQkDk6"
    "wCRzktYkyxYdq5RyFpeFlua5pU38SOakMu0clYRW5rmVA4Np8SIWs20TglWaufw28E6rdg"
    "utR0j82yUkCoLLEAV4CbyUl7l7YHIGYciSUH8yTKwu9a/4xQV8SN5H0mWW+eizZZNYdc2E"
    "eHt1O4qa0tOG2GJ1NHJAEMC2Z7D0Z4P+pdBJGTMqAPrGwk00bvICnBgm2fDSjr2Q5IcnyV"
    "TESA+nd4xTI3ZlUzZ5a3W6il+RdGnpQkR/C31zH/uh/qjakv/TE4Rx6G43izJWo+V2ccbp"
    "EAMvy8EQ2wVeFnjZqGG/klQt2eCCLpsva9JAc/xspxj2gWQr+KysJhV+mWcTKpsWHU3Gn4"
    "PicZblzyTu4kJVnosQiVGpuoBvE2FrGhrD7zDUbUF3VgktJmrp+qIxmH0Wl4/+3fk2FL4L"
    "0x46Ob7Vr4SrC3p8So77l1fDcQ+dkcPJ9zG9en7cydciS/q6b89OP7z/SO66v4aefMhomt"
    "lVfzQajufglHiNPs4ROdukYZ2jmToXmyPJMl6X09BiosDa8dzOwM3+CK3sGtZluNmEIJCH"
    "wM0CN8sXxPVws9tPH7jZXQAnhkmeuNkrvFpg07pX1x0GNxu6283iZlfRcpVys/9MfNcO7S"
    "//As4WONtGjBMt5myB03pFTguUy1p1dzrLFIQ1JAJwgq7Oia7u+Oo1aOlZ0Ia+XZ7080jH"
    "Zmjo8Y6frqPHvziIoABtHLTxNmnjsLKt3pVtluYsi+AblAfH8U7Hsf/CBDxHt00GqZiOMk"
    "P0cB26czNLzgz+tUr6cZ5enN6HEzEo+A9HNbG4upOSEF8YxCSX9DSHXkQyhvCCiNYF8eZK"
    "GOOiGkv+WfdiMhlFxvuLYTyI6oYSAW9OXNhJIdVTFJMGOkFT8bolkyNJWb0UETocO3Ich/"
    "h4jz7skRynJ+cfzj+evT/fMB2bK1l0hwdkwnZM179DgQlBWgnGes0LX/bT1ynWNlow29YJ"
    "J7Fo2DyYZu8k3TcuBnsCFQ3ebiNUW9fGnlBFfSlthMrClrV/l5p5teQAic+YkGyMJEdRbR"
    "E/Yiq03xhFaxJoRS2F6ndjsSdEPxuLlmIjKfv2HqWtoxBRnyTZVaD2hqgvbxSxliJl4f1R"
    "muHWIiRLq7WkLved0gZ+NW2FybVZ7gxztSdOI1LPJ1JNq3FSV2vDtIn5orGyyhRSvt2aPq"
    "laE3nY3IBV0KfaDI9IT8Qnw6wCqDGp6zupqt2AGfa+X56LFamm1ThZxLB3LFG+l/RlFYDN"
    "3PoGbnWtBs6WlhXANZeWrUaJFtnfCqZIDbyaWo2WsfgdyxUQdhSvSVBXexFbSpp4b2j7z4"
    "mkoi+G1toJ0cQ2+XJoNJHp7K2PToPKpk57VdIVtiVaRK/kc7witQ02lbUas7W0txZxLbVX"
    "c3jCi3vDeKCRZ+ojNl/2hOq7V92lX1vbUbOcxeYh1SA3C9XYJvTqDFa8liyLWqJTbGH6wE"
    "S0YrRANytcce0XFc1NWQhYhIDFBOIQsNjcgEXIygJZWbiYJnn/mAJMMr+mkumyIVN2c9oX"
    "FqTtp4JkLEiDVVINXiV1bWiq/NJ3c0u57cOyPeJlupnmh1talKLFd25UJjyqCialkXGHnu"
    "5V+R55FSEJUehQkP6qiyRdISXoVmMP5AotrGFEjBPkB68g/KxatvVTcq+ymp4BNhIHA1QX"
    "bCSwkSKz/iM2g3DYvAZSSKSFS7vO8qyJOUtfFHOWWBUDihUoVqBYZShW3/wBJVWr+rYdcX"
    "aqVKHRCRhd0FZAWwFtpVpthSMut3pdBd/d0ViBRyzSD4D9aaVwuQnJrE+rgZ9VBtT004hn"
    "hMfPjJEpfZOJoHwrNOqsEaeqPSYKLOCtU4OZYtmgERADcspSYCL3M/UX0y9JOoWSjw4C9Q"
    "XUF1BfGqS+0C+7sD86ItSK6aFuhzR4KotNyRx9ReCpPMzcBIRaOwm1ILsFQxMNJb5IV0Kt"
    "UKGd3sg+skiXeKvqR4jO167rb/al//b03XvqPKSnCyyZ2ERuTBVSLWTZpB8pSafjflWBus"
    "vBkALqLqi7EH/5CuquuqZtQpqNsTIhx/amUfFSeDdI161ji1NXFyDzMSsRX44GiIpDAxRv"
    "AE2ybNHCZNgoPsHEZVs4xTRkSsll+0Gw+Q/RzLA15I/QytxsMdOcNoYdZoAm4wfS/WmytO"
    "GgAmgLbtrD5xiw95495D3Q+GY0ei1G0u3gDDoy6PjpXKRnF21zZII/HAhCIAjbRBDilaRq"
    "pTiTjWQrHOKH5ktc9MSFqjwXIWajUkDM7iRm78hTRfauSTm6eEQaunmJbr4mkJXDfiMJbG"
    "xx2H83FqKt2qyte3NAH5EG+Ev0+iCzUVHHW0KwFYNObMOrd+9yjPKkVPqmV/ReLNbbsNei"
    "hYkmWs4BFJOHTl+806/uJBHrFAuGuZa581hMEnYey7HzmNthPceZjdcMwNVl6gZkSdlSm5"
    "Bx1t/9Lcn+enp6dvbh9Pjs/cd35x8+vPt4vNmbLHkra5Oyi+FnCnukeZLt4KXQZo/xgu6s"
    "EkRZpCW20ofc0NDCppep+6g/mA+/CQV5io4n1UPe/1t9djO7FsaXwmUPbQ5vdWHan9FL3v"
    "9OiZni5H2OieIkbjxv5wl6K9paQeIMMblSNe8UnVFFG2aN2lfir5WSLFNUElgmXlgmhpsx"
    "ma6bTjZ7uBrT5MHfmOkgS8AGLp2gZ+1w6aR1uMJ+Hdi5FLbjrA2qRAqzfbOvMxKotRG3yD"
    "rfvbdEiK4ubiNeh972tZEgGU860U4Pt59ZQ2bWWDyUtMSV7I17Q2vKuzduI/tTNbsnUWO/"
    "5bsnVbVxEoWqlRsn1RlbFNqjmhFhFN3BOj3OKLRntlsQwowgzCiBOIQZ8UkA5QkzIh+zYY"
    "olwqETgrVSPocMfakmwtzDx1uwWQbZsCSwaQlsCzsHUlSMyvw5bQrOsiWTzNIeRgVAjomB"
    "12W318WHjDVA7MSZOTZUhXKburPluMZD4aDOuBxAvRNqWG//ysE+CrYlVctC/+fZZMxGPy"
    "QL0BeH3sTkZ1tFB/OoVBtwr3uMgZWxB/RUg5O6hnWHr5wI7Wdj0WFwgvRyN4sM/N0vACQg"
    "kIBAAraIBAzabvFScD5NCMJsGtVVHsjbs7XB3THIgSzHjFXnSpj3xdmv40EPbQ5v9ZHQvx"
    "Qv+oOvn4ajUQ9FTv27w6vryXTu3/NOgjvjz6Q/B3fck1td+MUr7v33YphvpoIXxEwObvWp"
    "MBfG8+FkLM6+C8J1D8Uu3OpfhV/F6WTep9d6KHx2q38XLr5MJl/FS2E0/CZMf+2h+JVb/a"
    "o/JD+G/iXlv/Tns/71NQFmfEkKh0/J3cn066fR5Ls4vSFPCp+5tYzJi/XHA8GtLDjplNCt"
    "q+ejeI+aT066RGvxY+b/fiPc+PHsBXqwJ9VD3n/Sj27GY9LrSP/xDtyeNf3Vu+Qf0cj6wU"
    "AQ/Mh6//BW/0T6Br3k/S/TotVH1q9NY8nmY2YrSdNS16KE5UqtQik1fx/XNXl7a1DOTj+8"
    "36w6oSdZ60xmV/3RKLmwRLJtvFqzwj+yAQ3LAaCRRZkvmiExpsl0piokEtc0VdlG/0Waat"
    "UGaUjPXziqZqu6dUQf+xqqPoUom8iKc1YxnYVWkCSyLPr+BdpjK7FXczRHBawFd2yaBiNv"
    "VkbWiUCgfbThu+PjHDMhKZU6Fbr34uS44qyx+IBfiqAclaoEao5Se5zmAvo0A+jTJNCmo4"
    "vSnc3KArcjQ2VYEBJU8rNyLEkaEGXfLEcVRSWhlXlu5TtVV637Us0cE4V25rmdYflv+nzZ"
    "TOKX0ezJCH1wpYIrFVyp5V2pE8deGM9XNOEiw6MautvNcqwabjkxyNu4e3cpgS5sRERsaR"
    "CQERU8QteOSd4RnR0jRXqxkKtGI9V294PCuo3ezK6FAbp1jo+lD+9/Su4zVVWl4OTlYBzq"
    "gpP3B5rr8zh5GzTXN2+1B8F9n7jXqHgrcgseOvqSQFg0vjskwrGPnZu4Sz8cvlQHD8lC7y"
    "7RuxeG8iLaBN5S6EekAf8S+KfH8bARrzt25xU9M+cfcwws5x9TBxZ6q1lBJwwXMLXpKg07"
    "mQnjeQ/RvzRQ6XpOA5Su53yGlEAERKfaCAhqSZfxo2zFgFznh2X1TK8EEfg6BFU/SrBsr3"
    "Yz034ouXioQoH+/0wQoCtsS9Sc/BfQQ0APNUMTai89FHyMBZTckEgL9dzqDWj2djfp+B5+"
    "g5tOXSNVzITIFXN0nhFzdJ6MOQIPdtuGrTwe7CzbMTX6aB97kTM1ue4FIfjujubde8Rica"
    "RZsoD5bswlRbRSksJkZI0KC8EGxTFIZWm1ltRlUcdXTAxg5TUVQ3vg5TaAiFOIq4sgSg7B"
    "FYDcV2a4TQl+4+hGpp3duAYDagXIDkJVtRTc2PRTNPAttN8IJD+PIl1v6mWl7+/MzqRe+6"
    "Ft2zMY2Pq2dwcmlqP5vgtM7A9EaQATm691gYkFJhaGLW6GrTxMrK+uFBy5olIweOUYvGTH"
    "NLEuF1rDHpY55I62s6KBUSVRzhOTlh6SlohIo6PLvw0di0UnioRg+/ju6jt0MAakeRjSA8"
    "oSgi3aL/v05PzD+cez9+eb6LLNlawQM1Z0mYZl+uMTwGZu/h4Wg53fc+z87m3c/qLLpVSf"
    "pDTE9PGj7SStNHB9gOuDN1azW/3i6SR1vyeP3ELavmYymTqQmESy71nKJJF9LxYQyEAgA4"
    "HcAiYGCOR8rQsEMhDIMGxxM2xBKO/rh5VCKO/hMVckVXsRF46yZEWTZeScjckB1rux1tQ7"
    "d1QvATdDFBDfjbhB3mgV8AtLQ9KKYM4Ubh/qNeRhoelzxUB/KaIdRSWBX+ZHGUoacVhXSr"
    "VxWA5amOcWhjUpsCalGfCCY4aHNSmwdqIIxJWtndh75UQ/z7qJpsActbhgWckBPYGbj5bh"
    "DAx/0On+wPAIAh5B8AiCR7AF1Dp4BPO1LngEwSMIwxY3wxZ4BF+fvweP4OExN9xE6AS3Qr"
    "6SsFD7UK5+Nga/K/hd24s4eAB/BP+QZRvrko0cEoQ25rmNXSs7YFbKtDWzAmhz7ts8MEtL"
    "t3m8Amhzntt8m86peFrPzBQJP6ZDGvz94O/nCOLaclCGUsDtCXQk7VxLUU6MleD0r8Hp7y"
    "0q3RuedqVFhbCITHTqDIugUJHhcNVhhEVs7nWzwiJoe4l3QTGIi4C4CIiLaL6DEeIi8rUu"
    "xEXUNVJBXAQMW7XERayJJiSWGLvicu3ztdWy2g5iUOr0HhuypBWaIbYS7cO3+s2ayY+06D"
    "sxuvDPs8mYDXFEKD43qLKN/os01arNgA8ZFAtH1WxVt47o817DpqAgRaaFxHby8Z3jY+M9"
    "rSC+nTxw1sBZ80bSdOtMHgiU2CEpseFqbZj2J9UFJEGKhe52d9JiqluYPNgvvYsd6/R15K"
    "w1Q1Kwggazb+hJUsn4vUR3holU20Jeheh3Y9FDFiYTuYIkG5Fv2e4ir3Mp6Oke68i+x7QU"
    "wrpiHXViYNf4GAaLB1QdUHWNGNsbavPmoerIL7UxyxUq6LL5siZNNMfPKXniQ7Kt4Oyyml"
    "X4ZZ6trm5adTQZfw6Kx3XYmA2s/huLixcbF0nOHxUqlZi/FO7HdX1bFaflBxug1rCgQDsg"
    "XbAguknJPcDlUx0F+6pB9lVKr64A6RsLN5Axywtw8juO4EteA41vRqMsA7buuIVOSszCbs"
    "MslzFWRaiCZwUm4xWSxaPaNRXpomSpqN8prZTHoYumpD9kFcMrSdXEhao8s++v7+leTN59"
    "sNrAauNzxmix1XZHfnDKJmo57LaINFhuJSw3d4Ashf1Gsg1OtleB3Zt3EthnLKmPSNWEe2"
    "JyabBv3p3eS/XujST07uK9O6RVFejdUSno3Tt7t6RbT9hkUG6b/p3uwA/JQg8vQXhmBP0I"
    "urNK2NdVBgDl0FmSFgK1Gmfuc4/GwveCpkGHiPQQ+XOrDybjeX8wFy57aHN4q//9pj8afh"
    "rSq5tDt+w3YRqU9Q5v9dFkNu8h+rdT4jOqPgAmZkpGG3S2kjQtncKOih6Owz5JkNjelb2Y"
    "67PTD+83pDU9yeKrZ1f90Yixl6zhmHJKtFaOD2MjfcDoXvfLcB98dNUfk95b9OO4EuZ9cS"
    "T0L8X+5ayHIqe3ulcnuez+v9X718MeIn9u9eHV9WRKPgXvPx8fw1qT7GClS+6JOyTThsmk"
    "bowjtFkBnONy7cO6eh0J8mf8eLkUmrXm4aAWSTOJxDxLHtzt0SWaA0+1X8purx6Th8+cnw"
    "ZPfuYp82dmqhRw17NCIbwV+8XR3AoBolFEX33rnlaiqjhrTZXJjxaNu4LIMkQB3Si61IQr"
    "iGpIBNCE6L1DwvtEfnRRXEMy0F0hYo+PiL3X2bWLz06816Zd23i9pG5bAbh5M1I1FNmIOp"
    "8L10owbTWgucFkM+6F4Qxns2onqCGFMwes7oRfAa7tDoMOq0U5QA1bUhX12fZiyzA7C8eY"
    "M6CHldJpqRXpf/HJMKtYTD4mdX0nVbVIY41iZVTSk8akmrZC5Ad4yPeSvqwCKy8CZ+BW11"
    "bMbGkpmsZTBWjNpWVbQaJ3sb5vllwK0sCrqa1A+TtbMfMTFYVqEtTVJrDqXoK2mQVTlqKF"
    "Z8kduUI2k7NbdmemkImO0UIjeCMXc7TGJqLSyLhDEqI1/o+FaJ099HRvaPite9PCkinfoy"
    "eV9ALHdtN30DKkDiQTGTOZKqTG5+zOFZJck0ZrhyVpsCSN6+GooZEkeZakbb+/RKOnx+ZF"
    "hFqxEq3uyLzUAMj0cSw99hEcYuBvBP8Yb7pptwr/WJDM4DA8Y1OhDQ2NRZMw1m5AGO6rsI"
    "0HnzvaZTgExSpNaJHQxIOuFtLeQAUHFZzToaHFKvjCUBjpi3Is2w4EW6GBH3pRK2mSe6No"
    "UFVECKKqwMYBG6dJ8IKNAzZOU6DdaeMkJ7MKQG138E9k+uYu/WHEXZ5iQsZd6jtMyYhHP5"
    "8fan6PkSeG7lXLNsyXrWfIdQmhlfGIFaTaXXRnGitySSKHtuEf0DTySa9TZbWCZQuWLVi2"
    "DbFs6Zcs7pc9KFYFx1kgWp02iDTyfu0YqYBnwqLVzegpAiWywCcEgfwA8gPIjybBC+QHkB"
    "9NgbYQ+bGdm4AA2bWiND6Nc0eC0Cj4FO7DD5DfQXnYfqndW/OhOxPjt3SRHSLNijVEDGyP"
    "kfgbIrVYSDKxGx7rfeiW+6GjN7+Re7+hO1WzsdlF9Iy+nPXbT4xt+Wp5BHO3imBccXHbvT"
    "vFthiQIkCK8DdRtJgUYe//kB5s26odHyDOlns7AcwwMMM4ghjMMI7NsNexEwRTshwTz40V"
    "UfLpziUMgyFRJtNywF5polOHi+80IUhHwQrR6bUXtHgJr6rDVg+tTeMREw1fR37t5FAhhQ"
    "z5wUImfuvtyd0lh4+YVI90w74njZa0Imp7CuztzcF8AAYCGAi4sUrXIfN5V6PSbvcVKLrq"
    "MSkJ2zbtNMhg77eDwAybkB0EZjLpWCzbLF8MxFaaZy6nI0z7s5up0EP+wa1+NRxPpj3k/i"
    "NndMsfMlGSP8KIzJaTsb8NUOTarT4V5sLYu705jCu3eZrxNE8znqY34ymjGQmAVtEc8FEp"
    "CICIDfTE/CilqkYEW6ipNkQzDTDJ5q79pam5uWu/PMdheyXnltPj4zyj0vFx+rBE7zH4wN"
    "fzvQbJtVL8r6HcWzt8sHKoZK7ER55fOpKCyK8DvSHPwrrylvIfP5FKDHPVRe5ATOS7yMbP"
    "NrLujSdyTGvRscbOeVT9I4qEoq8dk3yL7rcAUenAr/A/a7WYXwl9i2W0+JA412p8f9wf/T"
    "ofDmY9tDmkG3ROv5IWGH8Whav+0N2pM3LhVv/+pT+f9a+veyg48lX+4XgufJ72Qwp/6Aof"
    "iv3SlHQKfKJpLwyDDMU6+2MOScVadEHE+GnSKkbLi8lkFPlOL4bxxfI3VxfC9M2JCzsppH"
    "o+n2K737KBfo0dbw+mEZ5/zNGbzz+m9mZ6K0bqGJoqv4iP2LSYHuEMYich2T4N/Ow0B95n"
    "p6l401sxE/ZRVbDO6tI59pgPC7cB7EPn4zCxbJhKmbUpSUngZiAqCqKimgQvREVBVFRToO"
    "U0Kiqa8z2Fw4skhd/B4hmRsrvXU+hoI0EDlTyajaZwUFQyRdtoJZkP2CYtgAwTUQt9RfsG"
    "UrCsUi3VYqyfqKTKzPUSD6SzJdZLAC0HtByfY1SLaTn3S0y0dz5OLpDlmVboXA6nwmAubg"
    "i3HopfudX7N/PJFWmMS/FSGAxnw8mY0nfJi3zQbcAA1cwAgVEMRnFD4ASjGIxi3i03MIp/"
    "PKN4KWlfjJgZl7jZzTaGSTHxPiiXY1UQXlvI0DGyHNd6/R8L0S0CvcSG4WU6JgFJ92w18k"
    "8j5wRGCyusNUCV1AkrfjgY1rtg+oLpy4cqylf0fjWKqGPhomn9QyIAZq4FDzl2p2jGagdu"
    "/eFrTZLLGP5xOTD74z3a04dKTLEx0Qrm2OYgzNOUmmupwqaxSlBncUn4hoDrqRle4Hpei+"
    "t5HWJiimVMfjxptg6DmQjd7WZRE6ZXTnzwC+7kJoRHbL4gQTl99+7kr2jtLDRVRkQa2feS"
    "jTC5iyzSm7CCJORX3kO//eXoCWva2wcy1up/+cORdFt9fuvffkukf0OaatkW3RZ8leQuDv"
    "RM4DY4GMa6wG0AtxFz66d49dlN/cD8ukqajLu/q4P5hmtI+eAOpMHQn3tlQESqFZZ5HUBz"
    "sip3GpD5U8d9T4aiEC6wQ1fwi4pmUDZXTF8oMzF1OmzcC3eG6TokZNJTlob50kVPKs0tRm"
    "dktNYk2017vDAcXUkJ7ausZmaEX1xtDmqDaD9QC5oysrVXLdh8jcy5a3fEX1ie51ms0x8M"
    "JjfjeQ/5B7f6SOhfiv6GQj0UPvPv9cez78J05t/zz/x75FFCcMc9potzZ7P+Z3o1OKJxhJ"
    "fDuSh8E8ZzN4Bwe3ar39Aym3vhs1t9Rmrwgg6Do1v9u3DxZTL5SjP7DL8J0yF9UvKav0i4"
    "fzlz8wD5K4SD01td+OV6Mp2Ln4YjKh8+czdPmnlvExzd6tfT4bf+4FdxKvz9hnQ2ci9+hb"
    "7tYCrM3Zd1D+KzzOssI1SkF8Y2WUM9xU8SFI/1YtXLn8FHL84/YrlbV749PTn/cP7x7P35"
    "xy51VZJLmysfMuBOrjGWZDbrlW+Q2EofbojobFSyvvv0IzchllBwTu54Uj3k/Scf9Hgy/v"
    "Vq+A+Brub3D8t09+r3FHPWSsn5OyoJ8zcv8zfDv+K/PbgAwAXADcRNdwHcWOS68JiScSt0"
    "t5tl1ju0nIgfc+fbujYNxZFtRF5Le7FV2eoiuiFzkGKcmtquoU2DYohZvskdE6TLStryld"
    "SYJ5sWpM4Cq53/4amhs36jUpO3MdYONobaWim5smueZGTXPPGya0YcJhKpO4FvjkjGQBDS"
    "+pRJ63OHTdPbU7NECOlWGMAvDv6rhULzNrrUYpQ5Fqtb17XjLKeQ7jTCQh2KL+MLmxn5js"
    "O3u9nmF/l5e+U79q0iZjLi3amMd0rnsauCngxZisHUatQgBKYWD6ZWQ6ZyyAENOaAhB3QP"
    "ckA3KQMQ5ICGHNA8jiHAV/Cp5ABf0V6+IjO7a7RAdydnsXd2V1oLeiMtDMem3l3VRMaTji"
    "RZNhydpqdZm4aMLYu0CYPG2L86Zsx30MUhqyvQGA0am1pMY0BWV8jqyklTcWPTgZoLai6o"
    "uUw19wrb0sDQ9XQ9N1YiU9FdkbIUCr2Ipks9bGuii4aXJ/bc+EXN0JdvNfURK562ahsPWH"
    "eTLj7RTAaqjZ4kC/lMItt1V1XFu1c8gvYL2m8zhqwWa7/uAJQ63eeIgIpX0Ar96tC04hbE"
    "hao8F1Fsk5J1NUCbMlNsUWOHtBbq93tFuf7gfLokU8pMdNWJUs0QrwCGnxKt4KIn4ue1Si"
    "aWEgoASx5yT/KzNjI57RPb0nYYa8Dz0V5b6QOuWt6aVDP38UeDyXgsDObCZUE9u7MRdFfz"
    "e4fu8v/h1KXHgiP/Gi3nH9zqY0G4nIlToX8z/9JD4bNbfSp8m3ylpf2DMmRZ9auffaNMtG"
    "SD1pVo8nRncVIy/lGrso3+66a5q63Zt5bVwlE1W9WtI/q81zCuKFLZY298mI19ubSC+Nir"
    "YFlT9VLtwxCFBqq8gTTJskXrRZdL2cZJaZgYeZ4Y3fbCpmkwGNp0Kywq1QZDIBbFlGu121"
    "nGarez5Go3SMuRjn4zCSfGF5ZIy+GT3WXSnjNEIWoc8p7XDC8kPXmtpCdpw0YFUOf0nfI5"
    "RuxEmDFQRhAm74HGN6PRa/lQryU3CVvCc+pe7+70l66DYrs8penA5srH6j5MhTA9cFQ2ZQ"
    "huqN6Y21FZLFN7SKQVboG6vWL8p3fp1DVSxQLqcpm75xnm7nnS3OXD1cWnRnM4T5dkPRTi"
    "WDcCwKxWzqxaRCGViy+EDYsdcCXs5koY+aJ65+ssgXUW9O0WxZGOCALW+bF2306U77H8UE"
    "pTzagG/Af8sJtJNRUIOCDgeKeHOM86/B0v7g3j4RLTeHOTuftgvEg3izN68grTH7gtnSvI"
    "XrJtvFrbyDaQL+zu+uOmMqYX6Ul4pGZH1JeqJU9SrMT+QRF6IyCugKkCpoq/sarFTJX7YR"
    "ec+8My9U76zcs67GHjwpFANF+8YrQGnrnAjrfZ0lTou+GJ4TN/e6Wb68vQPf/MvydM+7PN"
    "Le8ksU2ROJhcXdMdWy4T+xVtb/m5tPzoyOFkLJL2Gn+mMik3tpswzUlN2+2X6Fl8VsxHwe"
    "Vi4DIIuAT/5k3DyT40W0malrr5UUjscPsfndQ16nqbH52dfni/2feInmRteTS76o9GSUOX"
    "qG+OpBUkFLZCQCbkIRM4j9JOKm0xxdyP1L4WxpfD8eeCylvHFyPjlHdAt1Pzr8w2V24GA0"
    "G4pCPT5vBW/9Qfjugl7z8p9XV4fe2W8Q7KjEjVR2YvDIURy5DDExAIggeguAfAku+x4mjl"
    "WLmYbAv18obo4bm4OH/qLtXUcVlgXXlu6XvbXotps2W2fhcTLaXjcdayFWp5imN6NOGq0I"
    "ahUakWYVrZtqGFlxi0eHXBaa5wi9OMcIvTZLiFTrQn0R/FS4z/DHGYAnieAqhOLK4dc1lq"
    "uk9KQ2vz3NrgZq2Vco2EHxSDlyEK8IIXm5NlJOHeWQHUPt01i9XaUsQZnzaHcQORxkiPHY"
    "i32e74gXjfqXb5CawxAc99I0aLFnvuHZPh0Eo3yf3iPPuTS1vkuXIK02IZNnkyr7DriC8U"
    "f7+VgAD8bF9ImQD8wilnINNMreshyOTBmHByeAS3oq0YjQ7tFFyb+FE1HEvcowkYdbSBqj"
    "24f9ZFTzQNu6QCxqwA2Dye2TxiRKmPjOi+zFiirdABY4kCYyfcoBsDiONIInf3ZdmhiIl3"
    "kqo5JmveT3XopYkfLiLuOI768R66bsW+PEW16E8rM1jFRGGY4nmYCkz74omr4oKQtgpSwb"
    "WbbmF8UIlUcODEAy8T7z6PCtZKhnP9umHRKkv3uvBlP32dYm2DaqbbKbz8sSXw/1mng6hP"
    "oJfvOwyfkH+nm+UGkrZluHH8pCrszCGRoZ77XX4/hw/3YXfpfp4Su5bvu105b59ijPl/9y"
    "4P8f/uXTrvT+/Fll6Rj6oAwn7xFqJ7kivS8SQj0vEkGelInmhjnaE5p9P4IZHD8/ivozhV"
    "xtgnVKxDRjv8+f/mdE11"
)
