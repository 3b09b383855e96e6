#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference for bench-conflicts: Python's difflib judging the same
pairs of names, and scanning every name of the database as a check without
an index would.

    conflicts-peer.py DB < pairs.tsv

Each input line is "class<TAB>query<TAB>expected name" (expected empty for
invented names).  Names are compared case- and accent-folded, with
difflib's ratio at the check's threshold (CUTOFF).  Output, one line each:

    recall<TAB>class<TAB>n<TAB>found       ratio(query, expected) >= CUTOFF
    scan<TAB>n<TAB>median ms<TAB>p95 ms    get_close_matches over all names
    invented<TAB>n<TAB>queries with a hit  the same scan for invented names
"""

import difflib
import sqlite3
import statistics
import sys
import time
import unicodedata

CUTOFF = 0.8        # DESK_NAME_MATCH_THRESHOLD
SCANS = 20          # real names scanned for the time per check
INVENTED_SCANS = 30


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    names = [fold(row[0]) for row in db.execute("SELECT DISTINCT name FROM conflict_names")]

    recall = {}
    real, invented = [], []
    for line in sys.stdin:
        kind, query, expected = line.rstrip("\n").split("\t")
        if kind == "invented":
            invented.append(fold(query))
            continue
        n, found = recall.get(kind, (0, 0))
        ratio = difflib.SequenceMatcher(None, fold(query), fold(expected)).ratio()
        recall[kind] = (n + 1, found + (ratio >= CUTOFF))
        if kind == "substitution":
            real.append(fold(query))

    for kind, (n, found) in recall.items():
        print(f"recall\t{kind}\t{n}\t{found}")

    times = []
    for query in real[:SCANS]:
        start = time.perf_counter()
        difflib.get_close_matches(query, names, n=1000, cutoff=CUTOFF)
        times.append((time.perf_counter() - start) * 1000)
    if times:
        print(f"scan\t{len(times)}\t{statistics.median(times):.1f}\t{percentile(times, 0.95):.1f}")

    with_hits = sum(1 for query in invented[:INVENTED_SCANS]
                    if difflib.get_close_matches(query, names, n=1, cutoff=CUTOFF))
    print(f"invented\t{min(len(invented), INVENTED_SCANS)}\t{with_hits}")


if __name__ == "__main__":
    main()
