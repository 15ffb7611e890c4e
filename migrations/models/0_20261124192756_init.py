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
    "eJztXW1zosgW/itdfpqtclKJMS/Xe+tWkYTZccdoVs3M7l23uChtwg6CC5iJd3f+++3mRX"
    "lpEBAUyKlKRWz6AD6n6T79nNOn/2osNAkrxgm3lMfaV6w2OuivhiouMDkInWuihrhcbs/Q"
    "AlOcKlZlcSkL5qba1DB1cWaSE3NRMTApkrAx0+WlKWv0Jg0OLUXdVLGOLCH07r9/vgonJy"
    "f//aGJjJm2xBI5gTQVI01/ElXZEKnkP0mJskayaaBn0XhGsoEMU9OxdELvKmkzcltZfSrq"
    "BitV/nOFyc98wuYz1sltfvudFMuqhF+x4X5dfhXmMlYkH5ayRC9glQvmemmVPT527z5YNe"
    "nDT4WZpqwW6rb2cm0+a+qm+molSydUhp57wuSniSaWPBCrK0Vx1OEW2U9MCkx9hTePKm0L"
    "JDwXVwpVVONf85U6oyAg6070X/vfzqN5qglCfzAWRvxYEBohvdJHCGjCKZppKm0TsmpSoP"
    "76bl93C4hV2qA3uP3IDd+dX/5gQaAZ5pNunbTgany3BEVTtEUt0Lcoz3RMMRFEM4z2HTlj"
    "ygvMRtwvGUBeckRP3IMsGnALtirYvhouuC58BQDeID9QGpDG7eg+RgHj7j0/GnP3D/R2C8"
    "P4U7Hw48Y8PdOySteB0ne2vjTy1tv9weYi6Et3/BHRr+g/gz4f1Oqm3vg/DfpM4srUBFX7"
    "JoiSp5m6pS5qpOZW69ZnSN+3z6LO1rVbP6BlglYV9boQXwUFq0/mM/naOj2NUexnbmi9XK"
    "RWQFt951TLPvfdh6/VgQq0P0yDsl8qH6x392IHQ/qynQDoy3YkzvQUE2ZyuwwwO1I1bNJn"
    "lwmAPgt2P1ug6Sk/0Nbwb4RB/mk06LNB3koERwZ5ZqK/kSIbZlFAe8bl6UpWTFk1Tuj9jj"
    "E0U4R8g4IL87t77pegBm57g5tgb08vcBNQB35dyuR0hkHbL5nDoO10J2V5ESoyRruYxA7S"
    "imiYwsrIZJwFZUHTZda0jl/ImJRFz35J0HKZtexOmKZrId3cNiSY5zS3vAreOavdQmsTEv"
    "+zCImU4DJEAV4CL+Vl5l+ZnIEXsjDUHzQdy0/qJ7y2AO+S5xHVGWv66LBlg8DlqgnxtnTb"
    "i+ritw2xxWpo5IAggE17wsKNbrk7vhHRZ+QA9KOBqzi5SQpwqJtkw0sb9lScff0m6pLga+"
    "H0jNbSAiWbuuFTi9YiWCKq4pMFEf0t9Mkd7Lvqi2yKzk8PEcaes804ylj219vFGUdDDLxs"
    "CbrYJvCywMv6J/YLUVbCCufVmb5eEgWN8asZMbF3JWvBZ8WplP9lHE+obDTaG/R/dKsHWZ"
    "bvYdyFqSy9piES/VJFAV8nwlbXFIbfoauavLpahKwY/0zXEQ3A7LC45Wjfjc9d/gs/7KCz"
    "04l6z9/f0OMWOebu7rv9Djonh4MvfVraPm0k08gTfdz3562ry2ty1vo19MtVjGpG91yv1+"
    "2PwSlxjDZeInK2St16iUbqRGyOOJvhZTYLLSAKrF2Z9Qzc7FvQsjWxzsLNhgSBPARuFrjZ"
    "ckFcDDe7ffWBm90FcKibLBM3e48XU6wbz/KyweBmPWebcdzswl8vV272t9B7vaLt5XfgbI"
    "GzrUQ/UWPOFjitI3JaYFwWarvTUSYlrB4RgBNs9ZLY6ivHvAYrPQ5az7tbJvvc17AZFnqw"
    "4Ufb6ME3DiIowBoHa7xO1jisbCt2ZZuhrJ7S4OvWB8fxTsex88AEvJVq6gxSMRplhujhGn"
    "TjcRQeGZyyXNpxklYc3YZDMSj4z5WsY2ExF8MQ32hkSi6qUQ49n2QA4SkRLQriTYkX47QW"
    "S/JR92Yw6Pn6+5tuMIjqkRIB784s2Ekl2TYUwxN0gqZkN0smRxKxeskndDh25DQI8ekebd"
    "gmOVpn7av29flle8N0bEri6A4byNDcMdr+9gQmuGklGOs1bxzZD5+GWNlYwey5jjeJRcXG"
    "waj5Tth9Y2GwJ1D+4O06QrV1bewJld+XUkeoDGwY+zepkX2VBCCVMyYkHiNxJcmmgF8wFd"
    "qvj6JX4umFagrVH9p0T4h+0qY1xUaU9m09Ul17IWI+iTPLgNobIm62McRqipSB90dphGuL"
    "0ExcLEX5ad8h7da5TF1hsuYsc01f7IlTj1znA7lMnXHKAaI6wVOk7+RBNIxvmi4NMenmGg"
    "znib9CM857snSqCvqmLvhPwH8C/pMa+U9gkRgsEivFMFn2l8nFJPZtypi9CxJ3VUe/EB+3"
    "nwkSEx8HQVsVDtp60BR5tuaspa6Wflhzj2CdZuz0w6otiP7qO/Om8y+yhEltpM3Rt2d59o"
    "zsCyERUeiQuxq3iURVIjVo5vOvpIRWVjAikxPkcGkIv8qGafwQTp1e0D1gjlSCDqoJcySY"
    "I/lG/Resu965pBMkj0gNI83Ok4TonEfH6JyHgnTAsALDCgyrGMPqs9OhRFpVn7c9zk6Tyt"
    "M7AaML1gpYK2Ct5GutlIjLzd9WwfM5Jj3DCxboC8B+tSK43JBk3KtVwdcqBmr6agQT1OFX"
    "Rs8UnfPSrV8Lizqux8kr5WWKeOIiLZghnmmki1nfkq8sA8Z3PtZ+0Z2apFFIyeggMF/AfA"
    "HzpULmC32zU/ujfUK1GB6KdkiDpzLdkFyitwg8lYcZm4BQqyeh5i62YViinnU40Uao4amU"
    "YBdngzSJ97J6guh4bbn+Rh+5962LS+o8pF+nWNQ3mzDH7te8z6XA3C1BlwLmLpi7EH95BH"
    "NXXlKdELUxliIk2G3FL54J7wrZukXsuGLZAmQ8ZuUFSKAAvzgoIL0CrB1iDUy6jYy7y3pk"
    "azjEVGRISTT3g2DzN6Fm2KniLWi5NBlvq6NjSHgLNFl5IN2fJovqDnKANmUO4XL2AXunEC"
    "bPgfqPvd6xGEmrgTPoSLfhR3OR9rxom7ID/OFAEAJBWCeCELYIfutbBNeamJ2TuwrsJM4J"
    "mrhPGpp5hma+JJBlw34jCWxsetj/0KaCKZusnYQSQO+TBvgztHo3s1Fax1tIsBadTiD/9s"
    "VFgl6e1IrOwU3PBTcjN5eCgYklms0BFJCHRp++0S/mooBVigVjuhabCD0gCYnQEyRCtxqs"
    "7Tgz8ZIBuPwUmQ89LJspJ3rJ2ruTIf0frdb5+VXr9Pzy+qJ9dXVxfbpJlR4+FZcz/ab7I4"
    "Xdp56wHgxTNFcMrz/t43fv2LeVPuT+CgbWR9aNT7jbcfczn5KnaNhSHWR/TtTR4+iB79/x"
    "dx20OZyo/JAb0SL7s5FhpDi7TDBQnAUnz9txgp7ya8tNnCGEV6omHaJjLlGHUaPwlfhLKS"
    "PL5JcElqksLBPDzRjO0koHmz1cjVHy4G+MdZCFYAOXjtuydrh0ohpcar8ObKQCu4MUBlUo"
    "hdmeiLESqNURN9863z0xC64uriNeh96FppIgad9UYp0eLh99RUbWQtPRezbsYcQ3+LfziY"
    "5y8GwgZFWEIAcIcgghDkEO5Zx+JglyIC+zpgsZgjFDgoVOOA/peM8nvtXGx14ulgVZryTM"
    "5UPYpqYmIwyL3NjkOoWGmKJORmkboxQgB8SA893N+TqQsTqInTgz+4a8UK5TczZW0z/wzE"
    "wdUhaUA6h3Qg2rfY8caiBhU5SVOPR/Gg36bPQ9sgB9eujppvXYSNuZ+6XqgHvRfQysyzug"
    "nwxcZAWsejpyGia6UTWDE3T2r44mA/9wKgAJCCQgkIA1IgFd3U3XKcfTkCCMpn5b5St5er"
    "Y1uDsC0pUtMWPVuOfHnDD6tX/bQZvDidrjuTvhhrv99KHb63WQ76tztnv/MBiOnXP2F/dM"
    "/0fSnt0z1peJyv9iV7c/7QjKxyFvh1CSg4k65Md8f9wd9IXRF55/6KBAwUT9xP8qDAdjjp"
    "Z1kPfbRP3C33wcDD4Jd3yv+5kf/tpBwZKJes91yY+h/0n9j9x4xD08EGD6d6Sy9ys5Oxh+"
    "+tAbfBGGj+RO3m/WVfrkwbj+LW9dzP3SyGBb589HlT1mNzzoEqvFidj9+ZF/dKJpU7RgW6"
    "qD7E/Sjh77fdLqSPuxD6yWNfzVLnKOaFzv7S3PO3G9zuFE/UDaBi2yP7NoNP+43qWuPbH5"
    "mNFCVJTISHivXKYY+Ezj92lRg7cdAX/eurrcxLzTL3FR7qN7rtcLh7WLpokXSzM1oF45AN"
    "S3JGytaCJjmIxmqjwiQUtTnpnob6TIRmGQeuz86UpWTFk1Tuhtj2HqU4jiiawgZxWwWegF"
    "wkSWQZ8/hT62EnupozomYCG4Y13XGFl7Yta8uwL1ow0vTk8TjISkVuRQaJ0LkuPSaomFr3"
    "idBmW/VC5QlyixQCsR0K0YoFthoPWVKohzk5WDakd+PK8gpMcrz7qVMGlAjH09G1XklwQt"
    "l1nLc1mVjedMag6Igp7LrGdYfBg9XlaT+E2y+BBcqeBKBVfqHq7Uwcqcaq/3NN0bw6PqOd"
    "uMc6xqVj3BzRq3e28bni6rQkTsSSMgIyp4gh5WOnlGdH6KJHFtIMuMRrJp7UaDVRO9Gz3w"
    "t2iyOj0Vry5/CO9yk9dFwclbgn6oCU7eNzTWJ3HyVmisr95qD4L7PnGvfvFaZDY7dPQlgT"
    "BtfLdHpMQ+9tLEXTrh8JkauEcWWneG1j3VpLXA3rU9Afo+acA/A/7RcTxsxIuO3TmiZ6Z9"
    "naBjaV9Hdiz0VLWCThguYDqnyzXsZMT3xx1E/9NApYcxDVB6GJczpAQiIBr5RkDQmXQWP8"
    "pWDMj18rCs9tQrRAQeh6Di/ATLtrQZm/ZDSsRDpQr0/y1EgC6wKdLp5O9ADwE9VA1LqL70"
    "kPsypjByPSI1tHPzn0CzN9uIxvfw22s0iuqpAlOIRDFH7ZiYo3Y45gg82HXrtpJ4sOPmjp"
    "HRR/vMF0tmJhe9IATP55jYMy9YSI80SxYw3425KAlGRFKYmKxRXiHYHjUA6UxcLEX5Ka3j"
    "KyAGsJY1FUN94C1tAFFJIc4vgijcBecAMieNcGHUZgnQ9Q07u3F1O9QckL31XKqm4AaGn7"
    "SBb57dDiD1sh/pYlMvS5yzLzSTeuU8m0bHMLDFbS4NTGyJxvsmMLFviNIAJjaZdoGJBSYW"
    "uq3SdFtJmFjHXEnZc/mloPNK0HnNVrqO1VmqNexemUPupzlKGxiVEeUkMWnRIWmhiDTau/"
    "xPU7GQdqAICdaP786/Qbt9QJSHITqgLCRYo916W2ftq/b1+WV7E122KYkLMWNFlyl4Rn98"
    "CNjYrae9YrDvdIJ9p+1to9fqLJPpE5aGmL7yWDvhWRq4PsD1UTZWs5n/4ukwdb8nj1xD2r"
    "5gMpk6kJhEsuNZiiWRHS8WEMhAIAOBXAMmBgjkZNoFAhkIZOi2StNtQSjv8cNKIZT38JhL"
    "oqyshelKemJFk8XknA3IAda7sVbkudWrZ4CbIQqI70ZcI0+0cPmFJ01U0mDOFK4f6gXkYa"
    "HpcwXXfkljHfklgV8ujzEUnsRhVcqkY68caLjMGoY1KbAmpRrwgmOmDGtSYO1EGohzWzux"
    "98oJLsm6iarA7J9xwbKSA3oCNy8twxnofaGj/YHeHgQ8guARBI9gDah18Agm0y54BMEjCN"
    "1Wabot8Agen78Hj+DhMdesROgEt1S+Eq9Q/VDOfzQGvyv4XeuLOHgA34J/yDC1ZUYlewRB"
    "x2XWsTXLdpmVLLpmXgB0Xnqdu9PSzDoPXgB0Xmadb9M5pU/rGZsi4W06pMHfD/7+EkFcWA"
    "5KTwq4PYH2pZ2rKcqhvhKc/gU4/e1FpXvDU6+0qBAWEYtOkWERFCrSHS4ajLCIzblmXFgE"
    "1Zcwd6tBXATERUBcRPUdjBAXkUy7EBdRVE8FcRHQbRUSF7EklpCQoe8KytXP11bIajuIQS"
    "nSe6zNRCXVCLGVqB+++W/WTH6kQZ+J0YR/Gg36bIh9QsGxQZ6Z6G+kyEZhE3jPhGK6khVT"
    "Vo0Ter9jzCkoSL5hIbSdfHDn+EB/Ty8Q3E4eOGvgrMtG0jSLTB4IlNihKbFGBB22mwo7GA"
    "tm8W4MKixc3c+xuCJAlwFdVr7+taLzziR02Zz84IiU+Lw609dLoqQxfo3I1u6TrgV3Fqda"
    "/pdxvNm40Wxv0P/RrR60JQPx+gtRZuTYSYD9RrIOU6ajwC5MZek1zTTVL1UQ7qHBpcJMy5"
    "IAlK1n2UhC607fui3wUrduvxS07p2tW1SNb1hnzIE27TuajvHIQgtP38LjKFxeXS1C8/48"
    "6dwENkt4hkAnaiPrvid9/kvKqUGDiHQQ+TdRbwf9MXc75u86aHM4UX9+5HrdD11aujm06n"
    "7mh25d+3Ci9gajcQfR/40Mr1H+dKahrfRZBF2cQJcb6QO6Fy1lWjc+uef6BPC0+rznx5zQ"
    "47k7gbsbdZDv60S1r0mKrc+Jyj10O4j8m6jd+4fBkGjP/iyH/paKaLqhNonHGo9MHfq/oj"
    "H2kSspcA7K1Q/r/Id1WMDz9hZzVCvo4qBGdDW5ryQxF9b+bCJdhC+b66z7uwXk4TUvj8KZ"
    "a7ZSr9Xa259QHX2mWKJlLxlIj+ZWCBAN7AF87NzBtURVWi0VeUZ+tKDNUyLLEAV0/ejSKV"
    "xKVD0igCaEEB0S3m/kR6fF1SMDzRVCso4XknX8tOHlbMR7ZQ0nz4D6j71eaJW2wUp6lWGF"
    "drIlsRVF1mfOJ8I1F0xrDWhiMNmMe2o4vctp6wmqx+BMAKs14OeA66OBK0itJx61PGZRAl"
    "C9M6mc2mx9sWVMOyMgThKlvbkahGofKlSb10VjpeOxtpgaJo1iYoRth+o040K4sV1bMH3V"
    "d8VzN8gbhSWkqcoaTcmfQpSAnJjsDlrq2gs2kKgi5+rkUCKVtNlXA+n4vbxYarrZJIcvmF"
    "weqZr5TKA+Cfqci7sLI+ocEixAxHglpn8V9ZoliRivEkt1SEdpPiTVNmAjbfhmWBJCOHfG"
    "ekAc+OHiwCEguWiYyaBjsMjXZJGUW+kyr+Rp8ENu9DjkO8g5mKj33f5g2EHWB/lGYynJQE"
    "n+8T0yWg76Tnylr2yiDvkx37dPbw6Dxm0SNbaSqLEVrcYWQ43WYv2Ug6tfCpwVgY6eTD8y"
    "mao+wRpaqhWxTBOF95DZY7rEVE79+kXFthJlpmrFZKZq2ZmpQg6/aNKpSE6Fw7o8e24wmB"
    "TnTDOOPxG3dXJdBL8PHdFVI1a+MftvOZzl12l/+9EQRTbIJ/oI71tn7av29fll+7pJcxHQ"
    "tumWXMU00W5/vIN9eMG6wXQ1R7/vHpEymzhZ3/mLiyTv/MVF9DtPzwXi/MhLlQJhp3oN0T"
    "1L1KOexfSoZ+Fcf+SOJmYlA49eOOgROXwWp+PYIbnlazrqYPb9/x/P2kk="
)
