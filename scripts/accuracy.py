#!/usr/bin/env python3
"""Compares the importer's --report with a truth file and prints precision and recall per field.

Usage:
  scripts/accuracy.py --report REPORT.json --truth TRUTH.json [--truth MORE.json ...] [--verbose]

The truth format is that of the hand-made corpus truth: {"articles": [{"file", "date", "datePrecision",
"officials": [{"name", "country"}], "categories": [codes]}]}. Officials are compared by name after NFC
and case folding (the report gives the knowledge base's standard spelling); precision and recall are
micro-averaged over the articles present in both files. Dates: 'day' counts the articles whose truth
states a day and whose reported date is exactly that day; 'year' counts every article whose reported
year is right; 'exact' compares the ISO dates with their precision.
"""
import argparse
import json
import sys
import unicodedata


def norm(name):
    return unicodedata.normalize("NFC", name).casefold().strip()


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--report", required=True)
    ap.add_argument("--truth", required=True, action="append")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    report = {f["file"]: f for f in json.load(open(args.report, encoding="utf-8"))["files"]}
    truth = []
    for path in args.truth:
        truth.extend(json.load(open(path, encoding="utf-8"))["articles"])

    counts = {"officials": [0, 0, 0], "categories": [0, 0, 0]}
    day_ok = day_total = year_ok = exact_ok = compared = 0
    missing = []
    for t in truth:
        entry = report.get(t["file"])
        if entry is None or entry.get("article") is None:
            missing.append(t["file"])
            continue
        compared += 1
        article = entry["article"]
        got_o = {norm(o["nameVi"]) for o in article.get("officials", [])}
        exp_o = {norm(o["name"]) for o in t.get("officials", [])}
        got_c = set(article.get("categories", []))
        exp_c = set(t.get("categories", []))
        for key, got, exp in (("officials", got_o, exp_o), ("categories", got_c, exp_c)):
            counts[key][0] += len(got & exp)
            counts[key][1] += len(got - exp)
            counts[key][2] += len(exp - got)
            if args.verbose and got != exp:
                print(f"  {t['file']} {key}: extra {sorted(got - exp)} missing {sorted(exp - got)}")
        got_date = article.get("date") or ""
        exp_date = t.get("date") or ""
        if got_date[:4] == exp_date[:4]:
            year_ok += 1
        if t.get("datePrecision") == "day":
            day_total += 1
            if got_date == exp_date:
                day_ok += 1
        if got_date == exp_date and article.get("datePrecision") == t.get("datePrecision"):
            exact_ok += 1
        elif args.verbose:
            print(f"  {t['file']} date: got {got_date or None} ({article.get('datePrecision')}), "
                  f"expected {exp_date} ({t.get('datePrecision')})")

    print(f"articles compared: {compared}" + (f" (not in the report: {', '.join(missing)})" if missing else ""))
    print(f"{'field':<12}{'precision':>10}{'recall':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for key, (tp, fp, fn) in counts.items():
        p, r = prf(tp, fp, fn)
        print(f"{key:<12}{p:>10.3f}{r:>10.3f}{tp:>6}{fp:>6}{fn:>6}")
    print(f"dates: right day {day_ok}/{day_total}, right year {year_ok}/{compared}, "
          f"exact date and precision {exact_ok}/{compared}")
    return 0 if compared else 1


if __name__ == "__main__":
    sys.exit(main())
