"""A new Lead Ads lead who ticked the form's WhatsApp opt-in gets the workflow's template exactly once,
even when Meta delivers its webhook twice."""

from __future__ import annotations

from app.campaigns.models import LeadForm
from schema.relay import to_global_id
from tests.integrations.meta_integration.flow import connect
from tests.messaging.conftest import WA, run_jobs
from tests.messaging.test_workflows import RUNS, create

OPT_IN = """
mutation($i: SetFormWhatsAppOptInInput!) { setFormWhatsAppOptIn(input: $i) {
  whatsAppOptInRule { formId } rule { formId checkboxKey textShown } errors { field code } } }
"""


async def test_lead_ads_opt_in_feeds_a_workflow_once(wa: WA) -> None:
    await wa.configure()
    await connect(wa.http, wa.gql, wa.meta)
    await run_jobs()
    form = await LeadForm.for_org(wa.org.id).get(meta_id=wa.meta.FORM_ID)
    form_gid = to_global_id("LeadForm", form.id)
    rule = await wa.gql.data(
        OPT_IN,
        {"i": {"formId": form_gid, "checkboxKey": "wa_optin", "textShown": "Yes, message me on WhatsApp"}},
    )
    assert rule["setFormWhatsAppOptIn"]["errors"] == []
    assert rule["setFormWhatsAppOptIn"]["whatsAppOptInRule"] == {"formId": form_gid}
    created = await create(wa, conditions={"formId": wa.meta.FORM_ID, "source": "META_LEAD_ADS"}, delaySeconds=0)
    assert created["errors"] == []
    assert created["workflow"]["conditions"]["formId"] == form_gid

    leadgen_id, response = await wa.meta.deliver_lead(
        wa.http,
        {"full_name": ["Jane Roe"], "email": ["jane.roe@example.com"], "phone_number": ["+4915122223333"]},
        custom_disclaimer_responses=[{"checkbox_key": "wa_optin", "is_checked": "1"}],
    )
    assert response.status_code == 200
    lead_meta = wa.meta.objects[leadgen_id]
    again = wa.meta.leadgen_webhook(
        wa.meta.objects[wa.meta.FORM_ID]["page_id"],
        wa.meta.FORM_ID,
        leadgen_id,
        created_time=int(lead_meta["_created"]) + 1,
    )
    await run_jobs()
    assert (await wa.meta.post_webhook(wa.http, again)).status_code == 200
    await run_jobs()

    assert [m["wa_id"] for m in wa.meta.sent_messages] == ["4915122223333"]
    runs = (await wa.gql.data(RUNS))["workflowRuns"]
    assert [e["node"]["status"] for e in runs["edges"]] == ["COMPLETED"]
    consents = await wa.gql.data(
        "query($id: ID!) { node(id: $id) { ... on Lead { consents { purpose granted evidence } } } }",
        {"id": runs["edges"][0]["node"]["leadId"]},
    )
    whatsapp = [c for c in consents["node"]["consents"] if c["purpose"] == "WHATSAPP"]
    assert whatsapp[0]["granted"] is True
    assert whatsapp[0]["evidence"]["textShown"] == "Yes, message me on WhatsApp"
