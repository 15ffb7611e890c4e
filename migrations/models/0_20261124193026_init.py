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
    "eJztXWtzm8jS/itT+pStUly2fMvRe+pUYZtstNHFR5KT7FltcRCMZNYItIBs6+zmv78zXC"
    "QuAwIEMiJdlYoRTIP09DDT/XRPz1+NhS5j1TzhlspYf8Jao43+amjiApODyLUmaojL5fYK"
    "PWGJU9VuLC4Vwdo0m5qWIUoWuTATVROTUzI2JUNZWopOH9Lg0FI0LA0byBZC7/7756twcn"
    "Ly35+ayJT0JZbJBaRrGOnGXNQUU6SS/0fOqGukWCZ6FM1HpJjItHQDyyf0qbIukccq2rys"
    "B6w05c8VJj9zjq1HbJDH/PY7Oa1oMn7Fpvdx+STMFKzKASwVmd7APi9Y66V97uGhc/fRbk"
    "m//FSQdHW10Latl2vrUdc2zVcrRT6hMvTaHJOfJlpY9kGsrVTVVYd3yvnG5IRlrPDmq8rb"
    "EzKeiSuVKqrxz9lKkygIyH4S/e/iX+5X8zUThP5gLIz4sSA0InqlXyGkCfeUpGu0TyiaRY"
    "H667tz3y0g9tkGfcDtJ2747vzqJxsC3bTmhn3Rhqvx3RYULdERtUHfoiwZmGIiiFYU7Tty"
    "xVIWmI14UDKEvOyKnngHeTTgndiqYPtqeOB68JUAeIP8QHlAOrer+wQFjDs9fjTmevf0cQ"
    "vT/FO18ePGPL3Sss+uQ2ffOfrSyVvvjAebm6CvnfEnRD+i/wz6fFirm3bj/zTodxJXli5o"
    "+osgyr5u6p31UCMtt1q3/0b0ffsoGmxde+1DWiZoHaNeF+KroGJtbj2Sj63T0wTFfuGG9s"
    "tFWoW01XcvtZxr3wP42gOoQMfDLCgHpYrBevcodjCkry5SAH11EYszvcSEmTwuB8yuVA27"
    "9NlVCqDPwsPPFmh6KQi0Pf2bUZB/GQ36bJC3EuGZQZEs9DdSFdMqC2jfvDxdKaqlaOYJfd"
    "5bTM0UocCk4MH8rsd9C2vgtju4CY/29AY3IXXg16VCLueYtIOSBUza7nBSlRfhSOZoD5PE"
    "SVoVTUtYmbmMs7AsaLrKmjbwM5mT8ug5KAlarrKWPYdpuhay+bYRwSLd3OoqeKdXu4XWIS"
    "T+ZxMSGcFliAK8BF7Ky8yemJyBH7Io1B91Aytz7TNe24B3yPcRNYnlPrps2SB0u+OEeHt2"
    "O4oa4suG2GJ1NHJAEMCW47Bwo1vujm/EjBkFAP1g4mN0btICHBkm2fDSjj0VpacX0ZCFQA"
    "+nV/SWHjqzaRu9tGgtwmdETZzbENHfQr+5i31He1Ys0f3pEcLYd7WZRBkrwXa7OON4iIGX"
    "rcAQ2wReFnjZoGO/EBU1qnBek4z1kihojF+tGMfek6wFn5WkUv7bOJlQ2Wi0O+j/7DUPsy"
    "zfo7gLU0V+zUIkBqXKAr5OhK2hq4y4Q0ezeG21iFgxQU/XFQ3B7LK41ejfjS8d/is/bKOz"
    "04nW43s39LhFjrm7XqffRufkcPC1T89enDbSaWROv+7789b11Qdy1f419MN1gmpGPa7b7f"
    "THEJR4iz5eIXL2mIb1Cs3UqdgcUZLwMp+FFhIF1q7KegZu9kfQsu1Y5+FmI4JAHgI3C9xs"
    "tSAuh5vdvvrAze4CODJMVomb7eHFFBvmo7JsMLhZ39VmEje7CLYrlJv9LfJer2h/+R04W+"
    "Bsj2KcqDFnC5zWG3JaYFyWarvTWSYjrD4RgBNs9YrY6ivXvAYrPQla37tbJfs80LEZFnq4"
    "48fb6OE3DjIowBoHa7xO1jisbCt3ZZupruZZ8PXaQ+B4Z+DY/cIEvJVmGQxSMR5lhujhOn"
    "TjYRSdGdxzhfTjNL04vg9HclDwnyvFwMJiJkYhvtGJSy5qcQG9gGQI4SkRLQvizRk/xlkt"
    "lvSz7s1g0A2M9zedcBLVAyUC3p3ZsJNGimMoRh10gqbsdEsmRxKzeikgdDh25DQM8ekefd"
    "ghOVpnF9cXH86vLjZMx+ZMEt3hABnxHePtb19igldWgrFe88aV/fh5iNWNFcz2dfxFLI5s"
    "Hozzd6LhGxuDPYEKJm/XEaptaGNPqIKxlDpCZWLT3L9LjZy7pACpmjkhyRiJK1mxBPyMqd"
    "B+YxS9E09vVFOo/tCne0L0iz6tKTaivG/vkes6ChHzSZRsA2pviDhpY4jVFCkT74/SCNcW"
    "IUlcLEVlvu+Uduvepq4w2T7LTDcWe+LUJff5SG5TZ5wKgKiu8CywJdImGpYKcE165G63m5"
    "vVGrOlOGdVKMqC1j25RZ0wKjMmdy+a5otuyENMps8GIygXbNBMisot3aaCsWkLcTmIy0Fc"
    "rkZxOVh8CIsPKzFNVv1l8jBJfJtyVoWDgnDHo1/Iu9zPBEnIu4RkwCNOBrzXVUVac/YSal"
    "s/LN8j3KaZ6H7YrQUx2HxnPX7+WZExaY30GXp5VKRH5NwIiYhCh7xV3k0kajJpQSvqP5Ez"
    "tLGKEXFOkMvRIvyqmJb5U7Qkf0nPAB+pAgNUE3wk8JECs/4zNryob1oHySdSwwzG8zSpX+"
    "fxuV/nkeQvMKzAsALDKsGw+uIOKLFW1ZftiLPTpPKNTsDogrUC1gpYK8VaKxXicou3VfBs"
    "RuO2z1igLwD71YrhciOSSa/WEb5WCVDTVyNc+BC/Mkam+FqqXvtaWNRJI05RpVQz5KmXac"
    "EMsaSTIWZ9Sz6yDJjA9UT7xXBbkk4hp6ODwHwB8wXMlyMyX+ibnTkeHRCqxfRQdkAaIpXZ"
    "puQKvUUQqTzM3ASEWj0JNW8RF8MS9a3vijdCTV+jFLuDm6RLvFe0E0Tnazv0N/rEvW9dXt"
    "HgIf04xaKx2dw7cR/wfW4F5m4FhhQwd8HchfzLNzB3lSXVCVEbYylCil18guK58D4iW7eM"
    "nXxsW4DMx6x6EykUEBQHBWRXgL3zsInJsJFz12KfbA2nmCOZUlL5fpBs/kOoGXZA+RG0XJ"
    "lKysejYyikDDRZdSDdnyaLGw4KgDZjbepqjgF7l6Ym3wP1H7rdt2Ik7Q7OoCO9jh/PRTp+"
    "0bYUDMTDgSAEgrBOBCFsPf2jbz1da2J2Rp4qsIuDp+jiAWno5jm6+ZJAlg/7jSSwsdlh/0"
    "OfCpZisXaoSgF9QBrgz9HrvcpGWQNvEcFaDDqhuu6XlylGedIqvrY7vRbe5N5aCiYmlmi+"
    "AFBIHjp99k6/mIkC1igWDHctscB+SBIK7KcosG93WCdwZuElA3BlHltnPyqbq9Z+xfq7W3"
    "n/H63W+fl16/T86sPlxfX15YfTTQn+6KWkWvw3nZ8p7AH1RPVgWqK1YkT96Ri/eyfIrfQh"
    "9+0wsTGyH3zC3Y47X/iMPEXDkWoj5+9EGz2M7vn+HX/XRpvDicYPuRE95fxt5Jgpzq5STB"
    "RnYed5O0/QS0FteYUzhOhK1bRTdMIt6jBrlL4SfynnZJmCksAyVYVlYoQZo9V/6WSzR6gx"
    "Th7ijYkBsghsENLxetaOkE5ch8sc14ENemDXmdKgipQw27cSNqOAWh1xC6zz3ROz8OriOu"
    "J16N2NjhIk/UUj1unh9jk4kpm11HL0vo2gGPkNwW2i4rMcfBtT2Q0hyQGSHCKIQ5JDNd3P"
    "NEkO5GXWDSFHMmZEsFSH85CB92LyWx18nOVieZD1S4IvH8E2MzUZY1gUxibXKTXEEg0ySz"
    "sYZQA5JAac727O14WMNUDsxJk5NhSFcp26s7ma/oElK3NKWVgOoN4JNaz2feNUAxlboqIm"
    "of/LaNBno++TBeizQ29g8rPNrIN5UKoOuJc9xsC6vAPGySBEVsKqpzcuw0Q3QGdwgu6+6P"
    "Fk4B9uAyABgQQEErBGJKCnu+k643waEYTZNGirPJFvz7YGd2dAerIVZqwaPX7MCaNf+7dt"
    "tDmcaF2euxNuuNvPHzvdbhsFPrpXO737wXDsXnM+eFf6P5P+7F2xP0w0/pvT3PnrZFA+DH"
    "knhZIcTLQhP+b7486gL4y+8vx9G4VOTLTP/K/CcDDm6Lk28n+aaF/5m0+DwWfhju92vvDD"
    "X9sofGai9bgO+TH0f9L+Ezcecff3BJj+HWns/0iuDoafP3YHX4XhA3mS/5N9lz75Ylz/lr"
    "dv5n1o5LCti+ejqp6zG510idXiZuz++4F/cLNpM/RgR6qNnL+kHz30+6TXkf7jHNg9a/ir"
    "c8o9onm9t7c87+b1uocT7SPpG/SU8zePRovP610a+pzNx4wWoqrGZsL75XLlwOeav0/Lmr"
    "ydDPjz1vXVJuedfkjKch/1uG43mtYuWhZeLK3MgPrlANDAkrC1qouMaTKeqfKJhC1NRbLQ"
    "30hVzNIg9dn505WiWopmntDHvoWpTyFKJrLCnFXIZqE3iBJZJv3+GfSxldhLHcdjApaCOz"
    "YMnVG1J2HNuydQP9rw8vQ0xUxIWsVOhfa1MDkur5ZYeMLrLCgHpQqBukKFBVqpgG4lAN2K"
    "Am2sNEGcWawaVDvq4/kFoTxeddatREkDYuwb+aiioCRoucpanimaYj7mUnNIFPRcZT3D4s"
    "P4+fI4id80iw8hlAqhVAil7hFKHaysqf7ao+XeGBFV39VmUmBVt9sJXtW43Xvb8HRZFSJi"
    "c52AjKjgCbpfGeQ7ovNTJItrE9lmNFIsezcarFno3eiev0WT1empeH31U3SXm6JuCkHeCo"
    "xDTQjy/kBzfZog7xHN9ce32oPgvk/ea1C8FpXNDp19SSDMmt/tE6lwjL0yeZduOnyuDu6T"
    "hd6do3dPdXktsHdtT4F+QBrwz4F/fB4PG/Gyc3feMDJz8SHFwHLxIXZgoZeOK+mEEQKmPl"
    "2haScjvj9uI/o/TVS6H9MEpftxNVNKIAOiUWwGBPWk88RRtmJArleHZXVcrwgR+DYEFRck"
    "WLZnm4llP+RUPFSmRP/fIgToAlsidSd/B3oI6KHjsITqSw95L2MGI9cnUkM7t3gHmr3ZRj"
    "y+h99eo1HWSBVyIVLlHF0k5BxdRHOOIIJdt2ErTQQ7yXeMzT7ax1+smJlc9oIQPJthYs88"
    "YyE70ixZwHw35qIsmDFFYRKqRvmFYHvUEKSSuFiKyjxr4CskBrBWtRRDfeCtbAJRRSEuLo"
    "MoOgQXADInj3Bp1GYF0A1MO7tx9QbUApC99d2qpuCGpp+siW++3Q6g9HIQ6XJLL8ucuy80"
    "k3rlfJtGJzCw5W0uDUxsheb7JjCxPxClAUxsOu0CEwtMLAxblRm20jCxrrmSceQKSsHglW"
    "LwklaGgTUp0xp2v8wh99McZU2Myolympy0+JS0SEYaHV3+p2tYyDpRRATrx3cX36G9MSAu"
    "whCfUBYRrNFuva2zi+uLD+dXF5vsss2ZpBQzVnaZiiX64yPAJm497ReDfadT7DvtbBu91q"
    "Rcpk9UGnL6qmPtRL00CH1A6KNqrGaz+MXTUep+Tx65hrR9yWQyDSAxiWQ3spRIIrtRLCCQ"
    "gUAGArkGTAwQyOm0CwQyEMgwbFVm2IJU3rdPK4VU3sNjLouKuhamK3nOyiZLqDkbkgOsd2"
    "OtKjN7VM8BN0MUEN+NuE6+0cLjF+a6qGbBnClcP9RLqMNCy+cKnv2SxToKSgK/XB1jKOrE"
    "YU3OpWO/HGi4yhqGNSmwJuU44IXATBXWpMDaiSwQF7Z2Yu+VE1yadRPHAnPQ44JlJQeMBG"
    "5eWkYw0P9Cx8cD/SMIRAQhIggRwRpQ6xARTKddiAhCRBCGrcoMWxARfHv+HiKCh8dctwuh"
    "E9wyxUr8QvVDufjZGOKuEHetL+IQAfwR4kOmpS9zKtknCDquso5tL9tjVvLomnkD0Hnlde"
    "65pbl1Hr4B6LzKOt+Wc8pe1jOxRMKPGZCGeD/E+ysEcWk1KH0l4PYEOlB2rqYoR8ZKCPqX"
    "EPR3FpXuDU+9yqJCWkQiOmWmRVCoyHC4aDDSIjbXmklpEVRfwsxrBnkRkBcBeRHHH2CEvI"
    "h02oW8iLJGKsiLgGGrlLyIJbGEhBxjV1iufrG2UlbbQQ5KmdFjXRLVTDPEVqJ++Ba/WTP5"
    "kSb9Towu/Mto0GdDHBAKzw2KZKG/kaqYpTnwPodiulJUS9HME/q8t/ApKEiBaSGynXx45/"
    "jQeE9vEN5OHjhr4KyrRtI0yyweCJTYoSmxRgwdtpsKOxgLZvNuDCos2jzIsXgiQJcBXVa9"
    "8fVI/c40dNmM/OCYkvi8JhnrJVHSGL/GVGsPSNeCO0tSLf9tnGw2bjTbHfR/9pqHbclQvv"
    "5CVBg1dlJgv5Gsg8v0JrALU0V+zeKmBqVKwj0yuRwx07IkAOUbWTaS0Luz924bvMy9OygF"
    "vXtn7xY18wUbDB9o07/j6RifLPTw7D08icLltdUi4vcXSeemsFmiHgJ11Eb2c0/6/NeMrk"
    "GDiLQR+W+i3Q76Y+52zN+10eZwov37get2Pnbo2c2h3fYLP/TaOocTrTsYjduI/t/I8RoV"
    "T2ea+sqQYujiFLrcSB8wvGgr037wSY/rE8Cz6rPHjzmhy3N3Anc3aqPAx4nm3JOctv9ONO"
    "6+00bkv4nW6d0PhkR7zt9q6G+pipaXapN6rvHJ1GH8KxvjALmSAeewXP2wLn5ahwU8P95i"
    "juNKujioEX2c3FeanAt7fzaRLsJXrHXe/d1C8vCaV0fhzDVbmddq7R1POB59Zlii5SwZyI"
    "7mVggQDe0B/Na1g2uJqrxaqopEfrSgzzIiyxAFdIPoUhcuI6o+EUATUogOCe8L+dFZcfXJ"
    "QHeFlKy3S8l6+7Lh1ezEe1UNJ98B9R+63cgqbZNV9CrHCu10S2KPFNmAOZ8K10IwrTWgqc"
    "FkM+6Z4fQvp60nqD6DMwWs9oRfAK4PJj5Caj31rOUzi1KA6vekCuqz9cWW4XbGQJwmS3tz"
    "N0jVPlSqNm+I5srAY30xNS2axcRI2460aSalcGOntWAFmu/K526QNwrLSNfUNZqSfypRAn"
    "JzsttoaejP2ESihty7k0OZNNKlJxMZ+L2yWOqG1SSHz5jcHmm69UigPgnHnMt7CiPrHAos"
    "QMb4Ubh/Rxo1S5Mxfkws1SEDpcWQVNuEjazpm1FJSOHcmesBeeCHywOHhOSyYSaTjskiX9"
    "NlUm6lq7ySp8EPudHDkG8j92Ci9Tr9wbCN7D/kE82lJBMl+Y/vktly0HfzKwPnJtqQH/N9"
    "5/LmMGzcplFjK40aW/FqbDHUaC/Wzzi5BqUgWBEa6In7kctUDQjW0FI9Ess0VXoP8R6zFa"
    "Zy29cvK7aVqjJVK6EyVcupTBUJ+MWTTmVyKj1i3N7qmoYlF5cIoxJq0UziU5wE3WDjnWzK"
    "QMNoiQ3kODGm7cSQXvCIkapr8/eq8oxltDJJC0t/wppNdLw8ihZSLPQimmhuiBrpTFECpc"
    "gb716pD0UqgUM5jpmpxhyKs92DGZOOkmJ5bPgGVbbYCzFFylhEuAUxF9cSkDzYQsIjdk+3"
    "qOUuOBG9RR1st0N3fFGSsGkKtjmRSw3hG8Dwk0MLNnoCfl0qZGLJYQCw5GH5SZX906qvWo"
    "8qtrF1qdzF67eDfp+ni84z2tmNjaC9GN05nGj8t/vOsNP/uY28I/ccbeceTLQ+z9+NhCHP"
    "PYw/0XXw20+Ux/sy+Exbuwd5OLziF+y6TplgSvqSlXsRXxkiKgnVOpPH3hzVOmUsqYqWSz"
    "8MUVBQ4Qqy11aaazIO5vGNo9IwMVZ5YrT1hQ1DZ6ReJlSNDkjVwREIVeZOReKeJ5C457C9"
    "QP0JJ8YbFlnq7pLdRHvTddYFplFRCC7Cwr2S4YWFZpVYaOZ79wuAut6LIhgDZebE/TJjqP"
    "fkdIMRObXPN3fGS5deM9hNDwKVEKg8frsRdtNLp13YTa+skeoAu+lVI9RVTYvmcJEu0XzK"
    "xLFuBIBZLZxZNYlBSq3UqD5udF3FosZWiV8spJUpkStLHZszfuSz2p3pEb8ZDLoBxG864f"
    "790Lvhh+/ObPhJI8Ux7jv9cRjn1ZR+u2l2pAOCgHV6rO1vJ0iPWHrKZakm3AbiB9VhN6Nm"
    "KhBwQMBVnR4qYPO9MtkhDhuK9Nhg8EPulWYSQyRu2xRKD+3DAXW0GJOe+ZZTxYU6n6vF/b"
    "ifMj1Tm8973zq7uL74cH518aFJd/sjpzZnrhPef28Wjad8nrFhMl/xeOfUJ1JD5791eZlm"
    "Vc3lZfyqGnot5KGSlyoDwm7zGqJ7lsr/P0vw/8+i/j95ooU1hiUY73z6RA7vfr6NLVCYo/"
    "mmy8W+/z++Nut3"
)
