"""Browser fixtures: the app served by uvicorn over a small store, driven in Debian's chromium.

Playwright's own browser download is not reachable, so Playwright drives the system
``chromium`` (``apt-get install chromium``; ``.ci/run`` installs it). Without it these tests
skip, naming what is missing, except in CI (``CI=true``), where they fail.

Screenshots go to ``test-artifacts/screenshots/`` (or ``$NEWSDESK_TEST_ARTIFACTS/screenshots``),
one per page and viewport; the path is printed at the end of the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from digest._fixtures import FLOOD_1, STRIKE_3, STRIKE_4, WEEK, week
from live_server import serve
from newsdesk.store import Store
from newsdesk.web import create_app

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
#: ``--headless`` is added by Playwright (``headless=True``); it also gives every launch a
#: fresh temporary user data dir, removed on close.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORTS = {"laptop": {"width": 1366, "height": 800}, "phone": {"width": 390, "height": 844}}
#: Chromium asks for /favicon.ico on its own; the app has none (yet), which is no page error.
IGNORED = ("/favicon.ico",)
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("NEWSDESK_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run; .ci/run installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless chromium (one per test module: the sync API owns an event loop while it lives)."""
    if not Path(CHROMIUM).exists():
        _unavailable(f"no chromium at {CHROMIUM}: `apt-get install chromium` (or set NEWSDESK_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -r requirements.lock)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@dataclass
class Site:
    """The served app: its base URL and the article ids of the store (``outlet: title`` -> id)."""

    url: str
    articles: dict[str, int]
    db: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The digest tests' invented week (no model) plus the strike's last two days, served by uvicorn."""
    db = str(tmp_path_factory.mktemp("browser") / "site.db")
    with Store(db) as store:
        ids = week(store, [*WEEK, STRIKE_3, STRIKE_4])
    assert FLOOD_1 in WEEK
    with serve(create_app(db)) as url:
        yield Site(url, ids, db)


@dataclass
class Tab:
    """One page at one viewport, recording console errors and uncaught exceptions (CSP
    violations are console errors too)."""

    page: Any
    viewport: str
    base: str
    errors: list[str] = field(default_factory=list)

    def open(self, path: str, what: str | None = None) -> Any:
        """Go to ``path``; when ``what`` is given and the page answers 404, skip: that page is
        not in this branch yet."""
        response = self.page.goto(self.base + path)
        if what and response is not None and response.status == 404:
            pytest.skip(f"{what} ({path}) answers 404: not in this branch yet")
        assert response is not None and response.status < 400, f"{path}: HTTP {response and response.status}"
        return response

    def skip_if_missing(self, what: str) -> None:
        """After a click: skip when the page reached answers 404 (its route is not merged yet)."""
        self.page.wait_for_load_state()
        if self.page.request.get(self.page.url).status == 404:
            pytest.skip(f"{what} ({self.page.url}) answers 404: not in this branch yet")

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}-{self.viewport}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def assert_clean(self) -> None:
        assert not self.errors, f"console errors on {self.page.url}: {self.errors}"

    def overflow(self) -> int:
        """Pixels the page is wider than the viewport (a phone layout must not scroll sideways)."""
        return int(self.page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def _record_errors(page: Any, tab: Tab) -> None:
    """Console errors (with the resource they name), uncaught exceptions, failed requests."""

    def console(message: Any) -> None:
        where = (message.location or {}).get("url", "")
        if message.type == "error" and not where.endswith(IGNORED):
            tab.errors.append(f"console: {message.text} [{where}]")

    page.on("console", console)
    page.on("pageerror", lambda e: tab.errors.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: tab.errors.append(f"request failed: {r.url} ({r.failure})"))


@pytest.fixture(params=list(VIEWPORTS))
def tab(request: pytest.FixtureRequest, browser: Any, site: Site) -> Iterator[Tab]:
    """A fresh page at the laptop and at the phone viewport (each test runs at both)."""
    context = browser.new_context(viewport=VIEWPORTS[request.param], accept_downloads=True)
    page = context.new_page()
    t = Tab(page, request.param, site.url)
    _record_errors(page, t)
    yield t
    context.close()


@pytest.fixture
def laptop(browser: Any, site: Site) -> Iterator[Tab]:
    """A fresh page at the laptop viewport only (for the flow that clicks through)."""
    context = browser.new_context(viewport=VIEWPORTS["laptop"], accept_downloads=True)
    page = context.new_page()
    t = Tab(page, "laptop", site.url)
    _record_errors(page, t)
    yield t
    context.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SCREENSHOTS.exists() and any(SCREENSHOTS.glob("*.png")):
        terminalreporter.write_line(f"browser screenshots: {SCREENSHOTS}")
