"""Queries a frontend would send for notifications."""

from __future__ import annotations

NOTIFICATIONS = """
query($filter: NotificationFilter, $first: Int, $after: String) {
  notifications(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind title body link createdAt readAt } }
  }
}"""
MARK_READ = """
mutation($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { notifications { id readAt } errors { field code message } }
}"""


def nodes(data: dict) -> list[dict]:
    return [edge["node"] for edge in data["notifications"]["edges"]]
