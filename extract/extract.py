#!/usr/bin/python3
"""osconform spec extractor: os.rst sources -> build/spec.db, build/spec.json."""

import sys

from spec_extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
