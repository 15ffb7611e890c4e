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
    "eJztXftzm8iy/lco/ZStUly27Ng+urduFZZJoo1eK8nJ7lltcRCMbdYItDxs6+zmf78zvM"
    "RjQIBARqSrUjEM0yPp66Gn5+uemb9bK01CinHCruW59oTUVpf5u6UKK4QvYs/aTEtYr7dP"
    "SIEpLBW7srCWedOvtjRMXRBN/OBeUAyEiyRkiLq8NmWNfEiLZdaCbqpIZ2wh5t1//nrlT0"
    "5O/vNTmzFEbY0k/IDRVMRo+oOgyoZAJP8HlygbRjYN5lEwHhnZYAxT05F0Qj5V0kT8sbL6"
    "UNUHWKr8l4Xwz3xA5iPS8cf8/gcullUJvSLDu10/8fcyUqQQlrJEGrDLeXOztsvu7vq3H+"
    "2a5MsveVFTrJW6rb3emI+a6le3LFk6ITLk2QPCP00wkRSAWLUUxVWHV+R8Y1xg6hbyv6q0"
    "LZDQvWApRFGt/723VJGAwNifRP67+D/3qwWq8fxoPOdn3JznWzG9kq8Q0YRbJGoq6ROyah"
    "Kg/v7utLsFxC5tkQ/ofWan784vf7Ih0AzzQbcf2nC1vtuCgik4ojboW5RFHRFMeMGMo32L"
    "n5jyCtERD0tGkJdc0RPvoogGvIKtCravhgeuB18FgLfwD5TGuHO7uk9RwLw/5GZzdjghH7"
    "cyjL8UGz92zpEnHbt0Eyl95+hLw2+9Yw/8Rphv/flnhtwy/x6PuKhW/Xrzf7fIdxIsU+NV"
    "7YUXpEA39Uo91HDNrdbtvzF99x4Fna5rr35EyxitY9TrSnjlFaQ+mI/4tnN6mqLYr+zUfr"
    "lwrYi2Ru6jjvPsewhf24DyxB7mQTksVQ7Wu63YwZC+vMgA9OVFIs7kERVm/HEFYHalGtil"
    "zy4zAH0WNT9boMmjMND28G/EQf55Nh7RQd5KREcGWTSZfxhFNsyqgA6My0tLVkxZNU7I57"
    "3F0EwQCg0KHszvhuyvUQ30BuObqLUnDdxE1IFe1zJ+XGDQDkuWMGi75qQuL8KRjNEeJqmD"
    "tCIYJm8ZhZyzqCxous6a1tEzHpOK6DksCVqus5a9CdNyw+eb28YEy5zm1lfBO2e1W2gdQu"
    "K/NiGRE1yKKMCL4SW8zP0TlTMIQhaH+qOmI/lB/YI2NuB9/H0EVaRNH122bBxp7jgh3pZu"
    "raguvPjEFq2j4QuMADKdCQs767G3XCvBZpQA9J2BjnFykxXgmJmkw0s69lIQn14EXeJDPZ"
    "w80TpapMSvG3+06qyiJYIqPNgQkd9CvrmLfV99lk3B/ekxwjjwtJ1GGcvhers442SIgZet"
    "gYltAy8LvGx4Yr8SZCWucE4V9c0aK2iOXs2Eib0n2Qg+K02l3K/zdELF1+hgPPrkVY+yLN"
    "/juPNLWXrNQySGpaoCvkmEra4plLhDXzU51VrFvJjwTNcVjcDssrj16N+tr33uGzftMmen"
    "C3XIDW/IdQdfs7fD/qjLnOPL8bcRKb04bWXTyAP5uu/PO1eX1/ip/WvIzVWKamZDdjDoj+"
    "YQlHiLPl4jcvaYzHqNRupMbI4gimhdzEOLiAJrV2c9Azf7I2jZnlgX4WZjgkAeAjcL3Gy9"
    "IK6Gm92++sDN7gI4ZibrxM0O0WqJdONRXrco3GzgaTuNm12F65XKzf4ee68t0l/+AM4WON"
    "ujsBMN5myB03pDTgucy0p9dzLK5IQ1IAJwgq9eE1/dct1r8NLToA28u3Xyz0Mdm+KhRzt+"
    "so8efeMggwK8cfDGm+SNw8q2ale2GYr1kAdfrz4EjncGjt0vjMGzVFOnkIrJKFNED9ehW3"
    "ez+MjglpXSj7P04uQ+HMtBQX9Zso741b0Qh/hGw1NyQU0K6IUkIwgvsWhVEPslQYzzeizZ"
    "R92b8XgQsvc3/WgS1R0hAt6d2bDjSrLjKMYn6BhNyemWVI4kYfVSSOhw7MhpFOLTPfqwQ3"
    "J0zi6uLq7PLy98psMvSaM7HCBjc8dk/zuQmOBtK0FZr3njyn78MkWK7wXT5zrBTSyObBxM"
    "mu/Ewzc2BnsCFU7ebiJU29DGnlCFYylNhMpAhrF/l5o5rWQAqZ45IekYCZYkmzx6RkRoPx"
    "tFWuJIQw2F6k9tuSdEP2vLhmIjSPv2HqmpVgi7T4JoO1B7Q8SKviPWUKQMtD9KM9RYhERh"
    "tRbkh32HtJ7bTFNhsucs95q+2hOnAW7nI26myTiVAFFT4VkhUyBVVCSWMDUZ4tZ6fmONxm"
    "wtPNB2KMqD1gQ30VSMXtDyUdOeSFBPfkb6Zk+ovjnN3bqtNR01w1r6H1IOcrNAi01Cr8o4"
    "8EQwjBdNl6YIu2wtSiA4XKGdFgleu1V53a8LsWCIBUMsuEGxYFjwCgteazFM1v1l8jBJfZ"
    "sK7kQImxAej34h13c/FyQl1xcSUI84AXWiKbK4Ye1l+7Z+aHOPaJ126vTDrs0L4eo7z4Dg"
    "nmUJ4dqMds+8PMriI+M0xAgMgY7xdhZoM4Iq4RrkFIcnXEIqK4jBkxPGjQsw6FU2TOOn+D"
    "EQFX0GzJFqYKDaMEeCOVJo1H9GupdpkHWCFBBpYNbseZZ0w/PkfMPzWMIhOFbgWIFjleJY"
    "fXUNSqJX9XVrcXa6VAHrBIwueCvgrYC3Uq63UiMut3xfBd3fk1yBZ8STF4D+aiVwuTHJtF"
    "frCF+rFKjJqxHdbBO9UixT8v69Xv1GeNRpFqes7XtzrI2o0oOZIlEjGRA9fEtzYELPU/0X"
    "3a2JO4WUjQ4C9wXcF3Bfjsh9IW927nh0SKgRw0PVAWmIVOYbkmv0FkGk8jBjExBqzSTUvI"
    "WDFE80sKYw2Qk1ApUynEhv4C7xXlZPGDJe26G/2Wf2fefDJQkektslEnT/QPnUs+f3aQrc"
    "3RqYFHB3wd2F/Ms3cHflNdEJVhtlZUKGk6PC4oXwPiJft4rTo2xfAI/HtD1OMiggLA4KyK"
    "8A+7RrA2GzUfCk7IBsA4eYIxlSMs39INn8h1AznLrzI2i5Nrt3H4+OYfNuoMnqA+n+NFmS"
    "OSgB2pz7odfTBuy9HTr+HszobjB4K0bS7uAUOtLr+MlcpDMv2m4/BPFwIAiBIGwSQQjHnf"
    "/ox503mpi9x5/K0zekz9DFQ9LQzQt08zWGrBj2viSwsflh/1Nb8qZs0k5FywB9SBrgL9Dr"
    "vZ2N8gbeYoKNMDqRswQ+fMhg5XGt5PMEyLNIrrdmrnkDYU+0WAAoIg+dPn+nX90LPFIJFp"
    "TpWuqhDhFJONQhw6EOdod1AmcmWlMAlx8Sz3aIyxY636Fm/d097eFfnc75+VXn9Pzy+sPF"
    "1dWH61P/2If4o7TzH276nwjsIfXE9WCYgmlRov7Exu8+fXQrfcizYgykz+wPPmF78/5XLi"
    "dP0XKkuozzd6HO7mYTbnTL3XYZ/3KhclN2Roqcv60CI8XZZYaB4iw6ed6OE+RRWFvexhl8"
    "fKVq1iE6pYkmjBqVr8RfSwVZprAksEx1YZkoYcb4jtNksNkj1JgkD/HG1ABZDDYI6Xg9a0"
    "dIJ6nD5Y7rwKFQcNJRZVDFtjDbd/d1ygZqTcQttM53T8yiq4ubiNehT9Q6SpC0FxV7p4c7"
    "W+NIRtZKt6MPHD5GyW8IH02WnOUQOAzNrghJDpDkEEMckhzqOf3MkuSAX2ZN5wskY8YEK5"
    "1wHjLwXk5+q4OPs1ysCLJBSZjLx7DNTU0mOBalsclNSg0xBR2P0g5GOUCOiAHnu5vzdSGj"
    "GYidOFNtQ1koN6k7G9byTySauVPKonIA9U6oYbXvG6caSMgUZCUN/Z9n4xEd/YAsQJ8feh"
    "3hn23kNeZhqSbgXrWNgXV5B4yTQYisglVPb7wN08/askXhBElxO40M/NOtACQgkIBAAjaI"
    "BPR0t9zkHE9jgjCahn2VJ/zt6d7g7gxIT7bGjFVryM1ZfvbbqNdl/MuFOuDYW/6G7X352B"
    "8Mukzo1n3aH07G07n7zLnxnow+4f7sPbFvFir3q1Pd+etkUN5NOSeFEl8s1Ck350bz/njE"
    "z75x3KTLRAoW6hfuN346nrOkrMsE7xbqN+7m83j8hb/lBv2v3PS3LhMtWahDto9/DPkf1/"
    "/MzmfsZIKBGd3iysFb/HQ8/fJxMP7GT+/wJwXv7FZG+Iuxox5nN+bdtAr41uXzUXXP2Y0P"
    "uthrcTN2f7nj7txs2hw92JHqMs5f3I/uRiPc63D/cS7snjX9zSlyr0heb6/HcW5er3u5UD"
    "/ivkGKnL9FNFp+Xu9a1x7ofMxsJShKYiZ8UK5QDnyh8fu0qsHbyYA/71xd+jnv5CYty302"
    "ZAeDeFq7YJpotTZzAxqUA0BDS8I2iiZQhslkpiogEvU0ZdFk/mEU2agM0oCfv7RkxZRV44"
    "R87Fu4+gSidCIryllFfBbSQJzIMsj3z6GPrcRe6jgeF7AS3JGua5Rde1LWvHsCzaMNP5ye"
    "ZhgJca3EodB+FiXHJWuN+Ce0yYNyWKoUqGu0sUAnE9CdFKA7caB1S+WFe5O2B9WO/fGCgr"
    "A9Xn3WrcRJA+zs68WoorAkaLnOWr6XVdl4LKTmiCjouc56hsWHyePlcRK/WRYfQigVQqkQ"
    "St0jlDq2zKX2OiTbvVEiqoGn7bTAqmbX471d43afbcORZVUMFnvQMMgMETxhJpaOvyNzfs"
    "pIwsZgbDeakU37NBqkmsy72YTrMQvr9FS4uvwpfspNWY1CkLcGdqgNQd4faKzPEuQ9orH+"
    "+FZ7YNz3yXsNizdiZ7NDZ19iCPPmdwdEahxjr03epZsOX6iDB2Shdxfo3UtN2vD0U9szoB"
    "+SBvwL4J+cx0NHvOrcnTeMzFxcZzAsF9eJhoU8Oq6kE0oImMzpSk07mXGjeZch/5NEpcmc"
    "JChN5vVMKYEMiFa5GRBkJl0kjrIVA3K9PiyrM/WKEYFvQ1CxYYJlW9pO3fZDysRD5Ur0/z"
    "1GgK6QKZDp5B9ADwE9dByeUHPpIe9lzOHkBkQa6OeWP4GmH7aRjO/hj9doVWWpIlOITDlH"
    "Fyk5RxfxnCOIYDfNbGWJYKfNHROzj/aZL9bMTa56QQi6v0fYn3lGfH6kabKA+W7MBYk3Ej"
    "aFSdk1KigEx6NGIBWF1VqQH/IGviJiAGtdt2JoDry1TSCqKcTlZRDFTXAJILPSDFVGbdYA"
    "3dCwsxtXz6CWgGwv0FRDwY0MP3kT3wKnHcDWy2Gkq916WWLdc6Gp1CsbODQ6hYGt7nBpYG"
    "JrNN63gYn9gSgNYGKzaReYWGBiwWzVxmxlYWJddyWn5QpLgfHKYLxES9eRKuZawx6UOeR5"
    "mrO8iVEFUc6Sk5ackhbLSCPW5b+aivi8A0VMsHl8d/kd2rMBSRGG5ISymGCDTuvtnF1cXV"
    "yfX1742WV+SVqKGS27TEEi+fExYFOPng6KwbnTGc6ddo6N3qhiIdcnLg05ffXxduKzNAh9"
    "QOijbqxmu/zF03Hqfk8euYG0fcVkMgkgUYlkN7KUSiK7USwgkIFABgK5AUwMEMjZtAsEMh"
    "DIYLZqY7Yglfft00ohlffwmEuCrGz4pSU90LLJUvacjcgB1ruxVuR726oXgJsiCojvRlzD"
    "32jl8QsPmqDkwZwq3DzUK9iHhWyfy3v+Sx7vKCwJ/HJ9nKH4JA6pUiEdB+VAw3XWMKxJgT"
    "UpxwEvBGbqsCYF1k7kgbi0tRN7r5xgs6ybOBaYwzMuWFZywEig/9JSgoHBFzo5Hhi0IBAR"
    "hIggRAQbQK1DRDCbdiEiCBFBMFu1MVsQEXx7/h4igofHXLM3Qse45YqVBIWah3L5ozHEXS"
    "Hu2lzEIQL4I8SHDFNbF1RyQBB0XGcd27Nsj1kpomtqA6Dz2uvcm5YW1nm0AdB5nXW+3c4p"
    "/7aeqVsk/JgBaYj3Q7y/RhBXtgdlYAu4PYEObTvXUJRjthKC/hUE/Z1FpXvD06xtUSEtIh"
    "WdKtMiCFTYHK5alLQI/1k7LS2C6Iu/96pBXgTkRUBexPEHGCEvIpt2IS+iKksFeRFgtirJ"
    "i1hjT4gvYLuics2LtVWy2g5yUKqMHmuioOQaIbYSzcO3/MOa8Y80yHeidOGfZ+MRHeKQUH"
    "RskEWT+YdRZKOyCXxgQrG0ZMWUVeOEfN5bzCkISKFhIXacfPTk+Ii9Jw1Ej5MHzho467qR"
    "NO0qNw8ESuzQlFgrgQ7bTYUdjAWzeTcKFRavHuZYPBGgy4Auq599PdJ5Zxa67B7/4IQt8T"
    "lV1DdrrKQ5ek3YrT0k3QjuLE213K/zdLfR1+xgPPrkVY/6kpF8/ZUgU/bYyYC9L9mEKdOb"
    "wM4vZek1zzQ1LFUR7rHB5YiZljUGqJhl8SWhd+fv3TZ4uXt3WAp6987eLajGC9IpcyC/fy"
    "fTMQFZ6OH5e3gahcup1io27y+Tzs3gs8RnCGSiNrM/92TEfcs5NWhhkS6D/1uovfFozvbm"
    "3G2X8S8X6i937KD/sU9K/Uu77ldu6tV1LhfqYDybdxnyf6vAa1Q+nWloli4m0MUZdOlLHz"
    "C8aCvT/uCTITvCgOfV55Cbs/yAY2959nbWZUK3C9VpExfbfxcqO+l3GfzfQu0PJ+Mp1p7z"
    "tx76WyuC6aXaZB5rAjJNsH9VYxwiV3LgHJVrHtblD+uwgOfHW8xxXEkXB3Wij5P7ypJzYZ"
    "/PJpBF+LK5KXq+W0QeXvP6KJy6Ziv3Wq294wnHo88cS7ScJQP50dwKAaKRM4Dfeu/gRqIq"
    "WWtFFvGP5rX7nMhSRAHdMLpkCpcT1YAIoAkpRIeE9wX/6Ly4BmSgu0JK1tulZL39tuH17M"
    "R77RqOvwMzuhsMYqu0DdqmVwVWaGdbEnukyIbc+Uy4loJpowHNDCadcc8NZ3A5bTNBDTic"
    "GWC1B/wScL0z0BFS65lHrYBblAHU4EyqpD7bXGwp084EiLNkafutQar2oVK1OV0wLB3Ntd"
    "XSMEkWEyVtO1annZbCjZzavBmqviufu4XfKCQxmqpsmCX+p2AlMG5OdpdZ69ozMhhBZdzW"
    "8aWEK2nik8Ho6L28Wmu62caXzwg3z6ia+YihPonGnKv7FErWOWywABnjRzH9O9KoWZaM8W"
    "NiqQ4ZKC2HpNombORN34xLQgrnzlwPyAM/XB44JCRXDTMedAwa+Zotk3IrXeeVPC1uys7u"
    "plyXcS8W6rA/Gk+7jP0H35FcSjxQ4v+4AR4txyM3vzJUtlCn3JwbOY/9y6hzm0WNnSxq7C"
    "SrsUNRo71YP+fgGpaCYEXE0OPpRyFXNSTYQE/1SDzTTOk9ePaYb2Mqt37zsmI7mXam6qTs"
    "TNVxdqaKBfySSacqOZUhdm57mqoi0cUlxqhEarTT+BQnQTdceSebMlYRs0Y640xiDHsSg3"
    "vBI2IUTX14r8jPSGIsA9cwtSek2kTHy6NgMrLJvAgG86ALKu5McQKlzIZ3r9SHTSqBQzmO"
    "kanBHIpz3IORkI6SYXlstIE6e+yluCJVLCLcgliIawlJHmwh4RFPT7eoFd5wIt5EE3y3Q3"
    "d8QRSRYfC2O1FIDdEGwPwU0IKNHo9e1zIeWAo4ADR5WH5S5/lp3VetxxXb2k6p3MXrvfFo"
    "xJFF5zn97JYvaC9Gdy4XKvfrpD/tjz51Ge/KLSP13IuFOuK42xk/5di7+WeyDn57R3i8r+"
    "MvpLZ7UYTDK3/Brjsp4w1RW9NyL5J3hohLwm6d6ba3wG6dEhIVWS2kH4ooKKh0BdlrK40N"
    "toNF5sZxaRgY6zww2vpCuq5RUi9Tdo0OSTVhIhDZmTsTiXueQuKew/ECzSecKG9YbKm7S3"
    "Zj7S03eReYxkUhuAgL9yqGFxaa1WKhWeDdLwHqZi+KoBjK3In7VcZQJ7i4RYmc2uXtnfHS"
    "tVcNTtODQCUEKo/fb4TT9LJpF07Tq8pSHeA0vXqEuurp0Rwu0iUYT7k4Vl8AmNXSmVUDO6"
    "TES43r40bTFCSodJUExSJaWWK5qtThlwSRz+t3Zkf8ZjwehBC/6Uf7993whpu+O7Phx5Vk"
    "x7nvj+ZRnK0l+XbL/EiHBAHr7Fjb344XH5H4VMhTTWkG4gf1YTfjbioQcEDA1Z0eKuHwvS"
    "rZoW9o+ahpT7eI5JvrmxaFKIpWaadxRi9OZfIDt7UzJdkLpolWa5MxNcYVZjRcjJ6RaheS"
    "m6ClpmfUF2pl95YDcJBdLaxTG5gqYKrCC/zIi51z7A/KwEYE3yl42nDEEM2Wrxhuoc5cYM"
    "s+eqU35Vg7PTF4t1Dtu7vJbeCZe+c+I+uQ/UfOzUKdTPtf2d5v/JT75Q53bb43Hk4GnN1E"
    "4iN37bKbHdkfj3isr9EnIpPwYKF+424+j8df+DlHDvUJ3kVHxWwUXCYGLoWAi/FvzjAc70"
    "OzlaAofTWJdduKRToOcbAq6jhnVVldO+72/rxzdXndJgfy4jtyc5UC9mzIDgbxiS523yyB"
    "cl5kKqGwFQIyIQuZUPMs7bjTFnHM3UztCTe67Y8+5XTeWq4YtlPOxUKdeSUzv+Su1+O4W2"
    "KZ/MuF+pHtD0iR8xfX+tKfTOw6zkURi1R+ZvZSkyi5DBkiAZ4gRAAKnNcnPiLJUoqxchHZ"
    "BvrlR+KHZ+Li3KG7kKqjssC61lnTj6a55pNGy3T/LiJayMermWZL9PIkS3dowhUF2ERMI1"
    "INwrRzdnF1cX1+eeED65ekoRsHNvcSgwavLihti5hQMgv2nnjXihew/xRxGALqPAQQn5hf"
    "W/pDoeE+Lg3arrO2IcxaKeUaSj/IBy9FFOCFKHZNlpEEe2cJULt01yzSakMRp7zaNcwbCC"
    "kjOXcgqrPd+QPRvlPu8hNYYwKR+6OwFg2O3Fs6JaCVPCV3q9c5nlx4Rn5xnWlKfnGdMicn"
    "Dymh/Fz591sJSMBPj4UUScDPveUM7DRT6XoIPHhQBpwMEcGtaCOs0aGDgmsdPcuaZfB7qI"
    "DSRhOo2oPHZ230eF0zCzpg1AaAzaszm4cnUfIzJbsvNZdoK3TAXCJvshNUqD8BqnEmEflQ"
    "JFoEMf5ekBVLp437iQG9JPHDZcSdRlE/3cPXLTmWJ8kG+WlFjFVEFMxUnc2UN7XPv3FVVB"
    "C2rYKt4JpNt1BeqNhWcBDEgyhT3WMeJayVDO71a6dFy/segU1Z/tgQ+Cs9DpvF0IuPLUpM"
    "yH3STgsDCds6tQn8JDrsVJNIcc/dLr9fwKf2aXfJcR78+hhUe5jM+gdEGsG1RZj/Dx+yEP"
    "8fPiTz/uRZZOkVfqlyIOxWbyC6Z5kyHc9SMh3P4pmO+BNNpFI852QaPyByeB7/bRyn0hj7"
    "mIt1yGyH7/8PFCeHyQ=="
)
