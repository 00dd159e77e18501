// The osconform driver inside MicroPython's WebAssembly port, under Node.
// This build of Emscripten carries MEMFS only (no NODEFS), so the host
// directory $OSCONFORM_SANDBOX_ROOT is mounted at the same path through
// hostmount.mjs, a file system over Node's fs. MicroPython's os cannot build
// most states (no open, chmod, symlink, lstat), so setup and checks go
// through Emscripten's FS from JavaScript (hostfs.mjs), onto the same host
// directory; the steps are MicroPython's own. Isolated cases run in an
// instance of their own, kept while they leave it as they found it
// (fresh.mjs).
import { loadMicroPython } from '@micropython/micropython-webassembly-pyscript';
import { driverSource, sandboxRoot, serve, toStderr, fail } from './protocol.mjs';
import { closeStreams, isolating, offerIsolation } from './fresh.mjs';
import { hostFs } from './hostfs.mjs';
import { mountHost } from './hostmount.mjs';

// MicroPython's JavaScript glue keeps an instance's state in globals
// (globalThis.Module and its proxy tables), so instances take turns: a call
// into one puts its globals in place, and those it found back afterwards.
const INSTANCE_GLOBALS = ['Module', 'proxy_js_ref', 'proxy_js_ref_next', 'proxy_js_ref_map',
  'proxy_js_map', 'proxy_js_existing', 'pyProxyFinalizationRegistry'];

function globalsNow() {
  return Object.fromEntries(INSTANCE_GLOBALS.map((name) => [name, globalThis[name]]));
}

function within(instance, fn) {
  const found = globalsNow();
  Object.assign(globalThis, instance.globals);
  try {
    return fn();
  } finally {
    instance.globals = globalsNow();  // proxy_js_ref_next is a number: read it back
    Object.assign(globalThis, found);
  }
}

// Loads an instance and keeps the globals it set. The registry that frees
// its proxies when Node collects them must call back with those globals too,
// and never once the instance is discarded (it would free another's).
async function loadInstance() {
  const instance = { globals: null, live: true };
  const found = globalsNow();
  const Registry = globalThis.FinalizationRegistry;
  globalThis.FinalizationRegistry = class extends Registry {
    constructor(cleanup) {
      super((held) => instance.live && within(instance, () => cleanup(held)));
    }
  };
  try {
    instance.mp = await loadMicroPython({ stdin: () => null, stdout: toStderr, stderr: toStderr, linebuffer: true });
    instance.globals = globalsNow();
  } finally {
    globalThis.FinalizationRegistry = Registry;
    Object.assign(globalThis, found);
  }
  return instance;
}

// The same for the shared instance and every fresh one. Returns the
// driver's entry points, each called with the instance's globals.
async function startInstance(root, driver) {
  const instance = await loadInstance();
  const { mp } = instance;
  return within(instance, () => {
    mountHost(mp.FS, root);
    mp.globals.set('_osconform_embedded', true);
    mp.globals.set('_osconform_OSCONFORM_SANDBOX_ROOT', root);
    mp.globals.set('_osconform_host_fs', hostFs(mp.FS));
    mp.runPython(driver);
    const hello = mp.globals.get('hello_line'), handle = mp.globals.get('handle_line');
    const handleIsolated = mp.globals.get('handle_isolated_line'), stays = mp.globals.get('instance_stays');
    return {
      hello: () => within(instance, () => hello()),
      handle: (line) => within(instance, () => handle(line)),
      handleIsolated: (line) => within(instance, () => handleIsolated(line)),
      stays: () => within(instance, () => stays()),
      discard: () => {
        instance.live = false;
        closeStreams(mp.FS);
      },
    };
  });
}

const root = sandboxRoot();
const driver = driverSource();
let shared;
try {
  shared = await startInstance(root, driver);
} catch (e) {
  fail(`cannot start MicroPython: ${e.message}`);
}
await serve(() => offerIsolation(shared.hello()), isolating(shared.handle, () => startInstance(root, driver)));
