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
    "eJztXWtzm8gS/SuUPiVVjsuW/Mh6b90qbONEsR6+etjJrrdYJEYyMQIFBse62fz3neEh8R"
    "gQIGEj0l9smJkGdHqY7jk90/yozXQZqeY+P1cG+iPSamfcj5omzRA5iNTtcTVpPl/V0AIs"
    "jVS7sTRXRLxsNjKxIY0xqZhIqolIkYzMsaHMsaLTm9R4bi4ZWEMGZwtxb/7+9izu7+///X"
    "aPM8f6HMmkgtM1xOnGVNIUU6KSv5MSdcEp2OQeJPOBU0zOxLqB5H16V1kfk9sq2rSoG1ia"
    "8s1C5GdOEX5ABrnNn3+RYkWT0TMyvdP5ozhRkCoHsFRkegG7XMSLuV02HDYvr+yW9OFH4l"
    "hXrZm2aj1f4AddWza3LEXepzK0borIT5Mwkn0Qa5aquurwipwnJgXYsNDyUeVVgYwmkqVS"
    "RdX+M7G0MQWBs+9E/xz91300XzNR7HQHYl8YiGItolf6CCFNuEVjXaN9QtEwBerHT+e6K0"
    "Ds0hq9wcVHvvemcfLWhkA38dSwK224aj9tQQlLjqgN+grlsYEoJqKEo2hfkhqszBAb8aBk"
    "CHnZFd33DvJowCtYqWD1anjgevAVAHiN/EC5Szq3q/sEBQyabaE/4Ns39HYz0/ym2vjxA4"
    "HW1O3SRaj0jaMvnbz1zniwvAh31xx85Ogp90e3I4S1umw3+KNGn0mysC5q+ndRkn3d1Cv1"
    "UCMtV1q3/0f0ffEgGWxde+1DWiZo7aJeZ9KzqCJtih/Iaf3gIEGxt3zPfrlIq5C2Om5V3a"
    "n7GcDXHkBFOh5mQTkotR2s149iL4b0yVEKoE+OYnGmVUyYye1ywOxKVbBLH56kAPowPPys"
    "gKZVQaBt829GQf7U73bYIK8kwpZBGWPuH05VTFwU0D67PLIUFSuauU/v9xqmmSIUMAoezG"
    "/a/OewBi5a3fPwaE8vcB5SB3qeK6Q6h9EOSm7BaLvDSVlehB2x0R4miUZalUwsWmYu5yws"
    "C5ous6YN9ERsUh49ByVBy2XWsjdhGi3EbHPbiOA2p7nlVfDaWe0KWoeQ+L9NSGQElyEK8B"
    "J4KS8zeWRyBn7IolBf6QZSpto1WtiAN8nzSNqYNX102bJu6HK7CfGqdDWKGtL3JbHF6mjk"
    "gCCAsDNh4fsX/KVQixkztgD00ES7OLlJC3BkmGTDSzv2SBo/fpcMWQz0cFqj1/VQybJttG"
    "pWn4VLJE2a2hDR30Kf3MW+qT0pWHJ/eoQw9tXuJVHGSrDdOs44HmLgZUswxO4BLwu8bHBi"
    "P5MUNapwQRsbizlR0AA945iJvSdZCT4rSaXC50EyobLUaKvb+eA1D7MsP6O4iyNFfs5CJA"
    "aligK+SoStoauMuENTw4JmzSJeTHCm64qGYHZZ3HL079ptU7gTemfc4cG91hba5/S4To75"
    "y3azc8Y1yGH3rkNLjw5q6TQypY/7rlE/PXlPau1fQ09OE1TTb/OtVrMzgKDEa/TxEpGzuz"
    "Ssl8hSp2JzpPEYzfN5aCFRYO3KrGfgZn8FLdsT6zzcbEQQyEPgZoGbLRfExXCzq1cfuNl1"
    "AEeGyTJxs200GyHDfFDmNQY366vdS+JmZ8F2W+Vm/4y81xbtL38BZwuc7U6MExXmbIHTek"
    "VOC5zLQn13amUywuoTATjBVy+Jr2657jV46UnQ+t7dMvnngY7N8NDDHT/eRw+/cbCCArxx"
    "8Mar5I3DzrZid7aZqjXNgq/XHgLHawPH7gMT8CwNGwxSMR5lhujLdejasB+1DG7ZVvpxml"
    "4c34cja1DQN0sxkDibSFGIz3UyJZe0uIBeQDKE8IiIFgXxssSPcVaPJb3VPe92W4Hx/rwZ"
    "XkQ1pETAm0MbdtJIcRzF6ASdoCk73ZLJkcTsXgoIvRw7chCG+GCDPuyQHPXDo9Oj942Toy"
    "XTsSxJojscICNzx3j/27cwwUsrwdivee7KXl33kLr0gtlzHX8Six2zg3HznWj4xsZgQ6CC"
    "i7erCNUqtLEhVMFYShWhMpFpbt6l+s5VUoBUzjUhyRhJlqxgET0hKrTZGEWvJNALVRSqr/"
    "poQ4g+6aMKYVMkzXQjmeZ33ZB7yES4xuCZgg32koimudtUNJZtgWoCqgmopgpRTbCeHtbT"
    "l8JMlv1lSrUCN2eiE8hxsjv6haUEm7kgCUsJIL69w/HtG11Vxgve3hVk64c19wi32Uucft"
    "itRSnYfG2KWeFJkRFpzekT7vuDMn7gnAtxEkeh47yNS3ucpMmkBU0S+0hKaGMVcWRyQptQ"
    "3pZDz4qJzbfRLLMF3QPmSCUYoPZgjgRzpIDVf0KGR2SmnSD5RCoYlG+kiWY24sOZjUg8Ex"
    "wrcKzAsUpwrG7dASXWq7pdjThrXSrf6ASMLngr4K2At7Jdb6VEXO72fRU0mSAyMjwhkb4A"
    "7FcrhsuNSCa9Wjv4WiVATV+NcC4f9MwYmeLTg3ntK+FRJ40428oOlmHpVZEeTA+NdTLELC"
    "7IKcuBCdQn+i+G25J0CjkdHQTuC7gv4L7skPtC3+zM8eiAUCXMQ9EBaYhUZjPJJXqLIFL5"
    "MrYJCLVqEmreumSGJ+pbshzvhJq+Rik+eGmSLvFO0fY5aq/t0F//I/+ufnxCg4f0dIQkY/"
    "m9ysRPW25yKXB3SzCkgLsL7i6sv3wFd1eZU50QtTE2IqRITB8Uz4X3Dvm6RSSnt30BYo9Z"
    "WyhTKCAoDgrIrgD7Y3omIsNGzg/x+WQraGJ2xKSkmvvBYvNfQs2Q1PtX0HJpkgPujo4hNy"
    "DQZOWBdHOaLG442AK0GdMtlnMM2DjbInkOrjNstV6LkbQ7OIOO9Dp+PBfpzIvGyzQzEA8H"
    "ghAIwioRhPA1xV/9a4qVJmYn5K4iO99lii4ekIZunqObzwlk+bBfSgIbmx32r/pIxApmfX"
    "QhBfQBaYA/R6/3MhtlDbxFBCsx6IRSlR4fpxjlSav4dKW0LvzdVjwXTUQ80XwBoJA8dPrs"
    "nX42kUSkUSwY07XEnLEhScgZmyJnrN1hncAZRnMG4Mo0NnVsVDZX+tiS9Xc3mexv9XqjcV"
    "o/aJy8Pz46PT1+f7DMKhutSkove978QGEPqCeqBxNL2GJE/ekYv/7jRivpl0xFbSKjb994"
    "n78YNG+FjDxFzZE645z/91p/2L8ROpfC5Rm3PLzXhB7fp0XO/1oOS3F4ksJQHIYnzys7Qa"
    "uC2lp+VTi6UzWtiU64RBWsRuE78edyTpYpKAksU1lYJkaYMZKi1TY2G4Qa4+Qh3pgYIIvA"
    "BiEdr2etCenEdbjMcR3IOQ+J1AuDKpLCbEPEWAnUqohbYJ/vhpiFdxdXEa+XTti/MyAVGb"
    "X35e1nxO6DWf3jI/i+7wjYDSGADwH8COIQwC/n1CpNAJ+8zLoh5lhoGBEsdDL1kkHl7azd"
    "dPBxtkLlQdYvCfPUCLaZabcY52JrTGmVlj1gySBW2sEoA8ghMeAz1/OZLmSsAWItzsyxYV"
    "soV6k7m9boKxrjzMulwnIA9VqoYSfrK4fRZYQlRU1C/1O/22Gj75MF6LNDT79di8ysg3lQ"
    "qgq4Fz3GwJ6zF4wBQfingB09r5xiiH6vksEJup+xjCcDv7oNgAQEEhBIwAqRgJ7uRouM9j"
    "QiCNY06Ks8kqdne4PrV/d5siVmrGptYcCL/S+dizNueXivtQT+UjznL66vmq3WGRc4dWub"
    "7Ztub+DWOSdeTecD6c9ejX1yrwmfnebOf2d14LAnOMsDycG91hMGQmfQ7HbE/p0g3JxxoY"
    "J77Vr4Iva6A56WnXH+s3vtTjj/2O1ei5dCq3kr9L6cceGSe63NN8mPoX9J+4/8oM/f3BBg"
    "Opeksf+U1HZ711et7p3YG5I7+c/sq3TIg/GdC8G+mHdSy+Fbb5+PKvt61KjRJV6Luxr1f0"
    "Nh6K4UzdCDHakzzvlP+tGw0yG9jvQf58DuWb0vTpF7RNesXlwIgrtm1T28165I36BFzv88"
    "Gt3+mtW5oU/ZfEx/Jqlq7Cpvv1yu9d257PdBUcbbWd3dqJ+eLNdz05OkFdz9Nt9qRZdsSx"
    "ij2RxnBtQvB4AGtjstVF1imMl4psonEvY0lTHm/uFUxSwMUp+fP7IUFSuauU9v+xquPoUo"
    "mcgKc1Yhn4VeIEpkmfT5M+hjJbGROnbHBSwEd2QYOiMjTcJ+bk+gerTh8cFBCktIWsWaQr"
    "suTI7L1hyJj2iRBeWg1FagLtGm+XoqoOsJQNejQBuWJkoTzMqvtCb3m18QUr+VZ09GlDQg"
    "zr6RjyoKSoKWy6zliaIp5kMuNYdEQc9l1jNsrIu3l7tJ/KbZWAehVAilQih1k10WyFDGDz"
    "XWDgunZi9xd8WqTWliqrH8FfMdZzBXrhY3i6UWOZw7zFX98Oj06H3j5GhJXy1Lkjgsj76K"
    "D6GW4Qu3r20xi8/YQ1+qDAi7zSuI7mGq+fthwvz9MDp/J3fEzI9hxFOAPpGXp2R3nASMOA"
    "0vacx+/guR1vow"
)
