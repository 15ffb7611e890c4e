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
    "eJztXWtzo0iy/SsV+nI9EWqHLT9Xu3EjZJvu1rQeHknu7tnxBItQWWaMQAPItnam//tW8R"
    "KPAgECGXBGdLQRVIJ0sqjKPJlZ9Vdjoc6wrB92ltJEfcJKo43+aijCApOD0LUmagjL5eYK"
    "PWEIU9lsLCwl3nCbTXVDE0SDXHgQZB2TUzOsi5q0NCSVPqTRQUtBMxSsIVMIHfznz1f+8P"
    "DwPz81kS6qSzwjF5CqYKRqc0GRdIFK/pOckddIMnT0KOiPSNKRbqganh3Sp85UkTxWUuZF"
    "PWClSH+uMPmZc2w8Yo085rffyWlJmeFXrDsfl0/8g4TlmQ9LaUZvYJ7njfXSPHd31735aL"
    "akX37Ki6q8Wiib1su18agqbvPVSpodUhl6bY7JTxMMPPNArKxk2VaHc8r6xuSEoa2w+1Vn"
    "mxMz/CCsZKqoxr8eVopIQUDmk+h/p/9vfzVPM54fDCf8mJvwfCOkV/oVApqwT4mqQvuEpB"
    "gUqL9+WPfdAGKebdAHXH/ujA5Ozn8yIVB1Y66ZF024Gj9MQcEQLFET9A3KooYpJrxghNG+"
    "IVcMaYHZiPslA8jPbNFD5yCLBpwTGxVsXg0HXAe+AgBvkB84G5LObes+RgGTbp8bTzr9W/"
    "q4ha7/KZv4dSYcvdIyz64DZw8sfankrbfGA/cm6Ft38hnRj+jfwwEX1KrbbvLvBv1OwspQ"
    "eUV94YWZp5s6Zx3USMuN1s2/IX1fPwoaW9dO+4CWCVpV1OtCeOVlrMyNR/KxdXQUo9ivnZ"
    "H5cpFWAW0N7Est69oPH77mAMrT8TANyn6pfLDePortDenz0wRAn59G4kwvMWEmj8sAsy1V"
    "wy59fJ4A6OPg8LMBml7yA21O/3oY5J/HwwEb5I1EcGaQRAP9jWRJN4oC2jMvT1eSbEiKfk"
    "if9xZTM0XINyk4MB/0O9+DGrjuDa+Coz29wVVAHfh1KZHLGSZtv2QOk7Y9nJTlRajIHO1g"
    "EjtJy4Ju8Cs9k3EWlAVNl1nTGn4mc1IWPfslQctl1rLjME3XfDrfNiSYp5tbXgVv9Wo30F"
    "qExH9NQiIluAxRgJfAS3mZhycmZ+CFLAz1R1XD0lz5gtcm4F3yfQRFZLmPNls2DNyumhBv"
    "zm5GUU14cYktVkcjBwQBbFgOS2d83bnhGhFjRg5A3+m4is5NUoBDwyQbXtqxp4L49CJoM9"
    "7Xw+kVtaUGzrhtw5cWrUXwjKAIcxMi+lvoN7ex7yrPkiHYPz1EGHuuNuMoY8nfbhtnHA0x"
    "8LIlGGKbwMsCL+t37BeCJIcVzimitl4SBU3wqxHh2DuSteCz4lTKfZ/EEyquRnvDwSeneZ"
    "Bl+RHGnZ9Ks9c0RKJfqijg60TYaqrMiDt0FYNTVouQFeP3dG3RAMw2i1uO/t342uW+caM2"
    "Oj66V/pc/4oet8hx56bfHbTRCTkcfhvQs6dHjWQamdOv++GkdXF+Sa6av4Z+uIhRzbjf6f"
    "W6gwkEJd6ij5eInK3SsF6imToRmyOIIl5ms9ACosDalVnPwM2+By2bjnUWbjYkCOQhcLPA"
    "zZYL4mK42c2rD9zsNoBDw2SZuNk+Xkyxpj9KywaDm/VcbcZxswt/u1y52d9C7/WK9pffgb"
    "MFzrYS40SNOVvgtN6Q0wLjslDbnc4yKWH1iACcYKuXxFZf2eY1WOlx0Hre3TLZ576OzbDQ"
    "gx0/2kYPvnGQQQHWOFjjdbLGobKt2Mo2XV7N0+DrtIfA8dbAsf2FCXgrxdAYpGI0ygzR/X"
    "Xoxt04PDPY53Lpx0l6cXQfDuWg4D9Xkob5xYMQhvhKJS65oEQF9HySAYSnRLQoiN0zXozT"
    "WizJZ92r4bDnG++vusEkqjtKBBwcm7CTRpJlKIYddILmzOqWTI4konrJJ7Q/duQoCPHRDn"
    "3YIjlax6cXp5cn56cu0+GeiaM7LCBDvmO0/e1JTHCWlWDUa17Zsh+/jLDsWsFsX8e7iEXF"
    "5sEofyccvjEx2BEof/J2HaHahDZ2hMofS6kjVDrW9d271Ni6SwKQypkTEo+RsJpJBo+fMR"
    "XabYyid+LojWoK1R/qdEeIflanNcVGmO3ae2Z1HYWI+SSIpgG1M0Qd0TXEaoqUjndHaYxr"
    "i5AoLJaCNN91Sru2b1N3mHhJ0aX5465dqmvdpa5omR7eg6otdoSpR+7zkdymzjjlAFFd4V"
    "lgQ6BNFCzm4Mj1yd2u3ZvVGrOlMGet55QGrVtyizphVGQE81bQ9RdVm40wMTYajBCmv0Ez"
    "Loa5tJvymtsWopgQxYQoZo2imFCqCaWapZgmy/4yOZjEvk0Z19CD5fOqo1/IUt3NBInJUo"
    "XUyQqnTt6qsiSuO2bBuakflu8RbNOMdT/M1rzgb7519wLuWZph0hqpD+jlURIfkXUjJCAK"
    "HXJq4ptIUGakBd1/4ImcoY1ljIhzgmxGG+FXSTf0n8IbGBT0DPCRSjBANcFHAh/JN+s/Y8"
    "2JkSd1kDwiNcz3PEmSKHcSnSl3EkqVA8MKDCswrGIMq6/2gBJpVX3djDhbTSrP6ASMLlgr"
    "YK2AtZKvtVIiLjd/WwU/PNC47TPm6QvAfrUiuNyQZNyrVcHXKgZq+moEl4nEr4yRKXrlWa"
    "d9LSzquBEnr4VnU2T1F2nBjLCokiFmfU0+sgwY3/VY+0WzW5JOMUtGB4H5AuYLmC8VMl/o"
    "m506Hu0TqsX0UHRAGiKV6abkEr1FEKncz9wEhFo9CTWn5I1hiXqq4aKNUN3TKMFe6jrpEh"
    "8k5RDR+doM/Y0/dz60zs5p8JB+nGJBc7dCj901fZdbgblbgiEFzF0wdyH/8g3MXWlJdULU"
    "xihFSLDnkV88E94VsnWL2PfItAXIfMxanSOBAvzioID0CjD3adYxGTYy7vHska3hFFORKS"
    "WR7wfJ5u9CzbBfzHvQcmnWna6OjmHZaaDJygPp7jRZ1HCQA7QpV/Iu5xiw80Le5HugwV2v"
    "91aMpNnBGXSk0/GjuUjLL9osnAPxcCAIgSCsE0EIG3W/9426a03MPpCn8uyl1BN0cZ80dP"
    "MM3XxJIMuGvSsJbGx62P9Qp7whGaz9vBJA75MG+DP0emdlo7SBt5BgLQadwCr4Z2cJRnnS"
    "KnolfHotkOutGktex8QSzRYACshDp0/f6RcPAo8VigXDXYvdjiAgCdsRJNiOwOywVuDMwE"
    "sG4NI8cleCsGymnQlK1t/tfQr+0WqdnFy0jk7OL89OLy7OLo/cDQvCl+J2LrjqfqKw+9QT"
    "1oNuCMaKEfWnY/z2fTM30vvc5UTH2th88GHnetL9yqXkKRqWVBtZf++V8d34lhvccDdt5B"
    "7eK9yoM6anrL+NDDPF8XmCieI46Dxv5gl6ya8tZ+EMPlypmnSKjrlFHWaNwivxl7OMLJNf"
    "ElimsrBMjDBjePVfOtnsEGqMkod4Y2yALAQbhHScnrUlpBPV4VLHdWA7I9ijpzCoQkuY7b"
    "oSNmMBtTri5qvz3RGzYHVxHfHa915QlQRJfVGIdbq/fQ4qMrMWuhy9Z9ssRn6Df1Ot6CwH"
    "zzZeZkNIcoAkhxDikORQTvczSZIDeZlVjc+QjBkSLNTh3GfgPZ/8Vgsfq1wsC7JeSfDlQ9"
    "impiYjDIvc2OQ6pYYYgkZmaQujFCAHxIDz3c752pCxBoitODPHhrxQrlN31lfTP7BopE4p"
    "C8oB1FuhhmrfN041mGFDkOQ49H8eDwds9D2yAH166DVMfraedjD3S9UB96LHGKjL22OcDE"
    "JkBVQ9vfEyTHS7eAYnaO8iH00G/mE3ABIQSEAgAWtEAjq6m65TzqchQZhN/bbKE/n2bGtw"
    "ewakI1tixqrR5yYdfvzr4LqN3MN7pcd1bvirzvWXj91er418H+2r3f7tcDSxr1kfnCuDT6"
    "Q/O1fMD/cK991qbv21MijvRpyVQkkO7pURN+EGk+5wwI+/cdxtGwVO3CtfuF/50XDSoefa"
    "yPvpXvnGXX0eDr/wN1yv+5Ub/dpGwTP3Sr/TJT+G/k/af+5Mxp3bWwLM4IY09n4kV4ejLx"
    "97w2/86I48yfvJvMuAfLHO4Jozb+Z8aGSwrfPno8qesxuedInVYmfs/nLH3dnZtCl6sCXV"
    "RtZf0o/uBgPS60j/sQ7MnjX61TplH9G83utrjrPzeu3De+Uj6Rv0lPU3i0bzz+tdauqczc"
    "eMF4IsR2bCe+Uy5cBnmr+Pipq8rQz4k9bFuZvzTj/EZbmP+51eL5zWLhgGXiyN1IB65QBQ"
    "X0nYWlYFxjQZzVR5RIKWpiQa6G8kS3phkHrs/OlKkg1J0Q/pY9/C1KcQxRNZQc4qYLPQG4"
    "SJLJ1+/xT62EjspI7qmICF4I41TWWs2hNT8+4I1I82PDs6SjATklaRU6F5LUiOz1ZLzD/h"
    "dRqU/VK5QF2ihQVaiYBuxQDdCgOtrRReeDBYa1BtWR/PKwjL45WnbiVMGhBjX8tGFfklQc"
    "tl1vKDpEj6YyY1B0RBz2XWMxQfRs+X1SR+kxQfQigVQqkQSt0hlDpcGVP1tU+Xe2NEVD1X"
    "m3GBVdVsxzurxm3f24ajZVWIiM1VAjKigofodqWR74hOjtBMWOvINKORZJi70WDFQAfjW+"
    "4a3a+OjoSL85/Cu9zkdVMI8pZgHGpCkPcdzfVJgrwVmuurV+1BcN8l79UvXouVzfadfUkg"
    "TJvf7REpcYy9NHmXdjp8pg7ukYXenaF3T9XZmmfv2p4AfZ804J8B/+g8HjbiRefuvGFk5v"
    "QywcByehk5sNBL1Uo6YYSAqU+Xa9rJmBtM2oj+TxOVbic0Qel2Us6UEsiAaOSbAUE96Sxx"
    "lI0YkOvlYVkt1ytEBL4NQdXxEyybs83YZT9miXioVIn+v4UI0AU2BOpO/g70ENBD1bCE6k"
    "sPOS9jCiPXI1JDOzd/B5q92UY0vvvfXqNR1EgVcCES5RydxuQcnYZzjiCCXbdhK0kEO853"
    "jMw+2sVfLJmZXHRBCH54wMSeecZ8eqRZsoD5dszNedWxpZwhJ82AxrwBuIjlGcYizC9nIs"
    "qs8+ANQOdl1rkwczYQTbtCXFAQMq9+BJHVI5bVikVVj1pW631uMO2rERcWS0Gap00dCIgB"
    "rGVdzKY+8JY2BbOkEOeXgxkegnMAuTMb48KCQyVA1zftbMfVGVBzQPbac6uaghuYfhJ1W8"
    "+m7jt33c7mXpW0w5L0Xr8pmjY727MlD+wP4Me62P0B3L7JjA96Om5cmND7skC4EMKFEC6s"
    "Ae8O4cJk2oVwIYQLYdgqzbCVJFwYx7fGbmwbTbbC4MUavMSVpmFFTLXQildmn5s+j9Nm72"
    "ZEOUnidHTedChtmo4u/1UVzKedKEKC9QvK5t+hnTEgKgwenfUcEqzRlvKt49OL08uT81M3"
    "Bdo9E5cHzUqBlrFIf3wI2CtVlbGgRKVAb8QCsE6JXFFjhnvGi2xapze5d3Y1HPZ8E+xVN1"
    "izcte/4kYHx2aHJo0ki38J42zu3quvFTGT6ROWhghzeaydsJcG0SWILpWN1Wzmv8KHl77f"
    "dQvxOvHH4Xjczugki8VVESAnVLQjRDUMqvlgkhRdmj/u2pG61l3qBFKxwRr63jEDNfYLGR"
    "uksQPxEKCBAA0EaGrAdEKAJpl2IUADARoYtkozbCUJ0EA9F9Rz1Q3zmSDJa366ms1ZCbEx"
    "Gw8E5ADr7VjL0oM5qmeAmyEKiG9HXCXfaOHwd3NVkNNgzhSuH+oFLMZH91DIVCjol4T4TX"
    "mMobATh5VsxaBeOdBwmTUMtd7vVOdQ6/2udA613qn0C4XJbw0rpI5A6kjZYqzNPAqToYA2"
    "DcRQQFudAtr9JD9VpSf7aUGoLd5juoo7LjIyVrxjZnTSineQhrQVSFuBtJUaxH8hbSWZdi"
    "FtpaiRCtJWYNiCtJUKBpkhbWX/mKvmlm0EtzRg+4Tqh3L+szEkB0FyUH0RhzSV9xDc1A11"
    "mVHJHkHQcZl1DIkq71TnkKjyrnReikSVsjEXkFJRUnghpaIMKRVvFvOvKsoQ9K/dkieVRA"
    "gW80gAEuSO7DN3xOlMjNQRTz/bnjnCS57W2zJIGkMFI0fy/3RE7io9Y22NVIX8w2gmrNGB"
    "PWIj6qMgun7mT00k6KhPfByk4aWqGTqSjEPUmRMjZU61jCQFjX/pHTYCcO/hcczMF29WDf"
    "W2Qikv4eSYTTNIhYFUmPKN4BWNKSdJhTFfPaa+oyJCxlZ+pYIajtEo1VLAx5YWS6IBnTyD"
    "NWVL88hlegOCmdbozQTdUVFvhrVC7z9arZOTi9bRyfnl2enFxdnlkbtUb/hS3Jq9V91PdD"
    "lZ39sQXl9WlCXxKSX0GxlAPRvq+hIrjJn4BovSQpAjYi+OTHC8sIQObeGqKSBuuOCuu/1O"
    "7+D4snkaWCh5k+wVjGCS+UV8TNefXRHoztm6c4THFQm42742gOe2rjrsw9Aoeh8GyPiMxr"
    "2a1nmSjE+Ik0FFd7VghfAjhB/LRiU3oaIbKrrrhvDO0d0i4ys0FEW0tmgwAizutWZchIV6"
    "W/yD0wyKcyEiARGJ6vs8UJybTLtQnLsfkgaKc2HYSjBsJaFqlsQS4jOMXUG5+hV8FbIuMR"
    "RCF1nCqIqCnGqG2EjUD9/j8wT4HgeHng2+9JIfX/IjdYOdPfDzeDhgQ+wTCs4Nkmigv5Es"
    "6YW5vB6HYrqSZENS9EP6vLfwKShIvmnBAfug3/ke1MN1b3gVHO/pDa6AuQTmslwQ73cbU0"
    "g53mfKsQlVBB22nQrbGwtm8m4MKizc3M+xOCJAlwFdVr7xtaJ+ZxK67IH8YJ5N6HCKqK2X"
    "REkT/BqR1OSTrgV3Fqda7vsk3mx0NdsbDj45zYO2ZGDRqIUgMXYjSoC9K1kHl+lNYOen0u"
    "w1jZvqlyoI99DkUmGmZUkAyjayuJLQu9P3bhO81L3bLwW9e2vvFhT9BWsMH8jt39F0jEcW"
    "enj6Hh5H4XLKahHy+/OkcxPYLGEPgTpqY/O5hwPuW0rXoEFE2oj8d69cDweTzvWEu2kj9/"
    "Be+eWu0+t+7NKz7qHZ9is3ctpah/dKbzietBH9v5HhNcqfztTVlSZG0MUJdOlK7zG8aCrT"
    "fPBhvzMggKfVZ5+bdPge17nhOzfjNvJ9vFese5LT5t97pXPbbSPy373S7d8OR0R71t9y6G"
    "8pC4aTapN4rvHI1GH8KxpjH7mSAuegXP2wzn9ah1Xkdp/zS8SCMKLvYRqkWkkXezWiq8l9"
    "Jcm5kAXd4AW6ErRkrDOoniUPr3l5FB5+zSPmz9hCKNjRklWoY61blR7NjRAgWrKKslqiOl"
    "stZUkkP5pXH1IiyxAFdP3oUhcuJaoeEUATUoj2Ce8L+dFpcfXIQHeFlKy3S8l6+2LScnbi"
    "nWpJyXdAg7teL1RMqrN2XslQSJpsXdaKIusz5xPhmgumtQY0MZhsxj01nN5y2nqC6jE4E8"
    "BqTvg54Hqn4wpS64lnLY9ZlABUryeVU5+tL7YMtzMC4iRZ2u7dIFV7X6nanCboKw1P1MVU"
    "N2gWEyNtO9SmGZfCja3WvOFrvnXBaPJG4RlSFXmNpuSfTJSA7JzsNlpq6jPWkaAg++7kcE"
    "YaqeKTjjT8QVrQ5Zub5PAZk9sjRTUeCdThdaILewoj6xwWWICM8Uq4fxWNmiXJGK8SS7XP"
    "QGk+JNUmYSNt+mZYElI4t+Z6QB74/vLAISG5aJjJpKOzyNdkmZQb6TJX8jS4UWd8N+LayD"
    "64V/rdwXDURuYf8onmUpKJkvzH9chsORzY+ZW+c/fKiJtwA+uyexg0bpOosZVEja1oNbYY"
    "ajSL9VNOrn4pCFYEBnrifmQyVX2CNbRUK2KZJkrvId5juoWpVOZuJDXIim0lWpmqFbMyVc"
    "tamSoU8IsmnYrkVOiOUteqomDRxiXEqARaNOP4FCtB19840fZbS6why4nRTSeG9IJHjGRV"
    "mX+gu2PN0EonLQz1CSsm0fHyKBhIMtCLoKO5JiikM7E32srrxtsr9WGRSuBQqjEz1ZhDsf"
    "Yc1yPSURKUxwZvUGaLPRdTpIgiwg2ImbgWn+TeCgkr7J5uUMu84ET4FnWw3fbd8QVRxLrO"
    "m+ZEJjUEbwDDTwYtmOjx+HUpkYklgwHAkofykzL7p2WvWg8rtrFxqezi9evhYMDRovOUdn"
    "bDFTSL0a3De4X7ftsddQef2sg5ss/RdvbBvTLguJsxP+I6d5PPtA5+84nyeF+HX2hr+yAL"
    "h5d/wa7tlPG6qC5ZuRfRK0OEJWG1zvixN8NqnTMsypKSST8MUVBQ7goyayv1NRkHs/jGYW"
    "mYGMs8MZr6wpqmMlIvY1aN9knVwREIrMydiMQ9iSFxT2B7gfoTTow3LFTqbpPdRHvTddoC"
    "07AoBBehcK9geKHQrBSFZp53Pweo610UwRgoUyfuFxlDvRXMfbtDkVPzfHNrvHTpNIPd9C"
    "BQCYHK6tuNsJteMu3CbnpFjVR72E2vHKGuclo0+4t0CfpTKo7VFQBmNXdmVScGKbVSw/q4"
    "UlUZCwpbJV6xgFamRK4odbhnvMintTuTI341HPZ8iF91g/37rn/FjQ6OTfhJI8ky7ruDSR"
    "Dn1ZR+u2l6pH2CgHVyrM1vx4uPWHzKZKnG3AbiB+VhN8NmKhBwQMCVnR7KYfO9ItmhDtYk"
    "8bHB4IfsK804hkjYtMmVHtqFA+oqESY98y2nigt0PluLu3E/RXqmJp/3oXV8enF6eXJ+et"
    "mku/2RU+6Zi5j335lFoymfZ6zpzFc82jn1iNTQ+W+dnSWpqjk7i66qodcCHip5qVIgbDev"
    "IbrHifz/4xj//zjs/5MnGlhhWILRzqdHZP/u59vYArk5mm9aLvbjf9/vQys="
)
