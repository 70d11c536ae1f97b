#!/usr/bin/env python3
"""Checks packaging/dev-packages.txt against what the build actually found.

Every package config that find_package loaded (Qt's components, GTest, ...),
and every program or library our own CMake files look for, must come from a
Debian package that the list brings in: listed itself, or a dependency of a
listed one. What configure needs must come from the "build" or "run" steps,
since ./dev.sh run configures with those alone. A find_package this script
cannot check is an error too, so a new one cannot slip past.
"""
import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

# find_package in module mode leaves no <Name>_DIR; these are the cache
# entries each one leaves instead.
MODULE_RESULTS = {
    "Python3": ["Python3_EXECUTABLE"],
    "SQLite3": ["SQLite3_INCLUDE_DIR", "SQLite3_LIBRARY"],
    "PkgConfig": ["PKG_CONFIG_EXECUTABLE"],
}
# The tools every configure uses.
TOOLS = ["CMAKE_CXX_COMPILER", "CMAKE_MAKE_PROGRAM", "CMAKE_COMMAND"]
CONFIGURE_STEPS = {"build", "run"}


def read_list(path):
    steps = {}
    for number, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        package, *names = line.split()
        unknown = set(names) - {"build", "run", "test", "bench"}
        if not names or unknown:
            sys.exit(f"{path}:{number}: '{line}' must name a package and its steps "
                     "(build, run, test, bench)")
        steps[package] = set(names)
    return steps


def read_cache(path):
    entries = {}
    for line in Path(path).read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.+-]+):(\w+)=(.*)$", line)
        if m:
            entries[m.group(1)] = m.group(3)
    return entries


def cmake_calls(source_dir, build_dir):
    """(command, arguments, required, file) for every find_* call in our CMake files."""
    calls = []
    for root, dirs, files in os.walk(source_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".") and
                   Path(root, d).resolve() != Path(build_dir).resolve() and
                   not (root == str(source_dir) and d == "build")]
        for name in files:
            if name == "CMakeLists.txt" or name.endswith(".cmake"):
                path = Path(root, name)
                # A folder this build never configured (bench/ unless asked for).
                if name == "CMakeLists.txt" and not Path(build_dir, path.parent.relative_to(source_dir)).is_dir():
                    continue
                text = re.sub(r"#[^\n]*", "", path.read_text())
                for m in re.finditer(r"\b(find_package|find_program|find_library|find_path)\s*\(([^)]*)\)",
                                     text):
                    words = m.group(2).split()
                    # REQUIRED, or found-or-fail by hand: if(NOT VAR) message(FATAL_ERROR ...)
                    required = "REQUIRED" in words or bool(words) and bool(re.search(
                        r"if\s*\(\s*NOT\s+" + re.escape(words[0]) + r"\s*\)\s*message\s*\(\s*FATAL_ERROR", text))
                    calls.append((m.group(1), words, required, path.relative_to(source_dir)))
    return calls


def installed_packages():
    out = subprocess.run(
        ["dpkg-query", "-W", "-f",
         "${Package}\t${db:Status-Status}\t${Priority}\t${Essential}\t${Depends}\t${Pre-Depends}\t${Provides}\n"],
        check=True, capture_output=True, text=True).stdout
    packages, provides = {}, {}
    for line in out.splitlines():
        name, status, priority, essential, depends, predepends, provided = (line.split("\t") + [""] * 7)[:7]
        if status != "installed":
            continue
        deps = []
        for field in (depends, predepends):
            for clause in filter(None, (c.strip() for c in field.split(","))):
                deps.append([re.split(r"[\s:(]", alt.strip())[0] for alt in clause.split("|")])
        packages[name] = {"deps": deps, "base": priority == "required" or essential == "yes"}
        for p in filter(None, (p.strip() for p in provided.split(","))):
            provides.setdefault(re.split(r"[\s:(]", p)[0], []).append(name)
    return packages, provides


def closure(roots, packages, provides):
    seen, pending = set(), [p for p in roots if p in packages]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        for clause in packages[name]["deps"]:
            for alt in clause:
                for real in [alt] + provides.get(alt, []):
                    if real in packages and real not in seen:
                        pending.append(real)
    return seen


def owners(path):
    result = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
    if result.returncode != 0:
        return None
    names = set()
    for line in result.stdout.splitlines():
        pkgs, _, _ = line.partition(": ")
        names.update(p.strip().split(":")[0] for p in pkgs.split(","))
    return names


def package_file(path):
    """A file to ask dpkg about: the config file inside a package's _DIR."""
    p = Path(path)
    if p.is_dir():
        configs = sorted(p.glob("*Config.cmake")) + sorted(p.glob("*-config.cmake"))
        return str(configs[0].resolve()) if configs else None
    return str(p.resolve())


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--list", required=True)
    parser.add_argument("--source-dir", required=True)
    args = parser.parse_args()

    steps = read_list(args.list)
    cache = read_cache(args.cache)
    build_dir = Path(args.cache).parent
    packages, provides = installed_packages()
    base = {name for name, p in packages.items() if p["base"]}
    at_configure = closure(base | {p for p, s in steps.items() if s & CONFIGURE_STEPS}, packages, provides)
    for_tests = closure(base | {p for p, s in steps.items() if s & (CONFIGURE_STEPS | {"test"})},
                        packages, provides)

    problems = []
    # (cache entry, what asked for it, needed at configure?)
    wanted = [(tool, "every configure", True) for tool in TOOLS]
    wanted += [(name, "a find_package (or one of Qt's own)", True)
               for name, value in cache.items() if name.endswith("_DIR") and name != "CMAKE_CACHEFILE_DIR"
               and Path(value, ".").is_dir() and package_file(value)]
    for command, words, required, where in cmake_calls(Path(args.source_dir), build_dir):
        if not words:
            continue
        if command != "find_package":
            wanted.append((words[0], f"{command}({words[0]}) in {where}", required))
            continue
        name = words[0]
        components = []
        if "COMPONENTS" in words:
            components = [w for w in words[words.index("COMPONENTS") + 1:]
                          if w.isidentifier() and w.upper() != w]
        if name in MODULE_RESULTS:
            wanted += [(entry, f"find_package({name}) in {where}", required)
                       for entry in MODULE_RESULTS[name]]
        elif components:
            for component in components:
                entry = f"{name}{component}_DIR"
                if entry not in cache:
                    problems.append(f"find_package({name} COMPONENTS {component}) in {where} left no "
                                    f"{entry} in the cache")
        elif f"{name}_DIR" not in cache:
            problems.append(f"find_package({name}) in {where}: this check does not know what it "
                            "finds; add its cache entries to MODULE_RESULTS in "
                            "tests/setup/check_package_list.py")

    checked = set()
    for entry, why, required in wanted:
        if entry in checked:
            continue
        checked.add(entry)
        value = cache.get(entry, "")
        if not value or value.endswith("NOTFOUND"):
            if required:
                problems.append(f"{entry} was not found ({why})")
            continue
        if not value.startswith("/") or value.startswith(str(build_dir.resolve())):
            continue
        path = package_file(value)
        found = owners(path) if path else None
        if not found:
            problems.append(f"{entry}={value} ({why}) belongs to no Debian package, so a fresh "
                            "machine cannot get it from packaging/dev-packages.txt")
            continue
        allowed = at_configure if required else for_tests
        if not found & allowed:
            step = "build" if required else "test"
            problems.append(f"{entry}={value} ({why}) comes from {', '.join(sorted(found))}, which "
                            f"packaging/dev-packages.txt does not bring in at the '{step}' step")

    if problems:
        print("packaging/dev-packages.txt is out of step with the build:")
        for problem in problems:
            print(f"- {problem}")
        return 1
    print(f"{len(checked)} things the build found all come from packages in packaging/dev-packages.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
