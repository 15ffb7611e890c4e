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
    "eJztXWuT2jjW/isqvmymivTbt1yWfeutIrSTMKGhF+hkZoctx9gCPG1sxpfuZnfmv7+SL+"
    "A7trFp2TkfkjaWjgyPZOmc5xwd/be11iSsGGfdjTzVHrDa6qD/tlRhjclFpKyNWsJmsy+h"
    "N0xhrtiVhY3Mm7tqc8PUBdEkBQtBMTC5JWFD1OWNKWv0Ia0u2gi6qWId2ULo1fc/nvmzs7"
    "PvP7WRIWobLJECpKkYafpSUGVDoJL/IHeULZJNA60EY4VkAxmmpmPpjD5V0kTyWFldVvUA"
    "S5X/sDD5mUtsrrBOHvPbv8ltWZXwMza8j5sHfiFjRQpgKUu0Afs+b2439r37+/7NR7sm/f"
    "JzXtQUa63ua2+25kpTd9UtS5bOqAwtW2Ly0wQTSz6IVUtR3O7wbjnfmNwwdQvvvqq0vyHh"
    "hWAptKNa/7uwVJGCgOwn0f+u/8/9ar5qPD8cTfkJN+X5VqRf6VcI9YR7S9RUOiZk1aRA/f"
    "cvp909IPbdFn1A73N3/Orq7U82BJphLnW70Iar9ZctKJiCI2qDvkdZ1DHFhBfMKNo3pMSU"
    "1zge8aBkCHnJFT3zLor0gHdj3wX7V8MD14OvAsBb5AdKIzK43b5P6YBp/5abTLu3d/Rxa8"
    "P4Q7Hx6045WnJp392G7r5y+ksjb70zH+waQd/608+IfkT/Gg25cK/u6k3/1aLfSbBMjVe1"
    "J16QfMPUu+uhRmrue93+G+nv3krQ4/vaqx/qZYJWHft1LTzzClaX5op8vDw/T+nYr92x/X"
    "KRWqHeGrpFl07ZXwF87QmUp/NhHpSDUuVgfXgWOxnSb68zAP32OhFnWhQLM3lcAZhdqQYO"
    "6Yu3GYC+CE8/e6BpURBoe/k3oiD/PBkN40HeS4RXBlk00Z9IkQ2zKqB96/LckhVTVo0z+r"
    "yXWJopQoFFwYP51W33l3AP9AajD+HZnjbwIdQd+Hkjk+ICi3ZQsoRF251OWHkRarJGe5ik"
    "LtKKYJi8ZRRSzsKy0NMs97SOH8maVKSfg5LQyyz3smcwzbd8Pts2IlimmctuBx+0avfQOo"
    "TEf2xCIie4MaIAL4GX8jKLh1jOwA9ZFOqPmo7lpfoFb23A++T7CKoYZz66bNko1Fw9Id7f"
    "3c+iuvC0I7biBhq5IAhg0zFYupNe94ZrJcwZJQB9b+A6GjdZAY5Mk/Hw0oE9F8SHJ0GX+M"
    "AIpyXapRa6s6sbLVpfrsN3BFVY2hDR30K/uYt9X32UTcH96RHC2FfaTqOM5WC9Q5xxMsTA"
    "yzIwxbaBlwVeNmjYrwVZiXY4p4r6dkM6aIqfzQTD3pNsBJ+V1qXcL9N0QmXXo4PR8JNXPc"
    "yy/BXFnZ/L0nMeIjEoVRXwTSJsdU2J8Tv0VZNTrXVEiwlauq5oCGaXxWVjfLe+9rlv3LiD"
    "Ls5n6i13+4FeX5Lr7s1tf9hBV+Ry9G1I716ft7L1yJJ+3ddXl+/eviel9q+hH96ldM3ktj"
    "sY9IdTcEq8xBhniJyt07TO0Eqdic0RRBFvimloIVFg7VjuZ+Bmf4Retg3rItxsRBDIQ+Bm"
    "gZtlC+JquNn9qw/c7CGAI9MkS9zsLV7PsW6s5E0rhpv1lbbTuNl1sF6p3OxvkffaouPl38"
    "DZAmdbi3miwZwtcFovyGmBclmp7k5XmZyw+kQATtDVGdHVLVe9Bi09DVrfu8uSfh4Y2DEa"
    "enjgJ+vo4TcOIihAGwdtvEnaOOxsq3Znm6FYyzz4evXBcXzQcex+YQKepZp6DKmYjHKM6O"
    "kGdOt+El0Z3HuljOMsozh5DEdiUPAflqxjfr0QohB/0IhJLqhJDr2AZAjhORGtCuLdHT/G"
    "eTWW7Kvuh9FoEJjvP/TDQVT3lAh4dWHDTirJjqIYNdAJmpIzLGM5koTdSwGh07Ej52GIz4"
    "8Yww7JcXlx/e76/dXb6x3TsbuTRnc4QEZsx2T92xeY4KWViNmv+cGV/fhljJWdFhxv6/iT"
    "WNRsHUyyd6LuGxuDI4EKBm83Eaq9a+NIqIK+lCZCZWDDOH5ITZxWMoDEZkxIOkaCJckmjx"
    "8xFTpujqItcbShhkL1uzY/EqKftXlDsRGkY0eP1NRZiKhPgmgrUEdD1BV3ilhDkTLw8ShN"
    "cGMREoX1RpCXxy5pPbeZpsJk2ywLTV8fidOAtPORNNNonOT1RtNNYr4ocVllcinfdksfZa"
    "WOPGxmwEoYU02Gh6cf+CdNLwOoIWnrG2mq2YBp5rFvno0VaabROBnEsLcMXlwJ6rIMwCZ2"
    "ez27uUYDZwrLEuCaCstGo0SrHG8FU6R6TkuNRkub/47FEgg7itfIa6u5iC0FhV9pyvFrIm"
    "nos6Y0dkHUsUneHBpNpFtH66Njr7Gx1VyVdI1pzAUxUngdk5qirMhlEOnU7BkHGmw0gKSK"
    "Wsp8dkta6+0aazRmmmCZK1srO/ZFHXVJS1Qda/ZbuhGO1lvvhObqqg5GWJVIS/xSF47Wxe"
    "6ctj7RppoEWpXxnXeCYVDjfYwNTB8YCfAMVminRXhu3KpkZfLqQownxHhGEIcYz/rGeEIi"
    "G0hkw8QyyfrL5GGS+jYVzDAOycXr07+wh+84FSRlDx9sLKvxxrI7TZHFbddOx2X3T5ztEa"
    "7TTjU/7Nq8EKx+8Gw37lGWMKmNtAV6WsniCjkNIQFR6JCXMayNBFUiNejpbA/kDq2sYESM"
    "E+TG+yD8LBum8VP0eLeKngE2EgMTVBtsJLCRAqv+I9a9COKsBpJPpIG74a6ybCO6St5HdB"
    "XZSASKFShWoFilKFZf3QklUav6up9xDqpUvtkJGF3QVkBbAW2lXG2FIS63fF0FLxY0OuAR"
    "85Lr8Y6+WglcbkQy7dWq4WuVAjV9NcJJ9PFzzMyUfC6HV78RGnXajFPWsRw59jxXqcHQOC"
    "QyxWx75GOcAhMoT9VfdLcmGRRSNjoI1BdQX0B9qZH6Qt/s3P7ogFAjloeqHdLgqcy3JDP0"
    "FoGn8jRrExBqzSTUvIQgMZqoL1dIshJq+Cod9EZ2kUGGxGtZPUN0vbZdf5PP3deXb95S5y"
    "H9OMeCjnVkx1Qh2UCGScaRFHU6HtcUqLsMTCmg7oK6C/GXL6DuyhvaJ6TbYrYkZDgRNihe"
    "CO8a6bpVnApr6wJkPY7LXZihA4Li0AH5O0ARDJM3MJk28i8wYdkGLjE1WVIy2X4QbP5DdD"
    "Ocpvkj9DIzp/LUp4/hUB6gydiB9HiaLGk6KAHanOccsTkHHH3MEfkeaHg/GLwUI2kP8Bg6"
    "0hv4yVykYxft04qCPxwIQiAIm0QQ4rUgK4U4k51kIxzip+ZLbPT4uSw95yFmg1JAzB4kZh"
    "fkqXz8QVMZhnhAGoZ5gWG+IZAVw34nCWxsfth/1+a8KZtxpx1ngD4gDfAXGPVeZqO8jreI"
    "YCMmndAZYW/eZJjlSa3kc8JoWSjWWzM3vIGJJlrMARSSh0Gff9CvFwKPVYpFjLmWelhbSB"
    "IOa8twWJs9YB3HmYk3MYDLy8Qz26Kyhc5tY2y8u6e4/f3y8urq3eX51dv3b67fvXvz/nx3"
    "nFu0KO1ctw/9TxT2QPdE+8HJOh4/x3OqtY4QZYGe2Euf8gxIA+tOcvOzbm/a/8rl5Clajl"
    "QHOX9n6uR+cscNb7ibDtpdzlRu3J3QW87fVoGV4uJthoXiImw879cJWhTsLS9xBh/dqZp1"
    "iU5pogmrRuU78TdSQZYpKAksEyssU4ybMZrhnC42R7gak+TB35jqIIvABi4db2QdcOkkDb"
    "jcfh047BVOMK0MqkgKs2MzYsckUGsiboF9vkefIhHcXdxEvE59Um4tQdKeVKKdnu4IuJqs"
    "rKF4KGGJSzlO+J62lPU44VqOp3IOnKLGfsMPnCrrrCkKVSPPmqoytsh3rHdMhFHw0O/kOC"
    "PfMeN2RQgzgjCjCOIQZsQmAZQlzIi8zJrOFwiHjghWSvmcMvSlnAhzBx9nw2YRZP2SwKZF"
    "sM3tHEhQMUrz5zQpOMsUdLJKOxjlADkkBl6Xw14XF7K4CeIgzrFzQ1koN2k4G5ZtPOQO6g"
    "zLAdQHoYb99i8c7CNhU5CVNPR/noyG8ej7ZAH6/NDrmPxsI+9kHpRqAu5VzzGwM/aEnmpw"
    "Ulew7/CFE6H9rM1bMZwgvd1OIwN/dysACQgkIJCADSIBvb6bb3OupxFBWE2DusoD+fbx2u"
    "DhGGRPlmHGqnXLTbv85Ndhr4N2lzN1wHVv+A/d3peP/cGggwIf3dL+7d1oPHXLnA9eyfAT"
    "Gc9eif1hpnK/ONWdv04M8/2Yc4KYycVMHXNTbjjtj4b85BvH3XVQ6MZM/cL9yo9H0y6910"
    "H+TzP1G/fh82j0hb/hBv2v3PjXDgrfmam33T75MfR/Uv9zdzrp3t0RYIY3pLL/Iykdjb98"
    "HIy+8eN78iT/J7uVIfli3WGPsxvzPrQK6Nbl81GsR81HF12itbgx8/+85+7dePYcI9iR6i"
    "DnLxlH98MhGXVk/DgX9sga/+rccq9oZH2vx3FuZL17OVM/krFBbzl/i/Ro+ZH1G11bxvMx"
    "k7WgKIl7UfxyhXahFFq/z6tavJ09KFeX797udp3QD2n7TCa33cEgurFEME283sSFf6QD6p"
    "cDQAObMreKJsQsk8lMlU8krGnKoon+RIpsVAapT8+fW7JiyqpxRh/7Eqo+hSidyApzViGd"
    "hTYQJbIM+v1z9Mde4qjuqI8KWAnuWNe1mLxZKVknPIHm0YZvzs8zrISkVuJSaJeFyXHJ2m"
    "D+AW/zoByUKgVqhlJ7XGYC+jIF6Mso0Lql8sLCjMsCdyBDpV8QElSys3MsShoQZV8vRhUF"
    "JaGXWe7lhazKxqpQN4dEoZ9Z7mfY/pu8XtaT+I3p9miEPrhSwZUKrtTirtSRZc6151uacD"
    "HGo+orbac5VjW7Hu/lbTx8uhRHNzYiIrbUCMiICp6hO0sn3xFdnSNJ2BrIVqORbNrnQWHV"
    "RK8md1wPzazzc+Hd25+i50yV1Sg4eRmYh9rg5P2B1vosTt4arfX12+1BcD8m7jUo3ojcgq"
    "eOviQQ5o3v9okw7GNnJu7SDYcvNMB9sjC6C4zuuSZteZPAWwj9gDTgXwD/5DieeMSrjt15"
    "Qc/M9fsME8v1+8SJhRbVK+gkxgVMbbpSw04m3HDaQfR/Gqh0N6UBSndTNkNKIAKiVW4EBL"
    "Wki/hR9mJArrPDsjqmV4QIfBmCqhskWPZ326lpP6RMPFSuQP/fIgToGpsCNSf/DfQQ0EP1"
    "0ISaSw95L2MOJdcn0kA9t3wDOv64m2R8T3/ATauqmSpkQmSKObpOiTm6jsYcgQe7adNWFg"
    "92mu2YGH10jL3ImJpc9YYQvFjQvHuPmM+PdJwsYH4Yc0HijYSkMClZo/xCcEBxCFJRWG8E"
    "eZnX8RUSA1hZTcXQHHiZDSBiFOLyIoiiU3AJIHelCW5Sgt8wuoFl5zCu3oRaArI9X1MNBT"
    "e0/OQNfPOdNwLJz4NIV5t6Weq6J7PHUq9d37HtKQxsdce7AxPL0HrfBib2B6I0gInN1rvA"
    "xAITC9MWM9NWFibWVVdyzlxBKZi8MkxeoqXrWBVz7WH3y5zyRNtJ3sCogihniUlLDkmLRK"
    "TR2eU/mor5vAtFRLB5fHf5A9qbA5I8DMkBZRHBBp2XfXlx/e76/dXb61102e5OWohZXHSZ"
    "gkX64yPAph7+7heDk98znPzuHNy+VcVCqk9UGmL62NF2olYauD7A9cEaq9kuf/N0lLo/kk"
    "duIG1fMZlMHUixRLLrWUolkV0vFhDIQCADgdwAJgYI5Gy9CwQyEMgwbTEzbUEo78uHlUIo"
    "7+kxlwRZ2fJzS1rGRZOl5JwNyQHWh7FW5IU9qxeAO0YUED+MuEa+0drjF5aaoOTBPFa4ea"
    "hXkIeFps/lPf0lj3YUlAR+mR1lKGrEYVUq1Md+OehhlnsY9qTAnpR6wAuOGRb2pMDeiTwQ"
    "l7Z34uidE90s+ybqAnPQ4oJtJSf0BO5e2hhnoP+FTvYH+mcQ8AiCRxA8gg2g1sEjmK13wS"
    "MIHkGYtpiZtsAj+PL8PXgET4+5ZidCJ7jl8pX4hZqHcvmrMfhdwe/aXMTBA/gj+IcMU9sU"
    "7GSfIPQxy31sW9kes1Kkr2MbgD5nvs89s7Rwn4cbgD5nuc/36Zzyp/VMTZHwYzqkwd8P/n"
    "6GIK4sB6UvBdyRQAfSzjUU5chcCU7/Cpz+zqbSo+FpVlpUCItIRafKsAgKFZkO162YsIhd"
    "WTstLIL2F7/wqkFcBMRFQFxE/R2MEBeRrXchLqKqmQriImDaqiQuYkM0Ib7A3BWWa56vrZ"
    "LddhCDUqX3WBMFJdcKsZdoHr7lH9ZMfqRBv1PMEP55MhrGQxwQCq8NsmiiP5EiG5UZ8D6D"
    "Ym7Jiimrxhl93kvYFBSkwLIQOU4+fHJ8aL6nDYSPkwfOGjhr1kiadpXJA4ESOyUl1l9vNN"
    "38KNuAREgxX2n7IC0m25XJg93ah9ixVldF1kbRBAlLqDf5ip4EmczfS7TQdCSbBnIaRL9r"
    "8w4yMFnIJSSYiLzLZhs5g0tCTyusInOFaS2EVck4a4XArvAxMSweUHVA1dVibq+pzZuFqi"
    "O/1MRxrlBOFfXthnTRFD8n5In3yTaCs0vrVu6Xabq6uuvVwWj4yase1mFDNrD8H8zPtybO"
    "k5w/KFQoMX8h3M+rerdKTssPNkClYUGedkCGYE50o5JHgMumOgr2VY3sq4RRXQLS9wauIW"
    "OWFeDoexzAl3wNNLwfDNIM2KrjFloJMQuHDbNMxlgZoQqOFRiNV4hWD2rXVKSNorWCfqek"
    "Wg6HzuuC+pBWDa8FWeHnsvQcX75Z0bOYnHKw2sBqY3PFaLDVtiA/OOEQtQx2W0AaLLcClp"
    "s9QRbCfifZBCfbi8DurDsR7FO21AekKsI9srjU2DdvL++FRvdOEkZ3/tHt06pyjO6gFIzu"
    "g6NbUI0nrMdQbrvxnezA98nCCC9AeKYE/XCqtY7Y12UGAGXQWaIWArUaJ/Zzz4bct5ymQY"
    "uIdBD5b6b2RsNptzflbjpodzlT/3nfHfQ/9und3aVd9ys39uo6lzN1MJpMO4j+3yrwGpUf"
    "ABMyJYMdOlkLipJMYQdFT8dhX0RIbOfOUcz11eW7tzvSmn5I46snt93BIOYsWc3SxYRorQ"
    "wvxk76hNG99pthP/jstjskozfvy3HLTbv8gOve8N2bSQcFPs5Up01y2/47U7t3/Q4i/83U"
    "/u3daExeBecvGy/DRhFMb6dL5oXbJ9OExaRqjAO0WQ6cw3LNw7p8HQnyZ/x4uRTqtefhpB"
    "ZJPYnELFse7OPRBZoDTza3RY9XD8nDa85Oh0df84T1MzVVCrjr40IhnB37+dHcCwGiQURf"
    "/OieRqIqWRtFFsmP5rVFTmRjRAHdILrUhMuJqk8E0ITovVPC+0R+dF5cfTIwXCFij42IvZ"
    "c5tYvNQXzUoV37eL2oblsCuFkzUtUU2YA6nwnXUjBtNKCZwYxn3HPD6c9m1UxQfQpnBljt"
    "Bb8EXJsdBu1XizKA6rekShqzzcU2xuzMHWMeAz3slE5KrUj/8k+aXsZm8iFp6xtpqkEaax"
    "ArrZSRNCTNNBUiN8BDXAnqsgysnAicnt1cUzEzhSWva08loDUVlk0FiZZi9dgsuRSkntNS"
    "U4FyT7aKzU+UF6qR11aTwKp6C9puFUzYiuZfJQ/kCtktznbdg5lCRipGc4XgjWzM0QbriE"
    "ojbYEERFv8m4Fomx30tNIU/NouNLCgiyv0JJNRYJl2+g5ah7SBRCKjR1OFVPicw7lConvS"
    "aOuwJQ22pDE9HdU0kiTLlrT9+xfp9OTYvIBQI3aiVR2ZlxgAmTyPJcc+gkMM/I3gH2NNN2"
    "2X4R/zkhmchmesK7S+qTFvEsbKDQjN/irxxoPLHR0yHLxqpSa0iGji3lDzaW+ggoMKzujU"
    "0GAVfK5JMemLMmzb9gQboYGfelMr6ZKVljeoKiAEUVVg44CNUyd4wcYBG6cu0B60caKLWQ"
    "mgNjv4J7B8M5f+MOAuTzAhwy71A6ZkwKOfzQ81XWHkiKGVbJiavt17hmyXEFprj1hCstlG"
    "C11bk1sCuTQ194KmkY96nUprFSxbsGzBsq2JZUvfZP647EGhJhjOAtHotEGkk4/rx0ADLB"
    "MWje5GRxEokAU+IgjkB5AfQH7UCV4gP4D8qAu0uciP/doEBMihHaXhZZw5EoRGwSdwH26A"
    "/AHKw3RrHT6aDy10jF/TTXaIdCtWEDGwHUbiH4i0YiBBx3Z4rPOiG/aLjl59J2Xf0UJWTK"
    "y3Ef1Ev5zx/aeYY/kqeUTsaRXevGLjdvh0in01IEWAFGFvoWgwKRJ//kNysG2jTnyAOFvm"
    "7QQww8AMYwhiMMMYNsNexk7gdMGwdDzV1kTJpyeXxBgMkTqplgN2ahOd2l/9oAlBBgqWiE"
    "6vbNF8699Vh40O2ujaIyYavorc1smlRCpp4oOBdPzaOZO7TS4fMWkeqZq5Ip0WtSIqewqc"
    "7c3AegAGAhgIuLZK1ynzeZej0u7PFci76zEqCcc2HTTI4Oy3k8AMh5CdBGay6Bhxtlm2GI"
    "i9NMtcTosbdyf3Y66D3IuZetsfjsYdZP8hn+iRP2ShJP9xA7JajobuMUCBezN1zE25oVO8"
    "uwwrt1m68TJLN14md+NlTDcSAI28OeCDUhAAEZroiflRSFUNCDZQU62JZuphks5du1tTM3"
    "PXbn2Gw/YKri2X5+dZZqXz8+RpiZbF8IEv53v1kmsl+F99ubcO+GBFX81MiY8cv3QgBZHb"
    "BnpFnoVV6TXlP34ijWj6uo3siZjIt5GJn01krLQnck1bUbESn/Oo/EfkCUXfWDp5F+13Aa"
    "LSgV9hf9VqML/iexeLaPE+cabV+O6wO/h12u9NOmh3SQ/oHH8hPTD8xHO33b59Umfgxkz9"
    "9rk7nXTv7jrIu3JV/v5wyn0ad30Kv+8OG4r9UhdUCnykaz9oGpmK1fiX2ScV6tE5EWOnS8"
    "uYLT+MRoPAe/qhH94sf3/7gRu/urBhJ5Vkx+eT7/TbeKBf4sTbk2mE1+8zjObr94mjmRaF"
    "SB1NkcUt/4h1I9YjnELsRCSbp4FfXWbA++oyEW9aFDJhH2UJq3FDOsMZ837hJoB96nwcOh"
    "Y1XSqyNyUqCdwMREVBVFSd4IWoKIiKqgu0jEZFBXO+J3B4gaTwB1g8LVD38H4KFe0kaKCS"
    "Q7PRFA6STJZoE60F/QGbpAeQpiNqoa/p2EASFmWqpRox+ydKaTJ1v8QDGWyR/RJAywEtx+"
    "Yc1WBazn4TI/2djZPzZFmmFVo3/THXm/I7wq2Dwndmavd+OrolnXHD33C9/qQ/GlL6LnqT"
    "DboNGKCKGSAwisEorgmcYBSDUcy65QZG8Y9nFC8F5bMWMuMihe10Y5hU41devQy7gvDGQJ"
    "qKkWHZ1uvfDESPCHQSG/q36egEJNWx1cgfhXwmMBpYitsDVEqbsOOHgWm9DaYvmL5sqKJs"
    "Re+Xo4haBs6b1t8nAmBm2vCQ4XSKeux2YNYfvlEEsYjhH5YDsz88oh19qMASGxItYY2tD8"
    "IsLamZtirsOqsAdRaWhHcIuJ6K4QWu56W4npchJsZYxOTHk25rxTATvtJ2GjWhO/X4B7fi"
    "QW6Ce8T6FnHS5Zs3F39HG2uuyCIi0shcCSbCpBQZZDRhCQnIbbyDvv/P2RNWlNcPZK5V/+"
    "cPS1BN+fm1W/yaSH9HimyYBj0WfB3lLk70TOA2GJjG2sBtALcRcusnePXju/oh9u0qaDIe"
    "fq9O5huuIOWDPZF6U3/mnQEBqUZY5lUAzciu3LFH5o8t+3vGKAr+Cgd0Bbcqr3t1M8X0+T"
    "ITU6fDzr2w0HTbISGSkbLU9G0bPck0txhdkdFGEUw77fFcs1QpIbSvtJZjI/zCarPXGkT7"
    "gVpQl5mtuWrB7m2MXbsOR/z55VlexVrdXm90P5x2kHsxUwdc94Z3DxTqIP8nt6w7nHzjxh"
    "O3zP3klpFHcV6JfU03504m3U/0rndF4whv+lOe+8oNp3YA4f7TTL2ndXZl/k8zdUJacIIO"
    "vauZ+o378Hk0+kIz+/S/cuM+fVL0nrtJuHszsfMAuTuEvY8zlfvlbjSe8h/7Ayrv/2Qfnj"
    "Rxvo13NVPvxv2v3d6v/Jj75z0ZbKQsfId+296Ym9pf1r4IrzIvs41QErYxx2T11QQ/iVc9"
    "NIplJ38GG6M4+4xlH135+vLi+t31+6u31+/b1FVJbu3uvEuBO7rHWBDjWa9sk8Re+nRTRG"
    "unknXtp5/ZCbG4nGtyy5HqIOcveaGHo+Gvt/1/cXQ3v3tZZLiXf6aYtZEKrt9BSVi/WVm/"
    "Y/wr7rcHFwC4AJiBuO4ugHuD3OceEzJu+UrbaWa9Revx+DFzvq07XZMs0UTkaylbUxaNNq"
    "IHMnspxqmpbRvaNCiGmOW73DFeuqyoLV9Ki1myaUHqLLDa2Z+earrq1yo1eRNj7eBgqL2V"
    "kim75kVKds0LJ7tmwGEikLYj+GaIZPQEIa1PkbQ+C6zrzpmaBUJI98IAfn7wXywUmrXZpR"
    "KjzDLihnVVJ84yCulBI8w3oNgyvrCeku/YX9xON7/Izzsq37FrFcUmIz6cyvigdBa7yhvJ"
    "kKUYTK1aTUJgarFgatVkKYcc0JADGnJAdyAHdJ0yAEEOaMgBzeIcAnwFm0oO8BXN5StSs7"
    "sGK7QPchZHZ3elraBXwlyzTOrdlXWkPalIEEXNUml6mo2uidgwSJ/E0BjHNxcb8+0Nccjq"
    "CjRGjeamBtMYkNUVsroy0lXM2HSg5oKaC2purJpLumk9xuTbi7IiC0m6bkytVIV3jalOQo"
    "R4PSp1UPW9EWRli0RtvRF02SAqmLZAt6RFopTaxxHYGqq9aVGwzw7dBzzSYsOLhaQV5Jjo"
    "yfKbz7Qd0obDBkYGVRlU5brMbw1WlQNvZA7tKyzXQB2s/OwJNmh5Iy4DQifcUlbV7BVSdD"
    "MFXV6nBF1eR4Mu7XFpL2FRoBO3RAaFCm2MZIxJL3tfpLPo5wY2LHa6PafnNQFWXGHxodjS"
    "G5Bs4NJbk6U2ZvdidK3Fuq7FWInJU/9OoAl+vZATNdO8f5Uy719F531mwpdq9BbB/lDYH+"
    "rjQigJ0NNUNdnnF6rRPsiBiMHKmWKVN1gPpGrqONyDpi5fK/IjlhzPnak9YNU+gOKJZnWU"
    "TfQkGMiNqooPYy6r4cN0B9AbQG/UY+pqML1hT0CJro8Mu8HCDTSC5zh1iNUexLksPefRgK"
    "OSVXVAk7J07lGLJ5tyjfujqCfGbJBTD3xBpOFDvK1OFOqGcAPQCfk7wQaPx88bmawrBdb/"
    "OHk4hoNlooWYmqYVkw4vWwTQXvqEbPveoprYjz/rjYZDrjflbnKq2a2doJ3Y0Lm0MyH2x3"
    "akkHfl3qP13IuZOuS4mwk/5rr3088d5P80U8fc19EXWtu9CJtXWZa68hPBuTYZb4gabSvS"
    "5clx81HJ8Estiyb60874X1m37w2ruSUrpqwaZ/R5L2FbUaTS597wNBt6c2kD4blXwqIiq4"
    "X6J0YUOqj0DlIEw+SNrSoWMo2j0rAwsrww2v2V2w0RlGqCCnoCXwRkKE1Gv558U8wbFslQ"
    "6nLdRU6AixGFDfTg36sYXvDvvZR/L2naKAHqjGHkbM4RBxGOmSgDCJPvgYb3g8FLuVBHXc"
    "tcUSset2Lcp77S9kHXqUbWmhVv7Gof3jGJSGWdYINclNBC0Z4cJ6fdzN8MpGpk8LSdo2yQ"
    "qdkez3bAKWp7PnUsyTpp4V6X/4HoFkgFvyZVY7ZVnuaZcNQeA8tFGzysP5DGm8XD6r2yvK"
    "XLeYzKsFwjHKuhXZLnmQxLWi15p+R51LQs7soo3YnBWgfU5MXKRNZYxQ6Mt+Cw+Hr0L1iz"
    "lZIFsOEZyIETQ1wNOQB7y2u8t/xOWMbSAPb99kECYONVO2T5J+OZaWM27MkGk7pe80KDTe"
    "oC27FhJ3a+CFn2j72p8/5rCHtlIexVMB5yBVztBCDMKr0zCoRZGUQfFfMnCPeLnTBD+O6O"
    "H/m8eufLpAa35vTbzfMjHRAErLNjbX87vngKg5RmgL8E/rKGyisQbsywQozvtr/DqkR+5i"
    "e6FaEVxxL5y9uH2SKnOr/c1c8QMOLsddfmpkCj7WlebBq4IQqKQn9jGz0JMtHHlnauv+80"
    "YyDFLpgE4LsnZZCvb8d2HIoYOc1DIWSEgTmtDfwW8FtADzBHD8Cu2B9MX4dcGCy8d5CbgZ"
    "GOgJ3DTDOmsHOY8Q6CKNQfQmuAKNRm9y+wuBCFyjacQIpDFGpdoGU0CvUbnq807YF7xPF+"
    "hkB5+6Cf4cmpzuNd/YN+hukKI8nSaTNIVufacwcRaX2LDDJ8sGQfPoTcdtFck7Zt74yhV9"
    "iziH9Cc7wg95zKS2waSCb/Ls/Poy6Gip83U2fqUDORiVViC77Wnkibzo7XwJ5W2UCaqmzR"
    "g0rPFaV7YO069Hm0zD1eFEtn6M7SSc+hq3MkCVsDCQsT6yi7H+M3X9YyHzX+b/BvgH+DzR"
    "m1wf4N55DhaI8nh5fuJRrBqVYdvUvnz0LMqSfYCJRPTZhS8HIncA4IlQP74aWjxkO7hqlL"
    "/cqjm7z0jhve9Iefci7WLVesg9yLmXo3HvW4yYSmHd1dztSP3f6A3nL+hnW/LB1XfiJSwT"
    "TxemPGdN1kLShK4ulYfrnGnIx1dfnu7e5QLPoh7TysyW13MIiGl8JpSac9LSmXiyVOFnws"
    "5ftYVAKGVciACIkCCc8yCb8jAgp0dFj2JD19SpWr7h0d4a9fhgPsYl0WV60Y9s8taafxfs"
    "K+Tqlb0Y+Jx03UqWLpqhhtyh3F7BobpZwzmkxPPWLdiPWcJCtZPpFGGNGhjF1v3mRJ2PXm"
    "TXK+LloWsgzIS5UDYbd6A9G9yKTFXqRosRdRLZY80cRx5xEnK68+kdPrrC+zUJamnb7oYv"
    "bX/wNzZvfw"
)
