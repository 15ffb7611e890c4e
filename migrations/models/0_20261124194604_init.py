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
    "eJztXetzm0i2/1e69GUzVYrHsR0nq3vrVskySTSRJa8kJ5NdbREEbZsxAg0g25rH/367eU"
    "g8GgQI5IacLzaCPo30O/047/6ztTAUrFlH3aU6NR6w3uqgP1u6tMDkIvasjVrScrl9Qm/Y"
    "0lxzGktLVbQ3zeaWbUqyTR7cSpqFyS0FW7KpLm3VoC9pddFSMm0dm8ghQq++//4sHh0dff"
    "+pjSzZWGKFPECGjpFh3km6akmU8n/IHW2NVNtC95J1j1QLWbZhYuWIvlUxZPJaVb+r6gUr"
    "Xf19hcnPvMP2PTbJa/7zX3Jb1RX8jC3/4/JBvFWxpoSwVBXagXNftNdL597NTf/yg9OSfv"
    "m5KBvaaqFvWy/X9r2hb5qvVqpyRGnosztMfppkYyUAsb7SNI8d/i33G5MbtrnCm6+qbG8o"
    "+FZaaZRRrf+9XekyBQE5b6J/zv7P+2qBZqI4HE3FiTAVxVaMr/QrRDjh3ZINnY4JVbcpUH"
    "/+7fa7BcS526Iv6H3qjl+dnv/kQGBY9p3pPHTgav3tEEq25JI6oG9Rlk1MMRElO472JXli"
    "qwvMRjxMGUFe8UiP/IsiHPBvbFmwnRo+uD58FQDeIj9QGZHB7fE+hQHT/pUwmXavrunrFp"
    "b1u+bg150K9MmJc3cdufvK5ZdBZr27Hmw6QV/700+IfkT/Hg2FKFc37ab/btHvJK1sQ9SN"
    "J1FSAsPUv+ujRlpuue78j/G7dy+ZbF777SNcJmjVka8L6VnUsH5n35OPJ8fHKYz90h07k4"
    "u0inBr6D06cZ/9HcLXWUBFuh7mQTlMVQ7Wu1exgyF9fpYB6POzRJzpIybM5HUFYPaoGjik"
    "35xnAPpNdPnZAk0fhYF2tn8rDvIvk9GQDfKWIrozqLKN/kKaatlVAR3Yl+crVbNV3Tqi73"
    "uJrZkiFNoUfJhfXXV/jXKgNxhdRFd72sFFhB34eamSxwU27TBlCZu2t5zwMhFqskf7mKRu"
    "0ppk2eLKKiScRWmB0zxz2sSPZE8qwucwJXCZZy77CtN8LebTbWOEZaq5/DJ4p1a7hdY1SP"
    "zhGCRygssgBXgJvNQuc/vAtBkEIYtD/cEwsXqnf8ZrB/A++T6SLrPUR89aNop0V0+It3e3"
    "q6gpPW0MW6yBRi4IAth2FZbupNe9FFoJa0YJQN9YuI7KTVaAY8skG146sOeS/PAkmYoYGu"
    "H0iXFiRO5s2sYfLU4W0TuSLt05ENHfQr+5h31ff1RtyfvpMYNx4Gk7zWSshtvtshknQwx2"
    "WQ6W2DbYZcEuG1bsF5KqxRku6LK5XhIGTfGznaDY+5SNsGelsVT4dZpuUNlwdDAafvSbR6"
    "0sf8dxF+eq8pzHkBimqgr4JhlsTUNj+B36ui3oq0VMiglruh5pBGbPisvH+G596QtfhXEH"
    "vTme6VfC1QW9PiHX3cur/rCDTsnl6OuQ3j07bmXjyB39uq9PT96dvydPnV9DP7xLYc3kqj"
    "sY9IdTcEq8xBjnyDhbp2Wdo506kzVHkmW8LCahRUjBasczn8E2+yNw2VGsi9hmY4RgPATb"
    "LNhm+YK4GtvsduqDbXYXwLFlkifb7BVezLFp3avLFsM2G3jaTrPNLsLtSrXN/ic2r1d0vP"
    "wXbLZgs63FOtFgmy3YtF7QpgXCZaWyO91lcsIaIAE4QVbnRFZfeeI1SOlp0AbmLk/yeWhg"
    "MyT06MBPltGjMw4iKEAaB2m8SdI4ZLZVm9lmaau7PPj67cFxvNNx7H1hAt5Kt02GUTEZZQ"
    "bp4QZ062YS3xm8e6WM4yyjOHkMx2JQ8O8r1cTi4laKQ3xhEJVc0pMceiHKCMJzQloVxJs7"
    "QYzzSizZd92L0WgQWu8v+tEgqhtqCHj1xoGdNFJdQTGuoBM0FXdYMm0kCdlLIaLDWUeOox"
    "Af7zGGXSPHyZuzd2fvT8/PNpaOzZ00c4cLZEx3TJa/A4EJflkJRr7mhUf74fMYaxspmK3r"
    "BItY1GwfTNJ34u4bB4M9gQoHbzcRqq1rY0+owr6UJkJlYcvaf0hN3F4ygMRnTEg6RtJKUW"
    "0RP2JKtN8aRXsSaEcNheo3Y74nRL8Y84ZiIyn7jh6lqasQEZ8k2RGg9oaoK28EsYYiZeH9"
    "UZrgxiIkS4ulpN7tu6X1vG6aCpOjs9wa5mJPnAaknw+km0bjpC6WhmkT9UVjVZXJJXw7PX"
    "1QtTraYTMDVsKYajI8Iv0gPhlmGUANSV9fSVfNBsyw9515Dlakm0bjZBHFfmWJ8r2k35UB"
    "2MTpr+d012jgbOmuBLim0l1TUVqa6qMkr0VqVMbWvhLotdvb2O2soQqfZxbWrf0NB3Rw9d"
    "yemjrAHLSM+W9YLsHGSfEa+X01F7E7SRPvDW1/MYJ09MnQGitDmNgmM4cGYJmrvUX4sd/Z"
    "eNVcKX6BbYk20UuZjlekt96ms0ZjtpT2FryupWYJW1XG2l1LlkUVqTG2MH1hLNgu3KCdFm"
    "239JoSGcdvC/F2EG8XQxzi7eobbwdFRaCoCBfbJO+TycckdTYVrPYMhZ7rw1/Ip9pPBEnJ"
    "p4Iknxon+Vwbmiqvu05pJIc/LN0j2qadqn44rUUp3HznOVvCo6pg0hoZt+jpXpXvkdsRkh"
    "CFDvnVm9pI0hXSgp6U9UDu0MYaRkQ5QV7sBcLPqmVbP8WP2qroHaAjcbBAtUFHAh0ptOs/"
    "YtOP5syqIAVIGpiZdJolpeM0OafjNJbUAYIVCFYgWKUIVl+8BSVRqvqyXXF2ilSB1Qksui"
    "CtgLQC0kq50gpHttzyZRV8e0v9to9YpBOAPbUSbLkxyrSpVcNplQI1nRrRgub4mbEyJZ+R"
    "4LdvhESdtuKUdURCjvzTKiWYMZYNssSse+QjS4AJPU+VX0yvJRkUSjZzEIgvIL6A+FIj8Y"
    "XO7Nz+6BBRI7aHqh3S4KnMtyVzNIvAU3mYvQkMas00qPnFGRiSaKBuQ7IQagUa7fRGdpFF"
    "hsRrVT9CdL92XH+TT93XJ2/PqfOQfpxjycQmcmKqkGohyybjSIk7HffrCsRdDpYUEHdB3I"
    "X4yxcQd9Ul5QlhGyMVIcPpnGHyQnjXSNat4oRORxYg+zGrjlwGBoTJgQH5GaBJli1amCwb"
    "+TeYKG0Dt5iabCmZdD8INv8h2AwnG/4IXObmhJT68BgOSAEzGT+Q7m8mS1oOSoA255kzfK"
    "4Bex85Q74HGt4MBi9lkXQGOMMc6Q/8ZFukqxdtSzyCPxwMhGAgbJKBEC8kVStkM9lQNsIh"
    "fmh7iYOeOFeV5zyG2TAVGGZ3GmZvyVtF9qE/GYZ4iBqGeYFhviSQFcN+QwnW2Pyw/2bMRV"
    "u1WSfPZoA+RA3wFxj1fmWjvI63GGEjFp3IeU1v32ZY5Umr5DOb6LNIrLdhL0ULE0m0mAMo"
    "Qg+DPv+gX9xKItYpFgx1LfXgrAglHJyV4eAsZ8C6jjMbLxmAq3eJ52fFaQudocXZePdO1P"
    "rnycnp6buT49Pz92/P3r17+/54c7RW/FHaGVsX/Y8U9hB74nxwK0Cz1/jdJ7xvqQ95Hp+F"
    "TbfQ9FG3N+1/EXLaKVouVQe5/2f65GZyLQwvhcsO2lzOdGHcndBb7v9WgZ3izXmGjeJNVH"
    "ne7hP0UZhbfuEMMZ6pmnWLTumiCbtG5Zn4S6WglSlMCVYmXqxMDDdjvHQy3Wz2cDUm0YO/"
    "MdVBFoMNXDr+yNrh0kkacLn9OnDwJpwmWd0hEdESZvtWwmYUUGsibqE8373L04ezi5uI16"
    "FPLa0lSMaTTqTTwx3HVZOdNRo6WtLBbsJzjoPd6ggVHACUG7KVJd3hUg4OvqE9ZT04uJar"
    "VTnnJFFTUsPPSSrriCQKVSOPSKoyci1wgDcjfi18vHdyFFvgQHGnIQSxQRBbDHEIYuPTvJ"
    "gliI1MZsMUCwTbxwgrNSgeMrCqnPwFFx83HbgIskFKsNXGsM3tekoQMUrzFjYp9M+WTLJL"
    "uxjlADlCBj693T49DzLWArETZ+baUBbKTRrO1spRHnKHDEfpAOqdUEM1hxcOJVOwLalaGv"
    "q/TEZDNvoBWoA+P/SeuTHnYh6magLuVa8xkHd9wDgICIGoIKv1hcvs/WLMWwybIL3dTjMG"
    "/uY1ACMgGAHBCNggI6DPu/k6534aI4TdNCyrPJBvz5YGd0e4+7QcW6xaV8K0K06+DXsdtL"
    "mc6QOheyledHufP/QHgw4KffSe9q+uR+Op98z94D8ZfiTj2X/ifJjpwq9uc/e/GyF/Mxbc"
    "EHlyMdPHwlQYTvujoTj5KgjXHRS5MdM/C9/E8Wjapfc6KPhppn8VLj6NRp/FS2HQ/yKMv3"
    "VQ9M5Mv+r2yY+hf0n7T93ppHt9TYAZXpLGwY/k6Wj8+cNg9FUc35A3BT85vQzJF+sOe4LT"
    "mf+hVUC2Lt8exXtORnzTJVKLl5HxrxvhxsuWyDGCXaoOcv+TcXQzHJJRR8aPe+GMrPE395"
    "Z3RfM2ej1B8PI2vMuZ/oGMDXrL/V+Eo+XnbSxN445tj5ksJE1LzHQK0hXKcSq0fx9XtXm7"
    "GU6nJ+/ONzlN9ENaFtPkqjsYxNOWJNvGiyUr/CMd0CAdABpK+V1rhsTYJpMtVQGSqKSpyj"
    "b6C2lqplCtYllgWzl/vlI1W9WtI/ralxD1KUTphqyozSois9AO4oYsi37/HPzYUuzFjvqI"
    "gJXgjk3TYFRlS6lp4hM0z2z49vg4w05IWiVuhc6zqHFcWS2x+IDXeVAOU5UCNUeFY04yAX"
    "2SAvRJHGhzpYvSrc2qMbij/mmQEMqf8pOXGDcaEGHfLGYqClMCl3nm8q2qq9Z9ITZHSIHP"
    "PPMZksuT98t6Gn4ZbI9H6IMrFVyp4Eot7kodrey58XxFy3kyPKqBp+00x6rhtBP9qqC7zy"
    "4TaNosImR3BgEZUcIjdL0yyXdEp8dIkdYWcsRopNrOaWNYt9GrybXQQ7PV8bH07vyn+Clm"
    "ZXUKTl4O1qE2OHl/oL0+i5O3Rnt9/bI9CO77xL2GyRtRufLQ0ZcEwrzx3QESjn3s3MRdeu"
    "HwhQZ4gBZGd4HRPTeUtWgTeAuhH6IG/AvgnxzHw0a86tidF/TMnL3PsLCcvU9cWOijegWd"
    "MFzAVKcrNexkIgynHUT/0kCl6ykNULqe8hlSAhEQrXIjIKgmXcSPsiUD4zo/VlZX9YoZAl"
    "/GQNUNG1i2d9upZT+UTHaoXIH+/4kZQBfYlqg6+V8wD4F5qB6SUHPNQ/5kzCHkBkgaKOeW"
    "r0CzD1NKxvfwxye1qlqpIipEppijs5SYo7N4zBF4sJu2bGXxYKfpjonRR/voi5yJyVUnhO"
    "DbW1p37xGL+ZFm0QLmuzGXFNFKKAqTUjUqSATHX0cglaXFUlLv8jq+ImQAK6+lGJoDL7cB"
    "RJxCXF4EUXwJLgHkrjLBTSrwG0U3tO3sxtVfUEtAthfoqqHgRrafvIFvgdNsoLR+GOlqSy"
    "8rXVk2VgmVlzcP2+kWWHo2yaYdWGLBEguW2PqbNMASm427YIkFSywsW9wsW1kssZ64knPl"
    "ClPB4pVh8ZJXpol1OVcOe5DmkOclT/IGRhVEOUtMWnJIWiwija4ufxg6FvNuFDHC5tm7yx"
    "/Q/hqQ5GFIDiiLETboNPaTN2fvzt6fnp9toss2d9JCzFjRZRqW6Y+PAXthGBqW9KTosi1Z"
    "BNY5oatqzdjcCSKbV+nNrp1djEaD0AZ70Y+GA99cXQjjV2+cAU0aqa79JY6zc/CttdblQq"
    "JPnBpi+viRduJaGrg+wPXBm1WzXX7ydNx0v6cduYFm+4qNydSBxDQke56lVCOy58UCAzIY"
    "kMGA3ABLDBiQs3EXDMhgQIZli5tlC0J5Xz6sFEJ5D4+5IqnaWpyvlDtWNFlKzdkIHWC9G2"
    "tNvXVW9QJwM0gB8d2IG+QbLXz7wp0haXkwZxI3D/UK6rDQ8rmiL7/kkY7ClGBf5kcYiitx"
    "WFcK8ThIBxzmmcOQkwI5KfWAFxwzPOSkQO5EHohLy53YO3OimyVvoi4whzUuSCs5oCdwM2"
    "kZzsDghE72BwZXEPAIgkcQPIINMK2DRzAbd8EjCB5BWLa4WbbAI/jy9nvwCB4ec8MphE5w"
    "y+UrCRI1D+Xyd2Pwu4LftbmIgwfwR/APWbaxLMjkACHwmGceO1q2b1kpwmtmB8Bz7nnuq6"
    "WFeR7tAHjOM8+35Zzyl/VMLZHwYzqkwd8P/n6OIK6sBmWgBNyeQIfKzjUU5dhaCU7/Cpz+"
    "blLp3vA0qywqhEWkolNlWASFiiyHixYjLGLzrJ0WFkH5Jd76zSAuAuIiIC6i/g5GiIvIxl"
    "2Ii6hqpYK4CFi2KomLWBJJSCywdkXpmudrqyTbDmJQqvQeG7Kk5dohthTNw7f8w5rJj7To"
    "d2IM4V8moyEb4hBRdG9QZRv9hTTVqkyBDygU85Wq2apuHdH3vYROQUEKbQux4+SjJ8dH1n"
    "vaQfQ4ebBZg82aNyNNu8rigWASO6RJrL9YGqb9QXUAiRnFAk/bO81iqtOYvNhrvcs61urq"
    "aLXUDEnBCupNvqAnSSXr9x26NUyk2hZyO0S/GfMOsjDZyBUk2YjMZbuN3MGloKd7rCP7Ht"
    "NWCOuKddSKgF3haxhWPDDVgamuFmt7TXXeLKY68kttzHKFCrpsrpeERVP8nFAnPkDbCJtd"
    "GluFX6fp4uqGq4PR8KPfPCrDRnRg9Q8sztc2zlOcP0xUqDB/IdyPq5pbJZflBx2g0rAgXz"
    "ogQzAnunHKPcDlUxwF/apG+lXCqC4B6RsL19BilhXg+DwO4Uu+BhreDAZpCmzVcQuthJiF"
    "3YpZJmWsjFAFVwuMxyvEm4ela0rSRvFWYb9TUivXhi6akv6Q1gwvJFUT56ryzH6+vKdnMb"
    "nPQWsDrY3PHaPBWtst+cEJh6hl0NtC1KC5FdDcnAWyEPYbyiY42V4EdnffiWGfklIfoqoI"
    "99jmUmPfvLO9FxrdG0oY3flHd0CqyjG6w1QwuneObkm3nrDJMLltxneyAz9ACyO8gMEzJe"
    "hH0FeLmH5dZgBQBpklriFQrXHivPdoKHzNqRq0CEkHkT8zvTcaTru9qXDZQZvLmf6vm+6g"
    "/6FP724unbZfhLHf1r2c6YPRZNpB9G+rwDQqPwAmokqGGTpZSJqWbMIOkx7Ohv0mZsR27+"
    "xluT49eXe+MVrTD2n26slVdzBgnCVrrEw5IVorw8TYUB8wuteZGc6Lj666QzJ6806OK2Ha"
    "FQdC91LsXk46KPRxprt9ktvO/5neve53EPkz0/tX16MxmQrufz4mw1KTbD/TJfPGHaBpwm"
    "ZSNcYhs1kOnKN0zcO6fBkJ6mf8eLUU6pXzcFCNpJ6GxCwpD87x6BKtgafa66LHq0foYZrz"
    "w/D4NE/YP1NLpYC7nhUK4Wbs50dzSwSIhhF98aN7Gomqslpqqkx+tGjc5kSWQQrohtGlKl"
    "xOVAMkgCZE7x0S3ifyo/PiGqCB4QoRe3xE7L3MqV18DuK9Du3axuvFZdsSwM1akaqmyIbE"
    "+Uy4loJpowHNDCbb4p4bzmA1q2aCGhA4M8DqbPgl4NrsMOigWJQB1KAmVdKYbS62DLUzd4"
    "w5A3rIlE4qrUj/i0+GWUYy+ZD09ZV01SCJNYyVUcpIGpJumgqRF+Ah30v6XRlYuRE4Pae7"
    "pmJmS3eiaTyVgNZUumsqSPh5UzZhT6CE52C1hgYu6fQp1vctKEzHU8/tqaljyjsEjFnKKS"
    "9UI7+vJoFVdbbeRmBIyNoLChQ7yqps5Bin7c6iKiMdo7lG8EYO5miJTUSpkXGLJER7/IeF"
    "aJ8d9HRvaPi189DCkinfoyeVjIKV7VQ6oW1IH0gmNGa8qkqF79ldViWevkd7h+w9yN7jej"
    "mqadBNluy97fyLMT05jDFE1IikvaqDGBNjRZPXseQwUfAdgmsWXIm8yabtMlyJft2Hw5hk"
    "6wptYGnMW6+ycgXCcL4KW3nwzGy7FAe/Wam1P2KSuD/UAtIbiOAggnO6NDRYBJ8bCqPSU4"
    "YMd5+wERL4ofN/CUvujbzxZyEiCEADHQd0nDrBCzoO6Dh1gXanjhPfzEoAtdlxUqHtm7tK"
    "kaHIggQVMhp9sEOVDAU/ZPNDTe8xcsnQvWrZhrneeoYclxBaGI9YQardRremsSC3JHJpG9"
    "4Frbgf9zqV1itotqDZgmZbE82WzmRxv0JLkS44LpjR6ApLhMn78THUAc8Gi0az0RUEChTM"
    "jxGC8QOMH2D8qBO8YPwA40ddoM1l/NjuTWAA2ZV8G93GuTOC0ISBBNuHl0uww+Rhe612n2"
    "KIbk2MX9N8RETYijVEFGzXIvE/iPRiIcnETnisO9EtZ6KjV9/Js+/oVtVsbLYR/US/nPX9"
    "J8YJhpW8gnmwh7+uOLjtPshj2wyMImAU4W+jaLBRhH1URnKwbaMOx4A4W+71BFDDQA3jCG"
    "JQwzhWw15GTxBMyVqZeGosiJBPD3lhKAyxNqmaA3ZbE5k62HynCkEGClaITK+t0XwdzKrD"
    "VgctTeMREwlfR17v5FIhjQz5wUImfu0eX94ml4+YdI90w74nTItrEZW9BY5B52A/AAUBFA"
    "RcW6HrkKXPyxFpt0cw5M16jFPCCVc7FTI4Ju8gMMN5bQeBmWw6Fks3yxYDsaXm2ZbTEsbd"
    "yc1Y6CDvYqZf9YejcQc5/8gnejoS2SjJH2FAdsvR0DsxKXRvpo+FqTB0H28uo8JtFjaeZG"
    "HjSTIbTxhsJABaecvlh6kgACKy0BP1o5CoGiJsoKRaE8nUxyTddu2lpma2XXvtOQ7bK7i3"
    "nBwfZ1mVjo+TlyX6jGEPfCGbilODrHe/0h9aLHNK4HE7zZKyNNVHSV6LXnU0eUORqQBSV5"
    "i8/ti7em1hScMKsjRVxk6guI7cDtG/+9fo1dxYkTGgoAVe0EjyuWHfOxHi6MlUbcJDxwZi"
    "YfORXDPcspW+iemddbukjy38e8w9C1YWsLLwuXc12MpCJ2KM3cnHxLqtD3c8bJVMdc+KPX"
    "lz9u7s/en52ebA2M2dtFNj4wfG0okVh/JC1SVzzUbTp4jAOV971WxrBmgKWhc08Tw4Icj2"
    "f9Efdsff2LnrfvvgYL/4NhW6UWnb3V7zbRAhInDGpjtjt1v2nj7CXNVdOYV2p6cwNLS48h"
    "Vu0U8Ua33eZJZqb32CLEGGqq5a90SE3IqVbeRJnZKNyHi0nbKaSLUtZDzpiC6O6AGv245c"
    "SVrN1+j7zy619fOftvGA9b+/M4MNK3wV+Ao5WK5AigUpFsdkL5HM4DjPM9QPChLzbJEuxd"
    "RWRQ0hGtjNmm8ZU1s31DyD3/plQi349O9M702+dBD5U8SM/z6Dvex9orXsfdSGb6l/YHGj"
    "MUR1j7tkTS5E1ySF7p8nJ6en706OT8/fvz179+7t++ONZhd/lKbiXfQ/Ui0vxIm42mfdSy"
    "dvz/NYg7cUPA94bpyNRA5TyU5RxKUSojzMjs5JJAhPG3gml4pCBHHNkFinHU0WkqYlLmQh"
    "wsOtY8dRnh7vvXCdnrw73yxV9EPa4jS56g4G8dXIcTQQdFY6Y7YkYhihqjWKpdnzXtg7zt"
    "syX4573Fo5x7GIBRJUGKQQfMBGd2XlPlKaQQroplpGvZlegmn02jWrjbcd1nNt2GkeDS+O"
    "u9NTgoOyBJybndTOmMHZET5sIlDNEd4jHygiqZVyYt4mHKUhq0alp5tF1lqGMyS+Gu92iA"
    "T2gmwRPh4Bkub0HDGD3PEG1xH6Hsxe+I5Uy/kJbuLTrWEiyY0yvZkI4003r8jvXdPqCVZC"
    "nE/F7yty5Nm2DpqJZaw+QoVK8J9wvV412H/isCnG74wlDT1ano2ZrW6vJ0wmHeT+n+nXo/"
    "G0e9Ef9KffOijwgYbr96b9D/1e1w/ZD3yc6fGkgNHFL7QJbbu5dOogToThVKScuxx3v3YH"
    "TkHEyL0i/oPy0wB8seaBYF50EET74H0wjG6GU2c00IuZPhC6lx1E/3p5HXS362w3viKMKr"
    "9s5X6lR6uvO1qC7bt1LQwv+8OP4hdhHJiFrLsz3f1Ea436VzN90vskXN4M6M3N5UzvD8Xr"
    "8ejj2FkDAh/oRL26HghewVLvki4CdCbTm/4Vadkd9oSB0/Pmko8JTMuZ6VgrOjAC5FxP2+"
    "ubi0G/RwaD83+mx6dx9/KqT0aL88+dyO4c5mT61sf2yYkXK0/eFU2VjUOaIfxjQ9mE7JxD"
    "h35AXvPh8poLje4NJYzu/KNbwTYZqAyJK0tU2ZYWoC+wsHghxnuFlsU64ZgTvAaYkXfdqh"
    "Q/WktFNpRcia9M4nKEzN3muIOt9xVI9AQq8V6y7vOBHSDieKRzs6s6gBUPL2OQl2D15IwH"
    "NTFyZooxcxgm2TZeLO3ccWYx4lpHSZURaxZ02+ScOhHSBjoLmjRvHrGpkh9ShNERUlgfee"
    "azssIFWLylOgh3OTFN1Y65lnyPlZVGpuIt64jUdB7HiIHVHLNaNhZLGpNUyIsfoYUVm2dO"
    "42cb08I8oiKtc0u0MeIfXqJ1ELHI+9NMftRCkwLohrwJGvihrX4mpm4uaixKKjGZwfLK6g"
    "SYkZ8ZxsomuwHD3pc8AwIk0Y1DlW30F9LUTAHu9UGeYpGOfBTkyDZAO4gi/5sxz+kg3lJA"
    "1kZ0SVmozi5XxEoRIgVRiGdRaLVUCgauhikbaIuqaeAqg+3et+fwkID6zGzIJ+Qzn/Blj7"
    "3iE+FqTr2CtMIS0wqznJYbDesoJe2tYaUEK816o3mZPfJGrDNT3oKP2zuPFpYDLTMlu7nH"
    "LTtlpZ1Df/9hIa8P9Iq8C+vKa5pt9lOH5pst2sjJMSP0bWQTJR9Z98YTufbClNn5beW/Ik"
    "tKm581u1yZZK13RmMgCwpS2SCVjdNFqKYaQZZUtsBcLBIyGCDnOhmiO+wOvk37PZrT5l/O"
    "9Kvu+DPhwPCjKFx1+4MOityY6V8/daeT7vV1B/lXXsZTfzgVPo67gXNsAneia+7LRMXdmZ"
    "JOgY8LD4ZBlmKdPZkDVNFC24SMH5aWsVpejEaD0Dy96EcNvTdXF8L41RsHdtJIdaU4Rl07"
    "Y2XKuYI9txQ8z5yC0YdnWcJqz5Ljas9igbVLQ1PltfiITYup8aWcVxajbIJ7I4z36UkGvE"
    "9PEvGmjyLOvUdVwTprSGdx7QWImwD24R17smFSU/p8nbugWpQS7EhhbAvkE5aTR8jbil0O"
    "nNyYlJsDL7dWT04hrsbsedgaX3WFdo/iXlVb8EZzL7CllWDD2zZo77TiGaG2u0/w0NGGgp"
    "6P4ZrZkG0gRSVbtI0WkvmAnbPgaM0ooqEv6NhACpZVJySKcVJHKV0yD5rzh7pTjgTOmQOz"
    "XD3WqAab5fYpLlSLokKXfVoqStwY3Dooememd2+moyvCjEvxUuj1J/3RkJrv4jf5MLeBBa"
    "hiCxAoxaAU1wROUIpBKeZdcwOl+MdTiu8k7ZMRUeNiD9vpyjBpJt777XYqwp8xXlrBCsr/"
    "sJBpPFno1jQWiDDfWpnYOQ/dJCDprq5G/mnkM4HRwkpcEy6pTzickoNlvQ2qL6i+fIiitc"
    "mwziGIFghFP1QIev3A3CvJcq/USt6Wn0P7w5eaJBdR/KN0oPZHR7QrDxXK9guRQrYfP2lf"
    "8T11w6wCprMoJcwhsPVUDC/Yel7K1vMyhokxrW+3tAnbWgzLROBpO800Ybrt/LPpd9smhE"
    "dsrpGgnLx9++afaLmaa6qMCDWy7yUbYfIUWWQ0YQVJyOu8g77/fPSENe31A1lr9Z9/X0m6"
    "rT6/9h6/JtTfnaoNFukEL+K2iwO9E2wbHCxjbbBtgG0j4tZP8OqzWf3AnF0FVUaOKkBXUP"
    "HfWUj9pT9zZkCIqhGaeRVAx8Sxl5ISPGP+eOV8T4agEGywQ1bwmoqm3zZTTJ8jR1mOHEWd"
    "Dhv3Aj35kTokZDJS7gxz3UZPqn2v6nRHRktNsmkeLZobK11JCO0rrWdmhF9UbPZ7g2g/EA"
    "vqsrI1VyzYzEbm3pXhSLIAPc+7WMJRgmJvNJx2e1P3SEH/k/esO5x8FcYT75n3yXtGXiX4"
    "T5xrmpw7mXQ/0rv+FY0jvOxPReGLMJw6AYTbTzP9hrbZPAt+mukT0oMbdOhfzfSvwsWn0e"
    "izeCkM+vQYPfqm+D0vSbh7ORHJ+PKOVdt8nOnCr/QQTfFDf0Dpg582Z2FONidg0vM3x/0v"
    "3d43cSz864YMNvIseod+295YmDpf1rmI7jIvk0bIrrSaWGT18LVVq1yx3FKrJ2/O3p29Pz"
    "0/29Rb3dxJK7oazzGWZLbVK9sisaU+3BLR2ohkXeftR2SKCFMh557ccqk6yP1PJvRwNPx2"
    "1f+3QLP5vcsiw738QwuhrF7T9m+Gf4Xfsnq88RxcAOACyKbc31jkvvCYUHEr8LSdptavaD"
    "sRP2aut3VtGspKthH5WtraVmWrjSybjCAF0fpXjqrtKNo0KIao5ZvaMX65rLguX0qPWapp"
    "Qeks0Nr5X55quutn0dq52fWbGGvn/GdqOmxE/fY8mz8KGvHfHB9nUVOOj5P1FPos4jCRbM"
    "ZpmVlOSPYIoaxPkbI+t9g0WVV0M4WQbokB/Pzgv1goNG+rSyVK2WGLQ3MK6U4lLKkq9Isr"
    "X9hMqXccfNxOV7/Iz9ur3rGnFTGLEe8uZbyTOote5Y9kqFIMqlatFiFQtXhQtWqylUMNaK"
    "gBDTWgO1ADuk4VgKAGNNSA5nENAXsFn0IO2Cuaa69Ire4abtDeabPYu7or7QW9kubGyqbe"
    "XdVExpOOJFk2VjotT7M0DRlbFuEJw4yxf3fMmG9/iENVVzBj1GhtarAZA6q6QlVXTljFjU"
    "4HYi6IuSDmMsXcK2xLPUPXk+XcSItUQXdB2lIo9DySLvWwLYksGkxP7Djxi5qh373W1Ees"
    "uNKqbTxg3Sm6+EQrGag2epIs5FkS2a67sjrenfEI0i9Iv/VYshos/ToLUOJ2nyECKtpBI+"
    "SrQ5sVtyDOVeU5j2Abp6yKAU2qTLFFjR3Smmvc7xXl+oPb0yWZmsxER5woxIZoB7D8FOCC"
    "g56In5cq2VgKCAAseqg9yU9uZHzbJ7qlvWLkgGcze22pD5i1vFWpJs7rj3qj4VDoTYXLnH"
    "J2a0PoZPO7l076f3/smMf8K+8ebeddzPShIFxOxLHQvZl+6qDgp5k+Fr6MPtPW3kURY1n5"
    "2c+eUiZaskH7irE82Vkcp4xOalW20V9OmbvK2L7VrOYrVbNV3Tqi73sJ5Yoilb72RpfZyM"
    "ylHUTXXgXLmqoX4g+DFBhUOoM0ybJFa63LhXTjODVsjDxvjA6/sGkaDAttshYWpmqCIhCJ"
    "YsqU7Xaaku12Gs92g7IcyejX0+DEmGGxshyesbtI2XMGKUSNQ93ziuGFoicvVfQkadkoAe"
    "qMvlM+14idCDMWyhDC5Hug4c1g8FI+1GvJKcIW85w699s7/aVLv9kuT2kysJnqsTovUyFM"
    "DxyVdVmCayo3ZnZU5qvUHiBphFugaq8Y/+VdWlWtVJGAukzq7lmKunsWV3f5cHXxKdEczt"
    "MlWQ+5bKwbArCslm5ZtYhAKudPhA2SHTATdnMniHxeufNlUmBXc/rt5vmRDhEC1tmxdr6d"
    "KN9j+aGQpJrSDfgP+LFuxsVUMMCBAY538xDnVYe72FTl+xbDPuQ9aadZiKRtm1LNQ/vYgB"
    "JPVmDOcsa5Ch4X97P9VKmZlnKoQrLJp0BxiX2rSvA2uSM5dW/fZkmqe/s2OauOPotoqGRS"
    "5UDYa95AdCsp7kreaHsl+LIqnwGSw6ufLyMLlKZoxqSGQ25mf/8/vmCD+A=="
)
