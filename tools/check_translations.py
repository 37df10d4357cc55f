#!/usr/bin/env python3
"""Fails when a user-visible string of the app has no Russian translation.

Runs lupdate over the app's C++ and QML sources into a scratch copy of each .ts file, so a string
added to the code but never translated is caught even before anyone ran lupdate by hand, then
lists every message that is unfinished, empty, or vanished from the code (obsolete).

usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def problems(ts_path: pathlib.Path) -> list[str]:
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            text = (translation.text or "") if translation is not None else ""
            if translation is not None and message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = "" if not forms or not all(f.strip() for f in forms) else forms[0]
            if kind in ("unfinished", "missing") or not text.strip():
                found.append(f"{name}: untranslated: {source!r}")
            elif kind in ("obsolete", "vanished"):
                found.append(f"{name}: no longer in the code: {source!r}")
    return found


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    lupdate, source_dir, ts_files = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for ts in map(pathlib.Path, ts_files):
            copy = pathlib.Path(scratch) / ts.name
            shutil.copy(ts, copy)
            subprocess.run([lupdate, "-locations", "none", "-silent",
                            str(source_dir / "app"), str(source_dir / "qml"), "-ts", str(copy)],
                           check=True)
            for line in problems(copy):
                print(f"{ts.name}: {line}")
                failed = True
    if failed:
        print("Translate these in resources/translations (lupdate, then Qt Linguist).")
        return 1
    print("every user-visible string is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
