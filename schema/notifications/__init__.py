"""Notifications: the signed-in user's list, marking read, and `notificationEvents` live."""

from schema.notifications.api import Mutation, Query, Subscription
from schema.notifications.types import NotificationType

types = [NotificationType]

__all__ = ["Mutation", "Query", "Subscription", "types"]
