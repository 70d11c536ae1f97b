#!/usr/bin/env python3
"""Fails when a constructor no longer fits on a screen.

A page's or dialog's constructor should read as a short list of steps (build
the header, set up the table, connect the signals), each step a function of
its own, rather than a hundred lines that make every widget, lay it out and
wire it at once. This check reads every .cpp under app/, ui/ and core/ and reports
each constructor longer than LIMIT lines, counted from its first line (the
signature) to its closing brace, so a long member initialiser list counts too.

--self-test runs the measure on known short and long constructors instead.
"""

import re
import sys

import source_check

LIMIT = 60
SCANNED = ("app", "ui", "core")

# `Name::Name(` at the start of a line: a constructor defined out of line.
CONSTRUCTOR = re.compile(r"^(?:\w+::)*(\w+)::(\1)\(", re.MULTILINE)



def constructors(text):
    """(class name, first line, number of lines) of each constructor defined in `text`."""
    code = source_check.strip_comments(text, blank_strings=True)
    found = []
    for match in CONSTRUCTOR.finditer(code):
        body = _body_start(code, match.end())
        if body is None:
            continue
        depth, end = 0, None
        for offset in range(body, len(code)):
            if code[offset] == "{":
                depth += 1
            elif code[offset] == "}":
                depth -= 1
                if depth == 0:
                    end = offset
                    break
        if end is None:
            continue
        first = code.count("\n", 0, match.start()) + 1
        last = code.count("\n", 0, end) + 1
        found.append((match.group(1), first, last - first + 1))
    return found


def _body_start(code, offset):
    """Where the body's `{` is, after the signature and the initialiser list,
    or None for a declaration or `= default;`. A brace right after a name is a
    braced initialiser (`m_list{}`), and one inside parentheses an argument."""
    parens, i = 0, offset  # inside the signature's parentheses
    while i < len(code):
        c = code[i]
        if c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
        elif c == ";" and parens < 0:
            return None
        elif c == "{" and parens < 0:
            before = code[:i].rstrip()
            if not before or not re.match(r"[\w>]", before[-1]):
                return i
            depth = 0  # skip the braced initialiser
            while i < len(code):
                depth += {"{": 1, "}": -1}.get(code[i], 0)
                if depth == 0:
                    break
                i += 1
        i += 1
    return None


def scan(source_dir):
    problems = []
    for top in SCANNED:
        for path in sorted((source_dir / top).rglob("*.cpp")):
            relative = path.relative_to(source_dir).as_posix()
            for name, line, length in constructors(path.read_text(encoding="utf-8")):
                if length <= LIMIT:
                    continue
                problems.append(f"{relative}:{line}: the constructor of {name} is {length} lines "
                                f"(at most {LIMIT}): build its parts in functions of their own "
                                "and let it call them in order")
    return problems


def _body(lines):
    return "\n".join(f"    statement{i}();" for i in range(lines))


# Code and the constructors (name, length) the measure must find in it.
CASES = [
    ("Page::Page(QWidget* parent)\n    : QWidget(parent)\n{\n" + _body(3) + "\n}\n",
     [("Page", 7)]),
    # Braced initialisers and braces in strings and comments are not the end.
    ("Page::Page(QWidget* parent)\n    : QWidget(parent), m_list{}, m_size{1, 2}\n{\n"
     "    setText(QStringLiteral(\"}\"));  // }\n    /* { */\n    if (x) {\n        y();\n"
     "    }\n}\n", [("Page", 9)]),
    ("Page::Page(QWidget* parent) : QWidget(parent) {}\n", [("Page", 1)]),
    ("Page::Page(const Page&) = default;\nvoid Page::show()\n{\n}\n", []),
    ("void Page::Page2()\n{\n}\nvoid Page::build()\n{\n" + _body(80) + "\n}\n", []),
    ("Outer::Inner::Inner()\n{\n" + _body(2) + "\n}\n", [("Inner", 5)]),
]


def self_test():
    failures = []
    for code, expected in CASES:
        got = [(name, length) for name, _, length in constructors(code)]
        if got != expected:
            failures.append(f"measured {got}, expected {expected} in:\n{code}")
    long = constructors("Dialog::Dialog()\n{\n" + _body(LIMIT) + "\n}\n")
    if not long or long[0][2] <= LIMIT:
        failures.append(f"a constructor of {LIMIT + 3} lines is not over the limit: {long}")
    return failures




if __name__ == "__main__":
    sys.exit(source_check.run(__doc__, scan, self_test))
