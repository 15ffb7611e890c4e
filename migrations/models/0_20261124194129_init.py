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
    "eJztXftzm0i2/le69MtmqhSvX3GyurduFZZJooksefVIJjvaYhC0bcYINIBsa3fmf7/dPC"
    "QeDQIEEpBTlYoR9AHpO033Od85ffq/rYUuY9U84ZbKRH/CWquD/tvSxAUmB5FrbdQSl8vt"
    "FXrCEueq3VhcKoK1aTY3LUOULHLhXlRNTE7J2JQMZWkpOn1Ii0NL0bA0bCBbCL357Y9X4e"
    "Tk5Lef2siU9CWWyQWkaxjpxoOoKaZIJf+HnFHXSLFM9Ciaj0gxkWnpBpZP6FNlXSKPVbSH"
    "sh6w0pQ/Vpj8zAdsPWKDPObXf5PTiibjV2x6H5dPwr2CVTmApSLTG9jnBWu9tM9Np72bj3"
    "ZL+uXngqSrq4W2bb1cW4+6tmm+WinyCZWh1x4w+WmihWUfxNpKVV11eKecb0xOWMYKb76q"
    "vD0h43txpVJFtf73fqVJFARkP4n+d/l/7lfzNROEwXAijPmJILQieqVfIaQJ95Ska7RPKJ"
    "pFgfrvX859t4DYZ1v0Ad3P3OjNxdVPNgS6aT0Y9kUbrtZftqBoiY6oDfoWZcnAFBNBtKJo"
    "35ArlrLAbMSDkiHkZVf0xDvIowHvxFYF21fDA9eDrwTAW+QHykPSuV3dJyhg0rvlxxPu9o"
    "4+bmGaf6g2ftyEp1fO7bPr0Nk3jr508tY748HmJuhbb/IZ0Y/oX8MBH9bqpt3kXy36ncSV"
    "pQua/iKIsq+bemc91EjLrdbtvxF9dx9Fg61rr31IywStOup1Ib4KKtYerEfy8fz0NEGxX7"
    "mR/XKRViFtDdxL5861vwL42gOoQMfDLCgHpYrBevcodjCkry5TAH11GYszvcSEmTwuB8yu"
    "VAO79NlVCqDPwsPPFmh6KQi0Pf2bUZB/Hg8HbJC3EuGZQZEs9CdSFdMqC2jfvDxfKaqlaO"
    "YJfd4xpmaKUGBS8GB+c8v9EtZAtz+8Do/29AbXIXXg16VCLueYtIOSBUza7nBSlRehJnO0"
    "h0niJK2KpiWszFzGWVgWNF1lTRv4mcxJefQclAQtV1nLnsM0XwvZfNuIYJFubnUVvNOr3U"
    "LrEBL/sQmJjOAyRAFeAi/lZe6fmJyBH7Io1B91AysP2he8tgHvke8jahLLfXTZsmHodvWE"
    "eHt2O4oa4suG2GJ1NHJAEMCW47Bw4y53w7dixowCgJ6auI7OTVqAI8MkG17aseei9PQiGr"
    "IQ6OH0in6uh85s2kYvLc4X4TOiJj7YENHfQr+5i31Pe1Ys0f3pEcLYd7WdRBkrwXa7OON4"
    "iIGXrcAQ2wZeFnjZoGO/EBU1qnBek4z1kihogl+tGMfek2wEn5WkUv6XSTKhstFofzj45D"
    "UPsyx/RXEX5or8moVIDEqVBXyTCFtDVxlxh55m8dpqEbFigp6uKxqC2WVxq9G/W197/Dd+"
    "1EFnpzPtlr+9psfn5Ji7ue0NOuiCHA6/DejZy9NWOo080K/79uL8/dUHctX+NfTD+wTVjG"
    "+5fr83mEBQ4hh9vELkbJ2G9QrN1KnYHFGS8DKfhRYSBdauynoGbvZH0LLtWOfhZiOCQB4C"
    "NwvcbLUgLoeb3b76wM3uAjgyTFaJm73Fizk2zEdl2WJws76r7SRudhFsVyg3+2vkvV7R/v"
    "Jv4GyBs63FONFgzhY4rSNyWmBclmq701kmI6w+EYATbPWK2Oor17wGKz0JWt+7WyX7PNCx"
    "GRZ6uOPH2+jhNw4yKMAaB2u8SdY4rGwrd2Wbqa4esuDrtYfA8c7AsfuFCXgrzTIYpGI8yg"
    "zRw3Xo1nQcnRncc4X04zS9OL4PR3JQ8B8rxcDC4l6MQnytE5dc1OICegHJEMJzIloWxJsz"
    "foyzWizpZ93r4bAfGO+ve+EkqiklAt6c2bCTRopjKEYddIKm7HRLJkcSs3opIHQ4duQ0DP"
    "HpHn3YITnOzy7fX364uLrcMB2bM0l0hwNkxHeMt799iQleWQnGes1rV/bjlxFWN1Yw29fx"
    "F7Go2TwY5+9Ewzc2BnsCFUzebiJU29DGnlAFYylNhMrEprl/lxo7d0kBUjVzQpIxEleyYg"
    "n4GVOh/cYoeiee3qihUP2uz/eE6Gd93lBsRHnf3iM3dRQi5pMo2QbU3hBx0sYQayhSJt4f"
    "pTFuLEKSuFiKysO+U1rXvU1TYbJ9lnvdWOyJU5/c5yO5TZNxKgCiJsNjN9nfOKIwdZ07NR"
    "otff47lgrw4yheQ+9ezUXsQVSFR13d/yUkN/qsq419Ew1skTeHBpmNlcoqfpUFrZF3s9FK"
    "rWPEKCVNYIm0iVbI63hL7tbd3KzRmC3Fh3072B25RZMwKjOf4E40zRfdkEeYmP4tRkJBsE"
    "E7KaNg6TYVjE1byCmAnALIKWhQTgEsnIaF05WYJqv+MnmYJL5NOStaQjHL+ugXcsb3M0ES"
    "csYhkbnGicx3uqpIa84u/2Drh+V7hNu0E90Pu7UgBpvv3EuEf1ZkTFoj/R69PCrSI3JuhE"
    "REoUNehYo2EjWZtKC7gTyRM7SxihFxTpAbX0L4VTEt86fodiIlPQN8pAoMUG3wkcBHCsz6"
    "z9jwMlbSOkg+kQZmX1+kSVu9iM9bvYgkroJhBYYVGFYJhtVXd0CJtaq+bkecnSaVb3QCRh"
    "esFbBWwFop1lqpEJdbvK2C7+9p3PYZC/QFYL9aMVxuRDLp1arha5UANX01wkVb8StjZIqv"
    "A+21b4RFnTTiFFUGOsMamzItmBGWdDLErLvkI8uACVxPtF8MtyXpFHI6OgjMFzBfwHypkf"
    "lC3+zM8eiAUCOmh7ID0hCpzDYlV+gtgkjlYeYmINSaSah5C1AZlqhvbWq8EWr6Gu2MRnLI"
    "JF3iraKdIDpf26G/8Wfu7fm7Kxo8pB/nWDSwgeycKqSYyLRIP5KjQcf9bgXmbgWGFDB3wd"
    "yF/MsjmLvKkuqEqI2xFCHFDmRB8Vx418jWLWMXMtsWIPMxq1ZOCgUExUEB2RVg75puYjJs"
    "5Nxx3SfbwCmmJlNKKt8Pks1/CDXD7k0/gpYrUwW+PjqGIvBAk1UH0v1psrjhoABoM9bVr+"
    "YYsHdZffI90GDa7x+LkbQ7OIOO9Dp+PBfp+EXbMlYQDweCEAjCJhGE9kbsuTiTjWQjAuKH"
    "5kts9IS5Ir9mIWaDUkDM7iRm78lTBfbGBim6eEAaunmObr4kkOXDfiMJbGx22H/X54KlWK"
    "zd9VJAH5AG+HP0eq+yUdbAW0SwEYNOaE+Kd+9SjPKkVfy+FPRaKNdbt5aCiYklmi8AFJKH"
    "Tp+90y/uRQFrFAuGu5a4OUhIEjYHSbE5iN1hncCZhZcMwJWH2D1CorK59gmpWH93dw35x/"
    "n5xcX789OLqw/vLt+/f/fhdLN9SPRS0j4i171PFPaAeqJ6MC3RWjGi/nSM372L7Vb6kHsO"
    "mdgY2w8+4bqT3lc+I0/RcqQ6yPk708bT8R0/uOFvOmhzONP4ETemp5y/rRwzxdlVioniLO"
    "w8b+cJeimoLa9whhBdqZp2ik64RRNmjdJX4i/lnCxTUBJYpqqwTIwwY7R0Mp1s9gg1xslD"
    "vDExQBaBDUI6Xs/aEdKJ63CZ4zqwuRjsmFUaVJESZvtWwmYUUGsiboF1vnuXpw+uLm4iXo"
    "fema2WIOkvGrFOD7dHS01m1lA+lPiAC9m+bkrvlHb7ulr2p2J2sqHOfsN3silqExsKVSM3"
    "sSkzt8i3jSQjwyi4yWR8npFvW0u7IaQZQZpRBHFIM6omAZQmzYi8zLoh5EiHjgiWSvkcMv"
    "WlmAxzBx9nwWYeZP2SwKZFsM0cHIgxMQqL5zQpOcsSDTJLOxhlADkkBlGX3VEXFzLWALET"
    "Z+bYUBTKTerO5sp2HjIndYblAOqdUMN6+yMn+8jYEhU1Cf2fx8MBG32fLECfHXoDk59tZh"
    "3Mg1JNwL3sMQZWxh4wUg1B6hLWHR65ENrP+rzF4ATp6XYSGfi72wBIQCABgQRsEAno6W6+"
    "zjifRgRhNg3aKk/k27Otwd05yJ5shRmr1i0/4YTx90G3gzaHM63PczfCNdf98rHX73dQ4K"
    "N7tXd7NxxN3GvOB+/K4BPpz94V+8NM439xmjt/nRzm6Yh3kpjJwUwb8RN+MOkNB8L4G8/f"
    "dVDoxEz7wn8XRsMJR891kP/TTPvGX38eDr8IN3y/95Uffe+g8JmZdsv1yI+h/5P2n7nJmL"
    "u7I8AMbkhj/0dydTj68rE//CaMpuRJ/k/2XQbki3GDLm/fzPvQymFbF89HVT1rPjrpEqvF"
    "zZn/55SfuvnsGXqwI9VBzl/Sj6aDAel1pP84B3bPGn13TrlHNLO+2+V5N7PePZxpH0nfoK"
    "ecv3k0Wnxm/dLQH9h8zHghqmrsWhS/XK5VKLnm79OyJm9nDcrF+furzaoT+iFpncn4luv3"
    "owtLRMvCiyUr/SMZUL8cABpYlLlWdZExTcYzVT6RsKWpSBb6E6mKWRqkPjt/vlJUS9HME/"
    "rYY5j6FKJkIivMWYVsFnqDKJFl0u+fQR9bib3UUR8TsBTcsWHojLpZCVUnPIHm0YbvTk9T"
    "zISkVexUaF8Lk+PyaomFJ7zOgnJQqhCoK1Ta4zwV0OcJQJ9HgTZWmiDeW6wqcDsqVPoFoU"
    "BldVaORUkDYuwb+aiioCRoucpavlc0xXzMpeaQKOi5ynqG5b/x82U9iV+G2qMZ+hBKhVAq"
    "hFLzh1KHK2uuv97SgouMiKrvajspsKrb7QSvbuPu3aV4urAREbEHnYCMqOAJulsZ5Duii1"
    "Mki2sT2WY0Uix7PyisWejN+I7votnq9FR8f/VTdJ+pom4KQd4KjENtCPL+QHN9miBvjeb6"
    "+q32ILjvk/caFG9EbcFDZ18SCLPmd/tEKhxjr0zepZsOn6uD+2Shd+fo3XNdXgsWgTcX+g"
    "FpwD8H/vF5PGzEy87dOWJk5vJDioHl8kPswEIv1SvphBECpj5doWknY34w6SD6P01UupvQ"
    "BKW7STVTSiADolVsBgT1pPPEUbZiQK5Xh2V1XK8IEXgcgooLEizbs+3Esh9yKh4qU6L/rx"
    "ECdIEtkbqT/wZ6COihelhCzaWHvJcxg5HrE2mgnVu8A83e7iYe38NvcNMqa6QKuRCpco4u"
    "E3KOLqM5RxDBbtqwlSaCneQ7xmYf7eMvVsxMLntBCL6/p3X3nrGQHWmWLGC+G3NRFsyYoj"
    "AJVaP8QrBBcQhSSVwsReUha+ArJAawVrUUQ3PgrWwCUUUhLi6DKDoEFwAyJ49xkwr8htEN"
    "TDu7cfUG1AKQ7fpu1VBwQ9NP1sQ3334jUPw8iHS5pZdlzt2ZnUm9cr5t2xMY2PK2dwcmtk"
    "LzfRuY2B+I0gAmNp12gYkFJhaGrcoMW2mYWNdcyThyBaVg8EoxeEkrw8CalGkNu1/mkDva"
    "jrMmRuVEOU1OWnxKWiQjjY4u/9E1LGSdKCKCzeO7i+/Q3hgQF2GITyiLCDZov+zzs8v3lx"
    "8uri432WWbM0kpZqzsMhVL9MdHgE3c/N0vBju/p9j53dm4fa1JuUyfqDTk9FXH2ol6aRD6"
    "gNBH1VjNdvGLp6PU/Z48cgNp+5LJZBpAYhLJbmQpkUR2o1hAIAOBDARyA5gYIJDTaRcIZC"
    "CQYdiqzLAFqbzHTyuFVN7DYy6LiroW5iv5gZVNllBzNiQHWO/GWlXu7VE9B9wMUUB8N+I6"
    "+UYLj1940EU1C+ZM4eahXkIdFlo+V/DslyzWUVAS+OXqGENRJw5rci4d++VAw1XWMKxJgT"
    "Up9YAXAjNVWJMCayeyQFzY2om9V05wadZN1AXmoMcFy0oOGAncvLSMYKD/hY6PB/pHEIgI"
    "QkQQIoINoNYhIphOuxARhIggDFuVGbYgInh8/h4igofHXLcLoRPcMsVK/ELNQ7n42Rjirh"
    "B3bS7iEAH8EeJDpqUvcyrZJwg6rrKObS/bY1by6Jp5A9B55XXuuaW5dR6+Aei8yjrflnPK"
    "XtYzsUTCjxmQhng/xPsrBHFpNSh9JeD2BDpQdq6hKEfGSgj6lxD0dxaV7g1Ps8qiQlpEIj"
    "plpkVQqMhwuGgx0iI219pJaRFUX8K91wzyIiAvAvIi6h9ghLyIdNqFvIiyRirIi4Bhq5S8"
    "iCWxhIQcY1dYrnmxtlJW20EOSpnRY10S1UwzxFaiefgWv1kz+ZEm/U6MLvzzeDhgQxwQCs"
    "8NimShP5GqmKU58D6HYr5SVEvRzBP6vGP4FBSkwLQQ2U4+vHN8aLynNwhvJw+cNXDWVSNp"
    "2mUWDwRK7NCUWCuGDttNhR2MBbN5NwYVFm0e5Fg8EaDLgC6r3vhaU78zDV12T35wTEl8Xp"
    "OM9ZIoaYJfY6q1B6QbwZ0lqZb/ZZJsNm402x8OPnnNw7ZkKF9/ISqMGjspsN9INsFlOgrs"
    "wlyRX7O4qUGpknCPTC41ZlqWBKB8I8tGEnp39t5tg5e5dweloHfv7N2iZr5gg+EDbfp3PB"
    "3jk4Uenr2HJ1G4vLZaRPz+IuncFDZL1EOgjtrYfu7JgP+W0TVoEZEOIv/NtO5wMOG6E/6m"
    "gzaHM+2fU67f+9ijZzeHdtuv/Mhr6xzOtP5wPOkg+n8rx2tUPJ1p6itDiqGLU+hyI33A8K"
    "KtTPvBJ7fcgACeVZ+3/IQT+jx3I3A34w4KfJxpzj3JafvvTOPueh1E/ptpvdu74Yhoz/lb"
    "Df0tVdHyUm1SzzU+mSaMf2VjHCBXMuAclmse1sVP67CA58dbzFGvpIuDGtH15L7S5FzY+7"
    "OJdBG+Yq3z7u8WkofXvDoKZ67ZyrxWa+94Qn30mWGJlrNkIDuaWyFANLQH8LFrBzcSVXm1"
    "VBWJ/GhBv8+ILEMU0A2iS124jKj6RABNSCE6JLwv5EdnxdUnA90VUrKOl5J1/LLh1ezEe1"
    "UNJ98BDab9fmSVtskqepVjhXa6JbE1RTZgzqfCtRBMGw1oajDZjHtmOP3LaZsJqs/gTAGr"
    "PeEXgOvUxDWk1lPPWj6zKAWofk+qoD7bXGwZbmcMxGmytDd3g1TtuNoO9CrW9i1/QQHqOn"
    "dqkLkaHBudkrXMhUdZoRp692oSWGUuAOAN0VwZeKIv5qZFc+MYiwEibdpJCwOw01qwAs13"
    "rRJokXEay0jX1DWak38qUQJyM/07aGnoz9hEoobcu5NDmTTSpScTGfitsljqhtUmh8+Y3B"
    "5puvVIoD5phYAv7ymMtQxQtgPWIdRi4KlpLDbNOoQ6cZ+HDL8XQ31u04CyJgVHJSEx2P7d"
    "SRlEsLrgcKsLIM29bJjJpGOyKP10+blb6SqvD2vxI248HfEd5B7MtNveYDjqIPsP+UQzdM"
    "lESf7j+2S2HA7crN3AuZk24if8wLm8OQwbt2nUeJ5GjefxajxnqNEuAZFxcg1KQQgsNNAT"
    "9yOXqRoQbKClWhPLNFXSGPEes5U7c9s3L9f6PFW9s/OEemfnTr2zSBg5nsosu6iCx9nF1F"
    "bwUXo7qo1KvpY7SZShhpH0KGoPGOn3SET0Dn8zkXsP9IY8C2vyW8p//ERuohuLNvIq+LSR"
    "hV8tZD7qL+SY3kXDapRBKecRu+mTXzcVJ5Yrg7yL9rvgc82hzgPwKxWdtRrMr/jexTxWvE"
    "+80mY8N+D63ye97riDNod0Pd3oC9HA4JPA33I9e2Fd4MRM+/aZm4y5u7sO8o5ck783mPCf"
    "RpzP4PedqYZh/2CIGgU+otprXSdDscZ+mX1SIY3OiVh1VFrEaHk9HPYD7+l1L7zGeHp7zY"
    "/enNmwk0aKE2slus6wWJUN9DEWqB7MIrz8kKI3X36Ir3/7IULq6KoirYVnbJjMRMIEYici"
    "2TwLvIQNY58VGWusLp2iioFfuAlgH7qMgYEl3ZCJSTVfZ+ZlwpLAzYSq0Matlo4HNX6hNG"
    "TP1ylAVxN4IZm+Csn0HltxmKTEukLrGxqzlowtm8HbppLFcHiBXLMdLJ4eaLuTx+M0tJGg"
    "iUoOzYYsHckKmaIttBCNJ2wRDSDdQNRDX9C+gWQsKdRKNaO8XTG3ZJZs9br6E+lssFsR0H"
    "I1GaMaTMvZb2JE3+k4OU+2yrRC66Y34rsTYUO4dVD4zEzjppPhLVHGjXDDd3vj3nBA6bvo"
    "yWrQbcAAlcwAgVMMTnFN4ASnGJziqntu4BT/eE7xg6h+1kNuXORiO9kZJs2ER69dilVBeG"
    "kiXcPIXNne699MZOgvJro39EVgmY5BQNIcX438UclnAqOJZdYaoELuCSt+KjCst8H1Bde3"
    "GqZotbL3izFEV2bm0kY+EQAz1YKHFNtW1GO1Q2Xj4UtVlPI4/mE5cPvDPdqxh3JMsSFRqG"
    "9b5aUKG2XloM7CkvAOAddTMrzA9RyL6zkOMTHCEiY/nqitxWAmfFfbSdSE4bQTntyGO7kJ"
    "/hkba8TL5+/enf0DLVdzVZEQkUbWo2ghTK4ik/QmLCMRuTfvoN/+fvKCVfXtExlrtb//sR"
    "I1S3l9615+S6R/s/fLNslN8CLKXRzomcBtVGAYawO3AdxGKKwfE9Vnq/ppj815crxXB4sN"
    "l1DywR5IvaE/9cqAgFQjPPMygK7IqtyRR+aPVvb3ZBgK/gY7bAW3qWB4bVPl9Nl2lGnbUT"
    "TosAkv3OuGHZCgFRUfdGPdRi8KrS1GZ2TkbWqG5vpKk2NS+wq7c6pN2b27QbYfmAV1Gdma"
    "axZs3kbm3LU7488vX+VZrMV1u8PpYNJB7sFMsze3dDcs7SD/J/caNxh/40dj95r7yb1GHs"
    "V7V+xjujh3POY+8fbemc4RzSO86U0E/is/mNgJhNtPM21K22yu+T/NtDG5g5N06B3NtG/8"
    "9efh8Aut7NP7yo969EnRc+4iYe5mbNcBclcIex9nGv8L3aZT+NjrU3n/J3tz1rHzbbyjmX"
    "Y36n3lut+FEf/PKels5Fr4DP223RE/sb+sfRCeZY6zjFAW14yqsD0tJk7iNQ/1YqWWxXPJ"
    "9yV/3p6fXb6//HBxdfmhTUOV5NTmzPsEuKNrjEWJzXqlGyS20gfcEHdjknH200/sglh8xj"
    "m55Uh1kPOXvNCD4eD7be9fPF3N7x7m6e7F78dar/0iYf7OFV+JFsCGEACEACAEsI9zPzXJ"
    "ef45puKW72o7ya1f0XYCfk5db+vO0OWVZCHytdS1pUhmG5kW6UFuiXHqatuONk2KIW75pn"
    "aMVy4r6ssXcsc01bSgdBZ47dUfnmo669eqNHkTc+3sv0xPh42o177K9EdOEv8sVXXNs4Tq"
    "mmdOdc1AwEQk947gmyKT0ROEsj55yvrcY8Ng7SOWKoV0KwzgZwf/aKnQVRtdSnHKVuYht8"
    "erKKQ7nTBfh6qW84WNhHrH/svtZPeL/Ly96h27XhGzGPHuUsY7pdP4VV5PhirF4GrVahAC"
    "V6sKrlZNpnKoAQ01oKEGdAdqQNepAhDUgIYa0FUcQ4CvqKaRA3xFc/mKxOquwQbtnZzF3t"
    "Vd6V3QG3Gurywa3VUMpL9oSJQkfaXR8jRLQ5ewaRKdMGiM/W/HzPn2ujhUdQUao0ZjU4Np"
    "DKjqClVdK6Kqyvh0YOaCmQtmLtPMvcWW2NU1Ld7ODbVINHQXpC2FQsti6dII25LYov7liR"
    "07f1HVtYe3qvKMZcdatfQnrNlFF19oJQPFQi+iiVwmkR26K+rGu1c8gvUL1m89hqwGW7/2"
    "ABQ73afIgArfoBH21aFpxS2Ic0V+zWLYRiXLUkCTKlNsUWOntGbq93tluf7gfLooUcpMsM"
    "2JXGoI3wCGnxxasNET8OtSIRNLDgOAJQ+1J6uzNjI67RPf0lox1oCno7220gdctbx1qcb2"
    "40+6w8GA7074m4x2dmsjaK/mdw7t5f+9kU2PeUfuOdrOPZhpA56/GQsjnptOPneQ/9NMG/"
    "Ffh19oa/cgD1lW/Opn1ykTTEmn94qoPD5YHJUMv9SKZKE/7TJ3pal961nNV4pqKZp5Qp93"
    "DOeKIpU89oaH2dCbS28QHntlLKmKlks/DFFQUOEKUkXTEsy1JuXyjaPSMDFWeWK09YUNQ2"
    "cwtPFeWFCqCY5AKIsp1Wq3i4TVbhfR1W5QliMe/XoSTow3LFKWwyW785Q9Z4hC1jjUPS8Z"
    "Xih6cqyiJ3HDRgFQp4ydVnOM2IkwY6AMIEy+BxpM+/1jxVDvRLsIWyRyap9v74yXLr1muy"
    "Kl8cCmqsdqP0yBND0IVNZlCK6p3Zg6UJmtUrtPpBFhgbKjYtUv79Iqa6QKJdSlcncvE9zd"
    "y6i7W41QVzUtmsNFukTzKRPHuhEAZrVwZtUkBqmUfSGsX+yAK2E3Z/zIZ7U7j7MEdjWn32"
    "6eHemAIGCdHmv72wnSI5aeclmqCbeB+EF12M2omQoEHBBwVaeHKl51mMOGIj22GPyQe6Wd"
    "xBCJ2zaF0kP7cECxOysw33LGvgquFvfjfsr0TAvZVCGe8slRXGLfqhJVe7lDa+revUuzqO"
    "7du/hVdfRayEMlL1UGhN3mDUS3lOKu5ImWW4IvrfPpEzm8+3kcW6AwRzNiNRxyMvvr/wE7"
    "lg0U"
)
