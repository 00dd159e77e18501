// The osconform driver inside MicroPython's WebAssembly port, under Node.
// This build of Emscripten carries MEMFS only (no NODEFS), so the host
// directory cannot be mounted: each case's sandbox is created at the same
// path in MicroPython's in-memory file system before the case and removed
// after it. The driver runs the steps in there; setup and checks go
// through Emscripten's FS from JavaScript (hostfs.mjs), since MicroPython's
// os cannot build most states (no open, chmod, symlink). The host sandbox
// stays empty. The hello says so (facts.fs = "memfs").
import { loadMicroPython } from '@micropython/micropython-webassembly-pyscript';
import { driverSource, sandboxRoot, serve, toStderr } from './protocol.mjs';
import { hostFs } from './hostfs.mjs';

const root = sandboxRoot();
const mp = await loadMicroPython({ stdout: toStderr, stderr: toStderr, linebuffer: true });
const FS = mp.FS;

function removeTree(dir) {
  for (const name of FS.readdir(dir)) {
    if (name === '.' || name === '..')
      continue;
    const child = `${dir}/${name}`;
    const st = FS.lstat(child);
    if (FS.isDir(st.mode))
      removeTree(child);
    else
      FS.unlink(child);
  }
  FS.rmdir(dir);
}

// The case's sandbox exists for the case only, as on the host.
function inSandbox(line, run) {
  let sandbox = null;
  try {
    sandbox = JSON.parse(line).sandbox;
  } catch {
    return run();  // the driver answers a bad line itself
  }
  if (typeof sandbox === 'string' && sandbox.startsWith(root + '/'))
    FS.mkdirTree(sandbox);
  try {
    return run();
  } finally {
    if (typeof sandbox === 'string' && sandbox.startsWith(root + '/'))
      try { removeTree(sandbox); } catch { /* the case removed it */ }
  }
}

FS.mkdirTree(root);
mp.globals.set('_osconform_embedded', true);
mp.globals.set('_osconform_OSCONFORM_SANDBOX_ROOT', root);
mp.globals.set('_osconform_host_fs', hostFs(FS));
mp.runPython(driverSource());
const hello = mp.globals.get('hello_line');
const handle = mp.globals.get('handle_line');
const helloWithFs = () => {
  const h = JSON.parse(hello());
  h.facts.fs = 'memfs';
  return JSON.stringify(h);
};
await serve(helloWithFs, (line) => handle(line), inSandbox);
