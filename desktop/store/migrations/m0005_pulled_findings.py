"""Schema 5: what the rules found in records pulled from the server (kept, and shown).

* ``pulled_findings``: one row per pulled record version the rules judged (``record_id`` +
  ``version``), with the findings as JSON — each its rule, the form field, and the Bokmål and
  English text — written in the pull's own transaction. A pulled record is never refused for
  a finding: the server's record is the truth, the worker must see it and see what is wrong
  with it. What shows is the newest judged version of each record: a newer version without
  the finding (an empty list, ``[]``) stops the older one showing, and the older row stays.
  The rows belong to the client (``client_id``) and go with it when it is removed from the
  device.
"""

SQL = """
CREATE TABLE pulled_findings (
    record_id  TEXT NOT NULL,
    version    INTEGER NOT NULL,
    client_id  TEXT,
    server     TEXT NOT NULL,
    findings   TEXT NOT NULL,
    judged_at  TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
) WITHOUT ROWID;
CREATE INDEX pulled_findings_client ON pulled_findings (client_id);
"""
