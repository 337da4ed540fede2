"""Run the stand-in by hand: ``python -m tests.fhir_standin --port 8080``."""

from __future__ import annotations

import argparse
import sys
import time

from .config import StandinConfig
from .server import StandinServer


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    p = argparse.ArgumentParser(prog="python -m tests.fhir_standin",
                                description="Local FHIR R4 stand-in server (binds 127.0.0.1 only).")
    p.add_argument("--port", type=int, default=8080, help="TCP port, 0 for any free port (default 8080)")
    p.add_argument("--db", metavar="FILE", help="SQLite file to keep data in (default: in memory)")
    p.add_argument("--max-bundle", type=int, metavar="N", help="refuse Bundles with more than N entries")
    p.add_argument("--bundle-cap-status", type=int, choices=(400, 413), default=413,
                   help="status for Bundles over --max-bundle (default 413)")
    p.add_argument("--max-body-bytes", type=int, metavar="N", help="refuse request bodies over N bytes (413)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--batch-only", action="store_true", help="refuse transaction Bundles")
    mode.add_argument("--transaction-only", action="store_true", help="refuse batch Bundles")
    p.add_argument("--create-status", type=int, choices=(200, 201),
                   help="always answer this status to creates and updates (default: 201 create, 200 update)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="sleep this long before each request")
    p.add_argument("--reject-identifier", action="append", default=[], metavar="VALUE",
                   help="answer 422 for resources with this identifier value (repeatable)")
    p.add_argument("--quiet", action="store_true", help="do not log requests to stderr")
    return p


def main(argv: list[str] | None = None) -> int:
    """Start the server, print its base URL, serve until Ctrl-C."""
    args = build_parser().parse_args(argv)
    config = StandinConfig(
        max_bundle_entries=args.max_bundle,
        bundle_cap_status=args.bundle_cap_status,
        max_body_bytes=args.max_body_bytes,
        batch_only=args.batch_only,
        transaction_only=args.transaction_only,
        create_status=args.create_status,
        latency_s=args.latency_ms / 1000.0,
        reject_identifier_values=set(args.reject_identifier),
        log_requests=not args.quiet,
    )
    server = StandinServer(config, args.db, port=args.port).start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
