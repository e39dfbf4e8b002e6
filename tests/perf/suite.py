"""ShiftMate's benchmark: every figure of the performance issue, measured in one run.

    python -m tests.perf [--quick | --slow] [--runs N] [--json] [--no-jrnl] [--bundle DIR]

Builds its own data in a temporary folder (a year of demo data, journals of 10,000 and
100,000 entries, the same 10,000 as a jrnl file), measures each figure several times and
prints a table of medians. Start-up figures are compared with a bare PySide6 window (a
QLabel shown, then quit) measured in the same run, interleaved with ShiftMate's runs so
both see the same machine. Nothing is asserted: the figures are for people to read.

``--quick`` (for CI) uses 10,000 entries for the search figures, three runs and skips
nothing else; ``--smoke`` (for the test suite) uses tiny data and one run, so the
benchmark cannot rot. ``--slow`` measures an old laptop: every measured process, the bare
window too, shares one core with a busy loop (tests/perf/slow.py); the stall target is then
100 ms instead of 50. It can be combined with ``--quick`` or ``--smoke``.

Long runs: a 12-hour shift on a fake clock (memory growth, live timers and connections,
tests/perf/longrun.py) and the CPU an idle window costs during a shift. The built bundle
(``--bundle``, default dist/ShiftMate when it exists) is compared with the pip install's
start-up in the same run, warm and, where the page cache can be dropped (root on Linux),
cold.
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
# Set by main(): what each measured child runs under (None, or slow mode's pinning).
PREEXEC = None
STALL_TARGET_MS = {"normal": 50, "slow": 100}

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
    # demo days, journal for search/typing, CLI journal, runs, GUI runs, fake shift hours, idle seconds
    "full": dict(days=365, big=100_000, cli=10_000, runs=7, gui_runs=3, hours=12, idle_s=30),
    "quick": dict(days=365, big=10_000, cli=10_000, runs=3, gui_runs=1, hours=12, idle_s=10),
    "smoke": dict(days=3, big=300, cli=300, runs=1, gui_runs=1, hours=1.5, idle_s=1),
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
                              text=True, env=env, cwd=ROOT, preexec_fn=PREEXEC) as proc:
            killer = threading.Timer(CHILD_TIMEOUT, proc.kill)
            killer.start()
            try:
                for line in proc.stdout:
                    name, _, value = line.strip().partition(" ")
                    if name in ("first-paint", "today-data", "data-idle"):
                        seen[name] = (time.perf_counter() - start) * 1000
                    elif name in ("peak-rss-kb", "settled-rss-kb", "stall-ms"):
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
                    for name in ("first-paint", "today-data", "data-idle", "peak-rss-kb", "settled-rss-kb",
                                 "stall-ms")}
        out[key]["samples"] = runs_seen
    return out


# -- the command line against jrnl ------------------------------------------------------
def time_command(argv: list[str], runs: int, env: dict | None = None) -> list[float]:
    times = []
    for round_no in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
                                timeout=CHILD_TIMEOUT, preexec_fn=PREEXEC)
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
def run_phase(module: str, args: list[str], timeout: float = 900) -> dict:
    """``python -m module args…`` (a measured child) and the JSON object it prints last."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               SHIFTMATE_INSTANCE_KEY=f"shiftmate-bench-{uuid.uuid4().hex[:12]}")
    env.pop("SHIFTMATE_DATA_DIR", None)
    result = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=timeout, stdin=subprocess.DEVNULL, preexec_fn=PREEXEC)
    if result.returncode != 0:
        raise RuntimeError(f"{module} {args[0]} exited {result.returncode}: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_stalls(year: Path, big: Path, scratch: Path, runs: int) -> dict:
    results: dict = {"screens": [], "typing": [], "dialogs": []}
    for run in range(runs):
        for phase, source in (("screens", year), ("typing", big), ("dialogs", year)):
            copy = scratch / f"{phase}-{run}"
            shutil.copytree(source, copy)  # the screens phase writes; keep the source as it was
            results[phase].append(run_phase("tests.perf.gui_stalls", [phase, str(copy)]))
            shutil.rmtree(copy, ignore_errors=True)
    dialogs = results["dialogs"]
    per_dialog = {key: median([r["open"][key] for r in dialogs if key in r["open"]]) for key in dialogs[0]["open"]}
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
        "open_dialog_ms": per_dialog,
        "warm_up_stall_ms": median([r["warm_up"]["stall_ms"] for r in screens if "warm_up" in r]),
        "warm_up_ms": median([r["warm_up"]["ms"] for r in screens if "warm_up" in r]),
        "open_dialogs_worst_ms": median([max(r["open"].values()) for r in dialogs]),
        "runs": runs,
    }


# -- long runs --------------------------------------------------------------------------
def bench_long(year: Path, scratch: Path, hours: float, idle_seconds: float) -> dict:
    shift_copy, idle_copy = scratch / "long-shift", scratch / "long-idle"
    shutil.copytree(year, shift_copy)
    shutil.copytree(year, idle_copy)
    out = {"shift": run_phase("tests.perf.longrun", ["shift", str(shift_copy), "--hours", str(hours)])}
    out["idle"] = run_phase("tests.perf.longrun", ["idle", str(idle_copy), "--seconds", str(idle_seconds)])
    return out


# -- the bundle -------------------------------------------------------------------------
def drop_page_cache() -> bool:
    """Empty the page cache (root on Linux only); False when this machine does not allow it."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as caches:
            caches.write("3\n")
        return True
    except OSError:
        return False


def bench_bundle(bundle: Path, folder: Path, runs: int) -> dict:
    """The bundle's first paint against the pip install's (its `shiftmate` script), interleaved."""
    name = "ShiftMate.exe" if os.name == "nt" else "ShiftMate"
    script = Path(sys.executable).with_name("shiftmate.exe" if os.name == "nt" else "shiftmate")
    commands = {"bundle": [str(bundle / name)],
                "pip": [str(script)] if script.exists() else [sys.executable, "-m", "shiftmate"]}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHIFTMATE_STARTUP_PROBE="1")
    env.pop("SHIFTMATE_DATA_DIR", None)
    out: dict = {"bundle": str(bundle), "pip": " ".join(commands["pip"])}

    def paint(key: str) -> float:
        env["SHIFTMATE_INSTANCE_KEY"] = f"shiftmate-bench-{uuid.uuid4().hex[:12]}"
        data = tempfile.mkdtemp(dir=folder, prefix=f"bundle-{key}-")
        return run_probe([*commands[key], "--data-dir", data], env)["first-paint"]

    warm: dict = {key: [] for key in commands}
    order = list(commands)
    for round_no in range(runs + 1):  # round 0 warms the page cache and is discarded
        for key in order:
            value = paint(key)
            if round_no:
                warm[key].append(value)
        order.reverse()
    out["warm_ms"] = {key: median(values) for key, values in warm.items()}
    cold: dict = {key: [] for key in commands}
    for _ in range(max(1, runs // 2)):
        for key in order:
            if not drop_page_cache():
                out["cold_skipped"] = "the page cache cannot be dropped here (needs root on Linux)"
                break
            cold[key].append(paint(key))
        if "cold_skipped" in out:
            break
        order.reverse()
    if "cold_skipped" not in out:
        out["cold_ms"] = {key: median(values) for key, values in cold.items()}
    return out


# -- the table --------------------------------------------------------------------------
def ms(value) -> str:
    return "—" if value is None else f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "met" if ok else "NOT MET"


def table(fig: dict) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    stall_target = STALL_TARGET_MS["slow" if fig.get("slow") else "normal"]
    st, bare = fig["startup"]["shiftmate"], fig["startup"]["bare"]
    floor = bare["first-paint"]
    paint_ratio = st["first-paint"] / floor
    rows.append(("process start → first painted window (1 year of demo data)", ms(floor), ms(st["first-paint"]),
                 f"{paint_ratio:.2f}×", "≤ 1.5×", verdict(paint_ratio <= 1.5)))
    if st["today-data"] is not None:
        ratio = st["today-data"] / floor
        rows.append(("process start → Today shows real data", ms(floor), ms(st["today-data"]),
                     f"{ratio:.2f}×", "≤ 2×", verdict(ratio <= 2)))
    if st.get("data-idle") is not None:
        rows.append(("  … every query queued at start answered", ms(floor), ms(st["data-idle"]),
                     f"{st['data-idle'] / floor:.2f}×", "—", ""))
    rss_ratio = st["peak-rss-kb"] / bare["peak-rss-kb"]
    rows.append(("peak memory (RSS) at that point", f"{bare['peak-rss-kb'] / 1024:.0f} MB",
                 f"{st['peak-rss-kb'] / 1024:.0f} MB", f"{rss_ratio:.2f}×", "≤ 2×", verdict(rss_ratio <= 2)))
    if st.get("settled-rss-kb"):
        settled = st["settled-rss-kb"] / bare["peak-rss-kb"]
        rows.append(("  … once start-up has settled (the warm-up done)", f"{bare['peak-rss-kb'] / 1024:.0f} MB",
                     f"{st['settled-rss-kb'] / 1024:.0f} MB", f"{settled:.2f}×", "≤ 2×", verdict(settled <= 2)))
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
        ("longest GUI stall: start (loop start → 1 s after the last start-up query and the warm-up)",
         st["stall-ms"]),
        (f"longest GUI stall: search as you type, {se['entries']:,} entries", gs["typing_ms"]),
        (f"longest GUI stall: first open of every screen (worst: {worst_open})", gs["open_screens_worst_ms"]),
    ]
    if gs.get("open_dialog_ms"):
        worst_dialog = max(gs["open_dialog_ms"], key=gs["open_dialog_ms"].get)
        stalls.append((f"longest GUI stall: first open of every dialog (worst: {worst_dialog})",
                       gs["open_dialogs_worst_ms"]))
    if gs.get("warm_up_stall_ms") is not None:
        stalls.append((f"longest GUI stall: the warm-up after start (its steps took {ms(gs['warm_up_ms'])})",
                       gs["warm_up_stall_ms"]))
    stalls += [
        ("longest GUI stall: switching Insights periods", period_worst),
        ("longest GUI stall: saving a journal entry", gs["save_ms"]),
    ]
    for name, value in stalls:
        rows.append((name, "—", ms(value), "—", f"≤ {stall_target} ms",
                     verdict(None if value is None else value <= stall_target)))
    long = fig.get("long")
    if long:
        sh = long["shift"]
        rows.append((f"{sh['hours']:g}-hour shift on a fake clock: memory growth after the first hour", "—",
                     f"{sh['rss_growth_mb']:.1f} MB", "—", "≤ 5 MB", verdict(sh["rss_growth_mb"] <= 5)))
        before, after = sh["after_first_hour"], sh["at_end"]
        flat = (after["qtimers"] <= before["qtimers"] and after["connections_total"] <= before["connections_total"]
                and after["fake_timers_made"] <= before["fake_timers_made"])
        rows.append(("  … live timers / connections, after the first hour → at the end", "—",
                     f"{before['qtimers'] + before['fake_timers_running']} → "
                     f"{after['qtimers'] + after['fake_timers_running']} / "
                     f"{before['connections_total']} → {after['connections_total']}",
                     "—", "no growth", verdict(flat)))
        idle = long["idle"]
        rows.append((f"idle CPU, window open during a shift ({idle['seconds']:.0f} s)", "—",
                     f"{idle['percent_of_a_core']:.3f} % of a core", "—", "≤ 0.1 %",
                     verdict(idle["percent_of_a_core"] <= 0.1)))
    bundle = fig.get("bundle")
    if bundle and "warm_ms" in bundle:
        for label, key in (("warm", "warm_ms"), ("cold page cache", "cold_ms")):
            if key not in bundle:
                rows.append((f"bundle start, {label}", "—", bundle.get("cold_skipped", "not measured"), "—",
                             "≤ 1.2×", "n/a"))
                continue
            pip_ms, bundle_ms = bundle[key]["pip"], bundle[key]["bundle"]
            ratio = bundle_ms / pip_ms
            rows.append((f"bundle start → first paint, {label} (against the pip install)", f"pip {ms(pip_ms)}",
                         ms(bundle_ms), f"{ratio:.2f}×", "≤ 1.2×", verdict(ratio <= 1.2)))
    elif bundle:
        rows.append(("bundle start against the pip install", "—", bundle["skipped"], "—", "≤ 1.2×", "n/a"))
    return rows


def cpu_times() -> list[int] | None:
    """The machine's CPU time counters (/proc/stat's first line), or None where there are none."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            return [int(x) for x in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None


def steal_percent(before: list[int] | None, after: list[int] | None) -> float | None:
    """Of the machine's CPU time between two readings, the share a hypervisor gave elsewhere.

    On a virtual machine whose host is busy, a stall figure includes moments the whole machine
    did not run; this says how much of that there was during the run.
    """
    if not before or not after or len(before) < 8 or len(after) < 8:
        return None
    delta = [b - a for a, b in zip(before, after)]
    total = sum(delta[:8])  # user nice system idle iowait irq softirq steal
    return round(100 * delta[7] / total, 1) if total > 0 else None


def print_report(fig: dict) -> None:
    m = fig["machine"]
    mode = "slow mode: one core shared with a busy loop" if fig.get("slow") else "normal mode"
    print(f"ShiftMate benchmark ({fig['size']}, {mode}; medians of {fig['runs']} runs, GUI stalls of "
          f"{fig['stalls']['runs']}) on {m['cpus']} × {m['cpu']}, {m['memory']}, {m['system']}, Python "
          f"{m['python']}, PySide6 {m['pyside6']}, load average {m['load_average']:.2f} at start")
    if fig.get("steal_percent") is not None:
        print(f"CPU time taken by the hypervisor during the run (steal): {fig['steal_percent']:.1f} % of the "
              "machine's time; stall figures include the moments it did not run")
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
    if gs.get("open_dialog_ms"):
        print("opening each dialog (longest stall): "
              + ", ".join(f"{k} {ms(v)}" for k, v in gs["open_dialog_ms"].items()))
    if fig.get("long"):
        sh = fig["long"]["shift"]
        print(f"{sh['hours']:g}-hour shift: {sh['steps']} steps of {sh['step_minutes']} min, "
              f"{sh['reminders_answered']} reminders answered, {sh['captures']} captures, "
              f"{sh['screen_switches']} screen switches; RSS {sh['rss_after_first_hour_kb'] / 1024:.1f} → "
              f"{sh['rss_at_end_kb'] / 1024:.1f} MB; QObjects {sh['after_first_hour']['qobjects']} → "
              f"{sh['at_end']['qobjects']}; connections {sh['after_first_hour']['connections']} → "
              f"{sh['at_end']['connections']}")
    print(f"data: {fig['data']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller journal and 3 runs (for CI)")
    parser.add_argument("--smoke", action="store_true", help="tiny data, one run (for the test suite)")
    parser.add_argument("--runs", type=int, help="measured start-up and CLI runs (default 7, quick 3)")
    parser.add_argument("--no-jrnl", action="store_true", help="skip the jrnl comparison")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument("--slow", action="store_true",
                        help="an old laptop: every measured process shares one core with a busy loop")
    parser.add_argument("--bundle", type=Path, help="the built bundle to compare (default dist/ShiftMate if built)")
    args = parser.parse_args(argv)
    size = "smoke" if args.smoke else "quick" if args.quick else "full"
    global PREEXEC
    if args.slow:
        from tests.perf import slow

        why = slow.available()
        if why:
            parser.error(why)
        machine_mode = slow.SlowMachine()
    else:
        from tests.perf.slow import NormalMachine

        machine_mode = NormalMachine()
    sizes = dict(SIZES[size])
    if args.runs:
        sizes["runs"] = max(1, args.runs)
    sys.path.insert(0, str(ROOT))
    fig: dict = {"size": size, "runs": sizes["runs"], "machine": machine(), "slow": args.slow}
    stat_before = cpu_times()
    with tempfile.TemporaryDirectory(prefix="shiftmate-perf-") as tmp, machine_mode:
        PREEXEC = machine_mode.preexec
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
        say(f"living through a {sizes['hours']:g}-hour shift on a fake clock, then idling …")
        fig["long"] = bench_long(folder / "year", scratch, sizes["hours"], sizes["idle_s"])
        bundle = args.bundle or ROOT / "dist" / "ShiftMate"
        if (bundle / ("ShiftMate.exe" if os.name == "nt" else "ShiftMate")).exists():
            say(f"measuring the bundle {bundle} against the pip install …")
            fig["bundle"] = bench_bundle(bundle, folder, sizes["runs"])
        else:
            fig["bundle"] = {"skipped": f"no bundle at {bundle} (packaging/build.sh builds one)"}
    PREEXEC = None
    fig["steal_percent"] = steal_percent(stat_before, cpu_times())
    if args.json:
        print(json.dumps(fig, indent=2, default=str))
    else:
        print_report(fig)
    return 0
