"""Long runs stay flat: a whole 12-hour shift on a fake clock, and the idle cost of a running window.

Run by ``python -m tests.perf`` in processes of their own:

    python -m tests.perf.longrun shift DATA_DIR [--hours 12] [--step 3]
    python -m tests.perf.longrun idle DATA_DIR [--seconds 20]

``shift`` opens the real window on a FakeClock and lives through a shift the way a person
would: it starts the shift from Today, then every ``--step`` minutes of fake time moves the
clock on, fires the timers that would have fired, answers the reminders that came (Done,
or Snooze now and then), captures a journal entry every half hour and switches screens
every few steps. It prints, as JSON, the resident memory after the first hour (the warm-up:
caches, screens made once) and at the end, and the counts of live timers and of connections
to the data service's and the window's signals at both moments: a leak shows as growth.

``idle`` starts ``python -m shiftmate`` on DATA_DIR (whose shift is running), waits until it
says it is ready, and measures the CPU time it uses over ``--seconds`` of real time with the
window open and nothing happening: the share of one core it costs a worker just to have it open.
Nothing is asserted: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def malloc_trim() -> None:
    """Hand freed heap back to the system, so RSS shows what is held rather than what was once used."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def live_counts(app, window, services, fake_timers) -> dict:
    """Timers, QObjects and connections alive now (what a leak would make grow)."""
    from PySide6.QtCore import QObject, QTimer, SIGNAL

    roots = [app, services, window, *app.topLevelWidgets()]
    objects: set[int] = set()
    qtimers = 0
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            if id(obj) in objects:
                continue
            objects.add(id(obj))
            qtimers += isinstance(obj, QTimer)
    signals = {
        "services.changed": (services, "changed(PyObject,PyObject)"),
        "services.opened": (services, "opened(QVariantMap)"),
        "services.idle": (services, "idle()"),
        "services.failed": (services, "failed(QString)"),
        "context.shift_started": (window.context, "shift_started(int)"),
        "context.shift_ended": (window.context, "shift_ended(int)"),
    }
    connections = {}
    for name, (owner, signature) in signals.items():
        connections[name] = owner.receivers(SIGNAL(signature))
    return {
        "qobjects": len(objects),
        "qtimers": qtimers,
        "fake_timers_made": len(fake_timers),
        "fake_timers_running": sum(timer.running for timer in fake_timers),
        "connections": connections,
        "connections_total": sum(connections.values()),
        "python_objects": len(gc.get_objects()),
    }


def type_counts() -> dict:
    counts: dict = {}
    for obj in gc.get_objects():
        name = type(obj).__qualname__
        counts[name] = counts.get(name, 0) + 1
    return counts


def phase_shift(data_dir: Path, hours: float, step_min: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from shiftmate.app import build_main_window
    from shiftmate.core.clock import FakeClock
    from shiftmate.core.storage.paths import DataLocation
    from shiftmate.ui.data import timers
    from tests.fakes import FakeTimer, FakeTimers
    from tests.perf.gui_stalls import run_until

    app = QApplication.instance() or QApplication([])
    made = FakeTimers()

    def make_timer(parent, interval_ms):
        timer = FakeTimer(parent, interval_ms)
        made.append(timer)
        return timer

    timers.make_timer = make_timer
    clock = FakeClock("2026-11-23T06:30:00", zone="Europe/London")
    window, services = build_main_window(DataLocation(data_dir), scheme="light", clock=clock)
    window.resize(1100, 720)
    window.show()
    services.open()

    def idle() -> bool:
        return services.info is not None and services.is_idle

    run_until(idle)
    window.make_parts(__import__("shiftmate.ui.registry", fromlist=["READY"]).READY)
    card = window.screen_widget("today").shift_card
    card.start_shift()
    run_until(idle)
    companion = window.context.part("shift_companion")
    journal = window.journal
    screens = [key for key in window.screen_keys()]
    steps = int(hours * 60 / step_min)
    warm_step = max(1, int(60 / step_min))  # after the first hour
    out: dict = {"hours": hours, "step_minutes": step_min, "steps": steps, "reminders_answered": 0,
                 "captures": 0, "screen_switches": 0}
    for step in range(1, steps + 1):
        clock.advance(minutes=step_min)
        made.fire_running()
        run_until(idle, settle_ms=0)
        for number in range(5):  # the toast shows one waiting reminder at a time
            event = companion.toast.event
            if event is None:
                break
            action = "snooze" if (step + number) % 4 == 0 else "done"
            companion.answer(event.id, action, 10 if action == "snooze" else 0)
            out["reminders_answered"] += 1
            run_until(idle, settle_ms=0)
            made.fire_running()  # the answer asks for a tick; let it run
            run_until(idle, settle_ms=0)
        if step % max(1, int(30 / step_min)) == 0:
            journal.open_capture()
            capture = journal.capture
            capture.text_edit.setPlainText(f"Step {step}: a customer was short with me about the queue.")
            capture.save()
            out["captures"] += 1
            run_until(idle, settle_ms=0)
        if step % 2 == 0:
            window.show_screen(screens[(step // 2) % len(screens)])
            out["screen_switches"] += 1
            run_until(idle, settle_ms=0)
        app.processEvents()
        if step == warm_step:
            gc.collect()
            malloc_trim()
            out["rss_after_first_hour_kb"] = rss_kb()
            out["after_first_hour"] = live_counts(app, window, services, made)
            if os.environ.get("LONGRUN_TYPES"):
                types_then = type_counts()
    window.show_screen("today")
    run_until(idle)
    gc.collect()
    malloc_trim()
    out["rss_at_end_kb"] = rss_kb()
    out["at_end"] = live_counts(app, window, services, made)
    if os.environ.get("LONGRUN_TYPES"):
        now = type_counts()
        grown = sorted(((now[k] - types_then.get(k, 0), k) for k in now), reverse=True)[:15]
        print(grown, file=sys.stderr)
    out["rss_growth_mb"] = round((out["rss_at_end_kb"] - out["rss_after_first_hour_kb"]) / 1024, 2)
    window.hide()
    services.close()
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


def phase_idle(data_dir: Path, seconds: float, preexec=None) -> dict:
    import uuid

    env = dict(os.environ, SHIFTMATE_INSTANCE_KEY=f"shiftmate-bench-{uuid.uuid4().hex[:12]}")
    env.pop("SHIFTMATE_DATA_DIR", None)
    env.pop("SHIFTMATE_STARTUP_PROBE", None)
    started = subprocess.run([sys.executable, "-m", "shiftmate", "--data-dir", str(data_dir), "shift", "start",
                              "--hours", "12"], capture_output=True, text=True, cwd=ROOT, env=env)
    if started.returncode != 0 and "already in progress" not in started.stderr:
        raise RuntimeError(f"shift start exited {started.returncode}: {started.stderr}")
    proc = subprocess.Popen([sys.executable, "-m", "shiftmate", "--debug", "--data-dir", str(data_dir)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT, preexec_fn=preexec)
    try:
        deadline = time.monotonic() + 60
        for line in proc.stderr:
            if "shiftmate: ready" in line:
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the app never said it was ready")
        time.sleep(3.0)  # the start-up's own queries and the first reminder tick settle
        cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(seconds)
        cpu1, t1 = cpu_seconds(proc.pid), time.monotonic()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return {"seconds": round(t1 - t0, 1), "cpu_seconds": round(cpu1 - cpu0, 3),
            "percent_of_a_core": round(100 * (cpu1 - cpu0) / (t1 - t0), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.longrun", description=__doc__.splitlines()[0])
    parser.add_argument("phase", choices=["shift", "idle"])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--hours", type=float, default=12.0)
    parser.add_argument("--step", type=int, default=3, help="fake minutes between steps")
    parser.add_argument("--seconds", type=float, default=20.0, help="real seconds of idle to measure")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.phase == "shift":
        result = phase_shift(args.data_dir, args.hours, args.step)
    else:
        result = phase_idle(args.data_dir, args.seconds)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
