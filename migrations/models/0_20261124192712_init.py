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
    "eJztXW1zosgW/iuUn2ar3FRinCTXe+tWkYTZccdoVs3MvrjFRWgNOwguLzNxd+e/327e5K"
    "VBQFAk50ui3X0An9N0n37O6dN/t1aahBTjjF3LU+0zUls95u+WKqwQ/hCrazMtYb3e1pAC"
    "U5grdmNhLfOm32xumLogmrhiISgGwkUSMkRdXpuyRm7SYpm1oJsq0hlbiHnzvz9f+LOzs/"
    "9912YMUVsjCVcwmooYTV8KqmwIRPLfuETZMLJpMM+C8czIBmOYmo6kM3JXSRPxbWV1WdUN"
    "LFX+00L4Zy6R+Yx0fJvffsfFsiqhF2R4X9ef+YWMFCmEpSyRC9jlvLlZ22VPT/37d3ZL8v"
    "BzXtQUa6VuW6835rOm+s0tS5bOiAypWyL80wQTSQGIVUtRXHV4Rc4T4wJTt5D/qNK2QEIL"
    "wVKIolr/WViqSEBg7DuRP93/uo8WaMbzw9GUn3BTnm/F9EoeIaIJt0jUVNInZNUkQP39zb"
    "nuFhC7tEVucPeeHb+5vPrOhkAzzKVuV9pwtb7ZgoIpOKI26FuURR0RTHjBjKN9j2tMeYXo"
    "iIclI8hLruiZ96GIBryCrQq2r4YHrgdfBYC38A+URrhzu7pPUcC0/8BNpuzDI7ndyjD+VG"
    "z82ClHajp26SZS+sbRl4bfemc88C/CfOpP3zPkK/PraMhFteq3m/7aIs8kWKbGq9pXXpAC"
    "3dQr9VDDLbdat//H9H33LOh0XXvtI1rGaJ2iXlfCC68gdWk+46+d8/MUxX5kx/bLhVtFtD"
    "V0qzpO3bcQvvYAypPxMA/KYalysN49ih0M6atuBqCvuok4kyoqzPh2BWB2pRrYpS+uMgB9"
    "ER1+tkCTqjDQ9vRvxEH+cTIa0kHeSkRnBlk0mX8YRTbMqoAOzMtzS1ZMWTXOyP2OMTUThE"
    "KTggfzmwf256gG7gaj2+hoTy5wG1EHelnLuLrApB2WLGHSdoeTurwIJzJHe5ikTtKKYJi8"
    "ZRQyzqKyoOk6a1pHX/CcVETPYUnQcp217C2Y5hs+39o2JljmMre+Ct65qt1C6xASf9mERE"
    "5wKaIAL4aX8DKLz1TOIAhZHOp3mo7kpfoBbWzA+/h5BFWkLR9dtmwUudxpQrwt3Y6iuvDV"
    "J7ZoHQ1/wAgg01mwsJM79p5rJYwZJQD9ZKBTXNxkBTg2TNLhJR17Loifvwq6xId6OKnROl"
    "qkxG8br1p1VtESQRWWNkTkt5And7Hvq19kU3B/eowwDtS20yhjOdxuF2ecDDHwsjUYYtvA"
    "ywIvG17YrwRZiSucU0V9s8YKmqIXM2Fh70k2gs9KUyn38zSdUPE1OhgNf/CaR1mWb3Hc+b"
    "ksveQhEsNSVQHfJMJW1xSK36GvmpxqrWJWTHil64pGYHZZ3Hr079bHPveJG/eYi/OZ+sA9"
    "3JLPHfyZvX/oD3vMJf44+jQkpd3zVjaNLMnjfn/Zub66wbX2ryFfrlNUM3lgB4P+cApOiW"
    "P08RqRs6c0rNdops7E5giiiNbFLLSIKLB2ddYzcLOvQcv2wroINxsTBPIQuFngZusFcTXc"
    "7PbVB252F8CxYbJO3OwDWs2RbjzL6xaFmw3UttO42VW4Xanc7G+x99oi/eV34GyBsz2Jca"
    "LBnC1wWkfktMC4rNR2J7NMTlgDIgAn2Oo1sdUt17wGKz0N2sC7Wyf7PNSxKRZ6tOMn2+jR"
    "Nw4iKMAaB2u8SdY47GyrdmeboVjLPPh67cFxvNNx7D4wBs9STZ1CKiajTBE9XIduPU3iM4"
    "NbVko/ztKLk/twLAYF/WnJOuJXCyEO8a2Gl+SCmuTQC0lGEJ5j0aog9kuCGOe1WLLPurej"
    "0SA03t/2o0FUT4QIeHNhw44byY6hGF+gYzQlp1tSOZKE3UshocOxI+dRiM/36MMOydG56F"
    "53by6vuj7T4Zek0R0OkLG1Y7L9HQhM8NJKUPZr3rqy7z6MkeJbwfS1TjCJxYnNg0nrnbj7"
    "xsZgT6DCwdtNhGrr2tgTqrAvpYlQGcgw9u9SE+cqGUCqZ0xIOkaCJckmj74gIrTfGEWuxJ"
    "ELNRSqP7T5nhD9qM0bio0g7dt7pKaOQth8EkTbgNobIlb0DbGGImWg/VGaoMYiJAqrtSAv"
    "953S7tzLNBUme82y0PTVnjgN8HXe4cs0GacSIGoSPFX6Th4Fw/iq6dIY4WGuRXGehBu007"
    "wna7cpr/ttwX8C/hPwnzTIfwKbxGCTWC2mybq/TB4mqW9TwexdkLjrdPQL8XH7mSAp8XEQ"
    "tHXCQVuPmiKLG9be6mrrh7b2iLZppy4/7Na8EG6+M28690WWEG7NaAvm67MsPjPOhRiBId"
    "Ax3m7cNiOoEm5BMp9/xiWksYIYvDhhXC6NQS+yYRrfxVOnV3QPWCPVYIBqwxoJ1kihWf8L"
    "0j3vXNYFUkCkgZFml1lCdC6TY3QuY0E6YFiBYQWGVYph9dEdUBKtqo/bEWenSRUYnYDRBW"
    "sFrBWwVsq1VmrE5ZZvq6DFAuGR4QviyQtAf7USuNyYZNqrdYKvVQrU5NWIJqhDL5SRKTnn"
    "pde+ERZ12ohTVsrLHPHEVVowYyRqeIjZ3OGvNAMmVJ9qv+huS9wppGx0EJgvYL6A+XJC5g"
    "t5s3P7o0NCjZgeqnZIg6cy35Rco7cIPJWHmZuAUGsmoeZttqFYooF9OMlGqBFolOEUZwN3"
    "ie9l9Ywh87Xt+pu8Z7/vvL0izkPydY4E3T+EOfW85n0uBeZuDYYUMHfB3IX4yyOYu/Ka6A"
    "SrjbIVIcNpK2HxQnifkK1bxYkrti2A52NaXoAMCgiLgwLyK8A+IdZAeNgoeLpsQLaBU8yJ"
    "TCmZ1n4QbP4q1AwnVbwGLdcm4+3p6BgS3gJNVh9I96fJkoaDEqDNmUO4nmPA3imE8XMww6"
    "fB4FiMpN3BKXSk1/GTuUhnXbRN2QH+cCAIgSBsEkEIRwS/9iOCG03MLvBdeXoS5wxdPCQN"
    "3bxAN19jyIph70sCG5sf9j+0OW/KJu0koQzQh6QB/gK93stslNfxFhNsxKATyb/99m2GUR"
    "63Ss7BTeqih5Gba95A2BIt5gCKyEOnz9/pVwuBRyrBgrJcS02EHpGEROgZEqHbHdZxnJlo"
    "TQFcXibmQ4/LFsqJXrP+7mZI/1enc3l53Tm/vLp5272+fntz7qdKj1el5Uy/7f9AYA+pJ6"
    "4HwxRMi+L1J2P87hP7ttKHPF/BQPrEvvEZezftf+Ry8hQtR6rHOP9n6uRp8sgN77n7HuN/"
    "nKncmJ2QIud/q8BMcXGVYaK4iC6et/MEqQpry0ucwcd3qmadolMu0YRZo/Kd+GupIMsUlg"
    "SWqS4sE8XNGM/SSiabPVyNSfLgb0x1kMVgA5eO17N2uHSSOlxuvw4cpAKng1QGVSyF2Z6I"
    "0RKoNRG30D7fPTGL7i5uIl6HPoXmJEHSvqrYOj1cPvoTmVkrTUcfOLCHEt8QPs4nOcohcI"
    "CQ3RCCHCDIIYY4BDnUc/mZJcgBv8yazhcIxowJVrrgPKTjvZz4VgcfZ7tYEWSDkrCWj2Gb"
    "m5pMMCxKY5ObFBpiCjqepR2McoAcEQPOdzfn60JGGyB24kwdG8pCuUnd2bDmfyDRzB1SFp"
    "UDqHdCDbt9jxxqICFTkJU09H+cjIZ09AOyAH1+6Mmh9cjIO5iHpZqAe9VjDOzLO6CfDFxk"
    "Fex6OnIaJnJQNYUTdM+vTiYD/3AbAAkIJCCQgA0iAT3dzTc559OYIMymYVvlM356ujW4Ow"
    "LSk60xY9V64KYsP/lleNdj/I8zdcCx9/wte/fhXX8w6DGhr25t/+FxNJ66dc4Xr2b4A+7P"
    "Xo39ZaZyPzvNnf9OBOXTmHNCKPGHmTrmptxw2h8N+cknjnvsMZGCmfqB+4Ufj6YsKesxwW"
    "8z9RN3+340+sDfc4P+R278S4+JlszUB7aPfwz5i9u/Z6cT9vERAzO8x42DX3HtaPzh3WD0"
    "iR8/4TsFv9lXGeIHY4d3nH0x70urgG1dPh9V95jd+KSLrRY3YvenJ+7JjabN0YMdqR7j/M"
    "f96Gk4xL0O9x/ng92zxr84Re4nEtd7d8dxblyv+3GmvsN9gxQ5/4totPy43rWuLel8zGQl"
    "KEpiJHxQrlAMfKH5+7yqyduJgL/sXF/5Me/kS1qU++SBHQziYe2CaaLV2swNaFAOAA1tCd"
    "somkCZJpOZqoBI1NKURZP5h1FkozJIA3b+3JIVU1aNM3LbY5j6BKJ0IivKWUVsFnKBOJFl"
    "kOfPoY+txF7qOB0TsBLcka5rlKw9KXvePYHm0YZvz88zzIS4VeJUaNdFyXHJWiP+M9rkQT"
    "ksVQrUNUos0MkEdCcF6E4caN1SeWFh0nJQ7ciPFxSE9Hj12bcSJw2wsa8Xo4rCkqDlOmt5"
    "Iauy8VxIzRFR0HOd9QybD5Pny9MkfrNsPgRXKrhSwZW6hyt1ZJlz7eWBpHujeFQDte00x6"
    "pmt+O9rHG7z7bhyLYqBostNQwyQwTPmEdLx8/IXJ4zkrAxGNuMZmTTPo0GqSbzZvLI3TEz"
    "6/xcuL76Ln7KTVkXBSdvDcahNjh5X9Fcn8XJe0Jz/ent9sC47xP3GhZvRGazQ0dfYgjzxn"
    "cHRGrsY69N3KUbDl+ogwdkoXcX6N1zTdrw9FPbM6Afkgb8C+CfHMdDR7zq2J0jema6NxkG"
    "lu5N4sBCqk4r6ITiAiZrulLDTibccNpjyF8SqPQ4JQFKj9N6hpRABESr3AgIspIu4kfZig"
    "G5Xh+W1Vl6xYjA4xBUbJhg2Za2U9N+SJl4qFyB/r/FCNAVMgWynPwd6CGgh07DEmouPeS9"
    "jDmM3IBIA+3c8hfQ9MM2kvE9/PEarapGqsgSIlPMUTcl5qgbjzkCD3bThq0sHuy0tWNi9N"
    "E+68WamclVbwhBiwXC9swXxOdHmiYLmO/GXJB4IyEpTErWqKAQHI8agVQUVmtBXuZ1fEXE"
    "ANa6pmJoDry1DSCqKcTlRRDFh+ASQGalCaqM2qwBuqFpZzeu3oBaArJ3gUs1FNzI9JM38C"
    "1w2gGkXg4jXW3qZYl1z4WmUq9s4NDoFAa2usOlgYmt0XzfBib2FVEawMRm0y4wscDEwrBV"
    "m2ErCxPrmis5R66wFAxeGQYv0dJ1pIq59rAHZQ55nuYkb2BUQZSzxKQlh6TFItLI6PKXpi"
    "I+70QRE2we311+h/bGgCQPQ3JAWUywQaf1di66192by6uuH13ml6SFmNGiyxQkkh8fAzb1"
    "6OmgGJw7neHcaefY6I0qFjJ94tIQ01cfaye+SgPXB7g+6sZqtsvfPB2n7vfkkRtI21dMJh"
    "MHEpVIdj1LqSSy68UCAhkIZCCQG8DEAIGcTbtAIAOBDMNWbYYtCOU9flgphPIeHnNJkJUN"
    "P7ekJS2aLCXnbEQOsN6NtSIv7FG9ANwUUUB8N+IafqKVxy8sNUHJgzlVuHmoV5CHhaTP5T"
    "37JY91FJYEfrk+xlB8EYdUqZCOg3Kg4TprGPakwJ6U04AXHDN12JMCeyfyQFza3om9d06w"
    "WfZNnArM4RUXbCs5oCfQf2kpzsDgC53sDwyOIOARBI8geAQbQK2DRzCbdsEjCB5BGLZqM2"
    "yBR/D4/D14BA+PuWYnQse45fKVBIWah3L5szH4XcHv2lzEwQP4GvxDhqmtCyo5IAg6rrOO"
    "7VW2x6wU0TX1AqDz2uvcW5YW1nn0AqDzOut8m84pf1rP1BQJr9MhDf5+8PfXCOLKclAGUs"
    "DtCXQo7VxDUY6NleD0r8Dp72wq3RueZqVFhbCIVHSqDIsgUOHhcNWihEX4de20sAiiL37h"
    "NYO4CIiLgLiI03cwQlxENu1CXERVIxXERcCwVUlcxBpbQnyBsSsq1zxfWyW77SAGpUrvsS"
    "YKSq4ZYivRPHzLP6wZ/0iDPBOlC/84GQ3pEIeEonODLJrMP4wiG5Ut4AMLirklK6asGmfk"
    "fsdYUxCQQtNC7Dj56MnxkfGeXCB6nDxw1sBZ142kaVeZPBAosUNTYq0EOmw3FXYwFszm3S"
    "hUWLx5mGPxRIAuA7qsfuPria47s9BlC/yDE1Lic6qob9ZYSVP0kpCtPSTdCO4sTbXcz9N0"
    "s9HX7GA0/MFrHrUlI/H6K0Gm5NjJgL0v2YQl01Fg5+ey9JJnmRqWqgj32ORywkzLGgNUbG"
    "TxJaF35+/dNni5e3dYCnr3zt4tqMZXpFPWQH7/TqZjArLQw/P38DQKl1OtVWzdXyadm8Fm"
    "ia8QyEJtYt/3bMh9yrk0aGGRHoP/zNS70XDK3k25+x7jf5ypPz2xg/67Pin1P9ptP3Jjr6"
    "3zcaYORpNpjyF/WwVeo/LpTEOzdDGBLs6gS1/6gO5FW5n2jc8e2CEGPK8+H7gpyw849p5n"
    "7yc9JvR1pjrXxMX2/5nKPvZ7DP4zU/sPj6Mx1p7zvx76WyuC6YXaZJ5rAjJNGP+qxjhEru"
    "TAOSrXPKzLn9ZhA8/r28xxWkEXBzWiT5P7yhJzYZ/PJpBN+LK5KXq+W0QeXvP6KJy6Zyv3"
    "Xq29/Qmno88cW7ScLQP50dwKAaKRM4CPnTu4kahK1lqRRfyjeW2RE1mKKKAbRpcs4XKiGh"
    "ABNCGE6JDwfsU/Oi+uARnorhCSdbyQrOOnDa9nJ94razh+Bmb4NBjEdmkbtKRXBXZoZ9sS"
    "e6LIhsz5TLiWgmmjAc0MJp1xzw1ncDttM0ENGJwZYLUn/BJwfTLQCVLrmWetgFmUAdTgSq"
    "qkPttcbCnLzgSIs0Rp+1eDUO2DHe+OdFl8blGCtd2aduoB79s2pQZs75OboK8mRGlRF0Zy"
    "PCON2y32C7Ku0smxJI/wfeeie929ubzq3rRJ3Dwu8kuuU9ZM/eF0R2z1F6Qb1GVRsuc2IN"
    "KIwNqw17bz9m0Gty1ulei3tesinDR+qXIg7DZvILoXmfalX6TsS7+I70vHdzQRLXFVcpBb"
    "QOTwOw6Pw5+UtrcwxrQkz/blT2bf/g/Zq0di"
)
