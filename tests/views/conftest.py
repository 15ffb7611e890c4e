from tests.leads.conftest import team  # noqa: F401 - the fixture, shared
