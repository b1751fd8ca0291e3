#!/usr/bin/env python3
"""Article and list pages while a flood of searches nobody asked before hits a running reader.

wrk sends searches of two or three words drawn at random from scripts/lib/cold-queries.txt (nearly every
one never asked before) on --connections connections (32), back to back, each connection sending the next
as soon as it has an answer; meanwhile --readers connections (4), from this process, ask for article pages
and filter pages, each address once. Prints the readers' p50/p95/p99/max and how the searches were
answered (200, or 503 when the reader turned them away). The flood runs in wrk, apart from the readers,
so the clients' own work does not count in the pages' times. Run the reader with its rendered-response
store off (SONGSONG_RENDERED_RESPONSES_MAX_BYTES=0), as scripts/benchmark does.

  scripts/search-flood.py http://127.0.0.1:8098 [--connections 32] [--readers 4] [--seconds 20]
"""
import argparse
import collections
import http.client
import json
import os
import random
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))] if ordered else 0.0


class Client:
    """One keep-alive connection; the time to the whole answer and its status."""

    def __init__(self, base):
        self.host = urllib.parse.urlsplit(base)
        self.connection = None

    def get(self, address):
        start = time.perf_counter()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host.hostname, self.host.port, timeout=60)
            self.connection.request("GET", address, headers={"Accept-Language": "en"})
            response = self.connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            self.connection = None
            status = 0
        return (time.perf_counter() - start) * 1000, status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--queries", default=str(Path(__file__).parent / "lib" / "cold-queries.txt"))
    args = parser.parse_args()
    base = args.base.rstrip("/")
    rng = random.Random(args.seed)

    words = sorted({urllib.parse.quote(w) for line in open(args.queries, encoding="utf-8")
                    if line.strip() and not line.startswith("#") for w in line.split() if len(w) > 1})
    word_file = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
    word_file.write("\n".join(words) + "\n")
    word_file.close()

    with urllib.request.urlopen(base + "/api/officials", timeout=60) as response:
        officials = [o["slug"] for o in json.load(response) if o["articles"] > 0]
    slugs = []
    for page in rng.sample(range(1, 200), 40):
        with urllib.request.urlopen(f"{base}/api/articles?size=100&page={page}", timeout=60) as response:
            slugs += [item["slug"] for item in json.load(response)["items"]]
    articles = [f"/articles/{s}" for s in rng.sample(slugs, len(slugs))]
    lists = [f"/?official={rng.choice(officials)}&page={p}" for p in range(1, len(articles) + 1)]
    readings = iter(a for pair in zip(articles, lists) for a in pair)

    lock = threading.Lock()
    read_times = collections.defaultdict(list)
    flood = subprocess.Popen(["wrk", "-t2", f"-c{args.connections}", f"-d{round(args.seconds)}s", "--timeout", "30s",
                              "-s", str(Path(__file__).parent / "lib" / "search-flood.lua"), base],
                             env={**os.environ, "WORDS": word_file.name, "SEED": str(args.seed)},
                             stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + args.seconds

    def next_of(addresses):
        with lock:
            return next(addresses, None)

    def read():
        client = Client(base)
        while time.monotonic() < deadline and (address := next_of(readings)):
            ms, status = client.get(address)
            with lock:
                read_times["article" if address.startswith("/articles/") else "filter"].append(ms)
                if status != 200:
                    read_times["failed"].append(ms)

    threads = [threading.Thread(target=read) for _ in range(args.readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    flooded = flood.communicate()[0]
    os.unlink(word_file.name)

    print(f"{args.connections} connections of searches never asked before, {args.readers} of article and filter "
          f"pages, {args.seconds:.0f} s")
    print(f"{'kind':10} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind in ("article", "filter"):
        values = read_times[kind]
        if values:
            print(f"{kind:10} {len(values):5d} {percentile(values, 50):8.1f} {percentile(values, 95):8.1f} "
                  f"{percentile(values, 99):8.1f} {max(values):8.1f}")
    print("".join(line + "\n" for line in flooded.splitlines()
                  if line.startswith(("searches answered", "search latency"))), end="")
    print(f"article and filter pages not answered 200: {len(read_times['failed'])}")
    return 1 if read_times["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
