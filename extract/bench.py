#!/usr/bin/python3
"""make bench-extract: wall time of extracting every source, Python start-up
included (a fresh interpreter per run), best of a few runs. Printed, never
asserted."""

import os
import subprocess
import sys
import tempfile
import time

RUNS = 5


def main(sources):
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, os.path.join(here, "extract.py"),
               "--db", os.path.join(out, "spec.db"), "--json", os.path.join(out, "spec.json"),
               "--reports", out] + sources
        best, summary = None, ""
        for _ in range(RUNS):
            start = time.perf_counter()
            done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
            elapsed = time.perf_counter() - start
            if done.returncode != 0:
                return done.returncode
            best = elapsed if best is None else min(best, elapsed)
            summary = done.stdout.strip()
    print("%s, %.2f s (best of %d, Python start-up included)" % (summary, best, RUNS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
