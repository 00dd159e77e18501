// Isolation by a fresh instance (cases/FORMAT.md, "Isolation by fork"). A
// WebAssembly runtime cannot fork, but what a case can change in "its
// process" (cwd, umask, environment, uid, open files, mounts) lives in the
// instance: a new instance of the runtime in the same Node process isolates
// a case as a forked child would, at a fraction of a new Node's cost. The
// little an instance reaches of Node's own process is put back after each
// isolated case: the umask (Pyodide's umask is Node's), the host fds of its
// file systems, process.exitCode (set by exit()), and, should a runtime ever
// touch them, Node's cwd and environment.

// The hello of the shared instance, offering isolation to the runner, and
// asking for fresh paths: Emscripten's file systems cache every path they
// have looked up, so a directory an earlier case used would show its files.
export function offerIsolation(helloLine) {
  const hello = JSON.parse(helloLine);
  hello.capabilities = [...(hello.capabilities || []), 'fork-isolation', 'fresh-paths'];
  return JSON.stringify(hello);
}

// The id of an isolated case, or undefined for any other line (the shared
// instance answers those, malformed ones included).
function isolatedCaseId(line) {
  try {
    const msg = JSON.parse(line);
    return msg?.case?.isolate === true ? msg.case.id ?? null : undefined;
  } catch {
    return undefined;
  }
}

// What driver.py (Isolation.run) says of a child that died without answering.
function crashText(e) {
  if (typeof e?.status === 'number')  // Emscripten's ExitStatus: exit(), _exit(), a fatal signal
    return `exited with status ${e.status}`;
  if (e instanceof WebAssembly.RuntimeError)
    return `was aborted (WebAssembly trap: ${e.message})`;
  return `failed: ${e?.name ?? 'error'}: ${e?.message ?? e}`;
}

function nodeState() {
  const umask = process.umask(0o022);  // process.umask() alone is deprecated (DEP0139)
  process.umask(umask);
  return { umask, cwd: process.cwd(), env: { ...process.env }, exitCode: process.exitCode };
}

// Puts back what the instance changed; a change to the cwd or the
// environment is reported, since no runtime here is known to make one.
function restoreNodeState(was) {
  process.umask(was.umask);
  process.exitCode = was.exitCode;
  if (process.cwd() !== was.cwd) {
    process.stderr.write(`osconform: warning: an isolated case moved Node's cwd; put back to ${was.cwd}\n`);
    process.chdir(was.cwd);
  }
  const names = new Set([...Object.keys(was.env), ...Object.keys(process.env)]);
  for (const name of names) {
    if (process.env[name] === was.env[name])
      continue;
    process.stderr.write(`osconform: warning: an isolated case changed Node's environment (${name}); put back\n`);
    if (name in was.env)
      process.env[name] = was.env[name];
    else
      delete process.env[name];
  }
}

// Closes every stream the instance still has open, so the host fds of its
// file systems (NODEFS, hostmount.mjs) are closed with it.
export function closeStreams(FS) {
  for (const stream of FS.streams) {
    if (!stream)
      continue;
    try {
      FS.close(stream);
    } catch {
      // a stream the crash left half-closed: nothing more to close
    }
  }
}

// Answers an isolated case in the kept instance, or in a new one from
// create(); returns [the answer, the instance if it may serve the next
// isolated case (driver.py: the case left it as it was), else null].
async function answerIsolated(create, kept, line, id) {
  const was = nodeState();
  let instance = kept;
  if (!instance) {
    try {
      instance = await create();
    } catch (e) {
      restoreNodeState(was);
      return [JSON.stringify({ id, setup_error: `cannot start a fresh instance: ${e.message}` }), null];
    }
  }
  let stays = false;
  try {
    const answer = instance.handleIsolated(line);
    stays = instance.stays();
    return [answer, stays ? instance : null];
  } catch (e) {
    return [JSON.stringify({ id, crashed: crashText(e) }), null];
  } finally {
    if (!stays)
      instance.discard();
    restoreNodeState(was);
  }
}

// The handler for serve(): each isolated case in an instance create() makes
// ({handleIsolated(line), stays(), discard()}), kept for the next isolated
// case while its cases leave it as they found it; the others in the shared
// one. An instance is made when its case comes: preparing the next one
// ahead, while other cases run, saved no measurable time (isolated cases
// come in runs, and Node has one thread for both).
export function isolating(shared, create) {
  let kept = null;
  return async (line) => {
    const id = isolatedCaseId(line);
    if (id === undefined)
      return shared(line);
    const [answer, instance] = await answerIsolated(create, kept, line, id);
    kept = instance;
    return answer;
  };
}
