"""The executor's shortcut for plain fields answers exactly what graphql-core answers, errors included."""

from __future__ import annotations

import dataclasses
import enum
from decimal import Decimal
from typing import Any, NamedTuple, NewType

import httpx
import pytest
import strawberry
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.accounts.models import Organization
from app.main import create_app
from app.settings import SettingsError, get_settings, load_settings
from schema import execution
from schema.execution import QuantixExecutionContext
from tests.factories.leads import make_lead
from tests.support import GraphQLClient, make_user


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


Odd = NewType("Odd", int)
ODD = strawberry.scalar(
    name="Odd",
    serialize=lambda v: v if v % 2 else None,  # None = "cannot represent": graphql-core raises
    parse_value=int,
)


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Owner(Named):  # implements an interface: graphql-core checks is_type_of
    id: strawberry.ID


@strawberry.type
class Stranger(Named):
    pass


@strawberry.type
class Price:  # no interface: graphql-core does not check the object's type
    amount: Decimal
    currency: str


class PriceTuple(NamedTuple):  # what the app hands over for a Price (as app.money.Money for Money)
    amount: Decimal | None
    currency: str


@strawberry.type
class Item:
    id: strawberry.ID
    name: str
    nickname: str | None
    colour: Colour
    tags: list[str]
    maybe_tags: list[str | None] | None
    odd: Odd | None
    owner: Owner | None
    boss: Owner
    friends: list[Owner]
    maybe_friends: list[Owner | None] | None
    price: Price | None

    @strawberry.field
    def shout(self, suffix: str = "!") -> str:
        return self.name.upper() + suffix

    @strawberry.field
    async def later(self) -> str:
        return f"later {self.name}"


def _item(**overrides: Any) -> Item:
    values: dict[str, Any] = {
        "id": strawberry.ID("1"),
        "name": "Ana",
        "nickname": None,
        "colour": Colour.RED,
        "tags": ["a", "b"],
        "maybe_tags": ["x", None],
        "odd": 3,
        "owner": Owner(id=strawberry.ID("9"), name="Bo"),
        "boss": Owner(id=strawberry.ID("8"), name="Cy"),
        "friends": [Owner(id=strawberry.ID("5"), name="Ed"), Owner(id=strawberry.ID("6"), name="Fa")],
        "maybe_friends": [None, Owner(id=strawberry.ID("4"), name="Gu")],
        "price": PriceTuple(Decimal("1.50"), "EUR"),
    }
    values.update(overrides)
    return Item(**values)


ITEMS: list[Item] = []


@strawberry.type
class Query:
    @strawberry.field
    def items(self) -> list[Item]:
        return ITEMS


QUERY = """{ items { __typename id name nickname colour tags maybeTags odd owner { id name } boss { name }
  friends { id name } maybeFriends { name } price { amount currency } shout(suffix: "?") later alias: name ...F } }
  fragment F on Item { tags colour }"""
# Only plain reads below `items`: each item's objects and lists of objects are completed in one pass.
PLAIN_QUERY = """{ items { id name odd owner { id name } boss { name } friends { id name } alias: friends { name }
  maybeFriends { id } price { amount currency } } }"""


async def _run(context_class: type, query: str = QUERY) -> dict[str, Any]:
    schema = strawberry.Schema(
        query=Query, execution_context_class=context_class, config=StrawberryConfig(scalar_map={Odd: ODD})
    )
    result = await schema.execute(query)
    errors = [(e.message, e.path) for e in result.errors or []]
    return {"data": result.data, "errors": errors}


@pytest.mark.sqlite
@pytest.mark.parametrize(
    "items",
    [
        pytest.param([_item(), _item(id="2", name="Li", colour=Colour.BLUE, tags=[])], id="plain values"),
        pytest.param([_item(name=None)], id="null for a non-null field"),
        pytest.param([_item(tags=["a", None])], id="null item in a non-null list"),
        pytest.param([_item(tags="ab")], id="a string for a list"),
        pytest.param([_item(odd=4)], id="scalar refuses the value"),
        pytest.param([_item(colour="green")], id="not an enum value"),
        pytest.param([_item(maybe_tags=None, owner=None, odd=None)], id="nulls where allowed"),
        pytest.param([_item(boss=None)], id="null for a non-null object"),
        pytest.param([_item(owner=Stranger(name="Di"))], id="an object of a sibling type"),
        pytest.param([_item(owner=42)], id="not an object"),
        pytest.param([_item(owner=Owner(id="7", name=None))], id="an error inside a nullable object"),
        pytest.param([_item(boss=Owner(id="7", name=None))], id="an error inside a non-null object"),
        pytest.param([_item(friends=[], maybe_friends=None)], id="an empty list and a null list"),
        pytest.param([_item(friends=[Owner(id="7", name=None)])], id="an error inside an item of a list"),
        pytest.param([_item(maybe_friends=[Owner(id="7", name=None)])], id="an error inside a nullable item"),
        pytest.param([_item(friends=[None])], id="null item in a list of non-null objects"),
        pytest.param([_item(maybe_friends=[Stranger(name="Di")])], id="an item of a sibling type"),
        pytest.param([_item(friends=(Owner(id="7", name="Ha"),))], id="a tuple for a list of objects"),
        pytest.param([_item(friends=None)], id="null for a non-null list of objects"),
        pytest.param([_item(tags=["a", 1])], id="not a string in a list of strings"),
        pytest.param([_item(maybe_friends=[Owner(id="7", name="Fa"), None])], id="null item in a list of objects"),
        pytest.param([_item(friends=Owner(id="7", name="Ha"))], id="an object for a list of objects"),
        pytest.param([_item(price=None)], id="null for a nullable plain object"),
        pytest.param([_item(price=PriceTuple(None, "EUR"))], id="an error inside a plain object (a tuple)"),
        pytest.param([_item(price=Price(amount=Decimal("2"), currency="USD"))], id="a plain object of its class"),
        pytest.param([_item(price="1.50 EUR")], id="not an object for a plain object"),
        pytest.param([_item(), None], id="null item in the resolver's list of non-null objects"),
        pytest.param([_item(), "Ana"], id="not an object in the resolver's list"),
    ],
)
@pytest.mark.parametrize("query", [QUERY, PLAIN_QUERY], ids=["mixed selection", "plain selection"])
async def test_same_answer_as_graphql_core(items: list[Item], query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shortcuts: list[object] = []
    plain_value, complete_items = execution._plain_value, execution._complete_items
    monkeypatch.setattr(execution, "_plain_value", lambda *a: shortcuts.append(a) or plain_value(*a))
    monkeypatch.setattr(execution, "_complete_items", lambda *a, **k: shortcuts.append(a) or complete_items(*a, **k))
    ITEMS[:] = items
    ours = await _run(QuantixExecutionContext, query)
    assert shortcuts, "the shortcut was not taken"
    stock = await _run(StrawberryGraphQLCoreExecutionContext, query)
    assert ours == stock


@pytest.mark.sqlite
async def test_lists_of_plain_objects_are_completed_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the compiled completion is for: no object of a plain object or list field is executed field by
    field (by graphql-core or by the shortcut's own loop)."""
    executed: list[str] = []
    execute_fields = QuantixExecutionContext.execute_fields

    def counted(self: Any, parent_type: Any, *args: Any) -> Any:
        executed.append(parent_type.name)
        return execute_fields(self, parent_type, *args)

    monkeypatch.setattr(QuantixExecutionContext, "execute_fields", counted)
    ITEMS[:] = [_item(), _item(id="2")]
    ours = await _run(QuantixExecutionContext, PLAIN_QUERY)
    assert ours["errors"] == [] and ours["data"]["items"][1]["friends"] == [
        {"id": "5", "name": "Ed"},
        {"id": "6", "name": "Fa"},
    ]
    assert executed == ["Query"]  # the resolver's list, its owners, bosses and friends in one pass


async def test_a_selection_is_compiled_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing and compiling a selection's function costs more than a small page: the same query asked again
    (a new request, new selection objects) reuses it; another selection gets its own."""
    written: list[int] = []
    generated = execution._generated

    def counted(*args: Any) -> Any:
        written.append(1)
        return generated(*args)

    monkeypatch.setattr(execution, "_generated", counted)
    monkeypatch.setattr(execution, "_GENERATED", {})
    ITEMS[:] = [_item()]
    schema = strawberry.Schema(
        query=Query, execution_context_class=QuantixExecutionContext, config=StrawberryConfig(scalar_map={Odd: ODD})
    )
    first = await schema.execute(PLAIN_QUERY)
    once = len(written)
    again = await schema.execute(PLAIN_QUERY)
    assert once > 0 and not first.errors and again.data == first.data
    assert len(written) == once
    await schema.execute("{ items { owner { alias: name } } }")
    assert len(written) == once + 2  # its two selections: the resolver's items and their owners


LEADS = "{ leads(first: 5) { totalCount edges { node { id fullName email status tags owner { id } } } } }"


async def _served(fast: bool, token: str) -> dict[str, Any]:
    app = create_app(dataclasses.replace(get_settings(), fast_executor=fast), manage_orm=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        return await GraphQLClient(http, token).data(LEADS)


@pytest.mark.sqlite
async def test_the_shortcut_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """QUANTIX_FAST_EXECUTOR=false serves with graphql-core's completion alone, and answers the same."""
    user, token = await make_user()
    org = await Organization.get(id=user.last_organization_id)
    for i in range(3):
        await make_lead(org, full_name=f"Lead {i}", owner_id=user.id, tags=["b", "a"])
    planned: list[object] = []
    plan = QuantixExecutionContext._plan
    monkeypatch.setattr(QuantixExecutionContext, "_plan", lambda *a: planned.append(a) or plan(*a))
    fast = await _served(True, token)
    assert planned, "the shortcut was not taken"
    planned.clear()
    stock = await _served(False, token)
    assert not planned, "the shortcut ran although switched off"
    assert stock == fast and len(fast["leads"]["edges"]) == 3


def test_fast_executor_setting_is_read_from_the_environment() -> None:
    assert load_settings({"QUANTIX_FAST_EXECUTOR": "false"}).fast_executor is False
    assert load_settings({}).fast_executor is True
    with pytest.raises(SettingsError):
        load_settings({"QUANTIX_FAST_EXECUTOR": "sometimes"})
