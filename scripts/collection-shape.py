#!/usr/bin/env python3
"""How much of a collection its commonest official, crime category and search match.

A benchmark's figures depend on how selective its filters and searches are: over a generated corpus
where one name is in three articles of four, every filter is a large one. This prints, for a database
the importer filled, the share of articles naming the commonest official and the commonest category,
and the share matched by the commonest query of scripts/lib/cold-queries.txt (and the median query), so
the generated corpus can be set beside the real articles imported the same way.

  scripts/collection-shape.py songsong_bench [--label "generated, 100,000"]
"""
import argparse
import statistics
import subprocess
import sys
import unicodedata
import re
from pathlib import Path


def fold(text):
    """As the importer folds a search: lower case, no diacritics, đ as d, words of letters and digits."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def psql(database, sql):
    url = f"postgresql://songsong:songsong@localhost:5432/{database}"
    out = subprocess.run(["psql", url, "-At", "-F", "\t", "-c", sql], capture_output=True, text=True, check=True)
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--label", default=None)
    parser.add_argument("--queries", default=str(Path(__file__).parent / "lib" / "cold-queries.txt"))
    args = parser.parse_args()
    total = int(psql(args.database, "select count(*) from article")[0][0])
    if total == 0:
        sys.exit(f"{args.database} holds no article")
    official = psql(args.database, "select o.slug, count(*) from article_official ao join official o on o.id = ao.official_id"
                    " group by o.slug order by 2 desc, 1 limit 1")
    category = psql(args.database, "select category_code, count(*) from article_category group by 1 order by 2 desc, 1 limit 1")
    queries = sorted({fold(line) for line in open(args.queries, encoding="utf-8")
                      if line.strip() and not line.startswith("#") and fold(line)})
    values = ",".join("('" + q.replace("'", "''") + "')" for q in queries)
    matched = psql(args.database, f"select q, (select count(*) from article_search s where s.search_vector @@"
                   f" plainto_tsquery('simple', q)) from (values {values}) as v(q)")
    shares = sorted(((int(n) / total, q) for q, n in matched), reverse=True)

    def pct(n):
        return f"{100 * int(n) / total:.0f}%"
    print(f"{args.label or args.database}: {total} articles")
    if official:
        print(f"  commonest official: {official[0][0]}, in {pct(official[0][1])} of the articles")
    if category:
        print(f"  commonest category: {category[0][0]}, in {pct(category[0][1])}")
    print(f"  commonest query of {len(queries)}: '{shares[0][1]}', matches {100 * shares[0][0]:.0f}%;"
          f" median query {100 * statistics.median(s for s, _ in shares):.1f}%")


if __name__ == "__main__":
    main()
