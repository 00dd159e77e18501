// Setup and check ops (cases/FORMAT.md) done on an Emscripten file system
// from JavaScript, for a runtime whose os module cannot build the state a
// case needs (MicroPython has no os.open, os.chmod, os.symlink, os.lstat).
// Paths are relative to the runtime's current directory, the sandbox.

// The open(2) flag values of Emscripten's libc (musl's generic ones).
const OPEN_FLAGS = {
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_EXCL: 0o200, O_NOCTTY: 0o400,
  O_TRUNC: 0o1000, O_APPEND: 0o2000, O_NONBLOCK: 0o4000, O_DIRECTORY: 0o200000,
  O_NOFOLLOW: 0o400000, O_CLOEXEC: 0o2000000,
};
const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

function flags(text = 'O_RDONLY') {
  return String(text).split('|').reduce((value, name) => {
    const bit = OPEN_FLAGS[name.trim()];
    if (bit === undefined)
      throw new Error(`open: unknown flag ${name}`);
    return value | bit;
  }, 0);
}

function bytes(data = '') {
  if (data !== null && typeof data === 'object' && typeof data.bytes === 'string')
    return Uint8Array.from(data.bytes.match(/../g) || [], (h) => parseInt(h, 16));
  return new TextEncoder().encode(String(data));
}

function statOrNull(FS, path, follow) {
  try {
    return follow ? FS.stat(path) : FS.lstat(path);
  } catch {
    return null;
  }
}

function isType(st, bits) {
  return st !== null && (st.mode & S_IFMT) === bits;
}

function sameBytes(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function setup(FS, op) {
  switch (op.op) {
  case 'mkdir': FS.mkdir(op.path, 0o777); return null;
  case 'write': FS.writeFile(op.path, bytes(op.data)); return null;
  case 'symlink': FS.symlink(op.target, op.path); return null;
  case 'chmod': FS.chmod(op.path, op.mode); return null;
  case 'mkfifo': throw new Error('mkfifo: this file system has no fifos');
  case 'open': return FS.open(op.path, flags(op.flags), op.mode ?? 0o666).fd;
  case 'close': FS.close(FS.getStream(op.fd)); return null;
  default: return undefined;
  }
}

function check(FS, op) {
  const st = statOrNull(FS, op.path, true), lst = statOrNull(FS, op.path, false);
  switch (op.op) {
  case 'exists': return st !== null;
  case 'absent': return lst === null;
  case 'isdir': return isType(st, S_IFDIR);
  case 'isfile': return isType(st, S_IFREG);
  case 'islink': return isType(lst, S_IFLNK);
  case 'size': return st !== null && st.size === op.size;
  case 'mode': return st !== null && (st.mode & (op.mask ?? 0o7777)) === op.mode;
  case 'content': return isType(st, S_IFREG) && sameBytes(FS.readFile(op.path), bytes(op.data));
  case 'readlink': return isType(lst, S_IFLNK) && FS.readlink(op.path) === op.target;
  default: throw new Error(`unknown op ${JSON.stringify(op)}`);
  }
}

// One function for the driver: takes the op as JSON text and answers JSON
// text, {"ok": fd} for an open, {"ok": null} for other setup ops,
// {"ok": true|false} for a check, {"error": "why"} on failure. It never
// throws: an exception thrown into MicroPython's wasm would end Node.
export function hostFs(FS) {
  return (text) => {
    try {
      const op = JSON.parse(text);
      const done = setup(FS, op);
      return JSON.stringify({ ok: done !== undefined ? done : check(FS, op) });
    } catch (e) {
      return JSON.stringify({ error: e.code ? `${e.code}: ${e.message}` : String(e.message || e) });
    }
  };
}
