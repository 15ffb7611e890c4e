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
    "request_id" UUID NOT NULL REFERENCES "privacy_request" ("id") ON DELETE CASCADE,
    "subject_lead_id" UUID REFERENCES "lead" ("id") ON DELETE CASCADE,
    "subject_user_id" UUID REFERENCES "user_account" ("id") ON DELETE CASCADE
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
    "eJztfWtz2kj291fp4s1mqojXsZ3Lsk89VRgrCRMMXsDJZpctRUhto7GQGEnYZnfmu/+7Wx"
    "d0RxICt5TzIrGQ+rTgd/py7v2/1tJQsGaddFfq1HjAequD/tfSpSUmF7FnbdSSVqvtE3rD"
    "luYaayytVNH2m80t25Rkmzy4kzQLk1sKtmRTXdmqQV/S6qKVZNo6NhEjQq9+/P4snpyc/P"
    "iljSzZWGGFPECGjpFh3ku6akmU8u/kjrZBqm2hhWQtkGohyzZMrJzQtyqGTF6r6veHesFa"
    "V39fY/Iz77G9wCZ5zb//Q26ruoKfseV9XD2IdyrWlBCWqkI7YPdFe7Ni925v+1cfWUv65e"
    "eibGjrpb5tvdrYC0P3m6/XqnJCaeize0x+mmRjJQCxvtY0lx3eLecbkxu2ucb+V1W2NxR8"
    "J601yqjW/7tb6zIFAbE30f8u/r/71QLNRHE4mooTYSqKrRhf6VeIcMK9JRs6HROqblOg/v"
    "en0+8WEHa3RV/Q+9wdvzp/9wuDwLDse5M9ZHC1/mSEki05pAz0LcqyiSkmomTH0b4iT2x1"
    "iZMRD1NGkFdc0hPvogwHvBtbFmynhgeuB98BAG+RH6iMyOB2eZ/BgGn/WphMu9c39HVLy/"
    "pdY/h1pwJ9csbubiJ3Xzn8Msisd9YDvxP0rT/9jOhH9K/RUIhy1W83/VeLfidpbRuibjyJ"
    "khIYpt5dDzXScst19jfG795CMpN57bWPcJmgVUe+LqVnUcP6vb0gH89OTzMY+7U7ZpOLtI"
    "pwa+g+OnOe/RnCly2gIl0Pi6AcpqoG692r2NGQfneRA+h3F6k400eJMJPXlYDZpWrgkH7z"
    "LgfQb6LLzxZo+igMNNv+rTjIv05Gw2SQtxTRnUGVbfQH0lTLPhTQgX15vlY1W9WtE/q+l9"
    "iaKUKhTcGD+dV1959RDvQGo8voak87uIywAz+vVPK4xKYdpqxg03aXE14mQk32aA+TzE1a"
    "kyxbXFulhLMoLXCaZ06b+JHsSWX4HKYELvPMZU9hmm/EYrptjLBKNZdfBu/UarfQOgaJ/z"
    "KDREFwE0gBXgIvtcvcPSTaDIKQxaH+aJhYvde/4A0DvE++j6TLSeqjay0bRbqrJ8Tbu9tV"
    "1JSefMNW0kAjFwQBbDsKS3fS614JrZQ1owKgby1cR+UmL8CxZTIZXjqw55L88CSZihga4f"
    "SJcWZE7vht44+WZ8voHUmX7hlE9LfQb+5i39cfVVtyf3rMYBx42s4yGavhdrtsxukQg12W"
    "gyW2DXZZsMuGFfulpGpxhgu6bG5WhEFT/GynKPYeZSPsWVksFf45zTao+BwdjIafvOZRK8"
    "ufcdzFuao8FzEkhqkOBXyTDLamoSX4Hfq6LejrZUyKCWu6LmkEZteKy8f4bn3tC9+EcQe9"
    "OZ3p18L1Jb0+I9fdq+v+sIPOyeXo25DevTht5ePIPf26r8/P3r/7QJ6yX0M/vM9gzeS6Ox"
    "j0h1NwSrzEGOfIOFunZZ2jnTqXNUeSZbwqJ6FFSMFqxzOfwTb7M3CZKdZlbLMxQjAegm0W"
    "bLN8QXwY2+x26oNtdhfAsWWSJ9vsNV7OsWkt1FUrwTYbeNrOss0uw+0qtc3+Ozav13S8/A"
    "dstmCzrcU60WCbLdi0XtCmBcLlQWV3ussUhDVAAnCCrM6JrL52xWuQ0rOgDcxdnuTz0MBO"
    "kNCjAz9dRo/OOIigAGkcpPEmSeOQ2XbYzDZLW98XwddrD47jnY5j9wsT8Na6bSYYFdNRTi"
    "A93oBu3U7iO4N7r5JxnGcUp4/hWAwK/n2tmlhc3klxiC8NopJLeppDL0QZQXhOSA8FsX8n"
    "iHFRiSX/rns5Gg1C6/1lPxpEdUsNAa/eMNhJI9URFOMKOkFTcYZloo0kJXspRHQ868hpFO"
    "LTPcawY+Q4e3Px/uLD+bsL39Lh38kydzhAxnTHdPk7EJjglZVIyNe8dGk/fhljzZeCk3Wd"
    "YBGLmu2DafpO3H3DMNgTqHDwdhOh2ro29oQq7EtpIlQWtqz9h9TE6SUHSHzGhGRjJK0V1R"
    "bxI6ZE+61RtCeBdtRQqH4z5ntC9Ksxbyg2krLv6FGaugoR8UmSmQC1N0Rd2RfEGoqUhfdH"
    "aYIbi5AsLVeSer/vltZzu2kqTExnuTPM5Z44DUg/H0k3jcZJXa4M0ybqi5ZUVaaQ8M16+q"
    "hqdbTD5gasgjHVZHhE+kF8MswqgBqSvr6RrpoNmGHvO/MYVqSbRuNkEcV+bYnyQtLvqwBs"
    "wvrrse4aDZwt3VcA11S6bypKK1N9lOSNSI3K2NpXAr1xehs7nTVU4XPNwrq1v+GADq6e01"
    "NTBxhDy5j/huUKbJwUr5HXV3MRu5c0cWFo+4sRpKPPhtZYGcLENpk5NADLXO8two+9zsbr"
    "5krxS0zDVIheRxZ80lJWNbUK3wPVFMehDhsNIGmiV7KeXZPeen5njcbMkNb2ggmy+07UUZ"
    "f0RCXYZs/SlbS3qH8jNVe8dzDCukJ6Eu9NaW9Z7Mbp6xPtqkmgHTIk9kayLGrvGGML0xfG"
    "YmLDDdpZQbErtynZmby2EBYLYbExxCEstr5hsVD7B2r/cLFN8j6ZPEwyZ1PJouxQj70+/I"
    "W0x/1EkIy0R8jFq3Eu3o2hqfKmyyqYMf4k6R7RNu1M9YO1FqVw853H4QmPqoJJa2TcoaeF"
    "Ki+Q0xGSEIUOeUXW2kjSFdKCHmj3QO7QxhpGRDlBbogUws+qZVu/xE/EO9A7QEfiYIFqg4"
    "4EOlJo13/Ephd0nVdBCpA0MIHwPE/m1Xl66tV5LPcKBCsQrECwyhCsvroLSqpU9XW74uwU"
    "qQKrE1h0QVoBaQWklWqlFY5sudXLKvjujkYHPGJRcT3e8amVYsuNUWZNrRpOqwyo6dSInj"
    "uAnxNWpvSjTLz2jZCos1acqk4yKZAmfkgJhsYhkSVm0yMfkwSY0PNM+cV0W5JBoeQzB4H4"
    "AuILiC81El/ozC7sjw4RNWJ7OLRDGjyVxbZkjmYReCqPszeBQa2ZBjWvhkqCJBoor5IuhF"
    "qBRju9kV1kkSHxWtVPEN2vmetv8rn7+uztO+o8pB/nWDKxiVhMFVItZNlkHClxp+N+XYG4"
    "y8GSAuIuiLsQf/kC4q66ojwhbEtISchxiG6YvBTeNZJ1D3GQLpMFyH6cVO4xBwPC5MCA4g"
    "zQJMsWLUyWjeIbTJS2gVtMTbaUXLofBJv/FGyGA0h/Bi5zc5BRfXgM5xiBmYwfSPc3k6Ut"
    "BxVAW/BoKD7XgL1PhiLfAw1vB4OXskiyAZ5gjvQGfrot0tGLtpVYwR8OBkIwEDbJQIiXkq"
    "qVspn4lI1wiB/bXsLQE+eq8lzEMBumAsPsTsPsHXmrmHw2V44hHqKGYV5imK8IZOWw9ynB"
    "Glsc9t+MuWirdtIB0TmgD1ED/CVGvVfZqKjjLUbYiEUncqza27c5VnnSKv1oNfosEutt2C"
    "vRwkQSLecAitDDoC8+6Jd3koh1ikWCupZ5vl2EEs63y3G+HRuwjuPMxqsEwNX71GPu4rSl"
    "jrrjbLy7B9/97ezs/Pz92en5uw9vL96/f/vh1D8BL/4o6yi8y/4nCnuIPXE+OIXak9d4QV"
    "8vY4ayECe21Mc8NtPCplMP/qTbm/a/CgXtFC2HqoOcvzN9cju5EYZXwlUH+ZczXRh3J/SW"
    "87dVYqd48y7HRvEmqjxv9wn6KMwtr3CGGM9UzbtFZ3TRhF3j4Jn4K6WklSlMCVYmXqxMCW"
    "7GeIVzutns4WpMowd/Y6aDLAYbuHS8kbXDpZM24Ar7deB8XDj09XBnuURLmO1bETuhgFoT"
    "cQvl+e59ikQ4u7iJeB37cOFagmQ86UQ6Pd6peTXZWaOhoxWdvyg8Fzh/sY5QwTldhSFbW9"
    "I9ruR871vaU97zvWu5WlVznBk1JTX8OLOqTjKjUDXyJLNDRq5114pqO/MwIX4t8LSdFcUm"
    "0XbOusAaQhAbBLHFEIcgNj7Ni3mC2MhkNkyxRLB9jPCgBsVjBlZVk7/g4OOkA5dBNkgJtt"
    "oYtoVdTykiRmXewiaF/tmSSXZpB6MCIEfIwKe326fnQpa0QOzEOXFtqArlJg1na82Uh8Ih"
    "w1E6gHon1FDN4YVDyRRsS6qWhf6vk9EwGf0ALUBfHHrX3FhwMQ9TNQH3Q68xkHd9xDgICI"
    "E4QFbrC5fZ+9WYtxJsgvR2O8sY+JvbAIyAYAQEI2CDjIAe7+abgvtpjBB207Cs8kC+fbI0"
    "uDvC3aPl2GLVuhamXXHyfdjrIP9ypg+E7pV42e19+dgfDDoo9NF92r++GY2n7jPng/dk+I"
    "mMZ+8J+zDThX86zZ2/ToT87VhwQuTJxUwfC1NhOO2PhuLkmyDcdFDkxkz/InwXx6Npl97r"
    "oOCnmf5NuPw8Gn0Rr4RB/6sw/t5B0Tsz/brbJz+G/k/af+5OJ92bGwLM8Io0Dn4kT0fjLx"
    "8Ho2/i+Ja8KfiJ9TIkX6w77AmsM+9Dq4RsXb09ivecjPimS6QWNyPjH7fCrZstUWAEO1Qd"
    "5Pwl4+h2OCSjjowf54KNrPF355Z7RfM2ej1BcPM23MuZ/pGMDXrL+VuGo9XnbaxM4z7ZHj"
    "NZSpqWmukUpCuV41Rq/z491ObtZDidn71/5+c00Q9ZWUyT6+5gEE9bkmwbL1dJ4R/ZgAbp"
    "ANBQyu9GM6SEbTLdUhUgiUqaqmyjP5Cm5grVKpcFtpXz52tVs1XdOqGvfQlRn0KUbciK2q"
    "wiMgvtIG7Isuj3L8CPLcVe7KiPCHgQ3LFpGglV2TJqmngEzTMbvj09zbETklapWyF7FjWO"
    "K+sVFh/wpgjKYapKoOaocMxZLqDPMoA+iwNtrnVRurOTagzuqH8aJITyp/zkJcaNBkTYN8"
    "uZisKUwGWeuXyn6qq1KMXmCCnwmWc+Q3J5+n5ZT8NvAtvjEfrgSgVXKrhSy7tSR2t7bjxf"
    "03KeCR7VwNN2lmPVYO1Eryro7rPLBJo2iwjZvUFARpTwBN2sTfId0fkpUqSNhZgYjVSbnT"
    "aGdRu9mtwIPTRbn55K79/9Ej/FrKpOwcnLwTrUBifvT7TX53Hy1mivr1+2B8F9n7jXMHkj"
    "KlceO/qSQFg0vjtAwrGPnZu4SzccvtQAD9DC6C4xuueGshFtAm8p9EPUgH8J/NPjeJIRP3"
    "Tszgt6Zi4+5FhYLj6kLiz0Ub2CThJcwFSnqzTsZCIMpx1E/6eBSjdTGqB0M+UzpAQiIFrV"
    "RkBQTbqMH2VLBsZ1fqysjuoVMwS+jIGqGzawbO+2M8t+KLnsUIUC/f8dM4AusS1RdfI/YB"
    "4C81A9JKHmmoe8yVhAyA2QNFDOrV6BTj5MKR3f4x+f1DrUShVRIXLFHF1kxBxdxGOOwIPd"
    "tGUrjwc7S3dMjT7aR1/kTEw+dEIIvrujdfcesVgc6SRawHw35pIiWilFYTKqRgWJ4PjrCK"
    "SytFxJ6n1Rx1eEDGDltRRDc+DlNoCIU4iriyCKL8EVgNxVJrhJBX6j6Ia2nd24egtqBcj2"
    "Al01FNzI9lM08C1wmg2U1g8jfdjSy0pXlo11SuVl/2E72wJLzybx24ElFiyxYImtv0kDLL"
    "H5uAuWWLDEwrLFzbKVxxLriisFV64wFSxeORYveW2aWJcL5bAHaY55XvKkaGBUSZTzxKSl"
    "h6TFItLo6vJfQ8di0Y0iRtg8e3f1A9pbA9I8DOkBZTHCBp3Gfvbm4v3Fh/N3F350mX8nK8"
    "QsKbpMwzL98TFgLw1Dw5KeFl22JYvAOid0h1oz/DtBZIsqvfm1s8vRaBDaYC/70XDg2+tL"
    "YfzqDRvQpJHq2F/iOLODb62NLpcSfeLUENPHj7QT19LA9QGuD96smu3qk6fjpvs97cgNNN"
    "sf2JhMHUiJhmTXs5RpRHa9WGBABgMyGJAbYIkBA3I+7oIBGQzIsGxxs2xBKO/Lh5VCKO/x"
    "MVckVduI87VynxRNllFzNkIHWO/GWlPv2KpeAu4EUkB8N+IG+UZLz75wb0haEcwTiZuH+g"
    "HqsNDyuaInvxSRjsKUYF/mRxiKK3FYV0rxOEgHHOaZw5CTAjkp9YAXHDM85KRA7kQRiCvL"
    "ndg7c6KbJ2+iLjCHNS5IKzmiJ9CftAnOwOCETvcHBlcQ8AiCRxA8gg0wrYNHMB93wSMIHk"
    "FYtrhZtsAj+PL2e/AIHh9zgxVCJ7gV8pUEiZqHcvW7Mfhdwe/aXMTBA/gz+Ics21iVZHKA"
    "EHjMM4+Zlu1ZVsrwOrED4Dn3PPfU0tI8j3YAPOeZ59tyTsXLemaWSPg5HdLg7wd/P0cQH6"
    "wGZaAE3J5Ah8rONRTl2FoJTv8DOP2dpNK94WlWWVQIi8hE55BhERQqshwuWwlhEf6zdlZY"
    "BOWXeOc1g7gIiIuAuIj6OxghLiIfdyEu4lArFcRFwLJ1kLiIFZGExBJrV5Sueb62g2TbQQ"
    "zKIb3HhixphXaILUXz8K3+sGbyIy36nRKG8K+T0TAZ4hBRdG9QZRv9gTTVOpgCH1Ao5mtV"
    "s1XdOqHvewmdgoIU2hZix8lHT46PrPe0g+hx8mCzBps1b0aa9iGLB4JJ7Jgmsf5yZZj2R5"
    "UBEjOKBZ62d5rFVNaYvNhtvcs61urqaL3SDEnBCupNvqInSSXr9z26M0yk2hZyOkS/GfMO"
    "sjDZyBUk2YjMZbuNnMGloKcF1pG9wLQVwrpinbQiYB/wNQlWPDDVgamuFmt7TXXePKY68k"
    "ttnOQKFXTZ3KwIi6b4OaVOfIC2ETa7LLYK/5xmi6s+Vwej4SeveVSGjejA6n+xON/YuEhx"
    "/jBRqcL8pXA/PdTcqrgsP+gABw0L8qQDMgQLohun3ANcPsVR0K9qpF+ljOoKkL61cA0tZn"
    "kBjs/jEL7ka6Dh7WCQpcAeOm6hlRKzsFsxy6WMVRGq4GiB8XiFePOwdE1J2ijeKux3Smvl"
    "2NBFU9IfsprhpaRq4lxVnpOfrxb0LCbnOWhtoLXxuWM0WGu7Iz845RC1HHpbiBo0txKaG1"
    "sgS2HvUzbByfYisDv7Tgz7jJT6ENWBcI9tLjX2zbPtvdTo9ilhdBcf3QGpqsDoDlPB6N45"
    "uiXdesJmgsnNH9/pDvwALYzwEgbPjKAfQV8vY/p1lQFAOWSWuIZAtcYJe+/JUPhWUDVoEZ"
    "IOIv/N9N5oOO32psJVB/mXM/0ft91B/2Of3vUvWduvwthr61zO9MFoMu0g+n+rxDSqPgAm"
    "okqGGTpZSpqWbsIOkx7Phv0mZsR27uxluT4/e//ON1rTD1n26sl1dzBIOEvWWJtySrRWjo"
    "nhUx8xupfNDPbik+vukIzeopPjWph2xYHQvRK7V5MOCn2c6U6f5Db7O9O7N/0OIv/N9P71"
    "zWhMpoLzl4/JsNIk28t0yb1xB2iasJkcGuOQ2awAzlG65mFdvYwE9TN+vloK9cp5OKpGUk"
    "9DYp6UB3Y8ukRr4Kn2puzx6hF6mOb8MDw+zVP2z8xSKeCuTwqFcDL2i6O5JQJEw4i++NE9"
    "jURVWa80VSY/WjTuCiKbQArohtGlKlxBVAMkgCZE7x0T3ifyo4viGqCB4QoRe3xE7L3MqV"
    "18DuK9Du3axuvFZdsKwM1bkaqmyIbE+Vy4VoJpowHNDWayxb0wnMFqVs0ENSBw5oCVbfgV"
    "4NrsMOigWJQD1KAmVdGYbS62CWpn4RjzBOghUzqttCL9Kz4ZZhXJ5EPS1zfSVYMk1jBWRi"
    "UjaUi6aSpEboCHvJD0+yqwciJweqy7pmJmS/eiaTxVgNZUum8qSPjZL5uwJ1DCc7BaQwOX"
    "dPoU6/sWFKbjqef01NQx5R4ClljKqShUI6+vJoF16Gw9X2BIydoLChQ7yqr4cgxru7Ooyk"
    "jHaK4RvBHDHK2wiSg1Mu6QhGiPf7EQ7bODnhaGhl+zhxaWTHmBnlQyCtY2q3RC25A+kExo"
    "zHhVlQO+Z3dZlXj6Hu0dsvcge4/r5aimQTd5sve28y/G9PQwxhBRI5L2Dh3EmBormr6OpY"
    "eJgu8QXLPgSuRNNm1X4Ur06j4cxyRbV2gDS2PRepUHVyAM9lWSlQfXzLZLcfCaVVr7IyaJ"
    "e0MtIL2BCA4iOKdLQ4NF8LmhJFR6ypHh7hE2QgI/dv4vYcnCKBp/FiKCADTQcUDHqRO8oO"
    "OAjlMXaHfqOPHNrAJQmx0nFdq+uasUGYosSFEho9EHO1TJUPBDPj/UdIGRQ4YWqmUb5mbr"
    "GWIuIbQ0HrGCVLuN7kxjSW5J5NI23AtacT/udaqsV9BsQbMFzbYmmi2dyeJ+hZYiXXBcMK"
    "PRFZYIk/fjY6gDng0WjWajIwiUKJgfIwTjBxg/wPhRJ3jB+AHGj7pAW8j4sd2bwACyK/k2"
    "uo1zZwShCQMptg83l2CHycN2W+0+xRDdmRi/pvmIiLAVa4go2I5F4u+I9GIhycQsPNaZ6B"
    "ab6OjVD/LsB7pTNRubbUQ/0S9n/fgl4QTDg7wi8WAPb11huO0+yGPbDIwiYBThb6NosFEk"
    "+aiM9GDbRh2OAXG23OsJoIaBGsYRxKCGcayGvYyeIJiStTbx1FgSIZ8e8pKgMMTaZGoO2G"
    "lNZOpg850qBBkoWCEyvbZB800wqw5bHbQyjUdMJHwdub2TS4U0MuQHC5n4tXN8eZtcPmLS"
    "PdINe0GYFtciDvYWOAadg/0AFARQEHBtha5jlj6vRqTdHsFQNOsxTgknXO1UyOCYvKPADO"
    "e1HQVmsulYSbpZvhiILTXPtpyWMO5ObsdCB7kXM/26PxyNO4j9IZ/o6UhkoyT/CQOyW46G"
    "7olJoXszfSxMhaHz2L+MCrd52HiWh41n6Ww8S2AjAdAqWi4/TAUBEJGFnqgfpUTVEGEDJd"
    "WaSKYeJtm2azc1Nbft2m3Pcdheyb3l7PQ0z6p0epq+LNFnCfbAF7KpsBpkvcVaf2glmVMC"
    "j9tZlpSVqT5K8kZ0q6PJPkWuAkhdYfL6U+/6tYUlDSvI0lQZs0BxHTkdon/1b9CrubEmY0"
    "BBS7ykkeRzw16wCHH0ZKo24SGzgVjYfCTXCW7Zg74p0TvrdEkfW/j3mHsWrCxgZeFz72qw"
    "lYVOxBi704+JdVof73jYQzLVOSv27M3F+4sP5+8u/ANj/TtZp8bGD4ylEysO5aWqS+YmGU"
    "2PIgLnfONWs60ZoBloXdLE8+CEINv/ZX/YHX9Pzl332gcH++X3qdCNStvO9lpsgwgRgTM2"
    "2xm73bL39BEWqu7KKbQ7PYWhocWVr3CLfqpY6/Emt1R75xHkCTJUddVaEBFyK1a2kSt1Sj"
    "Yi49FmZTWRalvIeNIRXRzRA960mVxJWs036MdfHWrrr/+zjQes//kjMdjwgK8CXyEHyxVI"
    "sSDF4pjsJZIZHOd5jvpBQWKeLdKVmNoOUUOIBnYnzbecqa0+Nc/gt36dUAs+/X+m9yZfO4"
    "j8V8aM/yGHvexDqrXsQ9SGb6n/xaKvMUR1j/t0TS5E1ySF7m9nZ+fn789Oz999eHvx/v3b"
    "D6e+Zhd/lKXiXfY/US0vxIm42mctpLO374pYg7cUPA94bpyNRA5TyU5RxqUSojzOjs5JJA"
    "hPG3gul4pCBHHNkJJOO5osJU1LXchChMdbx06jPD3de+E6P3v/zl+q6IesxWly3R0M4qsR"
    "czQQdNZ6wmxJxTBCVWsUK7PnvbB3nLdlvhr3uLVmx7GIJRJUEkgh+CAZ3bVV+EjpBFJAN9"
    "My6s70CkyjN45ZbbztsJ5rw07zaHhx3J2eEhyUFeDc7KT2hBmcH+HjJgLVHOE98oEiklol"
    "J+b54SgNWTUOerpZZK1NcIbEV+PdDpHAXpAvwsclQNKcniNmkDvu4DpBP4LZCz+QarGf4C"
    "Q+3Rkmkpwo09uJMPa7eUV+74ZWT7BS4nwO/L4yR55t66CZWMbqI1SoBP8J1+tVg/0njE0x"
    "fucsaejS8mzMbHV7PWEy6SDn70y/GY2n3cv+oD/93kGBDzRcvzftf+z3ul7IfuDjTI8nBY"
    "wuf6VNaFv/ktVBnAjDqUg5dzXufusOWEHEyL0y/oPq0wA8seaBYF52EET74H0wjG6HUzYa"
    "6MVMHwjdqw6i/7t5HXS362w3vjKMqr5s5X6lRw9fd7QC23frRhhe9YefxK/CODALk+7OdO"
    "cTrTXqXc30Se+zcHU7oDf9y5neH4o349GnMVsDAh/oRL2+GQhuwVL3ki4CdCbTm94Vadkd"
    "9oQB69m/5GMC03JmOtbKDowAOdfT9ub2ctDvkcHA/s70+DTuXl33yWhhf5yJ7MxhTqZvfW"
    "yfnHixiuRd0VTZOKQ5wj98yiZk5xw79APymo+X11xqdPuUMLqLj24F22SgJkhceaLKtrQA"
    "fYmFxQ0x3iu0LNYJx5zgNcCMvOtOpfjRWiqyoRRKfE0krkbI3G2OO9p6fwCJnkAlLiRrUQ"
    "zsABHHI52bXZUBVj68LIG8AqsnZzyoiZEzV4wZY5hk23i5sgvHmcWIax0lVUWsWdBtU3Dq"
    "REgb6Cxo0rx5xKZKfkgZRkdIYX3kmc/KGpdg8ZbqKNzlxDRVO+Za8gIra41MxbukI1KzeR"
    "wjBlZzzGrZWK5oTFIpL36EFlZsnjmNn21MC/OIirQpLNHGiH96iZYhYpH3Z5n8qIUmA1Cf"
    "vAka+LGtfiambi5qLEorMZnD8prUCTCjODOMtU12gwR7X/oMCJBENw5VttEfSFNzBbjXB3"
    "mKRTbyUZAj2wDtIIr8b8a8oIN4SwFZG9ElZamyXa6MlSJECqIQz6LQeqWUDFwNUzbQFlXT"
    "wNUEtrvfnsNDAuozsyGfkM98wpc99opPhA9z6hWkFVaYVpjntNxoWEclaW8NKyV40Kw3mp"
    "fZI2/EemLKW/Bxe+fRwnKgZa5kN+e4ZVZWmh36+xcLuX2gV+RdWFde02yzXzo032zZRizH"
    "jNC3kU2UfGQtjCdy7YYpJ+e3Vf+KPCltXtbsam2StZ6NxkAWFKSyQSobp4tQTTWCPKlsgb"
    "lYJmQwQM51MkR32B18n/Z7NKfNu5zp193xF8KB4SdRuO72Bx0UuTHTv33uTifdm5sO8q7c"
    "jKf+cCp8GncD59gE7kTX3JeJirs3JZ0CHxceDIMsxXryZA5QRQttEzJ+WFrFank5Gg1C8/"
    "SyHzX03l5fCuNXbxjspJHqSHEJde2MtSkXCvbcUvA8c0pGH17kCau9SI+rvYgF1q4MTZU3"
    "4iM2rUSNL+O8shhlE9wbYbzPz3LgfX6Wijd9FHHuPaoK1pOGdB7XXoC4CWAf37EnGyY1pc"
    "83hQuqRSnBjhTGtkQ+YTV5hLyt2NXAyY1JuTnwcmv15BTiw5g9j1vjq67Q7lHc69AWvNHc"
    "DWxppdjwtg3aO614Rqjt7hM8dORT0PMxHDMbsg2kqGSLttFSMh8wOwuO1owiGvqSjg2kYF"
    "llIVEJJ3VU0mXiQXPeUGflSOCcOTDL1WONarBZbp/iQrUoKnTVp6WiRN/g1kHROzO9ezsd"
    "XRNmXIlXQq8/6Y+G1HwXv8mHuQ0sQAe2AIFSDEpxTeAEpRiUYt41N1CKfz6l+F7SPhsRNS"
    "72sJ2tDJNm4sJrt1MR/oLxygpWUP6LhUzjyUJ3prFEhPnW2sTsPHSTgKQ7uhr5o5HPBEYL"
    "K3FNuKI+4XBKDpb1Nqi+oPryIYrWJsO6gCBaIhT9WCHo9QNzryTLvVIreVt+ju0PX2mSXE"
    "bxj9KB2h8d0Y48VCrbL0QK2X78pH3F91SfWSVMZ1FKmENg6zkwvGDreSlbz8sYJsa0vt3K"
    "JmxrJVgmAk/bWaYJ02nnnU2/2zYhPGJzgwTl7O3bN39Dq/VcU2VEqJG9kGyEyVNkkdGEFS"
    "Qht/MO+vHXkyesaa8fyFqr//X3taTb6vNr9/FrQv2DVW2wSCd4GbddHOmdYNvgYBlrg20D"
    "bBsRt36KVz+Z1Q+Js6ukyshRBegDVPxnC6m39OfODAhRNUIzPwTQMXHspaQE15g/XrPvmS"
    "AoBBvskBXcpqLptc0V08fkKIvJUdTp4LsX6MmP1CEhk5Fyb5ibNnpS7YWq0x0ZrTTJpnm0"
    "aG6sdSUltK+ynhMj/KJis9cbRPuBWFCXla25YoE/GxP3rhxHkgXoed7FUo4SFHuj4bTbmz"
    "pHCnqf3Gfd4eSbMJ64z9xP7jPyKsF7wq5pcu5k0v1E73pXNI7wqj8Vha/CcMoCCLefZvot"
    "beM/C36a6RPSgxN06F3N9G/C5efR6It4JQz69Bg9+qb4PTdJuHs1Ecn4co9V8z/OdOGf9B"
    "BN8WN/QOmDn/yzMCf+CZj0/M1x/2u3910cC/+4JYONPIveod+2Nxam7Muyi+gu8zJphMmV"
    "VlOLrB6/tuohVyyn1OrZm4v3Fx/O31349Vb9O1lFV+M5xpKcbPXKt0hsqY+3RLR8kazL3n"
    "5CpogwFQruyS2HqoOcv2RCD0fD79f9fwk0m9+9LDPcqz+0EMrqNW3/TvCv8FtWjzeegwsA"
    "XAD5lPtbi9wXHlMqbgWetrPU+jVtJ+LH3PW2bkxDWcs2Il9L29iqbLWRZZMRpCBa/4qp2k"
    "zRpkExRC33a8d45bLiunwlPeappgWls0Br5395qumun0dr52bXb2KsHfubqOkkI+q159n8"
    "UdKI/+b0NI+acnqarqfQZxGHiWQnnJaZ54RklxDK+pQp63OHTTOpim6uENItMYBfHPwXC4"
    "XmbXU5iFJ23OLQnEK6UwlLqwr94soXNjPqHQcft7PVL/Lz9qp37GpFicWId5cy3kmdR6/y"
    "RjJUKQZVq1aLEKhaPKhaNdnKoQY01ICGGtAdqAFdpwpAUAMaakDzuIaAvYJPIQfsFc21V2"
    "RWdw03aO+0Wexd3ZX2gl5Jc2NtU++uaiLjSUeSLBtrnZanWZmGjC2L8CTBjLF/d4kx394Q"
    "h6quYMao0drUYDMGVHWFqq6csIobnQ7EXBBzQcxNFHMJm5ZjTL69rGqqlCbrJrTKFHiXmM"
    "okhEg041Q7Rd8rSdU2SDaWK8lULSKCGXfomvRIhFJ2HAGTUFnSosTODt0GPNLHlhcLSRuo"
    "CdGT1XefKx2SwcGAUUFUBlG5Lutbg0Xl0IwsIH1F6Roog1VfPYGBVjTiMkR0xJSyQ61eEU"
    "E3V9DlRUbQ5UU86JKNS7aFxYFOTYkME5VKjOTMkl51XqSz6RcGNkp2vJzT05oAKy+w/FBu"
    "6w1RNnDrrclWm5C9GN9rsWkaCVpi+tLvEzTBrxdxouZa988z1v3z+LrPTfhSjWYR5IdCfm"
    "jAFkKNAD1D19N9fpEW7Z02EDncOFes8gqboVJNHcf2YOj3rzX1ESuO5842HrDODqB4olUd"
    "VRs9SRZyo6qSw5ir6ni3uQPMG2DeqMfS1WDzBluAUl0fObLBoh00ws5x7BCrLYhzVXkuIg"
    "HHKQ/FgCZV6dyilmxsKjTu9zI9caaDHHvgSzINHxKZOFGKDdEOgAnFmcDAE/HzSiX7Son9"
    "P4kejuHg2dBCVE17nVAOL18E0Jb6iNb2rUY1Ya8/6Y2GQ6E3Fa4Kitktn5AVNnQuWSXE/p"
    "hFCnlX7j3azr2Y6UNBuJqIY6F7O/3cQcFPM30sfB19oa3di6h6lWerq74QnKuTiZZs0L5i"
    "LE+Pm49TRie1KtvoD1bx/2Bs3ypW87Wq2apundD3vYRuRZHKXnujy2xk5tIOomuvgmVN1U"
    "vxJ4EUGFQ5gzTJskVro8ulVOM4NWyMPG+MjF+F3RBhqiaIoEfwRUCF0nT062lvSphhsQql"
    "rq27zAlwCaSQQA/+vQPDC/69l/LvpS0bFUCdM4yczzViJ8IJC2UIYfI90PB2MHgpF+qou7"
    "YXVIvHrQT3aeBpe6fr1CB7zUK0/Na7MyYRaWwSbJCLErrTjCfHycm6+YuFdIMMnrZzlA2y"
    "DebxbIecoszzaWJFNUkPt6b6d0RTIDX8mjRNSKs8zjvhqD0Otos2eFh/Iok3j4fVm7Li2l"
    "SLKJVRukY4ViNZkqe5FEvaLD1T8jSuWpZ3ZVTuxOCNATWZWLmMNetyB8av4bD4evAXtNmD"
    "Ggsg4RmMA0eG+DDGAcgtr3Fu+Y10n2gGYPfbOw0AK6/ZLs0/Hc9cidmQkw0qdb3WhQar1C"
    "XSsSETu1iELP/H3tQ5/xrCXnkIe5Wsh0IBVz4BhFllM6NEmJVF5FG5eIHwINkRK4T7d4LI"
    "F5U7X6Y0+HpOv928ONIhQsA6P9bs24nlSxhkdAP2S7Bf1lB4BYMbN1YhzrPtb7CukJ/5ia"
    "YitJKsRMHn7d3WIqe5eO+3zxEw4uS6G3NbotH2tC42DdyQJU2jv7GNniSVyGP3rNbfD1ox"
    "kGIXLgLww6OyyNdnsR27IkaO81IIGeFgTWuDfQvsW2Ae4M48AFmxP5m8DrUweJh3UJuBE0"
    "ZA5jDXFlPIHOacQRCF+lNIDRCF2mz+ghUXolD5hhOM4hCFWhdoOY1C/YbnC8N4EB5xsp8h"
    "9Ly908/w5DQXsd9+p59husBIWZu0G6Tqc+O5gwi1uUEWGT5YYYcPIbdfNDeUTds7Y+gV9j"
    "TiX9Ac35F7TuN7bFtIJf/OTk/jLoYDv2+mz/ShYSMb60QXfG08kT6djNdQTqtqIUPXNuhB"
    "p+eK0hxY1oa+jz5zjxfFygm6WZuEc+j8FCnSxkLSnY1NlN+P8e9A1bKAafw/4N8A/wafK2"
    "qD/RvOIcNxjqeHl24pGmFTPXT0Ll0/S1lOPcJGoHxsgykFr3AB5xBRNbDv3jpqPLRrWLo0"
    "KDy6xUtvhOFVf/ip4Gbdcsk6yL2Y6TfjUU+YTGjZUf9ypn/s9gf0lvM3KvvlYVz1hUgl28"
    "bLlZ3AuslS0rTU07GCdI05Gev87P07/1As+iHrPKzJdXcwiIeXwmlJxz0tqZCLJYkWfCzV"
    "+1h0Asa6lAIRIQUjPM9GeN8QUILRUdqjcPqYIlfdGR2zX7+MDbCLTVVetBKsf+6TdpbdT9"
    "q2qTQVfZ943FSZKtFclSBNuaOYX2WjknNG081Tj9i0Ej0n6UJWgKQRSnSkYtfbt3kKdr19"
    "m16viz6LaAZkUhVA2G3eQHTf5JJi32RIsW/iUix5o42TziNOF14DJMeXWV9mo6xMOn3Rze"
    "zP/wMelMrF"
)
