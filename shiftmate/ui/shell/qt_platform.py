"""Say which system libraries are missing before Qt aborts on a bare Linux desktop.

Qt 6.5+ needs libraries for its X11 ("xcb") plugin that minimal Debian/Ubuntu/Fedora
installs lack; without them Qt prints a cryptic message and aborts the process, which no
Python code can catch. We try to load each library ourselves first (ctypes, no Qt) and turn
a failure into one sentence naming the packages to install. Imports no Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

from shiftmate.core.errors import ShiftMateError

# soname -> (Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


class DisplayUnavailable(ShiftMateError):
    """The window cannot be shown on this machine as it is set up now."""


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(loader: Callable[[str], bool] = _loads) -> list[str]:
    return [soname for soname in XCB_LIBRARIES if not loader(soname)]


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will pick its X11 plugin for this process."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def check_display(
    environ=os.environ,
    platform: str = sys.platform,
    loader: Callable[[str], bool] = _loads,
) -> None:
    """Raise DisplayUnavailable with one sentence when Qt would abort on start."""
    if not uses_xcb(environ, platform):
        return
    if not environ.get("DISPLAY") and not environ.get("QT_QPA_PLATFORM"):
        raise DisplayUnavailable(
            "No graphical display was found (DISPLAY is not set); start ShiftMate from a "
            "desktop session. Commands such as 'shiftmate doctor' work without one."
        )
    missing = missing_libraries(loader)
    if not missing:
        return
    debian = " ".join(dict.fromkeys(XCB_LIBRARIES[name][0] for name in missing))
    fedora = " ".join(dict.fromkeys(XCB_LIBRARIES[name][1] for name in missing))
    raise DisplayUnavailable(
        f"The window cannot open because these system libraries are missing: "
        f"{', '.join(missing)}. Install them with 'sudo apt install {debian}' "
        f"(Debian/Ubuntu) or 'sudo dnf install {fedora}' (Fedora), then start ShiftMate again."
    )
