"""Ambulant: an offline-first journal for ambulant vernepleiere."""

__version__ = "0.1.0"
