"""The command line every source check shares.

A check gives its docstring, `scan(source_dir, **options)` and
`self_test(**options)`, each returning a list of problems; `run` reads
--source-dir or --self-test (plus any extra options the check declares),
prints the problems and turns them into the exit status.
"""

import argparse
import pathlib
import sys


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
