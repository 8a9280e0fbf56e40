"""A small load generator on loopback: ``concurrency`` connections (httpx, asyncio) send GETs
from a list of URLs, back to back, and each request's time to the last byte is recorded."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Load:
    """Seconds per request (in completion order) and the status codes seen."""

    seconds: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    wall: float = 0.0
    examples: dict[int, str] = field(default_factory=dict)  # status -> a URL that answered it

    def quantile(self, q: float) -> float:
        s = sorted(self.seconds)
        if not s:
            return float("nan")
        return s[min(len(s) - 1, max(0, round(q * len(s)) - 1))]


async def _load(base: str, urls: Sequence[str], concurrency: int, budget: float | None) -> Load:
    import httpx

    out = Load()
    queue = list(reversed(urls))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:

        deadline = time.perf_counter() + budget if budget else float("inf")

        async def worker() -> None:
            while queue and time.perf_counter() < deadline:
                url = queue.pop()
                t0 = time.perf_counter()
                response = await client.get(url)
                await response.aread()
                out.seconds.append(time.perf_counter() - t0)
                out.statuses[response.status_code] += 1
                out.examples.setdefault(response.status_code, url)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        out.wall = time.perf_counter() - t0
    return out


def load(base: str, urls: Sequence[str], concurrency: int, budget: float | None = None) -> Load:
    """Request every URL once, ``concurrency`` at a time; with ``budget`` (seconds), no new
    request starts after it (a slow kind cannot stretch the run to hours)."""
    return asyncio.run(_load(base, urls, concurrency, budget))
