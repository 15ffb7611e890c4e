"""The exported schema, and the guard on every root field."""

from __future__ import annotations

from pathlib import Path

from strawberry.permission import PermissionExtension

from schema import build_schema

ROOT = Path(__file__).resolve().parent.parent


def test_schema_graphql_is_up_to_date() -> None:
    exported = (ROOT / "schema.graphql").read_text()
    assert exported.strip() == build_schema().as_str().strip(), "run `make schema` and commit schema.graphql"


def test_every_root_field_declares_who_may_call_it() -> None:
    schema = build_schema()
    unguarded = []
    for root in ("Query", "Mutation", "Subscription"):
        definition = schema.get_type_by_name(root)
        if definition is None:
            continue
        for field in definition.fields:
            if not any(isinstance(ext, PermissionExtension) for ext in field.extensions):
                unguarded.append(f"{root}.{field.python_name}")
    assert unguarded == []


def test_mutations_take_one_input_argument() -> None:
    schema = build_schema()
    mutation = schema.get_type_by_name("Mutation")
    if mutation is None:
        return
    for field in mutation.fields:
        names = [a.python_name for a in field.arguments]
        assert names in ([], ["input"]), f"{field.python_name} takes {names}"


def test_the_writes_a_read_only_organisation_may_make_are_mutations() -> None:
    """A name in the list that is no mutation (a typo, a rename) allows nothing and hides what it meant to allow."""
    from schema.permissions import READ_ONLY_ALLOWED, READ_ONLY_ALLOWED_WHEN

    mutations = set(build_schema()._schema.mutation_type.fields)  # type: ignore[union-attr]
    assert (READ_ONLY_ALLOWED | READ_ONLY_ALLOWED_WHEN.keys()) - mutations == set()
