/* A target that speaks the protocol of cases/FORMAT.md and misbehaves on
 * demand, for the runner's tests. The first word of a case id says what to
 * do (the runner must survive every one of them):
 *   ok/...        answer what the case expects (a PASS)
 *   wrong/...     answer a value the case does not expect (a FAIL)
 *   stub/...      raise NotImplementedError (a STUB)
 *   segv/...      die of SIGSEGV, after a word on stderr
 *   hang/...      never answer
 *   exit/...      exit(3) without answering
 *   garbage/...   answer a line that is not JSON
 *   huge/...      answer one line of 64 MiB
 *   twice/...     answer twice
 *   otherid/...   answer for another case id
 *   slow/...      take 100 ms, then answer as ok
 *   escape/...    plant symlinks out of the sandbox and an unreadable
 *                 directory in it, then answer as ok
 * hasattr of a name that starts with "absent_" is false. Every answer
 * carries "pid" and "ppid" so tests can see which process (and which
 * runner worker) ran a case. With
 * OSC_FAKE_FORK_ISOLATION=1 it offers "fork-isolation" and runs each
 * isolated case in a child it forks (cases/FORMAT.md, Additions). */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/random.h>
#include <unistd.h>
#include <jansson.h>

static json_t *raised(const char *cls, const char *err)
{
  json_t *o = json_pack("{s:s,s:[s,s,s]}", "raises", cls, "mro", cls, "OSError", "Exception");
  if (err)
    json_object_set_new(o, "errno", json_string(err));
  return o;
}

/* The outcome that satisfies one expectation. */
static json_t *satisfying(const json_t *step, const json_t *expect)
{
  const char *name = json_string_value(json_object_get(step, "hasattr"));
  if (name)
    return json_pack("{s:b,s:s}", "value", strncmp(name, "absent_", 7) != 0, "type", "bool");
  const char *cls = json_string_value(json_object_get(expect, "raises"));
  if (cls)
    return raised(cls, json_string_value(json_object_get(expect, "errno")));
  const json_t *v = json_object_get(expect, "returns");
  const char *type = json_string_value(json_object_get(expect, "type"));
  return json_pack("{s:O,s:s}", "value", v ? v : json_null(), "type", type ? type : "NoneType");
}

/* Which process answered: confined in a PID namespace of its own, every
 * target is pid 2, so the tests tell processes apart by a random number
 * each process draws for itself (a forked child draws its own). */
static json_int_t process_token(void)
{
  static pid_t owner;
  static json_int_t token;
  if (owner != getpid()) {
    owner = getpid();
    if (getrandom(&token, sizeof token, 0) != sizeof token)
      token = owner;
    token &= 0x3fffffffffffffffLL;
  }
  return token;
}

static json_t *answer(const json_t *kase, const char *mode)
{
  json_t *steps = json_array(), *checks = json_array();
  const json_t *expects = json_object_get(kase, "expect");
  size_t i;
  const json_t *step;
  json_array_foreach(json_object_get(kase, "steps"), i, step) {
    json_t *o = strcmp(mode, "wrong") == 0 ? json_pack("{s:s,s:s}", "value", "wrong", "type", "str")
                : strcmp(mode, "stub") == 0 ? raised("NotImplementedError", NULL)
                : satisfying(step, json_array_get(expects, i));
    json_array_append_new(steps, o);
  }
  for (i = 0; i < json_array_size(json_object_get(kase, "check")); i++)
    json_array_append_new(checks, json_true());
  return json_pack("{s:O,s:o,s:o,s:i,s:I,s:I}", "id", json_object_get(kase, "id"), "steps", steps,
                   "checks", checks, "us", 7, "pid", process_token(), "ppid", (json_int_t)getppid());
}

static void put(json_t *o)
{
  char *text = json_dumps(o, JSON_COMPACT);
  printf("%s\n", text);
  fflush(stdout);
  free(text);
  json_decref(o);
}

/* Symlinks to the canary outside, and a directory the runner cannot read:
 * removing the sandbox must neither follow the first nor trip on the second. */
static void plant_escapes(void)
{
  const char *canary = getenv("OSC_TEST_CANARY_DIR");
  if (canary) {
    if (symlink(canary, "to-canary") != 0 || symlink("/", "to-root") != 0)
      fprintf(stderr, "fake-target: symlink: %s\n", strerror(errno));
  }
  if (mkdir("locked", 0700) == 0) {
    FILE *f = fopen("locked/inside", "w");
    if (f)
      fclose(f);
    if (symlink(canary ? canary : "/", "locked/to-canary") != 0)
      fprintf(stderr, "fake-target: symlink: %s\n", strerror(errno));
    chmod("locked", 0);
  }
  if (mkdir("deep", 0700) == 0 && mkdir("deep/er", 0700) == 0)
    chmod("deep", 0500);
}

static void misbehave(const char *mode, const json_t *kase)
{
  if (strcmp(mode, "segv") == 0) {
    fputs("fake-target: about to crash\n", stderr);
    fflush(stderr);
    raise(SIGSEGV);
  } else if (strcmp(mode, "hang") == 0) {
    for (;;)
      pause();
  } else if (strcmp(mode, "exit") == 0) {
    exit(3);
  } else if (strcmp(mode, "garbage") == 0) {
    puts("this is not JSON");
  } else if (strcmp(mode, "huge") == 0) {
    static char block[1 << 20];
    memset(block, 'x', sizeof block);
    for (int i = 0; i < 64; i++)
      fwrite(block, 1, sizeof block, stdout);
    puts("");
  } else if (strcmp(mode, "twice") == 0) {
    put(answer(kase, "ok"));
    put(answer(kase, "ok"));
  } else if (strcmp(mode, "otherid") == 0) {
    printf("{\"id\": \"not-%s\", \"steps\": []}\n", json_string_value(json_object_get(kase, "id")));
  }
  fflush(stdout);
}

static void serve(const char *line);

static bool fork_isolation(void)
{
  const char *v = getenv("OSC_FAKE_FORK_ISOLATION");
  return v && strcmp(v, "1") == 0;
}

/* The child answers through a pipe; a child that dies without a word is
 * answered for, as "crashed". */
static void serve_in_child(const char *line, const char *id)
{
  int p[2];
  if (pipe(p) != 0)
    return;
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(p[0]);
    dup2(p[1], 1);
    serve(line);
    fflush(stdout);
    _exit(0);
  }
  close(p[1]);
  char answer[1 << 16];
  size_t n = 0;
  ssize_t got;
  while (n < sizeof answer - 1 && (got = read(p[0], answer + n, sizeof answer - 1 - n)) > 0)
    n += got;
  close(p[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (n)
    fwrite(answer, 1, n, stdout);
  else
    printf("{\"id\": \"%s\", \"crashed\": \"was killed by signal %d\"}\n", id,
           WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  fflush(stdout);
}

static void serve_line(const char *line)
{
  json_t *req = json_loads(line, 0, NULL);
  const json_t *kase = json_object_get(req, "case");
  if (fork_isolation() && json_is_true(json_object_get(kase, "isolate")))
    serve_in_child(line, json_string_value(json_object_get(kase, "id")));
  else
    serve(line);
  json_decref(req);
}

static void serve(const char *line)
{
  json_t *req = json_loads(line, 0, NULL);
  const json_t *kase = json_object_get(req, "case");
  const char *sandbox = json_string_value(json_object_get(req, "sandbox"));
  const char *id = json_string_value(json_object_get(kase, "id"));
  if (!sandbox || !id || chdir(sandbox) != 0) {
    printf("{\"id\": \"%s\", \"setup_error\": \"no sandbox\"}\n", id ? id : "?");
    fflush(stdout);
    json_decref(req);
    return;
  }
  char mode[32];
  snprintf(mode, sizeof mode, "%.*s", (int)strcspn(id, "/"), id);
  if (strcmp(mode, "slow") == 0)
    usleep(100 * 1000);
  if (strcmp(mode, "escape") == 0)
    plant_escapes();
  const char *plain[] = {"ok", "wrong", "stub", "slow", "escape", NULL};
  bool answers = false;
  for (const char **p = plain; *p; p++)
    answers |= strcmp(mode, *p) == 0;
  if (answers)
    put(answer(kase, mode));
  else
    misbehave(mode, kase);
  json_decref(req);
}

int main(void)
{
  const char *root = getenv("OSCONFORM_SANDBOX_ROOT");
  printf("{\"hello\": \"osconform-target\", \"version\": 1, \"implementation\": \"fake\", "
         "\"impl_version\": \"1.0\", \"facts\": {\"sys_platform\": \"linux\", \"os_name\": \"posix\", "
         "\"uname_sysname\": \"Linux\", \"uname_release\": \"6.1.0-18-amd64\", \"libc\": \"glibc\", "
         "\"libc_version\": \"2.36\", \"sandbox_root_set\": %s}, \"capabilities\": [\"posix\", \"symlink\"%s]}\n",
         root && *root ? "\"yes\"" : "\"no\"", fork_isolation() ? ", \"fork-isolation\"" : "");
  fflush(stdout);
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, stdin) > 0)
    serve_line(line);
  free(line);
  return 0;
}
