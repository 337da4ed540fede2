"""The settings dialog: language and how soon the window locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from .settings import UiSettings
from .kit.screen import keep_on_screen
from .kit.widgets import muted

LANGUAGE_NAMES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}


class SettingsDialog(QDialog):
    """Edits a copy of the settings; :attr:`result_settings` holds them after OK."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.result_settings = UiSettings(settings.language, settings.idle_lock_minutes)
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.language.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        form.addRow("", muted(self.tr("A new language is used the next time Ambulant starts.")))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 120)
        self.minutes.setValue(max(1, round(settings.idle_lock_minutes)))
        self.minutes.setSuffix(" " + self.tr("min"))
        self.minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        label = QLabel(self.tr("Lock when idle for"))
        label.setBuddy(self.minutes)
        form.addRow(label, self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        keep_on_screen(self)

    def accept(self) -> None:
        self.result_settings.language = self.language.currentData()
        self.result_settings.idle_lock_minutes = float(self.minutes.value())
        super().accept()
