"""Notifications: the one service every domain calls to tell people something (in-app and by mail)."""
