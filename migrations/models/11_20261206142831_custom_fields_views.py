from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "custom_field" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "key" VARCHAR(63) NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "options" JSONB,
    "personal_data" BOOL NOT NULL,
    "category" VARCHAR(32),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_custom_fiel_organiz_214b05" UNIQUE ("organization_id", "key")
);
COMMENT ON COLUMN "custom_field"."type" IS 'TEXT: TEXT\nNUMBER: NUMBER\nDATE: DATE\nBOOLEAN: BOOLEAN\nSELECT: SELECT\nMULTI_SELECT: MULTI_SELECT\nURL: URL\nEMAIL: EMAIL\nPHONE: PHONE';
COMMENT ON COLUMN "custom_field"."category" IS 'ACCOUNT: ACCOUNT\nLEAD_CONTACT: LEAD_CONTACT\nLEAD_ANSWERS: LEAD_ANSWERS\nLEAD_NOTES: LEAD_NOTES\nMESSAGES: MESSAGES\nAUDIT_EVENTS: AUDIT_EVENTS\nUSAGE_EVENTS: USAGE_EVENTS\nSESSIONS: SESSIONS\nWEBHOOK_DELIVERIES: WEBHOOK_DELIVERIES\nMETA_ADS_DATA: META_ADS_DATA\nEXPORT_FILES: EXPORT_FILES\nCONSENTS: CONSENTS\nPRIVACY_REQUESTS: PRIVACY_REQUESTS\nSECRETS: SECRETS\nBILLING: BILLING\nINVOICES: INVOICES\nDEALS: DEALS\nTASKS: TASKS';
        CREATE TABLE IF NOT EXISTS "lead_custom_answer_value" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "position" SMALLINT NOT NULL,
    "value" TEXT NOT NULL,
    "value_bidx" VARCHAR(64) NOT NULL,
    "field_id" UUID NOT NULL REFERENCES "custom_field" ("id") ON DELETE CASCADE,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_custom_organiz_dd940e" ON "lead_custom_answer_value" ("organization_id", "field_id", "value_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_custom_lead_id_e5b2e3" ON "lead_custom_answer_value" ("lead_id");
COMMENT ON TABLE "lead_custom_answer_value" IS 'A personal custom value of category LEAD_ANSWERS: `{key, value}` sealed.';
        CREATE TABLE IF NOT EXISTS "lead_custom_contact_value" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "position" SMALLINT NOT NULL,
    "value" TEXT NOT NULL,
    "value_bidx" VARCHAR(64) NOT NULL,
    "field_id" UUID NOT NULL REFERENCES "custom_field" ("id") ON DELETE CASCADE,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_custom_organiz_5345a4" ON "lead_custom_contact_value" ("organization_id", "field_id", "value_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_custom_lead_id_484011" ON "lead_custom_contact_value" ("lead_id");
COMMENT ON TABLE "lead_custom_contact_value" IS 'A personal custom value of category LEAD_CONTACT: `{key, value}` sealed.';
        CREATE TABLE IF NOT EXISTS "lead_custom_note_value" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "position" SMALLINT NOT NULL,
    "value" TEXT NOT NULL,
    "value_bidx" VARCHAR(64) NOT NULL,
    "field_id" UUID NOT NULL REFERENCES "custom_field" ("id") ON DELETE CASCADE,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_custom_organiz_d91a2c" ON "lead_custom_note_value" ("organization_id", "field_id", "value_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_custom_lead_id_7c0ace" ON "lead_custom_note_value" ("lead_id");
COMMENT ON TABLE "lead_custom_note_value" IS 'A personal custom value of category LEAD_NOTES: `{key, value}` sealed.';
        CREATE TABLE IF NOT EXISTS "lead_custom_plain_value" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "position" SMALLINT NOT NULL,
    "value" JSONB,
    "value_bidx" VARCHAR(64) NOT NULL,
    "field_id" UUID NOT NULL REFERENCES "custom_field" ("id") ON DELETE CASCADE,
    "lead_id" UUID NOT NULL REFERENCES "lead" ("id") ON DELETE CASCADE,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_lead_custom_organiz_149267" ON "lead_custom_plain_value" ("organization_id", "field_id", "value_bidx");
CREATE INDEX IF NOT EXISTS "idx_lead_custom_lead_id_ce4b0c" ON "lead_custom_plain_value" ("lead_id");
COMMENT ON TABLE "lead_custom_plain_value" IS 'A value of a field the organisation declared not personal: stored plainly.';
        CREATE TABLE IF NOT EXISTS "lead_form_mapping" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "mappings" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE,
    "form_id" UUID NOT NULL UNIQUE REFERENCES "lead_form" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "lead_form_mapping" IS 'Where each question of a Lead Ads form goes (`setLeadFormMapping`): a contact field, a custom field, or';
        CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "shared" BOOL NOT NULL,
    "filter" JSONB,
    "order_by" JSONB,
    "columns" JSONB,
    "version" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "organization_id" UUID NOT NULL REFERENCES "organization" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_saved_view_organiz_317115" ON "saved_view" ("organization_id", "shared");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "lead_custom_contact_value";
        DROP TABLE IF EXISTS "lead_form_mapping";
        DROP TABLE IF EXISTS "saved_view";
        DROP TABLE IF EXISTS "lead_custom_plain_value";
        DROP TABLE IF EXISTS "lead_custom_answer_value";
        DROP TABLE IF EXISTS "lead_custom_note_value";
        DROP TABLE IF EXISTS "custom_field";"""


MODELS_STATE = (
    "eJztfftz2kgW7r/S5V82U0WyfuWx7L23SsZKwgaDF3Ays8uWIqBtNBYSKwk73t3532+3Xu"
    "jREpIQ0OqcqZpYSH1a8PXrnO+cPv3fk6U5x7r9RlppY/MRGydt9N8TQ11icpF61kIn6mq1"
    "eUJvOOpUdwurK01xwmJT27HUmUMe3Ku6jcmtObZnlrZyNJO+5ERCK9VyDGwhVwi9+v7vH8"
    "qbN2++/9JC9sxc4Tl5gEwDI9N6UA3NVqnkX8kd/QVpjo0Wqr1Amo1sx7Tw/A1969yckddq"
    "xsO+XrA2tH+vMfmZD9hZYIu85p//Irc1Y45/YDv4uHpU7jWsz2NYanNagXtfcV5W7r27u+"
    "71R7ck/fJTZWbq66WxKb16cRamERZfr7X5GypDnz1g8tNUB88jEBtrXfebI7jlfWNyw7HW"
    "OPyq882NOb5X1zptqJP/c782ZhQE5L6J/nP5//yvFimmKP3BWBnJY0U5SbUr/QqJlvBvzU"
    "yD9gnNcChQ//3Dq3cDiHv3hL6g81kavrp494sLgWk7D5b70IXr5A9XUHVUT9QFfYPyzMIU"
    "E0V10mhfkyeOtsRsxOOSCeTnvuib4KJKCwQ3Nk2wGRoBuAF8ewD8hPzA+YB0br/tcxpg3L"
    "2RR2Pp5pa+bmnb/9Zd/KSxTJ+cu3dfEndfee1lklHvzQdhJehbd/wZ0Y/oH4O+nGzVsNz4"
    "Hyf0O6lrx1QM81lR55FuGtwNUCMlN63u/k21d2ehWuy2DsonWpmg1cR2Xao/FB0bD86CfD"
    "w/Pc1p2K/S0B1cpFSitfr+o3Pv2R8xfN0JVKHzYRmU41L1YL19FjsY0u8uCwD97jITZ/qI"
    "CTN5XQWYfSkBu/TZuwJAnyWnnw3Q9FEcaHf5t9Mg/2006LNB3kgkVwZt5qD/IV2znX0BHV"
    "mXp2tNdzTDfkPfd4ylmSIUWxQCmF/dSL8mW6DTG1wlZ3tawVWiOfCPlUYeV1i045I1LNr+"
    "dMLLQGjIGh1gkrtI66rtKGu7knKWlIWW5rmlLfxE1qQq7RyXhFbmuZUDg2n6opSzbVOCdZ"
    "q5/DbwVqt2A61HSPzHJSRKgssQBXgJvJSXuX9kcgZRyNJQfzQtrD0YX/CLC3iXfB/VmLHM"
    "R58tGySqaybEm7ubWdRSn0Nii9XRyAVBADuewSKNOtK1fJIxZ9QA9J2Nm2jcFAU4NU2y4a"
    "Ude6rOHp9Va67Eejh9Yp6biTth2fSj5fkyeUc11AcXIvpb6Df3se8aT5qj+j89RRhHnrby"
    "KGMtXm4bZ5wNMfCyHEyxLeBlgZeNG/ZLVdPTDS4bM+tlRRpojH84GYZ9ICkEn5XXpPKv43"
    "xCJWzR3qD/KSieZFn+SOOuTLX5jzJEYlxqX8CLRNhaps7wO3QNRzbWy5QWE7d0fdEEzD6L"
    "y0f/Pvnalb/JwzY6O50YN/LNFb0+J9fS9U2330YX5HLwrU/vXp6eFGuRB/p1X1+cv3/3gT"
    "x1fw398D6naUY3Uq/X7Y/BKXGMPs4ROdukaZ2jlboQm6POZnhVTUNLiAJrx3M7Azf7M7Sy"
    "a1hX4WZTgkAeAjcL3CxfEO+Hm90MfeBmtwGcmiZ54mZv8HKKLXuhrU4Y3GzkaSuPm13Gy9"
    "XKzf4zNa7XtL/8Czhb4GwbMU8IzNkCp3VETguUy73q7nSVKQlrRATgBF2dE1197avXoKXn"
    "QRsZu2X188jeEtPR7rWZ2z6MkPErX/zjlyHWw77Khrsfqaqx/FgK9T/2acvEJgGGNZOcJL"
    "LtmeTsBNEmYLmA5SKS5QK7APe7C9DW1w9l8A3Kg5N9q5Pd/8IEvLXhWAwCNhtlhujhOvTJ"
    "3Si9Mvj3aunHRXpxdh9Oxevgf681CyvLe5WhyZmmjlUjy/kZk0wgPCWi+4I4vBPFuKzGUn"
    "zVvRoMerH5/qqbDDi7o6TJqzMXdlJI85TqNJlB0Jx73ZLJJ2Xs9IoJHY5JOk1CfLpDH/YI"
    "ofOzy/eXHy7eXYasUHgnjxpKAzlbWxY2ZqWmhajMAecD+W6YnhCCm3XMCBcFZoSLzBnh4h"
    "cWhVHEDAyzm+xoA0ZzqTRMxcg0AFNexDqM5fgeAhGh2njYdoQq7tITESob2/buXWrk1SIQ"
    "9RKL4FvPNUfBT5gK7TZH0ZpkWpGgUP1uTneE6G/mVFBs1PmuvWcu6ixENFN15uqmO0MkzU"
    "IdV1CkNMPWHha7I9X16hEYKRvvjtIIC4vQTF2uVO1h18W/41cjOkw1DTzBh51LM9yb1nJH"
    "mHqkno+kGqFx0pYr03KIWayzkmaV6lVuTR81vYmuk8KA1dCnRIZHoR+UZ9OqA6g+qesbqU"
    "pswExn15HnYkWqERon21Gdta3MFqrxUAdgI7e+jlud0MA56kMNcI3VB1FRWlnakzp7Uagf"
    "CNu7Kle3Xm1DrzJBiQTfk2PYuxNStHN1vJpE7WAuWub0dzyrgTuneA2CusRF7EHVlYWp76"
    "5GkIo+m7qwOoSFHTJyaHyptd5ZhR8GlQ3X4mrxS0wjy4hdRyZ8UnKm6VodPi1qKQ5jFQoN"
    "ICli1DKf3ZDaOmFlQmNmqmtn4Sqyuw7UgURqohqs2KN0pe6s6t+q4qr3HkbYmJOalAdL3V"
    "kXu/Xq+kSrEhW0ZzxdmOYj3TKgPWHrZUfIvnnVXfu1iY6avZ6GL6kHuVGkRmHRW6iOra5W"
    "tNi9tqs5/o3WJq1WHbcy4TFbYtvefR0IQLvxahMeNXPlKFotRkGA3GDldIU2DELsfKqxjn"
    "CbADyPbSwad9Ns+J7JtzSfawLum1uZsJiZ1uO9vjtYfjWiw0Sms521Dr+q4VpYbWOq6Tq1"
    "COqJZ7ryahM8qCnATDOeTG22syvcq0VUsOZY1XdE6JpUISo8K21FrEFjZ+bCr0Z0mKi6tT"
    "vN41c2cgRW7h3VftwRpzGpQlR4vDCBmUlr8gyfOsIEvPqGgR0lInCQBqNUMObadswwycVO"
    "aHXcqsJNfiL2LS9SwINMNexnbClPqr6uI4LHQ09yK/1K6/wZMCQlHXXm1Axix6v1p0GRBt"
    "3VDCENwPtp8FvppFTNAN7SOsVH0I08WKqrFamupgD1G682UWGz1Sc8V540vCtNNqIVfSX1"
    "iIQU3eC+rwxdt6pt01juIbYxfWEqRVe8QCsvR9fKL6pYYVnI0gVZulKIQ5au5mbpgmObDp"
    "JRCo5tqjKb8TSYAkxyR9ParjSBRsTgIB/O2xcyVu+mgqTSPUEa5YOlUd6r4WHq2uxFcg+f"
    "c9uHZXsky7RyzQ+3tKLGi2+zQE7kJ22OSWlk3qPnhTZbIK8ipCIKHQrOx2sh1ZiTEthArx"
    "7JHVpYx4gYJ8h3wyP8Q7Md+5c3J4kG3Nc7wEbiYIJqgY0ENlJs1X/CVpCorKiBFBERMJ/x"
    "RZFEsBfZmWAvUqlgQbECxQoUqxzF6qs/oWRqVV83M85WlSoyOwGjC9oKaCugrdSrrXDE5d"
    "avq+D7e7rz+Qkrc383b3poZXC5Kcm8odXAYZUDNR0aCSAd/IMxM43J3Qyvg19eCI06b8aR"
    "fx3HJpugN766kX79JTbh9Ab9T0HxSO/t9AZX5VKr71ODoTkW6E7bDvnIUmBiz3P1F8svST"
    "rFvBgdBOoLqC+gvjRIfaEju7Q/OiYkxPKwb4c0eCrLLckcjSLwVB5mbQJCTUxCLTh3hKGJ"
    "Ro4kyVZC7Uihrd5ICdmkS7zWjDeIrteu62/0WXp9/vYddR7Sj1OsWthCbkwV0mxkO6Qfzd"
    "NOx92qAnWXgykF1F1QdyH+8gjqrraibWIx95fKxsx6odEa2cxTXLwS3g3Sdeuin1L6KFmP"
    "WadPFmiAuDg0QPkG0FXbUWxMpo3yC0xSVsAlpiFLSiHbD4LNf4pmtvATUQOqKIxxSSByeG"
    "5l03pQDe0/7j7JkoQOQ3QHs6w5bbzVCAOaDGiyBtFkWdNBDdAOEtU1cg7YijBjIowhTb4H"
    "6t/1esdiJN0OzqAjg46fzUV6dtEm0R/4w4EgBIJQJIIQL1VNr8SZhJJCOMQPzZe46ClTbf"
    "6jDDEblwJidisxe0/e6p5AWamLx6Shm1fo5isCWTXsQ0lgY8vD/rs5VRzN0atBH5MG+Cv0"
    "+iCzUVnHW0pQiEknPsmfv31bYJYnpTKnefdZItbbdFaKjYkmWs0BlJCHTl++0y/vVQUbFA"
    "uGuXZlmjpWDTb4CckE+FMiuq9OH96J4l/Wsi2O+9Vg0IvhftVNAnt3cyUPX525jUAKaR6D"
    "0O2PWR3ec5w5eMUAXHvoGnmdPSabgFwrlNafs/5Ovi758/ov5+cXF+/PTy/efXh7+f792w"
    "+nH1o00SJ5ln70Pq+xup8o7LHmSbeDdzIMe46XjfUyRZTFWmIjfbiJ/oTSPt7pM2+kzrj7"
    "VS7JU5x4Um3k/Z0Yo7vRrdy/lq/bKLycGPJQGtFb3t+TCivF2bsCC8VZ0njerBP0Uby1gs"
    "QZSnqnatElOqcKEVaNfe9uowyQ8h+mUZATjxQVOuRIGXfSYyO4yafBu17NK7J4cUlg8Xhh"
    "8Rhu3HQeYbqY7+DKzZIHf26uAzIFG7jMgp61xWWW1eFK+80ia/tKU9zA1R1zQksrbUyrae"
    "AMl4V+3E7DyynRWRbaaudzuoOKRIUqlSJu1zOJGAnqRMQtto96R8ySu7dFxMvf8rNrMvvN"
    "xiERQTKfDaKd0hMTajgkQZyVNRmaa1oOWR53PuNXdmv6qBU63LeJUK0s7Uklk7uFyXe2dz"
    "0T89arbehVJihka3pOdi2HIN/RmoQ++5g+rQMnbHW8mkQFypz+jmc1nDNHoRoEdYkKVnii"
    "9tI7tL6mI7VvvNoEnbaOd5hhI/sY3QWuaNQOf9r93OMRqaxrXLtViQTYPsN1pfVcc7zFkR"
    "G0G3naygvdVWk5b7F2C0LkLkTuphCHyF0+Of8ikbtkMJuWUmGHUUpwryz/IaNJ69m05eHj"
    "5UCogmxUEhwoKWxL+9szNIzaHL8ixTs7qkVWaQ+jEiAnxCCQoUAggwcZa4LYijNzbqgLZZ"
    "G6s712LfrS+ySScgD1Vqghhc2R42fn2FE1PQ/9v40GfTb6EVmAvjz0vg+g5GQelxIB933P"
    "MZBs4oDBSRCXtIet/EfOLfo3c3rC4ATp7VYeGfi7XwBIQCABgQQUiAQM2m76UnI9TQnCah"
    "rXVR7Jt2drg9u39QSyHDNWJzfyWFJGv/U7bRReToyeLF0rV1Lny8dur9dGsY/+0+7N7WA4"
    "9p95H4In/U+kPwdP3A8TQ/7VK+799bYF3Q1lb18QuZgYQ3ks98fdQV8ZfZPl2zZK3JgYX+"
    "TflOFgLNF7bRT9NDG+yVefB4MvyrXc636Vh7+1UfLOxLiRuuTH0H9J+c/SeCTd3hJg+tek"
    "cPQjeToYfvnYG3xThnfkTdFPEUn/BRFh/477pj758lK/I7svDD5MjCuCIMFEkb+S39ZGsY"
    "8TYyyNvihD+abbv5aHbRT7eFJBd6+f7+J9o1t6USdakb/N7e938p2/Ba3ECPGk2sj7S/rp"
    "Xb9Pmoz0T+/C7bnD37xb/hXdDNfpyLK/Gc6/nBgfSd+jt7y/VVq0/s1wK8t8YPM9o6Wq65"
    "nbR6NylTaOVtIPTvelHHjbRi/O378LN4rSD3lbQ0c3Eh29yb2gquPg5YoV85UPaFQOAI3l"
    "UXjRTZWxDGczYRGRpCarzRz0P6RrheIzK0EasSOma013NMN+Q197DFOCQpRPlCU5sYRORC"
    "tIE2U2/f4l2mMjsVNzNEfF3Avu2LJMRqrLnERRgYB4tOTb09MCKyEplbkUus+S5Pt8vcLK"
    "I34pg3JcqhaoOcrGdV4I6PMcoM/TQFtrQ1HvHVbi1i1JpaOCkFOan83IaVKCKPtWNSoqLg"
    "mtzHMr32uGZi8qNXNCFNqZ53aGjBLZ62UziWVGs6e35YCrFly14Kqt7qodrJ2p+eOG5khm"
    "eGwjT1t5jlvTLacEqZa3Hwgp073yiIg9mARkRAXfoNu1Rb4jujhFc/XFRq4ajTTHPcIRGw"
    "56NbqVO2iyPj1V37/7JX00ZF2VghOZg3moBU7kn2itL+JEbtBa37zdJAT3XeJq4+JCpAM+"
    "dHQngbBs/HhEhGMfPjdxnX64faUOHpGF3l2hd0/N+YviEHgroR+TBvwr4J8dJ8RGfN+xQU"
    "f0zFx+KDCxXH7InFjoo2YFnTBcwNSmqzXsZOTGC43cMKEv8u2YBkDdjvkMKYEIiJN6IyCo"
    "JV3Fj7IRA3KdH5bVM71SROBxCCopTrBs7rZy04rMC/FQpTYS/DNFgC6xo1Jz8l9ADwE91A"
    "xNSFx6KBiMJZTciIiAem79BjT7hLpsfA9/Jt3JvmaqhAlRKOboMifm6DIdcwQebNGmrSIe"
    "7DzbMTP6aBd7kTM1ed8bQvD9PU22+YSV8kizZAHz7Zi762qgSwVTTpkJjVkBmIj8TGMZ6l"
    "ewEFVu82QF0OY8t7k6p4dOmGuDnZMkJwNdUhAir/5IImtnpO3KRdXOStu1E20gBKQzdblS"
    "3aTB5Xagx8UAVl6T5YgDL7chmJxCXF8MZnoKrgFkaT7CIp2LkEQ3tuxsxzWYUGtAthOpSl"
    "BwE8tPoW7rq1a1dF1pU1cj9bAivTeuipaNzo54dwxbe1jsepiKRNuF1iNQr471UDgb66DH"
    "NIRDmOlGjYzvPG9qdE4Bryp4VcGrKoB7AryqxVoXvKrgVYVpi5tpq4hXNY+WzjvEI4eThs"
    "mLNXnN1paFjVmpfDRRmQNOYnejskHOFVEuEl+eHV6eii6ns8t/TAMrZReKlKB4vuv6O3Qw"
    "B2RFC2QHh6cEK4WI8wa3FyR+fnb5/vLDxbvLMFI8vJMXLs6KFNfxjP74FLBXpqlj1ciKFN"
    "+IJWCdErl9zRnhnSiyZY3e4tbZ1WDQiy2wV93k1p67myt5+OrM7dCkkObRVGmcddUmXfHF"
    "mFVSfdLS4IjnR9tJW2nghAMnHG+sZqv+RChRL8fOLHtjZ6x8dt3zxu2MTjGXZRMBCjxqO0"
    "IkoO9xz36IwK3F9ENEfF65fggtUm5rliHJQOr8TzbN/NNClOxAqoNusKOSe991/IT1/6vO"
    "v5Mfv8BIuqa4ItWYk0tkmc82Mu/dJyts3ZvWkk7ipJKVaTnIXi/pI9vbzBvNQbT/V06MV0"
    "EX9mQeMV4FrzCfDRQ8fe2+Dt1rD2uytGWmNvqnv1mOanIpn8s/E76fTSHwxIAnhr+praGU"
    "ZhFPjDv0mO3NbuugfF4rN7CFc1qUtlLyuNDliiYlIu9gLffaQyabkxAUZrf/X87PLy7en5"
    "9evPvw9vL9+7cfTkNGJ/0oj9q56n6irENsNKRpiJmuzR5LQr+RAdSroW6vMCvbyzWeaUtV"
    "z2DYApnkfOEJvfGFm9YAedOF3OneSL1XZx9alwk+beNrTCWGx+psUa4/hyLQnat154yAsU"
    "zAw/LCAF4b/Q7uupN9u+sg4CAb92Zq54UCDublN2sB25619+34uwqFhRa2FcK2wgbACh5N"
    "8Gjy5h9p1bSt8Dj7s5qKcsENWnGMa8FWbFBhHyzsg20OuIX2wWZHjuzXs037NdOr7Xf4XI"
    "+2P7hgVx34csGXKwBbBLvqirUu7Ko7DL0Nu+pg2iowbRUhuSFXKeQqFQ3zuarpL8p0PX9g"
    "GbnZeCflAOvtWOvavTurV4CbIQqIb0fcJN9oGVCUD6YXv1MUc6aweKjv4aA5R7WcSklw45"
    "Kw6Y4fZShtxGGjWqLjqBy0MM8tDHnMf9I2hzzmP1WbcxFx1Jz2heiYY8MK0TEQHcO7x7ZS"
    "dAw4xctADMmh+Yg94idjRVN6cnyTJuTNLgIT5M0+ZL6KcPlgBPZEl5bs2J7oWgbRPRDdA9"
    "E9ArjJIbqnWOtCdM++ZiqI7oFpC6J7GuiLh+iew2NuTn/3cCsDdkxIPJTrX40hhgpiqMRF"
    "HKJ5fgYfsO2Yq4qNHBGENua5jSGe5ydtc4jn+ananIt4Ht6YC4g84RReiDzhIfIE8rJAbA"
    "QfQCe7JYRHFEXqcAefNBKhejqS4N0Iomzy0Hk2rcd73XzeEaFvfjUCobTPWKSck3MKnZuz"
    "iRMtdXpOeJJM/nk2Qanv6JWb6hzN8Xy90rUZbVSkzizTtpHm2IgMrBZSbWQa+otbB3mB4Z"
    "1LEz9D54AvZkZXRSO3Mo7FSWrmcDAOhFvxvPY1NG4BDsapY0jBwTjcnWkBB+McA3U4GAcO"
    "xhGoO8PBOHAwzh5DaeBgHNDO6zgYB3yxkFyhQbCCixtc3LzRyy1wcfPr4oYEFgKe6kCdeK"
    "TJlicMp0v4rJXndaHWlnIfFIMN4OCRAI9E820e2ABerHVhA/hhSBrYAA7TVoFpqwhVsyKa"
    "kFJh7krKibepcC8pwmGz/T63yZozVS+1QmwkxMP37F0BfM+SU88GX/ooji/5kbbDjh7422"
    "jQZ0McE0quDdrMQf9DumbvjVGIGBTTtaY7mmG/oe87hk1BQYotCwHYr26kX5Pt0OkNrpLz"
    "Pa3gCphLYC75grg+5rLIxhEI1s4N1l6ojq2uVoq5chTNUKy1jncN3KZVSqvVYOV0jeFab6"
    "IGD4HuO6G010D35cq0nI+aC0g61n3ztLWVeNXcwuTFfunt4e4GWq90U53jOeqMvqJnVSMa"
    "wgO6Ny03iNyrEP1uTtvIxkRVdCPSyWrhtJA3fc3R8wIbyFlgWgphY24zgtv39hoGTwxkMJ"
    "DBjZiTG8qqFCGDyS91MMvlKhsz62VFmmiMf2RF/G5khWCF85pV/nWcbxCFrdob9D8FxZNW"
    "UoJl0f6DlemLw1J7MqMk40IQKpkMlQQrc6/hR4F2QLpgSXTTknAcEVjwfMQeRfpmDUjf2b"
    "iBnGxRgNPjOIYv+Rqof9frHTMy5iQjKma7YVbIGKsjGMazAtMRMenice2airRQulTcs5lV"
    "yvPSKJZqPOYWm5Eu75ZS6C8vWFTNL4mXqqYrU23+g/18RUYS9p+DKQimIJ/LkMCm4D35wQ"
    "o7cqWAMRiTBnOwgjnoTpCVsA8lRfANHwV2b91JYZ+T8j4mtSfcU4tLg0NK3OW9Uu8OJaF3"
    "l+/dEa2qRO+OS0Hv3tq7VcN+xhaDxwv7d3bcSUQWengFFjUnVk021suU0V5n3FoBnSVtIV"
    "BTdOS+901f/lbSNDghIm1E/pkYnUF/LHXG8nUbhZcT4+93Uq/7sUvvhpdu2a/yMCjrXU6M"
    "3mA0biP670mFYVR/3FbCPo036Gip6no2Lx4XPRwxfpZixr07O9HhF+fv34VMOP2QR4KPbq"
    "Rej5FOxFxbs4wgwwIDI5Q+YFC6OzLcF7+5kfqk95YdHDfyWFJ6snStSNejNop9nBheneS2"
    "+3diSLfdNiL/TIzuze1gSIaC95ePwbDSVSfYoFV44Y7IiLCY7BvjGBdXAueknHhY168jwf"
    "kWuytQHFFKjD0baU6pWVt1DmqRNJNILLJTR1dtR1HpGXWa81Kh6VnyMMz5aXAGdaxZpMlI"
    "hSvyG3GFJmdWAG3Oc5u7nr90O2cbaEH5SqYZZw1Zd9SS50bFP4j+bmQEfGQTSEzhnTYwcY"
    "b2oXcqMfzfZTp5XPJwTMTr89Pgv2RDJB7x1OmjsQPlUVYPDXI2xjxCnGHY5ua1g+A8VuCj"
    "d4BLeTQ3QoAoZwkChUQ1PGNCMe9LIssQ3Su6hzS36wGXUqslQY2IQFeFUP1DwvtMfnRZXC"
    "My0F0hPJ+P8PzjpK3ksxPvlLVyE5yfVm1rALfo+YQNRTamzRfCtRZMhQa0MJhsT3hpOKPJ"
    "UcUENaJwFoDVXfBrwFXsPU9RtagAqFFDqqY+21SDayu0DKOz9H4yBvKQdycrdwz9qzybVh"
    "2pifqkrm+kKoEU1jhWZi09qW82+cy+fIj8uMvZQjUe6sDKC4ztuNWJipmjPijWztmbKFpj"
    "9UFUkPCPMEXSjkDJP6KZmQSc0ulTbOx6dDrtTx2vJlH7lDn9Hc8yEoOWhWoQ1CUqWM94uj"
    "BN6sjWtSdsaTtn5/Pqu/aqexF0LIZpDZfYttWdl8QgpeGNV5uwfc3PRKhY613HZpDUcLgW"
    "iOSLm5dY1XcE6RoXOhO2ieg4qs08urgEOmNShaDoEItGu6cW8u6LYD9SlUBolUpOw5j3n8"
    "kP8lKqsqEdGHhskn+Kz/3fwhoFgrhkSp+QachI7RNlIrbkXg0JELfs1syrpKnQVCcQIhdG"
    "tMIWotLIvEcqojX+yUa0zjZ6Xpg6fu0+tLFqzRboWSMNu3bcdKi0DKkDzYiMlU69usf3bM"
    "+9mk7HQ2uHbDyQjYdr3bKhm2iKZOPZjL9Uo2dvS4wJCZGEZ9+bEjP3fmbPY9nbPmuOOWpe"
    "fBxEdEEEEm/aZquOCKQgN+RhPLl8zg1bkY1MjLydlet64LJMB987t81sCIrVmh40pYcHPS"
    "2iu4ECDgo4p5OuwAr41JwzkkEXyFcXCAqhfx86mxdpkoVZNmo9JgRh682xcBoIJ5g4YOKA"
    "iXMIE4dLaLfaOOnFrAZQxY6uji3f3B0mEQtIzDAhk0GLW0zJWMxkMS/UeIGRJ4YWmu2Y1s"
    "vGL+Q6hNDSfMJzpDktdG+ZS0T9kS3kmP4FPZQv7XOqrVawbMGyBcu2IZYtHcnKbmmTE1Vw"
    "nP5S6HzJpJF3a8dYBTwTFkI3o6cIVDhTLyUI5AeQH0B+NAleID+A/GgKtKXIj83aBATItp"
    "QdyWWcOxKE7jPM4D78LYhbKA/HL7WV6JDQvYXxa5rFAJFmxToiBrbHSPwVkVpspFrYDY71"
    "BrrtDnT06jt59h3da7qDrRain+iXs7//kmY99vMK5tmfwbzi4rb9rM9NMSBFgBThb6EQmB"
    "RhH3yZHWor1FGXP3OUbUPsBDDDwAzjCGIwwzg2w45jJ8iWaq8tPDaXRMmnR7YyDIZUmVzL"
    "AXuliU4dLb7VhCAdBc+JTq+/oOlLdE8dtttoZZlPmGj4BvJrJ5dzUsicPdrIwq+1JU0W0i"
    "KXT3SbNTJMZ0EaLW1F7O0t232pYCCAgcDnFCawgdAkpat5O8c2ByqW3fOYloTzqrcaZHDo"
    "/UFghtPXDwIzWXRslm1WLAZiI80zl3MiD6XR3VBuI/9iYtx0+4NhG7l/yCd61jFZKMk/co"
    "+sloO+f/5x7N7EGMpjue89Di+Tym2RZjwv0ozn2c14zmhGAqBd9oyduBQEQCQmemJ+VFJV"
    "Y4ICaqoN0UwDTPK5a39ramHu2i/PcdhexbXl/PS0yKx0epo9LdFnDD7wSJyKm7q0s1gbjy"
    "csOiXyuJXHpKws7UmdvSh+UtVZKFEo/ZEkj15/6ty8trGq4zmydW2G3UBxA3kVon90b9Gr"
    "qbkmfWCOlnhJI8mnprNwI8TRs6U5pA1dDsTG1hO5Zrhl9/ompnfWq5I+tvG/U+5ZYFmAZe"
    "Fz7RKYZaEDMdXc2QeBeqUPd/rnPhu15qM/6cBKQ3mlGar1wkYzkEjAOX3xk+A3DNActK78"
    "g4DDAUGW/6tuXxr+xt67fsU4OPjqt7EsJbVtb3ktt0DEhMAZm++M3SzZO/oISyWF5xTarZ"
    "7CWNfiyle4QT9TrQ3aprBWex8IFAky1AzNXhAVcqNWtpCvdaoOIv3RcZNqIs2xkflsIDo5"
    "okf80nL1SlJq+oK+/9mTtv/8X8d8xMYf35nBhnt8FfgKOZiuQIsFLRandC+FjOB0mxfIHx"
    "QV5pmRroVq20cOIRrYzRpvBbe2htI8g3/ytxFl8Om/E6Mz+tpG5J8qNP6HAnzZh0y27EOS"
    "w7e1/2AltBiStsdDtiUXkxPJoPvL+fnFxfvz04t3H95evn//9sNpaNmlH+WZeFfdT9TKi7"
    "VE2uyzF+r523dl2OCNBM8dnhtnI9HDNLJSVHGpxCQPs6JzEgnC0wJeyKUyJ4q4bqqsQxJH"
    "S1XXMyeymODh5rHTZJue7jxxXZy/fxdOVfRD3uQ0upF6vfRs5DoaCDprgzFaMjFMSDUaxd"
    "r4vCN7x3mb5utxj9tr9xQ3pcIGFYboXoMPOJnJK4C7tnHZjJ4MUQA3jxf1x3kNxOitR6oN"
    "NxU2c2bYSo7Gp8btm1OifbIGnGvb0s5jKnjG+C0O8GF3ATUb4B32AiW0tFoO2Q1DUQSZM8"
    "qdBlfSCZKYaRmOkPRcvN0ZElkJikX3+AJIndITxExyx+9cb9D36M6F70iz3Z/gbXq6Ny2k"
    "ehGmdyN5GFbzivzeF5o5wc6I8dnz+6ocdrbJgWbhGdaeIDsl+E64nq8E9p24zZRq74LpDH"
    "1ZnonME6nTkUejNvL+TozbwXAsXXV73fFvbRT5QEP1O+Pux25HCsL1Ix8nRnpDwODqb7QI"
    "LRteujkQR3J/rNCWux5K36Semwwxca+K76D+LQCBWvNIMK/aCZJ18N4ZBnf9sdsb6MXE6M"
    "nSdRvRf/09HXS1a28WPtLMw09Sv/sPv1dEP1VpxPrTWe6WknT/+Uhr0OdPbuX+dbf/Sfkq"
    "DyMjlHV3YnifaA7S4GpijDqf5eu7Hr0ZXk6Mbl+5HQ4+Dd35IfKBDuKb257sJzL1L+kEQU"
    "c5vRlckZJSvyP33JrDSz4GN01zZmC9aseIiHM9pG/vrnrdDukM7t+JkR7i0vVNl/QW9483"
    "yL3xzcnwBU50j/ux6BbaNKQFwkJCSRF27Rw6JAT2Ox9uv3Ol3h1KQu8u37vn2CEdlaFxFY"
    "k228gC9BUmFj/0eKeQs1QlHLcEr4Fn5F33GsWP5liZmfNSG2KZwvUomdupuoPN93vQ6AlU"
    "ykK1F+XAjghx3NO5WVVdwKqHnTHEa2BEOWuDhhCghWLP3AZTHQcvV07p+LOUcKOjp+qIQY"
    "u6dEoOnYSogI4EkcbNE7Y08kOqNHRCFOZHntt5vsYVmngjdZDW5YSaalzj2rMFnq91MhTv"
    "WUen5rdxShiamuOmnpnLFY1XquThT8jCjM1zS+MfDqYJe5S5+lJao00J//QarYuITd6fR/"
    "lRhiYH0FBcBAv80Kyfhambi5JFWaknCzCvrEqgMco3hrl2yGrA4PuyR0BEJLlwaDMH/Q/p"
    "WqHQ9+YgT7HIRz4JcmIZoBUkkf/dnJZ0EG8kIFFnckpZau4qV4WliImCKsSzKrRezSsGtc"
    "YlBeSiGhrUymh2/9tzeHhAc0a2mBsNG4Juzk7D4x6HxSfC+zkNi9cNh1wivG3HYZFTdJNh"
    "HbVsiRMsxeBed8TRLZsd8kZsMLfDRR+3th45PIuULLQRzjuG2U037R4G/Ccb+XWgV+Rd2J"
    "i/pjvRfmnTvWjLFnL3nxH5FnKIkY/shflMrv0wZfbet/pfUWS7W7ChdrW2yFzv9sbIDinY"
    "5gbb3DidhBpqERTZ5hYZi1VCBiPiXG+GkPpS77dxt0P3uwWXE+NGGn4hLdD/pMg3UrfXRo"
    "kbE+PbZ2k8km5v2yi48ndDdftj+dNQipxvE7mTnHOPExX3YKkGBT6tPJgmmYoN9mCOSCUT"
    "cBMxfpq0jtnyajDoxcbpVTdJ9N7dXMnDV2cu7KSQ5mlxjHx35tqalQr23EjwPHIqRh9eFg"
    "mrvcyOq71MBdauTF2bvShP2LKZFl/OOWYpSRHcG3G8L84L4H1xnok3fZRw7j1pc2ywunQR"
    "115EWASwD+/Ym5kWpdKnL6UTrSUlgUeKY1thP2E9+wh5m7HrgZMbSlkceLllPTmFeD+052"
    "HTfzUV2h0Sf+2bwRtM/cCWkwwOb1OgtZXFM2Nlt5/sYaBQgp6b4dFsyDHRXCNLtIOWqvWI"
    "3TPiaD4pYqEvad9AczzT3JAoxgketVTJPIAu6OpuqhI4fw5ouWbMUQLTcrskHmpEwqHrLk"
    "0jpYSEWxsl70wM6W48uCGNca1cy53uqDvoU/oufZMPug0YoD0zQGAUg1HcEDjBKAajmHfL"
    "DYzin88oflD1z2bCjEs9bOUbw6SYsgjKbTWEv2C8sqPZlf9kI8t8ttG9ZS4RaXx7bWH3nH"
    "SLgGR4thr5o5PPBEYbz9OWcE11wqGVHEzrLTB9wfTlQxVtzA7rEopohVB0OOsme2/UDpss"
    "d9paydv0c2h/+EpXZ1UM/6QcmP3JHu3pQ5V2+8VEYbcfP9u+0mtq2FgVqLOkJIwh4Hr2DC"
    "9wPcfieo5DTAxpfruVQ5rthMFMRJ628qgJyysXnFm/nZuQn7D1guT5+du3Z39Bq/VU12aI"
    "SCNnoToIk6fIJr0Jz5GK/Mrb6Puf3zxjXX/9SOZa48//XquGo/147T9+TaS/u1kbbFIJXq"
    "a5iwO9E7gNDqaxFnAbwG0k3PoZXn12Uz8yR1dFk5GjDNB7yPjvTqTB1F94Z0BMSgjLfB9A"
    "p9SxY2kJPpk/XLvfk6EoRAts0RX8oooVlC0U0+fqUbarR1GnQ+heoKdCUofEjPSUB9N6aa"
    "FnzVloBl2R0UpXHbqPFk3NtTHPCO2rrWZmhF9SbQ5qg2g/UAuaMrOJqxaEo5G5dhU4kiwi"
    "z/MqlnHMoNIZ9MdSZ+wdNxh88p9J/dE3eTjyn/mf/GfkVXLwxL2mm3NHI+kTvRtc0TjC6+"
    "5Ykb/K/bEbQLj5NDHuaJnwWfTTxBiRGrygw+BqYnyTrz4PBl+Ua7nXpcfo0Tel7/mbhKXr"
    "kUL6l3+sWvhxYsi/0gM2lY/dHpWPfgrPyRyFp2PSszmH3a9S5zdlKP/9jnQ28ix5h37bzl"
    "Aeu1/WvZgYV12atfNTG/kX9GC/r4NuR3ZP9fOuJsa1LPXIDffPxBhLoy/kk/snuU4dZyMi"
    "O1drZprWw2dn3eec5yVrPT+7fH/54eLdZZixNbyTl7Y1vUtZnbF5s2LTzEb6cJPMSajUSe"
    "7b35BBJo/lkqv6iSdFezn9S6aE/qD/2033HzLNB+BfVunu9R97CIn5RNMAGB4afhPz8dbm"
    "4EQAJ0IxeuDOJvflp4ycXZGnrTxiYE3LKfipcMauW8ucr2cOIl9Lf3G0md1CtkN60BzRDF"
    "quse6a6jSshhj2YfaZIOFWmg2opcYi+bgg+RbY/fxPTw1d9YvY/dys+iJG67l/mZYOG9Gg"
    "PM8ESkU3wNnpaREz5fQ0206hzxIuF9VhnLdZ5IxlXxASA1VJDHSPLYuVh7dQEOpGGMAvD/"
    "7Rgql5m132YpQdNr00p5BuNcKy8kof3fjCVk7G5OjjVr75RX7eThmTfauImc54ezLkrdJF"
    "7KqgJ0OeYzC1GjUJganFg6nVkKUcskhDFmnIIt2GLNJNyiEEWaQhizSPcwjwFXwqOcBXiM"
    "tX5OaHjRdobeUsds4PS2tBr9SpuXaod1ezkPlsIHU2M9cGTXCzsswZtm3SJgwaY/fqmFHj"
    "QReHvLBAYzRobhKYxoC8sJAXlpOm4samAzUX1FxQc5lqLmmm5RCTbz/TdE3N0nUZpXIV3i"
    "WmOgkRUqy01FbV91rV9Bc0M5cr1dJsooKZ9+iG1EiUUvdAA1dDdbc9qu7po5uAR/rYDmIh"
    "aQGNET1Zf/WFNlS6cLjAaKAqg6rclPlNYFU5NiJLaF9JOQF1sPrzL7iglY24jAkdcEvZvm"
    "avhKJbKOjyMifo8jIddOn2S3cJSwOduSUyLlRpYyRnTHrd+yK9Rb80sEmxw+05PW0IsLMF"
    "nj1WW3pjkgIuvQ1Zahm7F9NrLbYsk2ElZk/9oYAIfr2EE7XQvH+RM+9fpOd9bsKXGjSKYH"
    "8o7A+NcCGUBOiYhpHt80uUaG3lQGbxwoVilVfYiiV7anvcg2k8vNa1Jzz3PHeO+YgN9wiL"
    "Z5oXUnPQs2ojP6qKHcZcV8Xb6Q6gN4DeaMbUJTC94U5Ama6PArvBkhUIwXMcOsRqA+JUm/"
    "8oowGnJffVACLl+dygxiabSvX7nagnzmyQQ3d8dUbDhxRXnajUDMkKoBHKN4ILnoJ/rDSy"
    "rlRY/1nycJAHz0QLMTWdNSMdXrEIoI30Adn2jUU1cl//pjPo9+XOWL4uqWafhIJuakTv0s"
    "2l2B26kULBlX+PlvMvJkZflq9HylCW7saf2yj6aWIM5a+DL7S0f5E0r4osdfUngvNtMsWe"
    "mbSuVJNnx82nJZODWps56H/umQF7a/aNYTVda7qjGfYb+r5j2FYUqfy5NznNJkYurSA598"
    "7xTNeMSu3DEIUGqr2BdNV2FPvFmFUyjdPSsDDyvDC67VXaDRGXEkEFPYAvAjKUZqPfTL6J"
    "McJSGUp9rrvKGXIMUdhAD/69PcML/r1j+feypo0aoC4YRs7nHLEVYcZEGUOYfA/Uv+v1ju"
    "VCHUhrZ0GteHzCcJ9Gnra2uk5NstYsFDssvX3HJCKFLYIN8lFC97r57Dk53Wr+ZCPDJJ2n"
    "5R2GgxzT9Xi2Yk5R1/Np4blmkRruLO2viG6B1PFrUpSxrfIw74TD+jhYLlrgYf2JNN4iHt"
    "ZgyCprSytjVCblhHCsJnZJnhYyLGmx7J2Sp2nTsroro3YnBm8N0JCBVYisWVc7cn4Nx803"
    "o33Bmt0rWQAbnoEcODDE+yEHYG95g/eW36oPTBrAvd/aSgCsgmLbLP9sPAttzIY92WBSN2"
    "teENikrrAdG3Zil4uQ5f/Ymybvv4awVx7CXlX7sVTAVSgAYVb5jVEhzMom+uisfILwqNgB"
    "M4SHd6LIl9U7j5MafD2l325aHumYIGBdHGv32ynVUxjkVAP8JfCXDVRegXDjhhXifLf9LT"
    "bm5Gd+olsRTlgsUfR5aztb5BVXHsLyBQJGvL3u5tRRabQ9zYtNAzdmqq7T39hCz6pG9LEH"
    "N9ffd5oxkGIXTwLwPZCyydd3Yzu2RYwc5qUQMsLBnNYCfgv4LaAHuKMHYFfsT6avQy4MHs"
    "Yd5GbgpCFg5zDXjCnsHOa8gSAK9afQGiAKVez2BRYXolD5hhNIcYhCbQq0nEahfsPThWk+"
    "yk+Y7WeIPW9t9TM8e8UVHJbf6mcYLzCary1aDdKMqfmjjYi09YJs0n3w3D18CPn1oqk5f2"
    "kFZwy9woFF/Aua4ntyzyv8gB0baeT/89PTtIthz++bGBOjbzrIwQaxBV+bz6ROb8drbE+r"
    "ZiPT0F/Qo0HPFaV7YN0y9H30mX+8KJ6/Qbdri7QcujhFc/XFRuq9gy1U3I/xz0jWsgg1/i"
    "/wb4B/g88ZVWD/hnfIcLrFs8NLNxJCcKr7jt6l82cl5jQQFALlQxOmFLzSCZxjQvXAvn3p"
    "aHDXbmDq0qjy6CcvvZX7193+p5KL9Ykv1kb+xcS4HQ468mhE046GlxPjo9Tt0Vve36TuV6"
    "Th6k9EqjoOXq4cRtONlqquZ56OFZUT5mSsi/P378JDseiHvPOwRjdSr5cOL4XTkg57WlIp"
    "FwtLFnws9ftYDALGupIBkRAFEp5nEt4gGqvirwQV2pohDu3Nc3uHxE+Fxk7KHqSlD6liN7"
    "2hU/6Ko3K+15iea2a9nGTTvmGRVh7zG5C+82jpQoe5+TMTzfvnCyOT3HbZY3qTfojuAmKf"
    "3FapliLMadKJFKfegqQIwKICi8ofByQwi+oO7JKu86jMfn3nnCyIJSIRPGxcOFKIFmOX4j"
    "XwzKGe9GTpWukMZck9Byf6aWK4n+5uryPP/E/+M3kojcJH3gfKRHW/Sp3flKH89zvStZXO"
    "4Oa2J489Zirj0cS4kceS4h/D0x30FdJe/U9UJuPBxLiWpd7mm0c/+c/IsPokbypK3/PLfR"
    "v0/afkamJ8k68+DwZflDH5hm0U/VSFP7ssljUiJ2lEBn9WkT47LHt2tq/ZvD72jKiFa1VP"
    "o5m7CX4jBBvgi2yA55yrTyuDCYW/brZ+FNwZhXfuOh1ZvqYTVXiZ5O9JqS/d21u3jHfBB6"
    "N/HC9jg1iXfTgZ7dkCz9d6tUwSCVkB9f2G6PeFSDB/6a7U1ElZoDt5bumF46yUrNUyX79L"
    "iFbS8Thr2Rq1PBrh6LrglgxgMzFNSAmE6fnZ5fvLDxfvLkNgwzt56ILzecsxBgVUq/P8Qw"
    "xSCRjB4/VTLQFuHNjKDXKu0NxpaWhtnltbx+q8JHUbEYFjD+HYwwPCG0tAWA5ehijAC1v2"
    "ONmyF+2dNUDtk4ejRK2CIs4Y2tsRp4tYDUj3/GoaudhtRTay0nN1bierf2cHzSSHwfbAme"
    "RwrPdMj0RYC4SsQMgKnxOwwCEra4vhcc3mjPziPAdSVKaMLj8U4owuP+SQRvQhI4al1EaF"
    "jQRsT8h31lU51aB0ai7IyLXXQybI4sFYcAq4rDeiQsxGh/Zaryz8pJlrW9mhCRh1iOBLOH"
    "gAgYueYplORQWMWQHQzTzTzcSI0p4YYa25wW4boQMGuwXGTrRBQwOI41A3+lI8W1PElHtV"
    "09cWa93P9DhniR9xw/PpDrpuzc7muWbTn1ZlskqIwjTF8zQVmPbTl5JuhpQgeMgSWRZX84"
    "qrfVwS6BaOB5T/7cEvCo47biA+xAFU0Zzobty+xtK9rnzZj1+GWA9RzfXkRff9CgL/H3t1"
    "EC1Ux5ZWq45p3GsPJyzfULxEK9ctRMuSx/RHBIULbacOXoKu1rZmYNsm33M5xRZa0S3Rkf"
    "STf0Vq8GiKddN4sIN90tFS7N3W+3gJeK04mOFb4LX6idSoIl6rFWkrrHhjuOSx8wxRyPGX"
    "8GMx0lf6U6qizmbmOmOTe05KRba4EMT9vqHn4+g53lA/NEc/1+yVrr4o0emjzAjIkhfBX5"
    "JI/HdeJO/feXbav/PkCKD2A6lsnnH8WDboKUHx0D5/+7ZI1MLbt9lBC/RZ4qBFvCSd1Snn"
    "J48Jgas8fwaq4CoP8VXusUO3DVc5ATOjDiDh+eEMGTFaQBULZuMAVQxUcQMgPgRVfAj284"
    "bYP6rrAc+kP4MirUL85zJSutaQ+HRqR/f0Iv99SpDZsWQyyBZKlwr2fcDRO8Bl8j8hNXSd"
    "L8JlzjULz9jLTrGsXLEKeCZ3TgZ34zYi/0yMbr+Nuv2kG6eIwVskSD87Qj8Vnh9YRKW5hZ"
    "SgeNzC27MiVA4plQm3+ywDcF01Htb+Iloa9KiweMDXnxguBG5G/nkwLUaWuGKTDbMijlvg"
    "5EYafiFzPE3xF15OjLtxt9cd/9ZG/sXEkO7Gn+X+uNuRaHLTNop/rjJTQXo/IZj/lWqRKw"
    "dbDDY0hD6bFo2LQwNU2B7RuJylvjHp5yr9+5185ycILTFveVJt5P1lJiol05P7cUzTJ/e6"
    "X+Whl13Zv5wYQ1kiN+i/6QSmd/0v/cE3MtH5F7R0RyaSroR3xcesl7SAS+gLDFERRmAC8f"
    "MiOjEplY35eXrbKk0OR5CcM/SzzD0TcSFI0peRpE9xNEcvpfcmxMTrw3s5Lc6b+qvsp4sK"
    "gm+MHydJmj2x6fkOVXZMGpCEsQnt68ePV9tplpCFlua5pSnDW6GRI2LQvjy3L91EW2kYxw"
    "ShjXluY4hUydZ3m+nBKhKpApuES43qEpuEj5aUmLfRUw+cEFIFIVXChFQdL4lrU6HNyuLK"
    "hHSzNtUA7J2NG0jRFcU1tYyXzpG7PV1iqb3ifkyf53+RaY0C9epYL302rcd7nWhr1trYFT"
    "W/quG6yPTakK56kM31g5XTNYZrF5fMANNNoVahEFNz5SiaQdpVLxZmevJtoc0WiE7hSJrb"
    "aLa2HXOJ5po901ViMllotsCzx6n5A5n3SEX3prVEmo2cBaYb5G3T+JO92UJP3v5aY+yz39"
    "dLmKGwVDoV7woxqhCjyueE3VALv0iMajCqlUecETmW0eYJOZ6jUyt6Lve0AfOHo9gL85lh"
    "OGVHecWlRHASHzrUiK44JYmBiAgQAsC3AN/CF8T74VtczXR3iKke/dGvSlB4I9MjjzsDox"
    "RBjvGWYBIKmG9+CBEORbbab7JKLKtXfrBiC3kV/IJM0oPa6AY7KrLwaz+kwUaqMSefTWtO"
    "P3hlkX9qj50222qum2mtRfZE+jG3YLqB6daM2Uxg04336PlaNvlAsHwsWJ6OQtJyy1XZgZ"
    "6WhngbfgIv0oM7b1dE9gKauyHi5zSrwGoFq5UjiPdjtUY09B1RZmRNERTo+FzJown7jSDo"
    "Lg+Z1qtfolXIcH3eFN5qso4X2HcBYgvZ2HrSZhh5FRAZC2NEKWnqAFR13XzGc+oQROeXaI"
    "HUe4fIUL8gjcr4k4101XaQj3bagN3rmyDJNwdLRAssV7Bc40FtZJwqmjE110aVpmeIC9j+"
    "DWnvQtYMKN4/STD5UVPlgxXDjXK9l/SR26KiBwYem+SfPcdE89DHd4+IrtFc8cNLT1iGSv"
    "As30SJlioQDokNpLo6P1qqzmxB8HKtAALKXKOlbGou+ApiixgVxpyUD4MTg0RXvv2gIvJ9"
    "1BdWROTe3rPdLimS/BNsF7Bd+FwmBLZdymaT3CmJJHftGg+QLJTa5Twntct5OrUL+QIPD1"
    "knsBTIYrgRPxziJ8EyN/be/qYnS9dKZyiT/lo6PVhUto1SNZVtoyKnFp1nn1p0njq1yDbX"
    "1qzUENhIiBC5um8/r+oui8oj+XlVB0GiiiMMBMn9Bl9I2TfUUa98+yyNR4p0e6uM5ZvbHu"
    "nN6WGRVzA+RDJKekEBjAcTQxqNup/6ynBwRwoMB1c0S3H63sTwRpoylkZf2ijyYWKQrtP9"
    "+JtyI9ND6kdtFP8cSl7LUi+UpB+qDNr6D1rye8TmdM94t8pOcpkS5OP8H/paYc7/sVwi0z"
    "KnGsF1bTG3+2kPmbn5mOKVUvRVap7TZCuc7jC3ekn5/nJ+fnHx/vz04t2Ht5fv37/9cBpm"
    "50s/ykvTd9X9RDP1xZolnboPMoVnT0WQKVwYxSIv3XHFLMdw+tvus7/LCik2pqwSo2Uyp/"
    "2U3BGnfF5zshr0VzLU6CvT1LFqsIGNSCUgnRKxfWEaUGSH7dFXg0Ev1qOvusnNdHdUwX11"
    "5nZvUkhzMlZRyBCW3a+bSYcxXLvpDGHqcqVqD2W9ugkxyA7GyW5VIdGE6ANwmAvjMD/uZl"
    "U+54fd96qylrQakO1EqhIT2cRCXjbII0KCHTjNVVMmiv3muYpAlhO94SO6PYCDJitzS24N"
    "4hgYbt4o9CoQbbmBFr+0UXTHMp574Rf+HmVk4Cc3SpxYvMh51maMePI6K2buho4Gq7hRNj"
    "QDTpWzWyF8A8I3+JyLGmqvFgo9D0ZsiREWlQHtv2FnuOU4qcmy5h/kduttJi85gZ3cBpvR"
    "b4PN6J3BzW1PdiM3wsuJMfrSvb2l9/yL5Db05CJ2HP8AGfR21lnFGZ7HUEI8/8tezq3CP1"
    "Y60cWyz4TOYKTjYuKB/bYQ2G9zwH6bBpvoolVOnQmlBFzYG7KQF9pTNDOXK2ppVtLgErKQ"
    "C4Pnlp5jVS/J20ZEgA3nZLOYkGgeOU+LkJiCv2av8Dqq/VgS1ogIdNY4miH1WQ7RhBh0Un"
    "AqcuJUjPLbO8Ic3f0pKMSJcczbgU58TrmVdy9vThziJftVQwHOSX7FxphqADUAPParERPV"
    "iJpUAFJqo9YA6bVfjZiQRgz50meP7dNzfqXpOvl90mxmrtkZxhMlWnn+86lXVlEjhQu70L"
    "1V3nZXeTfxN/KrQ465ni3wHGlO201cMCJtstqkW2u5N+31NKwWLTXLMi03Tzh5lvRLHOCV"
    "EyOoaY4dVSM4oit8T8YEKfDinUFlrh1aktzSbGSYyDKfA+n4FyOvJsi59/3+iyiPnu3aj2"
    "mZkOMc3PXN0FUFdtfb7vShBNMH08jO2XjOlK7FfXbUJEBx59m7Ilv832Vv8X+X3uLv4Rad"
    "pqshz6gB0N+GPl2jSsIdERHPObyP/n3EmJXDYH0yHnalnhucElxNDKkz7n6V28j7OzFupd"
    "FYub4jd4KridGR+h3ZjU0JrughCbdS95qekUD/ToxuPwhuaaPNdVJbPE4Ui00W+zLbKMPy"
    "lbZP8jZwat5AOVtbFjYchej8mjlXMCslyRbli1kD+Nt59rfP6LSnE305t91z99BmVXHADb"
    "XhnWhrs03pOlq5xp20K5rfeE6sU1szWJmW8kdcWhpGG9+jzZorU0vNSveUNcCiUhwrIlXD"
    "L2tPgeQiRlOHX5bGOZQSD+ciunW2ap3SrF248I+VsjQNUn8K6NFS1fVMXSwtLZBSdnH+/l"
    "2oj9EPearY6Ebq9Rj6WADQC1YZKRILohsIA7gxcAMSHi9VjeGYkY2Z9bIiuGQf052qQYT5"
    "Im+t3cdJ3TQ2VzVeMpJxFWiFZAXQCOUbgegvRMVh2NEh/jkpAzeyAH156B2yPLPYvwLIb0"
    "QB+PLA2y/EXqriYIoJgrHFs7EFSaqyNalmehEZzZ5KUgUB5RCry3ug015OzKkv3qlrPJna"
    "DJ8wAp2CR60iEU5apPDWCCcpCA4y75EahBL5NaBXj/gFz9H0BWmOjb5rhvIdaTTPBz3w0g"
    "36IeoQItPCwrQ0R8M2WqovSLUfkWMiGzNSh+z/dVXOfdFse+2tO5AxBEKQOJ3lGqo8lAhB"
    "8ueBanEwceF6Ul0IHQNjrJfTrENg2EhvJESwfYWOgDnQ5HVyPZQ+jtvI/TMxBrdyv43ovz"
    "TwhYazeMEsd/3OoNeTO+PuVU+mMS6RjxPj64CWpP8m1YXjhLd48RQzRv6iHB9WRIbnBqvq"
    "KiziKcx2FKYOJzAd1r6MvBM4QhFhUrAf+AQOdUm3PSgrlbW65iGfEAT8q+G/sTFKKrYxQQ"
    "H12obosYW4Tz8SiyzeVul2TsoCy92Alq4Qrglhms1p5QWpj8y9a4uhrWQrg3Ep8Wyls9NC"
    "ueRosWy1+zSdTW41vy8LdUQEcC6Kc7hZq3r8R7IGEcA/eBROAGL1aKh0FdAQOzTELiE5rE"
    "qgMco3BoQPZK8OzfQAQPjAUdxsED7wc4UPeM50+Qmzc6VEH7eKhBH4fjUcSmyNJfDd+a4E"
    "0uY2UnU6Y70g8jJdw3PvfJCVrlIvv2nFzwrxpGYL1XjANOeIsyBfIh1AsKd3bI8agMAACA"
    "zgc/5qqFpQJDDAHbAl4wGiMhAGsNVN7WJTAt6gvIBezrOidEse2/ILS/U6jkbgpq1jqAJB"
    "OrtsHSDIm7d1zc9GukocXvoArxZKl3LTe7pPiGL6gCFmD5ZmbucXcZdmNnecEzwmEFMcXz"
    "bOCy0b5znLxnmao29e9NgJXVb8w75oCFjJSewkGjz2bUAuyT8TozcYjduI/ps0BYs0zYcC"
    "DfMhs1k+JBvFC4VhzHJ4pi1VPS9+hjXBeVJvfOnmDYMccK/lTvdG6r06+9C6TCRjCVMeMP"
    "xSEHi338A7/GOFZ3TFnemmjRW6srLX7AzTii2et3CL1avJupvssxSJSrpPVBCiQPjxTaRV"
    "HXBJiabgFnFJlT7CCw7wCvBJZbpQbMym8XLR3AgBoskkRcuVqj2UdZUmxADVBKo+HTF9KY"
    "trUhCQhQMR94cmBEvsF95nIyMNfg6uERnoromwXm2Fdc0oe4BnQgy6aZohLH0oalQGAIUg"
    "qSMGScGBfXs9sC+YPWuA9TZSlaC9NrHWxPAdyqPxsNsZn6Rn3xrBHTnFDkNsKsLRlacAvK"
    "4+VQO8dzZuoH+x8GQb0ToLzAkbMxWQ3YJsyqIvAq/PrtQAbidSlaAAx6moAvB6hGAN4Erz"
    "EW5gGu6iyMaI00K41oKp0IBWPB01frYvI5rjyhf7+GWI9dA0+BnO9f1jn4GPocbKCH6Mar"
    "PZAZBR9fnAQZCaHbYCRDZCZCOnen9DHb/cRTZy1677D22MTHDpBTHvxLO4IJxzVuCcMwhd"
    "EW0GKxK6Ag5CcBTwpvC36t9NvWkCul9pR/Mq2BQlCNxpsnpHfEQlqg9iiHqg5VijIarbTV"
    "IldD3s2TCN2sBkRtTcSsEkBZOU0xHeUIUOTNLjm6Th9JbCOP+8z6jc4RIj7xPr+s76fNSy"
    "jlvevn8xkOW5/zZhw+LKMqfqVNM1h+Hy3dK146LQuyEGd+9qD8SM7gFWYC54CHGEeLwyEO"
    "fF4wExtBPUe+U73BgFBs0RxC5ksxtOUOKwznbVtsnYw+5Y2iTNmJNq6GGAfo4hxl0vBxFw"
    "IcCF8Dn6BeZCHM3Ry2WsCwR4tiZ5YkMM02F5C7LT0IcCIiR3yhsq+0h47i8rJWewjRTkDu"
    "HHE5+erRqYx4sqazXl8bomqLbRtY/tkcmwmblcUSOiksKQkIVBx/Ogs/CSokisQpOxiSi/"
    "pZOy0NI8tzTEt2XPpc00AYrEtwVWe9mUQnExyNMA6W8OgyxlIUtiGhEBNCGZ0P7QBEcmeN"
    "x481G0IKnIkZOKMBENToXYEdGCDrWGIhpZuItsvo74n3aEVeyEDAndHbJd1Alu0WwX2R73"
    "fTqV6Qw8mpn0lw7Xur8MJxzMqTKtPGezO+vZXnHFCsvX6npO+Jr/lXBFg+sYXMd8KmUN5Y"
    "2KuI7DoR5v8OxDnUOBZDtrMwf9D+mavbcw2Mgom6413dEM+w193zEGGgUo3++ZdHEm2o5W"
    "AAc9iz4Ei1C3QDcA3cC7Osz5Qc9909HutZnq//yULhx7nqsHG8mS+w2+XPtGVPqYR9CGQR"
    "vmc85o6FJcRBsWfoPe7aDX7fymkIHR/yRft1H888S4HQ468mg0GI4iZVL3JsZI7twNu+Pf"
    "6Mu6HbmNEjcmRrff6V7L/XEbBVe09u5XibxuKP/9TqZ7AhM3qNRY/jSUxt1BX/ksS73xZy"
    "qfvDcxrrp0B9qnNvIvJsZYGn1Rru/IVwmuJkZPlq4VaTTqfurTHxL7SCTkm9se6XQK6TTj"
    "uxERjN84KTYa4sGnRQ6jPs8+jPo8fRi1udJm7D6ZEdsbCIgQebr3o77ZkdOyMbNeVgSk7A"
    "BfsUKoDx3hOzXnDA66AOyBIKBeAXVdMx7LTCVBefFmkvPTyyKhtLRYzjaBy1RArUujs1NT"
    "FOjcMWkRQD90B6eaaQWVPSIGsa38MGVp/RzinOqMc1ri5RRb9kJblcQ0JQjIchpBJiS6lD"
    "QriWpEBAjyfII8oCQPEx7CKaRbCfFIh9oeJXZcnwOfc8B+Ihw3K1MNON/EKhMT5dRSDlGk"
    "h4kiPY6jbESaqGtc4ydthk8YjrLY81aeo8x2TyqiPy0su81VdiKhV1PLfCZTJymx1PSXFh"
    "qMwsvu7S9IRXRiRW5g4xxpBrq3zGULPeKVg1SbPH7EL+TBQrUX5LfhZ2Qa2EYPmDxF1HU3"
    "w2+StO3h3soMedssp8YDtlYW7TIQ+Qa+vmaoQwL7+qIDMtXs2ZxoQkwIHnrfXhZdtR3Fxt"
    "ioMMSSsgIOsoYMqkIMHdjmYJsfW/feapsfR/furG3H9IJIWKp39HGu5j1zC/o/t4jevcsm"
    "DVKIKL+gsYLG2pBJQmCNlQ7EEpqqX1xEDfWiiIZ6ka2hXqQ11ClmbOTNCY0IBASEdy8ZFF"
    "2AmABvD60MZHnG2g1ooDGEv44nhncYYRt5fycGnT3aiP47MehRhrLUbyP/ggZT9uTOmMZQ"
    "0r8T4+auN+4qwd3op4lxN+y1EflnYsg3Updcu38mxu1nN6+c+yfJgBVp87N3BZr8LDn5bV"
    "qcPkr4QF1kSu0ti4jstLuMT874YNvIVtiyTUPVFao/pPHPPVA0JXvsM0X33wY1ni06I4g8"
    "mFbGMr19oovKcxz/dSJ1OoM7GtvtX/ih1p1BfyzROSv6KQjD7o++ycNREIXtffKfkVfJwR"
    "P3msyB8mgkfaJ3g6uJId1dd8eK/FXuj8n96CcyL9Iy4bPoJzq/jkbdQX9EZ1jvamJ8k68+"
    "DwZflGu51/0qD7v0Tel79HuMJUW6Hilk8pbol4l8JHPwr7eD4Vj52O1R+einiUF+/sj7Ns"
    "FVKgB+lIqAd79tZyiP3S/rXrCC3bv9r4Nuh74zuCJrjCz1yA33jxcOP/Ji4SsFsl+cF1gP"
    "Ls4z1wP6CDa3im2zMAhB2Nx6VH4QNrcKuLmVBkp45KBk2M/Y+qrqa6bznl2wtTXti08oqq"
    "6Q8hRKFfDnB+oi8upArjAy71GgyaD44v/9v4/4peUV++M7srGq4znLZV9fxVXOQAm5Vbc+"
    "ZarNf8AhJ8B+8j/lNVSTKMJ+NutA0tN9NXB95zWGE33GPqVsniaU5JmQ43aTUmRNSYGfTT"
    "jHpYQAft9hJ15F5dbkqAxYG7ykmRYTTrCNwTYWxjY+3g6BpkJbKtF0aJHuiGkiykhQaKOr"
    "OJ9UTsc0HHXmFOByYiVbRcmcmSe1FzYndPPUzeYUqBjYHGBzgM0BNgfYHGBzgM3hCXhgc3"
    "jo48DmAJsjDLzA5gCb0xRogc35idmcvungAlTOplirKI9jEJG9kDh+zG3dFM7WaoHAAQIH"
    "CBwgcIDAAQIHCByegAcCh4c+DgQOEDjCwAsEDhA4TYEWCJyfmMC51cnXL8DgRMq1ilI4Ky"
    "pTjsMJyRUVuT8FOQvy0R37tjv20RzPdNXCc5p/NORm2oi8kN50X6m/sHicOqsGLge4HOBy"
    "gMsBLqcYl1OewoG8NyXy3gCTA0wOR30cmBxgcoSBF5gcYHKaAi0wOT8lk0OabHmjrlbe72"
    "SSONEira38zT0prSwjxbcyN98W2MIIq7MFIs1qu1yAS7XQlyNpbiNaJ3owsY1efbexk/hS"
    "339pk8L+3i2Pn2nRG17Ijf/ZtFK0zoHeOzGIBem+6lX3U38wlNuIMgloqRna0qePWi6h5O"
    "USQpqNDPxEj9ZxyaNf3qC/+1/Pbrn0klfObse4poLcElBFQBXxOZsKTBX502GptL5RmZ34"
    "jUrtHBlr07WmO5phv6HvO8Zw2wvtAYk1RRuIAUaQWPNoFIKr+5VkuDYih9UmuAQTCINjEQ"
    "ZlLLB4h083xsDAY5P8U4JY+OhX1MR+vt3+3YzxAuDvdlSr+oTnXzX8fMIwZjcPW7mHtNJi"
    "ylNQrtaDorZ6+u0FjSIAlz7YabxOvQ1VD4vYae7fVHtne0GD8gL6P/dynJE/uaUQzj1cZS"
    "MEp6qUOFXlnljt2FJ+t1nqYjbt4IntTDr85EEVpjUn2E8ZR9rknOMUkQHsq2PvIVqKa4uI"
    "API7hBJhy2Zap5mxcBGJw4XCne1rAfVC4c7PLt9ffrh4dxnGw4V38oLi0jM4UJSi6aBFKM"
    "rAfpi+lGTSUoI7WH3NmcggwAn4yuZAvJ8Ap83IrwHogsfc8zlDbMU3NUnG0CXfAvXver1j"
    "BeRI2NJmixMGdek/aeXxluqmzD45y1LMZKbmx5xEGUqf34jccuD1KH3ZRGSmTp0Tm5+pVA"
    "tBTL19W4SYevs2m5iiz+KqAR1UJRD2iwuI7lkh2u8sh/Y7S9N+NEQOGwwrJs8iD0UOH/zS"
    "cJM8pZQdcjH74/8DO/R0ew=="
)
