"""Long articles: time and peak memory of ``analyze`` on generated articles of ~900 KB and ~5 MB.

    python -m benchmarks.long_article [SIZE ...]

An article longer than one part (``newsdesk.nlp.analyze.PART_CHARS``) is analysed part by
part and the parts merged, so peak memory should stay near one part's worth whatever the
length. The text is generated here (people, titles, quotes, meetings, dates; no shared
data), so the figures can be reproduced anywhere. Each size runs in a fresh process, so its
peak RSS is its own. ``figures()`` returns the numbers, ``run(shared, limit)`` the section.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

#: The last size is the ingest limit (``max_bytes``): the largest article newsdesk accepts.
SIZES = (900_000, 10_000_000)

_FIRST = ("Helen Amir Grace Tomas Leila Victor Noor Pavel Ines Kofi Marta Hugo Asha Dmitri Elena "
          "Rafael Chloe Yusuf Ingrid Mateo Sofia Bruno Amara Oskar Lucia Tariq Freya Emil Nadia "
          "Jonas").split()
_LAST = ("Carter Okafor Lindqvist Moreau Haddad Novak Petrov Castillo Brennan Tanaka Mensah "
         "Fischer Romero Kowalski Delgado Nakamura Osei Varga Holm Duarte Reyes Sato Keller "
         "Abbott Grieve Marsh Quinlan Ferris Ashdown Whitlock").split()
_TITLES = ("Mayor", "Transport Minister", "Finance Minister", "Governor", "Senator",
           "Foreign Minister", "Health Minister", "Judge")
_CITIES = ("Portville", "Eastbridge", "Marlow", "Kestrel Bay", "Norhaven", "Alderton",
           "Whitecliff", "Redmoor", "Stanwick", "Lowfield")
_THINGS = ("ferry terminal", "rail link", "water plant", "harbour wall", "hospital wing",
           "bridge", "school", "power line", "tram depot", "flood barrier")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = ("January", "March", "April", "June", "September", "November")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def paragraph(rng: random.Random) -> str:
    """One generated news paragraph: a statement, a quote, a meeting or a dated plan."""
    who, other = _person(rng), _person(rng)
    title, city, thing = rng.choice(_TITLES), rng.choice(_CITIES), rng.choice(_THINGS)
    day, month, n = rng.choice(_DAYS), rng.choice(_MONTHS), rng.randint(2, 90)
    kind = rng.randrange(5)
    if kind == 0:
        return (f"{title} {who} said on {day} that the council in {city} had approved the new "
                f"{thing} after a consultation that lasted {n} weeks.")
    if kind == 1:
        return (f"\u201cThe {thing} will be finished by {month},\u201d {who.split()[1]} told "
                f"reporters in {city} on {day}. \u201cWe have waited {n} years for it.\u201d")
    if kind == 2:
        return (f"{who} met {other} in {city} on {day} to discuss the {thing}, and the two "
                f"agreed to meet again in {month}.")
    if kind == 3:
        return (f"\u201cNobody in {city} wants another delay,\u201d said {who}, who has led "
                f"the campaign for the {thing} since {2000 + n % 20}.")
    return (f"According to {who}, the {thing} will cost {n} million dollars and open on "
            f"{month} {rng.randint(1, 28)}, {2019 + n % 5}.")


def article_text(chars: int, seed: int = 7) -> str:
    """Headline and generated paragraphs, blank-line separated, about ``chars`` long."""
    rng = random.Random(seed)
    parts = ["Councils across the coast approve new works"]
    size = len(parts[0])
    while size < chars:
        p = paragraph(rng)
        parts.append(p)
        size += len(p) + 2
    return "\n\n".join(parts)


def _peak_mb() -> float:
    """This process's peak RSS (VmHWM). Not ``ru_maxrss``: Linux carries that over from the
    parent across fork and exec, so a child of a big process would report the parent's peak."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure_bare(chars: int) -> dict:
    """The baseline, in a child process: bare spaCy over the same parts, one at a time as
    ``analyze`` parses them."""
    from newsdesk.nlp import load_model
    from newsdesk.nlp.parts import PART_CHARS, split_parts

    text = article_text(chars)
    nlp = load_model()
    nlp("Warm-up outside the clock.")
    base_mb = _peak_mb()
    t0 = time.perf_counter()
    for _ in nlp.pipe((text[a:b] for a, b in split_parts(text, PART_CHARS)), batch_size=1):
        pass
    seconds = time.perf_counter() - t0
    rss_mb = _peak_mb()
    return {"chars": len(text), "seconds": seconds, "rss_mb": rss_mb, "model_rss_mb": base_mb}


def _measure(chars: int) -> dict:
    """Run in a child process: analyse one generated article, report seconds and peak RSS."""
    from newsdesk.models import Article, Section
    from newsdesk.nlp import analyze, load_model

    text = article_text(chars)
    headline = text.index("\n\n")
    article = Article(text=text, title=text[:headline], published="2024-05-16",
                      sections=[Section("headline", 0, headline)])
    nlp = load_model()
    nlp("Warm-up outside the clock.")
    base_mb = _peak_mb()
    t0 = time.perf_counter()
    try:
        a = analyze(article, nlp)
        result = {"entities": len(a.entities), "quotes": len(a.quotes), "times": len(a.times),
                  "events": len(a.events)}
    except Exception as exc:  # the figure to report is the failure itself
        result = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:100]}"}
    seconds = time.perf_counter() - t0
    rss_mb = _peak_mb()
    return {"chars": len(text), "seconds": seconds, "rss_mb": rss_mb, "model_rss_mb": base_mb, **result}


def _child(mode: str, chars: int) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.long_article", mode, str(chars)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def figures(sizes: tuple[int, ...] = SIZES) -> list[dict]:
    """Seconds, peak RSS (MB) and counts per generated size, each in a fresh process, with
    bare spaCy over the same parts (``bare``) as the baseline measured in the same run."""
    return [{**_child("--child", chars), "bare": _child("--bare", chars)} for chars in sizes]


def run(shared: Path | None = None, limit: int | None = None) -> str:
    """Markdown section (``shared`` and ``limit`` unused: the text is generated)."""
    lines = [
        "## Long articles",
        "",
        "One generated article per size (headline plus news paragraphs), `analyze` in a fresh "
        "process; the baseline is bare spaCy `nlp.pipe` over the same parts, in its own fresh "
        "process in the same run. Peak RSS includes the loaded model. 10,000,000 characters is "
        "the ingest limit, the largest article newsdesk accepts. Before this issue a 900 KB "
        "article of this text took 363 s and 3,086 MB, and one over 1,000,000 characters failed. "
        "Peak RSS is read from VmHWM (Linux carries `ru_maxrss` over from the parent process).",
        "",
        "| characters | seconds | ÷ bare spaCy | peak RSS (MB) | ÷ bare spaCy | entities | quotes "
        "| times | events |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in figures():
        b = r["bare"]
        ratios = f"{r['seconds'] / b['seconds']:.2f}× | {r['rss_mb']:.0f} | {r['rss_mb'] / b['rss_mb']:.2f}×"
        if "error" in r:
            lines.append(f"| {r['chars']:,} | {r['seconds']:.1f} | {ratios} | {r['error']} ||||")
            continue
        lines.append(f"| {r['chars']:,} | {r['seconds']:.1f} | {ratios} | {r['entities']} "
                     f"| {r['quotes']} | {r['times']} | {r['events']} |")
    return "\n".join(lines + [""])


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(_measure(int(sys.argv[2]))))
    elif sys.argv[1:2] == ["--bare"]:
        print(json.dumps(_measure_bare(int(sys.argv[2]))))
    else:
        for row in figures(tuple(int(a) for a in sys.argv[1:]) or SIZES):
            print(json.dumps(row))
