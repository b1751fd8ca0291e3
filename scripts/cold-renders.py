#!/usr/bin/env python3
"""What a reader waits for the first time: every address asked once, nothing rendered before.

Asks a running reader for several hundred distinct addresses drawn at random with a fixed seed (filter
pages with one to three officials or categories, a year, an outlet, pages 1-50, in both languages; article,
official and category pages; the API; feeds and exports of one page; every search of
scripts/lib/cold-queries.txt; a few exports of a whole view, up to 10,000 articles each), one at a time, after warming the JVM up on other addresses drawn with
another seed. Prints the p50, p95, p99 and maximum time to the whole answer per kind of address. Run the
reader with its rendered-response store off (SONGSONG_RENDERED_RESPONSES_MAX_BYTES=0), as scripts/benchmark
does, or every repeat would be a copy.

  scripts/cold-renders.py http://127.0.0.1:8098 [--per-kind 60] [--warmup 3000] [--seed 2026]
"""
import argparse
import http.client
import json
import random
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

KINDS = ["article", "filter", "api", "official", "category", "feed", "export", "search", "export-all", "event",
         "events-api", "network"]
WHOLE_EXPORTS = "export-all"
NETWORK_WARMUP = 30


def get(base, address, headers=None):
    """Seconds to the whole body, and the status: 0 when the answer broke off or never came."""
    request = urllib.request.Request(base + address, headers=headers or {})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except (OSError, http.client.HTTPException):  # a timeout, a reset, a body cut short
        status = 0
    return time.perf_counter() - start, status


def get_json(base, address):
    with urllib.request.urlopen(base + address, timeout=120) as response:
        return json.load(response)


class Collection:
    """What the addresses are drawn from, as the reader's own API lists it."""

    def __init__(self, base, rng):
        self.officials = [o["slug"] for o in get_json(base, "/api/officials") if o["articles"] > 0]
        self.categories = [c["code"] for c in get_json(base, "/api/categories") if c["articles"] > 0]
        first = get_json(base, "/api/articles?size=100")
        pages = max(1, (first["total"] + 99) // 100)
        items = list(first["items"])
        for page in rng.sample(range(1, pages + 1), min(pages, 20)):
            items += get_json(base, f"/api/articles?size=100&page={page}")["items"]
        self.slugs = sorted({item["slug"] for item in items})
        self.outlets = sorted({item["outlet"] for item in items if item["outlet"]})
        self.years = sorted({int(item["date"][:4]) for item in items if item["date"]})
        self.events = sorted({item["event"]["id"] for item in items if item.get("event")})


def filters(rng, collection):
    """One to three officials or categories, sometimes a year and an outlet."""
    chosen = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        if rng.random() < 0.5 and collection.officials:
            chosen.append(("official", rng.choice(collection.officials)))
        elif collection.categories:
            chosen.append(("category", rng.choice(collection.categories)))
    if rng.random() < 0.3 and collection.years:
        year = rng.choice(collection.years)
        chosen += [("yearFrom", year), ("yearTo", year)]
    if rng.random() < 0.2 and collection.outlets:
        chosen.append(("outlet", rng.choice(collection.outlets)))
    return chosen


def language(rng):
    """Half the readers ask in Vietnamese, by their browser's language."""
    return {"Accept-Language": rng.choice(["vi-VN,vi;q=0.9", "en-GB,en;q=0.9"])}


def page_number(rng):
    """Most readers stay near the first page; some page far."""
    return rng.choice([1, 1, 1, 2, 2, 3, 5, 10, 20, 50])


def address(kind, rng, collection, query=None):
    q = urllib.parse.urlencode
    if kind == "article":
        return "/articles/" + rng.choice(collection.slugs)
    if kind == "filter":
        return "/?" + q(filters(rng, collection) + [("page", page_number(rng))])
    if kind == "api":
        return "/api/articles?" + q(filters(rng, collection) + [("page", page_number(rng))])
    if kind == "official":
        return "/officials/" + rng.choice(collection.officials)
    if kind == "category":
        return "/categories/" + rng.choice(collection.categories)
    if kind == "feed":
        return "/feed.atom?" + q(filters(rng, collection))
    if kind == "export":
        return rng.choice(["/export.json?", "/export.csv?"]) + q(filters(rng, collection) + [("page", page_number(rng))])
    if kind == "event":
        return "/events/" + str(rng.choice(collection.events))
    if kind == "events-api":
        return "/api/events?" + q(filters(rng, collection) + [("page", page_number(rng))])
    if kind == "network":
        chosen = []
        if rng.random() < 0.5 and collection.years:
            year = rng.choice(collection.years)
            chosen += [("yearFrom", year), ("yearTo", year)]
        if rng.random() < 0.5 and collection.categories:
            chosen.append(("category", rng.choice(collection.categories)))
        return "/network?" + q(chosen)
    if kind == "export-all":
        return rng.choice(["/export.json?", "/export.csv?"]) + q(filters(rng, collection))
    return "/?" + q([("q", query)])


def draw(rng, collection, per_kind, queries, avoid=frozenset()):
    """Distinct addresses per kind (every query once for the searches), in a shuffled order."""
    drawn = []
    seen = set(avoid)
    for kind in KINDS:
        if kind == "search":
            wanted = [address(kind, rng, collection, query) for query in queries]
        else:
            wanted = []
            # a whole view's export (thousands of articles) is a download, not a page: a few of them
            count = max(1, per_kind // 6) if kind == WHOLE_EXPORTS else per_kind
            for _ in range(count * 20):
                if len(wanted) == count:
                    break
                candidate = address(kind, rng, collection)
                if candidate not in seen:
                    seen.add(candidate)
                    wanted.append(candidate)
        drawn += [(kind, a, language(rng)) for a in wanted]
    rng.shuffle(drawn)
    return drawn


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--per-kind", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--queries", default=str(Path(__file__).parent / "lib" / "cold-queries.txt"))
    args = parser.parse_args()
    queries = [line.strip() for line in open(args.queries, encoding="utf-8")
               if line.strip() and not line.startswith("#")]
    base = args.base.rstrip("/")
    collection = Collection(base, random.Random(args.seed))

    warm_rng = random.Random(args.seed + 1)
    warm_queries = [" ".join(warm_rng.sample(queries, 2)) for _ in range(len(queries))]
    # the official and category pages share their code with the lists and the timeline; there are too
    # few of them to spend any on the warm-up; the network has a few hundred addresses (years by
    # categories), so it warms up on thirty at most and leaves the rest to be measured
    warmup = [w for w in draw(warm_rng, collection, max(1, args.warmup // (len(KINDS) - 2)), warm_queries)
              if w[0] not in ("official", "category", WHOLE_EXPORTS)]
    networks = [w for w in warmup if w[0] == "network"]
    warmup = [w for w in warmup if w[0] != "network"] + networks[:NETWORK_WARMUP]
    warm_rng.shuffle(warmup)
    for _, a, headers in warmup:
        get(base, a, headers)

    measured = draw(random.Random(args.seed), collection, args.per_kind, queries,
                    avoid={a for _, a, _ in warmup})
    times = {kind: [] for kind in KINDS}
    failures = {kind: 0 for kind in KINDS}
    slowest = (0, "")
    for kind, a, headers in measured:
        seconds, status = get(base, a, headers)
        times[kind].append(seconds * 1000)
        if status >= 500 or status == 0:
            failures[kind] += 1
        if kind != WHOLE_EXPORTS:
            slowest = max(slowest, (seconds * 1000, a))

    print(f"first renders, each address asked once after {len(warmup)} others warmed the reader up "
          f"(seed {args.seed}; {len(collection.slugs)} articles, {len(collection.officials)} officials "
          f"and {len(collection.categories)} categories to draw from)")
    print(f"{'kind':10} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'failed':>6}")
    def row(kind, values, failed):
        print(f"{kind:10} {len(values):5d} {percentile(values, 50):8.1f} {percentile(values, 95):8.1f} "
              f"{percentile(values, 99):8.1f} {max(values):8.1f} {failed:6d}")
    for kind in KINDS:
        if times[kind] and kind != WHOLE_EXPORTS:
            row(kind, times[kind], failures[kind])
    row("all", [v for kind in KINDS if kind != WHOLE_EXPORTS for v in times[kind]],
        sum(failures[kind] for kind in KINDS if kind != WHOLE_EXPORTS))
    print(f"slowest: {slowest[1]} ({slowest[0]:.0f} ms)")
    if times[WHOLE_EXPORTS]:
        print("exports of a whole view (up to 10,000 articles each; downloads, not counted in 'all'):")
        row(WHOLE_EXPORTS, times[WHOLE_EXPORTS], failures[WHOLE_EXPORTS])
    return 1 if sum(failures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
