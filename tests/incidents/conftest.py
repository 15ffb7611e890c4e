from tests.events.conftest import _receiver_server, receiver  # noqa: F401 - a partner's webhook receiver
from tests.leads.conftest import team  # noqa: F401 - the fixture, shared
