#!/usr/bin/env python3
"""Fails when a file is saved with QSaveFile anywhere but core/common/AtomicFile.

Every file people keep (exports, reports, plans, calendars, the session
bookmark, the autostart entry) is written through AtomicFile::write, which
leaves either the old file or the whole new one and says why in a sentence
for people. This check reads every .cpp and .h under app/ and core/, comments
left out, and reports each other use of QSaveFile.

--self-test runs the rule on known good and bad lines instead.
"""

import re
import sys

import source_check

HELPER_DIR = "core/common/"
SCANNED = ("app", "ui", "core")
RULE = re.compile(r"\bQSaveFile\b")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


def code_of(text):
    """The text with its comments blanked out, newlines kept."""
    return COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def findings(text):
    code = code_of(text)
    return [code.count("\n", 0, m.start()) + 1 for m in RULE.finditer(code)]


def scan(source_dir):
    problems = []
    for top in SCANNED:
        for path in sorted((source_dir / top).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            relative = path.relative_to(source_dir).as_posix()
            if relative.startswith(HELPER_DIR):
                continue
            text = path.read_text(encoding="utf-8")
            lines = text.splitlines()
            for line in findings(text):
                problems.append(f"{relative}:{line}: QSaveFile outside core/common: save with "
                                f"core::AtomicFile::write\n    {lines[line - 1].strip()}")
    return problems


BAD = ["QSaveFile file(path);", "#include <QSaveFile>", "auto* f = new QSaveFile(p, this);"]
GOOD = ["// the old file stays, as QSaveFile promises", "/* QSaveFile */ int x;",
        "core::AtomicFile::write(path, bytes, failure);", "QSaveFileName name;"]


def self_test():
    failures = [f"not caught: {line}" for line in BAD if not findings(line)]
    failures += [f"flagged but fine: {line}" for line in GOOD if findings(line)]
    return failures




if __name__ == "__main__":
    sys.exit(source_check.run(__doc__, scan, self_test))
