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
    "eJztXW1zm8iy/itT+nKzVYrLlh07R+fWrZJtslEiSz6SnOye9RaLYCSzRqAFFNv78t/vDC"
    "8SMAMCBDKQ/mIjmB6kp+el++memb9aS0PBmnXUW6lT4xHrrS76q6VLS0wumGdt1JJWq+0T"
    "esOWZppTWFqpor0pNrNsU5Jt8mAuaRYmtxRsyaa6slWDvqTVQyvJtHVsIkcIvfntj2fx6O"
    "jotx/ayJKNFVbIA2ToGBnmQtJVS6KS/yZ3tBek2hZ6kKwHpFrIsg0TK0f0rYohk9eq+qKs"
    "F6x19Y81Jj9zge0HbJLX/PIrua3qCn7Glv9x9SjOVawpISxVhVbg3Bftl5Vz7+6uf/3BKU"
    "m//EyUDW291LelVy/2g6Fviq/XqnJEZeizBSY/TbKxEoBYX2uapw7/lvuNyQ3bXOPNV1W2"
    "NxQ8l9YaVVTrf+drXaYgIOdN9M/Z/3lfLVBMFIejqTgRpqLYYvRKv0JEE94t2dBpm1B1mw"
    "L11z9uvVtAnLst+oKrj73xm9PzHxwIDMtemM5DB67WP46gZEuuqAP6FmXZxBQTUbJZtK/J"
    "E1tdYj7iYckI8ooneuRf5NGAf2Orgm3X8MH14SsB8Bb5gcqING5P9wkKmPZvhMm0d3NLX7"
    "e0rD80B7/eVKBPOs7dl8jdN66+DNLr3fFgUwn62p9+RPQj+u9oKES1uik3/W+LfidpbRui"
    "bjyJkhJopv5dHzVScqt15z+j76sHyeTr2i8f0TJBq456XUrPoob1hf1APnaOjxMU+6U3dj"
    "oXKRXR1tB71HGf/RPC1xlARToeZkE5LFUM1rtHsYMhfX6WAujzs1ic6SMuzOR1OWD2pBrY"
    "pE/OUwB9Eh1+tkDTR2GgnenfYkH+NBkN+SBvJaIzgyrb6G+kqZZdFtCBeXm2VjVb1a0j+r"
    "7XmJopQqFJwYf5zU3vp6gGrgajy+hoTyu4jKgDP69U8jjHpB2WLGDS9oaTqnSEmszRPiaJ"
    "k7QmWba4tnIZZ1FZ0HSVNW3ib2ROyqPnsCRoucpa9h2m2YuYzbdlBIt0c6ur4J1e7RZal5"
    "D40yEkMoLLEQV4CbyUl5k/cjmDIGQs1B8ME6sL/TN+cQDvk+8j6TLPffTYslGkunpCvL27"
    "HUVN6WlDbPEaGrkgCGDbdVh6k6vetdCKGTMKAPrOwnV0btICzAyTfHhpw55J8uOTZCpiqI"
    "XTJ0bHiNzZlGUfLTvL6B1JlxYORPS30G/uYd/Xv6m25P10hjAOPG0nUcZquNwuzjgeYuBl"
    "KzDEtoGXBV427NgvJVVjFS7osvmyIgqa4mc7xrH3JRvBZyWpVPhpmkyobDQ6GA1/9ItHWZ"
    "Z/WNzFmao8ZyESw1JlAd8kwtY0NE7coa/bgr5eMlZM2NP1RCMweyxuNdp360tf+CqMu+jk"
    "+F6/EW4u6XWHXPeub/rDLjoll6OvQ3r37LiVTiML+nXfnnYuzt+Tp86voR8uElQzuekNBv"
    "3hFIISr9HGK0TO1mlYr9BMnYrNkWQZr/JZaBFRYO2qrGfgZr8HLTuOdR5ulhEE8hC4WeBm"
    "qwVxOdzstusDN7sLYGaYrBI3e4OXM2xaD+qqxeFmA0/bSdzsMlyuUG72F6Zfr2l7+RU4W+"
    "BsazFONJizBU7rFTktMC5Ltd3pLJMR1oAIwAm2ekVs9bVnXoOVngRtoO9WyT4PNWyOhR5t"
    "+PE2erTHQQYFWONgjTfJGoeVbeWubLO09SILvn55CBzvDBx7X5iAt9Ztk0MqxqPMET1cg2"
    "7dTdiZwbtXSDtO04rj2zCTg4L/WKsmFpdziYX40iAuuaTHBfRCkhGEZ0S0LIg3d4IYZ7VY"
    "0s+6l6PRIDTeX/ajSVR3lAh4c+LATgqprqHIOugETcVtllyOJGb1UkjocOzIcRTi4z3asE"
    "tydE7OLs7en56fbZiOzZ0kusMFkvEd4+3vQGKCv60EZ73mpSf74fMYaxsrmO/rBDexqNk8"
    "GOfvsOEbB4M9gQonbzcRqm1oY0+owrGUJkJlYcvav0lN3FpSgFTNnJBkjKS1otoi/oap0H"
    "5jFK1JoBU1FKrfjdmeEH0yZg3FRlL2bT1KU0chYj5JsmNA7Q1RT94YYg1FysL7ozTBjUVI"
    "lpYrSV3sO6VdedU0FSbHZ5kb5nJPnAakng+kmkbjpC5XhmkT90Xj7SqTyfh2avqganXkYV"
    "MDVkCbajI8Iv0gPhlmEUANSV1fSVXNBsyw9+15DlakmkbjZBHHfm2J8oOkL4oAbOLUd+VU"
    "12jgbGlRAFxTadFUlJbYlmgRHcsFcFA3pLarTWWNxmwl7d0Tb6Vm9b4yky9uJcuiM+sYEz"
    "+pxcm+CBdoJ6VfrLyiorkpCwkYkIABCRgNSsCAVeawyrwS02TVO5OPSWJvyrn9J+z8WR/9"
    "QoL9fiZIQoI9ZH3XOOv71tBU+aXn7JXh6Ifne0TLtBPdD6e0KIWL7zx4RfimKpiURsYcPT"
    "2o8gNyK0ISotAhfzuPNpJ0hZSgR6c8kju0sIYRcU6QF4xD+Fm1bOsH9uyVkt4BPlIFBqg2"
    "+EjgI4Vm/W/Y9NN70jpIAZEGpqqfpsnxPY1P8j1lsnzBsALDCgyrBMPqizegxFpVX7Yjzk"
    "6TKjA6AaML1gpYK2CtFGutVIjLLd5WwfM5jdt+wyLtAPyuFcPlMpJJXauG3SoBato1ojvc"
    "4mfOyBS/abZfvhEWddKIU9Se2RkWJJVpwYyxbJAh5uWKfOQZMKHnifaL6ZUkjUJJRweB+Q"
    "LmC5gvNTJfaM/OHI8OCTVieig7IA2RymxTcoV6EUQqDzM3AaHWTELNX63LsUQDC3njjVAr"
    "UGhnNLKHLNIk3qr6EaLztRP6m3zsve28O6fBQ/pxhiUTm8jJqUKqhSybtCOFDTruVxWYux"
    "UYUsDcBXMX8i9fwdxVV1QnRG2cpQgpjmsLi+fCu0a2bhlHtjm2AJmPeRsLpVBAWBwUkF0B"
    "zhHzFibDRs7j6QOyDZxiajKlpPL9INn8u1AzHHX1PWi5Mlvm10fHsGM+0GTVgXR/mixuOC"
    "gA2oyHEFRzDNj7DALyPdDwbjB4LUbSaeAcOtJv+PFcpOsXbff8gng4EIRAEDaJIHROrc/F"
    "mWwkGxEQPzRf4qAnzlTlOQsxG5YCYnYnMTsnbxX5p0CkaOIhaWjmOZr5ikCWD/uNJLCx2W"
    "H/3ZiJtmrzjiJMAX1IGuDP0er9nY2yBt4YwUYMOpEDPN69SzHKk1Lxh3jQZ5Fcb8NeiRYm"
    "lmi+AFBEHhp99ka/nEsi1ikWHHct8SSViCScpJLiJBWnwbqBMxuvOICri9gDVVjZXIeqVK"
    "y9e0es/KvTOT296Byfnr9/d3Zx8e798easFfZR0qErl/0fKewh9bB6cLcE5Y/xu4/83Uof"
    "8oAmC5vuzqNHvatp/4uQkadouVJd5P6/1yd3k1theC1cd9Hm8l4Xxr0JveX+b+WYKU7OU0"
    "wUJ1HneTtP0EdhbfkbZ4jsStW0U3RCFU2YNUpfib9ScrJMYUlgmarCMnHCjOwmwHSy2SPU"
    "GCcP8cbEABkDG4R0/Ja1I6QT1+Ayx3XgJDY4Xqw0qJgtzPbdCZuzgVoTcQut890Ts+jq4i"
    "bidehj7GoJkvGkE+v0cOez1GRmLXU7+sCJf5z8hvB5gPFZDoETCJ2CkOQASQ4M4pDkUE33"
    "M02SA+nMhinmSMZkBEt1OA8ZeC8mv9XFx10ulgfZoCT48gy2manJGMOiMDa5SakhtmSSWd"
    "rFKAPIETHgfHdzvh5kvAFiJ87csaEolJvUnK317Hcs25lTyqJyAPVOqGG17yunGijYllQt"
    "Cf1Pk9GQj35AFqDPDr2Jyc+2sg7mYakm4F72GAPr8g4YJ4MQWQmrnl55G6ZPxqzF4QTp7X"
    "YSGfi7VwBIQCABgQRsEAno6272knE+ZQRhNg3bKo/k2/Otwd0ZkL5shRmr1o0w7YmTn4dX"
    "XbS5vNcHQu9avOxdff7QHwy6KPTRe9q/uR2Np94z94P/ZPgjac/+E+fDvS785BZ3/7sZlH"
    "djwU2hJBf3+liYCsNpfzQUJ18F4baLIjfu9c/Cz+J4NO3Re10U/HSvfxUuP45Gn8VrYdD/"
    "Iox/7qLonXv9ptcnP4b+JeU/9qaT3u0tAWZ4TQoHP5Kno/HnD4PRV3F8R94U/OTUMiRfrD"
    "e8EpzK/A+tHLZ18XxU1XN22UmXWC1exu5/7oQ7L5s2Qwt2pbrI/U/a0d1wSFodaT/uhdOy"
    "xj+7t7wrmtd7dSUIXl6vd3mvfyBtg95y/+fRaPF5vSvTWPD5mMlS0rTYTPigXK4c+Fzz93"
    "FZk7ebAX/auTjf5LzTD0lZ7pOb3mDAprVLto2XKzszoEE5ADS0JOxFMyTONBnPVAVEopam"
    "Ktvob6SpVmmQBuz82VrVbFW3juhrX8PUpxAlE1lRzipis9AKWCLLot8/gz62Enupoz4mYC"
    "m4Y9M0OLv2JKx59wWaRxu+Oz5OMROSUrFTofMsSo4r6xUWH/FLFpTDUoVAXaGNBTqpgO4k"
    "AN1hgTbXuijNbd4eVDv2xwsKwvZ41Vm3wpIGxNg381FFYUnQcpW1PFd11XrIpeaIKOi5yn"
    "qGxYfx82U9id80iw8hlAqhVAil7hFKHa3tmfF8Q7d740RUA0/bSYFVwykn+rvG7T7bRqDL"
    "qhARWxgEZEQFj9Dt2iTfEZ0eI0V6sZBjRiPVdk6jwbqN3kxuhSt0vz4+li7Of2BPuSmqUg"
    "jyVmAcakOQ9zua69MEeWs019dvtQfBfZ+817B4I3Y2O3T2JYEwa353QKTCMfbK5F166fC5"
    "GnhAFlp3jtY9M5QXkX9qewr0Q9KAfw784/N4+IiXnbvzipGZs/cpBpaz97EDC31Ur6QTTg"
    "iY+nSFpp1MhOG0i+hfmqh0O6UJSrfTaqaUQAZEq9gMCOpJ54mjbMWAXK8Oy+q6XgwR+DoE"
    "VS9MsGzvthO3/VBS8VCZEv1/YQjQJbYl6k7+CvQQ0EP1sISaSw/5nTGDkRsQaaCdW7wDzT"
    "9sIx7fwx+v0SprpIq4EKlyjs4Sco7O2JwjiGA3bdhKE8FO8h1js4/28RcrZiaXvSAEz+eY"
    "2DPfsJgdaZ4sYL4bc0kRrZhNYRJ2jQoKwfGoEUhlabmS1EXWwFdEDGCt6lYMzYG3sglEFY"
    "W4uAwidgguAOSeMsGlUZsVQDc07ezG1R9QC0D2KlBVQ8GNTD9ZE98Cpx3A1sthpMvdelnp"
    "eedCc6nXXuDQ6AQGtrzDpYGJrdB83wYm9juiNICJTaddYGKBiYVhqzLDVhom1jNXMo5cYS"
    "kYvFIMXvLaNLEuZ1rDHpQ55Hmak6yJUTlRTpOTFp+SxmSk0dHlT0PHYtaJghFsHt9dfIP2"
    "x4C4CEN8Qhkj2KDTejsnZxdn70/PzzbZZZs7SSlmvOwyDcv0xzPAJh49HRSDc6dTnDvtHh"
    "v9osu5TB9WGnL6qmPtsF4ahD4g9FE1VrNd/OJplrrfk0duIG1fMplMA0hcItmLLCWSyF4U"
    "CwhkIJCBQG4AEwMEcjrtAoEMBDIMW5UZtiCV9/XTSiGV9/CYK5KqvYiztbLgZZMl7DkbkQ"
    "Osd2OtqXNnVM8BN0cUEN+NuEG+0dLnFxaGpGXBnCvcPNRL2IeFbp8r+vZLFusoLAn8cnWM"
    "IdaJw7qSS8dBOdBwlTUMa1JgTUo94IXATBXWpMDaiSwQF7Z2Yu+VE7006ybqAnPY44JlJQ"
    "eMBG46LScYGOzQ8fHA4AgCEUGICEJEsAHUOkQE02kXIoIQEYRhqzLDFkQEX5+/h4jg4TE3"
    "nI3QCW6ZYiVBoeahXPxsDHFXiLs2F3GIAH4P8SHLNlY5lRwQBB1XWceOl+0zK3l0za0AdF"
    "55nftuaW6dRysAnVdZ59vtnLJv65m4RcL3GZCGeD/E+ysEcWl7UAa2gNsT6NC2cw1FmRkr"
    "IehfQtDfXVS6NzzN2hYV0iIS0SkzLYJCRYbDZYuTFrF51k5Ki6D6Eud+MciLgLwIyIuof4"
    "AR8iLSaRfyIsoaqSAvAoatUvIiVsQSEnOMXVG55sXaSlltBzkoZUaPDVnSMs0QW4nm4Vv8"
    "Yc3kR1r0O3Ga8KfJaMiHOCQUnRtU2UZ/I021SnPgAw7FbK1qtqpbR/R9r+FTUJBC0wJznH"
    "z05PjIeE8riB4nD5w1cNZVI2naZW4eCJTYISmx/nJlmPYH1QGEIcUCT9s7aTHVKUxe7JXe"
    "xY61ejparzRDUrCCriZf0JOkkvF7geaGiVTbQm6F6Hdj1kUWJhO5giQbkb5st5HbuBT09I"
    "B1ZD9gWgphXbGOWhGwS3wNh8UDqg6oulqM7TX1edNQdeSX2pgXChV02XxZERVN8XPMPvEB"
    "2UZwdklqFX6aJpurG60ORsMf/eJRGzbiA6t/YnH2YuMsm/OHhXJtzJ8L9+Oy+lbB2/KDD1"
    "BqWpBvHZAmmBFdVnIPcKtpjoJ/VSP/KqZVF4D0nYVryJilBZjtxyF8yddAw7vBIMmBLTtv"
    "oRWTs7DbMUvljBWRquB6gWy+Als8bF1TkTZiS4XjTnGlXA5dNCX9MakYXkqqJs5U5Zn/fP"
    "VAz2Jyn4PXBl5bNWeMBnttc/KDYw5RS+G3haTBc8vhuTkDZC7sN5JNCLK9CuzuvMNgn7Ck"
    "PiRVEu7M5FLj2Lwzvedq3RtJaN3ZW3fAqsrQusNS0Lp3tm5Jt56wyaHcNu07PoAfkIUWno"
    "PwTEj6EfT1kvGvi0wASmGzsB4C9RonznuPhsLXjK5Bi4h0Eflzr1+NhtPe1VS47qLN5b3+"
    "n7veoP+hT+9uLp2yX4SxX9a9vNcHo8m0i+jfVo5uVHwCTMSVDCt0spQ0LZ7CDosejsM+YU"
    "hs985ezPVp5+J8Q1rTD0l89eSmNxhwzpI11qYck62VomNspA+Y3ev0DOfFRze9IWm9WTvH"
    "jTDtiQOhdy32riddFPp4r7t1ktvO/3u9d9vvIvLnXu/f3I7GpCu4/6vRGVaaZPsrXVJP3A"
    "GZJkwmZWMcos0y4ByVax7WxdtIsH/G97eXQr3WPBzUI6knkZhmyYNzPLpE98BT7Ze8x6tH"
    "5KGbV0fhbDePmT8Tt0qBcD0vFcJdsZ8dza0QIBpG9NWP7mkkqsp6paky+dGiMc+ILEcU0A"
    "2jS124jKgGRABNyN47JLxP5EdnxTUgA80VMvaqkbH3Oqd2VbMR73Vo1zZfj7VtCwA37Y5U"
    "NUU2ZM6nwrUQTBsNaGow+Yx7ZjiDu1k1E9SAwZkCVmfCLwDXZqdBB82iFKAGPamC2mxzse"
    "W4nZlzzDnQw0rpuK0V6X/xyTCLWEw+JHV9JVU1yGINY2UU0pKGpJqmQuQleMgPkr4oAis3"
    "A+fKqa6pmNnSQjSNpwLQmkqLJoFU9mKhzXgVs2goOJ7t2NVhM4w6ZXfu6TDSMZppBG/kYI"
    "5W2ERUGhlzJCFa4/9YiNbZRU8PhobfOg8tLJnyA3pSif7XtrPRAi1D6kAykTHZTR1KfM/u"
    "XR3Y1UO0dlg8BIuHKj0c1TTmn2bx0Lb/MUqPz6IKCTVizVDZOVSxqWrx41h8lhqELiAyBJ"
    "GMqtmm7SIiGf6y88MwQnWFNjA0Zt0ur3QHwnC+Ct958Lz8XY6DX6zQrQcYS9xvagHrDUxw"
    "MMErOjQ02ASfGQpno5kUC2x9wUZY4IdefkhU8mBkTX8JCUH+C/g44OPUCV7wccDHqQu0O3"
    "0cdjIrANRmp2mEpu/KbVQXCmzGuJDR4OcOVzIUe00Xh5o+YOSKoQfVsg3zZRsZckJCaGl8"
    "wwpS7Taam8aS3JLIpW14F3TDbzbqVFit4NmCZwuebU08W9qTxf32eYlUUeH1+o3e4IUoeT"
    "89hiqoMmHRaDW6hkCO/boZQSA/gPwA8qNO8AL5AeRHXaDNRH5s5yYgQHat/YtO45UjQWi+"
    "cgz34aUy76A8bK/U7kPU0NzE+C1dDoWIWrGGiIPtMhL/RqQWC0kmdtJj3Y5uOR0dvfmNPP"
    "sNzVXNxmYb0U/0y1m//cA5QK2UV3DPFfDHFQe33ecIbIsBKQKkSPUmigaTIvyd+uOTbRu1"
    "Nz/k2VbeTwA3DNywCkEMbliF3bDX8RMEU7LWJp4aS2Lk0zMmOA4DUybRc8BuaWJTB4vvdC"
    "FIQ8EKsem1FzR7Ca6qw1YXrUzjGyYWvo682smlQgoZ8qOFTPzWPT25TS6/YVI90g37gSiN"
    "9SJKewucwlyB+QAcBHAQcG2NrkPuvFyMSbvdAT7rqkdWEg7Y2emQwSldB4EZjos6CMxk0r"
    "F4vlm6HIitdJW5nJYw7k3uxkIXeRf3+k1/OBp3kfOPfKKHs5CJkvwRBmS2HA29A1tC9+71"
    "sTAVhu7jzWXUuE2jxk4aNXbi1djhqJEAaGXdrTssBQkQkYGeuB+5TNWQYAMt1ZpYpj4myd"
    "y1tzQ1NXftla9w2l7OuaVzfJxmVDo+jh+W6DMOH/g6nMoNMW6vDF3HsocLw6hESrST+BT3"
    "xJ9w4VQ7IEVjoV1nqyHN0BdvNZUmiK8tUsI2HrHuEB00OxypNnqSLLQwJZ00Jv6WR0VVvP"
    "tQ92jwFTgU4FCqOTM1mENxBiDapbk2Xoq11dEKqmyxF2KKlLHGegtiLq4lJHmwY15r7J5u"
    "UeMnGWRq93vlHVTMdjv45gKyjC1LdMyJXGqIVgDDTw4tOOiJ+HmlkoklhwHAk4fz7Krsn1"
    "b9THFWsa2tS+UdLX41Gg4FutQoo53d2gg6S5Dcy3td+Om2P+4Pf+wi/8q7R8t5F/f6UBCu"
    "J+JY6N1NP9LVT9tPlMf7MvpMS3sXeTi84pcyeU6ZaMnGiret9KfJaMjv1qxktFOrso3+Rp"
    "pqlXb4eMCzmq1VzVZ164i+7zWcK4pU8tgbHWYjPZdWEB17FSxrqp5LPxxRUFDhCnIOa7Ve"
    "yDiYxzdmpWFirPLE6OgLmyZvk5B4Lyws1QRHIDwrnaYicU8TSNxTl8St79HZQDjl6mHMiQ"
    "0e2Z1rbTUrCsFFyEMvGV7IQ69CHnqw7xcAdcNXr7IDZaXWr95K/I27nPvtnfHSlZRyj654"
    "YHdHJ9veywh8EKiEQGU9huCa2o2pA5W8DrYjNtagqGTZUbHqL7htlTVShaE9S+XuniW4u2"
    "esu1uNUFc1LZrDRbok6zETx7oRAGa1cGbVIgYptVJZfVwahoYlna+SoFhEKzMiV5Y6NneC"
    "yGe1O9MjfjkaDUKIX/aj7fvu5lIYvzlx4CeFVNe47w+nUZzXM/rtZtmRDgkC1umxdr6dKD"
    "9g+TGXpZpQDcQPqsNusmYqEHBAwFWdHkpNwL0OO9TDpio/tDj8kPekncQQSdsyZR4LlokD"
    "6usxJj23l1PFRRqfp8X9uJ8yPVOHz3vbOTm7OHt/en72vk33xCC3NncuEvq/P4vGUz7fsG"
    "lxu3i8cxoQaaDz33n3Ls2qmnfv4lfV0GcRD5V0qgwIe8UbiO5JKv//JMH/P2H9f/JGG+sc"
    "SzDe+QyIHN79fB1boDBH81WXi/3z/57Jj5U="
)
