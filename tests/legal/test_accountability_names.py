"""SPEC §7.1 / §7.7 names of the accountability schema, checked against the built schema."""

from __future__ import annotations

from graphql import GraphQLEnumType, GraphQLObjectType, get_named_type

from schema import build_schema

ENUMS = {
    "Purpose": "SERVICE META_ADS LEAD_MANAGEMENT MESSAGING ANALYTICS SECURITY BILLING LEGAL",
    "LegalBasis": "CONTRACT CONSENT LEGITIMATE_INTEREST LEGAL_OBLIGATION",
    "DataMapFieldSource": "USER ORGANIZATION META_LEAD_ADS META_MARKETING_API WHATSAPP STRIPE SYSTEM",
    "ProcessorSafeguard": "ADEQUACY SCC DPF BCR NOT_A_TRANSFER",
    "RecordsOfProcessingFormat": "JSON CSV",
}


def test_accountability_names_match_the_spec() -> None:
    schema = build_schema()._schema
    for name, values in ENUMS.items():
        enum = schema.get_type(name)
        assert isinstance(enum, GraphQLEnumType), name
        assert set(enum.values) == set(values.split()), name
    data_map_field = schema.get_type("DataMapField")
    assert isinstance(data_map_field, GraphQLObjectType)
    assert {"purposes", "legalBasis", "source", "recipients"} <= set(data_map_field.fields)
    assert get_named_type(data_map_field.fields["recipients"].type).name == "Processor"
    processor = schema.get_type("Processor")
    assert isinstance(processor, GraphQLObjectType)
    assert {"key", "name", "purpose", "categories", "country", "safeguard", "url"} <= set(processor.fields)
    query = schema.query_type
    assert query is not None and {"processors", "recordsOfProcessing"} <= set(query.fields)
    records = get_named_type(query.fields["recordsOfProcessing"].type)
    assert isinstance(records, GraphQLObjectType)
    assert set(records.fields) == {"document", "csv", "generatedAt"}
    assert set(query.fields["recordsOfProcessing"].args) == {"input"}
