#!/usr/bin/env python3
"""Fails when a committed translation (.ts) is missing texts, has unfinished
ones, or has translations that drop a placeholder.

lupdate runs on the current sources, exactly as the update_translations
target does, but into a copy of the .ts file, so the committed file is never
touched. Texts the copy gained are texts nobody has translated yet."""

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
SHOWN = 15  # messages listed per problem; the count says how many there are


def messages(path):
    """(context, source, disambiguation) -> list of translations ("" when
    empty), and the set of keys still marked unfinished."""
    found, unfinished = {}, set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if translation is None:
                texts = [""]
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                texts = [translation.text or ""]
            found[key] = texts
            if kind == "unfinished" or any(not text.strip() for text in texts):
                unfinished.add(key)
    return found, unfinished


def describe(key):
    context, source, comment = key
    text = source.replace("\n", "\\n")
    if len(text) > 90:
        text = text[:87] + "..."
    return f"  [{context}] {text}" + (f" ({comment})" if comment else "")


def listing(title, keys):
    keys = sorted(keys)
    lines = [f"{title}: {len(keys)}"] + [describe(key) for key in keys[:SHOWN]]
    if len(keys) > SHOWN:
        lines.append(f"  ... and {len(keys) - SHOWN} more")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--project", required=True,
                        help="the lupdate project .cmake file written by qt_add_translations")
    parser.add_argument("--project-generator", required=True,
                        help="Qt's GenerateLUpdateProject.cmake, which turns it into JSON")
    parser.add_argument("--lupdate-options", default="")
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("ts_file")
    args = parser.parse_args()

    committed = pathlib.Path(args.ts_file)
    work = pathlib.Path(args.work_dir)
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    project = work / "project.json"
    copy = work / committed.name
    if not committed.exists():
        print(f"{committed} does not exist. Create it with "
              "`cmake --build build/dev --target update_translations`, then translate it.")
        return 1
    shutil.copyfile(committed, copy)

    subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}",
                    "-P", args.project_generator], check=True)
    run = subprocess.run([args.lupdate, "-project", str(project), "-ts", str(copy),
                          *args.lupdate_options.split()],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout + run.stderr)
        print(f"lupdate failed on the sources (exit code {run.returncode}).")
        return 1

    before, _ = messages(committed)
    after, unfinished = messages(copy)
    new = set(after) - set(before)
    stale = set(before) - set(after)
    unfinished -= new
    placeholders = set()
    for key, texts in after.items():
        if key in unfinished or key in new:
            continue
        wanted = set(PLACEHOLDER.findall(key[1]))
        # A singular form may say "one" instead of %n; every other form keeps it.
        for index, text in enumerate(texts):
            got = set(PLACEHOLDER.findall(text))
            if len(texts) > 1 and index == 0:
                got |= {"%n"} & wanted
            if got != wanted:
                placeholders.add(key)

    problems = []
    if new:
        problems.append(listing(f"Texts in the sources that {committed.name} does not have yet", new))
    if stale:
        problems.append(listing(f"Texts in {committed.name} that the sources no longer use", stale))
    if unfinished:
        problems.append(listing(f"Texts in {committed.name} that are not translated or are "
                                "marked unfinished", unfinished))
    if placeholders:
        problems.append(listing("Translations whose placeholders (%1, %n, ...) differ from "
                                "the source text", placeholders))
    if not problems:
        print(f"{committed.name}: all {len(after)} texts translated and current.")
        return 0
    print("\n\n".join(problems))
    print(f"\nTo fix: run `cmake --build build/dev --target update_translations` (it brings "
          f"{committed.name} up to date with the sources and keeps its translations), then "
          f"translate every message marked type=\"unfinished\" in {committed} (for example "
          f"with `linguist {committed}`) and mark it finished.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
