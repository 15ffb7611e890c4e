"""An access export through a real arq `Worker(burst=True)` on Redis, not the fast path of helpers.run_jobs."""

from __future__ import annotations

from tests.privacy.requests.test_exports import MINE, REQUEST_EXPORT
from tests.support import GraphQLClient, drain_jobs, make_user


async def test_an_export_runs_in_a_real_worker(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(email="ada@example.com", full_name="Ada Lovelace")
    gql = GraphQLClient(client, token)
    started = (await gql.data(REQUEST_EXPORT, {"input": {"format": "JSON"}}))["requestMyDataExport"]
    assert started["errors"] == [] and started["job"]["kind"] == "EXPORT"
    await drain_jobs()
    node = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]
    assert node["status"] == "COMPLETED" and node["export"]["sizeBytes"] > 0
