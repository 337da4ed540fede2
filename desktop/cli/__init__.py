"""The ``ambulant`` command line: the window without arguments, headless sub-commands otherwise."""

from .main import main

__all__ = ["main"]
