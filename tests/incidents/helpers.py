"""Queries an administrator's frontend would send for security incidents."""

from __future__ import annotations

import datetime as dt
from typing import Any

ERRORS = "errors { field code message }"
INCIDENT_FIELDS = """
  id title kind status detectedAt regulatorDueAt regulatorNotifiedAt overdue
  affected { leads users records categories { category subjects records } }
  notices { audience sentAt recipients }
"""
REPORT = f"""mutation($input: ReportSecurityIncidentInput!) {{
  reportSecurityIncident(input: $input) {{ securityIncident {{ {INCIDENT_FIELDS} }} {ERRORS} }}
}}"""
ASSESS = f"""mutation($input: AssessSecurityIncidentInput!) {{
  assessSecurityIncident(input: $input) {{ job {{ id kind status }} {ERRORS} }}
}}"""
NOTIFY = f"""mutation($input: NotifySecurityIncidentInput!) {{
  notifySecurityIncident(input: $input) {{ securityIncident {{ {INCIDENT_FIELDS} }} {ERRORS} }}
}}"""
MARK = f"""mutation($input: MarkRegulatorNotifiedInput!) {{
  markRegulatorNotified(input: $input) {{ securityIncident {{ {INCIDENT_FIELDS} regulatorReport }} {ERRORS} }}
}}"""
CLOSE = f"""mutation($input: CloseSecurityIncidentInput!) {{
  closeSecurityIncident(input: $input) {{ securityIncident {{ {INCIDENT_FIELDS} regulatorReport }} {ERRORS} }}
}}"""
INCIDENT = f"""query($id: ID!, $first: Int) {{
  securityIncident(id: $id) {{
    {INCIDENT_FIELDS} regulatorReport
    affectedLeads(first: $first) {{ totalCount edges {{ node {{ id }} }} }}
  }}
}}"""
INCIDENTS = """query($filter: SecurityIncidentFilter) {
  securityIncidents(filter: $filter) { totalCount edges { node { id status overdue } } }
}"""
CREATE_TOKEN = f"""mutation($input: CreateApiTokenInput!) {{
  createApiToken(input: $input) {{ secret apiToken {{ id }} {ERRORS} }}
}}"""
LEADS = "query($first: Int) { leads(first: $first) { edges { node { id fullName email phone } } } }"
JOB = "query($id: ID!) { job(id: $id) { status result } }"


def iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat()


def scope(**lists: list[str]) -> dict[str, list[str]]:
    given = {"userIds": [], "apiTokenIds": [], "sessionIds": [], "ipAddresses": [], "webhookSubscriptionIds": []}
    given.update(lists)
    return given


def report_input(window_hours: float = 24, **lists: Any) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    return {
        "title": "Leaked partner token",
        "description": "A partner's API token was found in a public repository.",
        "kind": "CREDENTIAL_LEAK",
        "detectedAt": iso(now),
        "windowStart": iso(now - dt.timedelta(hours=window_hours)),
        "windowEnd": iso(now + dt.timedelta(seconds=1)),
        "scope": scope(**lists),
    }
