#!/usr/bin/env python3
"""Fails when the tree's layers are crossed (docs/architecture.md).

The core is one static library per folder, listed lowest first in
core/CMakeLists.txt; each folder's CMakeLists.txt names the folders it links.
The UI (ui/, one folder per feature) sits on the core, and the shell
(app/shell, app/cli) on the UI. This check reads the CMake files and every
.cpp and .h under app/ and core/, and reports:

  link-order       a core folder linking a folder that is not below it (a
                   link cycle starts this way);
  include-layer    a core file including a core folder its library does not
                   link, directly or through another folder;
  sql-outside      Qt SQL used by a core folder that does not link Qt6::Sql
                   (the content library and its tests need no SQL);
  gui-in-core      Qt Gui or Widgets, or the UI or shell, included by the core;
  shell-in-ui      the UI including the shell or the command line;
  unprefixed       a project include that does not name its layer
                   ("core/journal/Journal.h", "ui/journal/JournalPage.h");
  kind-folder      ui/ sorted by Qt kind (pages/, dialogs/, models/) or
                   holding sources outside a feature folder;
  model-untested   an item model that no test runs under QAbstractItemModelTester.

--self-test builds a small tree with each fault and checks each rule finds it.
"""

import pathlib
import re
import sys
import tempfile

import source_check

CORE_LIBRARY = re.compile(r"carrywell_add_core_library\((\w+)(.*?)\)", re.S)
SUBDIRECTORY = re.compile(r"^\s*add_subdirectory\((\w+)\)", re.M)
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
MODEL = re.compile(r"class\s+(\w+)\s*(?:final\s*)?:\s*public\s+QAbstract(?:List|Table|Item)Model\b")
LAYER_PREFIXES = ("core/", "ui/", "shell/", "cli/")
KIND_FOLDERS = ("pages", "dialogs", "models")


def read_layers(source_dir):
    """(order, links) from core/: the folders lowest first, and for each the
    carrywell_ and Qt libraries its CMakeLists.txt links."""
    order = SUBDIRECTORY.findall((source_dir / "core/CMakeLists.txt").read_text())
    links = {}
    for folder in order:
        text = (source_dir / "core" / folder / "CMakeLists.txt").read_text()
        match = CORE_LIBRARY.search(text)
        if not match or match.group(1) != folder:
            links[folder] = None
            continue
        words = match.group(2).split()
        linked, section = set(), None
        for word in words:
            if word in ("SOURCES", "PUBLIC", "PRIVATE", "PRECOMPILE_QT"):
                section = word
            elif section in ("PUBLIC", "PRIVATE"):
                linked.add(word)
        links[folder] = linked
    return order, links


def closure(folder, links):
    """Every core folder `folder` links, directly or through another."""
    seen, pending = set(), [folder]
    while pending:
        for lib in links.get(pending.pop(), None) or ():
            if lib.startswith("carrywell_"):
                name = lib[len("carrywell_"):]
                if name not in seen:
                    seen.add(name)
                    pending.append(name)
    return seen


def qt_module(header, qt_headers):
    for module in ("QtCore", "QtSql", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts",
                   "QtMultimedia", "QtDBus", "QtTest"):
        if (qt_headers / module / header).is_file():
            return module
    return None


def sources(source_dir, top):
    for path in sorted((source_dir / top).rglob("*")):
        if path.suffix in (".cpp", ".h") and path.is_file():
            yield path, path.relative_to(source_dir).as_posix()


def check_links(order, links):
    problems = []
    for index, folder in enumerate(order):
        if links[folder] is None:
            problems.append(f"core/{folder}/CMakeLists.txt: link-order: no "
                            f"carrywell_add_core_library({folder} ...)")
            continue
        below = set(order[:index])
        for lib in sorted(links[folder]):
            name = lib[len("carrywell_"):] if lib.startswith("carrywell_") else None
            if name is not None and name not in below:
                problems.append(f"core/{folder}/CMakeLists.txt: link-order: links {lib}, "
                                f"which is not below {folder} in core/CMakeLists.txt")
    return problems


def check_core_file(relative, text, links, qt_headers):
    folder = relative.split("/")[1]
    allowed = closure(folder, links) | {folder}
    has_sql = "Qt6::Sql" in (links.get(folder) or ()) or any(
        "Qt6::Sql" in (links.get(f) or ()) for f in closure(folder, links))
    problems = []
    for kind, header in INCLUDE.findall(text):
        if kind == '"':
            if header.startswith(("ui/", "shell/", "cli/")):
                problems.append(f"{relative}: gui-in-core: includes {header}")
            elif header.startswith("core/"):
                target = header.split("/")[1]
                if target not in allowed:
                    problems.append(f"{relative}: include-layer: includes {header}, but "
                                    f"carrywell_{folder} does not link carrywell_{target}")
            elif not header.endswith(".moc"):
                problems.append(f"{relative}: unprefixed: #include \"{header}\"")
            continue
        module = qt_module(header, qt_headers)
        if module in ("QtGui", "QtWidgets", "QtPrintSupport", "QtCharts", "QtMultimedia"):
            problems.append(f"{relative}: gui-in-core: includes <{header}> ({module})")
        elif module == "QtSql" and not has_sql:
            problems.append(f"{relative}: sql-outside: includes <{header}>, but "
                            f"carrywell_{folder} does not link Qt6::Sql")
    return problems


def check_app_file(relative, text):
    problems = []
    in_ui = relative.startswith("ui/")
    for kind, header in INCLUDE.findall(text):
        if kind != '"' or header.endswith(".moc") or re.match(r"(ui|moc)_\w+\.h$", header):
            continue
        if not header.startswith(LAYER_PREFIXES):
            problems.append(f"{relative}: unprefixed: #include \"{header}\"")
        elif in_ui and header.startswith(("shell/", "cli/")):
            problems.append(f"{relative}: shell-in-ui: includes {header}")
    if in_ui:
        parts = relative.split("/")
        if len(parts) == 2:
            problems.append(f"{relative}: kind-folder: sources belong in a feature folder")
        elif parts[1] in KIND_FOLDERS:
            problems.append(f"{relative}: kind-folder: {parts[1]}/ sorts by Qt kind; "
                            "put it in its feature's folder")
    return problems


def check_models(source_dir, files):
    tested = set()
    tests = source_dir / "tests"
    for path in tests.rglob("*.cpp") if tests.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        if "QAbstractItemModelTester" in text:
            tested.update(re.findall(r"\b(\w+Model)\b", text))
    problems = []
    for relative, text in files:
        for model in MODEL.findall(text):
            if model not in tested:
                problems.append(f"{relative}: model-untested: {model} never runs under "
                                "QAbstractItemModelTester in tests/")
    return problems


def scan(source_dir, qt_headers):
    order, links = read_layers(source_dir)
    problems = check_links(order, links)
    files = []
    for top in ("core", "ui", "app"):
        for path, relative in sources(source_dir, top):
            text = path.read_text(encoding="utf-8")
            files.append((relative, text))
            if top == "core":
                problems += check_core_file(relative, text, links, qt_headers)
            else:
                problems += check_app_file(relative, text)
    return problems + check_models(source_dir, files)


def write(root, relative, text):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def self_test(qt_headers):
    """A good tree passes; each fault added to it is found by its rule."""
    good = {
        "core/CMakeLists.txt": "add_subdirectory(common)\nadd_subdirectory(content)\n"
                               "add_subdirectory(journal)\n",
        "core/common/CMakeLists.txt": "carrywell_add_core_library(common\n SOURCES R.h\n)\n",
        "core/content/CMakeLists.txt": "carrywell_add_core_library(content\n SOURCES E.h\n"
                                       " PUBLIC carrywell_common\n)\n",
        "core/journal/CMakeLists.txt": "carrywell_add_core_library(journal\n SOURCES J.h\n"
                                       " PUBLIC carrywell_common Qt6::Sql\n)\n",
        "core/common/R.h": "#include <QString>\n",
        "core/content/E.h": '#include "core/common/R.h"\n#include <QJsonObject>\n',
        "core/journal/J.h": '#include "core/common/R.h"\n#include <QSqlDatabase>\n',
        "ui/journal/Page.h": '#include "core/journal/J.h"\n#include "ui/widgets/W.h"\n'
                                 "class HistoryModel : public QAbstractTableModel\n",
        "app/shell/Run.cpp": '#include "ui/journal/Page.h"\n#include "cli/Line.h"\n',
        "tests/ui/ModelsTest.cpp": "QAbstractItemModelTester t(&HistoryModel);\n",
    }
    faults = {
        "link-order": {"core/common/CMakeLists.txt":
                       "carrywell_add_core_library(common\n SOURCES R.h\n"
                       " PRIVATE carrywell_content\n)\n"},
        "include-layer": {"core/content/E2.h": '#include "core/journal/J.h"\n'},
        "sql-outside": {"core/content/E3.cpp": "#include <QSqlQuery>\n"},
        "gui-in-core": {"core/content/E4.cpp": "#include <QColor>\n"},
        "shell-in-ui": {"ui/journal/Page2.cpp": '#include "shell/Run.h"\n'},
        "unprefixed": {"ui/journal/Page3.cpp": '#include "Page.h"\n'},
        "kind-folder": {"ui/pages/Old.cpp": '#include "ui/journal/Page.h"\n'},
        "model-untested": {"ui/plan/DayModel.h":
                           "class DayModel final : public QAbstractListModel\n"},
    }
    failures = []
    with tempfile.TemporaryDirectory() as temp:
        root = pathlib.Path(temp) / "good"
        for relative, text in good.items():
            write(root, relative, text)
        if found := scan(root, qt_headers):
            failures.append(f"the good tree is flagged: {found}")
        for rule, changes in faults.items():
            root = pathlib.Path(temp) / rule
            for relative, text in {**good, **changes}.items():
                write(root, relative, text)
            if not any(f": {rule}:" in problem for problem in scan(root, qt_headers)):
                failures.append(f"'{rule}' does not find its fault: {changes}")
    return failures


def add_options(parser):
    parser.add_argument("--qt-headers", type=pathlib.Path, required=True,
                        help="Qt's include folder, the one holding QtCore/ and QtGui/")


def read_options(parser, args):
    if not (args.qt_headers / "QtCore" / "QString").is_file():
        parser.error(f"{args.qt_headers} holds no QtCore/QString")
    return {"qt_headers": args.qt_headers}


if __name__ == "__main__":
    sys.exit(source_check.run(__doc__, scan, self_test, add_options, read_options))
