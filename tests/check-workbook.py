#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Pro Bono Desk funders' workbook back with independent readers.

    check-workbook.py FILE [--names] [--cases N] [--expect NAME=VALUE ...]
                           [--libreoffice SOFFICE --workdir DIR]

openpyxl (Debian's python3-openpyxl) checks the sheets, headers, formats,
that every total is a SUM formula over the rows above it with the value it
computes, that text which looks like a formula is text, that no client
name is there unless --names (and then with the warning), that the XML
holds numbers written with a decimal point whatever the writer's locale,
and the key figures named in --expect (defined names of the Summary).
With --libreoffice, LibreOffice converts every sheet to CSV headless,
recalculating every formula on load, and its totals must be the same.
Prints what it checked; exits 1 on the first difference.
"""

import argparse
import csv
import os
import re
import subprocess
import sys
import zipfile

import openpyxl

SHEETS = ["Summary", "CSR Matrix", "Closing Codes", "Cases", "Volunteer Hours",
          "Outcomes", "Mentorship", "Demographics", "About this report"]

HEADERS = {
    "CSR Matrix": ["Code", "Problem", "A", "B", "F", "G", "H", "IA", "IB", "IC", "K", "L", "No code",
                   "Total", "Limited service (A, B)", "Extended service (F to L)"],
    "Closing Codes": ["Code", "Closing code", "Service", "Cases closed"],
    "Cases": ["Case number", "Problem category", "Problem code", "County", "Opened", "Closed",
              "Closing code", "Outcome", "Hours", "Grants"],
    "Volunteer Hours": ["Volunteer", "Role", "Cases placed", "Hours", "Value of the hours"],
    "Outcomes": ["Outcome", "Cases closed", "Recovered or saved"],
    "Mentorship": ["Outcome of the cases closed", "Under a mentor", "Without a mentor"],
}
NAMED_CASES = ["Case number", "Client name", "Address", "Date of birth"] + HEADERS["Cases"][1:]

# What the hand-built clinic's clients are called and where they live
# (tests/test-reports-fixture.c).
CLIENT_NAMES = ["Maria Lopez", "John Smith", "Ana Ruiz", "Lee Wong", "Main Street", "HYPERLINK"]

DATE = "yyyy-mm-dd"
HOURS = "#,##0.0"
MONEY = '"$"#,##0.00'
PERCENT = "0.0%"
INTEGER = "#,##0"

SUM = re.compile(r"^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$")
SUM_LIST = re.compile(r"^=SUM\(([A-Z]+\d+(?:,[A-Z]+\d+)*)\)$")


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def column_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_sums(name, formulas, values):
    """Every total is =SUM over the run of numbers right above it (or across
    a row, or of subtotal cells), and its cached value is their sum."""
    n = 0
    for row in formulas.iter_rows():
        for cell in row:
            if cell.data_type != "f":
                continue
            text = cell.value
            cached = values.cell(cell.row, cell.column).value
            check(number(cached), f"{name}!{cell.coordinate}: {text} has no cached value")
            m = SUM.match(text)
            if m:
                c1, r1, c2, r2 = column_index(m.group(1)), int(m.group(2)), column_index(m.group(3)), int(m.group(4))
                cells = [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
                if c1 == c2 == cell.column:
                    # A column of plain numbers; a "Total" row sums every row
                    # of its table, up to the header or the subtotal above.
                    for r in range(r1, r2 + 1):
                        part = formulas.cell(r, c1)
                        check(part.data_type != "f" and (number(part.value) or part.value is None),
                              f"{name}!{cell.coordinate}: {text} takes in {part.coordinate} = {part.value!r}")
                    if "Total" in (formulas.cell(cell.row, 1).value, formulas.cell(cell.row, 2).value):
                        check(r2 == cell.row - 1, f"{name}!{cell.coordinate}: {text} does not end right above it")
                        above = formulas.cell(r1 - 1, c1)
                        check(above.data_type == "f" or not number(above.value),
                              f"{name}!{cell.coordinate}: {text} leaves out numbers above row {r1}")
                else:
                    check(r1 == r2 == cell.row, f"{name}!{cell.coordinate}: {text} is neither a column nor a row sum")
            else:
                m = SUM_LIST.match(text)
                if not m:
                    # Only the favorable share is not a sum.
                    check(text.startswith("=IF("), f"{name}!{cell.coordinate}: unexpected formula {text}")
                    check(0 <= cached <= 1, f"{name}!{cell.coordinate}: a share of {cached}")
                    n += 1
                    continue
                cells = []
                for ref in m.group(1).split(","):
                    ref_cell = formulas[ref]
                    check("subtotal" in str(formulas.cell(ref_cell.row, 2).value),
                          f"{name}!{cell.coordinate}: {ref} is not a subtotal")
                    cells.append((ref_cell.row, ref_cell.column))
            total = sum(values.cell(r, c).value or 0 for r, c in cells)
            check(abs(total - cached) < 1e-6, f"{name}!{cell.coordinate}: {text} caches {cached}, the cells add up to {total}")
            n += 1
    return n


def check_table_sheet(name, ws, header_row, headers):
    got = [c.value for c in ws[header_row]][: len(headers)]
    check(got == headers, f"{name}: header {got}, expected {headers}")
    for c in ws[header_row][: len(headers)]:
        check(c.font.b, f"{name}!{c.coordinate}: the header is not bold")
        check(c.fill.fgColor.rgb not in (None, "00000000"), f"{name}!{c.coordinate}: the header is not filled")
    check(ws.freeze_panes == f"A{header_row + 1}", f"{name}: frozen at {ws.freeze_panes}")
    check(ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith(f"A{header_row}:"),
          f"{name}: autofilter {ws.auto_filter.ref}")
    check(ws.print_title_rows == f"${header_row}:${header_row}", f"{name}: repeated rows {ws.print_title_rows}")


def check_print_setup(name, ws):
    check(ws.page_setup.orientation == "landscape", f"{name}: not landscape")
    check(ws.page_setup.fitToWidth in (1, "1", None) and ws.sheet_properties.pageSetUpPr.fitToPage,
          f"{name}: not fitted to one page wide")
    check(ws.oddHeader.center.text, f"{name}: no page header")
    check("&P" in (ws.oddFooter.right.text or ""), f"{name}: no page number in the footer")


def all_text(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type != "f":
                    yield ws.title, cell


def check_xml_numbers(path):
    """Numbers in the XML use a decimal point: a comma means a locale leak."""
    n = 0
    with zipfile.ZipFile(path) as z:
        for member in z.namelist():
            if not member.endswith(".xml"):
                continue
            xml = z.read(member).decode("utf-8")
            for v in re.findall(r"<v>([^<]*)</v>", xml) + re.findall(r"<c:v>([^<]*)</c:v>", xml):
                if re.fullmatch(r"-?[0-9][0-9,]*", v) or re.fullmatch(r"-?[0-9.]+(?:E[-+]?\d+)?", v):
                    check("," not in v, f"{member}: the number {v!r} is written with a comma")
                    n += 1
            for attr in re.findall(r'(?:width|left|right|top|bottom|header|footer)="([^"]*)"', xml):
                check("," not in attr, f"{member}: the measure {attr!r} is written with a comma")
    return n


def libreoffice_csvs(soffice, workdir, path):
    profile = os.path.join(workdir, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    # Recalculate every formula on load, so LibreOffice checks our sums.
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                '</oor:items>\n')
    out = os.path.join(workdir, "csv")
    os.makedirs(out, exist_ok=True)
    run = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                          "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                          "--outdir", out, path],
                         capture_output=True, text=True, timeout=240)
    check(run.returncode == 0, f"LibreOffice failed ({run.returncode}): {run.stderr}")
    base = os.path.splitext(os.path.basename(path))[0]
    sheets = {}
    for sheet in SHEETS:
        csv_path = os.path.join(out, f"{base}-{sheet}.csv")
        check(os.path.exists(csv_path), f"LibreOffice wrote no CSV for {sheet}: {run.stdout} {run.stderr}")
        with open(csv_path, newline="", encoding="utf-8") as f:
            sheets[sheet] = list(csv.reader(f))
    return sheets


def lo_number(text):
    """LibreOffice keeps the percent sign even for raw values."""
    text = text.replace(",", "").replace("$", "")
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def compare_libreoffice(sheets, values, names):
    """Each formula LibreOffice recalculated reads the same as our cached value."""
    n = 0
    for name in SHEETS:
        ws = values[name]
        rows = sheets[name]
        for row in names[name].iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                lo = rows[cell.row - 1][cell.column - 1]
                ours = ws.cell(cell.row, cell.column).value
                check(abs(lo_number(lo) - ours) < 1e-6,
                      f"LibreOffice computes {name}!{cell.coordinate} = {lo}, the workbook says {ours}")
                n += 1
    return n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--names", action="store_true")
    parser.add_argument("--cases", type=int)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--text", action="append", default=[])
    parser.add_argument("--fingerprint")
    parser.add_argument("--libreoffice")
    parser.add_argument("--workdir")
    args = parser.parse_args()

    formulas = openpyxl.load_workbook(args.file)
    values = openpyxl.load_workbook(args.file, data_only=True)

    check(formulas.sheetnames == SHEETS, f"sheets {formulas.sheetnames}")
    header_rows = {}
    for name, headers in HEADERS.items():
        header_row = 1
        if name == "Cases" and args.names:
            header_row, headers = 2, NAMED_CASES
        check_table_sheet(name, formulas[name], header_row, headers)
        header_rows[name] = header_row
    for ws in formulas.worksheets:
        check_print_setup(ws.title, ws)
    print(f"ok sheets, headers, frozen panes, filters and print setup of {len(SHEETS)} sheets")

    n_sums = sum(check_sums(ws.title, ws, values[ws.title]) for ws in formulas.worksheets)
    check(n_sums > 20, f"only {n_sums} formulas")
    print(f"ok {n_sums} totals are formulas over the right cells with their values")

    # Formats.
    cases = formulas["Cases"]
    first = header_rows["Cases"] + 1
    offset = 3 if args.names else 0
    check(cases.cell(first, 5 + offset).number_format == DATE, "Cases: opening dates are not dates")
    check(cases.cell(first, 9 + offset).number_format == HOURS, "Cases: hours have no hours format")
    summary = formulas["Summary"]
    check(summary["B6"].number_format == DATE and summary["B6"].is_date, "Summary: the period is not a date")
    value_formats = {c.number_format for c in formulas["Volunteer Hours"]["E"] if number(c.value)}
    check(value_formats <= {MONEY}, f"Volunteer Hours: values formatted {value_formats}")
    check(any(c.number_format == PERCENT for c in formulas["Mentorship"]["B"]), "Mentorship: no percentage")
    shares = {c.number_format for c in formulas["Demographics"]["C"] if number(c.value)}
    check(shares <= {PERCENT}, f"Demographics: shares formatted {shares}")
    check(formulas["CSR Matrix"]["C2"].number_format == INTEGER, "CSR Matrix: counts are not integers")
    widths = [formulas["Cases"].column_dimensions[c].width for c in "ABCD"]
    check(all(w and w >= 8 for w in widths), f"Cases: column widths {widths}")
    print("ok dates, hours, money, percentages and column widths")

    # Text is text: the only formulas are our totals (check_sums knows each
    # kind), and what a client typed is there as typed.
    strings = {c.value for _, c in all_text(formulas)}
    for text in args.text:
        check(text in strings, f"{text!r} is not in the workbook as text")
    print(f"ok {len(args.text)} values that look like formulas or numbers are strings")

    # Client names only when asked for, and then with the warning.
    found = [(s, c.coordinate, c.value) for s, c in all_text(formulas)
             if any(n in c.value for n in CLIENT_NAMES)]
    if args.names:
        check(found, "no client names, though they were asked for")
        check("confidential" in (cases["A1"].value or ""), "Cases: no warning above the names")
        check(cases["A1"].font.b, "Cases: the warning is not bold")
        check(all(s == "Cases" for s, _, _ in found), f"client names outside the Cases sheet: {found}")
    else:
        check(not found, f"client names in the workbook: {found[:3]}")
    print("ok client names " + ("present, with the warning" if args.names else "absent"))

    if args.cases is not None:
        total_row = cases.max_row
        check(cases.cell(total_row, 1).value == "Total", "Cases: no total row")
        check(total_row - first == args.cases, f"Cases: {total_row - first} rows, expected {args.cases}")
        print(f"ok {args.cases} case rows")

    # Key figures by their defined names.
    defined = {d.name: d.attr_text for d in formulas.defined_names.definedName}
    for item in args.expect:
        key, want = item.split("=", 1)
        check(key in defined, f"no defined name {key}")
        sheet, ref = defined[key].split("!")
        got = values[sheet.strip("'")][ref.replace("$", "")].value
        if want.startswith("<"):
            check(got == want, f"{key}: {got!r}, expected {want!r}")
        else:
            check(number(got) and abs(got - float(want)) < 1e-9, f"{key}: {got!r}, expected {want}")
    print(f"ok {len(args.expect)} key figures by their defined names")

    if args.fingerprint:
        about = [c.value for c in formulas["About this report"]["B"]]
        check(args.fingerprint in about, "the About sheet does not carry the fingerprint")
        print("ok the About sheet carries the fingerprint")

    # The package: charts, properties, numbers in the C locale.
    with zipfile.ZipFile(args.file) as z:
        members = z.namelist()
        charts = sorted(m for m in members if m.startswith("xl/charts/chart"))
        check(len(charts) == 2, f"charts {charts}")
        kinds = [("barChart" in z.read(c).decode()) or ("lineChart" in z.read(c).decode()) for c in charts]
        check(all(kinds), "the charts are not a bar and a line chart")
        app = z.read("docProps/app.xml").decode()
        check("<Company>" in app, "no company in the document properties")
    check(formulas.properties.title and formulas.properties.creator, "no title or author")
    n_numbers = check_xml_numbers(args.file)
    print(f"ok two native charts, document properties, {n_numbers} numbers written with a decimal point")

    if args.libreoffice:
        sheets = libreoffice_csvs(args.libreoffice, args.workdir, args.file)
        n = compare_libreoffice(sheets, values, formulas)
        check(n == n_sums, f"LibreOffice computed {n} of {n_sums} formulas")
        print(f"ok LibreOffice recalculates the {n} formulas to the same values")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"FAIL {failure}")
        sys.exit(1)
