/* Every field of a case, set to each of a range of values: the runner
 * accepts exactly the values the format allows (listed here, apart from the
 * schema, as the oracle) and refuses every other one with one line naming
 * the file, the line and the field. Nothing is accepted silently. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>
#include <jansson.h>
#include "../schema.h"
#include "../cases.h"
#include "helpers.h"

#define HEADER "{\"format\": \"osconform-cases\", \"version\": 1, \"doc\": \"3.14\"}\n"

/* A valid case that has every field and every kind of thing a field holds. */
static const char *const base_case =
  "{\"id\": \"base/1\", \"object\": \"mkdir\", \"doc\": \"3.14\", \"line\": 12, \"claim\": \"R-0123456789\","
  " \"claim_text\": \"Create a directory.\", \"kind\": \"behaviour\", \"since\": \"3.3\","
  " \"availability\": {\"include\": [{\"platform\": \"Unix\"}], \"exclude\": [], \"notes\": [], \"qualifiers\": []},"
  " \"requires\": [\"posix\"], \"isolate\": false, \"timeout_ms\": 5000,"
  " \"setup\": [{\"op\": \"write\", \"path\": \"f\", \"data\": \"abc\"}],"
  " \"steps\": [{\"call\": \"mkdir\", \"args\": [\"d\", {\"bytes\": \"00\"}, {\"tuple\": []}, {\"ref\": \"r\"},"
  "   {\"fd\": \"f\"}, {\"closed_fd\": true}, {\"pathlike\": \"p\"},"
  "   {\"callable\": {\"call\": \"rmdir\", \"args\": [\"d\"]}}], \"kwargs\": {\"mode\": 511}, \"bind\": \"r\","
  "   \"child\": [{\"call\": \"_exit\", \"args\": [0]}]}],"
  " \"expect\": [{\"returns\": null, \"type\": \"NoneType\", \"truthy\": false, \"len\": 0, \"contains\": 1,"
  "   \"any\": true, \"present\": true, \"params\": []}],"
  " \"check\": [{\"op\": \"mode\", \"path\": \"f\", \"mode\": 420, \"mask\": 511}], \"compare\": \"doc\"}";

/* The values every field is set to, in turn. */
static const char *const values[] = {
  "null", "true", "0", "7", "-1", "2147483648", "1.5", "\"\"", "\"x\"", "\"x y\"", "\"../x\"", "\"/etc\"",
  "[]", "{}", NULL};

/* A field, and the values above that the format allows there. */
typedef struct field {
  const char *path;
  const char *valid[16];
} field;

#define ANY_VALUE {"null", "true", "0", "7", "-1", "2147483648", "1.5", "\"\"", "\"x\"", "\"x y\"", "\"../x\"", "\"/etc\"", "[]"}
#define ANY_STRING {"\"\"", "\"x\"", "\"x y\"", "\"../x\"", "\"/etc\""}

static const field fields[] = {
  {"id", {"\"x\""}},
  {"object", {"\"x\""}},
  {"doc", {NULL}},
  {"line", {"7"}},
  {"claim", {"null"}},
  {"claim_text", ANY_STRING},
  {"kind", {NULL}},
  {"since", {NULL}},
  {"availability", {"null"}},
  {"availability.include", {"[]"}},
  {"availability.notes", {"[]"}},
  {"availability.include[0].platform", {"\"x\"", "\"x y\"", "\"../x\"", "\"/etc\""}},
  {"availability.include[0].min_version", {"null", "\"\"", "\"x\"", "\"x y\"", "\"../x\"", "\"/etc\""}},
  {"requires", {"[]"}},
  {"requires[0]", {NULL}},
  {"isolate", {"true"}},
  {"timeout_ms", {"7"}},
  {"setup", {"[]"}},
  {"setup[0].op", {NULL}},
  {"setup[0].path", {"\"x\"", "\"x y\""}},
  {"setup[0].data", ANY_STRING},
  {"steps", {NULL}},
  {"steps[0].call", {"\"x\""}},
  {"steps[0].args", {"[]"}},
  {"steps[0].args[0]", ANY_VALUE},
  {"steps[0].args[1].bytes", {"\"\""}},
  {"steps[0].args[2].tuple", {"[]"}},
  {"steps[0].args[3].ref", {"\"x\""}},
  {"steps[0].args[4].fd", {"\"x\""}},
  {"steps[0].args[5].closed_fd", {"true"}},
  {"steps[0].args[6].pathlike", ANY_VALUE},
  {"steps[0].args[7].callable", {NULL}},
  {"steps[0].args[7].callable.call", {"\"x\""}},
  {"steps[0].args[7].callable.args", {"[]"}},
  {"steps[0].child", {NULL}},
  {"steps[0].child[0].call", {"\"x\""}},
  {"steps[0].kwargs", {"{}"}},
  {"steps[0].kwargs.mode", ANY_VALUE},
  {"steps[0].bind", {"\"x\""}},
  {"expect", {NULL}},
  {"expect[0]", {NULL}},
  {"expect[0].returns", ANY_VALUE},
  {"expect[0].type", {"\"x\""}},
  {"expect[0].raises", {"\"x\""}},
  {"expect[0].truthy", {"true"}},
  {"expect[0].len", {"0", "7", "2147483648"}},
  {"expect[0].contains", ANY_VALUE},
  {"expect[0].any", {"true"}},
  {"expect[0].present", {"true"}},
  {"expect[0].params", {"[]"}},
  {"check", {"[]"}},
  {"check[0].op", {NULL}},
  {"check[0].path", {"\"x\"", "\"x y\""}},
  {"check[0].mode", {"0", "7"}},
  {"check[0].mask", {"0", "7"}},
  {"compare", {NULL}},
  {NULL, {NULL}},
};

static bool allowed(const field *f, const char *value)
{
  for (const char *const *v = f->valid; *v; v++)
    if (strcmp(*v, value) == 0)
      return true;
  return false;
}

/* Sets the member at a dotted path with [i] indexes ("steps[0].call"). */
static void set_path(json_t *root, const char *path, json_t *value)
{
  char key[64];
  json_t *at = root;
  const char *p = path;
  for (;;) {
    size_t n = strcspn(p, ".[");
    cr_assert(n < sizeof key);
    memcpy(key, p, n);
    key[n] = '\0';
    p += n;
    json_t *next = json_object_get(at, key);
    while (*p == '[') {
      long i = strtol(p + 1, (char **)&p, 10);
      p++;  /* ] */
      if (*p == '\0') {
        cr_assert(json_array_set_new(next, (size_t)i, value) == 0, "%s", path);
        return;
      }
      next = json_array_get(next, (size_t)i);
    }
    if (*p == '\0') {
      cr_assert(json_object_set_new(at, key, value) == 0, "%s", path);
      return;
    }
    at = next;
    p++;  /* . */
  }
}

/* Loads a cases file holding the one case; "" when accepted, else stderr. */
static char *load(const char *dir, const char *case_line)
{
  char text[8192], path[600];
  snprintf(text, sizeof text, HEADER "%s\n", case_line);
  th_write(dir, "cases.jsonl", text);
  snprintf(path, sizeof path, "%s/cases.jsonl", dir);
  int saved = th_stderr_to(dir);
  osc_cases cs;
  bool ok = osc_cases_load(path, &cs);
  th_stderr_back(saved);
  if (ok)
    osc_cases_free(&cs);
  return ok ? strdup("") : th_read(dir, "err");
}

Test(case_schema, the_base_case_is_valid)
{
  char *dir = th_tempdir(), *err = load(dir, base_case);
  cr_expect_str_empty(err);
  free(err);
  th_cleanup(dir);
}

Test(case_schema, every_field_accepts_what_the_format_allows_and_names_itself_otherwise, .timeout = 120)
{
  char *dir = th_tempdir();
  int inputs = 0, refused = 0, accepted = 0;
  for (const field *f = fields; f->path; f++)
    for (const char *const *v = values; *v; v++) {
      json_t *kase = json_loads(base_case, 0, NULL);
      set_path(kase, f->path, json_loads(*v, JSON_DECODE_ANY, NULL));
      char *line = json_dumps(kase, JSON_COMPACT), *err = load(dir, line);
      char want[200];  /* a bad id cannot name the case: the field is enough */
      snprintf(want, sizeof want, strcmp(f->path, "id") == 0 ? "field id:" : "cases.jsonl:2: case base/1: field %s:",
               f->path);
      inputs++;
      if (allowed(f, *v)) {
        accepted++;
        cr_expect_str_empty(err, "%s = %s should be accepted: %s", f->path, *v, err);
      } else {
        refused++;
        cr_expect(strstr(err, want) && strchr(err, '\n') == strrchr(err, '\n'),
                  "%s = %s should be refused in one line naming it, got: %s", f->path, *v, err);
      }
      free(err);
      free(line);
      json_decref(kase);
    }
  printf("case schema: %d malformed or valid inputs: %d refused naming file, line and field, %d accepted as valid\n",
         inputs, refused, accepted);
  th_cleanup(dir);
}

/* What a table of values cannot reach: unknown keys at every level, keys
 * missing, shapes that mean two things, strings that hide a NUL. */
Test(case_schema, structure)
{
  static const struct {
    const char *edit, *value, *message;
  } edits[] = {
    {"isloate", "true", "case base/1: unknown key \"isloate\""},
    {"steps[0].getattr", "\"x\"", "field steps[0]: is several of: call, getattr"},
    {"steps[0].argz", "[]", "field steps[0]: unknown key \"argz\""},
    {"expect[0].raise", "\"OSError\"", "field expect[0]: unknown key \"raise\""},
    {"expect[0].errno", "\"EEXIST\"", "field expect[0]: \"errno\" without \"raises\""},
    {"setup[0].op", "\"symlink\"", "field setup[0]: unknown key \"data\""},
    {"setup[0].data", "null", "field setup[0].data: null is not allowed here"},
    {"setup[0]", "{\"op\": \"symlink\", \"path\": \"l\"}", "field setup[0]: no \"target\""},
    {"setup[0].path", "\"a/../../x\"", "field setup[0].path: \"a/../../x\" is refused"},
    {"setup[0].path", "\"a\\u0000b\"", "field setup[0].path: holds a NUL character"},
    {"check[0].op", "\"frob\"", "field check[0].op: \"frob\" is not one of exists, content, mode, readlink, size"},
    {"steps[0].args[0]", "{\"bites\": \"00\"}", "field steps[0].args[0]: is none of: bytes, tuple"},
    {"steps[0].args[0]", "{\"bytes\": \"0\"}", "field steps[0].args[0].bytes: \"0\" does not match"},
    {"steps[0].args[0]", "{\"dict\": [[1]]}", "field steps[0].args[0].dict[0]: has 1 items, fewer than 2"},
    {"availability.include[0].frob", "1", "field availability.include[0]: unknown key \"frob\""},
    {"timeout_ms", "9223372036854775807", "field timeout_ms: 9223372036854775807 is above the maximum 600000"},
  };
  char *dir = th_tempdir();
  for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
    json_t *kase = json_loads(base_case, 0, NULL);
    set_path(kase, edits[i].edit, json_loads(edits[i].value, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL));
    char *line = json_dumps(kase, JSON_COMPACT), *err = load(dir, line);
    cr_expect(strstr(err, edits[i].message), "%s = %s: %s", edits[i].edit, edits[i].value, err);
    free(err);
    free(line);
    json_decref(kase);
  }
  char deep[1024], open_[301], close_[301];
  memset(open_, '[', 300), memset(close_, ']', 300), open_[300] = close_[300] = '\0';  /* args 300 deep */
  snprintf(deep, sizeof deep, "{\"id\": \"deep\", \"object\": \"x\", \"kind\": \"value\", \"steps\": "
           "[{\"call\": \"x\", \"args\": %s%s}], \"expect\": [{\"any\": true}]}", open_, close_);
  char *err = load(dir, deep);
  cr_expect(strstr(err, "nested more than 64 deep"), "%s", err);
  free(err);
  th_cleanup(dir);
}

/* The checker refuses a schema that uses a keyword it does not implement:
 * a schema must never promise a check that is not made. */
Test(case_schema, an_unimplemented_keyword_is_refused)
{
  char why[200];
  osc_schema *s = osc_schema_new("{\"type\": \"object\", \"patternProperties\": {}}", why, sizeof why);
  cr_expect_null(s);
  cr_expect(strstr(why, "patternProperties"), "%s", why);
  s = osc_schema_new("{\"$ref\": \"#/$defs/nowhere\"}", why, sizeof why);
  cr_expect_null(s);
  cr_expect(strstr(why, "does not resolve"), "%s", why);
  s = osc_schema_new("{\"pattern\": \"(\"}", why, sizeof why);
  cr_expect_null(s);
}
