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
    "eJztXWlzo0jS/isV+vL2RKi9vvpY7RtvhCzT3ZqWJa8kd8/seoNBULYYI9Bw+Njd+e9vFY"
    "fEUSBAIBd0frE5Kgv0VFGV+WRW1n86K0PBmnXUX6tz4wHrnR76T0eXVpgcJO51UUdar7d3"
    "6AVbWmhuYWmtivam2MKyTUm2yY07SbMwuaRgSzbVta0a9CGdPlpLpq1jE7lC6M1vfzyLR0"
    "dHv/3URZZsrLFCbiBDx8gw7yVdtSQq+TdyRXtBqm2hpWQtkWohyzZMrBzRpyqGTB6r6vd1"
    "PcDR1T8cTH7mPbaX2CSP+ee/yGVVV/AztoLT9YN4p2JNiWCpKrQC97pov6zdazc3w8tPbk"
    "n68gtRNjRnpW9Lr1/spaFvijuOqhxRGXrvHpOfJtlYCUGsO5rmN0dwyXtjcsE2Hbx5VWV7"
    "QcF3kqPRhur8752jyxQE5D6J/jn/P//VQsVEcTyZizNhLoqdRLvSV4i1hH9JNnTaJ1Tdpk"
    "D950+v3i0g7tUOfcDgS3/65uz9Ty4EhmXfm+5NF67On66gZEueqAv6FmXZxBQTUbKTaF+S"
    "O7a6wmzEo5Ix5BVf9Cg4KNMCwYVtE2w/jQDcAL4aAO+QH6hMSOf22z6jAebDK2E2719d08"
    "etLOsPzcWvPxfonVP36kvs6huvvQzy1XvjwaYS9H04/4LoKfrHZCzEW3VTbv6PDn0nybEN"
    "UTeeREkJddPgaoAaKbltdfd/or0HS8lkt3VQPtbKBK0mtutKehY1rN/bS3J6enyc0bDf+l"
    "P34yKlYq019m+devf+jODrDqAiHQ+LoByVqgbr3aPYwZB+f54D6PfnqTjTW0yYyeNKwOxL"
    "tbBLn7zPAfRJfPjZAk1vRYF2p38rCfLPs8mYDfJWIj4zqLKN/os01bLrAjo0Ly8cVbNV3T"
    "qiz3uNqZkiFJkUApjfXPV/ibfAYDS5iI/2tIKLWHPg57VKbpeYtKOSFUza/nDCy4fQkDk6"
    "wCRzktYkyxYdq5RyFpeFlua5pU38SOakMu0clYRW5rmVA4Np8SIWs20TglWaufw28E6rdg"
    "utR0j82yUkCoLLEAV4CbyUl7l7YHIGYciSUH8yTKze61/xiwv4kLyPpMss89Fnyyax6poJ"
    "8fbqdhQ1pacNscXqaOSAIIBtz2Dpzwb9S6GTMmZUAPSNhZto3OQFODFMsuGlHXshyQ9Pkq"
    "mIkR5O7xinRuzKpmzy1up0Fb8i6dK9CxH9LfTNfeyH+qNqS/5PTxDGobvdLMpYjZbbxRmn"
    "Qwy8LAdDbBd4WeBlo4b9SlK1ZIMLumy+rEkDzfGznWLYB5Kt4LOymlT4ZZ5NqGxadDQZfw"
    "6Kx1mWP5O4iwtVeS5CJEal6gK+TYStaWgMv8NQtwXdWSW0mKil64vGYPZZXD76d+fbUPgu"
    "THvo5PhWvxKuLujxKTnuX14Nxz10Rg4n38f06vlxJ1+L3NPXfXt2+uH9R3LX/TX05ENG08"
    "yu+qPRcDwHp8Rr9HGOyNkmDesczdS52BxJlvG6nIYWEwXWjud2Bm72R2hl17Auw80mBIE8"
    "BG4WuFm+IK6Hm91++sDN7gI4MUzyxM1e4dUCm9ZSXXcY3GzobjeLm11Fy1XKzf4z8V07tL"
    "/8Czhb4GwbMU60mLMFTusVOS1QLmvV3eksUxDWkAjACbo6J7q646vXoKVnQRv6dnnSzyMd"
    "m6Ghxzt+uo4e/+IgggK0cdDG26SNw8q2ele2WZpzXwTfoDw4jnc6jv0XJuA5um0ySMV0lB"
    "mih+vQnZtZcmbwr1XSj/P04vQ+nIhBwX84qonF1Z2UhPjCICa5pKc59CKSMYQXRLQuiDdX"
    "whgX1Vjyz7oXk8koMt5fDONBVDeUCHhz4sJOCqmeopg00AmaitctmRxJyuqliNDh2JHjOM"
    "THe/Rhj+Q4PTn/cP7x7P35hunYXMmiOzwgE7Zjuv4dCkwI0kow1mte+LKfvk6xttGC2bZO"
    "OIlFw+bBNHsn6b5xMdgTqGjwdhuh2ro29oQq6ktpI1QWtqz9u9TMqyUHSHzGhGRjJDmKao"
    "v4EVOh/cYoWpNAK2opVL8biz0h+tlYtBQbSdm39yhtHYWI+iTJrgK1N0R9eaOItRQpC++P"
    "0gy3FiFZWq0l9X7fKW3gV9NWmFyb5c4wV3viNCL1fCLVtBondbU2TJuYLxorq0wh5dut6Z"
    "OqNZGHzQ1YBX2qzfCI9ER8MswqgBqTur6TqtoNmGHv++W5WJFqWo2TRQx7xxLlpaTfVwHY"
    "zK1v4FbXauBs6b4CuObSfatRokX2t4IpUgOvplajZSx+x3IFhB3FaxLU1V7E7iVNXBra/n"
    "MiqeiLobV2QjSxTb4cGk1kOnvro9OgsqnTXpV0hW2JFtEr+RyvSG2DTWWtxmwt7a1FXEvt"
    "1Rye8GJpGA808kx9xObLnlB996q79GtrO2qWs9g8pBrkZqEa24RencGK15JlUUt0ii1MH5"
    "iIVowW6GaFK679oqK5KQsBixCwmEAcAhabG7AIWVkgKwsX0yTvH1OASebXVDJdNmTKbk77"
    "woK0/VSQjAVpsEqqwaukrg1NlV/6bm4pt31Ytke8TDfT/HBLi1K0+M6NyoRHVcGkNDLu0N"
    "NSlZfIqwhJiEKHgvRXXSTpCilBtxp7IFdoYQ0jYpwgP3gF4WfVsq2fknuV1fQMsJE4GKC6"
    "YCOBjRSZ9R+xGYTD5jWQQiItXNp1lmdNzFn6opizxKoYUKxAsQLFKkOx+uYPKKla1bftiL"
    "NTpQqNTsDogrYC2gpoK9VqKxxxudXrKvjujsYKPGKRfgDsTyuFy01IZn1aDfysMqCmn0Y8"
    "Izx+ZoxM6ZtMBOVboVFnjThV7TFRYAFvnRrMFMsGjYAYkFOWAhO5n6m/mH5J0imUfHQQqC"
    "+gvoD60iD1hX7Zhf3REaFWTA91O6TBU1lsSuboKwJP5WHmJiDU2kmoBdktGJpoKPFFuhJq"
    "hQrt9Eb2kUW6xFtVP0J0vnZdf7Mv/ben795T5yE9XWDJxCZyY6qQaiHLJv1ISTod96sK1F"
    "0OhhRQd0HdhfjLV1B31TVtE9JsjJUJObY3jYqXwrtBum4dW5y6ugCZj1mJ+HI0QFQcGqB4"
    "A2iSZYsWJsNG8QkmLtvCKaYhU0ou2w+CzX+IZoatIX+EVuZmi5nmtDHsMAM0GT+Q7k+TpQ"
    "0HFUBbcNMePseAvffsIe+Bxjej0Wsxkm4HZ9CRQcdP5yI9u2ibIxP84UAQAkHYJoIQryRV"
    "K8WZbCRb4RA/NF/ioicuVOW5CDEblQJidicxe0eeKrJ3TcrRxSPS0M1LdPM1gawc9htJYG"
    "OLw/67sRBt1WZt3ZsD+og0wF+i1weZjYo63hKCrRh0YhtevXuXY5QnpdI3vaL3YrHehr0W"
    "LUw00XIOoJg8dPrinX51J4lYp1gwzLXMncdikrDzWI6dx9wO6znObLxmAK7ep25AlpQttQ"
    "kZZ/3d35Lsr6enZ2cfTo/P3n98d/7hw7uPx5u9yZK3sjYpuxh+prBHmifZDl4KbfYYL+jO"
    "KkGURVpiK33IDQ0tbHqZuo/6g/nwm1CQp+h4Uj3k/b/VZzeza2F8KVz20ObwVhem/Rm95P"
    "3vlJgpTt7nmChO4sbzdp6gt6KtFSTOEJMrVfNO0RlVtGHWqH0l/lopyTJFJYFl4oVlYrgZ"
    "k+m66WSzh6sxTR78jZkOsgRs4NIJetYOl05ahyvs14GdS2E7ztqgSqQw2zf7OiOBWhtxi6"
    "zz3XtLhOjq4jbidehtXxsJkvGkE+30cPuZNWRmjcVDSfe4kr1xb2hNeffGbWR/qmb3JGrs"
    "t3z3pKo2TqJQtXLjpDpji0J7VDMijKI7WKfHGYX2zHYLQpgRhBklEIcwIz4JoDxhRuRjNk"
    "yxRDh0QrBWyueQoS/VRJh7+HgLNssgG5YENi2BbWHnQIqKUZk/p03BWbZkklnaw6gAyDEx"
    "8Lrs9rr4kLEGiJ04M8eGqlBuU3e2HNd4KBzUGZcDqHdCDevtXznYR8G2pGpZ6P88m4zZ6I"
    "dkAfri0JuY/Gyr6GAelWoD7nWPMbAy9oCeanBS17Du8JUTof1sLDoMTpBe7maRgb/7BYAE"
    "BBIQSMAWkYBB2y1eCs6nCUGYTaO6ygN5e7Y2uDsGOZDlmLHqXAnzvjj7dTzooc3hrT4S+p"
    "fiRX/w9dNwNOqhyKl/d3h1PZnO/XveSXBn/Jn05+COe3KrC794xb3/XgzzzVTwgpjJwa0+"
    "FebCeD6cjMXZd0G47qHYhVv9q/CrOJ3M+/RaD4XPbvXvwsWXyeSreCmMht+E6a89FL9yq1"
    "/1h+TH0L+k/Jf+fNa/vibAjC9J4fApuTuZfv00mnwXpzfkSeEzt5YxebH+eCC4lQUnnRK6"
    "dfV8FO9R88lJl2gtfsz832+EGz+evUAP9qR6yPtP+tHNeEx6Hek/3oHbs6a/epf8IxpZPx"
    "gIgh9Z7x/e6p9I36CXvP9lWrT6yPq1adyz+ZjZStK01LUoYblSq1BKzd/HdU3e3hqUs9MP"
    "7zerTuhJ1jqT2VV/NEouLJFsG6/WrPCPbEDDcgBoZFHmi2ZIjGkynakKicQ1TVW20X+Rpl"
    "q1QRrS8xeOqtmqbh3Rx76Gqk8hyiay4pxVTGehFSSJLIu+f4H22Ers1RzNUQFrwR2bpsHI"
    "m5WRdSIQaB9t+O74OMdMSEqlToXuvTg5rjhrLD7glyIoR6UqgZqj1B6nuYA+zQD6NAm06e"
    "iidGezssDtyFAZFoQElfysHEuSBkTZN8tRRVFJaGWeW/lO1VVrWaqZY6LQzjy3Myz/TZ8v"
    "m0n8Mpo9GaEPrlRwpYIrtbwrdeLYC+P5iiZcZHhUQ3e7WY5Vwy0nBnkbd+8uJdCFjYiI3R"
    "sEZEQFj9C1Y5J3RGfHSJFeLOSq0Ui13f2gsG6jN7NrYYBuneNj6cP7n5L7TFVVKTh5ORiH"
    "uuDk/YHm+jxO3gbN9c1b7UFw3yfuNSreityCh46+JBAWje8OiXDsY+cm7tIPhy/VwUOy0L"
    "tL9O6FobyINoG3FPoRacC/BP7pcTxsxOuO3XlFz8z5xxwDy/nH1IGF3mpW0AnDBUxtukrD"
    "TmbCeN5D9C8NVLqe0wCl6zmfISUQAdGpNgKCWtJl/ChbMSDX+WFZPdMrQQS+DkHVjxIs26"
    "vdzLQfSi4eqlCg/z8TBOgK2xI1J/8F9BDQQ83QhNpLDwUfYwElNyTSQj23egOavd1NOr6H"
    "3+CmU9dIFTMhcsUcnWfEHJ0nY47Ag922YSuPBzvLdkyNPtrHXuRMTa57QQi+u6N59x6xWB"
    "xplixgvhtzSRGtlKQwGVmjwkKwQXEMUllarSX1vqjjKyYGsPKaiqE98HIbQMQpxNVFECWH"
    "4ApA7isz3KYEv3F0I9POblyDAbUCZAehqloKbmz6KRr4FtpvBJKfR5GuN/Wy0vd3ZmdSr/"
    "3Qtu0ZDGx927sDE8vRfN8FJvYHojSAic3XusDEAhMLwxY3w1YeJtZXVwqOXFEpGLxyDF6y"
    "Y5pYlwutYQ/LHHJH21nRwKiSKOeJSUsPSUtEpNHR5d+GjsWiE0VCsH18d/UdOhgD0jwM6Q"
    "FlCcEW7Zd9enL+4fzj2fvzTXTZ5kpWiBkrukzDMv3xCWAzN38Pi8HO7zl2fvc2bn/R5VKq"
    "T1IaYvr40XaSVhq4PsD1wRur2a1+8XSSut+TR24hbV8zmUwdSEwi2fcsZZLIvhcLCGQgkI"
    "FAbgETAwRyvtYFAhkIZBi2uBm2IJT39cNKIZT38Jgrkqq9iAtHuWdFk2XknI3JAda7sdbU"
    "O3dULwE3QxQQ3424Qd5oFfAL94akFcGcKdw+1GvIw0LT54qB/lJEO4pKAr/MjzKUNOKwrp"
    "Rq47ActDDPLQxrUmBNSjPgBccMD2tSYO1EEYgrWzux98qJfp51E02BOWpxwbKSA3oCNx8t"
    "wxkY/qDT/YHhEQQ8guARBI9gC6h18Ajma13wCIJHEIYtboYt8Ai+Pn8PHsHDY264idAJbo"
    "V8JWGh9qFc/WwMflfwu7YXcfAA/gj+Ics21iUbOSQIbcxzG7tWdsCslGlrZgXQ5ty3eWCW"
    "lm7zeAXQ5jy3+TadU/G0npkpEn5MhzT4+8HfzxHEteWgDKWA2xPoSNq5lqKcGCvB6V+D09"
    "9bVLo3PO1KiwphEZno1BkWQaEiw+GqwwiL2NzrZoVF0PYS74JiEBcBcREQF9F8ByPEReRr"
    "XYiLqGukgrgIGLZqiYtYE01ILDF2xeXa52urZbUdxKDU6T02ZEkrNENsJdqHb/WbNZMfad"
    "F3YnThn2eTMRviiFB8blBlG/0XaapVmwEfMigWjqrZqm4d0ee9hk1BQYpMC4nt5OM7x8fG"
    "e1pBfDt54KyBs+aNpOnWmTwQKLFDUmLD1dow7U+qC0iCFAvd7e6kxVS3MHmwX3oXO9bp68"
    "hZa4akYAUNZt/Qk6SS8fse3RkmUm0LeRWi341FD1mYTOQKkmxEvmW7i7zOpaCnJdaRvcS0"
    "FMK6Yh11YmDX+BgGiwdUHVB1jRjbG2rz5qHqyC+1McsVKuiy+bImTTTHzyl54kOyreDssp"
    "pV+GWera5uWnU0GX8Oisd12JgNrP4bi4sXGxdJzh8VKpWYvxTux3V9WxWn5QcboNawoEA7"
    "IF2wILpJyT3A5VMdBfuqQfZVSq+uAOkbCzeQMcsLcPI7juBLXgONb0ajLAO27riFTkrMwm"
    "7DLJcxVkWogmcFJuMVksWj2jUV6aJkqajfKa2Ux6GLpqQ/ZBXDK0nVxIWqPLPvr5d0Lybv"
    "PlhtYLXxOWO02Gq7Iz84ZRO1HHZbRBostxKWmztAlsJ+I9kGJ9urwO7NOwnsM5bUR6Rqwj"
    "0xuTTYN+9O76V690YSenfx3h3Sqgr07qgU9O6dvVvSrSdsMii3Tf9Od+CHZKGHlyA8M4J+"
    "BN1ZJezrKgOAcugsSQuBWo0z97lHY+F7QdOgQ0R6iPy51QeT8bw/mAuXPbQ5vNX/ftMfDT"
    "8N6dXNoVv2mzANynqHt/poMpv3EP3bKfEZVR8AEzMlow06W0malk5hR0UPx2GfJEhs78pe"
    "zPXZ6Yf3G9KanmTx1bOr/mjE2EvWcEw5JVorx4exkT5gdK/7ZbgPPrrqj0nvLfpxXAnzvj"
    "gS+pdi/3LWQ5HTW92rk1x2/9/q/ethD5E/t/rw6noyJZ+C95+Pj2GtSXaw0iX3xB2SacNk"
    "UjfGEdqsAM5xufZhXb2OBPkzfrxcCs1a83BQi6SZRGKeJQ/u9ugSzYGn2i9lt1ePycNnzk"
    "+DJz/zlPkzM1UKuOtZoRDeiv3iaG6FANEooq++dU8rUVWctabK5EeLxl1BZBmigG4UXWrC"
    "FUQ1JAJoQvTeIeF9Ij+6KK4hGeiuELHHR8Te6+zaxWcn3mvTrm28XlK3rQDcvBmpGopsRJ"
    "3PhWslmLYa0Nxgshn3wnCGs1m1E9SQwpkDVnfCrwDXdodBh9WiHKCGLamK+mx7sWWYnYVj"
    "zBnQw0rptNSK9L/4ZJhVLCYfk7q+k6papLFGsTIq6UljUk1bIfIDPOSlpN9XgZUXgTNwq2"
    "srZrZ0L5rGUwVozaX7toJE72J93yy5FKSBV1NbgfJ3tmLmJyoK1SSoq61gPeHF0jAeqIKh"
    "PmJT3XfI+u7Vd+lV99IinaHuhXsb3SFlAV9Yt9iRYWWj0rhld+ZXmegYLTSCN3IxR2tsIi"
    "qNjDskIVrj/1iI1tlDT0tDw2/dmxaWTHmJnlTSDRzbTXpCy5A6kExkzGSClRqfszvDSnIl"
    "H60dFvLBQj6uB/GGxt/kWci3/f4SjZ4e0RgRasX6vbrjGVPDRtPHsfSIUXAjgpcWvIq86a"
    "bdKryKQQqIw7CzTYU2NDQWTV1ZuwFhuK/CNh58xm2X4RAUqzQNSEITD7paSHsDFRxUcE6H"
    "hhar4AtDYSR9yrHYPRBshQZ+6KXApEmWRtFQtIgQxKKBjQM2TpPgBRsHbJymQLvTxklOZh"
    "WA2u6Qqcj0zV3SyEiQQYoJGQ9E2GFKRuIg8vmh5kuMPDG0VC3bMF+2niHXJYRWxiNWkGp3"
    "0Z1prMgliRzahn9Ak+8nvU6V1QqWLVi2YNk2xLKlX7K4X86lWBUc585odbIl0sj7tWOkAp"
    "4Ji1Y3o6cIlMidnxAE8gPIDyA/mgQvkB9AfjQF2kLkx3ZuAgJk1zrc+DTOHQlC1w6kcB/+"
    "soIdlIftl9q9oSG6MzF+S5cmItKsWEPEwPYYib8hUouFJBO74bHeh265Hzp68xu59xu6Uz"
    "Ubm11Ez+jLWb/9xNjMsJZHMPf4CMYVF7fde3psiwEpAqQIfxNFi0kR9q4Z6cG2rdonA+Js"
    "ubcTwAwDM4wjiMEM49gMex07QTAlyzHx3FgRJZ/u98IwGBJlMi0H7JUmOnW4+E4TgnQUrB"
    "CdXntBi5fwqjps9dDaNB4x0fB15NdODhVSyJAfLGTit95O5l1y+IhJ9Ug37CVptKQVUdtT"
    "YEd0DuYDMBDAQMCNVboOmQW9GpV2uxtD0VWPSUnY7GqnQQY75h0EZti67SAwk0nHYtlm+W"
    "IgttI8czkdYdqf3UyFHvIPbvWr4Xgy7SH3HzmjGyWRiZL8EUZktpyM/c2TItdu9akwF8be"
    "7c1hXLnN04yneZrxNL0ZTxnNSAC0imbOj0pBAERsoCfmRylVNSLYQk21IZppgEk2d+0vTc"
    "3NXfvlOQ7bKzm3nB4f5xmVjo/ThyV6j8EHvp7vNUhJluJ/DWUs2+GDlUMlcyU+8vzSkRRE"
    "fh3oDXkW1pW3lP/4iVRimKsucgdiIt9FNn62kbU0nsgxrUXHGjvnUfWPKBKKvnZM8i263w"
    "JEpQO/wv+s1WJ+JfQtltHiQ+Jcq/H9cX/063w4mPXQ5pBuazr9Slpg/FkUrvpDd3/TyIVb"
    "/fuX/nzWv77uoeDIV/mH47nwedoPKfyhK3wo9vempFPgE017YRhkKNbZH3NIKtaiCyLGT5"
    "NWMVpeTCajyHd6MYwvlr+5uhCmb05c2Ekh1fP5FNszmA30a+wTfDCN8Pxjjt58/jG1N9Nb"
    "MVLH0FT5RXzEpsX0CGcQOwnJ9mngZ6c58D47TcWb3oqZsI+qgnVWl94k4/h5NhmnmLEh4T"
    "aAfeh8HCaWDVMpszYlKQncDERFQVRUk+CFqCiIimoKtJxGRUUz5adweJFU+jtYPCNSdvd6"
    "Ch1tJGigkkez0RQOikqmaButJPMB26QFkGEiaqGvaN9ACpZVqqVajPUTlVSZuV7igXS2xH"
    "oJoOWAluNzjGoxLed+iYn2zsfJBbI80wqdy+FUGMzFDeHWQ/Ert3r/Zj65Io1xKV4Kg+Fs"
    "OBlT+i55kQ+6DRigmhkgMIrBKG4InGAUg1HMu+UGRvGPZxTfS9oXI2bGJW52s41hUkxcBu"
    "VyrArCawsZOkaW41qv/2MhurGil9gwvEzHJCDpnq1G/mnknMBoYYW1BqiSOmHFDwfDehdM"
    "XzB9+VBF+Yrer0YRdSxcNK1/SATAzLXgIcfuFM1Y7cCtP3ytSXIZwz8uB2Z/vEd7+lCJKT"
    "YmWsEc2xyEeZpScy1V2DRWCeosLgnfEHA9NcMLXM9rcT2vQ0xMsYzJjyfN1mEwE6G73Sxq"
    "wvTKiQ9+wZ3chED3g0eCcvru3clf0dpZaKqMiDSyl5KNMLmLLNKbsIIk5FfeQ7/95egJa9"
    "rbBzLW6n/5w5F0W31+699+S6R/Q5pq2RbdFnyV5C4O9EzgNjgYxrrAbQC3EXPrp3j12U39"
    "wPy6SpqMu7+rg/mGa0j54A6kwdCfe2VARKoVlnkdQHOyKncakPlTx31PhqIQLrBDV/CLim"
    "ZQNldMXygzMXU6bNwLd4bpOiRk0lPuDfOli55UmluMzshorUm2m/Z4YTi6khLaV1nNzAi/"
    "uNoc1AbRfqAWNGVka69asPkamXPX7oi/sDzPs1inPxhMbsbzHvIPbvWR0L8U/Q2Feih85t"
    "/rj2ffhenMv+ef+ffIo4TgjntMF+fOZv3P9GpwROMIL4dzUfgmjOduAOH27Fa/oWU298Jn"
    "t/qM1OAFHQZHt/p34eLLZPKVZvYZfhOmQ/qk5DV/kXD/cubmAfJXCAent7rwy/VkOhc/DU"
    "dUPnzmbp40894mOLrVr6fDb/3Br+JU+PsN6WzkXvwKfdvBVJi7L+sexGeZ11lGqEgvjG2y"
    "hnqKnyQoHuvFqpc/g49enH/EcreufHt6cv7h/OPZ+/OPXeqqJJc2Vz5kwJ1cYyzJbNYr3y"
    "CxlT7cENHZqGR99+lHbkIsoeCc3PGkesj7Tz7o8WT869XwHwJdze8flunu1e8p5qyVkvN3"
    "VBLmb17mb4Z/xX97cAGAC4AbiJvuArixyHXhMSXjVuhuN8usd2g5ET/mzrd1bRqKI9uIvJ"
    "b2Yquy1UV0Q+YgxTg1tV1DmwbFELN8kzsmSJeVtOUrqTFPNi1InQVWO//DU0Nn/UalJm9j"
    "rB1sDLW1UnJl1zzJyK554mXXjDhMJFJ3At8ckYyBIKT1KZPW5w6bprenZokQ0q0wgF8c/F"
    "cLheZtdKnFKHMsVreua8dZTiHdaYSFOhRfxhc2M/Idh293s80v8vP2ynfsW0XMZMS7Uxnv"
    "lM5jVwU9GbIUg6nVqEEITC0eTK2GTOWQAxpyQEMO6B7kgG5SBiDIAQ05oHkcQ4Cv4FPJAb"
    "6ivXxFZnbXaIHuTs5i7+yutBb0RloYjk29u6qJjCcdSbJsODpNT7M2DRlbFmkTBo2xf3XM"
    "mO+gi0NWV6AxGjQ2tZjGgKyukNWVk6bixqYDNRfUXFBzmWruFbalgaHr6XpurESmorsiZS"
    "kUehFNl3rY1kQXDS9P7Lnxi5qh37/V1EeseNqqbTxg3U26+EQzGag2epIs5DOJbNddVRXv"
    "XvEI2i9ov80Yslqs/boDUOp0nyMCKl5BK/SrQ9OKWxAXqvJcRLFNStbVAG3KTLFFjR3SWq"
    "jf7xXl+oPz6ZJMKTPRVSdKNUO8Ahh+SrSCi56In9cqmVhKKAAsecg9yc/ayOS0T2xL22Gs"
    "Ac9He22lD7hqeWtSzdzHHw0m47EwmAuXBfXszkbQXc3vHbrL/4dTlx4LjvxrtJx/cKuPBe"
    "FyJk6F/s38Sw+Fz271qfBt8pWW9g/KkGXVr372jTLRkg1aV6LJ053FScn4R63KNvqvm+au"
    "tmbfWlYLR9VsVbeO6PNew7iiSGWPvfFhNvbl0griY6+CZU3VS7UPQxQaqPIG0iTLFq0XXS"
    "5lGyelYWLkeWJ02wubpsFgaNOtsKhUGwyBWBRTrtVuZxmr3c6Sq90gLUc6+s0knBhfWCIt"
    "h092l0l7zhCFqHHIe14zvJD05LWSnqQNGxVAndN3yucYsRNhxkAZQZi8BxrfjEav5UO9lt"
    "wkbAnPqXu9u9Nfug6K7fKUpgObKx+r+zAVwvTAUdmUIbihemNuR2WxTO0hkVa4Ber2ivGf"
    "3qVT10gVC6jLZe6eZ5i750lzlw9XF58azeE8XZL1UIhj3QgAs1o5s2oRhVQuvhA2LHbAlb"
    "CbK2Hki+qdr7ME1lnQt1sURzoiCFjnx9p9O1FeYvmhlKaaUQ34D/hhN5NqKhBwQMDxTg9x"
    "nnX4O14sDePhEtN4c5O5+2C8SDeLM3ryCtMfuC2dK8hesm28WtvINpAv7O7646YyphfpSX"
    "ikZkfUl6olT1KsxP5BEXojIK6AqQKmir+xqsVMlfthF5z7wzL1TvrNyzrsYePCkUA0X7xi"
    "tAaeucCOt9nSVOi74YnhM397pZvry9A9/8y/J0z7s80t7ySxTZE4mFxd0x1bLhP7FW1v+b"
    "m0/OjI4WQskvYaf6YyKTe2mzDNSU3b7ZfoWXxWzEfB5WLgMgi4BP/mTcPJPjRbSZqWuvlR"
    "SOxw+x+d1DXqepsfnZ1+eL/Z94ieZG15NLvqj0ZJQ5eob46kFSQUtkJAJuQhEziP0k4qbT"
    "HF3I/UvhbGl8Px54LKW8cXI+OUd0C3U/OvzDZXbgYDQbikI9Pm8Fb/1B+O6CXvPyn1dXh9"
    "7ZbxDsqMSNVHZi8MhRHLkMMTEAiCB6C4B8CSl1hxtHKsXEy2hXp5Q/TwXFycP3WXauq4LL"
    "CuPLf00rbXYtpsma3fxURL6XictWyFWp7imB5NuCq0YWhUqkWYVrZtaOElBi1eXXCaK9zi"
    "NCPc4jQZbqET7Un0R/ES4z9DHKYAnqcAqhOLa8e8LzXdJ6WhtXlubQ1LSkGKNSQCq0Zg1c"
    "gB4Y0EcxSDlyEK8EJMACeLcsK9swKoffJwFqu1pYgzPu3diNNJrAKkR341jZzsdiIbmum5"
    "WvbE6t/pwS3xz2B3gEv8c6x2fRQsgoLQkkYMwC0OLXFMhsc1nTPyi/Mc8FCaMsqV9JoWyy"
    "CNkomv3UiRQgtEthKwQiTbWVdmhUjhnEiQCqnWBTtk8mBMODlc1lvRVoxGh/Zar038qBqO"
    "Je7RBIw62uBLOHgAgYueaBp2SQWMWQHQzTzTzcSIUh8Z4aeZwW5boQMGuwXGTrhBNwYQx6"
    "Fu7vbgskMRE+8kVXNM1ryf6nFOEz9cyOZxHPXjPXTdip3NimrRn1ZmsIqJwjDF8zAVmPbF"
    "M6vFBcFDBrkK2023MD6oRK5C8IuC4453Z0cFi3nDyajduH2VpXtd+LKfvk6xtkE105MXXp"
    "/bEvj/rNNB1CfQy8sOwyfk3+lmuYGkbRluHD+pCjtzSGSo536X38/hw31caLqfh3w+FnM8"
    "TGf9QyKt4NpizP+7d3mI/3fv0nl/ei+2NpB8VAUQ9ou3EN2TXKG4JxmhuCfJUFzyRBvrDM"
    "05ncYPiRyex38dxakyxj6hYh0y2uHP/wfZ4JDA"
)
