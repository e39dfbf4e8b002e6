"""Opening an up-to-date database reads one row about the built-in pack and imports no installer."""

from __future__ import annotations

import subprocess
import sys

from shiftmate.core.storage.store import Store


def test_opening_an_up_to_date_store_leaves_the_pack_installer_unloaded(location):
    Store.open(location).close()  # the first open installs the built-in pack
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from shiftmate.core.storage.paths import DataLocation\n"
        "from shiftmate.core.storage.store import Store\n"
        f"Store.open(DataLocation(Path({str(location.root)!r}))).close()\n"
        "loaded = [m for m in ('shiftmate.core.packs.install', 'shiftmate.core.checklists.library',"
        " '_strptime') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_light_version_check_and_the_installer_agree():
    from shiftmate.core.packs import builtin_version, install
    from shiftmate.core.packs.format import BUILTIN_PACK_ID

    assert install.BUILTIN_VERSION == builtin_version.BUILTIN_VERSION
    assert BUILTIN_PACK_ID == builtin_version.BUILTIN_PACK_ID == "shiftmate.builtin"
    assert builtin_version.needs_builtin(None)
    assert builtin_version.needs_builtin((1, None))
    assert not builtin_version.needs_builtin((builtin_version.BUILTIN_VERSION, None))
    assert not builtin_version.needs_builtin((1, "2026-01-01T00:00:00+00:00"))  # removed stays removed
