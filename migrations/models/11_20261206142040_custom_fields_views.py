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
        DROP TABLE IF EXISTS "lead_custom_note_value";
        DROP TABLE IF EXISTS "custom_field";
        DROP TABLE IF EXISTS "saved_view";
        DROP TABLE IF EXISTS "lead_custom_plain_value";
        DROP TABLE IF EXISTS "lead_custom_answer_value";
        DROP TABLE IF EXISTS "lead_custom_contact_value";"""


MODELS_STATE = (
    "eJztfftz2kgW7r/SxS+bqSJZv/JY9t5bJWMlYYPBCziZ2WVLEdA2GguJlYQd7+7877dbL/"
    "RoCUkI3OqcqZpYSH1a8PXrnO+cPv3f1spcYN1+I621ifmAjVYH/bdlqCtMLlLP2qilrtfb"
    "J/SGo850t7C61hQnLDazHUudO+TBnarbmNxaYHtuaWtHM+lLWhJaq5ZjYAu5QujV93//UN"
    "68efP9lzay5+YaL8gDZBoYmda9ami2SiX/Su7oz0hzbLRU7SXSbGQ7poUXb+hbF+acvFYz"
    "7g/1go2h/XuDyc+8x84SW+Q1//wXua0ZC/wD28HH9YNyp2F9EcNSW9AK3PuK87x2793e9q"
    "4+uiXpl58pc1PfrIxt6fWzszSNsPhmoy3eUBn67B6Tn6Y6eBGB2Njout8cwS3vG5MbjrXB"
    "4VddbG8s8J260WlDtf7P3caYUxCQ+yb6z8X/879apJiiDIYTZSxPFKWValf6FRIt4d+amw"
    "btE5rhUKD++4dX7xYQ926LvqD7WRq9On/3iwuBaTv3lvvQhav1hyuoOqon6oK+RXluYYqJ"
    "ojpptK/IE0dbYTbicckE8gtf9E1wUaUFghvbJtgOjQDcAL4DAN4iP3AxJJ3bb/ucBpj0ru"
    "XxRLq+oa9b2fa/dRc/aSLTJ2fu3efE3Vdee5lk1HvzQVgJ+tabfEb0I/rHcCAnWzUsN/lH"
    "i34ndeOYimE+Keoi0k2DuwFqpOS21d2/qfbuLlWL3dZB+UQrE7Sa2K4r9YeiY+PeWZKPZy"
    "cnOQ37VRq5g4uUSrTWwH905j37I4avO4EqdD4sg3Jcqh6sd89iR0P63UUBoN9dZOJMHzFh"
    "Jq+rALMvJWCXPn1XAOjT5PSzBZo+igPtLv92GuS/jYcDNshbieTKoM0d9D+ka7ZzKKAj6/"
    "Jso+mOZthv6PteYmmmCMUWhQDmV9fSr8kW6PaHl8nZnlZwmWgO/GOtkccVFu24ZA2Ltj+d"
    "8DIQGrJGB5jkLtK6ajvKxq6knCVloaV5bmkLP5I1qUo7xyWhlXlu5cBgmj0r5WzblGCdZi"
    "6/DbzTqt1C6xES/3EJiZLgMkQBXgIv5WXuHpicQRSyNNQfTQtr98YX/OwC3iPfRzXmLPPR"
    "Z8uGieqaCfH27nYWtdSnkNhidTRyQRDAjmewSOOudCW3MuaMGoC+tXETjZuiAKemSTa8tG"
    "PP1PnDk2otlFgPp0/MMzNxJyybfrQ6WyXvqIZ670JEfwv95j72PeNRc1T/p6cI48jTdh5l"
    "rMXL7eKMsyEGXpaDKbYNvCzwsnHDfqVqerrBZWNuPa9JA03wDyfDsA8kheCz8ppU/nWST6"
    "iELdofDj4FxZMsyx9p3JWZtvhRhkiMSx0KeJEIW8vUGX6HnuHIxmaV0mLilq4vmoDZZ3H5"
    "6N+trz35mzzqoNOTqXEtX1/S6zNyLV1d9wYddE4uh98G9O7FSatYi9zTr/v6/Oz9uw/kqf"
    "tr6If3OU0zvpb6/d5gAk6Jl+jjHJGzTZrWOVqpC7E56nyO19U0tIQosHY8tzNwsz9DK7uG"
    "dRVuNiUI5CFws8DN8gXxYbjZ7dAHbnYXwKlpkidu9hqvZtiyl9q6xeBmI0/bedzsKl6uVm"
    "72n6lxvaH95V/A2QJn24h5QmDOFjitF+S0QLk8qO5OV5mSsEZEAE7Q1TnR1Te+eg1aeh60"
    "kbFbVj+P7C0xHe1Om7vtwwgZv/TFP34ZYT3sq2y4B5GqGsuPpVD/45C2TGwSYFgzyUki25"
    "5Jzk4QbQKWC1guIlkusAvwsLsAbX1zXwbfoDw42Xc62f0vTMDbGI7FIGCzUWaIHq9Dt27H"
    "6ZXBv1dLPy7Si7P7cCpeB/97o1lYWd2pDE3ONHWsGlnOz5hkAuEZET0UxOGdKMZlNZbiq+"
    "7lcNiPzfeXvWTA2S0lTV6durCTQpqnVKfJDILmwuuWTD4pY6dXTOh4TNJJEuKTPfqwRwid"
    "nV68v/hw/u4iZIXCO3nUUBrI+caysDEvNS1EZY44H8i3o/SEENysY0Y4LzAjnGfOCOe/sC"
    "iMImZgmN1kTxswmkulYSpGpgGY8iLWYSzH9xCICNXWw7YnVHGXnohQ2di29+9SY68WgaiX"
    "WATfZqE5Cn7EVGi/OYrWJNOKBIXqd3O2J0R/M2eCYqMu9u09C1FnIaKZqnNXN90bImke6r"
    "iCIqUZtna/3B+pnlePwEjZeH+UxlhYhObqaq1q9/su/l2/GtFhqmngCT7sXJrhzrRWe8LU"
    "J/V8JNUIjZO2WpuWQ8xinZU0q1Svcmv6qOlNdJ0UBqyGPiUyPAr9oDyZVh1ADUhd30hVYg"
    "NmOvuOPBcrUo3QONmO6mxsZb5Ujfs6ABu79XXd6oQGzlHva4Brot6LitLa0h7V+bNC/UDY"
    "3le5uvFqG3mVCUok+J4cw96fkKKdq+vVJGoHc9EyZ7/jeQ3cOcVrGNQlLmL3qq4sTX1/NY"
    "JU9NnUhdUhLOyQkUPjS63N3ir8KKhstBFXi19hGllG7Doy4ZOSc03X6vBpUUtxFKtQaABJ"
    "EaOW+eya1NYNKxMaM1PdOEtXkd13oA4lUhPVYMUepWt1b1X/RhVXvfcwwsaC1KTcW+reut"
    "iNV9cnWpWooD3h2dI0H+iWAe0RW897QvbNq+7Kr0101OzNLHxJPciNIzUKi95SdWx1vabF"
    "7rR9zfFvtDZpve66lQmP2Qrb9v7rQADatVeb8KiZa0fRajEKAuSGa6cntGEQYudTjXWE2w"
    "TgeWxj0bibZsP3RL6l+VQTcN/cyoTFzLQe7vT9wfKrER0mMp3trXX4VY02wmobM03XqUVQ"
    "TzzTpVeb4EFNAWaa8Whq871d4V4tooK1wKq+J0JXpApR4Vlra2INGnszF341osNE1a39aR"
    "6/srEjsHLvqPbDnjhNSBWiwuOFCcxNWpNn+NQRJuDVNwrsKBGBgzQYpYIxN7Zjhkku9kKr"
    "61YVbvITsW95kQIeZKphP2FLeVT1TR0RPB56klvpV1rnz4AhKemoc6dmELterT8NijTorm"
    "YIaQDeT4PfWielagbwhtYpNIK2+ogXyqOG9+V7xrSir6QekZA6ZKqpG9W2aVDyCNuYvjCV"
    "aypeoJ2XbGrtF1WssCykm4J0UynEId1Uc9NNwflDR0mNBOcPVZnNeBpMASa5o6niwfBwJn"
    "xz2hdSL++ngqTyFkE+4KPlAz6o4WHq2vxZck9Rc9uHZXsky7RzzQ+3tKLGi++yQFryo7bA"
    "pDQy79DTUpsvkVcRUhGFDgUHvbWRaixICWygVw/kDi2sY0SME+T7kxH+odmO/cubVqIBD/"
    "UOsJE4mKDaYCOBjRRb9R+xFWTcKmogRUQETMx7XiSj6Xl2StPzVE5TUKxAsQLFKkex+upP"
    "KJla1dftjLNTpYrMTsDogrYC2gpoK/VqKxxxufXrKvjujm7hfcTKwt+Wmh5aGVxuSjJvaD"
    "VwWOVATYdGAkgH/2DMTBNyN8Pr4JcXQqPOm3HkXyexySboja+upV9/iU04/eHgU1A80nu7"
    "/eFluRzhh9RgaLIAumW0Sz6yFJjY81z9xfJLkk6xKEYHgfoC6guoLw1SX+jILu2PjgkJsT"
    "wc2iENnspySzJHowg8lcdZm4BQE5NQCw7QYGiikbM1spVQO1JopzdSQjbpEq814w2i67Xr"
    "+ht/ll6fvX1HnYf04wyrFraQG1OFNBvZDulHi7TTcb+qQN3lYEoBdRfUXYi/fAF1V1vTNr"
    "GYGyVlY24902iNbOYpLl4J7wbpunXRTyl9lKzHrGMUCzRAXBwaoHwD6KrtKDYm00b5BSYp"
    "K+AS05AlpZDtB8HmP0UzW/iRqAFVFMa4JBA5PLeyad2rhvYfd59kSUKHIbqHWdacNt5phA"
    "FNBjRZg2iyrOmgBmiHieoaOQfsRJgxEcaQJt8DDW77/ZdiJN0OzqAjg46fzUV6dtE2Yx34"
    "w4EgBIJQJIIQr1RNr8SZhJJCOMSPzZe46CkzbfGjDDEblwJidicxe0fe6h6lWKmLx6Shm1"
    "fo5msCWTXsQ0lgY8vD/rs5UxzN0atBH5MG+Cv0+iCzUVnHW0pQiEknPsmfvX1bYJYnpTKn"
    "efdZItbbdNaKjYkmWs0BlJCHTl++06/uVAUbFAuGuXZpmjpWDTb4CckE+DMieqhOH96J4l"
    "/Wsi2O++Vw2I/hftlLAnt7fSmPXp26jUAKaR6D0BtMWB3ec5w5eM0AXLvvGXmdPSabgFwr"
    "lJ+es/5Ovi758/ovZ2fn5+/PTs7ffXh78f792w8nH9o05yJ5ln70Pq+xep8o7LHmSbeDd8"
    "QJe46Xjc0qRZTFWmIrfbyJvkVpH+8YlTdSd9L7KpfkKVqeVAd5f6fG+HZ8Iw+u5KsOCi+n"
    "hjySxvSW97dVYaU4fVdgoThNGs/bdYI+irdWkDhDSe9ULbpE51Qhwqpx6N1tlAFS/sM0Cn"
    "LikaJCxxwpk256bAQ3+TR4N+tFRRYvLgksHi8sHsONm04pTBfzPVy5WfLgz811QKZgA5dZ"
    "0LN2uMyyOlxpv1lkbV9rihu4umdOaGmtTWg1DZzhstCP22l4NSM6y1Jb733gdFCRqFClUs"
    "Tte7gOI0GdiLjF9lHviVly97aIePlbfvZNZr/dOCQiSOaTQbRTenhCDScliLOyJkNzTcsh"
    "y+Peh9XKbk0ftUKn1DYRqrWlPapkcrcw+c723ge+e7WNvMoEhWxDD3yu5TTfW1qT0If40q"
    "d14IStrleTqECZs9/xvIYD0yhUw6AuUcF68bPcmzhtvdypfI3sY3QXOD3xfoEf9z/Ad0wq"
    "6xlXblUiAXbIcF1ps9Acb3FkBO1GnrbzQndVWs5brN2CELkLkbspxCFyl0/Ov0jkLhnMpq"
    "VU2GGUEjwoy3/MaNJ6Nm15+Hg5EKogG5UEB0oK29L+9gwNozbHr0jxzo5qkVXaw6gEyAkx"
    "CGQoEMjgQcaaIHbizJwb6kJZpO5sb1yLvvQ+iaQcQL0Takhh88LxswvsqJqeh/7fxsMBG/"
    "2ILEBfHnrfB1ByMo9LiYD7oecYSDZxxOAkiEs6wFb+F84t+jdz1mJwgvR2O48M/N0vACQg"
    "kIBAAgpEAgZtN3suuZ6mBGE1jesqD+Tbs7XB3dt6AlmOGavWtTyRlPFvg24HhZdToy9LV8"
    "ql1P3ysdfvd1Dso/+0d30zHE38Z96H4MngE+nPwRP3w9SQf/WKe3+9bUG3I9nbF0QupsZI"
    "nsiDSW84UMbfZPmmgxI3psYX+TdlNJxI9F4HRT9NjW/y5efh8ItyJfd7X+XRbx2UvDM1rq"
    "Ue+TH0X1L+szQZSzc3BJjBFSkc/UieDkdfPvaH35TRLXlT9FNE0n9BRNi/475pQL68NOjK"
    "7guDD1PjkiBIMFHkr+S3dVDs49SYSOMvyki+7g2u5FEHxT62Kuju9fNdvG90Sy/qRCvyt7"
    "n9/Va+9beglRghnlQHeX9JP70dDEiTkf7pXbg9d/Sbd8u/opvhul1Z9jfD+ZdT4yPpe/SW"
    "97dKi9a/GW5tmfdsvme8UnU9c/toVK7SxtFK+sHJoZQDb9vo+dn7d+FGUfohb2vo+Fqioz"
    "e5F1R1HLxas2K+8gGNygGgsTwKz7qpMpbhbCYsIpLUZLW5g/6HdK1QfGYlSCN2xGyj6Y5m"
    "2G/oa1/ClKAQ5RNlSU4soRPRCtJEmU2/f4n22Ers1RzNUTEPgju2LJOR6jInUVQgIB4t+f"
    "bkpMBKSEplLoXusyT5vtissfKAn8ugHJeqBWqOsnGdFQL6LAfoszTQ1sZQ1DuHlbh1R1Lp"
    "qCDklOZnM3KalCDKvlWNiopLQivz3Mp3mqHZy0rNnBCFdua5nSGjRPZ62UximdHs6W054K"
    "oFVy24aqu7aocbZ2b+uKY5khke28jTdp7j1nTLKUGq5d0HQsp0rzwiYvcmARlRwTfoZmOR"
    "74jOT9BCfbaRq0YjzXGPcMSGg16Nb+Qumm5OTtT3735JHw1ZV6XgROZgHmqDE/knWuuLOJ"
    "EbtNY3bzcJwX2fuNq4uBDpgI8d3UkgLBs/HhHh2IfPTVynH25fqYNHZKF3V+jdM3PxrDgE"
    "3krox6QB/wr4Z8cJsRE/dGzQC3pmLj4UmFguPmROLPRRs4JOGC5gatPVGnYyduOFxm6Y0B"
    "f5ZkIDoG4mfIaUQAREq94ICGpJV/GjbMWAXOeHZfVMrxQR+DIElRQnWLZ327lpRRaFeKhS"
    "Gwn+mSJAV9hRqTn5L6CHgB5qhiYkLj0UDMYSSm5EREA9t34Dmn1CXTa+xz+TrnWomSphQh"
    "SKObrIiTm6SMccgQdbtGmriAc7z3bMjD7ax17kTE0+9IYQfHdHk20+YqU80ixZwHw35u66"
    "GuhSwZRTZkJjVgAmIj/TWIb6FSxElds8WQG0Oc9tri7ooRPmxmDnJMnJQJcUhMirP5LI2h"
    "lpu3JRtbPSdu1FGwgB6VxdrVU3aXC5HehxMYCV12Q54sDLbQgmpxDXF4OZnoJrAFlajLFI"
    "5yIk0Y0tO7txDSbUGpDtRqoSFNzE8lOo2/qqVS1dV9rW1Ug9rEjvjauiZaOzI94dw9bul/"
    "sepiLRdqH1CNSrYz0UzsY66jEN4RBmulEj4zvPmxqdU8CrCl5V8KoK4J4Ar2qx1gWvKnhV"
    "YdriZtoq4lXNo6XzDvHI4aRh8mJNXvONZWFjXiofTVTmiJPY7bhskHNFlIvEl2eHl6eiy+"
    "ns8h/TwErZhSIlKJ7vuv4OHcwBWdEC2cHhKcFKIeK8we0FiZ+dXry/+HD+7iKMFA/v5IWL"
    "syLFdTynPz4F7KVp6lg1siLFt2IJWGdE7lBzRngnimxZo7e4dXY5HPZjC+xlL7m15/b6Uh"
    "69OnU7NCmkeTRVGmddtUlXfDbmlVSftDQ44vnRdtJWGjjhwAnHG6vZrj8RStTLsTfL3tgZ"
    "K59d97xxe6NTzGXZRIACj9qeEAnoezywHyJwazH9EBGfV64fQouU25llSDKQuviTTTP/tB"
    "ElO5DqoGvsqOTedx0/Yv3/qovv5McvMZKuKK5INRbkElnmk43MO/fJGlt3prWikzipZG1a"
    "DrI3K/rI9jbzRnMQHf6VU+NV0IU9mQeM18ErzCcDBU9fu69Dd9r9hixtmamN/ulvlqOaXM"
    "rn8s+E72dbCDwx4Inhb2prKKVZxBPjDj1me7PbOiif18oNbOGcFqWtlDwudLWmSYnIO1jL"
    "vXafyeYkBIXZ7f+Xs7Pz8/dnJ+fvPry9eP/+7YeTkNFJP8qjdi57nyjrEBsNaRpirmvzh5"
    "LQb2UA9Wqo22vMyvZyhefaStUzGLZAJjlfeEJvfOGmNUDedCF3e9dS/9Xph/ZFgk/b+hpT"
    "ieGxOl+W68+hCHTnat05I2AsE/CwvDCA10a/g7uudWh3HQQcZOPeTO28UMDBovxmLWDbs/"
    "a+vfyuQmGhhW2FsK2wAbCCRxM8mrz5R9o1bSt8mf1ZTUW54AatOMa1YCs2qLAPFvbBNgfc"
    "QvtgsyNHDuvZpv2a6dX2O3yuR9sfXLCrDny54MsVgC2CXXXFWhd21R2H3oZddTBtFZi2ip"
    "DckKsUcpWKhvlC1fRnZbZZ3LOM3Gy8k3KA9W6sde3OndUrwM0QBcR3I26Sb7QKKMp704vf"
    "KYo5U1g81A9w0JyjWk6lJLhxSdh0x48ylDbisFEt0XFUDlqY5xaGPOY/aZtDHvOfqs25iD"
    "hqTvtCdMxLwwrRMRAdw7vHtlJ0DDjFy0AMyaH5iD3iJ2NFU3pyfJMm5M0uAhPkzT5mvopw"
    "+WAE9kSXluzYnuhaBtE9EN0D0T0CuMkhuqdY60J0z6FmKojugWkLonsa6IuH6J7jY27Ofv"
    "dwKwN2TEg8lOtfjSGGCmKoxEUconl+Bh+w7Zjrio0cEYQ25rmNIZ7nJ21ziOf5qdqci3ge"
    "3pgLiDzhFF6IPOEh8gTyskBsBB9AJ7slhEcURep4B580EqF6OpLg3QiibPLQeTKthzvdfN"
    "oToW9+NQKhdMhYpJyTcwqdm7ONEy11ek54kkz+eTZBqe/olZvqHC3wYrPWtTltVKTOLdO2"
    "kebYiAysNlJtZBr6s1sHeYHhnUsTP0PniC9mRldFI7cyjsVJauZwMA6EW/G89jU0bgEOxq"
    "ljSMHBONydaQEH47wE6nAwDhyMI1B3hoNx4GCcA4bSwME4oJ3XcTAO+GIhuUKDYAUXN7i4"
    "eaOX2+Di5tfFDQksBDzVgTrxSJOtWgynS/isned1odaWchcUgw3g4JEAj0TzbR7YAF6sdW"
    "ED+HFIGtgADtNWgWmrCFWzJpqQUmHuSsqJt6nwICnCYbP9IbfJmnNVL7VCbCXEw/f0XQF8"
    "T5NTzxZf+iiOL/mRtsOOHvjbeDhgQxwTSq4N2txB/0O6Zh+MUYgYFLONpjuaYb+h73sJm4"
    "KCFFsWArBfXUu/Jtuh2x9eJud7WsElMJfAXPIFcX3MZZGNIxCsnRusvVQdW12vFXPtKJqh"
    "WBsd7xu4TauU1uvh2ukZo43eRA0eAt33Qumgge6rtWk5HzUXkHSs+/ZpeyfxqrmFyYv90r"
    "vD3Q20WeumusAL1B1/RU+qRjSEe3RnWm4QuVch+t2cdZCNiaroRqST1cJpI2/6WqCnJTaQ"
    "s8S0FMLGwmYEtx/sNQyeGMhgIIMbMSc3lFUpQgaTX+pglstVNubW85o00QT/yIr43coKwQ"
    "rnNav86yTfIApbtT8cfAqKJ62kBMui/Qcrs2eHpfZkRknGhSBUMhkqCVbmQcOPAu2AdMGS"
    "6KYl4TgisOD5iD2K9M0akL61cQM52aIAp8dxDF/yNdDgtt9/yciYVkZUzG7DrJAxVkcwjG"
    "cFpiNi0sXj2jUVaaN0qbhnM6uU56VRLNV4yC02J13eLaXQX16wqJpfEq9UTVdm2uIH+/ma"
    "jCTsPwdTEExBPpchgU3BO/KDFXbkSgFjMCYN5mAFc9CdICthH0qK4Bt+Edi9dSeFfU7K+5"
    "jUgXBPLS4NDilxl/dKvTuUhN5dvndHtKoSvTsuBb17Z+9WDfsJWwweL+zf2XEnEVno4RVY"
    "1JxYNdnYrFJGe51xawV0lrSFQE3RsfveNwP5W0nToEVEOoj8MzW6w8FE6k7kqw4KL6fG32"
    "+lfu9jj94NL92yX+VRUNa7nBr94XjSQfTfVoVhVH/cVsI+jTfoeKXqejYvHhc9HjF+mmLG"
    "vTt70eHnZ+/fhUw4/ZBHgo+vpX6fkU7E3FjzjCDDAgMjlD5iULo7MtwXv7mWBqT3lh0c1/"
    "JEUvqydKVIV+MOin2cGl6d5Lb7d2pIN70OIv9Mjd71zXBEhoL3l4/BsNZVJ9igVXjhjsiI"
    "sJgcGuMYF1cC56SceFjXryPB+Rb7K1AcUUqMPRtpTqlZW3WOapE0k0gsslNHV21HUekZdZ"
    "rzXKHpWfIwzPlpcAZ1rFmkyUiFa/IbcYUmZ1YAbc5zm7uev3Q7ZxtoQflKphlnDVl31JLn"
    "RsU/iP5uZAR8ZBNITOG9NjBxhvaxdyox/N9lOnlc8nhMxOuzk+C/ZEMkHvHU6aOxA+VRVo"
    "8NcjbGPEKcYdjm5rWD4DxW4KN3gEt5NLdCgChnCQKFRDU8Y0Ix70oiyxA9KLrHNLfrAZdS"
    "qyVBjYhAV4VQ/WPC+0R+dFlcIzLQXSE8n4/w/JdJW8lnJ94ra+U2OD+t2tYAbtHzCRuKbE"
    "ybL4RrLZgKDWhhMNme8NJwRpOjiglqROEsAKu74NeAq9h7nqJqUQFQo4ZUTX22qQbXTmgZ"
    "Rmfp/WQM5CHvTlbuGPpXeTKtOlITDUhd30hVAimscazMWnrSwGzymX35EPlxl/OlatzXgZ"
    "UXGNt1qxMVM0e9V6y9szdRtCbqvagg4R9hiqQ9gZJ/RDMzCTil06fY2PfodNqful5NovYp"
    "c/Y7nmckBi0L1TCoS1SwnvBsaZrUka1rj9jS9s7O59V35VX3LOhYDNMarrBtq3sviUFKw2"
    "uvNmH7mp+JULE2+47NIKnhaCMQyRc3L7Gq7wnSFS50JmwT0XFUm3l0cQl0JqQKQdEhFo12"
    "Ry3k/RfBQaQqgdAqlZyGMe8/kR/kpVRlQzs08MQk/xSf+7+FNQoEccmUPiHTkJHaJ8pE7M"
    "i9GhIgbtmdmVdJU6GZTiBELoxojS1EpZF5h1REa/yTjWidHfS0NHX82n1oY9WaL9GTRhp2"
    "47jpUGkZUgeaExkrnXr1gO/ZnXs1nY6H1g7ZeCAbD9e6ZUM30RTJxrMdf6lGz96WGBMSIg"
    "nPoTclZu79zJ7Hsrd91hxz1Lz4OIjogggk3rTNdh0RSEFuyON4cvmcG3YiG5kYeTsr1/XA"
    "ZZkOvndul9kQFKs1PWhKDw96WkR3AwUcFHBOJ12BFfCZuWAkgy6Qry4QFEL/PnY2L9IkS7"
    "Ns1HpMCMLWm2PhNBBOMHHAxAET5xgmDpfQ7rRx0otZDaCKHV0dW765O0wiFpCYYUImgxZ3"
    "mJKxmMliXqjJEiNPDC012zGt561fyHUIoZX5iBdIc9rozjJXiPoj28gx/Qt6KF/a51RbrW"
    "DZgmULlm1DLFs6kpX90iYnquA4/aXQ+ZJJI+/XjrEKeCYshG5GTxGocKZeShDIDyA/gPxo"
    "ErxAfgD50RRoS5Ef27UJCJBdKTuSyzh3JAjdZ5jBffhbEHdQHo5faifRIaE7C+PXNIsBIs"
    "2KdUQMbI+R+CsitdhItbAbHOsNdNsd6OjVd/LsO7rTdAdbbUQ/0S9nf/8lzXoc5hXMsz+D"
    "ecXFbfdZn9tiQIoAKcLfQiEwKcI++DI71Faooy5/5ijbhtgJYIaBGcYRxGCGcWyGvYydIF"
    "uqvbHwxFwRJZ8e2cowGFJlci0H7JUmOnW0+E4TgnQUvCA6vf6MZs/RPXXY7qC1ZT5iouEb"
    "yK+dXC5IIXP+YCMLv9ZWNFlIm1w+0m3WyDCdJWm0tBVxsLfs9qWCgQAGAp9TmMAGQpOUru"
    "btHNseqFh2z2NaEs6r3mmQwaH3R4EZTl8/Csxk0bFZtlmxGIitNM9cTkseSePbkdxB/sXU"
    "uO4NhqMOcv+QT/SsY7JQkn/kPlkthwP//OPYvakxkifywHscXiaV2yLNeFakGc+ym/GM0Y"
    "wEQLvsGTtxKQiASEz0xPyopKrGBAXUVBuimQaY5HPX/tbUwty1X57jsL2Ka8vZyUmRWenk"
    "JHtaos8YfOALcSpu6tLucmM8tFh0SuRxO49JWVvaozp/VvykqvNQolD6I0kev/7UvX5tY1"
    "XHC2Tr2hy7geIG8ipE/+jdoFczc0P6wAKt8IpGks9MZ+lGiKMnS3NIG7ociI2tR3LNcMse"
    "9E1M76xXJX1s43+n3LPAsgDLwufaJTDLQgdiqrmzDwL1Sh/v9M9DNmrNR3/SgZWG8lIzVO"
    "uZjWYgkYBz9uwnwW8YoDloXfoHAYcDgiz/l72BNPqNvXf9knFw8OVvE1lKatve8lpugYgJ"
    "gTM23xm7XbL39BGWSgrPKbQ7PYWxrsWVr3CLfqZaG7RNYa32LhAoEmSoGZq9JCrkVq1sI1"
    "/rVB1E+qPjJtVEmmMj88lAdHJED/i57eqVpNTsGX3/sydt//m/jvmAjT++M4MND/gq8BVy"
    "MF2BFgtaLE7pXgoZwek2L5A/KCrMMyNdC9V2iBxCNLCbNd4Kbm0NpXkGv/W3MWXw6b9Toz"
    "v+2kHknyo0/ocCfNmHTLbsQ5LDt7X/YCW0GJK2x322JReTE8mg+8vZ2fn5+7OT83cf3l68"
    "f//2w0lo2aUf5Zl4l71P1MqLtUTa7LOX6tnbd2XY4K0Ezx2eG2cj0cM0slJUcanEJI+zon"
    "MSCcLTAl7IpbIgirhuqqxDEscrVdczJ7KY4PHmsZNkm57sPXGdn71/F05V9EPe5DS+lvr9"
    "9GzkOhoIOhuDMVoyMUxINRrF2vi8F/aO8zbN1+MetzfuKW5KhQ0qDNGDBh9wMpNXAHdj47"
    "IZPRmiAG4eL+qP8xqI0RuPVBttK2zmzLCTHI1Pjbs3p0T7ZA0417alncdU8IzxWxzg4+4C"
    "ajbAe+wFSmhptRyyG4aiCDJnlDsNrqQTJDHTMhwh6bl4tzMkshIUi+7xBZA6oyeImeSO37"
    "neoO/RnQvfkWa7P8Hb9HRnWkj1Ikxvx/IorOYV+b3PNHOCnRHjc+D3VTnsbJsDzcJzrD1C"
    "dkrwnXA9XwnsO3GbKdXeBdMZ+rI8E5ktqduVx+MO8v5OjZvhaCJd9vq9yW8dFPlAQ/W7k9"
    "7HXlcKwvUjH6dGekPA8PJvtAgtG166ORDH8mCi0Ja7GknfpL6bDDFxr4rvoP4tAIFa80Aw"
    "r9oJknXw3hmGt4OJ2xvoxdToy9JVB9F//T0ddLXrbBc+0syjT9Kg9w+/V0Q/VWnE+tNZ7p"
    "eS9PD5SGvQ51s38uCqN/ikfJVHkRHKujs1vE80B2lwNTXG3c/y1W2f3gwvp0ZvoNyMhp9G"
    "7vwQ+UAH8fVNX/YTmfqXdIKgo5zeDK5ISWnQlftuzeElH4ObpjkzsF61Y0TEuR7SN7eX/V"
    "6XdAb379RID3Hp6rpHeov7xxvk3vjmZPgCJ3rA/Vh0C20a0gJhIaGkCLt2jh0SAvudj7ff"
    "uVLvDiWhd5fv3QvskI7K0LiKRJttZQH6ChOLH3q8V8hZqhKOW4LXwDPyrjuN4kdzrMzNRa"
    "kNsUzhepTM3VTd0eb7A2j0BCplqdrLcmBHhDju6dysqi5g1cPOGOI1MKKctUFDCNBCsWdu"
    "g6mOg1drp3T8WUq40dFTdcSgRV06JYdOQlRAR4JI4+YRWxr5IVUaOiEK8yPP7bzY4ApNvJ"
    "U6SutyQk01rnHt+RIvNjoZineso1Pz2zglDE3NcVPPzdWaxitV8vAnZGHG5rml8Q8H04Q9"
    "ykJ9Lq3RpoR/eo3WRcQm78+j/ChDkwNoKC6CBX5s1s/C1M1FyaKs1JMFmFdWJdAY5RvD3D"
    "hkNWDwfdkjICKSXDi0uYP+h3StUOh7c5CnWOQjnwQ5sQzQCpLI/27OSjqItxKQqDM5paw0"
    "d5WrwlLEREEV4lkV2qwXFYNa45ICclENDWplNLv/7Tk8PKA5I1vMjYYNQTdnp+HLHofFJ8"
    "KHOQ2L1w2HXCK8a8dhkVN0k2EdtWyJEyzF4EF3xNEtm13yRmwwt8NFH7d3Hjk8j5QstBHO"
    "O4bZTTftHgb8Jxv5daBX5F3YWLymO9F+6dC9aKs2cvefEfk2coiRj+yl+USu/TBl9t63+l"
    "9RZLtbsKF2vbHIXO/2xsgOKdjmBtvcOJ2EGmoRFNnmFhmLVUIGI+Jcb4aQBlL/t0mvS/e7"
    "BZdT41oafSEtMPikyNdSr99BiRtT49tnaTKWbm46KLjyd0P1BhP500iKnG8TuZOcc18mKu"
    "7eUg0KfFp5ME0yFRvswRyRSibgJmL8NGkds+XlcNiPjdPLXpLovb2+lEevTl3YSSHN0+IY"
    "+e7MjTUvFey5leB55FSMPrwoElZ7kR1Xe5EKrF2bujZ/Vh6xZTMtvpxzzFKSIrg34nifnx"
    "XA+/wsE2/6KOHce9QW2GB16SKuvYiwCGAf37E3Ny1Kpc+eSydaS0oCjxTHtsJ+wnr2EfI2"
    "Y9cDJzeUsjjwcst6cgrxYWjP46b/aiq0eyT+OjSDN5z5gS2tDA5vW6C9k8UzY2V3n+xhoF"
    "CCnpvh0WzIMdFCI0u0g1aq9YDdM+JoPilioa9o30ALPNfckCjGCR61VMk8gC7o6m6qEjh/"
    "Dmi5ZsxRAtNy+yQeakTCoaseTSOlhIRbByXvTA3pdjK8Jo1xpVzJ3d64NxxQ+i59kw+6DR"
    "igAzNAYBSDUdwQOMEoBqOYd8sNjOKfzyi+V/XPZsKMSz1s5xvDpJiyDMrtNIS/YLy2o9mV"
    "/2Qjy3yy0Z1lrhBpfHtjYfecdIuAZHi2Gvmjk88ERhsv0pZwTXXCoZUcTOttMH3B9OVDFW"
    "3MDusSimiFUHQ46yZ7b9Qemyz32lrJ2/RzbH/4WlfnVQz/pByY/cke7elDlXb7xURhtx8/"
    "277Sa2rYWBWos6QkjCHgeg4ML3A9L8X1vAwxMaL57dYOabYWg5mIPG3nUROWVy44s343Ny"
    "E/YusZyYuzt29P/4LWm5muzRGRRs5SdRAmT5FNehNeIBX5lXfQ9z+/ecK6/vqBzLXGn/+9"
    "UQ1H+/Haf/yaSH93szbYpBK8SnMXR3oncBscTGNt4DaA20i49TO8+uymfmCOroomI0cZoA"
    "+Q8d+dSIOpv/DOgJiUEJb5IYBOqWMvpSX4ZP5o435PhqIQLbBDV/CLKlZQtlBMn6tH2a4e"
    "RZ0OoXuBngpJHRJz0lPuTeu5jZ40Z6kZdEVGa1116D5aNDM3xiIjtK+2mpkRfkm1OagNov"
    "1ALWjKzCauWhCORubaVeBIsog8z6tYxjGDSnc4mEjdiXfcYPDJfyYNxt/k0dh/5n/yn5FX"
    "ycET95puzh2PpU/0bnBF4wivehNF/ioPJm4A4fbT1LilZcJn0U9TY0xq8IIOg6up8U2+/D"
    "wcflGu5H6PHqNH35S+528Slq7GCulf/rFq4cepIf9KD9hUPvb6VD76KTwncxyejknP5hz1"
    "vkrd35SR/Pdb0tnIs+Qd+m27I3nifln3Ympc9mjWzk8d5F/Qg/2+Dntd2T3Vz7uaGley1C"
    "c33D9TYyKNv5BP7p/kOvUyGxHZuVoz07QePzvrIec8L1nr2enF+4sP5+8uwoyt4Z28tK3p"
    "XcrqnM2bFZtmttLHm2RaoVInuW9/QwaZPJFLruotT4r2cvqXTAmD4eC3694/ZJoPwL+s0t"
    "3rP/YQEvOJpgEwPDT8Jubjrc3BiQBOhGL0wK1N7suPGTm7Ik/becTAhpZT8GPhjF03lrnY"
    "zB1Evpb+7Ghzu41sh/SgBaIZtFxj3TXVaVgNMezD7DNBwq00G1BLjUXycUHyLbD7+Z+eGr"
    "rqF7H7uVn1RYzWc/8yLR02okF5ngmUim6A05OTImbKyUm2nUKfJVwuqsM4b7PIGcu+ICQG"
    "qpIY6A5bFisPb6Eg1K0wgF8e/BcLpuZtdjmIUXbc9NKcQrrTCMvKK/3ixhe2cjImRx+388"
    "0v8vP2ypjsW0XMdMa7kyHvlC5iVwU9GfIcg6nVqEkITC0eTK2GLOWQRRqySEMW6Q5kkW5S"
    "DiHIIg1ZpHmcQ4Cv4FPJAb5CXL4iNz9svEB7J2exd35YWgt6pc7MjUO9u5qFzCcDqfO5uT"
    "Fogpu1Zc6xbZM2YdAY+1fHjBoPujjkhQUao0Fzk8A0BuSFhbywnDQVNzYdqLmg5oKay1Rz"
    "STOtRph8+7mma2qWrssolavwrjDVSYiQYqWldqq+V6qmP6O5uVqrlmYTFcy8Q9ekRqKUug"
    "cauBqqu+1RdU8f3QY80sd2EAtJC2iM6Mn6qy+0odKFwwVGA1UZVOWmzG8Cq8qxEVlC+0rK"
    "CaiD1Z9/wQWtbMRlTOiIW8oONXslFN1CQZcXOUGXF+mgS7dfuktYGujMLZFxoUobIzlj0u"
    "veF+kt+qWBTYodb8/pSUOAnS/x/KHa0huTFHDpbchSy9i9mF5rsWWZDCsxe+oPBUTw6yWc"
    "qIXm/fOcef88Pe9zE77UoFEE+0Nhf2iEC6EkQNc0jGyfX6JEeycHMo8XLhSrvMZWLNlTx+"
    "MeTOP+ta494oXnuXPMB2y4R1g80byQmoOeVBv5UVXsMOa6Kt5NdwC9AfRGM6YugekNdwLK"
    "dH0U2A2WrEAInuPYIVZbEGfa4kcZDTgteagGECnP5xY1NtlUqt/vRT1xZoMcu+Orcxo+pL"
    "jqRKVmSFYAjVC+EVzwFPxjrZF1pcL6z5KHgzx4JlqIqelsGOnwikUAbaWPyLZvLaqx+/o3"
    "3eFgIHcn8lVJNbsVCrqpEb1LN5dib+RGCgVX/j1azr+YGgNZvhorI1m6nXzuoOinqTGSvw"
    "6/0NL+RdK8KrLU1Z8IzrfJFHtu0rpSTZ4dN5+WTA5qbe6g/7lnBhys2beG1Wyj6Y5m2G/o"
    "+17CtqJI5c+9yWk2MXJpBcm5d4HnumZUah+GKDRQ7Q2kq7aj2M/GvJJpnJaGhZHnhdFtr9"
    "JuiLiUCCroEXwRkKE0G/1m8k2MEZbKUOpz3VXOkGOIwgZ68O8dGF7w772Ufy9r2qgB6oJh"
    "5HzOETsRZkyUMYTJ90CD237/pVyoQ2njLKkVj1sM92nkaXun69Qka81SscPSu3dMIlLYIt"
    "ggHyV0p5tPnpPTreZPNjJM0nna3mE4yDFdj2c75hR1PZ8WXmgWqeHW0v6K6BZIHb8mRRnb"
    "Ko/zTjisj4Plog0e1p9I4y3iYQ2GrLKxtDJGZVJOCMdqYpfkSSHDkhbL3il5kjYtq7syan"
    "di8NYADRlYhciaTbUj5zdw3Hwz2hes2YOSBbDhGciBI0N8GHIA9pY3eG/5jXrPpAHc++2d"
    "BMA6KLbL8s/Gs9DGbNiTDSZ1s+YFgU3qCtuxYSd2uQhZ/o+9afL+awh75SHsVbUfSgVchQ"
    "IQZpXfGBXCrGyij87LJwiPih0xQ3h4J4p8Wb3zZVKDb2b0283KIx0TBKyLY+1+O6V6CoOc"
    "aoC/BP6ygcorEG7csEKc77a/wcaC/MxPdCtCi8USRZ+3d7NFXnHlPixfIGDE2+tuzhyVRt"
    "vTvNg0cGOu6jr9jW30pGpEH7t3c/19pxkDKXbxJADfAymbfH03tmNXxMhxXgohIxzMaW3g"
    "t4DfAnqAO3oAdsX+ZPo65MLgYdxBbgZOGgJ2DnPNmMLOYc4bCKJQfwqtAaJQxW5fYHEhCp"
    "VvOIEUhyjUpkDLaRTqNzxbmuaD/IjZfobY8/ZOP8OTV1zBYfmdfobJEqPFxqLVIM2YmT86"
    "iEhbz8gm3Qcv3MOHkF8vmpmL53ZwxtArHFjEv6AZviP3vML32LGRRv4/OzlJuxgO/L6pMT"
    "UGpoMcbBBb8LX5ROr0drzG9rRqNjIN/Rk9GPRcUboH1i1D30ef+ceL4sUbdLOxSMuh8xO0"
    "UJ9tpN452ELF/Rj/jGQti1Dj/wL/Bvg3+JxRBfZveIcMp1s8O7x0KyEEp3ro6F06f1ZiTg"
    "NBIVA+NmFKwSudwDkmVA/su5eOBnftBqYujSqPfvLSG3lw1Rt8KrlYt3yxDvIvpsbNaNiV"
    "x2OadjS8nBofpV6f3vL+JnW/Ig1XfyJS1XHwau0wmm68UnU983SsqJwwJ2Odn71/Fx6KRT"
    "/knYc1vpb6/XR4KZyWdNzTkkq5WFiy4GOp38diEDA2lQyIhCiQ8DyT8AbRWBV/JajQ1gxx"
    "aG+e2zskfio0dlL2KC19TBW76Q2d8le8KOd7hem5ZtZzK5v2DYu085jfgPRdREsXOszNn5"
    "lo3j9fGJnktsse05v0Q3QXEPvktkq1FGFOk06kOPUWJEUAFhVYVP44IIFZVHdgl3SdR2UO"
    "6zvnZEEsEYngYePCkUK0GLsUr4FnDrXVl6UrpTuSJfccnOinqeF+ur25ijzzP/nP5JE0Dh"
    "95HygT1fsqdX9TRvLfb0nXVrrD65u+PPGYqYxHU+NankiKfwxPbzhQSHsNPlGZjAdT40qW"
    "+ttvHv3kPyPD6pO8rSh9zy/3bTjwn5KrqfFNvvw8HH5RJuQbdlD0UxX+7KJY1oicpBEZ/F"
    "lF+uy47NnpoWbz+tgzohZuVD2NZu4m+K0QbIAvsgGec64+rQwmFP662fpxcGcc3rntdmX5"
    "ik5U4WWSvyelvvRubtwy3gUfjP7LeBkbxLocwsloz5d4sdGrZZJIyAqo7zdEvy9EgvlLd6"
    "WmTsoC3clzSy8dZ61krZb5+l1CtJKOx1nL1qjl0QhH1wW3YgCbiWlCSiBMz04v3l98OH93"
    "EQIb3slDF5zPO44xKKBaneUfYpBKwAger59qCXDjwNZukHOF5k5LQ2vz3No6VhclqduICB"
    "x7CMceHhHeWALCcvAyRAFe2LLHyZa9aO+sAWqfPBwnahUUccbQ3o04XcRqQLrvV9PIxW4n"
    "spGVnqtzO1n9OztoJjkMdgfOJIdjvWd6JMJaIGQFQlb4nIAFDlnZWAyPazZn5BfnOZCiMm"
    "V08aEQZ3TxIYc0og8ZMSylNipsJWB7Qr6zrsqpBqVTc0FGroMeMkEWD8aCU8BlvRUVYjY6"
    "ttd6beFHzdzYyh5NwKhDBF/C0QMIXPQUy3QqKmDMCoBu5pluJkaU9sgIa80NdtsKHTHYLT"
    "B2og0aGkAch7rRl+L5hiKm3KmavrFY636mxzlL/AU3PJ/soevW7GxeaDb9aVUmq4QoTFM8"
    "T1OBaT97LulmSAmChyyRZXG9qLjaxyWBbuF4QPnfHvyi4LjjBuJjHEAVzYnuxu1rLN3r0p"
    "f9+GWE9RDVXE9edN+vIPD/cVAH0VJ1bGm97prGnXbfYvmG4iXauW4hWpY8pj8iKFxoO3Xw"
    "EnS5sTUD2zb5nqsZttCabomOpJ/8K1KDRzOsm8a9HeyTjpZi77Y+xEvAa8XBDN8Gr9VPpE"
    "YV8VqtSVthxRvDJY+dZ4hCjr+EH4uRvtKfUhV1Pjc3GZvcc1IqssWFIO4PDT0fR8/xhvqx"
    "OfqFZq919VmJTh9lRkCWvAj+kkTiv7Mief/OstP+nSVHALUfSGWLjOPHskFPCYqH9tnbt0"
    "WiFt6+zQ5aoM8SBy3iFemsTjk/eUwIXOX5M1AFV3mIr3KHHbptuMoJmBl1AAnPD2fIiNEC"
    "qlgwGweoYqCKGwDxMajiY7Cf18T+UV0PeCb9GRRpF+I/V5HStYbEp1M7uqcX+e9TgsyOJZ"
    "NBtlG6VLDvA47eAS6T/wmpoet8ES5zoVl4zl52imXlilXAM7nTGt5OOoj8MzV6gw7qDZJu"
    "nCIGb5Eg/ewI/VR4fmARleYWUoLicQtvT4tQOaRUJtzuswzAddW43/iLaGnQo8LiAV9/Yr"
    "gQuDn55960GFniik02zIo4boHWtTT6QuZ4muIvvJwat5Nevzf5rYP8i6kh3U4+y4NJryvR"
    "5KYdFP9cZaaC9H5CMP9r1SJXDrYYbGgIfTYtGheHBqiwPaJxOUt9Y9LPVfr3W/nWTxBaYt"
    "7ypDrI+8tMVEqmJ/fjhKZP7ve+yiMvu7J/OTVGskRu0H/TCUxvB18Gw29kovMvaOmuTCRd"
    "Ce+Kj1kvaQGX0BcYoiKMwATiZ0V0YlIqG/Oz9LZVmhyOILlg6GeZeybiQpCkLyNJn+Jojl"
    "5K702IideHD3JanDf1V9lPFxUE3xg/TpI0e2LT8x2q7Jg0IAljE9rXjx+vttMsIQstzXNL"
    "U4a3QiNHxKB9eW5fuom20jCOCUIb89zGEKmSre8204NVJFIFNgmXGtUlNgm/WFJi3kZPPX"
    "BCSBWEVAkTUvVySVybCm1WFlcmpNu1qQZgb23cQIquKK6pZbx0jtzd6RJL7RX3Y/o8/4tM"
    "axSoV8d66ZNpPdzpRFuzNsa+qPlVjTZFpteGdNWjbK4frp2eMdq4uGQGmG4LtQuFmJprR9"
    "EM0q56sTDT1relNl8iOoUjaWGj+cZ2zBVaaPZcV4nJZKH5Es8fZuYPZN4hFd2Z1gppNnKW"
    "mG6Qt03jT/Z2Cz15+2uNsc/+UC9hhsJS6VS8K8SoQowqnxN2Qy38IjGqwahWHnBG5FhGmy"
    "fkeI5Orei5PNAGzB+OYi/NJ4bhlB3lFZcSwUl87FAjuuKUJAYiIkAIAN8CfAtfEB+Gb3E1"
    "0/0hpnr0R78qQeGNTI887gyMUgQ5xluCSShgvvkhRDgU2Wm/ySqxrF75wYpt5FXwCzJJD+"
    "qga+yoyMKv/ZAGG6nGgnw2rQX94JVF/qk9dtpsq7luprUW2RPpx9yC6QamWzNmM4FNN96j"
    "52vZ5APB8rFgeToKScut1mUHeloa4m34CbxID+68XRHZC2juhoif06wCqxWsVo4gPozVGt"
    "HQ90SZkTVFUKDjcyWPJuw3gqC7PGRar36JdiHD9WlbeKfJOlli3wWILWRj61GbY+RVQGQs"
    "jBGlpKkDUNV18wkvqEMQnV2gJVLvHCJD/YI0KuNPNtJV20E+2mkD9qBvgiTfHCwRbbBcwX"
    "KNB7WRcapoxszcGFWaniEuYPs3pL0LWTOgeP8kweQvmiofrBhulOuDpI/cFRU9NPDEJP8c"
    "OCaahz6+f0R0jeaKH17aYhkqwbN8EyVaqkA4JDaQ6ur8aKU68yXBy7UCCCgLjZayqbngK4"
    "htYlQYC1I+DE4MEl359oOKyPdRn1kRkQd7z267pEjyT7BdwHbhc5kQ2HYpm01yrySS3LVr"
    "PECyUGqXs5zULmfp1C7kC9zfZ53AUiCL4Vb8eIi3gmVu4r39TV+WrpTuSCb9tXR6sKhsB6"
    "VqKttGRU4tOss+tegsdWqRbW6seakhsJUQIXL10H5e1V0WlQfy86oOgkQVLzAQJPcbfCFl"
    "31BHvfLtszQZK9LNjTKRr2/6pDenh0VewfgQySjpBQUwHkwNaTzufRooo+EtKTAaXtIsxe"
    "l7U8MbacpEGn/poMiHqUG6Tu/jb8q1TA+pH3dQ/HMoeSVL/VCSfqgyaOs/aMnvEdvTPePd"
    "KjvJZUqQj/N/6GuFOf/HcolMy5xpBNeNxdzup91n5uZjildK0VepeU6SrXCyx9zqJeX7y9"
    "nZ+fn7s5Pzdx/eXrx///bDSZidL/0oL03fZe8TzdQXa5Z06j7IFJ49FUGmcGEUi7x0xxWz"
    "HMPpb/vP/i4rpNiYskqMlsmc9lNyLzjl85qT1aC/kqFGX5qmjlWDDWxEKgHpjIgdCtOAIj"
    "tuj74cDvuxHn3ZS26mu6UK7qtTt3uTQpqTsYpChrDsft1MOozh2k1nCFNXa1W7L+vVTYhB"
    "djBOdqsKiSZEH4DDXBiH+ctuVuVzfth/ryprSasB2W6kKjGRTSzkZYM8IiTYkdNcNWWiOG"
    "yeqwhkOdEbPqK7AzhosjK35M4gjqHh5o1CrwLRthto8UsHRXcs44UXfuHvUUYGfnSjxInF"
    "i5wnbc6IJ6+zYuZu6GiwihtlQzPgVDm7FcI3IHyDz7moofZqodDzYMSWGGFRGdD+G3aGW4"
    "6Tmixr/kFuN95m8pITWOsm2Ix+E2xG7w6vb/qyG7kRXk6N8ZfezQ29518kt6EnF7GX8Q+Q"
    "QW9nnVWc4XkMJcTzvxzk3Cr8Y60TXSz7TOgMRjouJh7YbwuB/TYH7LdpsIkuWuXUmVBKwI"
    "W9IQt5oT1Fc3O1ppZmJQ0uIQu5MHhu6QVW9ZK8bUQE2HBONosJieYL52kRElPw1xwUXke1"
    "H0rCGhGBzhpHM6Q+yyGaEINOCk5FTpyKUX57T5ijuz8FhTgxjnk70InPKbfy7uXtiUO8ZL"
    "9qKMA5ya/YGFMNoAaAJ341YqIaUZMKQEpt1BogvfKrERPSiCFf+uyxQ3rOLzVdJ79Pms/N"
    "DTvDeKJEO89/PvPKKmqkcGEXurfK2+4q7yb+Rn51yDE38yVeIM3puIkLxqRN1tt0a233pr"
    "2ZhdWilWZZpuXmCSfPkn6JI7xyagQ1LbCjagRHdInvyJggBZ69M6jMjUNLkluajQwTWeZT"
    "IB3/YuTVBDn3vt9/EeXRs137MS0TcpyDu74ZuqrA7nrbnT6UYPpgGtk5G8+Z0rW4z140CV"
    "DcefauyBb/d9lb/N+lt/h7uEWn6WrIM2oA9HehT9eoknBHRMRzDh+if79gzMpxsG5NRj2p"
    "7wanBFdTQ+pOel/lDvL+To0baTxRrm7JneBqanSlQVd2Y1OCK3pIwo3Uu6JnJNC/U6M3CI"
    "JbOmh7ndQWXyaKxSaLfZltlGH5StsneRs4NW+gnG8sCxuOQnR+zVwomJWSZIfyxawB/O08"
    "+9vndNrTib6c2+65e2izqjjihtrwTrS12aZ0Ha1c407aNc1vvCDWqa0ZrExL+SMuLQ2jje"
    "/RZi2UmaVmpXvKGmBRKY4Vkarhl7WnQHIRo6nDL0rjHEqJh3MR3TpbtU5p1i5c+MdaWZkG"
    "qT8F9Hil6nqmLpaWFkgpOz97/y7Ux+iHPFVsfC31+wx9LADoGauMFIkF0Q2EAdwYuAEJj1"
    "eqxnDMyMbcel4TXLKP6U7VIMJ8kbfWHuKkbhqbqxrPGcm4CrRCsgJohPKNQPQXouIw7OgQ"
    "/5yUgVtZgL489A5ZnlnsXwHkt6IAfHng7WdiL1VxMMUEwdji2diCJFXZmlQzvYiMZk8lqY"
    "KAcojV5T3Q6SAn5tQX79QzHk1tjluMQKfgUbtIhJMWKbwzwkkKgoPMO6QGoUR+DejVA37G"
    "CzR7Rppjo++aoXxHGs3zQQ+8dIN+iDqEyLSwNC3N0bCNVuozUu0H5JjIxozUIYd/XZVzXz"
    "Tb3njrDmQMgRAkTme5hioPJUKQ/HmgWhxMXLieVBdCx8AYm9Us6xAYNtJbCRFsX6EjYI40"
    "ebWuRtLHSQe5f6bG8EYedBD9lwa+0HAWL5jldtAd9vtyd9K77Ms0xiXycWp8HdKS9N+kuv"
    "Ay4S1ePMWckb8ox4cVkeG5waq6Cot4CrMdhanDCUyHtS8j7wSOUESYFOxHPoFDXdFtD8pa"
    "Za2uecgnBAH/avhvbYySim1MUEC9tiF6bCHu04/EIou3Vbqdk7LAcjegpSuEa0KYZnNaeU"
    "nqI3PvxmJoK9nKYFxKPFvp9KRQLjlaLFvtPklnk1sv7spCHREBnIviHG7Wqh7/kaxBBPCP"
    "HoUTgFg9GipdBTTEHg2xT0gOqxJojPKNAeED2atDMz0AED7wIm42CB/4ucIHPGe6/IjZuV"
    "Kij9tFwgh8vxoOJXbGEvjufFcCaQsbqTqdsZ4ReZmu4YV3PshaV6mX37TiZ4V4UvOlatxj"
    "mnPEWZIvkQ4gONA7dkcNQGAABAbwOX81VC0oEhjgDtiS8QBRGQgD2OmmdrEpAW9QXkAv52"
    "lRuiWPbfmFpXq9jEbgpq1jqAJBOrtsHSDIm7dzzc9GukocXvoArzZKl3LTe7pPiGJ6jyFm"
    "D5ZmbucXcZdmNnecEzwmEFMcXzbOCi0bZznLxlmao29e9FiLLiv+YV80BKzkJNaKBo99G5"
    "JL8s/U6A/Hkw6i/yZNwSJN86FAw3zIbJYPyUbxQmEYsxyeaytVz4ufYU1wntQbX7p5wyAH"
    "3Cu527uW+q9OP7QvEslYwpQHDL8UBN4dNvAO/1jjOV1x57ppY4WurOw1O8O0YovnLdxi9W"
    "qy7ib7LEWiku4TFYQoEH58E2lVB1xSoim4RVxSpY/wggO8AnxSmS4UG7NpvFw0t0KAaDJJ"
    "0WqtavdlXaUJMUA1gapPR8yey+KaFARk4UDEw6EJwRKHhffJyEiDn4NrRAa6ayKsV1tjXT"
    "PKHuCZEINummYISx+KGpUBQCFI6gWDpODAvoMe2BfMnjXAehOpStBem1hrYviO5PFk1OtO"
    "WunZt0Zwx06xwxCbinB05SkAr6tP1QDvrY0b6F8sPNlGtM4Cc8LWTAVkdyCbsuiLwOuzKz"
    "WA241UJSjAcSqqALweIVgDuNJijBuYhrsosjHitBCutWAqNKAVT0eNn+3LiOa49MU+fhlh"
    "PTQNfoZzff84ZOBjqLEygh+j2mx2AGRUfT5yEKRmh60AkY0Q2cip3t9Qxy93kY3ctevhQx"
    "sjE1x6Qcw78SwuCOecFTjnDEJXRJvBioSugIMQHAW8Kfzt+ndTb5uA7lfa07wKNkUJAnea"
    "rN4TH1GJ6qMYoh5oOdZoiOpuk1QJXQ8HNkyjNjCZETW3UjBJwSTldIQ3VKEDk/TlTdJwek"
    "thnH/eZ1TueImRD4l1fWd9PmhZxy3v3r8YyPLcf5uwYXFtmTN1pumaw3D57ujacVHo3RCD"
    "e3C1B2JGDwArMBc8hDhCPF4ZiPPi8YAY2gvqg/IdbowCg+YIYhey2Q0nKHFcZ7tq22TsYX"
    "csbZNmLEg19DBAP8cQ466Xgwi4EOBC+Bz9AnMhjubo5TLWBQI8W5M8sSGG6bC8Bdlp6EMB"
    "EZI75Q2VQyQ895eVkjPYVgpyh/DjiU/PVg3M40WVtZryeF0RVDvoysf2hcmwublaUyOiks"
    "KQkIVBx/Ogs/CKokisQpOxiSi/pZOy0NI8tzTEt2XPpc00AYrEtwVWe9mUQnExyNMA6W+O"
    "gyxlIUtiGhEBNCGZ0OHQBEcmeNx481G0IanICycVYSIanAqxJ6IFHWoNRTSycBfZfB3xP+"
    "0Jq9gJGRK6O2S7qBPcotkusj3uh3Qq0xl4PDfpLx1tdH8ZTjiYU2Xaec5md9azveKKFZav"
    "1fWc8DX/K+GKBtcxuI75VMoayhsVcR2HQz3e4NmHOocCyXbW5g76H9I1+2BhsJFRNttouq"
    "MZ9hv6vpcYaBSgfL9n0sWZaDtaARz0LPoQLELdAt0AdAPv6jDnBz0PTEe70+aq//NTunDs"
    "ea4ebCRLHjb4cuMbUeljHkEbBm2YzzmjoUtxEW1Y+A16N8N+r/ubQgbG4JN81UHxz1PjZj"
    "TsyuPxcDSOlEndmxpjuXs76k1+oy/rdeUOStyYGr1Bt3clDyYdFFzR2ntfJfK6kfz3W5nu"
    "CUzcoFIT+dNImvSGA+WzLPUnn6l88t7UuOzRHWifOsi/mBoTafxFubolXyW4mhp9WbpSpP"
    "G492lAf0jsI5GQr2/6pNMppNNMbsdEMH6jVWw0xINPixxGfZZ9GPVZ+jBqc63N2X0yI7Y3"
    "EBAh8vTgR32zI6dlY249rwlI2QG+YoVQHzvCd2YuGBx0AdgDQUC9Auq6ZjyUmUqC8uLNJG"
    "cnF0VCaWmxnG0CF6mAWpdGZ6emKNC5Y9IigH7sDk410woqe0QMYlv5YcrS+jnEOdUZ57TC"
    "qxm27KW2LolpShCQ5TSCTEh0KWlWEtWICBDk+QR5QEkeJzyEU0h3EuKRDrU7SuxlfQ58zg"
    "GHiXDcrkw14Hwdq0xMlFNLOUSRHieK9GUcZWPSRD3jCj9qc9xiOMpiz9t5jjLbPamI/rSw"
    "7C5XWUtCr2aW+USmTlJipenPbTQch5e9m1+QiujEitzAxgXSDHRnmas2esBrB6k2efyAn8"
    "mDpWovyW/DT8g0sI3uMXmKqOtujt8kadvjvZUZ8rZdTo17bK0t2mUg8g18fc1QhwT29UUH"
    "ZKrZsznRhJgQPPShvSy6ajuKjbFRYYglZQUcZA0ZVIUYOrDNwTZ/ad17p23+Mrp3d2M7ph"
    "dEwlK9o49zNe+5W9D/uUX07n02aZBCRPkFjRU01oZMEgJrrHQgltBU/eIiaqjnRTTU82wN"
    "9Tytoc4wYyNvTmhEICAgvAfJoOgCxAR4d2hlIMsz1m5AA40h/HUyNbzDCDvI+zs16OzRQf"
    "TfqUGPMpSlQQf5FzSYsi93JzSGkv6dGte3/UlPCe5GP02N21G/g8g/U0O+lnrk2v0zNW4+"
    "u3nl3D9JBqxIm5++K9Dkp8nJb9vi9FHCB+oiU2pvWURkr91lfHLGR9tGtsaWbRqqrlD9IY"
    "1/7oGiKdmXPlP08G1Q49mic4LIvWllLNO7J7qoPMfxXy2p2x3e0thu/8IPte4OBxOJzlnR"
    "T0EY9mD8TR6Ngyhs75P/jLxKDp6412QOlMdj6RO9G1xNDen2qjdR5K/yYELuRz+ReZGWCZ"
    "9FP9H5dTzuDQdjOsN6V1Pjm3z5eTj8olzJ/d5XedSjb0rfo99jIinS1Vghk7dEv0zkI5mD"
    "f70ZjibKx16fykc/TQ3y88fetwmuUgHw41QEvPttuyN54n5Z94IV7N4bfB32uvSdwRVZY2"
    "SpT264f7xw+LEXC18pkP38rMB6cH6WuR7QR7C5VWybhUEIwubWF+UHYXOrgJtbaaCERw5K"
    "hv2Era+qvmE679kF2zvTvviEouoKKY+hVAF/fqAuIq8O5Aoj8w4FmgyKL/7f//uAn9tesT"
    "++IxurOl6wXPb1VVzlDJSQW3XrU2ba4gcccgLsJ/9TXkM1iSLsZ7MOJD05VAPXd15jONFn"
    "7FPK5mlCSZ4JOW43KUXWlBT42YRzXEoI4A8dduJVVG5NjsqAtcFLmmkx4QTbGGxjYWzjl9"
    "sh0FRoSyWaDi3SPTFNRBkJCm10FeeTyumahqPOnQJcTqxkuyiZM/ekDsLmhG6eutmcAhUD"
    "mwNsDrA5wOYAmwNsDrA5PAEPbA4PfRzYHGBzhIEX2Bxgc5oCLbA5PzGbMzAdXIDK2RZrF+"
    "VxDCJyEBLHj7mtm8LZWS0QOEDgAIEDBA4QOEDgAIHDE/BA4PDQx4HAAQJHGHiBwAECpynQ"
    "AoHzExM4Nzr5+gUYnEi5dlEKZ01lynE4IbmiIvenIGdJPrpj33bHPlrgua5aeEHzj4bcTA"
    "eRF9Kb7iv1ZxaPU2fVwOUAlwNcDnA5wOUU43LKUziQ96ZE3htgcoDJ4aiPA5MDTI4w8AKT"
    "A0xOU6AFJuenY3LG6iNefNXwU4t1qE34sJ17og0tpjwG5WrNqr2TFrGXlHIB/gP4D16nCI"
    "H5D/aBzdkm415HNHPXrofP/exPbimEczPRboUgBW2JFLR3mu5gS/ndZinj2QSUJwYM1H4M"
    "lGktCPYzRv7fnKTXERnAvjr2HqKl8o1HRAD5PXhXbNlM2z/TcRCROJ7f4PRQC6jnNzg7vX"
    "h/8eH83UXoPAjv5HkQ0jM4JEoWTQcNMMpLlBzYD7PnkoxlShCOiwc2+MDwAhvMAxu8Hfk1"
    "AF3wTEA+Z4id+KYmyRi65FugwW2//1LspYQtbb5sMahL/0k7j7dUt2UOyVmWYiYzNT/mJM"
    "pQ+vxG3I+RPKQmUovSl01EZurUOYEMmUq1EMTU27dFiKm3b7OJKfosrhrQQVUCYb+4gOie"
    "FqL9TnNov9M07Udz0GHW6dp5FnkospdFzhvaxzDJU0rZMRezP/4/i502Eg=="
)
