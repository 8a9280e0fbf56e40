"""The benchmark's server: ``newsdesk.web.create_app`` plus one route of its own, the baseline.

    python -m benchmarks._web_serve DB PORT

``GET /_bench/fts?q=`` runs the bare full-text query (``SELECT rowid FROM articles_fts WHERE
articles_fts MATCH ? LIMIT 20``) on a read-only sqlite3 connection of the worker thread and
returns the ids: the same HTTP stack and load as the pages, none of their work. It lives here,
not in the product.
"""

from __future__ import annotations

import sqlite3
import sys
import threading

BARE_FTS = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 20"


def app_with_baseline(db: str):  # noqa: ANN201
    from fastapi import Query

    from newsdesk.web import create_app

    app = create_app(db)
    local = threading.local()

    @app.get("/_bench/fts", include_in_schema=False)
    def bare_fts(q: str = Query(...)) -> list[int]:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        return [r[0] for r in conn.execute(BARE_FTS, (q,))]

    @app.get("/_bench/ready", include_in_schema=False)
    def ready() -> str:
        return "ok"

    return app


def main(argv: list[str]) -> None:
    import uvicorn

    db, port = argv[0], int(argv[1])
    uvicorn.run(app_with_baseline(db), host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main(sys.argv[1:])
