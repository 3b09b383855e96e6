#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks `probono match` against an independent solver.

  match-check.py scipy SCORES.csv REPORT.json
      Solves the scores CSV with scipy.optimize.linear_sum_assignment under
      the model the matcher documents (src/core/matching/desk-match-cost.h),
      with the floor and slot penalty the report says the run used, and
      checks that the report's proposals are allowed by the CSV, fit the
      mentors' free places, and earn the optimum.
  match-check.py name REPORT.json MENTEE_ID NAME
      Checks that the report names mentee MENTEE_ID exactly NAME.

Prints one line and exits 0 when all holds; says what does not and exits 1.
"""

import csv
import json
import sys

TOP = 100  # the highest score; leaving a mentee unmatched costs this


def fail(message):
    print("match-check: " + message, file=sys.stderr)
    sys.exit(1)


def read_scores(path):
    """{mentee: {mentor: (free_slots, score or None, rule)}}, mentees and mentors in file order."""
    table = {}
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != ["mentee_id", "mentor_id", "mentor_free_slots", "score", "excluded_by"]:
            fail("unexpected CSV header %r" % header)
        for mentee, mentor, free, score, rule in reader:
            if (score == "") == (rule == ""):
                fail("pair %s-%s has both or neither of a score and a rule" % (mentee, mentor))
            table.setdefault(int(mentee), {})[int(mentor)] = (
                int(free), None if score == "" else int(score), rule)
    return table


def penalty(slot_penalty, place):
    """What a mentor's place-th free place costs (counting from 1)."""
    return slot_penalty * (place - 1)


def check_scipy(csv_path, report_path):
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    settings = report["settings"]
    floor, slot_penalty = settings["floor"], settings["slot-penalty"]
    table = read_scores(csv_path)
    mentees = sorted(table)
    mentors = sorted(table[mentees[0]]) if mentees else []

    # One column per free place of each mentor, then one "unmatched"
    # column per mentee.
    columns = [(m, k) for m in mentors for k in range(1, table[mentees[0]][m][0] + 1)]
    costs = np.full((len(mentees), len(columns) + len(mentees)), np.inf)
    costs[:, len(columns):] = TOP
    for r, mentee in enumerate(mentees):
        for c, (mentor, place) in enumerate(columns):
            free, score, _ = table[mentee][mentor]
            if score is not None and score >= floor:
                costs[r, c] = TOP - score + penalty(slot_penalty, place)
    rows, cols = linear_sum_assignment(costs)
    best_net = TOP * len(mentees) - int(costs[rows, cols].sum())

    # The report's own proposals, read against the CSV.
    per_mentor = {}
    total = net = 0
    seen = set()
    for p in report["proposals"]:
        mentee, mentor, score = p["mentee_id"], p["mentor_id"], p["score"]
        if mentee in seen:
            fail("mentee %d is proposed twice" % mentee)
        seen.add(mentee)
        free, csv_score, rule = table[mentee][mentor]
        if csv_score is None:
            fail("%d-%d is proposed but the CSV excludes it (%s)" % (mentee, mentor, rule))
        if csv_score != score or score < floor:
            fail("%d-%d scores %d, the CSV says %s, the floor is %d" % (mentee, mentor, score, csv_score, floor))
        per_mentor[mentor] = per_mentor.get(mentor, 0) + 1
        if per_mentor[mentor] > free:
            fail("mentor %d gets more mentees than free places (%d)" % (mentor, free))
        total += score
        net += score - penalty(slot_penalty, per_mentor[mentor])
    for u in report["unmatched"]:
        if u["mentee_id"] in seen or u["mentee_id"] not in table:
            fail("mentee %d is unmatched but proposed, or not in the CSV" % u["mentee_id"])

    if total != report["total_score"]:
        fail("the proposals' scores add up to %d, the report says %d" % (total, report["total_score"]))
    if net != report["net_score"] or best_net != net:
        fail("net score: scipy %d, proposals %d, report %d" % (best_net, net, report["net_score"]))
    print("%d mentees x %d places: scipy and probono both earn %d (total score %d, %d proposals)"
          % (len(mentees), len(columns), best_net, total, len(report["proposals"])))


def check_name(report_path, mentee_id, name):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    for row in report["proposals"] + report["unmatched"]:
        if row["mentee_id"] == int(mentee_id):
            if row["mentee"] != name:
                fail("mentee %s is %r, not %r" % (mentee_id, row["mentee"], name))
            print("mentee %s is named exactly as stored" % mentee_id)
            return
    fail("mentee %s is not in the report" % mentee_id)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "scipy":
        check_scipy(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "name":
        check_name(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        fail(__doc__.strip().splitlines()[2].strip())
