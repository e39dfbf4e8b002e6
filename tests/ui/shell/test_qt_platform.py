"""Missing X11 libraries are named, with the packages to install, before Qt can abort."""

import pytest

from shiftmate.ui.shell.qt_platform import DisplayUnavailable, check_display, uses_xcb

X11 = {"DISPLAY": ":0"}


def test_missing_libraries_are_named_with_debian_and_fedora_packages():
    def loader(soname):
        return soname not in ("libxcb-cursor.so.0", "libxcb-icccm.so.4")

    with pytest.raises(DisplayUnavailable) as caught:
        check_display(environ=X11, platform="linux", loader=loader)
    sentence = caught.value.sentence
    assert "libxcb-cursor.so.0" in sentence and "libxcb-icccm.so.4" in sentence
    assert "apt install libxcb-cursor0 libxcb-icccm4" in sentence
    assert "dnf install xcb-util-cursor xcb-util-wm" in sentence
    assert "\n" not in sentence


def test_nothing_is_said_when_every_library_loads():
    check_display(environ=X11, platform="linux", loader=lambda _name: True)


def test_no_display_at_all_is_explained():
    with pytest.raises(DisplayUnavailable, match="No graphical display"):
        check_display(environ={}, platform="linux", loader=lambda _name: True)


@pytest.mark.parametrize(
    "environ, platform, expected",
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0"}, "win32", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_only_the_x11_plugin_is_checked(environ, platform, expected):
    assert uses_xcb(environ, platform) is expected
