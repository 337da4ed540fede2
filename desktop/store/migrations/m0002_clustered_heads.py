"""Schema 2: record_heads holds the current version, clustered by client, kind and time.

A client's overview reads a few hundred current records. In schema 1 each head
pointed into record_versions, which is stored in the order records were
written, every client interleaved with every other: each record sat on a page
of its own, and every page read from the encrypted file is decrypted again.
Clustered by (client, kind, time) a client's records of one kind sit on
neighbouring pages, so an overview reads about a fifth of the pages
(tests/bench/bench_store.py). The payload is a copy of the current version's;
record_versions stays the journal and is not touched.
"""

SQL = """
CREATE TABLE record_heads_v2 (
    client_id    TEXT NOT NULL,   -- empty for a record that belongs to no client (the worker)
    kind         TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    version_seq  INTEGER NOT NULL REFERENCES record_versions(seq),
    version      INTEGER NOT NULL,
    status       TEXT NOT NULL,
    payload      TEXT NOT NULL,   -- the current version, as in record_versions
    PRIMARY KEY (client_id, kind, occurred_at, record_id)
) WITHOUT ROWID;
INSERT INTO record_heads_v2 (client_id, kind, occurred_at, record_id, version_seq, version, status, payload)
    SELECT coalesce(h.client_id, ''), h.kind, h.occurred_at, h.record_id, h.version_seq, h.version, h.status,
           v.payload
    FROM record_heads h JOIN record_versions v ON v.seq = h.version_seq
    ORDER BY 1, 2, 3, 4;
DROP TABLE record_heads;
ALTER TABLE record_heads_v2 RENAME TO record_heads;
CREATE UNIQUE INDEX record_heads_record ON record_heads (record_id);
CREATE INDEX record_heads_kind ON record_heads (kind, occurred_at);
"""
