// The osconform driver inside Pyodide (CPython compiled to WebAssembly),
// under Node. The host directory $OSCONFORM_SANDBOX_ROOT is mounted at the
// same path in Emscripten's file system (NODEFS), so the runner's sandboxes
// are the driver's sandboxes.
//
// Start-up: a fresh Pyodide spends seconds initialising Python and its
// stdlib. The first start saves a memory snapshot of the initialised
// interpreter (the driver's imports done, no case run) in build/node/; later
// starts restore it, about ten times faster. Isolated cases run in an
// instance restored from that snapshot, kept while they leave it as they
// found it (fresh.mjs).
import { loadPyodide, version } from 'pyodide';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { driverSource, sandboxRoot, serve, toStderr, fail } from './protocol.mjs';
import { closeStreams, isolating, offerIsolation } from './fresh.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SNAPSHOT = path.join(REPO, 'build', 'node', `pyodide-${version}.snapshot`);
const WARM_UP = 'import json, inspect, platform, errno, gc, time, binascii';
const quiet = { stdout: toStderr, stderr: toStderr };

async function fromSnapshot(snapshot) {
  return await loadPyodide({ ...quiet, _loadSnapshot: snapshot });
}

async function fromSnapshotFile() {
  try {
    const snapshot = readFileSync(SNAPSHOT);
    return { pyodide: await fromSnapshot(snapshot), snapshot };
  } catch (e) {
    toStderr(`osconform: warning: ${SNAPSHOT}: ${e.message}; starting without it`);
    rmSync(SNAPSHOT, { force: true });
    return null;
  }
}

// Saving is best effort: without a writable build/ every Node start is a
// cold one (fresh instances still restore the snapshot kept in memory).
function saveSnapshot(snapshot) {
  try {
    const tmp = `${SNAPSHOT}.${process.pid}`;
    mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
    writeFileSync(tmp, snapshot);
    renameSync(tmp, SNAPSHOT);
  } catch (e) {
    toStderr(`osconform: warning: cannot save ${SNAPSHOT}: ${e.message}`);
  }
}

async function coldStart() {
  const pyodide = await loadPyodide({ ...quiet, _makeSnapshot: true });
  pyodide.runPython(WARM_UP);
  const snapshot = pyodide.makeMemorySnapshot();
  saveSnapshot(snapshot);
  return { pyodide, snapshot };
}

// driver.py is compiled once, by the shared instance; fresh instances load
// that code object with marshal (compiling it takes Pyodide tens of ms).
const COMPILE_DRIVER = `import marshal
_osconform_code = compile(_osconform_driver, 'driver.py', 'exec')
exec(_osconform_code)
_osconform_driver = marshal.dumps(_osconform_code)
del _osconform_code`;
const LOAD_DRIVER = `import marshal
exec(marshal.loads(_osconform_driver.to_bytes()))
del _osconform_driver`;

// The same for the shared instance and every fresh one: stdin at EOF (a
// case that reads it never sees the protocol), the sandbox root mounted,
// the driver loaded (by load). Returns the driver's entry points.
function prepare(pyodide, root, load) {
  pyodide.setStdin({ stdin: () => null });
  try {
    pyodide.FS.mkdirTree(root);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, root);
  } catch (e) {
    throw new Error(`cannot mount ${root} in Pyodide: ${e.message}`);
  }
  pyodide.globals.set('_osconform_embedded', true);
  pyodide.globals.set('_osconform_sandbox_root', root);
  pyodide.runPython("import os; os.environ['OSCONFORM_SANDBOX_ROOT'] = _osconform_sandbox_root");
  load(pyodide);
  const { globals } = pyodide;
  return {
    hello: globals.get('hello_line'),
    handle: globals.get('handle_line'),
    handleIsolated: globals.get('handle_isolated_line'),
    stays: globals.get('instance_stays'),
  };
}

// Loads driver.py into the shared instance; returns its marshalled code.
function compileDriver(pyodide, source) {
  pyodide.globals.set('_osconform_driver', source);
  pyodide.runPython(COMPILE_DRIVER);
  const code = pyodide.globals.get('_osconform_driver');
  pyodide.globals.delete('_osconform_driver');
  try {
    return code.toJs();
  } finally {
    code.destroy();
  }
}

async function freshInstance(snapshot, root, code) {
  const pyodide = await fromSnapshot(snapshot);
  const { FS } = pyodide;  // pyodide.FS refuses to answer once Python has exited
  const { handleIsolated, stays } = prepare(pyodide, root, () => {
    pyodide.globals.set('_osconform_driver', code);
    pyodide.runPython(LOAD_DRIVER);
  });
  return { handleIsolated, stays, discard: () => closeStreams(FS) };
}

const root = sandboxRoot();
const source = driverSource();
const { pyodide, snapshot } = (existsSync(SNAPSHOT) && await fromSnapshotFile()) || await coldStart();
let shared, code;
try {
  shared = prepare(pyodide, root, () => { code = compileDriver(pyodide, source); });
} catch (e) {
  fail(e.message);
}
const fresh = () => freshInstance(snapshot, root, code);
await serve(() => offerIsolation(shared.hello()), isolating((line) => shared.handle(line), fresh));
