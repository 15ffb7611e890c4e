"""Lead workflows (WhatsApp follow-ups)."""

from schema.workflows.api import Mutation, Query, WorkflowRunType, WorkflowType

types = [WorkflowType, WorkflowRunType]

__all__ = ["Mutation", "Query", "types"]
