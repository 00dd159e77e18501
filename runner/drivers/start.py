"""Starts driver.py for a python:EXE target.

A script is compiled from source at every start: 15 ms for driver.py under
CPython here, more under PyPy, paid by every worker and every restart.
Imported as a module, its bytecode is kept, never beside the source, and
written whatever PYTHONDONTWRITEBYTECODE says, since the directory is
osconform's own:
- build/pycache of the checkout, where make compiles it for the host's
  interpreters (`start.py --compile`, outside any sandbox); a confined
  target reads it there, read-only;
- else the run's sandbox root ($OSCONFORM_SANDBOX_ROOT/.pycache, the one
  directory a confined target may write, made anew for every run): an
  interpreter that make did not compile for (one in a Debian root) compiles
  once per run.
Only driver.py's bytecode goes there: the modules it or a case imports keep
their usual caches.
"""
import os
import sys
import json  # what driver.py imports first, so that their bytecode stays where it is

# sys.path[0] is this directory, as for any script.
BUILD_PYCACHE = os.path.join(os.path.dirname(os.path.dirname(sys.path[0])), "build", "pycache")
RUN_ROOT = os.environ.get("OSCONFORM_SANDBOX_ROOT")
COMPILE_ONLY = sys.argv[1:] == ["--compile"]


def _compiled_in(prefix):
    """Whether prefix holds driver.py's bytecode for this interpreter."""
    tag = getattr(sys.implementation, "cache_tag", None)
    source_dir = os.path.abspath(sys.path[0])
    return bool(tag) and os.path.exists(
        os.path.join(prefix + source_dir, "driver.%s.pyc" % tag))


if COMPILE_ONLY or not RUN_ROOT or _compiled_in(BUILD_PYCACHE):
    PYCACHE = BUILD_PYCACHE
else:
    PYCACHE = os.path.join(RUN_ROOT, ".pycache")
if hasattr(sys, "pycache_prefix") and os.path.isdir(os.path.dirname(PYCACHE)):
    saved = sys.pycache_prefix, sys.dont_write_bytecode
    sys.pycache_prefix, sys.dont_write_bytecode = PYCACHE, False
    import driver
    sys.pycache_prefix, sys.dont_write_bytecode = saved
else:
    import driver
if COMPILE_ONLY:
    sys.exit(0)
sys.exit(driver.main())
