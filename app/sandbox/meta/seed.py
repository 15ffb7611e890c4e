"""The default fixtures of META.md §8.3: one user with Pages, ad accounts, campaigns, lead forms, leads, WhatsApp."""

from __future__ import annotations

import datetime as dt
from typing import Self


class SeedMixin:
    """The default fixtures and the ids tests and the demo refer to."""

    USER_ID = "10229999999000001"

    PAGE_ID = "230076207144371"

    PAGE_NO_ADVERTISE_ID = "230076207144372"

    AD_ACCOUNT_ID = "1234567890"

    DISABLED_AD_ACCOUNT_ID = "1234567891"

    CAMPAIGN_IDS = ("120210000000000001", "120210000000000002", "120210000000000003")

    ADSET_IDS = ("120210000000000040", "120210000000000041", "120210000000000043")

    AD_IDS = ("120210000000000042", "120210000000000044", "120210000000000045")

    FORM_ID = "129595594131704"

    FORM2_ID = "129595594131705"

    WABA_ID = "102290129340398"

    PHONE_NUMBER_ID = "106540352242922"

    DISPLAY_PHONE = "15550783881"

    def seed_default(self, *, days: int = 30) -> Self:
        """1 user, 2 Pages (one without ADVERTISE), 2 ad accounts (status 1 and 2), 3 campaigns (ACTIVE,
        PAUSED, legacy objective) with ad sets, ads and `days` of daily insights, 2 lead forms with
        different question keys, leads spanning more than 90 days, 1 WABA with 1 number and 2 templates."""
        user = self.USER_ID
        self.add_user(user, "Dana Demo")
        self.add_page(
            self.PAGE_ID,
            "Acme Clinic",
            user_id=user,
            tasks=["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
            category="Medical Center",
        )
        self.add_page(self.PAGE_NO_ADVERTISE_ID, "Acme Blog", user_id=user, tasks=["ANALYZE", "CREATE_CONTENT"])
        self.add_ad_account(self.AD_ACCOUNT_ID, "Acme - Main", user_id=user)
        self.add_ad_account(self.DISABLED_AD_ACCOUNT_ID, "Acme - Old", user_id=user, currency="USD", account_status=2)
        acct = self.AD_ACCOUNT_ID
        c1, c2, c3 = self.CAMPAIGN_IDS
        self.add_campaign(c1, acct, "Lead gen Q3", status="ACTIVE", objective="OUTCOME_LEADS")
        self.add_campaign(c2, acct, "Awareness spring", status="PAUSED", objective="OUTCOME_AWARENESS")
        self.add_campaign(
            c3,
            acct,
            "Legacy lead ads",
            status="ACTIVE",
            objective="LEAD_GENERATION",
            daily_budget=None,
            lifetime_budget="150000",
        )
        s1, s2, s3 = self.ADSET_IDS
        self.add_ad_set(s1, c1, "Berlin 25-45")
        self.add_ad_set(s2, c2, "Germany broad", status="PAUSED", effective_status="CAMPAIGN_PAUSED")
        self.add_ad_set(s3, c3, "Legacy set")
        a1, a2, a3 = self.AD_IDS
        self.add_ad(a1, s1, "Ad - video A")
        self.add_ad(a2, s2, "Ad - image B", status="PAUSED", effective_status="CAMPAIGN_PAUSED")
        self.add_ad(a3, s3, "Ad - carousel C")
        today = dt.datetime.fromtimestamp(self.now(), dt.UTC).date()
        for n in range(1, days + 1):
            day = today - dt.timedelta(days=n)
            self.add_insight(
                a1,
                day,
                impressions=1000 + 10 * n,
                clicks=40 + n % 7,
                spend=f"{50 + n % 5}.25",
                reach=800 + 5 * n,
                leads=3 + n % 4,
            )
            if n > days // 2:  # paused for the last half of the window
                self.add_insight(a2, day, impressions=500 + n, clicks=5, spend="12.10", reach=450)
            self.add_insight(a3, day, impressions=300, clicks=9, spend="8.40", reach=250, leads=0 if n % 3 else 1)
        self.add_lead_form(
            self.FORM_ID,
            self.PAGE_ID,
            "Teeth whitening offer",
            [
                {"key": "full_name", "label": "Full name", "type": "FULL_NAME", "id": "q1"},
                {"key": "email", "label": "Email", "type": "EMAIL", "id": "q2"},
                {"key": "phone_number", "label": "Phone number", "type": "PHONE", "id": "q3"},
                {
                    "key": "which_treatment_are_you_interested_in?",
                    "label": "Which treatment are you interested in?",
                    "type": "CUSTOM",
                    "id": "q4",
                    "options": [
                        {"key": "teeth_whitening", "value": "Teeth whitening"},
                        {"key": "implants", "value": "Implants"},
                    ],
                },
            ],
        )
        self.add_lead_form(
            self.FORM2_ID,
            self.PAGE_ID,
            "Callback request (DE)",
            [
                {"key": "first_name", "label": "Vorname", "type": "FIRST_NAME", "id": "q5"},
                {"key": "last_name", "label": "Nachname", "type": "LAST_NAME", "id": "q6"},
                {"key": "phone_number_(eg.65xxxxxxxx)", "label": "Telefon", "type": "CUSTOM", "id": "q7"},
                {"key": "date_of_birth", "label": "Geburtsdatum", "type": "DATE_OF_BIRTH", "id": "q8"},
                {"key": "city", "label": "Stadt", "type": "CITY", "id": "q9"},
            ],
            locale="de_DE",
        )
        now = self.now()
        self.add_lead(
            self.FORM_ID,
            {
                "full_name": ["Jane Doe"],
                "email": ["jane@example.com"],
                "phone_number": ["+4915112345678"],
                "which_treatment_are_you_interested_in?": ["teeth_whitening"],
            },
            leadgen_id="130528934038370",
            ad_id=a1,
            created_time=now - 2 * 86400,
            custom_disclaimer_responses=[
                {"checkbox_key": "marketing_optin", "is_checked": "1"},
                {"checkbox_key": "whatsapp_optin", "is_checked": "1"},
            ],
        )
        self.add_lead(
            self.FORM_ID,
            {
                "full_name": ["Max Müller"],
                "email": ["max.mueller@example.de"],
                "phone_number": ["+49 30 1234567"],
                "which_treatment_are_you_interested_in?": ["implants"],
            },
            leadgen_id="130528934038371",
            ad_id=a3,
            created_time=now - 20 * 86400,
        )
        self.add_lead(
            self.FORM2_ID,
            {
                "first_name": ["Zoë"],
                "last_name": ["Ångström"],
                "phone_number_(eg.65xxxxxxxx)": ["015112345679"],
                "date_of_birth": ["1990-04-12"],
                "city": ["Köln"],
            },
            leadgen_id="130528934038372",
            created_time=now - 45 * 86400,
        )
        self.add_lead(
            self.FORM_ID,
            {
                "full_name": ["Old Lead"],
                "email": ["old@example.com"],
                "phone_number": ["+4915100000000"],
                "which_treatment_are_you_interested_in?": ["implants"],
            },
            leadgen_id="130528934038373",
            ad_id=a1,
            created_time=now - 120 * 86400,
        )
        self.add_waba(self.WABA_ID, "Acme WhatsApp")
        self.add_phone_number(self.PHONE_NUMBER_ID, self.WABA_ID, self.DISPLAY_PHONE, "Acme Clinic")
        self.add_template(
            "2001000000000001",
            self.WABA_ID,
            "appointment_reminder",
            category="UTILITY",
            language="en_US",
            body="Hi {{1}}, your appointment is on {{2}}.",
        )
        self.add_template(
            "2001000000000002",
            self.WABA_ID,
            "spring_offer",
            category="MARKETING",
            language="de",
            header="Frühlingsangebot",
            body="Hallo {{1}}, 20% auf Bleaching bis Ende April!",
            buttons=[{"type": "QUICK_REPLY", "text": "Stop promotions"}],
        )
        self.add_dataset(self.DATASET_ID, "Dana's CRM dataset", user_ids=[user])
        return self
