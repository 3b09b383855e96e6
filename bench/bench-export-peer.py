#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer of bench-export: the same cells of the Cases sheet, written by
Debian's python3-xlsxwriter in constant-memory mode with write_string and
write_number, from rows already in memory (the TSV of `bench-export dump`).

    bench-export-peer.py CELLS.tsv OUT.xlsx

Prints "seconds=S rss_mb=M rows=N" like bench-export.
"""

import os
import resource
import sys
import time

import xlsxwriter

HEADER = ["Case number", "Problem category", "Problem code", "County", "Opened", "Closed",
          "Closing code", "Outcome", "Hours", "Grants"]


def main():
    cells, out = sys.argv[1], sys.argv[2]

    # Untimed: the rows into memory, as bench-export floor has them.
    rows = []
    with open(cells, encoding="utf-8") as f:
        for line in f:
            row = []
            for field in line.rstrip("\n").split("\t"):
                if not field:
                    row.append(None)
                elif field[0] == "s":
                    row.append(field[1:])
                else:
                    row.append(float(field[1:]))
            rows.append(row)
    widths = [max((len(r[c]) for r in rows if isinstance(r[c], str)), default=0) for c in range(len(HEADER))]
    tenths = sum(r[8] for r in rows)

    started = time.monotonic()
    workbook = xlsxwriter.Workbook(out, {"constant_memory": True, "tmpdir": os.path.dirname(out) or "."})
    sheet = workbook.add_worksheet("Cases")
    bold = workbook.add_format({"bold": True, "bg_color": "#DCE6F1", "bottom": 1})
    date = workbook.add_format({"num_format": "yyyy-mm-dd"})
    hours = workbook.add_format({"num_format": "#,##0.0"})
    total = workbook.add_format({"bold": True, "num_format": "#,##0.0"})

    for c, title in enumerate(HEADER):
        sheet.write_string(0, c, title, bold)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(HEADER) - 1)
    sheet.repeat_rows(0)

    write_string = sheet.write_string
    write_number = sheet.write_number
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                write_string(r, c, value)
            else:
                write_number(r, c, value, hours if c == 8 else date)

    n = len(rows)
    sheet.write_string(n + 1, 0, "Total", total)
    sheet.write_formula(n + 1, 8, f"=SUM(I2:I{n + 1})", total, tenths)
    for c, width in enumerate(widths):
        sheet.set_column(c, c, min(max(width + 2, 8), 60))
    sheet.set_landscape()
    workbook.close()

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"seconds={time.monotonic() - started:.3f} rss_mb={rss:.1f} rows={n}")


if __name__ == "__main__":
    main()
