#!/usr/bin/env python3
"""Fails when a translation is missing or broken.

With --lupdate, the .ts files are first brought up to date from the sources in a scratch copy, so
a string added to the code but never run through lupdate counts as untranslated too. Then every
message must be finished (no type="unfinished", no empty translation or plural form), keep the
source's %1…%9 placeholders, and have a keyboard accelerator when the source has one.

    check_ts.py [--lupdate LUPDATE --sources FILE...] TS_FILE...
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d|n)")
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)\S")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def has_accelerator(text):
    return bool(ACCELERATOR.search(text or ""))


def check_message(context, message):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    where = f"{context}: {source!r}"
    if translation is None:
        return [f"{where}: no translation"]
    kind = translation.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        return [f"{where}: {kind}"]
    forms = [f.text or "" for f in translation.findall("numerusform")]
    numerus = message.get("numerus") == "yes"
    if not numerus:
        forms = [translation.text or ""]
    problems = []
    if not forms or any(not form.strip() for form in forms):
        return [f"{where}: empty translation"]
    wanted = [p for p in placeholders(source) if not (numerus and p == "n")]
    for form in forms:
        got = [p for p in placeholders(form) if not (numerus and p == "n")]
        if got != wanted:
            problems.append(f"{where}: placeholders {got} in {form!r}, the source has {wanted}")
        if has_accelerator(source) and not has_accelerator(form):
            problems.append(f"{where}: {form!r} has no & accelerator")
    if numerus and not any("%n" in form for form in forms):
        problems.append(f"{where}: no plural form shows the number (%n)")
    return problems


def check_file(path, shown_as):
    problems = []
    messages = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            problems += [f"{shown_as}: {p}" for p in check_message(name, message)]
    return messages, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate")
    parser.add_argument("--sources", nargs="*", default=[])
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in args.ts_files:
            checked = ts
            if args.lupdate:
                checked = os.path.join(scratch, os.path.basename(ts))
                shutil.copyfile(ts, checked)
                # English carries only plural forms (see ui/CMakeLists.txt).
                plural_only = ["-pluralonly"] if checked.endswith("_en.ts") else []
                subprocess.run([args.lupdate, "-silent", "-locations", "none", "-no-obsolete", *plural_only,
                                *args.sources, "-ts", checked], check=True)
            count, found = check_file(checked, os.path.basename(ts))
            problems += found
            print(f"{os.path.basename(ts)}: {count} messages, {len(found)} problems")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("Translate them in Qt Linguist (linguist translations/mailscope_de.ts) or the .ts file itself.",
              file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
