"""``newsdesk serve``: the web app and the JSON API over one database (registered in cli/app.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdesk.cli._common import DbOption, err, fail, user_errors


@user_errors
def serve_command(
    db: DbOption = None,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to listen on (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", min=0, max=65535, help="Port (default 8000).")] = None,
) -> None:
    """Serve the web app and the JSON API (/api, docs at /api/docs) until Ctrl-C.

    Read-only, except POST /api/ingest with the token from $NEWSDESK_API_TOKEN. Keeps serving
    while `newsdesk watch` or `ingest` writes to the same database.
    """
    import os

    from newsdesk.config import load_settings

    path = db or load_settings().db
    if not os.path.exists(path):
        raise fail(f"database {path} does not exist (check --db or NEWSDESK_DB;"
                   " `newsdesk ingest` creates one)")
    serve(path, host, port)


def serve(path: str, host: str | None = None, port: int | None = None) -> None:
    """Run the app over the database at ``path`` until Ctrl-C (``[web]`` settings by default)."""
    import uvicorn

    from newsdesk.web import create_app
    from newsdesk.web.settings import load_web_settings

    settings = load_web_settings()
    app = create_app(path, settings)
    host, port = host or settings.host, settings.port if port is None else port
    err().print(f"serving {path} at http://{host}:{port}/  (API docs: /api/docs; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
