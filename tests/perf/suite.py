"""ShiftMate's benchmark: every figure of the performance issue, measured in one run.

    python -m tests.perf [--quick] [--runs N] [--json] [--no-jrnl]

Builds its own data in a temporary folder (a year of demo data, journals of 10,000 and
100,000 entries, the same 10,000 as a jrnl file), measures each figure several times and
prints a table of medians. Start-up figures are compared with a bare PySide6 window (a
QLabel shown, then quit) measured in the same run, interleaved with ShiftMate's runs so
both see the same machine. Nothing is asserted: the figures are for people to read.

``--quick`` (for CI) uses 10,000 entries for the search figures, three runs and skips
nothing else; ``--smoke`` (for the test suite) uses tiny data and one run, so the
benchmark cannot rot.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT = 120.0

BARE_WINDOW = """\
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

def peak_rss_kb():  # as shiftmate.app._peak_rss_kb measures it
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak

app = QApplication(sys.argv)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            print(f"peak-rss-kb {peak_rss_kb()}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

label = QLabel("ShiftMate start-up floor")
probe = FirstPaint(label)
label.installEventFilter(probe)
label.show()
sys.exit(app.exec())
"""

SIZES = {
    #          demo days, journal for search/typing, CLI journal, runs, GUI runs
    "full": dict(days=365, big=100_000, cli=10_000, runs=7, gui_runs=3),
    "quick": dict(days=365, big=10_000, cli=10_000, runs=3, gui_runs=1),
    "smoke": dict(days=3, big=300, cli=300, runs=1, gui_runs=1),
}
SEARCHES = ["r", "re", "ref", "refu", "refun", "refund", "c", "cu", "cus", "cust", "custo", "customer",
            "manager", "polic", "angry cal", "voucher dis", "zzzz", "shout", "deliv", "calm", "wait q"]


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else None


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


# -- the machine ------------------------------------------------------------------------
def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6  # the PySide6-Essentials wheel has no "PySide6" distribution

        pyside = PySide6.__version__
    except Exception:
        pyside = "?"
    memory = ""
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except Exception:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": memory, "python": platform.python_version(),
            "pyside6": pyside, "system": platform.system(), "load_average": load}


# -- start-up ---------------------------------------------------------------------------
def run_probe(argv: list[str], env: dict) -> dict:
    """Start ``argv`` and note when each probe line arrives (ms since just before Popen)."""
    seen: dict = {}
    with tempfile.TemporaryFile(mode="w+") as stderr:
        start = time.perf_counter()
        with subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr,
                              text=True, env=env, cwd=ROOT) as proc:
            killer = threading.Timer(CHILD_TIMEOUT, proc.kill)
            killer.start()
            try:
                for line in proc.stdout:
                    name, _, value = line.strip().partition(" ")
                    if name in ("first-paint", "today-data", "data-idle"):
                        seen[name] = (time.perf_counter() - start) * 1000
                    elif name in ("peak-rss-kb", "stall-ms"):
                        seen[name] = float(value)
                code = proc.wait()
            finally:
                killer.cancel()
        if code != 0 or "first-paint" not in seen:
            stderr.seek(0)
            raise RuntimeError(f"{argv[1:3]} exited {code} with {sorted(seen)}:\n{stderr.read()[-2000:]}")
    return seen


def compile_bytecode() -> str:
    """Byte-compile ShiftMate (and this benchmark) as ``pip install`` does for an installed app.

    A source checkout run with PYTHONDONTWRITEBYTECODE (or from a read-only tree) would
    otherwise compile every module of ShiftMate on every start, which no installed copy does.
    """
    import compileall

    import shiftmate

    folders = [Path(shiftmate.__file__).parent, Path(__file__).parent]
    ok = all(compileall.compile_dir(str(folder), quiet=1) for folder in folders)
    return "byte-compiled" if ok else "byte-compiling failed (figures include compiling)"


def bench_startup(year: Path, runs: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHIFTMATE_STARTUP_PROBE="today")
    env.pop("SHIFTMATE_DATA_DIR", None)
    commands = {
        "bare": [sys.executable, "-c", BARE_WINDOW],
        "shiftmate": [sys.executable, "-m", "shiftmate", "--data-dir", str(year)],
    }
    samples: dict = {key: [] for key in commands}
    order = list(commands)
    for round_no in range(runs + 1):  # round 0 warms the page cache and is discarded
        for key in order:
            env["SHIFTMATE_INSTANCE_KEY"] = f"shiftmate-bench-{uuid.uuid4().hex[:12]}"
            seen = run_probe(commands[key], env)
            if round_no:
                samples[key].append(seen)
        order.reverse()
    out = {}
    for key, runs_seen in samples.items():
        out[key] = {name: median([s[name] for s in runs_seen if name in s])
                    for name in ("first-paint", "today-data", "data-idle", "peak-rss-kb", "stall-ms")}
        out[key]["samples"] = runs_seen
    return out


# -- the command line against jrnl ------------------------------------------------------
def time_command(argv: list[str], runs: int, env: dict | None = None) -> list[float]:
    times = []
    for round_no in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
                                timeout=CHILD_TIMEOUT)
        elapsed = (time.perf_counter() - start) * 1000
        if result.returncode != 0:
            raise RuntimeError(f"{argv} exited {result.returncode}: {result.stderr[-1000:]}")
        if round_no:
            times.append(elapsed)
    return times


def install_jrnl(folder: Path) -> tuple[Path | None, str]:
    """jrnl in a virtual environment of its own; (None, why) when it cannot be installed."""
    venv = folder / "jrnl-venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=120)
        pip = venv / ("Scripts" if os.name == "nt" else "bin") / "pip"
        result = subprocess.run([str(pip), "install", "--quiet", "--disable-pip-version-check", "jrnl"],
                                capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not make a virtual environment for jrnl ({exc})"
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        return None, f"pip could not install jrnl (is the package registry reachable?): {last}"
    jrnl = venv / ("Scripts" if os.name == "nt" else "bin") / "jrnl"
    return jrnl, ""


def bench_cli(folder: Path, entries: list, runs: int, with_jrnl: bool) -> dict:
    from tests.perf import datasets

    data = folder / "cli-journal"
    out: dict = {"entries": len(entries), "word": datasets.MARKER_WORD}
    shiftmate = [sys.executable, "-m", "shiftmate", "--data-dir", str(data), "journal", "search",
                 datasets.MARKER_WORD, "--limit", str(len(entries))]
    env = dict(os.environ)
    env.pop("SHIFTMATE_DATA_DIR", None)
    out["shiftmate_ms"] = median(time_command(shiftmate, runs, env))
    matches = subprocess.run(shiftmate, capture_output=True, text=True, cwd=ROOT, env=env).stdout.count("\n")
    out["matches"] = matches
    if not with_jrnl:
        out["jrnl_skipped"] = "not asked for (--no-jrnl)"
        return out
    jrnl, why = install_jrnl(folder)
    if jrnl is None:
        out["jrnl_skipped"] = why
        return out
    journal_file, config = folder / "jrnl.txt", folder / "jrnl.yaml"
    datasets.jrnl_journal(entries, journal_file)
    datasets.jrnl_config(journal_file, config)
    jrnl_env = dict(os.environ, HOME=str(folder), XDG_CONFIG_HOME=str(folder / "xdg"))
    argv = [str(jrnl), "--config-file", str(config), "-contains", datasets.MARKER_WORD]
    try:
        out["jrnl_ms"] = median(time_command(argv, runs, jrnl_env))
    except (RuntimeError, subprocess.SubprocessError) as exc:
        out["jrnl_skipped"] = f"jrnl did not run: {exc}"
        return out
    printed = subprocess.run(argv, capture_output=True, text=True, env=jrnl_env).stdout
    out["jrnl_matches"] = printed.count(datasets.MARKER_WORD)
    return out


# -- search in-process ------------------------------------------------------------------
def bench_search(data: Path, rounds: int) -> dict:
    from shiftmate.core.journal.search import COUNT_CAP, JournalFilter, count_entries, list_page
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.core.storage.store import Store

    store = Store.open(DataLocation(data))
    try:
        entries = store.db.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
        page, both = [], []
        for _ in range(rounds):
            for query in SEARCHES:
                flt = JournalFilter(query=query)
                t0 = time.perf_counter()
                list_page(store, flt)
                t1 = time.perf_counter()
                count_entries(store, flt, cap=COUNT_CAP)
                t2 = time.perf_counter()
                page.append((t1 - t0) * 1000)
                both.append((t2 - t0) * 1000)
    finally:
        store.close()
    return {"entries": entries, "searches": len(page),
            "page_median_ms": median(page), "page_p95_ms": percentile(page, 0.95),
            "with_count_median_ms": median(both), "with_count_p95_ms": percentile(both, 0.95)}


# -- GUI stalls -------------------------------------------------------------------------
def bench_stalls(year: Path, big: Path, scratch: Path, runs: int) -> dict:
    results: dict = {"screens": [], "typing": []}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SHIFTMATE_DATA_DIR", None)
    for run in range(runs):
        for phase, source in (("screens", year), ("typing", big)):
            copy = scratch / f"{phase}-{run}"
            shutil.copytree(source, copy)  # the screens phase writes; keep the source as it was
            env["SHIFTMATE_INSTANCE_KEY"] = f"shiftmate-bench-{uuid.uuid4().hex[:12]}"
            result = subprocess.run([sys.executable, "-m", "tests.perf.gui_stalls", phase, str(copy)],
                                    capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
            if result.returncode != 0:
                raise RuntimeError(f"gui_stalls {phase} exited {result.returncode}: {result.stderr[-2000:]}")
            results[phase].append(json.loads(result.stdout.strip().splitlines()[-1]))
            shutil.rmtree(copy, ignore_errors=True)
    screens = results["screens"]
    open_worst = [max(r["open"].values()) for r in screens]
    per_screen = {key: median([r["open"][key] for r in screens]) for key in screens[0]["open"]}
    periods = {key: median([r["insights_period"][key] for r in screens]) for key in screens[0]["insights_period"]}
    return {
        "typing_ms": median([r["typing"] for r in results["typing"]]),
        "typing_rows": results["typing"][-1]["rows_shown"],
        "open_screens_worst_ms": median(open_worst),
        "open_screen_ms": per_screen,
        "insights_period_ms": periods,
        "save_ms": median([r["save_journal_entry"] for r in screens]),
        "runs": runs,
    }


# -- the table --------------------------------------------------------------------------
def ms(value) -> str:
    return "—" if value is None else f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "met" if ok else "NOT MET"


def table(fig: dict) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    st, bare = fig["startup"]["shiftmate"], fig["startup"]["bare"]
    floor = bare["first-paint"]
    paint_ratio = st["first-paint"] / floor
    rows.append(("process start → first painted window (1 year of demo data)", ms(floor), ms(st["first-paint"]),
                 f"{paint_ratio:.2f}×", "≤ 1.5×", verdict(paint_ratio <= 1.5)))
    if st["today-data"] is not None:
        ratio = st["today-data"] / floor
        rows.append(("process start → Today shows real data", ms(floor), ms(st["today-data"]),
                     f"{ratio:.2f}×", "≤ 2.5×", verdict(ratio <= 2.5)))
    if st.get("data-idle") is not None:
        rows.append(("  … every query queued at start answered", ms(floor), ms(st["data-idle"]),
                     f"{st['data-idle'] / floor:.2f}×", "—", ""))
    rss_ratio = st["peak-rss-kb"] / bare["peak-rss-kb"]
    rows.append(("peak memory (RSS) at that point", f"{bare['peak-rss-kb'] / 1024:.0f} MB",
                 f"{st['peak-rss-kb'] / 1024:.0f} MB", f"{rss_ratio:.2f}×", "≤ 2×", verdict(rss_ratio <= 2)))
    cli = fig["cli"]
    label = f"CLI `journal search` over {cli['entries']:,} entries, whole process"
    if "jrnl_ms" in cli:
        speedup = cli["jrnl_ms"] / cli["shiftmate_ms"]
        rows.append((label, f"jrnl {ms(cli['jrnl_ms'])}", ms(cli["shiftmate_ms"]), f"{speedup:.1f}× faster",
                     "≥ 5× faster", verdict(speedup >= 5)))
    else:
        rows.append((label, "jrnl skipped", ms(cli["shiftmate_ms"]), "—", "≥ 5× faster", "n/a"))
    se = fig["search"]
    ok = se["page_median_ms"] <= 20 and se["page_p95_ms"] <= 40
    rows.append((f"journal search over {se['entries']:,} entries, in-process (first page)", "—",
                 f"{ms(se['page_median_ms'])} / p95 {ms(se['page_p95_ms'])}", "—", "≤ 20 / 40 ms", verdict(ok)))
    rows.append(("  … with the match count the list shows", "—",
                 f"{ms(se['with_count_median_ms'])} / p95 {ms(se['with_count_p95_ms'])}", "—", "—", ""))
    gs = fig["stalls"]
    worst_open = max(gs["open_screen_ms"], key=gs["open_screen_ms"].get)
    period_worst = max(gs["insights_period_ms"].values())
    stalls = [
        ("longest GUI stall: start (loop start → 1 s after the last start-up query)", st["stall-ms"]),
        (f"longest GUI stall: search as you type, {se['entries']:,} entries", gs["typing_ms"]),
        (f"longest GUI stall: opening every screen (worst: {worst_open})", gs["open_screens_worst_ms"]),
        ("longest GUI stall: switching Insights periods", period_worst),
        ("longest GUI stall: saving a journal entry", gs["save_ms"]),
    ]
    for name, value in stalls:
        rows.append((name, "—", ms(value), "—", "≤ 50 ms", verdict(None if value is None else value <= 50)))
    return rows


def print_report(fig: dict) -> None:
    m = fig["machine"]
    print(f"ShiftMate benchmark ({fig['size']}; medians of {fig['runs']} runs, GUI stalls of "
          f"{fig['stalls']['runs']}) on {m['cpus']} × {m['cpu']}, {m['memory']}, {m['system']}, Python "
          f"{m['python']}, PySide6 {m['pyside6']}, load average {m['load_average']:.2f} at start")
    rows = [("figure", "floor / other", "ShiftMate", "ratio", "target", "")] + table(fig)
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for number, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))
    cli = fig["cli"]
    if "jrnl_skipped" in cli:
        print(f"jrnl comparison skipped: {cli['jrnl_skipped']}")
    else:
        print(f"CLI search for {cli['word']!r}: ShiftMate printed {cli['matches']} entries, jrnl "
              f"{cli['jrnl_matches']}")
    gs = fig["stalls"]
    print("opening each screen (longest stall): "
          + ", ".join(f"{k} {ms(v)}" for k, v in gs["open_screen_ms"].items()))
    print("Insights period switch (longest stall): "
          + ", ".join(f"{k} {ms(v)}" for k, v in gs["insights_period_ms"].items()))
    print(f"data: {fig['data']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller journal and 3 runs (for CI)")
    parser.add_argument("--smoke", action="store_true", help="tiny data, one run (for the test suite)")
    parser.add_argument("--runs", type=int, help="measured start-up and CLI runs (default 7, quick 3)")
    parser.add_argument("--no-jrnl", action="store_true", help="skip the jrnl comparison")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args(argv)
    size = "smoke" if args.smoke else "quick" if args.quick else "full"
    sizes = dict(SIZES[size])
    if args.runs:
        sizes["runs"] = max(1, args.runs)
    sys.path.insert(0, str(ROOT))
    fig: dict = {"size": size, "runs": sizes["runs"], "machine": machine()}
    with tempfile.TemporaryDirectory(prefix="shiftmate-perf-") as tmp:
        folder = Path(tmp)
        from tests.perf import datasets

        notes = []
        t0 = time.perf_counter()
        say(f"building data: demo data for {sizes['days']} days …")
        datasets.demo_data(folder / "year", sizes["days"])
        notes.append(f"demo data {sizes['days']} days in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        say(f"building data: a journal of {sizes['cli']:,} entries …")
        cli_entries = datasets.journal(folder / "cli-journal", sizes["cli"])
        notes.append(f"{sizes['cli']:,} journal entries in {time.perf_counter() - t0:.1f} s")
        if sizes["big"] == sizes["cli"]:
            big = folder / "cli-journal"
        else:
            t0 = time.perf_counter()
            say(f"building data: a journal of {sizes['big']:,} entries …")
            big = folder / "big-journal"
            datasets.journal(big, sizes["big"])
            notes.append(f"{sizes['big']:,} journal entries in {time.perf_counter() - t0:.1f} s")
        notes.append(compile_bytecode())
        fig["data"] = "; ".join(notes)
        say("measuring start-up against the bare window …")
        fig["startup"] = bench_startup(folder / "year", sizes["runs"])
        say("measuring the command line" + ("" if args.no_jrnl else " and jrnl (installing it first)") + " …")
        fig["cli"] = bench_cli(folder, cli_entries, sizes["runs"], not args.no_jrnl)
        say("measuring search in-process …")
        fig["search"] = bench_search(big, 1 if size == "smoke" else 5)
        say("measuring GUI stalls …")
        scratch = folder / "scratch"
        scratch.mkdir()
        fig["stalls"] = bench_stalls(folder / "year", big, scratch, sizes["gui_runs"])
    if args.json:
        print(json.dumps(fig, indent=2, default=str))
    else:
        print_report(fig)
    return 0
