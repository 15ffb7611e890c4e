"""Emulators of outside platforms, served in development and used by tests (DESIGN.md §1).

Each emulator follows its platform's wire facts (META.md, STRIPE.md) and imports nothing else of `app`: it
is the stand-in for the real platform, so it must not share code (or bugs) with our clients of it.
"""
