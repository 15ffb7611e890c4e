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
    "eJztXW1zo7iy/isqfzmzVZ5U4mSSuT63bpWTMLPecewc25nZPestFoPssMHg5WUSnz3736"
    "/Ei82LwIDBAdJVMzEGtcBPC6n1dKv1V2ulSVgxTnpreao9YbXVRX+1VGGFyUHkWhu1hPV6"
    "d4WeMIW5YhcW1jJvbovNDVMXRJNcWAiKgckpCRuiLq9NWaM3afXQWtBNFevIFkLvfv/zhT"
    "85Ofn9hzYyRG2NJXIBaSpGmr4UVNkQqOQ/yRllg2TTQI+C8YhkAxmmpmPphN5V0kRyW1ld"
    "lnUDS5X/tDD5mUtsPmKd3ObX38hpWZXwCza8r+snfiFjRQpgKUu0Avs8b27W9rmHh/7tJ7"
    "skffg5L2qKtVJ3pdcb81FTt8UtS5ZOqAy9tsTkpwkmlnwQq5aiuOrwTjlPTE6YuoW3jyrt"
    "Tkh4IVgKVVTrfxeWKlIQkH0n+ufi/9xH8xXj+eFoyk+4Kc+3InqljxDShHtK1FTaJmTVpE"
    "D99bdT7w4Q+2yL3uDmx9743fnlDzYEmmEudfuiDVfrb1tQMAVH1AZ9h7KoY4oJL5hRtG/J"
    "FVNeYTbiQckQ8pIreuId5NGAd2Kngt2r4YHrwVcC4C3yA6URadyu7hMUMO3fcZNp7+6e3m"
    "5lGH8qNn69KUevdOyzm9DZd46+NPLWO/3BthL0rT/9EdGv6N+jIRfW6rbc9N8t+kyCZWq8"
    "qj3zguRrpt5ZDzVScqd1+zOi75tHQWfr2isf0jJBq456XQkvvILVpflIvnZOTxMU+7U3tl"
    "8uUiqkraF7qeNc+zuAr92B8rQ/zIJyUKoYrPf3YkdD+vIiBdCXF7E400tMmMntcsDsSjWw"
    "SZ9dpgD6LNz97ICml4JA28O/EQX5p8loyAZ5JxEeGWTRRP9FimyYZQHtG5fnlqyYsmqc0P"
    "u9xtBMEQoMCh7M7+56P4c1cDMYXYd7e1rBdUgd+GUtk8s5Bu2gZAGDttudVOVFqMkY7WGS"
    "OEgrgmHylpHLOAvLgqarrGkdfydjUh49ByVBy1XWsjdhmm/4bHPbiGCR09zqKnjvrHYHrU"
    "NI/McmJDKCyxAFeAm8lJdZPDE5Az9kUag/aTqWl+oXvLEB75PnEVSRNX102bJRqLp6Qrw7"
    "u+tFdeF5S2yxGho5IAhg05mw9CY3vVuuFdNnFAD0g4HrOLlJC3Ckm2TDSxv2XBCfngVd4g"
    "MtnF7ROlrozLZs9NKqswqfEVRhaUNEfwt9chf7vvpdNgX3p0cIY9/VdhJlLAfL7eOM4yEG"
    "XrYCXWwbeFngZYMT+5UgK1GFc6qob9ZEQVP8YsZM7D3JRvBZSSrlfp4mEypbjQ5Gw89e8T"
    "DL8ncUd34uSy9ZiMSgVFnAN4mw1TWF4XfoqyanWquIFROc6bqiIZhdFrca7bv1tc9948Zd"
    "dHY6U++4u2t63CHHvdu7/rCLzsnh6NuQnr04baXTyJI+7vvzztXlR3LV/jX0y1WCaiZ3vc"
    "GgP5yCU+I12niFyNk6desVGqlTsTmCKOJ1PgstJAqsXZX1DNzsW9CyPbHOw81GBIE8BG4W"
    "uNlqQVwON7t79YGb3QdwpJusEjd7h1dzrBuP8rrF4GZ9V9tJ3OwqWK5QbvbXyHtt0fbyG3"
    "C2wNnWop9oMGcLnNYrclpgXJZqu9NRJiOsPhGAE2z1itjqlmteg5WeBK3v3a2SfR5o2AwL"
    "Pdzw42308BsHERRgjYM13iRrHFa2lbuyzVCsZRZ8vfLgON7rOHYfmIBnqabOIBXjUWaIHq"
    "9Btx4m0ZHBPVdIO07TiuPbcCQGBf9pyTrmVwshCvG1Rqbkghrn0AtIhhCeE9GyIN6e8WOc"
    "1WJJP+pej0aDQH9/3Q8HUT1QIuDdmQ07KSQ7hmJ0gk7QlJxmyeRIYlYvBYSOx46chiE+Pa"
    "ANOyRH5+zi6uLj+eXFlunYnkmiOxwgI3PHePvbF5jgpZVgrNe8dmU/fRljZWsFs+c6/iQW"
    "NRsH4+Y7UfeNjcGBQAWDt5sI1c61cSBUQV9KE6EysGEc3qQmTi0pQKpmTEgyRoIlySaPv2"
    "MqdFgfRWviaEUNheoPbX4gRD9p84ZiI0iHth6pqb0QMZ8E0TagDoaoJ24NsYYiZeDDUZrg"
    "xiIkCqu1IC8PHdJu3GqaCpM9Z1lo+upAnAaknk+kmibjVABETYVnhSmdTfTP65iUFGVFLm"
    "KOQlvUOFBhowEkRVQsFoDbHantZltZozHTBMt85A0yk2VlesoC2qhHaprQihoN2FpYHorU"
    "Pami2RhhVSI18UtdONgWvXfq+kyrahJoZbrO7wXDeNZ0aYyJldti+M6DBdpJzvO1W5SMTF"
    "5ZcJ+D+xzc5w1yn8MaYVgjXIlhsuovk4dJ4tuUM3kj5G2sj34hPPowEyQhPBpidmscs3uv"
    "KbK46dmZDmz9sOYe4TLtxOmHXZoXgsX3bpvBfZclTEojbYGeH2XxETkVIQFR6JCXjKGNBF"
    "UiJejGF0/kDC2sYEQmJ8h1pSD8Ihum8UN054yS7gFzpAp0UG2YI8EcKTDqf8e6F5yRdoLk"
    "E2lgoPF5mgjN8/gQzfNIjCYYVmBYgWGVYFh9dTuUWKvq667H2WtS+XonYHTBWgFrBayVYq"
    "2VCnG5xdsqeLGg0QHfMS+5Hu/oqxXD5UYkk16tGr5WCVDTVyOcnxS/MHqm+JTHXvlGWNRJ"
    "PU5RGY8zLCcp04KhcUiki9nckK8sAyZwPdF+0d2SpFFI6eggMF/AfAHzpUbmC32zM/ujA0"
    "KNGB7KdkiDpzLbkFyhtwg8lccZm4BQayah5q21ZFiivmWY8Uao4Su01xvZQwZpEu9l9QTR"
    "8dp2/U1+7L3vfLikzkP6dY4FHevIjqlCsoEMk7QjKep0PKwqMHcr0KWAuQvmLsRfvoK5K6"
    "+pTojaGEsSUmy2FRTPhXeNbN0yNtyybQEyHrPSwqRQQFAcFJBdAfYG4QYm3UbOzcV9sg0c"
    "YmoypKSa+0Gw+ZtQM2xU9Ba0XJmE5/XRMeQ7B5qsOpAeTpPFdQcFQJsxhXw1+4CDM8iT50"
    "DDh8HgtRhJu4Ez6Eiv4cdzkc68aJexCfzhQBACQdgkghB2iH/rO8Q3mphdkLvy7Bz+KZp4"
    "QBqaeY5mviaQ5cN+KwlsbHbY/9DmvCmbrI3kUkAfkAb4c7R6L7NRVsdbRLARnU5o+4UPH1"
    "L08qRU/BYM9Foo1lsz17yBiSWazwEUkodGn73RrxYCj1WKBWO6lrgPRkgS9sFIsQ+G3WAd"
    "x5mJ1wzA5WXsdhhR2VxbYlSsvbsbZPxPp3N+ftU5Pb/8+OHi6urDx9PtThnRS0lbZlz3P1"
    "PYA+qJ6oHmt7QYXn/ax+/fsHUnfcztdQysT+wbn/Rupv2vXEaeouVIdZHzOVMnD5N7bnjL"
    "3XbR9nCmcuPehJ5yPls5RoqzyxQDxVl48rwbJ+iloLa8xBl8dKVq2iE6oYomjBqlr8RfSz"
    "lZpqAksExVYZkYbsZokm462BzgaoyTB39jooMsAhu4dLyWtcelE9fgMvt1YB8t2ByqNKgi"
    "KcwOzYjNSKDWRNwC63wPxCy8uriJeB17E7JagqQ9q8Q6Pd52JDUZWUtNR+/br40R3xDczS"
    "0+ysG3f5xdEIIcIMghgjgEOVRz+pkmyIG8zJrO5wjGjAiWOuE8puO9mPhWBx9nuVgeZP2S"
    "MJePYJuZmowxLApjk5sUGmIKOhmlHYwygBwSA853P+frQsbqIPbizOwbikK5Sc3ZsOZ/YN"
    "HMHFIWlgOo90INq31fOdRAwqYgK0no/zQZDdno+2QB+uzQ65j8bCNrZx6UagLuZfcxsC7v"
    "iH4ycJGVsOrpldMw/aTNWwxOkJ5uJ5GBf7gFgAQEEhBIwAaRgJ7u5puM42lEEEbToK3yRJ"
    "6ebQ3uj4D0ZCvMWLXuuGmPn/wyvOmi7eFMHXC9W/66d/PlU38w6KLAV/dq/+5+NJ6615wv"
    "3pXhZ9KevSv2l5nK/ewUdz6dCMqHMeeEUJKDmTrmptxw2h8N+ck3jrvvotCJmfqF+4Ufj6"
    "Y9eq6L/N9m6jfu+sfR6At/yw36X7nxL10UPjNT73p98mPoX1L+x9500ru/J8AMb0lh/1dy"
    "dTT+8mkw+saPH8id/N/sWobkwXrDG86uzPvSymFbF89HVT1mNzroEqvFjdj91wP34EbTZm"
    "jBjlQXOZ+kHT0Mh6TVkfbjHNgta/yLc8o9onG9Nzcc58b1uocz9RNpG/SU85lHo8XH9a51"
    "bcnmYyYrQVFiI+H9crli4HON36dlDd5OBPx55+pyG/NOvyRFuU/ueoNBNKxdME28WpuZAf"
    "XLAaCBJWEbRRMYw2Q8U+UTCVuasmii/yJFNkqD1Gfnzy1ZMWXVOKG3fQ1Tn0KUTGSFOauQ"
    "zUIriBJZBn3+DPrYSRykjvqYgKXgjnVdY2TtSVjz7gk0jzb8cHqaYiQkpWKHQvtamByXrD"
    "Xmn/AmC8pBqUKgrlBigU4qoDsJQHeiQOuWygsLk5WDak9+PL8gpMerzrqVKGlAjH09H1UU"
    "lAQtV1nLC1mVjcdcag6Jgp6rrGdYfBg/XtaT+E2z+BBcqeBKBVfqAa7UkWXOtZc7mu6N4V"
    "H1XW0nOVY1uxzvZY3bv7cNR5dVISK21AjIiAqeoHtLJ8+Izk+RJGwMZJvRSDbt3WiwaqJ3"
    "k3vuBs2s01Ph6vKH6C43RVUKTt4K9ENtcPK+obE+jZO3RmN9/VZ7ENwPiXsNijcis9mxoy"
    "8JhFnju30iFfaxVybu0g2Hz9XAfbLQunO07rkmbXj2ru0p0A9IA/458I+P42EjXnbszit6"
    "Zi4+puhYLj7Gdiz0Ur2CThguYDqnKzTsZMINp11E/9JApfspDVC6n1YzpAQiIFrFRkDQmX"
    "QeP8pODMj16rCsztQrQgS+DkHVCxIsu7PtxLQfUioeKlOg/68RAnSFTYFOJ38DegjooXpY"
    "Qs2lh7yXMYOR6xNpoJ1b/ASavdlGPL7H316jVVZPFZpCpIo5ukiIObqIxhyBB7tp3VYaD3"
    "bS3DE2+uiQ+WLFzOSyF4TgxQITe+Y75rMjzZIFzPdjLki8EZMUJiFrlF8ItkcNQSoKq7Ug"
    "L7M6vkJiAGtVUzE0B97KBhBVFOLiIoiiXXABIPekCS6N2qwAuoFhZz+uXodaALI3vqoaCm"
    "5o+Mka+Obb7QBSLweRLjf1stRz94VmUq8936bRCQxseZtLAxNbofG+DUzsG6I0gIlNp11g"
    "YoGJhW6rMt1WGibWNVcy9lxBKei8UnReoqXrWBUzrWH3yxxzP81J1sConCiniUmLD0mLRK"
    "TR3uU/mor5rANFRLB5fHfxDdrrA+I8DPEBZRHBBu3W2zm7uLr4eH55sY0u255JCjFjRZcp"
    "WKQ/PgJs4tbTfjHYdzrFvtPOttEbVcxl+kSlIaavOtZOdJYGrg9wfVSN1WwXv3g6St0fyC"
    "M3kLYvmUymDiQmkex6lhJJZNeLBQQyEMhAIDeAiQECOZ12gUAGAhm6rcp0WxDK+/phpRDK"
    "e3zMJUFWNvzckpasaLKEnLMhOcB6P9aKvLB79RxwM0QB8f2Ia+SJVh6/sNQEJQvmTOHmoV"
    "5CHhaaPpf37Jcs1lFQEvjl6hhD0UkcVqVcOvbLgYarrGFYkwJrUuoBLzhmqrAmBdZOZIG4"
    "sLUTB6+c6KVZN1EXmIMzLlhWckRP4PalZTgD/S90vD/Q34OARxA8guARbAC1Dh7BdNoFjy"
    "B4BKHbqky3BR7B1+fvwSN4fMw1OxE6wS2Tr8Qv1DyUix+Nwe8KftfmIg4ewLfgHzJMbZ1T"
    "yT5B0HGVdWzPsj1mJY+umRWAziuvc29amlvn4QpA51XW+S6dU/a0nokpEt6mQxr8/eDvrx"
    "DEpeWg9KWAOxDoQNq5hqIc6SvB6V+C099ZVHowPM1KiwphEYnolBkWQaEi3eGqxQiL2F5r"
    "J4VFUH3xC68YxEVAXATERdTfwQhxEem0C3ERZfVUEBcB3VYpcRFrYgnxOfqusFzzfG2lrL"
    "aDGJQyvceaKCiZRoidRPPwLX6zZvIjDfpMjCb802Q0ZEMcEAqPDbJoov8iRTZKm8D7JhRz"
    "S1ZMWTVO6P1eY05BQQoMC5Ht5MM7x4f6e1pBeDt54KyBs64aSdMuM3kgUGLHpsRaMXTYfi"
    "rsaCyYzbsxqLBo8SDH4okAXQZ0WfX615rOO9PQZQvyg2NS4nOqqG/WRElT/BKTrT0g3Qju"
    "LEm13M/TZLNxq9nBaPjZKx62JUPx+itBZuTYSYH9VrIJU6ZXgZ2fy9JLlmlqUKok3CODS4"
    "2ZljUBKF/PspWE1p29ddvgZW7dQSlo3Xtbt6Aaz1hnzIG27TuejvHJQgvP3sKTKFxOtVaR"
    "eX+RdG4KmyU6Q6ATtYl935Mh9y3j1KBFRLqI/JmpN6PhtHcz5W67aHs4U//10Bv0P/Xp2e"
    "2hXfYrN/bKOoczdTCaTLuI/m3leI2KpzMNzdLFGLo4hS630kd0L9rKtG98ctcbEsCz6vOO"
    "m/b4Ade75Xu3ky4KfJ2pTp3ktP05U3v3/S4if2Zq/+5+NCbacz6rob+1IpheqE3qscYn04"
    "T+r2yMA+RKBpzDcs3DuvhhHRbwvL3FHPUKujiqEV1P7itNzIW9P5tAF+HL5ibv/m4heXjN"
    "q6Nw5pqtzGu1DvYn1EefGZZoOUsGsqO5EwJEQ3sAv3bu4EaiKllrRRbJj+a1RUZkGaKAbh"
    "BdOoXLiKpPBNCEEKJjwvtMfnRWXH0y0FwhJOv1QrJeP214NRvxQVnDyTOg4cNgEFmlbbCS"
    "XuVYoZ1uSWxNkQ2Y86lwLQTTRgOaGkw2454ZTv9y2maC6jM4U8BqD/gF4Ppg4BpS66lHLZ"
    "9ZlAJU/0yqoDbbXGwZ084YiNNEaW9rg1DtY4Vqc7pgWDqeaqu5YdIoJkbYdqRMOymEGzul"
    "eTNQfF88d4u8UVhCmqps0Jz8U4gSkBuT3UVrXfuODSSoyK2dHEqkkCY+GUjH7+XVWtPNNj"
    "n8jkn1SNXMRwL1SdjnXN5dGFHnkGABIsZrMf2rqdcsTcR4nViqYzpKiyGpdgEbWcM3o5IQ"
    "wrk31gPiwI8XBw4ByWXDTAYdg0W+pouk3ElXeSVPixv3Jg9jrovcg5l61x+Oxl1kf5BvNJ"
    "aSDJTkDzcgo+Vo6MZXBs7N1DE35YbO5e1h2LhNo8ZOGjV24tXYYajRXqyfcXANSoGzItTR"
    "k+lHLlM1INhAS7Umlmmq8B4ye8yWmMot37yo2E6qzFSdhMxUHSczVcThF086lcmpUIp6jM"
    "lPFmVFFlxsIqwKo1Q7iVexTWabH9ajUnvplVu6sQwStdVa0GUyciJtge5Ijf8wEDXDkZ22"
    "FpHqkUD/rtCzbD4i8xHblw1kmJqOJbuAbEZ5leKrT7WM34YDMloC4VKvYazBhEvgjcwwuo"
    "XlqmzVV2YKZYOWNcFlQAiyXKbJcumskWFnwu+rMYvCg0IhoOVUifCrZrUt6UO875xdXF18"
    "PL+8+NimCXuoAeeduUrAvj+cRtbF0kE/M7BhsVzQ5mrDpzUBVnzE4lO+oTcg2cChtyZDba"
    "oZJNZ1jRH+kUAFewLNm0Oep+r3zxP6/fNov18n71FV3iKIya1oTO7rcCGUBLjRVBWLcTxI"
    "qER7LwciBgvvpT5GKkZrrCMHKcNGqutwD5q6fK/I37GELIOUMLUnrNpBH8+PgolkEz0LBl"
    "rqgkqaTZT0KLLi/XQH0BtAb9Sj62owveFsfWnELM1JkSosXEEjeI5jJ1TagZgr7iQgebSk"
    "SjXmmXao5U6+Ga2iCXOQYzd8QRSxYfC2OZFLDeEKQAnZlWCDx+OXtUzGlRzjP0seMnFUmW"
    "ipegI/Btu+m1G5efxuRsMhR/PvZTSzW1tBOy+fczhTuZ/v++P+8HMXeUfuOVrOPZipQ467"
    "nfBjrvcw/ZGmBNx9oyFNX0dfaGn3IDy9SjPUFZ+7zJ2T8YaorVnLUOKTZEYlYeOS5L43x8"
    "YlEhYVWc2lH4YoKKhwBdlppowN6QfzTI2j0jAwVnlgtPWV2Q0RlGqCCXoEX0S9kv4B35Tr"
    "DYtk/XO5bqK9+SZrrq2oKMRZg3+vZHjBv1eJnDu+d78AqJudH4LRUWbOYVCmC3XUs8xHOo"
    "vHLYb71He1vdd1qpGx5pE3tqX3+k57iBTWCTbIRQktFO3ZcXLa1fyDLoMnjaeN5pqlSsjU"
    "bI9nO+AUtT2fOpZkndTwoMv/RAZRnILfk6JRt+qR7gkr9iswXLTBw/qGLN40HlbvleUtXc"
    "4yqQzLNcKxGlknlXKhVOJKqcjUMr8ro3AnRtUUUJMXKxVZY+VbU2oVuqK0mjZiI/QLs9lS"
    "yYLYqJ94WOPjfN4mnEAOVIEcsIxjJo2sK7S+d7dK8dT3wpJJA9jn23sJgLVX7Bj7q8Oa7N"
    "cZs2BKDVPqSPhmjq34GhShXHaEbNZF2LD+Osv6awh7rULYq2A8ZQq42gpAmFWyMnKEWRnE"
    "HqUuq6g+rjVNwYLKVolfLKSVOZErSx3bM37ks9qd6RG/Ho0GAcSv++H2/XB3zY3fndnwk0"
    "KyY9szUhRYc/p08+xIBwQB6/RY20/H509hkFAN8JfAX9bQeAXCrTKsUMVX299jVSI/8zNd"
    "itBisUT+6+39bJFTnF9uy6cIGHHWumtzU6DR9nSbBRq4IQqKQn9jGz0LMrHHlnauv99pxk"
    "CKXTAJwO+elEEe347t2BcxcpybQshIBfq0NvBbwG8BPVA5egBWxb4xex1yYVThvYPcDBVR"
    "BKwcrjRjCiuHK64giEJ9E1YDRKE2W7/A4kIUarXhBFIcolDrAm1Fo1C/4fmjpj1x3zHbzx"
    "C43t7rZ3h2ivN4W36vn2H6iJFk6bQaJKtz7aWLiLS+QQZpPliyNx9Cbr1orkmbtrfH0Dvs"
    "zYh/QHO8IOecwktsGkgm/zunp1EXQ8n3m6kzdaiZyMQqmQu+p1vWS86K18CaVtlw9q5+Iq"
    "OviugaWLsMvR+9ttY1SmRi6QTdWzrRHDo/RZKwMZCwMLGO0vsxfvVlLfNR47+BfwP8G9Xs"
    "URvs39Dmf2CRofH48NKdRCM41bKjd2n/mYs59QQbgfKxCVMKXuYEzgGhYmDfP3TUuGnXMH"
    "Wp33h0k5fec8Pb/vBzxsG65Yp1kXswU+/HoxtuMqFpR7eHM/VTrz+gp5zPsO2XRnHFJyIV"
    "TBOv1iZDdZOVoCixu2P55RqzM9Z55+pyuykW/ZK0H9bkrjcYRMNLYbek4+6WlMnFwpIFH0"
    "vxPhaVgGHl21o8KAokfJVJ+C0RkEPRYdmjaPqYJlfdFR3hr1+HA+xhXRYfWwz2z73STuL9"
    "hF2ZQpeiHxKPG2tTMekqhjXltuLqTjYK2Wc0np76jnWD6TmJN7J8Io2YRIcydn34kCZh14"
    "cP8fm66LXQzIC8VBkQdos3EN2zVFbsWYIVexa1YskdTczajzjeePWJHN9mfZ2BsjDr9FUH"
    "s7//H/TIMlM="
)
