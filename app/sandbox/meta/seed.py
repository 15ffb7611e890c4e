"""The default fixtures of META.md §8.3: one user with Pages, ad accounts, campaigns, lead forms, leads, WhatsApp."""

from __future__ import annotations

import datetime as dt
from typing import Any, Self


def _question(qid: str, key: str, label: str, kind: str, **extra: Any) -> dict[str, Any]:
    """A lead-form question as the Graph API lists it."""
    return {"key": key, "label": label, "type": kind, "id": qid, **extra}


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
        treatments = [{"key": "teeth_whitening", "value": "Teeth whitening"}, {"key": "implants", "value": "Implants"}]
        teeth = [
            _question("q1", "full_name", "Full name", "FULL_NAME"),
            _question("q2", "email", "Email", "EMAIL"),
            _question("q3", "phone_number", "Phone number", "PHONE"),
            _question(
                "q4",
                "which_treatment_are_you_interested_in?",
                "Which treatment are you interested in?",
                "CUSTOM",
                options=treatments,
            ),
        ]
        callback = [
            _question("q5", "first_name", "Vorname", "FIRST_NAME"),
            _question("q6", "last_name", "Nachname", "LAST_NAME"),
            _question("q7", "phone_number_(eg.65xxxxxxxx)", "Telefon", "CUSTOM"),
            _question("q8", "date_of_birth", "Geburtsdatum", "DATE_OF_BIRTH"),
            _question("q9", "city", "Stadt", "CITY"),
        ]
        self.add_lead_form(self.FORM_ID, self.PAGE_ID, "Teeth whitening offer", teeth)
        self.add_lead_form(self.FORM2_ID, self.PAGE_ID, "Callback request (DE)", callback, locale="de_DE")
        now = self.now()
        optins = [
            {"checkbox_key": "marketing_optin", "is_checked": "1"},
            {"checkbox_key": "whatsapp_optin", "is_checked": "1"},
        ]
        f1, f2 = self.FORM_ID, self.FORM2_ID
        # Each lead answers its form's questions in order.
        for leadgen_id, form_id, ad_id, days_ago, disclaimers, *answers in (
            ("130528934038370", f1, a1, 2, optins, "Jane Doe", "jane@example.com", "+4915112345678", "teeth_whitening"),
            ("130528934038371", f1, a3, 20, None, "Max Müller", "max.mueller@example.de", "+49 30 1234567", "implants"),
            ("130528934038372", f2, None, 45, None, "Zoë", "Ångström", "015112345679", "1990-04-12", "Köln"),
            ("130528934038373", f1, a1, 120, None, "Old Lead", "old@example.com", "+4915100000000", "implants"),
        ):
            questions = self.objects[form_id]["questions"]
            self.add_lead(
                form_id,
                {q["key"]: [answer] for q, answer in zip(questions, answers, strict=True)},
                leadgen_id=leadgen_id,
                ad_id=ad_id,
                created_time=now - days_ago * 86400,
                custom_disclaimer_responses=disclaimers,
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
