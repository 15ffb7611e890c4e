"""Importing this registers the INCIDENT_ASSESSMENT handler and the overdue gauge (app/main.py JOB_MODULES)."""

from app.incidents import assessment, metrics

__all__ = ["assessment", "metrics"]
