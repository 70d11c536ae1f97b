#!/usr/bin/env python3
"""Fails when a C++ file differs from .clang-format.

Everyone formats with Debian 12's clang-format 14, so the check gives the
same answer on every machine: `clang-format-14 -i FILE` fixes what it
reports. It reads every .cpp and .h under the source folders below.
"""

import argparse
import pathlib
import subprocess
import sys

FOLDERS = ("app", "ui", "core", "tests", "bench")


def files(source_dir):
    for folder in FOLDERS:
        top = source_dir / folder
        if top.is_dir():
            yield from sorted(p for p in top.rglob("*") if p.suffix in (".cpp", ".h") and p.is_file())


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source-dir", type=pathlib.Path, required=True)
    parser.add_argument("--clang-format", required=True)
    args = parser.parse_args()
    version = subprocess.run([args.clang_format, "--version"], capture_output=True, text=True)
    if "version 14." not in version.stdout:
        print(f"{args.clang_format} is not clang-format 14: {version.stdout.strip()}")
        return 1
    paths = list(files(args.source_dir))
    differing = []
    for start in range(0, len(paths), 50):
        batch = paths[start:start + 50]
        result = subprocess.run([args.clang_format, "--dry-run", "-Werror",
                                 f"--style=file:{args.source_dir / '.clang-format'}",
                                 *map(str, batch)], capture_output=True, text=True)
        if result.returncode != 0:
            for line in result.stderr.splitlines():
                if ": error:" in line:
                    path = line.split(":", 1)[0]
                    if path not in differing:
                        differing.append(path)
    for path in differing:
        print(f"{pathlib.Path(path).relative_to(args.source_dir)}: differs from .clang-format")
    if differing:
        print(f"{len(differing)} of {len(paths)} files differ; fix them with "
              f"{args.clang_format} -i FILE...", file=sys.stderr)
        return 1
    print(f"ok: {len(paths)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
