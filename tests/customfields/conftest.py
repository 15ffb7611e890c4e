from tests.fakes.meta import meta_fixture as meta  # noqa: F401
from tests.leads.conftest import team  # noqa: F401 - the fixture, shared
