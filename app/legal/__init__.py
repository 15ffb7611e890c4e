"""Public legal and security facts: who to contact (security.txt) and who processes data (processors)."""
