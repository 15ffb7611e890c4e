"""The mutation walk itself, checked against a small schema: it finds id fields, guesses their type,
fills inputs plausibly, and tells isolation from a leak."""

from __future__ import annotations

import strawberry

from schema.errors import UserError
from tests.tenancy import walk


@strawberry.type
class Thing:
    id: strawberry.ID


@strawberry.type
class LeadForm:
    id: strawberry.ID


@strawberry.input
class RenameThingInput:
    id: strawberry.ID
    name: str
    contact_email: str
    form_id: strawberry.ID | None = None
    days: int = 7


@strawberry.type
class RenameThingPayload:
    thing: Thing | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class TagThingsInput:
    thing_ids: list[strawberry.ID]
    add: list[str]


@strawberry.type
class Query:
    hello: str = "hi"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def rename_thing(self, input: RenameThingInput) -> RenameThingPayload:
        return RenameThingPayload()

    @strawberry.mutation
    def tag_things(self, input: TagThingsInput) -> RenameThingPayload:
        return RenameThingPayload()

    @strawberry.mutation
    def log_out(self) -> bool:
        return True


SCHEMA = strawberry.Schema(query=Query, mutation=Mutation)._schema
NODE_TYPES = {"Thing", "LeadForm"}


def test_it_finds_every_id_field_and_guesses_the_type() -> None:
    found = {str(t) for t in walk.targets(SCHEMA, NODE_TYPES)}
    assert found == {"renameThing.id->Thing", "renameThing.formId->LeadForm", "tagThings.thingIds->Thing"}
    assert walk.guess_type("setLeadStatus", "id", None, {"Lead", "LeadForm"}) == "Lead"
    assert walk.guess_type("assignLead", "ownerId", None, {"Lead", "User"}) == "User"
    assert walk.guess_type("pingThing", "partnerId", None, {"Thing"}) == "Partner"  # unknown: a random id
    assert walk.guess_type("testHook", "id", None, {"Hook"}, {"testHook.id": "Thing"}) == "Thing"


def test_inputs_are_plausible_and_the_target_is_foreign() -> None:
    [target] = [t for t in walk.targets(SCHEMA, NODE_TYPES) if t.field == "id"]
    values = walk.build_input(SCHEMA, target, "FOREIGN", {"formId": "OWN"})
    assert values == {"id": "FOREIGN", "name": "Isolation probe", "contactEmail": "isolation.probe@example.com"}
    [listed] = [t for t in walk.targets(SCHEMA, NODE_TYPES) if t.is_list]
    assert walk.build_input(SCHEMA, listed, "FOREIGN", {})["thingIds"] == ["FOREIGN"]
    assert walk.document(SCHEMA, "renameThing") == (
        "mutation Probe($input: RenameThingInput!) { renameThing(input: $input) "
        "{ thing { __typename } errors { field code message } } }"
    )


def test_verdicts() -> None:
    target = walk.Target("renameThing", "id", "Thing", False)
    not_found = {"data": {"renameThing": {"thing": None, "errors": [{"field": "id", "code": "NOT_FOUND"}]}}}
    assert walk.verdict(not_found, target) is None
    assert walk.verdict({"data": None, "errors": [{"extensions": {"code": "FORBIDDEN"}}]}, target) is None
    renamed = {"data": {"renameThing": {"thing": {"__typename": "Thing"}, "errors": []}}}
    assert "expected NOT_FOUND" in str(walk.verdict(renamed, target))
    wrong_field = {"data": {"renameThing": {"thing": None, "errors": [{"field": "name", "code": "NOT_FOUND"}]}}}
    assert walk.verdict(wrong_field, target) is not None
    invalid = {"data": None, "errors": [{"extensions": {"code": "INVALID_INPUT"}}]}
    assert walk.verdict(invalid, target) is not None
