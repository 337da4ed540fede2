"""The Qt widgets: main window, unlock, client list, the three tabs, forms (no SQL, no HTTP here)."""
