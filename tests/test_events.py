"""Listeners hear events; a failing listener does not stop the others."""

from __future__ import annotations

import uuid

import pytest

from app import events

pytestmark = pytest.mark.sqlite


async def test_every_listener_hears_an_event_even_when_one_fails() -> None:
    heard: list[events.DomainEvent] = []

    async def broken(event: events.DomainEvent) -> None:
        raise RuntimeError("listener bug")

    async def recorder(event: events.DomainEvent) -> None:
        heard.append(event)

    events.subscribe(broken)
    events.subscribe(recorder)
    try:
        org = uuid.uuid4()
        await events.emit(events.EventType.LEAD_CREATED, org, subject_id=org)
    finally:
        events._listeners.remove(broken)
        events._listeners.remove(recorder)
    assert [(e.type, e.organization_id) for e in heard] == [(events.EventType.LEAD_CREATED, org)]
