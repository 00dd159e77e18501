// The osconform driver inside Pyodide (CPython compiled to WebAssembly),
// under Node. The host directory $OSCONFORM_SANDBOX_ROOT is mounted at the
// same path in Emscripten's file system (NODEFS), so the runner's sandboxes
// are the driver's sandboxes.
//
// Start-up: a fresh Pyodide spends seconds initialising Python and its
// stdlib, and the runner starts a new target for every isolated case. The
// first start saves a memory snapshot of the initialised interpreter (the
// driver's imports done, no case run) in build/node/; later starts restore
// it, about ten times faster.
import { loadPyodide, version } from 'pyodide';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { driverSource, sandboxRoot, serve, toStderr, fail } from './protocol.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SNAPSHOT = path.join(REPO, 'build', 'node', `pyodide-${version}.snapshot`);
const WARM_UP = 'import json, inspect, platform, errno, gc, time, binascii';
const quiet = { stdout: toStderr, stderr: toStderr };

async function fromSnapshot() {
  try {
    return await loadPyodide({ ...quiet, _loadSnapshot: readFileSync(SNAPSHOT) });
  } catch (e) {
    toStderr(`osconform: warning: ${SNAPSHOT}: ${e.message}; starting without it`);
    rmSync(SNAPSHOT, { force: true });
    return null;
  }
}

// Saving is best effort: without a writable build/ every start is a cold one.
function saveSnapshot(pyodide) {
  try {
    const tmp = `${SNAPSHOT}.${process.pid}`;
    mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
    writeFileSync(tmp, pyodide.makeMemorySnapshot());
    renameSync(tmp, SNAPSHOT);
  } catch (e) {
    toStderr(`osconform: warning: cannot save ${SNAPSHOT}: ${e.message}`);
  }
}

async function coldStart() {
  const pyodide = await loadPyodide({ ...quiet, _makeSnapshot: true });
  pyodide.runPython(WARM_UP);
  saveSnapshot(pyodide);
  return pyodide;
}

async function start() {
  const pyodide = (existsSync(SNAPSHOT) && await fromSnapshot()) || await coldStart();
  pyodide.setStdin({ stdin: () => null });  // a case that reads stdin sees EOF, never the protocol
  return pyodide;
}

const root = sandboxRoot();
const pyodide = await start();
try {
  pyodide.FS.mkdirTree(root);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, root);
} catch (e) {
  fail(`cannot mount ${root} in Pyodide: ${e.message}`);
}

pyodide.globals.set('_osconform_embedded', true);
pyodide.globals.set('_osconform_sandbox_root', root);
pyodide.runPython("import os; os.environ['OSCONFORM_SANDBOX_ROOT'] = _osconform_sandbox_root");
pyodide.runPython(driverSource(), { filename: 'driver.py' });
const hello = pyodide.globals.get('hello_line');
const handle = pyodide.globals.get('handle_line');
await serve(() => hello(), (line) => handle(line));
