"""The only door the UI, the command line and the tests use."""

from .facade import *  # noqa: F401,F403
