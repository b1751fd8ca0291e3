#!/usr/bin/env python3
"""Compares the importer's --report with hand-made truth and prints precision and recall per field.

Usage:
  scripts/accuracy.py --report REPORT.json --truth TRUTH.json [--report R2 --truth T2 ...]
                      [--split corpus] [--verbose]

The truth format is that of the hand-made corpus truth: {"articles": [{"file", "date", "datePrecision",
"officials": [{"name", "country"}], "categories": [codes], "notOfficials": [names]}]}. Officials are
compared by name after NFC and case folding (the report gives the knowledge base's standard spelling);
precision and recall are micro-averaged over the articles present in both files. Dates: 'day' counts
the articles whose truth states a day and whose reported date is exactly that day; 'year' counts every
article whose reported year is right; 'exact' compares the ISO dates with their precision.

With --split corpus, the articles are put in two parts by the fixed rule of src-docs/accuracy.md:
an article named cNN_… with NN of 17 or more and even is in the measuring part, every other one in the
development part. Both parts' figures are printed; the failures are printed for the development part
only (and for any set measured without a split), so that nobody tunes to the measuring part.
"""
import argparse
import json
import re
import sys
import unicodedata

# Words of titles and ranks: a stored "person" holding one is a piece of a title ("Phó Giám", "Phó Cục").
TITLE_WORDS = {
    "phó", "giám", "đốc", "cục", "trưởng", "thứ", "tổng", "tịch", "bí", "ủy", "tướng", "tá", "úy", "sứ", "đồn",
    "trạm", "ban", "vụ", "sở", "đội", "phòng", "tỉnh", "huyện", "bộ",
}


def norm(name):
    return unicodedata.normalize("NFC", name).casefold().strip()


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def part_of(file_name):
    m = re.match(r"c(\d+)_", file_name)
    return "measuring" if m and int(m.group(1)) >= 17 and int(m.group(1)) % 2 == 0 else "development"


def is_fragment(name):
    """A stored 'person' that is not a name: one word, an initial, a lower-case word, or a title's word."""
    words = name.split()
    if len(words) < 2 or any((len(w.rstrip(".")) < 2 and not (w == "A" and 0 < i < len(words) - 1))
                             or not w[:1].isupper() for i, w in enumerate(words)):
        return True
    return any(norm(w) in TITLE_WORDS for w in words)


class Tally:
    def __init__(self, label, show_failures):
        self.label = label
        self.show = show_failures
        self.counts = {"officials": [0, 0, 0], "categories": [0, 0, 0]}
        self.day_ok = self.day_total = self.year_ok = self.exact_ok = self.compared = self.undated = 0
        self.fragments = []
        self.missing = []
        self.failures = []

    def add(self, t, entry):
        if entry is None or entry.get("article") is None:
            self.missing.append(t["file"])
            return
        self.compared += 1
        article = entry["article"]
        got_o = {norm(o["nameVi"]) for o in article.get("officials", [])}
        exp_o = {norm(o["name"]) for o in t.get("officials", [])}
        got_c = set(article.get("categories", []))
        exp_c = set(t.get("categories", []))
        for key, got, exp in (("officials", got_o, exp_o), ("categories", got_c, exp_c)):
            self.counts[key][0] += len(got & exp)
            self.counts[key][1] += len(got - exp)
            self.counts[key][2] += len(exp - got)
            if got != exp:
                self.failures.append(f"  {t['file']} {key}: extra {sorted(got - exp)} missing {sorted(exp - got)}")
        for o in article.get("officials", []):
            if not o.get("curated") and is_fragment(o["nameVi"]):
                self.fragments.append(f"{t['file']}: {o['nameVi']}")
        got_date = article.get("date") or ""
        self.undated += 0 if got_date else 1
        exp_date = t.get("date") or ""
        if got_date[:4] == exp_date[:4]:
            self.year_ok += 1
        if t.get("datePrecision") == "day":
            self.day_total += 1
            if got_date == exp_date:
                self.day_ok += 1
        if got_date == exp_date and article.get("datePrecision") == t.get("datePrecision"):
            self.exact_ok += 1
        else:
            self.failures.append(f"  {t['file']} date: got {got_date or None} ({article.get('datePrecision')}, "
                                 f"{article.get('dateSources')}), expected {exp_date} ({t.get('datePrecision')})")

    def print(self):
        print(f"== {self.label}: {self.compared} articles"
              + (f" (not imported: {', '.join(self.missing)})" if self.missing else ""))
        if self.show:
            for line in self.failures:
                print(line)
            for line in self.fragments:
                print(f"  fragment stored as a person: {line}")
        print(f"  {'field':<12}{'precision':>10}{'recall':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
        for key, (tp, fp, fn) in self.counts.items():
            p, r = prf(tp, fp, fn)
            print(f"  {key:<12}{p:>10.3f}{r:>10.3f}{tp:>6}{fp:>6}{fn:>6}")
        day = f"{self.day_ok}/{self.day_total}" + (f" ({self.day_ok / self.day_total:.0%})" if self.day_total else "")
        year = f"{self.year_ok}/{self.compared}" + (f" ({self.year_ok / self.compared:.0%})" if self.compared else "")
        print(f"  dates: right day {day}, right year {year}, exact date and precision {self.exact_ok}/{self.compared}")
        print(f"  fragments stored as people: {len(self.fragments)}; articles left undated: {self.undated}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--report", required=True, action="append")
    ap.add_argument("--truth", required=True, action="append")
    ap.add_argument("--label", action="append")
    ap.add_argument("--split", action="append", default=[],
                    help="labels of the sets to split into a development and a measuring part")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if len(args.report) != len(args.truth):
        ap.error("give one --truth for each --report")
    labels = args.label or [f"set {i + 1}" for i in range(len(args.report))]
    if len(labels) != len(args.report):
        ap.error("give one --label for each --report, or none")

    exit_code = 0
    for label, report_path, truth_path in zip(labels, args.report, args.truth):
        report = {f["file"]: f for f in json.load(open(report_path, encoding="utf-8"))["files"]}
        truth = json.load(open(truth_path, encoding="utf-8"))["articles"]
        if label in args.split:
            parts = {"development": Tally(f"{label}, development part", args.verbose),
                     "measuring": Tally(f"{label}, measuring part (failures not shown)", False)}
            for t in truth:
                parts[part_of(t["file"])].add(t, report.get(t["file"]))
            tallies = list(parts.values())
        else:
            tally = Tally(label, args.verbose)
            for t in truth:
                tally.add(t, report.get(t["file"]))
            tallies = [tally]
        for tally in tallies:
            tally.print()
            exit_code |= 0 if tally.compared else 1
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
