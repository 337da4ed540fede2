"""Pytest fixtures for the stand-in.

Enable from a conftest.py with ``pytest_plugins = ["tests.fhir_standin.pytest_plugin"]``
(root conftest only), or import the fixture into a test module.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import StandinServer


@pytest.fixture
def fhir_standin() -> Iterator[StandinServer]:
    """A fresh in-memory stand-in with the default (spec) personality, on an ephemeral port."""
    with StandinServer() as server:
        yield server
