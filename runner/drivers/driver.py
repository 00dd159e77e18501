"""osconform's Python driver: speaks the target protocol of cases/FORMAT.md.

Runs unchanged on CPython 3.6+, PyPy, Pyodide and MicroPython, so it uses
only what all of them have: no f-strings, no walrus, no typing, and every
module beyond os, sys and json is optional.

Run as a script it reads cases from stdin and writes outcomes to stdout.
Embedded (the Node harnesses set _osconform_embedded before running this
file) it only defines hello_line() and handle_line(line); the harness moves
the lines.
"""

import os
import sys
import json

try:
    import errno as _errno
except ImportError:
    _errno = None
try:
    import gc as _gc
except ImportError:
    _gc = None
try:
    import time as _time
except ImportError:
    _time = None
try:
    import binascii as _binascii
except ImportError:
    _binascii = None

class _Captured(object):
    """The os functions and constants the harness itself uses, taken when
    the driver starts: the cases call the os module under test, the
    harness its own copy of what it needs, so a case cannot take the
    harness's tools away."""


_H = _Captured()
for _name in ("chdir", "getcwd", "listdir", "close", "dup", "dup2", "open", "write", "read", "mkdir", "stat", "fstat", "remove", "rmdir", "fdopen", "pipe", "fork", "waitpid", "_exit", "setpgid", "getpgrp", "kill", "WNOHANG", "set_inheritable", "getpid", "umask", "WIFSIGNALED", "WTERMSIG", "WEXITSTATUS", "WIFEXITED", "O_RDONLY", "O_WRONLY", "O_CREAT", "O_TRUNC", "O_RDWR"):
    if hasattr(os, _name):
        setattr(_H, _name, getattr(os, _name))


INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1


class CaseError(Exception):
    """The case itself is malformed: the harness, not the target, is at fault."""


class SetupError(Exception):
    """The sandbox state the case asks for could not be built."""


class SetupMissing(SetupError):
    """The setup needs an os function this target lacks: the case cannot be
    asked here, which says nothing of the function it tests."""


# ---- clocks and small helpers ------------------------------------------

def _now_us():
    if _time is None:
        return 0
    if hasattr(_time, "perf_counter"):
        return int(_time.perf_counter() * 1000000)
    if hasattr(_time, "ticks_us"):
        return _time.ticks_us()
    return int(_time.time() * 1000000)


def _elapsed_us(start):
    if _time is not None and hasattr(_time, "ticks_diff") and not hasattr(_time, "perf_counter"):
        return _time.ticks_diff(_now_us(), start)
    return _now_us() - start


def _hex(data):
    if hasattr(data, "hex"):
        return data.hex()
    return _binascii.hexlify(data).decode("ascii")


def _unhex(text):
    try:
        return bytes.fromhex(text)
    except AttributeError:
        return _binascii.unhexlify(text)


def _os_name(name):
    """os.NAME, walking dotted names ('DirEntry.is_dir'); raises AttributeError."""
    obj = os
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def _has_os_name(name):
    """Whether os has NAME (a dotted class member too): the runner tells a
    case whose helper is missing from one whose object is (FORMAT.md)."""
    try:
        _os_name(name)
        return True
    except AttributeError:
        return False


def _env(name):
    environ = getattr(os, "environ", None)
    if environ is not None and name in environ:
        return environ[name]
    if hasattr(os, "getenv"):
        return os.getenv(name)
    return globals().get("_osconform_" + name)


# ---- values: case JSON -> Python ---------------------------------------

class PathLike(object):
    """The format's {"pathlike": v}: __fspath__ returns v, whatever it is."""

    def __init__(self, inner):
        self.inner = inner

    def __fspath__(self):
        return self.inner

    def __repr__(self):
        return "PathLike(%r)" % (self.inner,)


def _closed_fd():
    """An fd number that is closed right now: the lowest free one."""
    if hasattr(_H, "open") and hasattr(_H, "close"):
        fd = _H.open(".", _H.O_RDONLY)
        _H.close(fd)
        return fd
    return 1 << 20


class Case(object):
    """What one case's steps share: bindings and the fds its setup opened."""

    def __init__(self):
        self.bound = {}
        self.fds = {}
        self.host_fds = []  # opened by the harness's file system, closed by it

    def decode(self, v):
        if isinstance(v, list):
            return [self.decode(x) for x in v]
        if not isinstance(v, dict):
            return v
        if len(v) != 1:
            raise CaseError("a value object must have one key: %s" % json.dumps(v))
        key = list(v)[0]
        inner = v[key]
        if key == "bytes":
            return _unhex(inner)
        if key == "tuple":
            return tuple(self.decode(x) for x in inner)
        if key == "dict":
            return dict((self.decode(k), self.decode(x)) for k, x in inner)
        if key == "pathlike":
            return PathLike(self.decode(inner))
        if key == "ref":
            if inner not in self.bound:
                raise CaseError("ref %s is not bound by an earlier step" % inner)
            return self.bound[inner]
        if key == "fd":
            if inner not in self.fds:
                raise CaseError("fd %s was not opened by the setup" % inner)
            return self.fds[inner]
        if key == "closed_fd":
            return _closed_fd()
        if key == "callable":
            return self._callable(inner)
        raise CaseError("unknown value %s" % json.dumps(v))

    def _callable(self, spec):
        """{"callable": {"call": NAME, "args": [...]}}: a function of no
        arguments that calls os.NAME(*args), as functools.partial would."""
        if not isinstance(spec, dict) or not isinstance(spec.get("call"), str):
            raise CaseError("a callable needs \"call\": %s" % json.dumps(spec))
        fn = _lookup(spec["call"])
        args = self.decode(spec.get("args", []))

        def partial():
            return fn(*args)
        return partial

    def decode_kwargs(self, kw):
        out = {}
        for k in kw or {}:
            out[k] = self.decode(kw[k])
        return out


# ---- values: Python -> outcome JSON ------------------------------------

_STRUCT_SKIP = ("n_fields", "n_sequence_fields", "n_unnamed_fields")
_FIELD_KINDS = ("member_descriptor", "structseqfield", "property", "getset_descriptor")


def _struct_fields(v):
    """Field names of a struct sequence (stat_result, ...) in field order, or None."""
    cls = type(v)
    if not isinstance(v, tuple) or not hasattr(cls, "n_sequence_fields"):
        return None
    found = []
    for name, desc in getattr(cls, "__dict__", {}).items():
        if name.startswith("_") or name in _STRUCT_SKIP:
            continue
        if type(desc).__name__ in _FIELD_KINDS:
            index = getattr(desc, "index", None)  # PyPy's fields know their place
            found.append((index if isinstance(index, int) else 1 << 20, len(found), name))
    found.sort()
    return [name for _, _, name in found]


def _text(s):
    """s with lone surrogates (PEP 383) escaped: JSON readers refuse them."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeError:
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


def _opaque(v):
    try:
        text = _text(repr(v))
    except Exception:
        text = "<unrepresentable>"
    return {"object": type(v).__name__, "repr": text}


def encode(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v if INT64_MIN <= v <= INT64_MAX else _opaque(v)
    if isinstance(v, float):
        return v if v == v and v not in (float("inf"), float("-inf")) else _opaque(v)
    if isinstance(v, str):
        try:
            v.encode("utf-8")
        except UnicodeError:
            return _opaque(v)  # lone surrogates (PEP 383) have no JSON form
        return v
    if isinstance(v, (bytes, bytearray)):
        return {"bytes": _hex(bytes(v))}
    fields = _struct_fields(v)
    if fields is not None:
        out = {}
        for name in fields:
            try:
                out[name] = encode(getattr(v, name))
            except AttributeError:
                pass
        return {"struct": type(v).__name__, "fields": out}
    if isinstance(v, tuple):
        return {"tuple": [encode(x) for x in v]}
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, dict) or _is_mapping(v):  # os.environ is a Mapping, not a dict
        return {"dict": [[encode(k), encode(x)] for k, x in v.items()]}
    if isinstance(v, (set, frozenset)):
        return {"set": sorted((_set_item(x) for x in v), key=_canonical)}
    return _opaque(v)


def _set_item(x):
    """A function in a set (supports_fd) by its name: functions cannot be
    compared across processes, and the names are what the doc lists."""
    if callable(x) and not isinstance(x, type) and isinstance(getattr(x, "__name__", None), str):
        return x.__name__
    return encode(x)


def _canonical(obj):
    """The text that orders a set's items (FORMAT.md, Additions): compact,
    sorted keys, ASCII."""
    try:
        return json.dumps(obj, separators=(",", ":"), sort_keys=True)
    except TypeError:  # MicroPython's json has no sort_keys
        return _dumps(obj)


def _is_mapping(v):
    return all(hasattr(v, name) for name in ("keys", "items", "__getitem__"))


def _mro_names(cls):
    mro = getattr(cls, "__mro__", None)
    if mro is None:
        mro = [cls]
        while getattr(mro[-1], "__bases__", ()):
            mro.append(mro[-1].__bases__[0])
    return [c.__name__ for c in mro if c is not object]


# MicroPython's errno table holds Linux's numbers wherever it runs; under
# Emscripten the C library raises WASI's (ENOENT is 44 there, and WASI's 2 is
# EACCES, not ENOENT). There the number goes to the runner, which names it
# by the platform's table (runner/errnos.c).
_NAMES_MATCH_NUMBERS = not (sys.implementation.name == "micropython" and sys.platform == "webassembly")


def _errno_name(num):
    codes = getattr(_errno, "errorcode", {}) if _errno is not None and _NAMES_MATCH_NUMBERS else {}
    return codes.get(num, num)


def encode_exception(e):
    out = {"raises": type(e).__name__, "mro": _mro_names(type(e))}
    if isinstance(e, OSError):
        num = getattr(e, "errno", None)
        if num is None and e.args and isinstance(e.args[0], int):
            num = e.args[0]
        if num is not None:
            out["errno"] = _errno_name(num)
    try:
        out["message"] = _text(str(e))
    except Exception:
        out["message"] = "<unprintable>"
    return out


# ---- setup and check ops -----------------------------------------------

def _flags(text):
    value = 0
    for name in str(text).split("|"):
        name = name.strip()
        if not hasattr(os, name):
            raise SetupMissing(name)
        value |= getattr(os, name)
    return value


def _need(name):
    if not hasattr(os, name):
        raise SetupMissing(name)
    return getattr(os, name)


def _data(value):
    if isinstance(value, dict) and "bytes" in value:
        return _unhex(value["bytes"])
    return str(value).encode("utf-8")


def _write_file(path, data):
    if not hasattr(_H, "open"):  # MicroPython
        f = open(path, "wb")
        try:
            f.write(data)
        finally:
            f.close()
        return
    # Three system calls where open() makes six (fstat, isatty, lseek).
    fd = _H.open(path, _H.O_WRONLY | _H.O_CREAT | _H.O_TRUNC, 0o666)
    try:
        while data:
            data = data[_H.write(fd, data):]
    finally:
        _H.close(fd)


def _read_file(path):
    f = open(path, "rb")
    try:
        return f.read()
    finally:
        f.close()


def _host_fs():
    """The harness's own file system calls, where it offers them (MicroPython
    under Node: Emscripten's FS). Setup and checks then do not depend on the
    os module under test, as in the reference target."""
    fs = globals().get("_osconform_host_fs")
    if fs is None:
        return None

    def call(op):
        answer = json.loads(fs(json.dumps(op)))
        if "error" in answer:
            raise SetupError("%s: %s" % (op.get("op"), answer["error"]))
        return answer["ok"]
    return call


def setup_op(case, op):
    host = _host_fs()
    if host is not None:
        fd = host(op)
        if op.get("op") == "open":
            case.fds[op["as"]] = fd
            case.host_fds.append(fd)
        return
    kind = op.get("op")
    path = op.get("path")
    if kind == "mkdir":
        _H.mkdir(path)
    elif kind == "write":
        _write_file(path, _data(op.get("data", "")))
    elif kind == "symlink":
        _need("symlink")(op["target"], path)
    elif kind == "chmod":
        _need("chmod")(path, op["mode"])
    elif kind == "mkfifo":
        _need("mkfifo")(path)
    elif kind == "open":
        mode = op.get("mode", 438)
        case.fds[op["as"]] = _need("open")(path, _flags(op.get("flags", "O_RDONLY")), mode)
    else:
        raise CaseError("unknown setup op %s" % json.dumps(op))


def _lstat(path):
    return (getattr(os, "lstat", None) or _need("stat"))(path)


def _mode(st):
    return st.st_mode if hasattr(st, "st_mode") else st[0]


def _size(st):
    return st.st_size if hasattr(st, "st_size") else st[6]


def _exists(path, stat):
    try:
        stat(path)
        return True
    except OSError:
        return False


def _is_type(path, stat, bits):
    try:
        return (_mode(stat(path)) & 0o170000) == bits
    except OSError:
        return False


class Unavailable(Exception):
    """A check this runtime cannot evaluate (its os lacks what it needs)."""


def _need_check(name):
    if not hasattr(os, name):
        raise Unavailable("os.%s is missing" % name)
    return getattr(os, name)


def check_op(op):
    kind = op.get("op")
    path = op.get("path")
    if kind == "exists":
        return _exists(path, os.stat)
    if kind == "absent":
        return not _exists(path, _lstat)
    if kind == "isdir":
        return _is_type(path, os.stat, 0o040000)
    if kind == "isfile":
        return _is_type(path, os.stat, 0o100000)
    if kind == "islink":
        return _is_type(path, _need_check("lstat"), 0o120000)
    try:
        if kind == "content":
            return _read_file(path) == _data(op.get("data", ""))
        if kind == "mode":
            return (_mode(_H.stat(path)) & op.get("mask", 0o7777)) == op["mode"]
        if kind == "size":
            return _size(_H.stat(path)) == op["size"]
        if kind == "readlink":
            return _need_check("readlink")(path) == op["target"]
    except OSError:
        return False
    raise CaseError("unknown check op %s" % json.dumps(op))


def run_check(op):
    host = _host_fs()
    if host is not None:
        return bool(host(op))
    try:
        return check_op(op)
    except Unavailable as e:
        return {"unavailable": str(e)}


# ---- steps --------------------------------------------------------------

class Missing(Exception):
    """The os name (or the member of an object) a step needs is not there."""


def _lookup(name):
    try:
        return _os_name(name)
    except AttributeError:
        raise Missing(name)


def _member(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise Missing(name)


_KINDS = {
    "POSITIONAL_ONLY": "positional-only",
    "POSITIONAL_OR_KEYWORD": "positional-or-keyword",
    "KEYWORD_ONLY": "keyword-only",
    "VAR_POSITIONAL": "var-positional",
    "VAR_KEYWORD": "var-keyword",
}


def _parameters(sig, owner):
    params = list(sig.parameters.values())
    if isinstance(owner, type) and params and params[0].name == "self":
        params = params[1:]  # an unbound method: the doc leaves self out
    out = []
    for p in params:
        entry = {"name": p.name, "kind": _KINDS.get(str(p.kind.name), str(p.kind))}
        entry["default"] = None if p.default is p.empty else repr(p.default)
        out.append(entry)
    return out


_INSPECT = []  # [inspect or None] once a signature step needs it


def _inspect_module():
    """inspect, imported at the first signature step: its import (ast, dis,
    tokenize...) was a quarter of the driver's start-up, and a larger heap
    makes every fork of an isolated case dearer; many runs never need it."""
    if not _INSPECT:
        try:
            import inspect
        except ImportError:
            inspect = None
        _INSPECT.append(inspect)
    return _INSPECT[0]


def _signature(name):
    """The parameters of os.NAME as introspection shows them."""
    target = _lookup(name)
    inspect = _inspect_module()
    if inspect is None or not hasattr(inspect, "signature"):
        return {"unavailable": "this runtime has no inspect.signature"}
    owner = _os_name(name.rsplit(".", 1)[0]) if "." in name else os
    try:
        return _parameters(inspect.signature(target), owner)
    except Exception as e:  # MicroPython's inspect: NotImplementedError, or a partial Signature
        return {"unavailable": "inspect.signature: %s: %s" % (type(e).__name__, e)}


def _call(case, fn, step):
    return fn(*case.decode(step.get("args", [])), **case.decode_kwargs(step.get("kwargs")))


def step_value(case, step):
    """Runs one step; returns (value, is_signature)."""
    if "call" in step:
        return _call(case, _lookup(step["call"]), step), False
    if "getattr" in step:
        return _lookup(step["getattr"]), False
    if "hasattr" in step:
        if "on" in step:
            return hasattr(case.decode(step["on"]), step["hasattr"]), False
        try:
            _os_name(step["hasattr"])
            return True, False
        except AttributeError:
            return False, False
    if "attr" in step:
        return _member(case.decode(step.get("on")), step["attr"]), False
    if "method" in step:
        return _call(case, _member(case.decode(step.get("on")), step["method"]), step), False
    if "iterate" in step:
        return list(case.decode(step["iterate"])), False
    if "signature" in step:
        return _signature(step["signature"]), True
    raise CaseError("unknown step %s" % json.dumps(step))


def _pid():
    return _H.getpid() if hasattr(_H, "getpid") else 0


DRIVER_PID = _pid()


def run_step(case, step):
    """One step's outcome; (outcome, ok) where ok is False if it raised."""
    try:
        value, is_signature = step_value(case, step)
        if _pid() != DRIVER_PID:
            _be_fork_child(case, step, value, _pid())  # only the parent answers
    except Missing as e:
        return {"missing": str(e.args[0])}, False
    except CaseError:
        raise
    except BaseException as e:  # KeyboardInterrupt from os.kill(getpid(), SIGINT) too
        return encode_exception(e), False
    if is_signature:
        return (value if isinstance(value, dict) else {"value": value, "type": "signature"}), True
    if "bind" in step:
        case.bound[step["bind"]] = value
    return {"value": encode(value), "type": type(value).__name__}, True


def _be_fork_child(case, step, value, me):
    """The child of a fork step (FORMAT.md): when fork returned 0 here (for
    forkpty, a pair starting with 0), runs the step's "child" steps and
    exits 0, or 1 at the first that does not complete (a raise of a step
    marked "continue" ends nothing); exits 70 when fork returned anything
    else. Never returns."""
    status = 0
    try:
        first = value[0] if isinstance(value, tuple) else value
        if first != 0:
            status = 70
        for child_step in step.get("child", ()) if first == 0 else ():
            try:
                got, _ = step_value(case, child_step)
            except (Missing, CaseError):
                raise
            except Exception:  # a raise of a step marked "continue" ends nothing
                if child_step.get("continue") is not True or _pid() != me:
                    raise
                continue
            if _pid() != me:  # a fork among the child steps: its own child
                _be_fork_child(case, child_step, got, _pid())
            if "bind" in child_step:
                case.bound[child_step["bind"]] = got
    except BaseException:
        status = 1
    _H._exit(status)


# Calls that start, replace, signal, wait for or end a process (the runner's
# runner/case_procs.c lists the same): a case with one runs isolated, and
# what it left behind is counted and killed after it.
_PROCESS_CALLS = frozenset((
    "fork", "forkpty", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
    "spawnvpe", "posix_spawn", "posix_spawnp", "system", "popen", "execl", "execle", "execlp",
    "execlpe", "execv", "execve", "execvp", "execvpe", "kill", "killpg", "abort", "_exit",
    "register_at_fork", "wait", "waitpid", "waitid", "wait3", "wait4", "pidfd_open"))


def _manages_processes(kase):
    return any(s.get("call") in _PROCESS_CALLS for s in kase.get("steps", ()))


def _own_processes():
    """Makes this isolation child the leader of a process group of its own,
    so that what its cases start is found by the group."""
    try:
        _H.setpgid(0, 0)
    except Exception:
        pass


def _ours(name, me, group):
    """Whether /proc says process NAME is our child or in our group."""
    try:
        with open("/proc/%s/stat" % name) as f:
            stat = f.read()
        fields = stat[stat.rindex(")") + 2:].split()  # the command may hold spaces
        return int(fields[1]) == me or int(fields[2]) == group
    except Exception:
        return False


def _kill_listed(seen):
    me, group = _H.getpid(), _H.getpgrp()
    listed = 0
    for name in _H.listdir("/proc"):
        if name.isdigit() and int(name) != me and _ours(name, me, group):
            try:
                _H.kill(int(name), 9)  # SIGKILL
            except OSError:
                pass
            seen.add(int(name))
            listed += 1
    return listed


def _reap_ended(seen):
    """Reaps every child that has ended; False once there is none at all."""
    while True:
        try:
            pid = _H.waitpid(-1, _H.WNOHANG)[0]
        except ChildProcessError:
            return False
        except InterruptedError:
            continue
        if pid == 0:
            return True
        seen.add(pid)


def _reap_leftovers():
    """Kills and reaps the processes the case left (its children, zombies
    included, and the rest of its process group); how many there were. A
    killed process takes a moment to end: a second at most, the runner's
    timeout and pid namespace cover anything slower."""
    seen = set()
    if not hasattr(_H, "waitpid") or not hasattr(_H, "getpgrp"):
        return 0
    for _ in range(200):
        try:
            listed = _kill_listed(seen)
        except OSError:  # no /proc
            listed = 0
        if not _reap_ended(seen) and not listed:
            break
        if _time is not None:
            _time.sleep(0.005)
    return len(seen)


# ---- one case -----------------------------------------------------------

def _open_fds():
    """The open fds (from /proc, where there is one), or None."""
    if not hasattr(_H, "open") or not hasattr(_H, "close"):
        return None
    try:
        # The listing opens the lowest free fd, found first: its own fd is
        # in the listing and closed by now (cheaper than an fstat per fd).
        listing_fd = _lowest_free_fd()
        fds = set(map(int, _H.listdir("/proc/self/fd")))
    except Exception:
        return None
    fds.discard(listing_fd)
    return fds


def _lowest_free_fd():
    try:
        fd = _H.dup(2)  # a third of an open() when fd 2 is there
    except Exception:  # a case closed fd 2, or no dup
        fd = _H.open("/proc/self/fd", _H.O_RDONLY)
    _H.close(fd)
    return fd


def _close_setup_fds(case):
    host = _host_fs()
    for fd in case.host_fds:
        try:
            host({"op": "close", "fd": fd})
        except Exception:
            pass
    for fd in case.fds.values():
        if fd in case.host_fds:
            continue
        try:
            _H.close(fd)
        except Exception:
            pass


def _release(case, before, keep):
    """Closes the setup's fds and any fd the steps left open; returns the
    fds open afterwards (None when unknown)."""
    _close_setup_fds(case)
    case.bound.clear()
    if before is None:
        return None
    after = _open_fds()
    if after is None or not after - before:
        return after  # nothing new: a case may close fds, never leave one open
    if _gc is not None:
        _gc.collect()  # objects that own fds (scandir iterators) close them first
        after = _open_fds() or after
    for fd in after - before:
        if fd not in keep:
            try:
                _H.close(fd)
            except OSError:
                pass
    return set(fd for fd in after if fd in before or fd in keep)


def _did_nothing(got):
    """A step's outcome that raised, named what the os lacks, or was skipped."""
    return "raises" in got or "missing" in got or "skipped" in got


def _every_step_raised(steps):
    for got in steps:
        if not _did_nothing(got):
            return False
    return True


_LOOKUP_STEPS = ("hasattr", "getattr", "signature")


def _only_looks_up(kase):
    """True for a case that only looks names up: it can neither open nor
    close an fd, so its fds need no listing."""
    if kase.get("setup") or kase.get("check"):
        return False
    for step in kase.get("steps", ()):
        if not any(k in step for k in _LOOKUP_STEPS):
            return False
    return True


class Session(object):
    """What the cases of one driver process share: the directory each case
    returns to, the fds no cleanup may close, and the fds open between
    cases. With remember=True (main(): nothing but the cases opens or closes
    an fd there) the set the last cleanup left is the next case's starting
    set, which spares a listing of /proc/self/fd per case; a harness that
    moves the lines itself may open fds between cases, so handle_line does
    not remember."""

    def __init__(self, keep=(), remember=False):
        self.home = _H.getcwd()
        self.keep = keep
        self.remember = remember
        self.known_fds = None

    def fds_before(self):
        if self.known_fds is not None:
            return self.known_fds
        return _open_fds()

    def fds_after(self, fds):
        if self.remember:
            self.known_fds = fds


def run_case(sandbox, kase, session):
    """The case's outcome; afterwards the cwd is the session's again, and
    the fds the case left open are closed."""
    out = {"id": kase.get("id")}
    case = Case()
    watch_fds = not _only_looks_up(kase)
    before = session.fds_before() if watch_fds else None
    start = _now_us()
    steps = None
    try:
        try:
            _H.chdir(sandbox)
        except OSError as e:
            out["setup_error"] = "cannot enter the sandbox %s: %s" % (sandbox, e)
            return out
        try:
            for op in kase.get("setup", []):
                setup_op(case, op)
        except CaseError:
            raise
        except SetupMissing as e:
            out["setup_missing"] = str(e.args[0])
            return out
        except Exception as e:
            out["setup_error"] = "setup %s: %s" % (json.dumps(op), e)
            return out
        steps = []
        failed = None
        for i, step in enumerate(kase.get("steps", [])):
            if failed is not None:
                steps.append({"skipped": "step %d did not complete" % failed})
                continue
            outcome, ok = run_step(case, step)
            steps.append(outcome)
            if not ok and not (step.get("continue") is True and "raises" in outcome):
                failed = i + 1
                if "missing" in outcome and isinstance(kase.get("object"), str):
                    out["object_present"] = _has_os_name(kase["object"])
        out["steps"] = steps
        out["checks"] = [run_check(op) for op in kase.get("check", [])]
        out["us"] = _elapsed_us(start)
        return out
    finally:
        try:
            _H.chdir(session.home)
        except OSError:
            pass
        # A call that raised opened nothing it kept: when every step raised,
        # the fds are as before, and listing them again would only say so.
        listing = watch_fds and not (steps and _every_step_raised(steps))
        after = _release(case, before if listing else None, session.keep)
        if listing:
            session.fds_after(after)


# ---- hello: facts and capabilities -------------------------------------

def _version_text(v):
    return ".".join(str(x) for x in tuple(v)[:3])


def _libc():
    """(name, version) of the C library this process runs on, or None. On
    Linux os.confstr answers, as platform.libc_ver() asks it first
    (importing platform costs more than the rest of the hello); elsewhere
    confstr may answer for an emulation (Emscripten's says "glibc 2.14").
    Without confstr, the library mapped into this process is read: a
    platform module (MicroPython's) may give the one it was built against."""
    linux = sys.platform.startswith("linux")
    try:
        parts = os.confstr("CS_GNU_LIBC_VERSION").split(None, 1) if linux else ()
        if len(parts) == 2:
            return tuple(parts)
    except Exception:  # no confstr, or no such name here
        pass
    found = _libc_from_maps() if linux else None
    if found:
        return found
    try:
        import platform
        return platform.libc_ver()
    except Exception:
        return None


def _read_text(path):
    try:
        return _read_file(path).decode("utf-8", "replace").strip()
    except Exception:
        return None


def _libc_from_maps():
    """glibc's name and version from the library this process has mapped,
    read as platform.libc_ver() reads a binary: for an os with no confstr
    and no platform module (MicroPython's own port)."""
    maps = _read_text("/proc/self/maps") or ""
    for line in maps.split("\n"):
        path = line.split()[-1] if line.split() else ""
        if "/libc.so" not in path and "/libc-" not in path:
            continue
        try:
            f = open(path, "rb")
        except OSError:
            return None
        try:
            tail = b""
            while True:
                chunk = f.read(1 << 16)
                if not chunk:
                    return None
                text = tail + chunk
                at = text.find(b"release version ")
                if at >= 0 and len(text) - at > 40:
                    version = text[at + 16:at + 40].split(b".\n")[0].split(b".")[:2]
                    return ("glibc", ".".join(v.decode("ascii") for v in version))
                tail = text[-64:]
        finally:
            f.close()
    return None


def _uname():
    """os.uname()'s sysname, release, version and machine; where os has no
    uname, the kernel's own answers in /proc."""
    if hasattr(os, "uname"):
        u = os.uname()
        return u[0], u[2], u[3], u[4]
    names = ("ostype", "osrelease", "version", "arch")
    values = [_read_text("/proc/sys/kernel/" + n) for n in names]
    return tuple(values) if values[0] else None


def _euid():
    """The effective uid, or None when this target cannot tell."""
    if hasattr(os, "geteuid"):
        return os.geteuid()
    for line in (_read_text("/proc/self/status") or "").split("\n"):
        if line.startswith("Uid:"):
            return int(line.split()[2])
    return None


def language_version():
    """The Python language version the implementation says it implements."""
    v = getattr(sys, "version_info", ())
    return "%d.%d" % (v[0], v[1]) if len(v) >= 2 else None


def facts():
    f = {"sys_platform": sys.platform}
    if hasattr(os, "name"):
        f["os_name"] = os.name
    u = _uname()
    if u is not None:
        f["uname_sysname"], f["uname_release"], f["uname_version"], f["machine"] = u
    if hasattr(sys, "version_info"):
        f["python_version"] = _version_text(sys.version_info)
    libc = _libc()
    if libc and libc[0]:
        f["libc"] = libc[0]
        f["libc_version"] = libc[1]
    if hasattr(sys, "getandroidapilevel"):
        f["android_api_level"] = sys.getandroidapilevel()
    info = getattr(sys, "_emscripten_info", None)
    if info is not None:
        f["emscripten_version"] = _version_text(info.emscripten_version)
    return f


def _probe(fn):
    try:
        return bool(fn())
    except Exception:
        return False


def _probe_fork():
    pid = _H.fork()
    if pid == 0:
        _H._exit(0)
    return _H.waitpid(pid, 0)[1] == 0


def _probe_xattr(path):
    os.setxattr(path, "user.osconform", b"1")
    return os.getxattr(path, "user.osconform") == b"1"


def _make_probe_dir():
    root = _env("OSCONFORM_SANDBOX_ROOT") or "/tmp"
    path = "%s/.osconform-probe-%d" % (root.rstrip("/"), getattr(os, "getpid", lambda: 0)())
    _H.mkdir(path)
    return path


def _remove_tree(path):
    for name in _H.listdir(path):
        child = path + "/" + name
        if _is_type(child, _lstat, 0o040000):
            _remove_tree(child)
        else:
            _H.remove(child)
    _H.rmdir(path)


def capabilities():
    caps = []
    # MicroPython's own port has no os.name: its platform says what it is.
    if getattr(os, "name", None) == "posix" or (
            not hasattr(os, "name") and sys.platform in ("linux", "darwin", "freebsd")):
        caps.append("posix")
    euid = _euid()
    if euid is not None:
        caps.append("root" if euid == 0 else "nonroot")
    if sys.platform.startswith("linux"):
        caps.append("linux")
    if hasattr(_H, "fork") and hasattr(_H, "waitpid") and _probe(_probe_fork):
        caps.append("fork")
    try:
        where = _make_probe_dir()
    except OSError:
        return caps
    try:
        _write_file(where + "/f", b"")
        if _probe(lambda: os.symlink("f", where + "/l") or os.readlink(where + "/l") == "f"):
            caps.append("symlink")
        if _probe(lambda: os.mkfifo(where + "/p") or _is_type(where + "/p", os.stat, 0o010000)):
            caps.append("fifo")
        if _probe(lambda: _probe_xattr(where + "/f")):
            caps.append("xattr")
    finally:
        _probe(lambda: _remove_tree(where) or True)
    return caps


# One compact encoder for every outcome line (json.dumps with separators
# builds a new one per call); MicroPython's json has no JSONEncoder.
_ENCODER = json.JSONEncoder(separators=(",", ":")) if hasattr(json, "JSONEncoder") else None


def _dumps(obj):
    if _ENCODER is not None:
        return _ENCODER.encode(obj)
    return json.dumps(obj, separators=(",", ":"))


_SETUP_NEEDS = (("mkdir", "mkdir"), ("symlink", "symlink"), ("chmod", "chmod"),
                ("mkfifo", "mkfifo"), ("open", "open"))


def setup_ops():
    """The setup operations this target can do itself; the runner does the
    others in the case's directory (cases/FORMAT.md, "Setup by the runner")."""
    if _host_fs() is not None:
        return ["write"] + [op for op, _ in _SETUP_NEEDS]
    return ["write"] + [op for op, name in _SETUP_NEEDS if hasattr(os, name)]


def hello_line(fork_isolation=False):
    """The hello; fork_isolation offers "fork-isolation" where fork works
    (only main() can: a harness that moves the lines has no fd to give a child)."""
    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", "python")
    version = getattr(impl, "version", getattr(sys, "version_info", ()))
    caps = capabilities()
    if fork_isolation and "fork" in caps:
        caps.append("fork-isolation")
    return _dumps({"hello": "osconform-target", "version": 1,
                   "implementation": name, "impl_version": _version_text(version),
                   "language_version": language_version(), "setup_ops": setup_ops(),
                   "facts": facts(), "capabilities": caps})


# ---- the protocol -------------------------------------------------------

def parse_line(line):
    """(message, None) for a well-formed runner line, else (None, outcome line)."""
    try:
        msg = json.loads(line)
        msg["case"].get("id")
        str(msg["sandbox"])
        return msg, None
    except Exception as e:
        return None, _dumps({"id": None, "setup_error": "bad input line: %s" % e})


def handle_line(line, keep=()):
    """One runner line in, one outcome line out; never raises."""
    msg, bad = parse_line(line)
    return bad if msg is None else handle_message(msg, Session(keep))


def _outcome(msg, session):
    """The outcome of one parsed runner line, as a dict; never raises."""
    kase = msg["case"]
    try:
        return run_case(msg["sandbox"], kase, session)
    except CaseError as e:
        return {"id": kase.get("id"), "setup_error": "bad case: %s" % e}
    except BaseException as e:  # a signal the case sent itself, raised between steps
        return {"id": kase.get("id"), "setup_error": "driver fault: %s: %s" % (type(e).__name__, e)}


def handle_message(msg, session):
    """The outcome line of one parsed runner line; never raises."""
    return _dumps(_outcome(msg, session))


# A harness that runs each isolated case in a fresh instance of its runtime
# (runner/drivers/node/fresh.mjs) keeps an instance for the next isolated
# case when the case left it as it was, as the fork isolation keeps a child.
_INSTANCE = {"stays": False}  # and "state": the instance's at its first case


def handle_isolated_line(line, keep=()):
    """handle_line for an isolated case in an instance of its own; then
    instance_stays() says whether the instance may serve the next one."""
    if "state" not in _INSTANCE:
        _INSTANCE["state"] = _process_state()
    _INSTANCE["stays"] = False
    msg, bad = parse_line(line)
    if msg is None:
        return bad
    outcome = _outcome(msg, Session(keep))
    _INSTANCE["stays"] = _left_as_was(msg["case"], outcome, _INSTANCE["state"])
    return _dumps(outcome)


def instance_stays():
    return _INSTANCE["stays"]


# Protocol fds sit far above what cases open, so a case that closes, reads or
# writes fds 0..2 (or closes low numbers) cannot touch the pipes.
PROTO_IN_FD = 1021
PROTO_OUT_FD = 1022
DONE_FD = 1020  # an isolation child tells the zygote it answered
REQUEST_FD = 1019  # the zygote hands its isolation child the next case
PARENT_DONE_FD = 1018  # the zygote's end of DONE_FD
PARENT_REQUEST_FD = 1017  # the zygote's end of REQUEST_FD
ZYGOTE_REQUEST_FD = 1016  # the driver hands the zygote each isolated case
DRIVER_REQUEST_FD = 1015  # the driver's end of ZYGOTE_REQUEST_FD
ZYGOTE_REPLY_FD = 1014  # the zygote tells the driver how the case ended
DRIVER_REPLY_FD = 1013  # the driver's end of ZYGOTE_REPLY_FD


def _move_high(fd, high):
    try:
        _H.dup2(fd, high)
        return high
    except OSError:  # a low fd limit: the lowest free fd still frees 0 and 1
        return _H.dup(fd)


def _protect_pipes():
    proto_in = _move_high(0, PROTO_IN_FD)
    proto_out = _move_high(1, PROTO_OUT_FD)
    null = _H.open("/dev/null", _H.O_RDWR)
    _H.dup2(null, 0)
    _H.dup2(2, 1)
    _H.close(null)
    sys.stdout = sys.stderr  # print() in a case goes to stderr, never the protocol
    return proto_in, proto_out


def _flush_std():
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass


def _write_all(fd, data):
    while data:
        data = data[_H.write(fd, data):]


def _high_pipe(read_fd, write_fd):
    """A pipe with both ends moved high, out of a case's reach, and kept
    from the programs a case runs."""
    r, w = _H.pipe()
    ends = []
    for fd, high in ((r, read_fd), (w, write_fd)):
        moved = _move_high(fd, high)
        if moved != fd:
            _H.close(fd)
        _H.set_inheritable(moved, False)
        ends.append(moved)
    return ends[0], ends[1]


def _death(status):
    if _H.WIFSIGNALED(status):
        return "was killed by signal %d" % _H.WTERMSIG(status)
    code = _H.WEXITSTATUS(status) if _H.WIFEXITED(status) else status
    return "exited with status %d" % code


# What a case that is isolated may change in its process, as os shows it.
_STATE_CALLS = (("getuid", ()), ("geteuid", ()), ("getgid", ()), ("getegid", ()),
                ("getresuid", ()), ("getresgid", ()), ("getgroups", ()), ("getpgrp", ()),
                ("getsid", (0,)), ("sched_getaffinity", (0,)), ("sched_getscheduler", (0,)),
                ("sched_getparam", (0,)))


def _std_fd(fd):
    """What standard fd FD is open on (a case may close it, or dup2 onto
    it, through a file object's methods too), None if it is closed."""
    try:
        st = _H.fstat(fd)
        return (st[1], st[2])  # st_ino, st_dev
    except OSError:
        return None


def _process_state():
    """The process-wide state an isolated case could have changed, as far
    as this os shows it: cwd, root, umask, environment, standard fds,
    identity, process group, session, priority, CPU affinity, scheduling.
    None if something it has cannot be read."""
    try:
        state = {"cwd": _H.getcwd()}
        if hasattr(_H, "stat"):
            root = _H.stat("/")
            state["root"] = (root[1], root[2])  # st_ino, st_dev (MicroPython's is a tuple)
        if hasattr(_H, "umask"):
            state["umask"] = _H.umask(0o22)
            _H.umask(state["umask"])
        if hasattr(os, "environ"):
            state["environ"] = dict(os.environ)
        if hasattr(_H, "fstat"):
            state["stdfds"] = [_std_fd(fd) for fd in (0, 1, 2)]
        if hasattr(os, "getpriority"):
            state["priority"] = os.getpriority(os.PRIO_PROCESS, 0)
        for name, args in _STATE_CALLS:
            fn = getattr(os, name, None)
            state[name] = fn(*args) if fn is not None else None
        return state
    except Exception:
        return None


def _put_back(state, environ_names):
    """Undoes the changes a case may make that a process can undo: umask,
    priority, groups, process group, scheduling, and the C environment's
    variables it set or unset, from the state's copy of os.environ (the cwd
    run_case puts back itself). False if one could not be undone."""
    try:
        if "umask" in state:
            _H.umask(state["umask"])
        if "priority" in state and os.getpriority(os.PRIO_PROCESS, 0) != state["priority"]:
            os.setpriority(os.PRIO_PROCESS, 0, state["priority"])
        if state["getgroups"] is not None and os.getgroups() != state["getgroups"]:
            os.setgroups(state["getgroups"])
        if state["getpgrp"] is not None and os.getpgrp() != state["getpgrp"]:
            os.setpgid(0, state["getpgrp"])
        policy, param = state["sched_getscheduler"], state["sched_getparam"]
        if policy is not None and (os.sched_getscheduler(0), os.sched_getparam(0)) != (policy, param):
            os.sched_setscheduler(0, policy, param)
        for name in environ_names:
            if name in state.get("environ", ()):
                os.putenv(name, state["environ"][name])
            else:
                os.unsetenv(name)
        return True
    except Exception:
        return False


def _has_children():
    """Whether a process this one started is still there (or unreaped)."""
    try:
        os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return False
    except Exception:
        return True
    return True


# Steps an isolated case may have taken and still leave its process fit for
# the next isolated case: those that read; calls that only compute from
# their arguments or read (_READING_CALLS); those that touch only the
# sandbox's files (their fds are closed after every case); calls whose whole
# effect on the process shows in _process_state (put back by _put_back
# where it can be); calls whose lasting effect is on processes the case
# started (the runner lets a case signal no other), when none of them is
# left; putenv/unsetenv of a named variable, put back; and methods of what
# the case's own calls made (a file, a popen's pipe, a scandir iterator).
# Anything else that succeeded (register_at_fork, a method of an object the
# os module holds, ...) retires the child.
_READING_STEPS = _LOOKUP_STEPS + ("attr",)
_READING_CALLS = frozenset((
    "WCOREDUMP", "WIFCONTINUED", "WIFSTOPPED", "WIFSIGNALED", "WIFEXITED", "WEXITSTATUS", "WSTOPSIG",
    "WTERMSIG", "waitstatus_to_exitcode", "times", "sched_yield", "sched_rr_get_interval",
    "sched_get_priority_min", "sched_get_priority_max", "cpu_count", "process_cpu_count", "strerror",
    "fspath", "fsencode", "fsdecode", "get_exec_path", "uname", "getloadavg", "sched_param"))
_HARMLESS_CALLS = frozenset((
    "getcwd", "getcwdb", "getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid",
    "getgroups", "getpid", "getppid", "getpgid", "getpgrp", "getsid", "getpriority",
    "sched_getaffinity", "sched_getparam", "sched_getscheduler", "getenv", "listdir", "stat",
    "lstat", "mkdir", "mkfifo", "open", "close", "read", "write", "pipe", "chmod", "memfd_create",
    "posix_fallocate",
    "chdir", "fchdir", "umask", "nice", "setpriority", "setuid", "seteuid", "setgid", "setegid",
    "setreuid", "setregid", "setresuid", "setresgid", "setgroups", "initgroups", "setpgid", "setpgrp",
    "sched_setaffinity", "sched_setparam", "sched_setscheduler")) | _READING_CALLS
_SPAWNING_CALLS = frozenset((
    "fork", "forkpty", "popen", "system", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve",
    "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "wait", "waitpid", "waitid", "wait3", "wait4",
    "kill", "killpg", "pidfd_open"))
_ENVIRON_CALLS = ("putenv", "unsetenv")


def _on_own_value(step, made):
    on = step.get("on")
    return isinstance(on, dict) and list(on) == ["ref"] and on["ref"] in made


def _left_as_was(kase, outcome, state):
    """Whether the case left its isolation child as it was at the fork: its
    steps harmless (above), what can be put back put back, and the state
    as before."""
    steps = outcome.get("steps")
    if state is None or not steps or "setup_error" in outcome or len(steps) != len(kase.get("steps", ())):
        return False
    environ_names = []
    made = set()  # refs bound to what the case's own calls returned
    spawned = False
    for step, got in zip(kase["steps"], steps):
        call = step.get("call")
        args = step.get("args") or [None]
        if _did_nothing(got) or any(k in step for k in _READING_STEPS):
            continue
        if call in _ENVIRON_CALLS and isinstance(args[0], str):
            environ_names.append(args[0])
        elif call in _SPAWNING_CALLS:
            spawned = True
        elif "method" in step and _on_own_value(step, made):
            pass
        elif call not in _HARMLESS_CALLS:
            return False
        if "bind" in step and (call is not None or "method" in step):
            made.add(step["bind"])
    if spawned and _has_children():
        return False
    return _put_back(state, environ_names) and _process_state() == state


def _serve_isolated(requests, session, out_fd, done_w):
    """In the isolation child: answers the isolated cases the zygote hands
    it, one a line, on the protocol itself, and says on done_w whether it
    stays ("!": the case left it as it was) or leaves ("x"). Never
    returns."""
    global DRIVER_PID
    DRIVER_PID = _pid()  # this child answers; the children of its fork steps do not
    session.keep = session.keep + (requests.fileno(), done_w)
    status = 0
    try:
        _own_processes()
        state = _process_state()
        while True:
            line = requests.readline()
            if not line:
                break
            msg = json.loads(line.decode("utf-8"))
            outcome = _outcome(msg, session)
            if _manages_processes(msg["case"]):
                left = _reap_leftovers()
                if left:
                    outcome["left_processes"] = left
            _flush_std()
            _write_all(out_fd, (_dumps(outcome) + "\n").encode("utf-8"))
            stays = _left_as_was(msg["case"], outcome, state)
            _H.write(done_w, b"!" if stays else b"x")
            if not stays:
                break
    except BaseException:
        status = 70
    finally:
        _H._exit(status)


class _Chain(object):
    """In the zygote: the isolation child of the moment. A child whose case
    left it as it was (_left_as_was) serves the next isolated case too; any
    other child is discarded after its case, and the next isolated case
    gets a new one."""

    def __init__(self, session, out_fd, zygote_fds):
        self.session = session
        self.out_fd = out_fd
        self.zygote_fds = zygote_fds  # not the child's: it closes them
        self.pid = None

    def _fork(self):
        req_r, req_w = _high_pipe(REQUEST_FD, PARENT_REQUEST_FD)
        done_r, done_w = _high_pipe(PARENT_DONE_FD, DONE_FD)
        pid = _H.fork()
        if pid == 0:
            for fd in (req_w, done_r) + self.zygote_fds:
                _H.close(fd)
            _serve_isolated(_H.fdopen(req_r, "rb"), self.session, self.out_fd, done_w)
        _H.close(req_r)
        _H.close(done_w)
        self.pid, self.req_w, self.done_r = pid, req_w, done_r

    def _retire(self):
        """Reaps the child; its exit status."""
        _H.close(self.req_w)
        _H.close(self.done_r)
        status = _H.waitpid(self.pid, 0)[1]
        self.pid = None
        return status

    def _hand(self, request):
        try:
            _write_all(self.req_w, request)
            return True
        except OSError:
            return False

    def run(self, request):
        """None when the child answered the case, else its exit status."""
        if self.pid is not None and not self._hand(request):
            self._retire()  # it died while it waited: a new one takes the case
        if self.pid is None:
            self._fork()
            self._hand(request)
        try:
            reply = _H.read(self.done_r, 1)
        except OSError:
            reply = b""
        if reply == b"!":
            return None
        status = self._retire()
        return None if reply == b"x" else status


def _serve_as_zygote(requests, replies_fd, chain):
    """The zygote's loop: each isolated case the driver hands it goes to its
    chain; one reply line each, "ok" or the exit status of a child that died
    without answering. Ends, with its chain, when the driver does."""
    if _gc is not None:
        _gc.disable()  # a collection would touch, and so copy, the whole heap
    try:
        while True:
            line = requests.readline()
            if not line:
                break
            status = chain.run(line)
            _H.write(replies_fd, b"ok\n" if status is None else ("%d\n" % status).encode("ascii"))
    finally:
        if chain.pid is not None:
            chain._retire()  # it reads the end of its requests and exits
        _H._exit(0)


class Isolation(object):
    """Isolation by fork (FORMAT.md): no isolated case runs in the driver.
    At start-up the driver forks a zygote, a copy of itself that has run no
    case; every isolated case runs in a child of the zygote. A fork costs
    CPython about a millisecond (page tables, copy-on-write): the zygote
    lets a child left as it was serve the next isolated case, even
    across shared cases, and the driver's own pages are never shared with a
    short-lived child, so its writes copy nothing after the first."""

    def __init__(self, session, out_fd, proto_in_fd):
        self.session = session
        self.out_fd = out_fd
        self.proto_in_fd = proto_in_fd
        self.pid = None

    def start(self):
        _flush_std()
        zreq_r, zreq_w = _high_pipe(ZYGOTE_REQUEST_FD, DRIVER_REQUEST_FD)
        zrep_r, zrep_w = _high_pipe(DRIVER_REPLY_FD, ZYGOTE_REPLY_FD)
        pid = _H.fork()
        if pid == 0:
            for fd in (zreq_w, zrep_r, self.proto_in_fd):
                _H.close(fd)
            chain = _Chain(self.session, self.out_fd, (zreq_r, zrep_w))
            _serve_as_zygote(_H.fdopen(zreq_r, "rb"), zrep_w, chain)
        _H.close(zreq_r)
        _H.close(zrep_w)
        self.pid, self.req_w, self.rep_r = pid, zreq_w, zrep_r
        self.session.keep = self.session.keep + (zreq_w, zrep_r)

    def _reply(self, request):
        """The zygote's reply line, b"" if it is gone."""
        try:
            _write_all(self.req_w, request)
            reply = b""
            while not reply.endswith(b"\n"):
                part = _H.read(self.rep_r, 64)
                if not part:
                    return b""
                reply += part
            return reply
        except OSError:
            return b""

    def _lost(self):
        """The zygote is gone (a case killed its parent): a new one takes
        the next isolated case. Its exit status."""
        for fd in (self.req_w, self.rep_r):
            _H.close(fd)
        self.session.keep = tuple(fd for fd in self.session.keep if fd not in (self.req_w, self.rep_r))
        status = _H.waitpid(self.pid, 0)[1]
        self.pid = None
        return status

    def run(self, line, msg):
        """None when the case was answered, else the crashed outcome line
        for the driver to write."""
        if self.pid is None:
            self.start()
        reply = self._reply((line.rstrip("\n") + "\n").encode("utf-8"))
        if reply == b"ok\n":
            return None
        status = int(reply) if reply else self._lost()
        return _dumps({"id": msg["case"].get("id"), "crashed": _death(status)})


def _freeze_heap():
    """Leaves the objects of the driver's start-up (modules, functions) out
    of every later collection: the collection after a case that left an fd
    open then costs what the case allocated, not the whole heap."""
    if _gc is not None and hasattr(_gc, "freeze"):
        _gc.freeze()


def _protocol_streams():
    """The protocol's input and output, and the fds no case may close. An
    os with no dup2 or fdopen (MicroPython's own port) keeps the protocol
    on stdin and stdout, where its cases cannot reach them anyway."""
    if hasattr(_H, "dup2") and hasattr(_H, "fdopen") and hasattr(_H, "open"):
        in_fd, out_fd = _protect_pipes()
        return _H.fdopen(in_fd, "r"), _H.fdopen(out_fd, "w"), (in_fd, out_fd)
    return sys.stdin, sys.stdout, ()


def main():
    proto_in, proto_out, keep = _protocol_streams()
    hello = hello_line(fork_isolation=hasattr(_H, "fork"))
    forks = '"fork-isolation"' in hello
    proto_out.write(hello + "\n")
    proto_out.flush()
    session = Session(keep, remember=True)
    _freeze_heap()
    isolation = Isolation(session, keep[1], keep[0]) if forks else None
    if isolation is not None:
        isolation.start()
    while True:
        line = proto_in.readline()
        if not line:
            return 0
        if not line.strip():
            continue
        msg, answer = parse_line(line)
        if msg is not None and forks and msg["case"].get("isolate") is True:
            answer = isolation.run(line, msg)
        elif msg is not None:
            answer = handle_message(msg, session)
        if answer is not None:
            proto_out.write(answer + "\n")
            proto_out.flush()


if __name__ == "__main__" and not globals().get("_osconform_embedded"):
    sys.exit(main())
