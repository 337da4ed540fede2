"""UI tests: pytest-qt, offscreen, the real window over a real encrypted database."""

from tests.ui.fixtures import (make_window, no_dialog_left_open, norwegian, qapp_args, qapp_cls,  # noqa: F401
                               unlocked, visit_db)
