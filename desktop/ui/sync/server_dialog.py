"""File → Synkronisering …: where and how to sync (server address, bundle size, login, the caseload Group,
how many days back a pull reaches, automatic sync).

The values are checked by the sync's own rules (:meth:`SyncSettings.checked`:
https, or plain http only to this machine) and a refusal is shown next to the
field it is about. Secrets never go into the database: a bearer token and the
client key live in the OS keyring (``desktop.services.sync``). Everything goes
through the operation runner: reading and saving on the journal thread, "Test
forbindelse" (the server's CapabilityStatement) as a task that closing the
dialog or locking the window cuts short.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QSpinBox, QWidget)

from ...domain.errors import DomainError
from ...services import Ambulant
from ...services.sync import (MAX_BUNDLE_SIZE, AuthMode, ClientKey, ProbeResult, SyncError, SyncService, SyncSettings,
                              check_server_url)
from ..forms.form_dialog import FormDialog
from ..i18n.language import fill, ui_language
from ..kit.screen import FRAME_ALLOWANCE, available_area, width_limit
from ..kit.theme import error_style, tones
from ..ops import Job, Task
from ..session import Session


# The days-of-history field goes this far; the sync's own limit (a year) is checked when it is saved.
WINDOW_DAYS_FIELD_MAX = 9999


def _field_error(field: str, error: SyncError) -> DomainError:
    """A sync refusal as a form error shown next to ``field``."""
    return DomainError(field, error.message_nb, error.message_en)


class SyncSettingsDialog(FormDialog):
    """Edits the sync settings stored in the encrypted database; saved with "Lagre"."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Synchronisation settings"), parent,
                         intro=self.tr("Where Ambulant sends your records at the end of the shift: the "
                                       "municipality's FHIR server."))
        current = SyncSettings()     # the stored ones replace these as soon as they are read
        self.server_url = self.add_field("server_url", self.tr("Server &address"), QLineEdit(current.server_url or ""),
                                         hint=self.tr("https://… (plain http only to this computer)"))
        self.server_url.setPlaceholderText("https://fhir.kommune.no/fhir")
        self.bundle_size = QSpinBox()
        self.bundle_size.setRange(1, MAX_BUNDLE_SIZE)
        self.bundle_size.setValue(current.bundle_size)
        self.bundle_size.setSuffix(" " + self.tr("records"))
        self.bundle_size.setMaximumWidth(220)
        self.add_field("bundle_size", self.tr("Records per &bundle"), self.bundle_size,
                       hint=self.tr("If the server takes fewer, Ambulant learns it and sends smaller bundles."))
        self.auth = QComboBox()
        self.auth.addItem(self.tr("None (a test server on this computer)"), AuthMode.NONE.value)
        self.auth.addItem(self.tr("Access token"), AuthMode.BEARER.value)
        self.auth.addItem(self.tr("Client key (HelseID, OAuth 2)"), AuthMode.CLIENT_CREDENTIALS.value)
        self.auth.setCurrentIndex(max(0, self.auth.findData(current.auth.value)))
        self.add_field("auth", self.tr("&Login"), self.auth)

        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Paste the token you were given"))
        self.add_field("token", self.tr("Access &token"), self.token,
                       hint=self.tr("Kept in the computer's keyring, never in the database."))
        self.token_endpoint = self.add_field("token_endpoint", self.tr("Token a&ddress"),
                                             QLineEdit(current.token_endpoint or ""))
        self.token_endpoint.setPlaceholderText("https://helseid-sts.nhn.no/connect/token")
        self.client_id = self.add_field("client_id", self.tr("Client &id"), QLineEdit(current.client_id or ""))
        self.scope = self.add_field("scope", self.tr("Sc&ope"), QLineEdit(current.scope))
        self.public_key = QPlainTextEdit()
        self.public_key.setReadOnly(True)
        self.public_key.setFixedHeight(74)
        self.public_key.setPlaceholderText(self.tr("No key pair yet."))
        self.key_button = QPushButton(self.tr("Make a key pair"))
        self.key_button.clicked.connect(self.make_key)
        key_box = QWidget()
        key_row = QHBoxLayout(key_box)
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.public_key, 1)
        key_row.addWidget(self.key_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_field("client_key", self.tr("Public &key"), key_box,
                       hint=self.tr("Give this public key to whoever registers the client. "
                                    "The private key stays in the keyring."))

        self.caseload_group = self.add_field(
            "caseload_group", self.tr("Caseload &group"), QLineEdit(current.caseload_group),
            hint=self.tr("A FHIR Group on the server whose members you follow too. Empty: none."))
        self.caseload_group.setPlaceholderText("team-nord")
        self.window_days = QSpinBox()
        # Wider than the sync allows, so a number past its limit gets its message rather than a silent clamp.
        self.window_days.setRange(1, WINDOW_DAYS_FIELD_MAX)
        self.window_days.setValue(current.window_days)
        self.window_days.setSuffix(" " + self.tr("days"))
        self.window_days.setMaximumWidth(220)
        self.add_field("window_days", self.tr("Days of &history"), self.window_days,
                       hint=self.tr("How far back colleagues' doses and observations are fetched."))

        self.auto_sync = QCheckBox(self.tr("Synchronise auto&matically when the network is available"))
        self.auto_sync.setChecked(current.auto_sync)
        self.add_field("auto_sync", "", self.auto_sync)
        self.auto_sync.setAccessibleName(self.auto_sync.text().replace("&", ""))   # add_field named it ""

        self.test_button = QPushButton(self.tr("Test &connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        test_box = QWidget()
        test_row = QHBoxLayout(test_box)
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        self.form.addRow("", test_box)

        self._stored = current       # what is kept as it was (whether a sync pulls at all)
        self._token_stored = False
        self._probe: Job[ProbeResult] | None = None
        self.finished.connect(lambda _result: self._probe is not None and self._probe.cancel())
        self.auth.currentIndexChanged.connect(self._show_auth_fields)
        self.server_url.textChanged.connect(self.test_result.clear)   # a result is about the address tested
        # The keyring keeps a token per server and a key per client id: look again when those change.
        self.server_url.editingFinished.connect(
            lambda: self.auth_mode() is AuthMode.BEARER and self._show_stored_token())
        self.client_id.editingFinished.connect(
            lambda: self.auth_mode() is AuthMode.CLIENT_CREDENTIALS and self._show_stored_key())
        self._show_auth_fields()
        session.ops.read(self, lambda app: app.sync.load_settings(), self._fill)

    def _fill(self, current: SyncSettings) -> None:
        """Show the stored settings (what the form starts from, so nothing counts as typed yet)."""
        self.server_url.setText(current.server_url or "")
        self.bundle_size.setValue(current.bundle_size)
        self.auth.setCurrentIndex(max(0, self.auth.findData(current.auth.value)))
        self.token_endpoint.setText(current.token_endpoint or "")
        self.client_id.setText(current.client_id or "")
        self.scope.setText(current.scope)
        self.auto_sync.setChecked(current.auto_sync)
        self.caseload_group.setText(current.caseload_group)
        self.window_days.setValue(current.window_days)
        self._stored = current
        self.mark_unchanged()
        self._show_auth_fields()

    # -- the login fields --------------------------------------------------------------

    def auth_mode(self) -> AuthMode:
        return AuthMode(self.auth.currentData())

    def _row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.field(key).parentWidget(), visible)

    def _show_auth_fields(self) -> None:
        mode = self.auth_mode()
        self.test_result.clear()
        self._row_visible("token", mode is AuthMode.BEARER)
        for key in ("token_endpoint", "client_id", "scope", "client_key"):
            self._row_visible(key, mode is AuthMode.CLIENT_CREDENTIALS)
        # What the keyring already holds (read only when the mode needs it: it may ask the OS).
        if mode is AuthMode.BEARER:
            self._show_stored_token()
        elif mode is AuthMode.CLIENT_CREDENTIALS:
            self._show_stored_key()
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the visible rows. FormDialog fixes a minimum width, and a window with one no
        longer takes its width from the layout: without this a long label would be cut off."""
        self.setMinimumWidth(min(max(640, self.layout().totalMinimumSize().width()), width_limit(self)))
        # Qt's own first sizing caps a dialog at 2/3 of the screen (a 1366×768 screen at 150 % leaves 607
        # logical pixels, and the hints were cut off): ask for the whole form where the screen has room,
        # and once shown only ever grow (a login mode with more rows).
        wanted = self.sizeHint().boundedTo(QSize(width_limit(self),
                                                 available_area(self).height() - FRAME_ALLOWANCE.height()))
        self.resize(wanted.expandedTo(self.size()) if self.isVisible() else wanted)

    def _keyring(self, field: str, op: Callable[[], Any], on_success: Callable[[Any], object],
                 writes: bool = False) -> None:
        """Ask the OS keyring (it may take a moment, or ask the user) through the runner; a refusal shows
        next to ``field``."""
        def run(_app: Ambulant) -> Any:
            try:
                return op()
            except SyncError as exc:
                raise _field_error(field, exc) from exc
        (self.session.ops.write if writes else self.session.ops.read)(self, run, on_success, errors=self)

    def _show_stored_token(self) -> None:
        url = self.server_url.text().strip().rstrip("/")
        if not url:
            self._stored_token(False)
            return
        self._keyring("token", lambda: SyncService.has_bearer_token(url), self._stored_token)

    def _stored_token(self, stored: bool) -> None:
        self._token_stored = bool(stored)
        self.token.setPlaceholderText(self.tr("A token is stored; paste a new one to replace it")
                                      if self._token_stored else self.tr("Paste the token you were given"))

    def _show_stored_key(self) -> None:
        client_id = self.client_id.text().strip()
        if not client_id:
            self._stored_key(None)
            return
        self._keyring("client_key", lambda: SyncService.client_key(client_id), self._stored_key)

    def _stored_key(self, key: ClientKey | None) -> None:
        self.public_key.setPlainText(json.dumps(key.public_jwk(), indent=1) if key is not None else "")
        self.key_button.setText(self.tr("Replace the key pair…") if key is not None else self.tr("Make a key pair"))

    def make_key(self) -> None:
        """Make the client's key pair (the private key goes to the keyring); asks first if one exists."""
        client_id = self.client_id.text().strip()
        if not client_id:
            self.show_error("client_id", self.tr("Enter the client id first: the key is kept under it."))
            return
        if not self.public_key.toPlainText():
            self._make_key(client_id)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Replace the key pair"),
                          self.tr("The server knows only the current public key. After replacing it, "
                                  "synchronisation fails until the new key is registered. Replace it?"),
                          QMessageBox.StandardButton.NoButton, self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep the current key"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: box.clickedButton() is replace and self._make_key(client_id))
        box.open()

    def _make_key(self, client_id: str) -> None:
        self.clear_errors()
        self._keyring("client_key", lambda: SyncService.generate_client_key(client_id), self._stored_key,
                      writes=True)

    # -- checking and saving ---------------------------------------------------------

    def settings(self) -> SyncSettings:
        """The settings as typed, checked; raises DomainError naming the field at fault."""
        try:
            url = check_server_url(self.server_url.text())
        except SyncError as exc:
            raise _field_error("server_url", exc) from exc
        mode = self.auth_mode()
        endpoint, client_id = self.token_endpoint.text().strip(), self.client_id.text().strip()
        if mode is AuthMode.CLIENT_CREDENTIALS:
            if not endpoint:
                raise DomainError("token_endpoint", "Skriv inn adressen til innloggingstjenesten.",
                                  "Enter the address of the token service.")
            if not client_id:
                raise DomainError("client_id", "Skriv inn klient-id-en dere har fått.",
                                  "Enter the client id you were given.")
            try:
                check_server_url(endpoint)
            except SyncError as exc:
                raise _field_error("token_endpoint", exc) from exc
        settings = replace(self._stored, server_url=url, bundle_size=self.bundle_size.value(), auth=mode,
                           token_endpoint=endpoint or None, client_id=client_id or None,
                           scope=self.scope.text().strip(), auto_sync=self.auto_sync.isChecked(),
                           window_days=self.window_days.value(), caseload_group=self.caseload_group.text().strip())
        try:
            return settings.checked()
        except SyncError as exc:   # the sync's own rules; the message goes next to the setting it names
            raise _field_error(getattr(exc, "field", "") or "server_url", exc) from exc

    def operation(self) -> Callable[[Ambulant], SyncSettings]:
        """Check what was typed (here), then put the secrets in the keyring and the rest in the database."""
        settings = self.settings()
        token = self.token.text().strip()

        def save(app: Ambulant) -> SyncSettings:
            try:
                if settings.auth is AuthMode.BEARER:
                    if token:
                        SyncService.store_bearer_token(settings.server_url or "", token)
                    elif not SyncService.has_bearer_token(settings.server_url or ""):
                        raise DomainError("token", "Lim inn tilgangsnøkkelen du har fått for serveren.",
                                          "Paste the access token you were given for the server.")
                if (settings.auth is AuthMode.CLIENT_CREDENTIALS
                        and SyncService.client_key(settings.client_id or "") is None):
                    raise DomainError("client_key", "Lag et nøkkelpar og registrer den offentlige nøkkelen først.",
                                      "Make a key pair and register its public key first.")
            except SyncError as exc:
                raise _field_error("client_key" if settings.auth is AuthMode.CLIENT_CREDENTIALS else "token",
                                   exc) from exc
            app.sync.save_settings(settings)
            return settings
        return save

    # -- "Test connection" -----------------------------------------------------------

    def test_connection(self) -> None:
        """Probe the server as typed (not yet saved) off the GUI thread; the answer shows beside the button."""
        found, settings = self.read_fields(self.settings)
        if not found or settings is None:
            return
        token = self.token.text().strip() if settings.auth is AuthMode.BEARER else ""

        def probe(app: Ambulant, _task: Task) -> ProbeResult:
            return app.sync.check_connection(settings, token or None)
        job = self.session.ops.task(self, probe, self._tested, lambda _error: self.test_button.setEnabled(True),
                                    cancel=lambda app: app.sync.cancel_connection_check())
        if job is None:
            return
        self._probe = job
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(f"color: {tones().muted_fg.name()};")
        self.test_result.setText(self.tr("Asking the server…"))

    def _tested(self, result: ProbeResult) -> None:
        self._probe = None
        self.test_button.setEnabled(True)
        if result.online and result.capabilities is not None:
            caps = result.capabilities
            self.test_result.setStyleSheet(f"color: {tones().ok_fg.name()};")
            self.test_result.setText(fill(self.tr("Connected: a FHIR %1 server %2"), caps.fhir_version,
                                          f"({caps.software})" if caps.software else "").strip())
        else:
            self.test_result.setStyleSheet(error_style())
            self.test_result.setText(result.message_en if ui_language() == "en" else result.message_nb)
