// The osconform driver inside MicroPython's WebAssembly port, under Node.
// This build of Emscripten carries MEMFS only (no NODEFS), so the host
// directory $OSCONFORM_SANDBOX_ROOT is mounted at the same path through
// hostmount.mjs, a file system over Node's fs. MicroPython's os cannot build
// most states (no open, chmod, symlink, lstat), so setup and checks go
// through Emscripten's FS from JavaScript (hostfs.mjs), onto the same host
// directory; the steps are MicroPython's own.
import { loadMicroPython } from '@micropython/micropython-webassembly-pyscript';
import { driverSource, sandboxRoot, serve, toStderr } from './protocol.mjs';
import { hostFs } from './hostfs.mjs';
import { mountHost } from './hostmount.mjs';

const root = sandboxRoot();
const mp = await loadMicroPython({ stdout: toStderr, stderr: toStderr, linebuffer: true });
const FS = mp.FS;

mountHost(FS, root);
mp.globals.set('_osconform_embedded', true);
mp.globals.set('_osconform_OSCONFORM_SANDBOX_ROOT', root);
mp.globals.set('_osconform_host_fs', hostFs(FS));
mp.runPython(driverSource());
const hello = mp.globals.get('hello_line');
const handle = mp.globals.get('handle_line');
await serve(() => hello(), (line) => handle(line));
