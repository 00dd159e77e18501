"""Starts driver.py for a python:EXE target.

A script is compiled from source at every start: 6 ms for driver.py under
CPython, 11 ms and more under PyPy, paid by every worker and every restart.
Imported as a module, its bytecode is kept, in the run's sandbox root
($OSCONFORM_SANDBOX_ROOT/.pycache: the one directory a confined target may
write, made anew for every run), else in build/pycache of the checkout;
never beside the source, and written whatever PYTHONDONTWRITEBYTECODE says,
since that directory is osconform's own. Only driver.py's bytecode goes
there: the modules it or a case imports keep their usual caches.
"""
import os
import sys
import json  # what driver.py imports first, so that their bytecode stays where it is

# sys.path[0] is this directory, as for any script.
BUILD = os.path.join(os.path.dirname(os.path.dirname(sys.path[0])), "build")
RUN_ROOT = os.environ.get("OSCONFORM_SANDBOX_ROOT")
PYCACHE = os.path.join(RUN_ROOT, ".pycache") if RUN_ROOT else os.path.join(BUILD, "pycache")
if hasattr(sys, "pycache_prefix") and os.path.isdir(os.path.dirname(PYCACHE)):
    saved = sys.pycache_prefix, sys.dont_write_bytecode
    sys.pycache_prefix, sys.dont_write_bytecode = PYCACHE, False
    import driver
    sys.pycache_prefix, sys.dont_write_bytecode = saved
else:
    import driver
sys.exit(driver.main())
