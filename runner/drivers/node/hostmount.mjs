// A host directory mounted in an Emscripten file system, over Node's fs:
// what Emscripten's NODEFS does, for a runtime built without it (the
// MicroPython package carries MEMFS only). Each node is a host path; every
// call goes to the host, so the runtime sees the runner's sandboxes and what
// it does lands there.
import fs from 'node:fs';
import path from 'node:path';

// Emscripten uses WASI's errno numbers (the WASI snapshot's errno table).
const ERRNO = {
  E2BIG: 1, EACCES: 2, EADDRINUSE: 3, EADDRNOTAVAIL: 4, EAFNOSUPPORT: 5, EAGAIN: 6, EALREADY: 7,
  EBADF: 8, EBADMSG: 9, EBUSY: 10, ECANCELED: 11, ECHILD: 12, ECONNABORTED: 13, ECONNREFUSED: 14,
  ECONNRESET: 15, EDEADLK: 16, EDESTADDRREQ: 17, EDOM: 18, EDQUOT: 19, EEXIST: 20, EFAULT: 21,
  EFBIG: 22, EHOSTUNREACH: 23, EIDRM: 24, EILSEQ: 25, EINPROGRESS: 26, EINTR: 27, EINVAL: 28,
  EIO: 29, EISCONN: 30, EISDIR: 31, ELOOP: 32, EMFILE: 33, EMLINK: 34, EMSGSIZE: 35,
  EMULTIHOP: 36, ENAMETOOLONG: 37, ENETDOWN: 38, ENETRESET: 39, ENETUNREACH: 40, ENFILE: 41,
  ENOBUFS: 42, ENODEV: 43, ENOENT: 44, ENOEXEC: 45, ENOLCK: 46, ENOLINK: 47, ENOMEM: 48,
  ENOMSG: 49, ENOPROTOOPT: 50, ENOSPC: 51, ENOSYS: 52, ENOTCONN: 53, ENOTDIR: 54, ENOTEMPTY: 55,
  ENOTRECOVERABLE: 56, ENOTSOCK: 57, ENOTSUP: 58, ENOTTY: 59, ENXIO: 60, EOVERFLOW: 61,
  EOWNERDEAD: 62, EPERM: 63, EPIPE: 64, EPROTO: 65, EPROTONOSUPPORT: 66, EPROTOTYPE: 67,
  ERANGE: 68, EROFS: 69, ESPIPE: 70, ESRCH: 71, ESTALE: 72, ETIMEDOUT: 73, ETXTBSY: 74, EXDEV: 75,
};
const O_ACCMODE = 3, O_APPEND = 0o2000;

export function mountHost(FS, root) {
  // A host error becomes the runtime's OSError with the same errno name.
  const host = (fn) => (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof FS.ErrnoError || typeof e.code !== 'string')
        throw e;
      throw new FS.ErrnoError(ERRNO[e.code] ?? ERRNO.EIO);
    }
  };

  function hostPath(node) {
    const names = [];
    for (; node.parent !== node; node = node.parent)
      names.push(node.name);
    return path.join(root, ...names.reverse());
  }

  function nodeAt(parent, name, where) {
    const st = fs.lstatSync(where);
    const node = FS.createNode(parent, name, st.mode, st.rdev);
    node.node_ops = nodeOps;
    node.stream_ops = streamOps;
    return node;
  }

  const nodeOps = {
    getattr: host((node) => {
      const st = fs.lstatSync(hostPath(node));
      node.mode = st.mode;
      return {
        dev: st.dev, ino: st.ino, mode: st.mode, nlink: st.nlink, uid: st.uid, gid: st.gid,
        rdev: st.rdev, size: st.size, atime: st.atime, mtime: st.mtime, ctime: st.ctime,
        blksize: st.blksize, blocks: st.blocks,
      };
    }),
    setattr: host((node, attr) => {
      const where = hostPath(node);
      if (attr.mode != null) {
        fs.chmodSync(where, attr.mode);
        node.mode = attr.mode;
      }
      if (attr.atime != null || attr.mtime != null) {
        const st = fs.statSync(where);
        fs.utimesSync(where, new Date(attr.atime ?? st.atime), new Date(attr.mtime ?? st.mtime));
      }
      if (attr.size !== undefined)
        fs.truncateSync(where, attr.size);
    }),
    // "." and ".." are no children (Emscripten resolves them in paths, but
    // hands a last component over as it is): joined to the host path they
    // would name the parent, and rmdir('d/.') would remove d. MEMFS has no
    // such child either: ENOENT, as there.
    lookup: host((parent, name) => {
      if (name === '.' || name === '..')
        throw new FS.ErrnoError(ERRNO.ENOENT);
      return nodeAt(parent, name, path.join(hostPath(parent), name));
    }),
    mknod: host((parent, name, mode, dev) => {
      const where = path.join(hostPath(parent), name);
      if (FS.isDir(mode))
        fs.mkdirSync(where, mode & 0o7777);
      else if (FS.isFile(mode))
        fs.closeSync(fs.openSync(where, 'wx', mode & 0o7777));
      else
        throw new FS.ErrnoError(ERRNO.EPERM);  // Node cannot make fifos or devices
      return nodeAt(parent, name, where);
    }),
    rename: host((node, newDir, newName) => {
      fs.renameSync(hostPath(node), path.join(hostPath(newDir), newName));
      node.name = newName;
    }),
    unlink: host((parent, name) => fs.unlinkSync(path.join(hostPath(parent), name))),
    rmdir: host((parent, name) => fs.rmdirSync(path.join(hostPath(parent), name))),
    readdir: host((node) => ['.', '..', ...fs.readdirSync(hostPath(node))]),
    symlink: host((parent, name, target) => {
      const where = path.join(hostPath(parent), name);
      fs.symlinkSync(target, where);
      return nodeAt(parent, name, where);
    }),
    readlink: host((node) => fs.readlinkSync(hostPath(node))),
  };

  // Only regular files get a host fd; directories are read with readdir.
  const streamOps = {
    open: host((stream) => {
      if (FS.isFile(stream.node.mode))
        stream.hostFd = fs.openSync(hostPath(stream.node), stream.flags & (O_ACCMODE | O_APPEND));
    }),
    close: host((stream) => {
      if (stream.hostFd !== undefined)
        fs.closeSync(stream.hostFd);
    }),
    read: host((stream, buffer, offset, length, position) =>
      fs.readSync(stream.hostFd, buffer, offset, length, position)),
    write: host((stream, buffer, offset, length, position) =>
      fs.writeSync(stream.hostFd, buffer, offset, length, position)),
    llseek: host((stream, offset, whence) => {
      let position = offset;
      if (whence === 1)
        position += stream.position;
      else if (whence === 2 && stream.hostFd !== undefined)
        position += fs.fstatSync(stream.hostFd).size;
      if (position < 0)
        throw new FS.ErrnoError(ERRNO.EINVAL);
      return position;
    }),
  };

  const type = {
    mount: () => {
      const node = FS.createNode(null, '/', fs.statSync(root).mode, 0);
      node.node_ops = nodeOps;
      node.stream_ops = streamOps;
      return node;
    },
  };
  FS.mkdirTree(root);
  FS.mount(type, { root }, root);
}
