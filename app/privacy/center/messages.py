"""Every string the privacy center shows, in one catalogue per language (English shipped).

Templates call `t(key, **values)`; values are substituted here and escaped by Jinja's autoescaping.
A translation is one more dict with the same keys (tests check none is missing).
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "center.title": "Privacy center — {org}",
        "center.heading": "Privacy at {org}",
        "center.intro": (
            "{org} uses QuantixOne to manage the people who contact it. Here you can read how your data is "
            "handled and ask {org} to act on your rights."
        ),
        "center.contact.heading": "Privacy contact",
        "center.contact.text": "Questions about your data:",
        "center.policy.heading": "Privacy policy",
        "center.policy.link": "Read the current privacy policy (version {version}, in effect since {date})",
        "center.processors.heading": "Who processes the data for us",
        "center.processors.intro": "Personal data is stored in: {region}. These service providers process it:",
        "center.processors.item": "{name}: {purpose} ({country})",
        "center.processors.transfer": "a transfer outside the data region; safeguard: {safeguard}",
        "center.processors.link": "See the service providers that process data for us",
        "center.form.heading": "Make a request",
        "center.form.intro": (
            "We will mail a 6-digit code to the address you give. The answer is the same whether or not we hold "
            "data about you."
        ),
        "center.form.type": "What do you want to do?",
        "center.form.objection_kind": "If you object: what do you object to?",
        "center.form.objection_kind.none": "(only for objections)",
        "center.form.email": "Your email address",
        "center.form.phone": "Your phone number (optional)",
        "center.form.details": "Details (optional)",
        "center.form.submit": "Send the request",
        "center.code.heading": "Enter your code",
        "center.code.intro": (
            "If the address is valid, a 6-digit code is on its way to it. It is valid for 30 minutes."
        ),
        "center.code.label": "The 6-digit code from the mail",
        "center.code.submit": "Confirm the request",
        "center.code.wrong": "This code is wrong or has expired.",
        "center.error.heading": "Please check the form",
        "center.error.email": "Give one valid email address.",
        "center.error.phone": "Give a valid phone number, or leave it empty.",
        "center.error.details": "The details must be plain text of at most 10,000 characters.",
        "center.error.objection_kind": (
            "For an objection, choose what you object to; for other requests, leave that choice empty."
        ),
        "center.error.generic": "The request could not be sent. Please check the form.",
        "center.error.rate_limited": "Too many requests from here. Please try again later.",
        "center.error.invalid_state": "Too many attempts: please send the request again for a new code.",
        "type.ACCESS": "Get a copy of my data",
        "type.PORTABILITY": "Get my data in a portable format",
        "type.RECTIFICATION": "Correct my data",
        "type.ERASURE": "Erase my data",
        "type.OBJECTION": "Object to processing",
        "type.CONSENT_WITHDRAWAL": "Withdraw my consent",
        "type.MINOR_REPORT": "Report that someone is a minor",
        "objection.DIRECT_MARKETING": "Direct marketing",
        "objection.AUTOMATED_DECISIONS": "Automated decisions and profiling",
        "policy.title": "Privacy policy — {org}",
        "policy.heading": "Privacy policy",
        "policy.meta": "Version {version}, in effect since {date}.",
        "policy.earlier": "Earlier versions",
        "policy.earlier.item": "Version {version}, in effect since {date}",
        "policy.back": "Back to the privacy center",
        "status.title": "Privacy request status",
        "status.heading": "Privacy request status",
        "status.code": "Confirmation code",
        "status.request": "Request",
        "status.status": "Status",
        "status.received": "Received",
        "status.due": "Due",
        "status.completed": "Completed",
        "status.none": "-",
        "status.verify.heading": "Confirm the request",
        "status.verify.intro": (
            "Enter the 6-digit code from the mail we sent about this request. It is valid for 30 minutes."
        ),
        "status.kept.heading": "What we kept, and why",
        "status.kept.nothing": "Nothing was kept.",
        "status.contact.heading": "Privacy contact",
        "status.word.PENDING_VERIFICATION": "waiting for the email address to be confirmed",
        "status.word.VERIFIED": "confirmed, waiting to be handled",
        "status.word.SCHEDULED": "scheduled; it can still be cancelled",
        "status.word.IN_PROGRESS": "being handled",
        "status.word.COMPLETED": "completed",
        "status.word.REJECTED": "declined (the reason was sent by mail)",
        "status.word.CANCELLED": "cancelled",
        "not_found": "Not found",
        "forbidden": "This form has expired or did not come from this site. Please reload the page and try again.",
        "too_large": "The form is too large.",
        "method_not_allowed": "This page cannot be opened that way. Go back to the privacy center and use its forms.",
        "error": "Something went wrong on our side. Please try again later.",
        "skip": "Skip to the request form",
    }
}


def t(key: str, language: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The message `key` in `language` (English when missing), with `{name}` values filled in."""
    catalogue = MESSAGES.get(language) or MESSAGES[DEFAULT_LANGUAGE]
    text = catalogue.get(key) or MESSAGES[DEFAULT_LANGUAGE][key]
    return text.format(**values) if values else text
