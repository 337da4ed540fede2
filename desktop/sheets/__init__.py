"""Printable documents built from domain objects with reportlab (no store, no Qt)."""
