"""Tasks with due dates and their reminders (SPEC §7.4)."""
