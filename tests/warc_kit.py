"""Write small web archives for tests: HTML pages, non-HTML, redirects, a cut-off record."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from pathlib import Path

from fastwarc.warc import WarcRecord, WarcRecordType


@dataclass
class Page:
    """One response record: ``status``, ``ctype`` and ``body`` as the crawler saw them."""

    url: str
    body: bytes
    status: int = 200
    ctype: str = "text/html; charset=utf-8"
    extra: str = ""  # more HTTP header lines, e.g. "Location: ..."


def article_html(headline: str, paragraphs: list[str], published: str = "2026-03-02") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{headline}</title>"
        f'<meta property="article:published_time" content="{published}T09:00:00Z"></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{headline}</h1>{body}</article><footer>Copyright the paper</footer></body></html>"
    ).encode()


def record_bytes(page: Page, number: int) -> bytes:
    reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}.get(page.status, "Status")
    head = f"HTTP/1.1 {page.status} {reason}\r\nContent-Type: {page.ctype}\r\n{page.extra}\r\n"
    record = WarcRecord()
    urn = f"uuid:00000000-0000-4000-8000-{number:012d}".encode()
    record.init_headers(record_type=WarcRecordType.response, record_urn=urn)
    record.headers["WARC-Target-URI"] = page.url
    record.headers["Content-Type"] = "application/http; msgtype=response"
    record.set_bytes_content(head.encode() + page.body)
    out = io.BytesIO()
    record.write(out, checksum_data=True)
    return out.getvalue()


def write_warc(path: Path, pages: list[Page], cut_last: int = 0, compress: bool = True) -> Path:
    """Each record its own gzip member (as crawlers write them); ``cut_last`` bytes removed
    from the end of the last record's data, so the file ends inside that record."""
    records = [record_bytes(page, n) for n, page in enumerate(pages, start=1)]
    if cut_last:
        records[-1] = records[-1][: -(cut_last + 4)]  # the record's closing CRLFs go too
    data = b"".join(gzip.compress(r) if compress else r for r in records)
    path.write_bytes(data)
    return path
