#!/usr/bin/python3
"""make bench-extract: wall time of extracting every source, Python start-up
included (a fresh interpreter per run), best of a few runs. Printed, never
asserted."""

import os
import resource
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
        best, best_cpu, summary = None, None, ""
        for _ in range(RUNS):
            cpu_before = _children_cpu()
            start = time.perf_counter()
            done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
            elapsed = time.perf_counter() - start
            cpu = _children_cpu() - cpu_before
            if done.returncode != 0:
                return done.returncode
            best = elapsed if best is None else min(best, elapsed)
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            summary = done.stdout.strip()
    # CPU time too: on a loaded machine the wall time says more about the load.
    print("%s, %.2f s (best of %d, Python start-up included; %.2f s CPU)"
          % (summary, best, RUNS, best_cpu))
    return 0


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
