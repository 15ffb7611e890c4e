from tests.fakes.meta import meta_fixture as meta  # noqa: F401
