"""`python -m shiftmate`: the same entry point as the `shiftmate` command."""

import sys

from shiftmate.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
