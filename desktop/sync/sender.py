"""Sending a plan: Bundles out, per-entry answers in, adapting to what the server says.

Used by :class:`~desktop.sync.engine.SyncEngine`; see its docstring for the rules.
What this module adds to a plain POST loop:

* **Answers that cannot be read** (an empty 200, an OperationOutcome or an HTML page
  instead of the response Bundle) and **lost answers** (the connection dropped after
  the request went out) are never followed by the same Bundle at once: after a
  backoff the entries are *verified* with one Bundle of reads, and only those the
  server does not hold in our version are sent again. A resent PUT would add a
  version on servers that keep every write, and a resent If-Match PUT would clash
  with our own first write.
* ``If-Match`` for records several people edit, with the server's versionId of
  the version this one builds on; a 412 is a conflict.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import fhir_codes as codes
from .bundles import (EntryAnswer, EntryState, build_bundle, is_not_supported, is_size_refusal, outcome_text,
                      read_bundle, read_bundle_response, read_entry, resource_version, retry_after_seconds,
                      unreadable_reason)
from .connectivity import ServerCapabilities
from .http_client import FhirHttpClient, HttpAnswer, TransportError
from .planner import PlannedEntry, SyncPlan
from .settings import ServerProfile

if TYPE_CHECKING:
    from .engine import SyncEngine

UNREADABLE_NB = "Serveren svarte, men svaret kunne ikke leses. Det som ikke ble bekreftet, sendes senere."
LOST_NB = "Mistet kontakten med serveren. Det som ikke ble bekreftet, sendes neste gang."


class StopRun(Exception):
    """The server went away (or refused us, or answers nothing readable) mid-run: stop, leave the rest pending."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en


@dataclass
class Answer:
    """How a Bundle (or part of one) went: answers by position, and what to do with the rest."""

    known: dict[int, EntryAnswer] = field(default_factory=dict)
    too_large: bool = False
    refused: str | None = None          # the rest was refused as a whole (4xx) with this reason
    refused_status: int = 0


def our_version(resource: dict[str, Any]) -> str | None:
    """The record version a resource we send carries (None for Practitioners and AuditEvents)."""
    for ext in resource.get("extension") or []:
        if isinstance(ext, dict) and ext.get("url") == codes.EXT_RECORD_VERSION:
            for part in ext.get("extension") or []:
                if part.get("url") == "versionId":
                    return str(part.get("valueUuid", "")).removeprefix("urn:uuid:")
    return None


class Sender:
    """Sends a plan level by level over one client."""

    def __init__(self, engine: SyncEngine, client: FhirHttpClient, profile: ServerProfile,
                 capabilities: ServerCapabilities) -> None:
        self.engine = engine
        self.client = client
        self.profile = profile
        self.url = client.base_url
        self.kind = "batch" if capabilities.batch and not profile.batch_refused else "transaction"
        if not capabilities.batch and not capabilities.transaction:
            raise StopRun("Serveren tar ikke imot samlede forsendelser (batch/transaction).",
                          "The server supports neither batch nor transaction Bundles.")
        self.can_transaction = capabilities.transaction
        self.gzip = profile.gzip if profile.gzip is not None else bool(capabilities.accepts_gzip)
        self.gzip_confirmed = profile.gzip is True
        configured = engine.settings.bundle_size
        self.size = min(configured, profile.bundle_cap) if profile.bundle_cap else configured
        self.size_unconfirmed = False
        self.plain_tried = False
        # record id → the server's versionId of the newest version it holds (If-Match)
        self.server_versions: dict[str, str] = {}

    def save_profile(self) -> None:
        assert self.engine.plan is not None
        for entry in self.engine.plan.entries:
            if entry.worker is not None and entry.index in self.engine.confirmed:
                self.profile.practitioners[entry.worker.hpr] = entry.worker.name
        self.profile.save(self.engine.db, self.url)

    # -- the plan --------------------------------------------------------------------

    def send_all(self, plan: SyncPlan) -> None:
        for level in plan.levels():
            queue = deque(i for i in level if i not in self.engine.confirmed and i not in self.engine.dead)
            while queue:
                if self.engine.cancel.is_set():
                    return
                chunk: list[PlannedEntry] = []
                while queue and len(chunk) < self.size:
                    entry = plan.entries[queue.popleft()]
                    if self.engine.ready(entry):
                        chunk.append(entry)
                    else:
                        self.engine.hold(entry)
                retry = self.send(chunk)
                if retry:
                    attempt = max(self.engine.entry_tries.get(e.index, 0) for e in retry)
                    self.engine.sleep(self.engine.retry.delay(attempt, self.engine.rng),
                                      "Prøver noen oppføringer på nytt …")
                    queue.extendleft(reversed([e.index for e in retry]))

    def send(self, chunk: list[PlannedEntry]) -> list[PlannedEntry]:
        """Send entries (splitting as needed); returns entries to try again in this run."""
        again: list[PlannedEntry] = []
        stack = [chunk] if chunk else []
        halved = False          # a Bundle was refused without saying why, and split
        lone_refusals = 0       # ... down to single records the server refused
        largest_answered = 0
        while stack:
            part = stack.pop()
            if len(part) > self.size:   # the size shrank since this part was cut
                stack.extend(reversed([part[i:i + self.size] for i in range(0, len(part), self.size)]))
                continue
            answer = self.post(part)
            settled = [(part[i], a) for i, a in sorted(answer.known.items())]
            rest = [e for i, e in enumerate(part) if i not in answer.known]
            if rest and answer.too_large and len(rest) > 1:
                self.size = (len(rest) + 1) // 2
                self.size_unconfirmed = True
                stack.append(rest)
            elif rest and len(rest) > 1:   # find the record that spoils the Bundle: halve until it is alone
                halved = True
                half = len(rest) // 2
                stack.extend([rest[half:], rest[:half]])
            elif rest:
                lone_refusals += 1
                state = EntryState.CONFLICT if answer.refused_status == 412 else EntryState.REJECTED
                settled.append((rest[0], EntryAnswer(state, answer.refused_status, reason=answer.refused or "")))
            if not rest:
                largest_answered = max(largest_answered, len(part))
            keep: list[tuple[PlannedEntry, EntryAnswer]] = []
            for entry, entry_answer in settled:
                if entry_answer.state is EntryState.TRANSIENT:
                    tries = self.engine.entry_tries.get(entry.index, 0) + 1
                    self.engine.entry_tries[entry.index] = tries
                    if tries < self.engine.retry.entry_attempts:
                        again.append(entry)
                        continue
                if entry_answer.state is EntryState.CONFIRMED and entry.record_id and entry_answer.server_version:
                    self.server_versions[entry.record_id] = entry_answer.server_version
                keep.append((entry, entry_answer))
            self.engine.settle(keep, self.save_profile)
            if any(a.state is EntryState.CONFIRMED for _, a in settled):
                self._learnt_something()
            self.engine.report("sending", message=f"Sendt {len(self.engine.sent_rows)} …")
        if halved and lone_refusals == 0 and 0 < largest_answered < self.size:
            # Every piece went through once small enough and no record was at fault: the
            # server has an unstated cap. Remember the size that worked.
            self.size = largest_answered
            self.size_unconfirmed = True
            self._learnt_something()
        return again

    def _learnt_something(self) -> None:
        """A Bundle went through: keep what this server taught us (size that works, gzip)."""
        changed = False
        if self.size_unconfirmed:
            self.profile.bundle_cap = self.size
            self.size_unconfirmed = False
            changed = True
        if self.gzip and not self.gzip_confirmed:
            self.profile.gzip = True
            self.gzip_confirmed = True
            changed = True
        if changed:
            self.save_profile()

    # -- one Bundle ---------------------------------------------------------------------

    def bundle_for(self, entries: list[PlannedEntry]) -> dict[str, Any]:
        versions = [self.server_versions.get(e.record_id) if e.record_id else None for e in entries]
        return build_bundle(self.kind, self.url, [e.resource for e in entries], versions)

    def post(self, part: list[PlannedEntry]) -> Answer:
        """POST one Bundle, retrying whole-request failures; what the server said about each entry.

        After an answer that was lost or could not be read, the entries are verified
        before anything is sent again (see the module docstring).
        """
        answer = Answer()
        todo = list(range(len(part)))
        attempt = 0
        in_doubt = False    # the last request may have been applied without our seeing it
        while todo:
            if self.engine.cancel.is_set():
                raise StopRun("Synkroniseringen ble avbrutt.", "The sync was cancelled.")
            if in_doubt:
                found = self.verify([part[i] for i in todo])
                if found is None:
                    attempt += 1
                    self._give_up_after(attempt, UNREADABLE_NB, "unreadable answer to the verification reads")
                    self.engine.sleep(self.engine.retry.delay(attempt, self.engine.rng),
                                      "Serveren svarte uklart, prøver igjen …")
                    continue
                in_doubt = False
                for i, state in zip(list(todo), found):
                    if state is not None:
                        answer.known[i] = state
                todo = [i for i in todo if i not in answer.known]
                continue
            try:
                http = self._post_with_gzip([part[i] for i in todo])
            except TransportError as exc:
                attempt += 1
                self._give_up_after(attempt, LOST_NB, f"{exc}")
                self.engine.sleep(self.engine.retry.delay(attempt, self.engine.rng),
                                  "Mistet forbindelsen, prøver igjen …")
                in_doubt = True
                continue
            status = http.status
            if 200 <= status < 300:
                entries = read_bundle_response(http.body, self.kind, len(todo))
                if entries is not None:
                    answer.known.update(zip(todo, entries))
                    return answer
                attempt += 1   # the server answered, but not with the Bundle we asked for
                self._give_up_after(attempt, UNREADABLE_NB, f"HTTP {status} with "
                                    + unreadable_reason(http.body, http.content_type, http.text))
                self.engine.sleep(self.engine.retry.delay(attempt, self.engine.rng),
                                  "Serveren svarte, men svaret kunne ikke leses. Venter …")
                in_doubt = True
                continue
            if status in (429, 500, 502, 503, 504):
                attempt += 1
                wait = retry_after_seconds(http.headers.get("Retry-After"))
                if wait is not None and wait > self.engine.retry.max_retry_after_s:
                    raise StopRun(f"Serveren er opptatt og ber om at vi venter {int(wait)} sekunder. "
                                  "Resten sendes senere.", f"The server asks us to wait {int(wait)} s.")
                self._give_up_after(attempt, f"Serveren svarer med feil (HTTP {status}). Det som ikke ble "
                                    "bekreftet, sendes senere.", f"HTTP {status}")
                self.engine.sleep(wait if wait is not None else self.engine.retry.delay(attempt, self.engine.rng),
                                  f"Serveren er opptatt (HTTP {status}), venter …")
                # 429 and 503 say nothing was done; after a 500 or a gateway's 502/504 it may have been.
                in_doubt = status in (500, 502, 504)
                continue
            if status == 403:
                raise StopRun("Serveren gir ikke tilgang (403). Kontakt den som drifter serveren.",
                              "The server refused access (403).")
            if is_size_refusal(status, http.body):
                answer.too_large = True
                answer.refused = outcome_text(http.body, status)
                answer.refused_status = status
                return answer
            if self.kind == "batch" and self.can_transaction and (is_not_supported(http.body)
                                                                   or status in (405, 501)):
                self.kind = "transaction"   # this server does not take batch: use transaction from now on
                self.profile.batch_refused = True
                self.save_profile()
                continue
            answer.refused = outcome_text(http.body, status) if http.body is not None else \
                f"HTTP {status}: " + unreadable_reason(http.body, http.content_type, http.text)
            answer.refused_status = status
            return answer
        return answer

    def _post_with_gzip(self, entries: list[PlannedEntry]) -> HttpAnswer:
        """POST, turning gzip off for a server that refuses it (415, or a 400 for a body it cannot read)."""
        bundle = self.bundle_for(entries)
        http = self.client.post_bundle(bundle, self.gzip)
        if http.status == 415 and http.gzipped:
            self._gzip_off()
            return self.client.post_bundle(bundle, False)
        if http.status == 400 and http.gzipped and not self.gzip_confirmed and not self.plain_tried:
            # A server that does not understand gzip may just call the body malformed: try once plain.
            self.plain_tried = True
            plain = self.client.post_bundle(bundle, False)
            if plain.status != 400:
                self._gzip_off()
                return plain
        return http

    def verify(self, entries: list[PlannedEntry]) -> list[EntryAnswer | None] | None:
        """Read each entry's resource back: CONFIRMED when the server holds our version, None when
        it must be sent again; None for the whole list when the reads themselves got no readable answer."""
        try:
            http = self.client.post_bundle(read_bundle(self.kind, [f"{t}/{i}" for t, i in (e.key for e in entries)]),
                                           False)
        except TransportError:
            return None
        if not 200 <= http.status < 300:
            return None
        body = http.body
        if not isinstance(body, dict) or body.get("type") != f"{self.kind}-response" \
                or len(body.get("entry") or []) != len(entries):
            return None
        found: list[EntryAnswer | None] = []
        for entry, raw in zip(entries, body["entry"]):
            read = read_entry(raw)
            resource = raw.get("resource") if isinstance(raw, dict) else None
            if read.state is not EntryState.CONFIRMED or not isinstance(resource, dict):
                found.append(None)   # not there (404/410) or unreadable: send again
                continue
            wanted = our_version(entry.resource)
            if wanted is None or our_version(resource) == wanted:
                found.append(EntryAnswer(EntryState.CONFIRMED, 200, resource_version(resource)))
            else:
                found.append(None)   # the server holds another version: ours did not arrive
        return found

    def _gzip_off(self) -> None:
        self.gzip = False
        self.profile.gzip = False
        self.save_profile()

    def _give_up_after(self, attempt: int, message_nb: str, what: str) -> None:
        if attempt >= self.engine.retry.attempts:
            raise StopRun(message_nb, f"Gave up after {attempt} attempts ({what}); the rest stays pending.")
