"""The executor's shortcut for plain fields answers exactly what graphql-core answers, errors included."""

from __future__ import annotations

import enum
from typing import Any, NewType

import pytest
import strawberry
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema import execution
from schema.execution import QuantixExecutionContext


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
  shout(suffix: "?") later alias: name ...F } }
  fragment F on Item { tags colour }"""


async def _run(context_class: type) -> dict[str, Any]:
    schema = strawberry.Schema(
        query=Query, execution_context_class=context_class, config=StrawberryConfig(scalar_map={Odd: ODD})
    )
    result = await schema.execute(QUERY)
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
    ],
)
async def test_same_answer_as_graphql_core(items: list[Item], monkeypatch: pytest.MonkeyPatch) -> None:
    shortcuts: list[object] = []
    plain_value = execution._plain_value
    monkeypatch.setattr(execution, "_plain_value", lambda *a: shortcuts.append(a) or plain_value(*a))
    ITEMS[:] = items
    ours = await _run(QuantixExecutionContext)
    assert shortcuts, "the shortcut was not taken"
    stock = await _run(StrawberryGraphQLCoreExecutionContext)
    assert ours == stock
