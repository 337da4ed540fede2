"""The only door the window, the command line and the tests use: one facade, view types, what changed."""

from ..domain.numbers import parse_decimal
from .changes import Changes
from .clients import merge_overview
from .colleagues import Colleague, SecondSignature
from .facade import Ambulant
from .views import NOTES_LIMIT, ClientMarks, ClientOverview, FailedSyncRecord, MedicationSheetData, Status, SyncStatus

__all__ = ["NOTES_LIMIT", "Ambulant", "Changes", "ClientMarks", "Colleague", "SecondSignature", "ClientOverview",
           "FailedSyncRecord",
           "MedicationSheetData", "Status", "SyncStatus", "merge_overview", "parse_decimal"]
