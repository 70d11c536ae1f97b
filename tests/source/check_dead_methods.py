#!/usr/bin/env python3
"""Fails when a method is declared but nothing calls it.

A method that nothing calls still has to be read, kept building and kept
right; it is removed instead. This check reads every header under the
source folders below, finds each member function it declares, and counts
where its name appears in the whole tree (the sources and the tests). A
name that appears only where it is declared and where it is defined is
reported.

Overrides, constructors, destructors and operators are called by the
language or by Qt, not by name, and are not checked. The few methods that
Qt calls by name are listed in ALLOWED with their reason; an entry that no
longer matches is an error too, so the list cannot go stale.

--self-test runs the check on a small tree with a dead and a live method.
"""

import pathlib
import re
import sys
import tempfile

import source_check

SCANNED = ("app", "ui", "core")
USED_IN = ("app", "ui", "core", "tests", "bench")

# (header, method) -> why nothing in the tree calls it by name.
ALLOWED = {}

DECLARATION = re.compile(
    r"^[ \t]+(?:(?:virtual|static|explicit|inline|constexpr|Q_INVOKABLE|\[\[nodiscard\]\])\s+)*"
    r"(?!return\b|else\b|delete\b|new\b)[\w:<>,*&\s]*?[\w>*&]\s+[*&]?"
    r"(?P<name>[a-z]\w*)\s*\((?P<args>[^;{}]*)\)\s*(?P<tail>[^;{}]*)[;{]",
    re.M)
WORD = re.compile(r"\b[A-Za-z_]\w*\b")



def class_bodies(text):
    """The parts of a header inside class or struct bodies, where member
    functions are declared."""
    bodies = []
    for match in re.finditer(r"\b(?:class|struct)\s+\w+[^;{(]*\{", text):
        depth, i = 1, match.end()
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        bodies.append(text[match.end():i])
    return bodies


def declared_methods(text):
    names = set()
    for body in class_bodies(source_check.strip_comments(text)):
        for match in DECLARATION.finditer(body):
            if re.search(r"\b(?:override|final)\b", match.group("tail")):
                continue
            if match.group("name") in ("operator", "signals", "slots"):
                continue
            names.add(match.group("name"))
    return names


def scan(source_dir):
    texts = {}
    for top in USED_IN:
        folder = source_dir / top
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".cpp", ".h") and path.is_file():
                texts[path.relative_to(source_dir).as_posix()] = source_check.strip_comments(
                    path.read_text(encoding="utf-8"))
    counts = {}
    for text in texts.values():
        for word in WORD.findall(text):
            counts[word] = counts.get(word, 0) + 1
    problems, used = [], set()
    for relative, text in texts.items():
        if not relative.endswith(".h") or not relative.startswith(SCANNED):
            continue
        for name in sorted(declared_methods(text)):
            # Its declaration, and its definition when that is elsewhere.
            definitions = sum(len(re.findall(r"^[A-Za-z][\w:<>,*& ]*::" + name + r"\s*\(",
                                             t, re.M)) for t in texts.values())
            if counts.get(name, 0) - 1 - definitions > 0:
                continue
            if (relative, name) in ALLOWED:
                used.add((relative, name))
                continue
            problems.append(f"{relative}: {name}() is declared, but nothing calls it: remove it")
    for key in sorted(set(ALLOWED) - used):
        problems.append(f"{key[0]}: {key[1]}() is allowed to be uncalled ({ALLOWED[key]}), "
                        "but is called now: remove it from ALLOWED")
    return problems


def self_test():
    header = ("#pragma once\nclass Page : public QWidget\n{\npublic:\n"
              "    explicit Page(QWidget* parent = nullptr);\n"
              "    int shown() const;\n"
              "    QString unusedLabel(int row) const;\n"
              "    QSize sizeHint() const override;\n"
              "    bool growsWithSpace() const { return true; }\n"
              "};\n")
    source = ("#include \"ui/Page.h\"\nint Page::shown() const { return 1; }\n"
              "QString Page::unusedLabel(int row) const { return {}; }\n"
              "QSize Page::sizeHint() const { return {}; }\n")
    test = "TEST(Page, Shows) { Page page; EXPECT_EQ(page.shown(), 1); }\n"
    with tempfile.TemporaryDirectory() as temp:
        root = pathlib.Path(temp)
        for relative, text in {"ui/Page.h": header, "ui/Page.cpp": source,
                               "tests/PageTest.cpp": test}.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(text)
        found = scan(root)
    expected = {"unusedLabel", "growsWithSpace"}
    reported = {name for name in expected if any(f" {name}()" in p for p in found)}
    failures = [f"not reported: {name}()" for name in sorted(expected - reported)]
    failures += [f"reported but called or an override: {p}" for p in found
                 if not any(f" {name}()" in p for name in expected)]
    return failures




if __name__ == "__main__":
    sys.exit(source_check.run(__doc__, scan, self_test))
