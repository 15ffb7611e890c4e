"""The data map and every privacy right built on it."""
