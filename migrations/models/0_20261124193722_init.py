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
CREATE TABLE IF NOT EXISTS "privacy_request" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "type" VARCHAR(24) NOT NULL,
    "subject_kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "subject_lead_id" UUID,
    "email" TEXT,
    "email_bidx" VARCHAR(64),
    "phone" TEXT,
    "details" TEXT,
    "export_format" VARCHAR(8),
    "confirmation_code" VARCHAR(24) NOT NULL UNIQUE,
    "code_hash" VARCHAR(64),
    "code_expires_at" TIMESTAMPTZ,
    "code_attempts" SMALLINT NOT NULL DEFAULT 0,
    "received_at" TIMESTAMPTZ NOT NULL,
    "verified_at" TIMESTAMPTZ,
    "due_at" TIMESTAMPTZ,
    "scheduled_for" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "extended_days" SMALLINT NOT NULL DEFAULT 0,
    "extensions" TEXT,
    "rejection_reason" TEXT,
    "outcome" JSONB,
    "job_id" UUID,
    "reminded_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID REFERENCES "organization" ("id") ON DELETE CASCADE,
    "subject_user_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_privacy_req_status_7256e9" ON "privacy_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_subject_5fe524" ON "privacy_request" ("subject_lead_id");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_email_b_a4682c" ON "privacy_request" ("email_bidx");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_due_at_f9a9dd" ON "privacy_request" ("due_at");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_schedul_ca9ef1" ON "privacy_request" ("scheduled_for");
CREATE INDEX IF NOT EXISTS "idx_privacy_req_organiz_056347" ON "privacy_request" ("organization_id", "status", "received_at");
COMMENT ON COLUMN "privacy_request"."type" IS 'ACCESS: ACCESS\nPORTABILITY: PORTABILITY\nRECTIFICATION: RECTIFICATION\nERASURE: ERASURE\nOBJECTION: OBJECTION\nCONSENT_WITHDRAWAL: CONSENT_WITHDRAWAL';
COMMENT ON COLUMN "privacy_request"."subject_kind" IS 'ACCOUNT: ACCOUNT\nLEAD: LEAD\nMETA_USER: META_USER';
COMMENT ON COLUMN "privacy_request"."status" IS 'PENDING_VERIFICATION: PENDING_VERIFICATION\nVERIFIED: VERIFIED\nSCHEDULED: SCHEDULED\nIN_PROGRESS: IN_PROGRESS\nCOMPLETED: COMPLETED\nREJECTED: REJECTED\nCANCELLED: CANCELLED';
COMMENT ON COLUMN "privacy_request"."channel" IS 'PUBLIC: PUBLIC\nACCOUNT: ACCOUNT\nADMIN: ADMIN\nMETA: META';
COMMENT ON COLUMN "privacy_request"."export_format" IS 'JSON: JSON\nCSV: CSV';
COMMENT ON TABLE "privacy_request" IS 'One request about one subject. `organization` is null only for a META_USER request (many orgs).';
CREATE TABLE IF NOT EXISTS "privacy_export_file" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "data_key" TEXT NOT NULL,
    "format" VARCHAR(8) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "downloads" SMALLINT NOT NULL DEFAULT 0,
    "chunk_count" INT NOT NULL DEFAULT 0,
    "request_id" UUID NOT NULL REFERENCES "privacy_request" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_privacy_exp_expires_f1bab0" ON "privacy_export_file" ("expires_at");
COMMENT ON COLUMN "privacy_export_file"."format" IS 'JSON: JSON\nCSV: CSV';
COMMENT ON TABLE "privacy_export_file" IS 'A finished export ZIP, sealed at rest with its own data key, served by `/exports/{token}`.';
CREATE TABLE IF NOT EXISTS "privacy_export_chunk" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "seq" INT NOT NULL,
    "data" BYTEA NOT NULL,
    "export_id" UUID NOT NULL REFERENCES "privacy_export_file" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_privacy_exp_export__f92a36" UNIQUE ("export_id", "seq")
);
COMMENT ON TABLE "privacy_export_chunk" IS 'One AES-GCM-sealed slice of an export ZIP (bounded memory both when writing and serving).';
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
    "eJztXftzosq2/le6/Gl2lZOTmEyS4711q4hhZtxjNEfNzJ5zPMVG6CTsILgBk7gf//vt5q"
    "E8GgQEA8yqSkUevUC/1Y/V31q9+s/WQpexah5xS2WqP2Gt1UV/tjRxgclB5F4btcTlcnuH"
    "XrDEuWoXFpeKYG2KzU3LECWL3LgXVROTSzI2JUNZWopOX9Li0FI0LA0byBZC7379/VU4Oj"
    "r69ac2MiV9iWVyA+kaRrrxIGqKKVLJ/yFX1DVSLBM9iuYjUkxkWrqB5SP6VlmXyGsV7aGs"
    "F6w05fcVJj/zAVuP2CCv+c9/yWVFk/ErNr3T5ZNwr2BVDmCpyPQB9nXBWi/ta3d3/euPdk"
    "n65eeCpKurhbYtvVxbj7q2Kb5aKfIRlaH3HjD5aaKFZR/E2kpVXXV4l5xvTC5Yxgpvvqq8"
    "vSDje3GlUkW1/vd+pUkUBGS/if47+z/3q/mKCcJwNBUm/FQQWhG90q8Q0oR7SdI1WicUza"
    "JA/fm389wtIPbVFn1B7zM3fnd6/pMNgW5aD4Z904ar9bctKFqiI2qDvkVZMjDFRBCtKNrX"
    "5I6lLDAb8aBkCHnZFT3yDvJowLuwVcG2aXjgevCVAHiL/EB5RCq3q/sEBUz7N/xkyt3c0t"
    "ctTPN31caPm/L0Tse+ug5dfefoSyet3ukPNg9B3/rTz4ieon+PhnxYq5ty03+36HcSV5Yu"
    "aPqLIMq+aupd9VAjJbdatz8j+u49igZb1175kJYJWnXU60J8FVSsPViP5LRzfJyg2K/c2G"
    "5cpFRIW0P3Vse593cAX7sDFWh/mAXloFQxWO/uxQ6G9PlZCqDPz2JxpreYMJPX5YDZlWpg"
    "lT45TwH0Sbj72QJNbwWBtod/Mwryz5PRkA3yViI8MiiShf5CqmJaZQHtG5fnK0W1FM08ou"
    "97i6GZIhQYFDyY391wv4Q10BuMrsK9PX3AVUgd+HWpkNs5Bu2gZAGDttudVKUh1GSM9jBJ"
    "HKRV0bSElZnLOAvLgqarrGkDP5MxKY+eg5Kg5Spr2ZswzddCtrltRLDIaW51FbxzVruF1i"
    "Ek/rAJiYzgMkQBXgIv5WXun5icgR+yKNQfdQMrD9oXvLYB75PvI2oSa/rosmWj0OPqCfH2"
    "6rYXNcSXDbHFqmjkgCCALWfCwk163DXfiukzCgD6zsR1nNykBTjSTbLhpRV7LkpPL6IhC4"
    "EaTu/oHT10ZVM2emvRWYSviJr4YENEfwv95i72fe1ZsUT3p0cIY9/ddhJlrATL7eKM4yEG"
    "XrYCXWwbeFngZYMT+4WoqFGF85pkrJdEQVP8asVM7D3JRvBZSSrlf5kmEyobjQ5Gw09e8T"
    "DL8ncUd2GuyK9ZiMSgVFnAN4mwNXSV4XfoaxavrRYRKyY403VFQzC7LG416nfra5//xo+7"
    "6OR4pt3wN1f0uEOOueub/rCLTsnh6NuQXj07bqXTyAP9uu9POxfnl+Su/WvoyUWCaiY33G"
    "DQH07BKfEWdbxC5GyduvUKjdSp2BxRkvAyn4UWEgXWrsp6Bm72R9CyPbHOw81GBIE8BG4W"
    "uNlqQVwON7tt+sDN7gI40k1WiZu9wYs5NsxHZdlicLO+u+0kbnYRLFcoN/ufSLte0fryX+"
    "BsgbOtRT/RYM4WOK035LTAuCzVdqejTEZYfSIAJ9jqFbHVV655DVZ6ErS+tlsl+zxQsRkW"
    "erjix9vo4RYHERRgjYM13iRrHFa2lbuyzVRXD1nw9cqD43in49j9wgS8lWYZDFIxHmWG6O"
    "EqdOtuEh0Z3GuF1OM0tTi+DkdiUPDvK8XAwuJejEJ8pZMpuajFOfQCkiGE50S0LIg3V/wY"
    "Z7VY0o+6V6PRINDfX/XDQVR3lAh4d2LDTgopjqEYnaATNGWnWjI5kpjVSwGhw7Ejx2GIj/"
    "eoww7J0Tk5uzi7PD0/2zAdmytJdIcDZGTuGG9/+wITvLQSjPWaV67sxy9jrG6sYPZcx5/E"
    "ombjYNx8J+q+sTHYE6hg8HYTodq6NvaEKuhLaSJUJjbN/avUxHlKCpCqGROSjJG4khVLwM"
    "+YCu3XR9En8fRBDYXqN32+J0Q/6/OGYiPK+9Yeuam9EDGfRMk2oPaGiJM2hlhDkTLx/ihN"
    "cGMRksTFUlQe9h3Seu5jmgqTPWe5143FnjgNyHM+ksc0GacCIGoqPEtDeRaltUC5Bmzu2z"
    "HdOk8bOw9rqB2wwJZIi2hYKmA2d0Oe1ts8rKnVzMZsKT6wkjplqmDkEU3CqEw35q1omi+6"
    "IY8xsThaDD9msEA7yZG5dIuSfsIrC65McGWCK7NBrkxYrwnrNSsxTFa9MXmYJLamnIn0II"
    "deffQLoar7mSAJoaoQP1nj+MlbXVWkNWevOrf1w5p7hMu0E6cfdmlBDBbfuYUB/6zImJRG"
    "+j16eVSkR+Q8CImIQoe8hfFtJGoyKUE3IXgiV2hhFSMyOUEurY3wq2Ja5k/RXQxKegfMkS"
    "rQQbVhjgRzpMCo/4wNz1GedoLkE2lg0Odpmmi50/hwudNIvBwYVmBYgWGVYFh9dTuUWKvq"
    "67bH2WlS+XonYHTBWgFrBayVYq2VCnG5xdsq+P6e+m2fsUAbALtpxXC5EcmkplXDZpUANW"
    "0a4VyR+JXRM8Wnn/XKN8KiTupxiso+myG0v0wLZowlnXQx6x45ZRkwgfuJ9ovhliSVQk5H"
    "B4H5AuYLmC81Ml9oy87sjw4INWJ4KNshDZ7KbENyhVoReCoPMzYBodZMQs1b98awRH1L4u"
    "KNUNNXKMWG6iapEu8V7QjR8dp2/U0+c+87H86p85CezrFobPZDT9w6fZ9HgblbgS4FzF0w"
    "dyH+8g3MXWVJdULUxliKkGLjo6B4LrxrZOuWsfmRbQuQ8ZiVoiOFAoLioIDsCrA3azYx6T"
    "ZybvTsk23gEFOTISXV3A+CzX8INcOmMT+CliuTfLo+Oobc00CTVQfS/WmyuO6gAGgzpvOu"
    "Zh+wdzZv8j3Q8G4weCtG0q7gDDrSq/jxXKQzL9pmzwF/OBCEQBA2iSCE3bp/9N26G03M3p"
    "O3Cux86imqeEAaqnmOar4kkOXDfiMJbGx22H/T54KlWKxNvVJAH5AG+HPUei+zUVbHW0Sw"
    "EZ1OKBX+hw8penlSKj4dPr0XivXWraVgYmKJ5nMAheSh0mev9It7UcAaxYIxXUvckyAkCX"
    "sSpNiTwK6wjuPMwksG4MpD7NYEUdlc2xNUrL67mxX8s9M5Pb3oHJ+eX344u7j4cHm82bUg"
    "eitp+4Kr/icKe0A9UT2YlmitGF5/2sfv3jxzK33IrU5MbEzsFx9xvWn/K5+Rp2g5Ul3kfM"
    "60yd3klh9e89ddtDmcafyYm9BLzmcrx0hxcp5ioDgJT5634wS9FdSWlzhDiK5UTTtEJzyi"
    "CaNG6Svxl3JOlikoCSxTVVgmhpsxmjCZDjZ7uBrj5MHfmOggi8AGLh2vZu1w6cRVuMx+Hd"
    "jTCDbqKS/RejiF2b6ZsBkJ1JqIW2Cd756YhVcXNxGvQ28IVUuQ9BeNWKeH2xqiJiNrsMOC"
    "nSHeOoO/b7sxRkhIcDOy+MAQ3/ZndkGIC4G4kAjiEBdSzRl7mrgQ0ph1Q8gRvxoRLHWOfs"
    "hYhWJCgh18nBV2eZD1SwL9EcE2M5sbY2IURsA3KZrGEg0ySjsYZQA5JAY0+W6a3IWM1UHs"
    "xJnZNxSFcpOqs7ma/4YlK3MUXlgOoN4JNSyQfuPoDBlboqImof/zZDRko++TBeizQ++SHR"
    "k786BUE3Avu4+BpYwHdC2CV7GEhWJvnLnqZ33eYnCC9HI7iQz8zS0AJCCQgEACNogE9HQ3"
    "X2ccTyOCMJoGbZUn8u3Z1uDuoFFPtsKMVeuGn3LC5Puw10Wbw5k24Llr4YrrffnYHwy6KH"
    "Dq3u3f3I7GU/eec+LdGX4i9dm7Y5/MNP4Xp7jz6QSd3o15J+qUHMy0MT/lh9P+aChMvvH8"
    "bReFLsy0L/x3YTyacvRaF/nPZto3/urzaPRFuOYH/a/8+HsXha/MtBuuT34M/U/Kf+amE+"
    "72lgAzvCaF/afk7mj85eNg9E0Y35E3+c/spwzJF+OGPd5+mHfSymFbF89HVT3MOTroEqvF"
    "DXL+1x1/5wYgZ6jBjlQXOZ+kHt0Nh6TWkfrjHNg1a/zdueQe0VDoXo/n3VBo93CmfSR1g1"
    "5yPvNotPhQ6KWhP7D5mMlCVNXYxQN+uVzLBnKN38dlDd7OooHTzsX5ZpkAPUlaGDC54QaD"
    "6EoA0bLwYsmKaUgG1C8HgAZW0a1VXWQMk/FMlU8kbGkqkoX+QqqSKlAk38KKrZ0/XymqpW"
    "jmEX3tW5j6FKJkIivMWYVsFvqAKJFl0u+fQR9bib3UUR8TsBTcsWHojERHCWkCPIHm0YYf"
    "jo9TjISkVOxQaN8Lk+PyaomFJ7zOgnJQqhCoK5SLoZMK6E4C0J0o0MZKE8R7i5W2a0dKQb"
    "8gZBSszlKfKGlAjH0jH1UUlAQtV1nL94qmmI+51BwSBT1XWc+wXjN+vKwn8ZtmvSa4UsGV"
    "Cq7UPVypo5U1119vaIY8hkfVd7ed5FjV7XKCl2hv93ZAPF2JhojYg05ARlTwCN2uDPId0e"
    "kxksW1iWwzGimWvYEP1iz0bnLL99BsdXwsXpz/FN0YqKiHgpO3Av1QG5y8P9BYn8bJW6Ox"
    "vn6rPQju+8S9BsUbkQzu0NGXBMKs8d0+kQr72CsTd+mGw+eq4D5ZqN05avdcl9cCe6P7FO"
    "gHpAH/HPjHx/GwES87ducNPTNnlyk6lrPL2I6F3qpX0AnDBUzndIWGnUz44bSL6H8aqHQ7"
    "pQFKt9NqhpRABESr2AgIOpPO40fZigG5Xh2W1Zl6RYjAtyGouCDBsr3aTkz7IafioTIF+v"
    "8nQoAusCXS6eR/gR4CeqgellBz6SGvMWYwcn0iDbRzi59As/cnicf38DuStMrqqUJTiFQx"
    "R2cJMUdn0Zgj8GA3rdtK48FOmjvGRh/tM1+smJlc9oIQfH+PiT3zjIXsSLNkAfPdmIuyYM"
    "YkhUnIGuUXgh1lQ5BK4mIpKg9ZHV8hMYC1qqkYmgNvZQOIKgpxcRFE0S64AJA5eYJLozYr"
    "gG5g2NmNq9ehFoBsz/eohoIbGn6yBr75NoiAbNVBpMtNvSxz7lbaTOqV8+2zncDAlrcfNz"
    "CxFRrv28DE/kCUBjCx6bQLTCwwsdBtVabbSsPEuuZKxp4rKAWdV4rOS1oZBtakTGvY/TKH"
    "3IJ0kjUwKifKaWLS4kPSIhFptHf5Q9ewkHWgiAg2j+8uvkJ7fUCchyE+oCwi2KANjjsnZx"
    "dnl6fnZ5voss2VpBAzVnSZiiX64yPAJu7W7ReDrbpTbNXt7LS91qRcpk9UGmL6qmPtRGdp"
    "4PoA10fVWM128Yuno9T9njxyA2n7kslk6kBiEsmuZymRRHa9WEAgA4EMBHIDmBggkNNpFw"
    "hkIJCh26pMtwWhvG8fVgqhvIfHXBYVdS3MV/IDK5osIedsSA6w3o21qtzbvXoOuBmigPhu"
    "xHXyjRYev/Cgi2oWzJnCzUO9hDwsNH2u4NkvWayjoCTwy9UxhqKTOKzJuXTslwMNV1nDsC"
    "YF1qTUA15wzFRhTQqsncgCcWFrJ/ZeOcGlWTdRF5iDMy5YVnJAT+Cm0TKcgf4GHe8P9Pcg"
    "4BEEjyB4BBtArYNHMJ12wSMIHkHotirTbYFH8O35e/AIHh5z3U6ETnDL5CvxCzUP5eJHY/"
    "C7gt+1uYiDB/BH8A+Zlr7MqWSfIOi4yjq2Z9kes5JH18wHgM4rr3NvWppb5+EHgM6rrPNt"
    "OqfsaT0TUyT8mA5p8PeDv79CEJeWg9KXAm5PoANp5xqKcqSvBKd/CU5/Z1Hp3vA0Ky0qhE"
    "UkolNmWASFinSHixYjLGJzr50UFkH1Jdx7xSAuAuIiIC6i/g5GiItIp12Iiyirp4K4COi2"
    "SomLWBJLSMjRd4XlmudrK2W1HcSglOk91iVRzTRCbCWah2/xmzWTH2nS78Sowj9PRkM2xA"
    "Gh8NigSBb6C6mKWdoE3jehmK8U1VI084i+7y3mFBSkwLAQ2U4+vHN8qL+nDwhvJw+cNXDW"
    "VSNp2mUmDwRK7NCUWCuGDttNhR2MBbN5NwYVFi0e5Fg8EaDLgC6rXv9a03lnGrrsnvzgmJ"
    "T4vCYZ6yVR0hS/xmRrD0g3gjtLUi3/yzTZbNxodjAafvKKh23JULz+QlQYOXZSYL+RbMKU"
    "6U1gF+aK/JplmhqUKgn3yOBSY6ZlSQDK17NsJKF2Z6/dNniZa3dQCmr3ztotauYLNhhzoE"
    "39jqdjfLJQw7PX8CQKl9dWi8i8v0g6N4XNEp0h0InaxH7v0ZD/lnFq0CIiXUT+zbTeaDjl"
    "elP+uos2hzPtX3fcoP+xT69uDu2yX/mxV9Y5nGmD0WTaRfR/K0czKp7ONPWVIcXQxSl0uZ"
    "E+oHvRVqb94qMbbkgAz6rPG37KCQOeuxa460kXBU5nmvNMctn+nGncbb+LyL+Z1r+5HY2J"
    "9pzPauhvqYqWF2qTeqzxyTSh/ysb4wC5kgHnsFzzsC5+WIcFPD/eYo56BV0c1IiuJ/eVJu"
    "bC3p9NpIvwFWudd3+3kDw08+oonLlmK/Narb39CfXRZ4YlWs6SgexoboUA0dAewG+dO7iR"
    "qMqrpapI5EcL+n1GZBmigG4QXTqFy4iqTwTQhBCiQ8L7Qn50Vlx9MlBdISTr7UKy3j5teD"
    "Ur8V5Zw8l3QMO7wSCySttkJb3KsUI73ZLYmiIbMOdT4VoIpo0GNDWYbMY9M5z+5bTNBNVn"
    "cKaA1R7wC8D1zsQ1pNZTj1o+sygFqP6ZVEF1trnYMqadMRCnidLePA1CtQ8Vqs0borky8F"
    "RfzE2LRjExwrYjZdpJIdzYKS1YgeK74rlbpEVhGemaukZz8qcSJSA3JruLlob+jE0kash9"
    "OjmUSSFdejKRgd8ri6VuWG1y+IzJ45GmW48E6qOwz7m8tzCiziHBAkSM12L6V1OvWZqI8T"
    "qxVId0lBZDUm0DNrKGb0YlIYRzZ6wHxIEfLg4cApLLhpkMOiaLfE0XSbmVrvJKnhY/5iZ3"
    "Y76L3IOZdtMfjsZdZH+QMxpLSQZK8o8fkNFyNHTjKwPXZtqYn/JD5/bmMGzcplFjJ40aO/"
    "Fq7DDUaC/Wzzi4BqXAWRHq6Mn0I5epGhBsoKVaE8s0VXgPmT1mS0zllm9eVGwnVWaqTkJm"
    "qo6TmSri8IsnnUrlVF4pT9B7XGlPLRad4rvdTmJSlobyLEprAdsCgrSR2EmmjDSMOH7y/l"
    "Pv5r2JRRXLyFQVCSP93qY37Aeif/dv0bu5viJ1QEYLvNCNNZrr1iN6ecQaejEUi+jQ5kBM"
    "bDyT45+ihEqpb2Iu5XceSW+b+HdIYwksS03GrgazLLQhRtTd12JWy7qlQypWapkanHxf8v"
    "G+c3J2cXZ5en522aY5TOiY5l25SNBzfziN7BtmiQzfh6KJxjom8M+VCME5X7telJoBmoDW"
    "lZvcatMgyPB/1R9y4+/sxZlXjGRYV9+nPBe2tp3hNdsAERCC6LXkaKvtkL2nM9UxnT4qah"
    "0HgLQ+1UDVypryqny71kY/1qz1dJPaqr33BHYatRy6VzTFfCQm5NasbCPX6hQtROqjhV4U"
    "YlYqlon0Fw3RzhE94XXbtitJqfka/foPR9r8x5+W/oS1v3+NWrXlvgp8hRXorsCKBSsWR2"
    "wvgbTgqM5TpIDxC1eZkS6EaisjSQaNfGO1t3TugK10lcG3c7F2Ef0/03qTr11E/uWh8S9T"
    "8GWXsWzZZSSphfIHFjYzhvDc4yF+JheQa9KE7p+dzunpRef49Pzyw9nFxYfL483MLnoraY"
    "p31f9EZ3kBTUSnfeaj2PlwnoUN3kpUucJXxtlI7DCFjBR5XCoByeYtma/JAJ7KpSITQ1zV"
    "mZl+JwtRVWM7soDg4fqx47BOj/fuuE47F+ebroqeJHVOkxtuMIj2RrajQYjZ+S8Ww5BUrV"
    "EsjM97Y+941br5UtglF60C6KVbh5oYbx9YT3x3UkzBCpY/rbrd5vcM1g+5QxuCeKlB+6F6"
    "yiDjojV5NyHna0fpPMyuABLn+spCOrlirua/Yck6Qr/6o2d/RYpp/wQn8J7M1ZDoRDndTf"
    "jx5jHvyO9dIyJoxviZS37fbloumhh+m5zRwBJWnh3qB7LDA39X0f6qwfydraaIvtPxR55s"
    "lSfTLa7X4yeTLnI+ZxrNqsld9Qf96fcu8p3QcNHetP+x3+O8kFHf6UyLBqWOrn6mRWjZza"
    "GdkXXCD6cC1dz1mPtGs3xGr+Xhr4oPQ3VHAuGJYJ63EoSfUfXKMLobTu3aQA9mGk3J2kX0"
    "vxtXTEe77nbgy6OoEhLo1i0Zcg7d3PLD6/7wk/CVH/taIevqTHPOaNZj72imTXqf+eu7Ab"
    "24OZxp/aFwOx59Gtt9gO+ENtSb2wHvpk52D2knQFsyvegdkZLcsMcP7CdvDqvRgKVHUdMw"
    "Y3eJdBXDJ17pZnt7dzXo90hlsD9nWrQZc9c3fVJb7A+nITttuCLN1+0jY9P7xluzDNFSA/"
    "8rwqJmifuH/VV2gAn7q9TXBwP7q7xJ7ZaxRSpq0sYfCVENW1mAPkfH4oa47RXaEHlIhTVR"
    "1QAH8q57heJH1/JLupxp4RVTuBgjczcdd7hFWMVb9AQq4VE0H7OB7ROqcE2vzKhqA5Y/vI"
    "EhDlnhqxzjYCtMtCy8WFqZ4xwiwrX20hcR6+B322RsOiHRBjoLmtRunrGhkB+SR9EhUegf"
    "q6xneYVzqHgrdRDtVoSaqp1yTekRyyuVNEUyHcqq44gwqLrCqpb0xZLGJOXy4odkoceusq"
    "bxq4VpYghBFteZLdqI8A9v0dqImOT9+fb6DYo3YQZ+aNbPwNTNRcmiuBRnKZhX1kNAGdmV"
    "oa8sMhow+L74FuATCQ8cimShv5CqpAoOrg/yFItk5MMgh4YB+oAw8r/p84wO4q0EJIQLdy"
    "kLxR7l8rAUAVEwhapsCtVrZ1cIXM2l9sjWrpVJUl2flp2h7/TCjlZm5g3VGKKAboX3Vasm"
    "wuVsq+avmwUg3ewtgBgNeY9tatykPlHUsy97a1gqq1JXvd1gS+zpmubMi1uMVW+hEu2kVW"
    "/2DgRSsHCqVW9LbCCnxZq2iskvf8RI1bWH9yp1ByJayZCd78nOaPryKFpIsdCLaKIHQ9SI"
    "ktnL24p6MDNraqBjhqSpsFytHh1NTa3+NMvV7A4o1ihNQRGGH1DldQ+V5Qe3IObawiYgWe"
    "ElSZUJV9uiZl/Zr957jwBiPHvFFyUJm6ZgmxO51BB+AHQ/ObRgo7dH+CZLHije6nB9jBCW"
    "iq9/jSq2tZ1STezXH/VGw6G9oDSjnd3aCNoLyYfuolT+l9v+uD/81EXekXuNlnMPZtqQ56"
    "8nwpjn7qafu8h/Rpe6fh19cVa62gfh+VWasa74tZLupEwwJX3JSq0Y74KMSu7licyn9u3M"
    "ar5SVEvRzCP6vreYXJXioJSxpCpaLv0wREFBhStIFU1LMNekH8wzN45Kw8BY5YHR1hc2DF"
    "ZgZ/wsLCjVhIlAcFQ6TbU31mnC3linzt5Y4GZOh349Cac0bmaX7Cbam68zOkIZouAIDQWa"
    "VcWJX7UW1UA/c0UhLsfR7G/7BUDdbEczo6PM7GguNXOoaAeaR/OF0uvtnf7SpVdsl6c0Ht"
    "jd3sm2+zICHzgqwVFZjy64pnZjakclq4Ht8I01yCtZtleM7QtL2At6H8dXPrKprJ4qCO1Z"
    "qunuWcJ09yw63a2Gq6uaFs3hPF2iycoUH8+xbgSAWS2cWTWJQUqt1Kg+rnRdxaIWEw/tEw"
    "vvN0vkylLH5oof+ax2Z4Z9ZkejQQDxq364ft/dXPHjdyc2/KSQ4hj3jH2dVnP67ebZkQ4I"
    "AtbpsV46aboesfSUy1JNeAz4D6rDbkbNVCDggICrOj2UmoB7G3aIw4YiPbYY/JB7p53EEI"
    "nbMoXSQ/twQLF5I5itnJEswtXiftxPmTPTQjYsi6d8nrFhMpt4/OTUJ9LAyX/nw4cUM1RS"
    "Kj5TJr0XmqGSRpUBYbd4A9E9STX/P0mY/59E5//kjRZm7WUYP/n0iRx++vk2tkBhE82I1X"
    "DIwezv/wfUIiYl"
)
