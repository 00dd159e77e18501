// The osconform driver inside Pyodide (CPython compiled to WebAssembly),
// under Node. The host directory $OSCONFORM_SANDBOX_ROOT is mounted at the
// same path in Emscripten's file system (NODEFS), so the runner's sandboxes
// are the driver's sandboxes.
import { loadPyodide } from 'pyodide';
import { driverSource, sandboxRoot, serve, toStderr, fail } from './protocol.mjs';

const root = sandboxRoot();
const pyodide = await loadPyodide({
  stdout: toStderr,
  stderr: toStderr,
  stdin: () => null,  // a case that reads stdin sees EOF, never the protocol
  env: { HOME: '/home/pyodide', OSCONFORM_SANDBOX_ROOT: root },
});

try {
  pyodide.FS.mkdirTree(root);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, root);
} catch (e) {
  fail(`cannot mount ${root} in Pyodide: ${e.message}`);
}

pyodide.globals.set('_osconform_embedded', true);
pyodide.runPython(driverSource(), { filename: 'driver.py' });
const hello = pyodide.globals.get('hello_line');
const handle = pyodide.globals.get('handle_line');
await serve(() => hello(), (line) => handle(line));
