#!/usr/bin/env python3
"""Runs every Carrywell benchmark side by side with its floor and prints one
table (see docs/performance.md). Started by bench/run-all.sh after a Release
build; only the Python standard library is used.

  run_all.py --build-dir build/bench [--runs N] [--cue-seconds S] [--quick]

Each figure is measured in the same run as its floor, the runs of the two
interleaved so that a change in the machine's load hits both alike:

  startup    process start -> first pixels of the window, under one private
             Xvfb, measured from outside by first_paint (X DAMAGE), Carrywell
             on a ten-year data folder against bench/empty_window
  memory     peak RSS (VmHWM) once settled after startup, and after opening
             every page with Ctrl+2..5, Ctrl+1; floor: empty_window's
  journal    each journal-page step (journal_scale_bench, real widgets)
             against the same SQL, recorded from that step, run by the
             sqlite3 shell on the same file
  plan PDF   carrywell --print-plan, a whole process, against empty_window
             --quit-after-paint, a whole process
  cues       cue_timing_bench over real-time sessions with a busy thread on
             the other core: one run straight through, one paused every 20 s
             for 1-5 s as a parent would
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGETS = {
    "startup": 1.5,
    "memory": 2.0,
    "journal": 2.0,
    "plan": 3.0,
    "cue_p99_ms": 5.0,
}

# Ctrl+2 Journal, Ctrl+3 Plan, Ctrl+4 Session, Ctrl+5 Learn, Ctrl+1 Library.
PAGE_KEYS = ["ctrl+2", "ctrl+3", "ctrl+4", "ctrl+5", "ctrl+1"]
PAGE_NAMES = ["Journal", "Plan", "Session", "Learn", "Library"]

JOURNAL_STEPS = [
    ("open-page", "Open the journal page (last 4 weeks), painted"),
    ("range-12-months", "Change the range to the last 12 months, charts redrawn"),
    ("range-everything", "Change the range to everything (10 years), charts redrawn"),
    ("redraw-everything", "Redraw the charts after a journal change (10 years shown)"),
    ("history-everything", "History table over 10 years, read and painted"),
    ("export-csv", "CSV export of everything (check-ins and sessions files)"),
]


def log(message):
    print(message, file=sys.stderr, flush=True)


def fail(message):
    log("run-all: " + message)
    sys.exit(1)


def spread(values):
    """Median with min and max, as text."""
    return "%.1f (%.1f–%.1f)" % (statistics.median(values), min(values), max(values))


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        total_kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read()).group(1))
    qt = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"],
                        capture_output=True, text=True).stdout.strip() or "unknown"
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True,
                            text=True).stdout.split(" ")[0]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commit = subprocess.run(["git", "-C", repo, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    if subprocess.run(["git", "-C", repo, "status", "--porcelain", "--", "app", "core",
                       "resources", "CMakeLists.txt"],
                      capture_output=True, text=True).stdout.strip():
        commit += " with uncommitted changes in the program"
    return {
        "commit": commit,
        "cpu": model,
        "cores": os.cpu_count(),
        "ram": "%.1f GiB" % (total_kb / 1024 / 1024),
        "kernel": platform.release(),
        "qt": qt,
        "sqlite": sqlite,
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


class Xvfb:
    """One private X server for every windowed run."""

    def __init__(self):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=[write], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            fail("Xvfb did not start")
        self.display = ":" + number

    def stop(self):
        self.process.terminate()
        self.process.wait()


class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build_dir)
        self.bin = lambda name: os.path.join(self.build, "bench", name)
        self.carrywell = os.path.join(self.build, "app", "carrywell")
        for path in (self.carrywell, self.bin("first_paint"), self.bin("empty_window")):
            if not os.access(path, os.X_OK):
                fail("%s is missing: build with -DCARRYWELL_BUILD_BENCH=ON" % path)
        if not shutil.which("sqlite3"):
            fail("the sqlite3 shell is missing (apt install sqlite3)")
        self.work = os.path.join(self.build, "bench-run")
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        self.data = os.path.join(self.work, "data")
        self.runtime = tempfile.mkdtemp(prefix="carrywell-bench-")
        os.chmod(self.runtime, 0o700)
        self.env = dict(os.environ)
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env["XDG_RUNTIME_DIR"] = self.runtime
        self.results = {}

    # -- helpers -------------------------------------------------------------

    def make_data(self):
        log("Making a ten-year data folder in %s" % self.data)
        made = subprocess.run([self.bin("make_bench_data"), self.data], env=self.env,
                              capture_output=True, text=True)
        if made.returncode != 0:
            fail(made.stderr)
        self.results["data"] = made.stdout.strip().splitlines()[0]
        log("  " + self.results["data"])
        self.journal_file = os.path.join(self.data, "journal.sqlite")
        self.settings = os.path.join(self.data, "settings.ini")
        shutil.copy(self.settings, self.settings + ".bench")

    def fresh_settings(self):
        # Every run starts as the same user: same page, same window size.
        shutil.copy(self.settings + ".bench", self.settings)

    def first_paint(self, program, keys=None, settle=1000):
        command = [self.bin("first_paint"), "--settle", str(settle)]
        if keys:
            command += ["--keys", " ".join(keys)]
        command += ["--"] + program
        run = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            fail("first_paint %s: %s" % (" ".join(program), run.stderr.strip()))
        values = {}
        for pair in run.stdout.split():
            key, value = pair.split("=")
            values[key] = float(value)
        return values

    def carrywell_window(self):
        self.fresh_settings()
        return [self.carrywell, "--data-dir", self.data]

    def wall(self, command, stdin_text=None, env=None):
        start = time.perf_counter()
        run = subprocess.run(command, input=stdin_text, env=env or self.env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = (time.perf_counter() - start) * 1000
        if run.returncode != 0:
            fail("%s failed: %s" % (" ".join(command), run.stderr.decode(errors="replace")))
        return elapsed

    # -- benchmarks ----------------------------------------------------------

    def startup_and_memory(self):
        runs = self.args.runs
        log("Startup: %d runs each, interleaved, under Xvfb %s (load %s)"
            % (runs, self.env["DISPLAY"], load()))
        empty_program = [self.bin("empty_window")]
        for _ in range(2):  # warm the page cache and fontconfig's cache, not timed
            self.first_paint(empty_program)
            self.first_paint(self.carrywell_window())
        empty, carrywell = [], []
        for i in range(runs):
            pair = [("empty", empty_program), ("carrywell", None)]
            if i % 2:
                pair.reverse()
            for name, program in pair:
                if name == "empty":
                    empty.append(self.first_paint(program))
                else:
                    carrywell.append(self.first_paint(self.carrywell_window()))
        self.results["startup"] = {"empty": empty, "carrywell": carrywell}
        log("  empty window: paint %s ms;  carrywell: paint %s ms"
            % (spread([r["paint_ms"] for r in empty]), spread([r["paint_ms"] for r in carrywell])))

        page_runs = max(3, runs // 4)
        log("Memory: every page opened, %d runs" % page_runs)
        pages = [self.first_paint(self.carrywell_window(), keys=PAGE_KEYS, settle=700)
                 for _ in range(page_runs)]
        self.results["pages"] = pages

    def journal_scale(self):
        runs = self.args.runs
        sql_dir = os.path.join(self.work, "sql")
        log("Journal scale: %d runs per step, each Carrywell run followed by a sqlite3 run"
            " (load %s)" % (runs, load()))
        bench = subprocess.Popen([self.bin("journal_scale_bench"), "--data-dir", self.data,
                                  "--sql-dir", sql_dir, "--serve"],
                                 env=dict(self.env, QT_QPA_PLATFORM="offscreen"),
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True, bufsize=1)
        if bench.stdout.readline().strip() != "ready":
            fail("journal_scale_bench did not start")

        def ask(command):
            bench.stdin.write(command + "\n")
            bench.stdin.flush()
            answer = bench.stdout.readline().strip()
            if not answer or answer == "error":
                fail("journal_scale_bench: no answer to " + command)
            return float(answer)

        steps = {}
        for step, _ in JOURNAL_STEPS:
            with open(os.path.join(sql_dir, step + ".sql")) as sql:
                script = sql.read()
            csv = os.path.join(self.work, "sqlite3-export.csv") if step == "export-csv" else None
            ours, qt_sql, floor = [], [], []
            ask("time " + step)  # once more before timing: caches and lazy set-up
            for _ in range(runs):
                ours.append(ask("time " + step))
                qt_sql.append(ask("sql " + step))
                floor.append(self.sqlite3_time(script, csv))
            steps[step] = {"carrywell": statistics.median(ours), "min": min(ours),
                           "max": max(ours), "qt_sql": statistics.median(qt_sql),
                           "sqlite3": statistics.median(floor),
                           "sqlite3_min": min(floor), "sqlite3_max": max(floor),
                           "statements": script.count(";\n")}
            log("  %-20s carrywell %8.2f ms   (Qt SQL %7.2f ms)   sqlite3 %8.2f ms   (%d statements)"
                % (step, steps[step]["carrywell"], steps[step]["qt_sql"], steps[step]["sqlite3"],
                   steps[step]["statements"]))
        bench.stdin.close()
        bench.wait()
        self.results["journal"] = steps

    def sqlite3_time(self, script, csv_out):
        """Milliseconds for the sqlite3 shell to run `script` once on a warm
        connection: one process runs it once, another reps+1 times; the
        difference over reps leaves out process start, opening the file and
        reading the schema (Carrywell's journal is open already)."""
        if csv_out:
            prefix = ".bail on\n.mode csv\n.headers on\n.output %s\n" % csv_out
        else:
            prefix = ".bail on\n.output /dev/null\n"
        reps = 10
        command = ["sqlite3", "-readonly", self.journal_file]
        once = (prefix + script).encode()
        many = (prefix + script * (reps + 1)).encode()
        return (self.wall(command, many) - self.wall(command, once)) / reps

    def plan_pdf(self):
        runs = self.args.runs
        pdf = os.path.join(self.work, "plan.pdf")
        plan = [self.carrywell, "--print-plan", pdf, "--data-dir", self.data]
        empty = [self.bin("empty_window"), "--quit-after-paint"]
        log("Plan PDF: %d runs each, interleaved (load %s)" % (runs, load()))
        self.wall(plan)  # makes and saves this week's plan once, as Make my week does
        self.wall(empty)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout \
            if shutil.which("pdfinfo") else ""
        pages = re.search(r"Pages:\s+(\d+)", info)
        carrywell_times, empty_times = [], []
        for i in range(runs):
            if i % 2:
                empty_times.append(self.wall(empty))
                carrywell_times.append(self.wall(plan))
            else:
                carrywell_times.append(self.wall(plan))
                empty_times.append(self.wall(empty))
        self.results["plan"] = {"carrywell": carrywell_times, "empty": empty_times,
                                "pages": pages.group(1) if pages else "?"}
        log("  --print-plan %s ms;  empty window start-to-exit %s ms"
            % (spread(carrywell_times), spread(empty_times)))

    def cues(self):
        seconds = self.args.cue_seconds
        self.results["cues"] = {}
        for name, extra in (("steady", []), ("paused", ["--pause-every", "20"])):
            log("Cue timing: %d s real-time session, 1 busy thread%s (load %s)"
                % (seconds, ", a pause every 20 s" if extra else "", load()))
            run = subprocess.run([self.bin("cue_timing_bench"), str(seconds), "--busy", "1"]
                                 + extra, env=dict(self.env, QT_QPA_PLATFORM="offscreen"),
                                 capture_output=True, text=True)
            if run.returncode != 0:
                fail("cue_timing_bench: " + run.stdout + run.stderr)
            values = {}
            for line in run.stdout.splitlines():
                if line.startswith("result\t"):
                    for pair in line.split("\t")[1:]:
                        key, value = pair.split("=")
                        values[key] = float(value)
                else:
                    log("  " + line)
            self.results["cues"][name] = values

    # -- report --------------------------------------------------------------

    def table(self):
        rows = []

        def row(name, ours, floor, ratio, target, met):
            rows.append("| %s | %s | %s | %s | %s | %s |"
                        % (name, ours, floor, ratio, target, "yes" if met else "**no**"))

        empty = self.results["startup"]["empty"]
        ours = self.results["startup"]["carrywell"]
        e_paint = statistics.median(r["paint_ms"] for r in empty)
        c_paint = statistics.median(r["paint_ms"] for r in ours)
        ratio = c_paint / e_paint
        row("Startup: process start → first paint (ms, median of %d; min–max)" % len(ours),
            spread([r["paint_ms"] for r in ours]), spread([r["paint_ms"] for r in empty]),
            "%.2f×" % ratio, "≤ %.1f×" % TARGETS["startup"], ratio <= TARGETS["startup"])
        c_settled = statistics.median(r["settled_ms"] for r in ours)
        e_settled = statistics.median(r["settled_ms"] for r in empty)
        rows.append("| Startup: process start → last drawing before 1 s of calm (ms) | %.1f | %.1f"
                    " | %.2f× | – | – |" % (c_settled, e_settled, c_settled / e_settled))

        e_hwm = statistics.median(r["hwm_kb"] for r in empty) / 1024
        c_hwm = statistics.median(r["hwm_kb"] for r in ours) / 1024
        ratio = c_hwm / e_hwm
        row("Memory: peak RSS after startup (MiB)", "%.1f" % c_hwm, "%.1f" % e_hwm,
            "%.2f×" % ratio, "≤ %.1f×" % TARGETS["memory"], ratio <= TARGETS["memory"])
        pages = self.results["pages"]
        p_hwm = statistics.median(r["pages_hwm_kb"] for r in pages) / 1024
        rows.append("| Memory: peak RSS after opening every page (MiB) | %.1f | %.1f | %.2f× | – | – |"
                    % (p_hwm, e_hwm, p_hwm / e_hwm))

        journal = self.results["journal"]
        for step, title in JOURNAL_STEPS:
            values = journal[step]
            ratio = values["carrywell"] / values["sqlite3"]
            row("Journal, 10 years: %s (ms; %d statements)" % (title, values["statements"]),
                "%.2f" % values["carrywell"], "%.2f" % values["sqlite3"], "%.2f×" % ratio,
                "≤ %.1f×" % TARGETS["journal"], ratio <= TARGETS["journal"])

        plan = self.results["plan"]
        c_plan = statistics.median(plan["carrywell"])
        e_plan = statistics.median(plan["empty"])
        ratio = c_plan / e_plan
        row("Plan PDF: `--print-plan`, whole process (ms, %s page(s))" % plan["pages"],
            spread(plan["carrywell"]), spread(plan["empty"]), "%.2f×" % ratio,
            "≤ %.1f×" % TARGETS["plan"], ratio <= TARGETS["plan"])

        for name, title in (("steady", "a session run straight through"),
                            ("paused", "paused every 20 s for 1–5 s")):
            cues = self.results["cues"][name]
            row("Cue timing, other core busy, %s: p99 lateness (ms; p50 %.2f, max %.2f, %d cues)"
                % (title, cues["p50"], cues["max"], cues["cues"]),
                "%.2f" % cues["p99"], "0 (planned time)", "–",
                "< %.0f ms" % TARGETS["cue_p99_ms"], cues["p99"] < TARGETS["cue_p99_ms"])
            # No cumulative drift: the slope of lateness over the session is
            # not told apart from zero (within two standard errors), or is
            # under 0.5 ms a minute (30 ms over an hour).
            drift, error = cues["drift_ms_per_min"], cues["drift_se"]
            row("Cue timing, %s: drift, slope of lateness (ms per minute ± s.e.; median"
                " lateness first quarter %.2f, last quarter %.2f)"
                % (title, cues["first_quarter"], cues["last_quarter"]),
                "%+.3f ± %.3f" % (drift, error), "0", "–", "no cumulative drift",
                abs(drift) <= max(2 * error, 0.5))

        lines = ["| Benchmark | Carrywell | Floor | Ratio | Target | Met? |",
                 "| --- | --- | --- | --- | --- | --- |"] + rows
        return "\n".join(lines)

    def journal_table(self):
        lines = ["| Journal step, 10 years (ms, median of %d) | Carrywell (min–max) | the same SQL"
                 " through Qt SQL | sqlite3 shell, same SQL (min–max) | statements |"
                 % self.args.runs,
                 "| --- | --- | --- | --- | --- |"]
        for step, title in JOURNAL_STEPS:
            v = self.results["journal"][step]
            lines.append("| %s | %.2f (%.2f–%.2f) | %.2f | %.2f (%.2f–%.2f) | %d |"
                         % (title, v["carrywell"], v["min"], v["max"], v["qt_sql"], v["sqlite3"],
                            v["sqlite3_min"], v["sqlite3_max"], v["statements"]))
        return "\n".join(lines)

    def page_table(self):
        pages = self.results["pages"]
        lines = ["| Page (key), in this order | key → first drawing (ms, median of %d; min–max)"
                 " | key → last drawing | peak RSS after (MiB) |" % len(pages),
                 "| --- | --- | --- | --- |"]

        def values(key):
            found = [r[key] for r in pages if key in r]
            return [v for v in found if v == v]  # nan: no drawing seen

        for i, name in enumerate(PAGE_NAMES):
            first = values("key%d_ms" % (i + 1))
            last = values("key%d_settled_ms" % (i + 1))
            hwm = values("key%d_hwm_kb" % (i + 1))
            lines.append("| %s (%s) | %s | %s | %s |"
                         % (name, PAGE_KEYS[i].replace("ctrl", "Ctrl"),
                            spread(first) if first else "none seen",
                            "%.1f" % statistics.median(last) if last else "–",
                            "%.1f" % (statistics.median(hwm) / 1024) if hwm else "–"))
        return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--runs", type=int, default=15,
                        help="runs of each timed program or step (default 15)")
    parser.add_argument("--cue-seconds", type=int, default=120,
                        help="length of each real-time session (default 120)")
    parser.add_argument("--quick", action="store_true",
                        help="a fast check of the whole command: 3 runs, 20 s of cues")
    parser.add_argument("--output", help="also write the report (markdown) to this file")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.cue_seconds = 3, 20

    bench = Bench(args)
    facts = machine()
    load_before = load()
    log("Carrywell benchmarks on %s, %s cores, %s RAM; load %s"
        % (facts["cpu"], facts["cores"], facts["ram"], load_before))
    bench.make_data()
    xvfb = Xvfb()
    bench.env["DISPLAY"] = xvfb.display
    try:
        bench.startup_and_memory()
        bench.journal_scale()
        bench.plan_pdf()
    finally:
        xvfb.stop()
    bench.cues()
    shutil.rmtree(bench.runtime, ignore_errors=True)

    report = "\n".join([
        "Machine: %s, %s cores, %s RAM; Linux %s; Qt %s; SQLite %s"
        % (facts["cpu"], facts["cores"], facts["ram"], facts["kernel"], facts["qt"],
           facts["sqlite"]),
        "Date: %s; load average (1, 5, 15 min) before %s, after %s"
        % (facts["date"], load_before, load()),
        "Carrywell: commit %s, Release build" % facts["commit"],
        "Data: %s" % bench.results["data"],
        "",
        bench.table(),
        "",
        bench.journal_table(),
        "",
        bench.page_table(),
        "",
    ])
    print(report)
    if args.output:
        with open(args.output, "w") as out:
            out.write(report)


if __name__ == "__main__":
    main()
