"""End-to-end: a full visit in the real window (shares the UI fixtures)."""

from tests.ui.fixtures import (make_window, no_dialog_left_open, norwegian, qapp_args, qapp_cls,  # noqa: F401
                               unlocked, visit_db)
