"""What every source check shares: reading C++ without its comments, and
the command line.

A check gives its docstring, `scan(source_dir, **options)` and
`self_test(**options)`, each returning a list of problems; `run` reads
--source-dir or --self-test (plus any extra options the check declares),
prints the problems and turns them into the exit status.
"""

import argparse
import pathlib
import re
import sys


def strip_comments(text, blank_strings=False):
    """The code with its comments blanked out (newlines kept, so line numbers
    stay). String and character literals are kept, or with `blank_strings`
    their insides blanked too, so braces or words in them do not count."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and i + 1 < n and text[i + 1] == "/":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif c == "/" and i + 1 < n and text[i + 1] == "*":
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            inside = text[i + 1:j]
            out.append(c + (re.sub(r"[^\n]", " ", inside) if blank_strings else inside)
                       + text[j:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def run(doc, scan, self_test, add_options=None, read_options=None):
    """Runs a check; `add_options(parser)` declares its own options and
    `read_options(parser, args)` turns them into keyword arguments."""
    parser = argparse.ArgumentParser(description=doc,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source-dir", type=pathlib.Path)
    parser.add_argument("--self-test", action="store_true")
    if add_options:
        add_options(parser)
    args = parser.parse_args()
    options = read_options(parser, args) if read_options else {}
    if args.self_test:
        problems = self_test(**options)
    elif args.source_dir:
        problems = scan(args.source_dir, **options)
    else:
        parser.error("give --source-dir or --self-test")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0
