"""Starts driver.py for a python:EXE target.

A script is compiled from source at every start: 6 ms for driver.py under
CPython, 11 ms and more under PyPy, paid by every worker and every restart.
Imported as a module, its bytecode is kept: in build/pycache of the
checkout (never beside the source), written whatever PYTHONDONTWRITEBYTECODE
says, since that directory is osconform's own. Only driver.py's bytecode
goes there: the modules it or a case imports keep their usual caches.
"""
import os
import sys
import json  # what driver.py imports first, so that their bytecode stays where it is

# sys.path[0] is this directory, as for any script.
BUILD = os.path.join(os.path.dirname(os.path.dirname(sys.path[0])), "build")
if hasattr(sys, "pycache_prefix") and os.path.isdir(BUILD):
    saved = sys.pycache_prefix, sys.dont_write_bytecode
    sys.pycache_prefix, sys.dont_write_bytecode = os.path.join(BUILD, "pycache"), False
    import driver
    sys.pycache_prefix, sys.dont_write_bytecode = saved
else:
    import driver
sys.exit(driver.main())
