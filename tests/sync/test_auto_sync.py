"""When the window's timer may start a sync by itself: records waiting, or a caseload not pulled for a while."""

from __future__ import annotations

from desktop.domain.clock import utcnow
from desktop.services.sync import PULL_EVERY, SyncService
from desktop.sync.pull import LAST_PULL_KEY
from desktop.sync.settings import SyncSettings


def test_nothing_waits_and_the_caseload_is_fresh_no_automatic_sync(db, server) -> None:
    SyncSettings(server_url=server.base_url).save(db)
    db.set_setting(LAST_PULL_KEY, utcnow().isoformat(timespec="seconds"))
    assert SyncService(db).should_auto_sync() is False


def test_a_caseload_pulled_long_ago_starts_an_automatic_sync_that_pulls(db, server) -> None:
    SyncSettings(server_url=server.base_url).save(db)
    db.set_setting(LAST_PULL_KEY, (utcnow() - PULL_EVERY).isoformat(timespec="seconds"))
    service = SyncService(db)
    assert service.should_auto_sync() is True
    summary = service.run(include_deferred=False)
    assert summary.pull is not None and summary.sent == 0 and server.round_trips > 0
