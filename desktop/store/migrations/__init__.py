"""Numbered schema migrations, applied in order at open, each in one transaction.

To change the schema add ``mNNNN_name.py`` with an ``SQL`` string and append
it to :data:`MIGRATIONS`; never edit a released one.
"""

from __future__ import annotations

from . import m0001_initial, m0002_clustered_heads, m0003_sync_per_server, m0004_pull, m0005_pulled_findings

MIGRATIONS: tuple[str, ...] = (m0001_initial.SQL, m0002_clustered_heads.SQL, m0003_sync_per_server.SQL,
                               m0004_pull.SQL, m0005_pulled_findings.SQL)
SCHEMA_VERSION = len(MIGRATIONS)
