"""Dialogs that enter records; each validates through the services and shows errors by the field."""
