"""Run the benchmarks and write ``BENCHMARKS.md`` at the repository root.

    python -m benchmarks.run [--limit N] [--only NAME] [--shared PATH]

Each section is produced by a module exposing ``run(shared: Path, limit: int | None) -> str``
(markdown starting with its ``## `` heading). To add one, write the module and add a
line to ``SECTIONS`` below. With ``--only``, the other sections already in the file
are kept, so one benchmark can be re-run without redoing the rest.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import re
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "BENCHMARKS.md"

#: (name, module) in report order; each module has ``run(shared, limit) -> str``.
SECTIONS: list[tuple[str, str]] = [
    ("extraction", "benchmarks.extraction"),
    ("chrome", "benchmarks.chrome"),
    ("throughput", "benchmarks.throughput"),  # analysis throughput (benchmarks/throughput.py)
    ("attribution", "benchmarks.attribution"),
    ("speakers", "benchmarks.speakers"),  # speaker resolution on the demo gold + reference (issue 3)
    ("events", "benchmarks.events"),
    ("timex", "benchmarks.timex"),  # time expressions on TempEval-3 TBAQ beside dateparser (issue 4)
    ("reliability", "benchmarks.reliability"),  # faults, fuzz, query bounds, store size, memory (issue 8)
    ("timelines", "benchmarks.timelines"),  # story timelines on Timeline17 with tilse (issue 9)
    ("coref_people", "benchmarks.coref_people"),  # named people across documents (issue 9)
    ("coref_events", "benchmarks.coref_events"),  # cross-document event coreference on ECB+ (issue 9)
    ("stories", "benchmarks.stories"),  # online story clustering on Timeline17 and ECB+ (issue 9)
    ("copies", "benchmarks.copies"),  # near-duplicate reprints: P/R beside MinHashLSH 0.8, cost (issue 9)
    ("story_cost", "benchmarks.story_cost"),  # article 20,000 placed vs 1,000; vs the analysis (issue 9)
    ("watch", "benchmarks.watch"),  # watching a local site: feed item to story vs ingest alone (issue 10)
    ("web_speed", "benchmarks.web_speed"),  # pages and API on 100,000 articles vs bare FTS (issue 11)
    ("scale", "benchmarks.scale"),  # ingest -j, batch on local Ray, load: ratios and projections (issue 13)
]
PACKAGES = ("newsdesk", "trafilatura", "htmldate", "newspaper4k", "lxml", "spacy", "textacy")
_BLOCK = re.compile(r"<!-- bench:(?P<name>[\w-]+) -->\n.*?<!-- /bench:(?P=name) -->\n", re.S)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def header() -> str:
    versions = ", ".join(f"{p} {_version(p)}" for p in PACKAGES)
    return "\n".join(
        [
            "# Benchmarks",
            "",
            "Written by `python -m benchmarks.run`; do not edit by hand.",
            "",
            f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}",
            f"- Python {platform.python_version()}; {versions}",
            "",
        ]
    )


def _existing_blocks() -> dict[str, str]:
    if not OUTPUT.exists():
        return {}
    return {m["name"]: m.group(0) for m in _BLOCK.finditer(OUTPUT.read_text("utf-8"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N items of each data set")
    parser.add_argument("--only", choices=[name for name, _ in SECTIONS], help="run one section")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder")
    args = parser.parse_args(argv)
    blocks = _existing_blocks() if args.only else {}
    for name, module in SECTIONS:
        if args.only and name != args.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            body = importlib.import_module(module).run(args.shared, args.limit)
        except ModuleNotFoundError as exc:
            body = f"## {name}\n\n_Skipped: {exc}._\n"
        blocks[name] = f"<!-- bench:{name} -->\n{body.rstrip()}\n<!-- /bench:{name} -->\n"
    parts = [header()] + [blocks[name] for name, _ in SECTIONS if name in blocks]
    OUTPUT.write_text("\n".join(parts), "utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
