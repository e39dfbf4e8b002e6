"""Entry script of the frozen app (PyInstaller needs a file, not ``-m shiftmate``)."""

import sys

from shiftmate.cli.main import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
