"""Emulators of outside platforms, served in development and used by tests; they import nothing else of app/."""
