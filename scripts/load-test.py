#!/usr/bin/env python3
"""Drives a running Song Song reader on loopback with a mixed load, optionally through a PostgreSQL outage.

Bounded: a fixed number of connections for a fixed time; every request has a timeout. Reports
throughput, latency percentiles and every answer that is not 2xx/3xx. With --outage-command and
--restore-command, the database is taken down a third of the way in and brought back later; the
run then checks that errors were all 503 and happened only while the database was down (plus a short
grace), that no request hung, and that every route answers 200 again without restarting the app.
Exit status 0 when every check holds.
"""
import argparse
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse


def fetch(conn_holder, host, port, path, timeout):
    start = time.monotonic()
    try:
        if conn_holder[0] is None:
            conn_holder[0] = http.client.HTTPConnection(host, port, timeout=timeout)
        conn = conn_holder[0]
        conn.request("GET", path, headers={"Accept-Language": "en"})
        response = conn.getresponse()
        response.read()
        status = response.status
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            conn_holder[0] = None
    except Exception as e:  # a refused connection, a reset, a timeout: recorded, never fatal
        if conn_holder[0] is not None:
            conn_holder[0].close()
        conn_holder[0] = None
        status = "timeout" if "timed out" in str(e) else "error:" + type(e).__name__
    return start, time.monotonic() - start, status


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--duration", type=float, default=30)
    ap.add_argument("--timeout", type=float, default=20, help="seconds after which a request counts as hung")
    ap.add_argument("--outage-command", help="shell command that takes the database down")
    ap.add_argument("--restore-command", help="shell command that brings it back")
    ap.add_argument("--outage-seconds", type=float, default=8)
    ap.add_argument("--grace", type=float, default=5, help="seconds after the restore in which errors are still expected")
    ap.add_argument("--while-command", help="shell command (an import, say) run beside the load, which then lasts as "
                    "long as the command instead of --duration")
    args = ap.parse_args()

    url = urllib.parse.urlparse(args.base)
    host, port = url.hostname, url.port or 80
    if not host.startswith("127.") and host != "localhost" and host != "::1":
        sys.exit("load only ever goes to loopback")

    holder = [None]
    _, _, status = fetch(holder, host, port, "/api/articles?size=20", args.timeout)
    if status != 200:
        sys.exit(f"the reader does not answer at {args.base} (status {status})")
    conn = http.client.HTTPConnection(host, port, timeout=args.timeout)
    conn.request("GET", "/api/articles?size=20")
    items = json.loads(conn.getresponse().read())["items"]
    slugs = [i["slug"] for i in items] or ["missing"]
    paths = ["/", "/?official=to-lam", "/?category=drugs", "/?official=to-lam&category=drugs", "/?q=to+lam",
             "/api/articles?category=gambling", "/timeline", "/feed.atom"] + [f"/articles/{s}" for s in slugs[:6]]

    records = []
    lock = threading.Lock()
    began = time.monotonic()
    deadline = began + args.duration

    beside = {}
    command_done = threading.Event()

    def keep_going():
        return not command_done.is_set() if args.while_command else time.monotonic() < deadline

    def run_beside():
        if args.while_command:
            beside["result"] = subprocess.run(args.while_command, shell=True, capture_output=True, text=True)
            beside["seconds"] = time.monotonic() - began
            command_done.set()

    def worker(n):
        holder = [None]
        i = n
        while keep_going():
            path = paths[i % len(paths)]
            i += 1
            start, latency, status = fetch(holder, host, port, path, args.timeout)
            with lock:
                records.append((start - began, latency, status, path))

    outage = {}

    def chaos():
        if not args.outage_command:
            return
        time.sleep(args.duration / 3)
        outage["down"] = time.monotonic() - began
        subprocess.run(args.outage_command, shell=True, check=True)
        time.sleep(args.outage_seconds)
        outage["restored"] = time.monotonic() - began
        subprocess.run(args.restore_command, shell=True, check=True)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.connections)]
    chaos_thread = threading.Thread(target=chaos)
    beside_thread = threading.Thread(target=run_beside)
    for t in threads:
        t.start()
    chaos_thread.start()
    beside_thread.start()
    for t in threads:
        t.join()
    chaos_thread.join()
    beside_thread.join()
    elapsed = time.monotonic() - began

    ok = [r for r in records if isinstance(r[2], int) and r[2] < 400]
    latencies = sorted(r[1] * 1000 for r in ok)
    bad = [r for r in records if not (isinstance(r[2], int) and r[2] < 400)]
    if beside:
        result = beside["result"]
        last = (result.stdout.strip().splitlines() or [""])[-1]
        print(f"beside the load: `{args.while_command}` ran {beside['seconds']:.1f} s, exit {result.returncode}: {last}")
    print(f"requests: {len(records)} in {elapsed:.1f} s with {args.connections} connections "
          f"({len(records) / elapsed:.0f}/s), 2xx/3xx: {len(ok)}")
    if latencies:
        q = statistics.quantiles(latencies, n=100)
        print(f"latency of 2xx/3xx (ms): p50 {q[49]:.1f}, p90 {q[89]:.1f}, p99 {q[98]:.1f}, max {latencies[-1]:.1f}")
    by_status = {}
    for r in bad:
        by_status[str(r[2])] = by_status.get(str(r[2]), 0) + 1
    print("other answers:", json.dumps(by_status) if by_status else "none")

    failures = []
    hung = [r for r in records if r[2] == "timeout" or r[1] >= args.timeout]
    if hung:
        failures.append(f"{len(hung)} requests hung past {args.timeout} s")
    if outage:
        window_start = outage["down"]
        window_end = outage["restored"] + args.grace
        print(f"outage: database down at {window_start:.1f} s, restored at {outage['restored']:.1f} s")
        outside = [r for r in bad if not (window_start <= r[0] + r[1] and r[0] <= window_end)]
        not_503 = [r for r in bad if r[2] != 503 and not str(r[2]).startswith("error")]
        if outside:
            failures.append(f"{len(outside)} errors outside the outage window, e.g. {outside[:3]}")
        if not_503:
            failures.append(f"{len(not_503)} errors other than 503 during the outage, e.g. {not_503[:3]}")
        during = [r for r in bad if window_start <= r[0] <= window_end]
        print(f"errors during the outage: {len(during)} (all answers were 503 pages: {not not_503})")
    elif bad:
        failures.append(f"{len(bad)} answers other than 2xx/3xx without any outage")

    holder = [None]
    recovered = [(p, fetch(holder, host, port, p, args.timeout)[2]) for p in paths]
    not_back = [(p, s) for p, s in recovered if s != 200]
    if not_back:
        failures.append(f"not recovered: {not_back}")
    print("recovery: every route answers 200" if not not_back else f"recovery FAILED: {not_back}")

    for f in failures:
        print("FAILED:", f)
    print(f"load test: {0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
