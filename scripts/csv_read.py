"""Reads a CSV file with Python's csv module (independent of Hamdel) the way a spreadsheet
program does: UTF-8 with its byte-order mark, RFC 4180 quoting. Prints {"bom": bool, "rows":
[[cell, ...], ...]} as JSON. Used by the end-to-end test of the group's CSV exports."""

import csv
import json
import sys


def main(path):
    with open(path, "rb") as f:
        bom = f.read(3) == b"\xef\xbb\xbf"
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    print(json.dumps({"bom": bom, "rows": rows}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
