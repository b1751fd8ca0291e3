#!/usr/bin/env python3
"""Helpers of scripts/events-check: write republications of articles, and score a grouping against truth."""
import itertools
import json
import re
import sys
from pathlib import Path

PREFIX = "zz-republished-"


def republish(folder):
    """For each article a copy as another site might run it: last paragraph cut, one phrase reworded."""
    for path in sorted(Path(folder).glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = [i for i, line in enumerate(lines) if len(line) > 80]
        if len(body) < 3:
            continue
        del lines[body[-1]]
        lines = [line.replace("Bộ Công an", "Bộ Công an (BCA)", 1) if i == body[1] else line
                 for i, line in enumerate(lines)]
        (path.parent / (PREFIX + path.name)).write_text("\n".join(lines) + "\n", encoding="utf-8")


def part(name):
    m = re.match(r"c(\d+)_", name)
    return "measuring" if m and int(m.group(1)) >= 17 and int(m.group(1)) % 2 == 0 else "development"


def pairs(groups):
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(sorted(g), 2)}


def measure(truth_file, grouping_file):
    truth = json.loads(Path(truth_file).read_text(encoding="utf-8"))
    event_of, copy_of, visit_of = {}, {}, {}
    for line in Path(grouping_file).read_text(encoding="utf-8").splitlines():
        name, event, original, visit = line.split("\t")
        event_of[name] = event
        copy_of[name] = original or None
        visit_of[name] = visit or None
    originals = [n for n in event_of if not n.startswith(PREFIX)]
    found = {}
    for name in originals:
        found.setdefault(event_of[name], []).append(name)
    for label in ("development", "measuring", "all"):
        keep = lambda n: label == "all" or part(n) == label
        truth_pairs = {p for p in pairs(e["files"] for e in truth["events"]) if keep(p[0]) or keep(p[1])}
        found_pairs = {p for p in pairs(found.values()) if keep(p[0]) or keep(p[1])}
        right = truth_pairs & found_pairs
        names = [n for n in originals if keep(n)]
        truth_events = sum(1 for e in truth["events"] if any(keep(f) for f in e["files"]))
        found_events = len({event_of[n] for n in names})
        print(f"{label}: {len(names)} articles; events {found_events} (truth {truth_events}); "
              f"same-event pairs found {len(found_pairs)}, right {len(right)}, in truth {len(truth_pairs)}")
        for p in sorted(found_pairs - truth_pairs):
            if label == "development":
                print(f"  grouped, but different events: {p[0]} {p[1]}")
        for p in sorted(truth_pairs - found_pairs):
            if label == "development":
                print(f"  one event, not grouped: {p[0]} {p[1]}")
        false_copies = [n for n in names if copy_of[n] and not copy_of[n].startswith(PREFIX)
                        and copy_of[n] != n]
        print(f"  copies marked among the real articles: {len(false_copies)} (truth {len([c for c in truth['copies'] if keep(c['file'])])})")
        republished = [n for n in event_of if n.startswith(PREFIX) and keep(n[len(PREFIX):])]
        as_copies = [n for n in republished
                     if (copy_of[n] == n[len(PREFIX):]) or (copy_of[n[len(PREFIX):]] == n)]
        same_event = [n for n in republished if event_of[n] == event_of[n[len(PREFIX):]]]
        if label == "development":
            for n in sorted(set(republished) - set(as_copies)):
                print(f"  republication not found as a copy: {n}")
        print(f"  republications found as copies of their source: {len(as_copies)}/{len(republished)}; "
              f"in their source's event: {len(same_event)}/{len(republished)}")
    # visits: pairs of articles of different events that are one trip
    truth_visits = {}
    for e in truth["events"]:
        if e.get("visit"):
            truth_visits.setdefault(e["visit"], []).append(e)
    truth_event_of = {f: e["id"] for e in truth["events"] for f in e["files"]}
    visit_truth = {p for v in truth_visits.values() for p in pairs([[f for e in v for f in e["files"]]])
                   if truth_event_of[p[0]] != truth_event_of[p[1]]}
    found_visits = {}
    for name in originals:
        if visit_of[name]:
            found_visits.setdefault(visit_of[name], []).append(name)
    visit_found = {p for p in pairs(found_visits.values()) if event_of[p[0]] != event_of[p[1]]}
    for label in ("development", "measuring"):
        keep = lambda p: part(p[0]) == label or part(p[1]) == label
        t = {p for p in visit_truth if keep(p)}
        f = {p for p in visit_found if keep(p)}
        print(f"visits ({label}): pairs of events of one trip found {len(f)}, right {len(f & t)}, in truth {len(t)}")
        if label == "development":
            for p in sorted(f - t):
                print(f"  one trip, but not in the truth: {p[0]} {p[1]}")
            for p in sorted(t - f):
                print(f"  one trip, not found: {p[0]} {p[1]}")
    distinct = truth.get("sameDayDistinct", [])
    merged = [d["files"] for d in distinct if event_of.get(d["files"][0]) == event_of.get(d["files"][1])]
    print(f"different events on the same or the next day kept apart: {len(distinct) - len(merged)}/{len(distinct)}")
    for files in merged:
        print(f"  merged: {files[0]} {files[1]}" if all(part(f) == "development" for f in files)
              else "  merged: a pair with an article of the measuring part")


def body(path):
    """The article's long lines, folded as the fingerprints fold them: no diacritics, no case."""
    import unicodedata
    text = " ".join(line for line in Path(path).read_text(encoding="utf-8").splitlines() if len(line) > 80)
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return [w for w in re.split(r"[^a-z0-9]+", text) if w]


def shingles(words):
    return {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}


def simhash(shingle_set):
    import hashlib
    weights = [0] * 64
    for s in shingle_set:
        h = int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def methods(folder):
    """Exact shingle containment against SimHash on the same pairs: the copies made and every real pair."""
    files = sorted(Path(folder).glob("*.txt"))
    sets = {f.name: shingles(body(f)) for f in files}
    hashes = {name: simhash(s) for name, s in sets.items()}
    real = [n for n in sets if not n.startswith(PREFIX)]
    copies = [(PREFIX + n, n) for n in real if PREFIX + n in sets]

    def containment(a, b):
        sa, sb = sets[a], sets[b]
        return len(sa & sb) / max(1, min(len(sa), len(sb)))

    def distance(a, b):
        return bin(hashes[a] ^ hashes[b]).count("1")

    print("exact containment of four-word shingles, and SimHash (64 bits) Hamming distance:")
    found = sum(1 for a, b in copies if containment(a, b) >= 0.6)
    worst_real = max(containment(a, b) for a, b in itertools.combinations(real, 2))
    print(f"  exact containment >= 0.6: republications {found}/{len(copies)}; highest between real articles "
          f"{worst_real:.2f}")
    copy_distances = sorted(distance(a, b) for a, b in copies)
    real_distances = sorted(distance(a, b) for a, b in itertools.combinations(real, 2))
    for limit in (3, 6, 10, 16):
        print(f"  SimHash distance <= {limit}: republications {sum(1 for d in copy_distances if d <= limit)}/"
              f"{len(copies)}; real pairs taken for copies {sum(1 for d in real_distances if d <= limit)}/"
              f"{len(real_distances)}")
    print(f"  SimHash: republications' median distance {copy_distances[len(copy_distances) // 2]}, "
          f"real pairs' smallest {real_distances[0]}")


if __name__ == "__main__":
    if sys.argv[1] == "republish":
        republish(sys.argv[2])
    elif sys.argv[1] == "methods":
        methods(sys.argv[2])
    else:
        measure(sys.argv[2], sys.argv[3])
