"""The sync: the only code that speaks HTTP and FHIR.

``fhir_mapping`` (with ``fhir_people``, ``fhir_medication``, ``fhir_observation``,
``fhir_plan``) turns records into FHIR R4 resources as pure functions;
``planner`` orders outbox rows into dependency levels; ``bundles`` builds
Bundles and reads the server's answers; ``engine`` pushes them through
``http_client``; ``connectivity`` probes the server; ``auth`` supplies bearer
tokens (keyring, or OAuth 2 with a private_key_jwt); ``settings`` keeps the
settings and each server's profile in the database. The window and the command line reach all
of it through ``app.sync`` (the sync use case above this package).
"""
