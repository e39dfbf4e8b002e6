"""`python -m tests.perf`: the whole benchmark (see tests/perf/suite.py)."""

import sys

from tests.perf.suite import main

if __name__ == "__main__":
    sys.exit(main())
