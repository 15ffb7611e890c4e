"""The sandbox demo shows a workflow messaging the demo lead who opted in on the Lead Ads form."""

from __future__ import annotations

import dataclasses

import pytest

from app.accounts.models import Organization
from app.demo import ensure_demo
from app.messaging.models import WorkflowRun
from app.settings import get_settings
from tests.fakes.meta import FakeMeta
from tests.messaging.conftest import run_jobs


@pytest.mark.usefixtures("app")
async def test_demo_workflow_messages_the_opted_in_lead(meta: FakeMeta) -> None:
    settings = dataclasses.replace(get_settings(), meta_sandbox=True)
    await ensure_demo(settings)
    await run_jobs()
    await run_jobs()
    org = await Organization.get(slug="demo")
    runs = await WorkflowRun.filter(organization_id=org.id).values_list("status", "reason")
    assert sorted((s.value, r) for s, r in runs) == [("COMPLETED", None), ("SKIPPED", "CONSENT_REQUIRED")]
    assert [m["wa_id"] for m in meta.sent_messages] == ["4915112345678"]
