/* The format's values to libosref values and back (value_json.c), without
 * a process in between: every encoding of cases/FORMAT.md, and the errors a
 * malformed value gets. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include "../state.h"
#include "../value_json.h"

static interp_case c;
static int fd_h;

static void setup(void)
{
  interp_case_init(&c);
  interp_bind(&c, "r", osref_int(7));
  fd_h = open("/", O_RDONLY | O_CLOEXEC);
  cr_assert(fd_h >= 0);
  interp_add_fd(&c, "h", fd_h);
}

static void teardown(void)
{
  interp_case_release(&c);  /* closes fd_h */
}

TestSuite(value_json, .init = setup, .fini = teardown);

/* Encodes v (and releases it), and compares with want. */
static void encoded(osref_value *v, const char *want)
{
  json_t *out = interp_encode(v);
  char *got = json_dumps(out, JSON_COMPACT | JSON_ENCODE_ANY);
  cr_assert_str_eq(got, want);
  free(got);
  json_decref(out);
  osref_decref(v);
}

/* Decodes text, encodes the result, and compares with want. */
static void round_trip(const char *text, const char *want)
{
  char why[200] = "";
  json_t *in = json_loads(text, JSON_DECODE_ANY, NULL);
  cr_assert(in, "test bug: %s", text);
  osref_value *v = interp_decode(in, &c, why, sizeof why);
  cr_assert(v, "%s: %s", text, why);
  json_decref(in);
  encoded(v, want);
}

Test(value_json, scalars)
{
  round_trip("null", "null");
  round_trip("true", "true");
  round_trip("-12", "-12");
  round_trip("1.5", "1.5");
  round_trip("\"s\\u00e9\"", "\"s\xc3\xa9\"");  /* written as UTF-8 */
}

Test(value_json, containers)
{
  round_trip("[1, [2]]", "[1,[2]]");
  round_trip("{\"tuple\": [1, \"a\"]}", "{\"tuple\":[1,\"a\"]}");
  round_trip("{\"dict\": [[\"k\", {\"bytes\": \"00ff\"}]]}", "{\"dict\":[[\"k\",{\"bytes\":\"00ff\"}]]}");
  round_trip("{\"bytes\": \"\"}", "{\"bytes\":\"\"}");
}

Test(value_json, refs_fds_and_pathlike)
{
  round_trip("{\"ref\": \"r\"}", "7");
  char fd_text[16];
  snprintf(fd_text, sizeof fd_text, "%d", fd_h);
  round_trip("{\"fd\": \"h\"}", fd_text);
  round_trip("{\"pathlike\": \"p\"}", "{\"object\":\"PathLike\",\"repr\":\"PathLike(\\\"p\\\")\"}");
}

Test(value_json, closed_fd_is_closed)
{
  char why[200];
  json_t *in = json_pack("{s:b}", "closed_fd", 1);
  osref_value *v = interp_decode(in, &c, why, sizeof why);
  cr_assert(v && v->type == OSREF_INT);
  cr_assert_eq(fcntl((int)v->u.i, F_GETFD), -1, "fd %lld is open", (long long)v->u.i);
  osref_decref(v);
  json_decref(in);
}

static void refused(const char *text, const char *reason)
{
  char why[200] = "";
  json_t *in = json_loads(text, JSON_DECODE_ANY, NULL);
  cr_assert_null(interp_decode(in, &c, why, sizeof why), "%s was accepted", text);
  cr_assert(strstr(why, reason), "%s: got \"%s\", want it to say \"%s\"", text, why, reason);
  json_decref(in);
}

Test(value_json, malformed_values_are_refused)
{
  refused("{\"bytes\": \"abc\"}", "even number");
  refused("{\"bytes\": \"zz\"}", "hex digits");
  refused("{\"ref\": \"nothing\"}", "not bound");
  refused("{\"fd\": \"nothing\"}", "not opened");
  refused("{\"what\": 1}", "unknown value");
  refused("{\"a\": 1, \"b\": 2}", "one key");
  refused("{\"dict\": [[1]]}", "[key, value]");
  refused("[1, {\"ref\": \"nothing\"}]", "not bound");
}

Test(value_json, values_without_json_form)
{
  encoded(osref_float(NAN), "{\"object\":\"float\",\"repr\":\"nan\"}");
  encoded(osref_float(-INFINITY), "{\"object\":\"float\",\"repr\":\"-inf\"}");
  encoded(osref_strn("a\xff", 2), "{\"object\":\"str\",\"repr\":\"'a\\\\udcff'\"}");
}

Test(value_json, struct_sequences_by_field)
{
  static const char *const fields[] = {"st_mode", "st_size"};
  osref_value *st = osref_struct("stat_result", fields, 2, 2);
  osref_seq_set(st, 0, osref_int(33188));
  osref_seq_set(st, 1, osref_int(3));
  encoded(st, "{\"struct\":\"stat_result\",\"fields\":{\"st_mode\":33188,\"st_size\":3}}");
}

/* Sets in the order of their items' canonical JSON text, whatever the order
 * they were added in; a function by its name (cases/FORMAT.md, Additions). */
Test(value_json, sets_sorted_by_canonical_text)
{
  osref_value *s = osref_set();
  osref_set_add(s, osref_str("stat"));
  osref_set_add(s, osref_int(10));
  osref_set_add(s, osref_str("access"));
  osref_set_add(s, osref_int(9));
  osref_set_add(s, osref_bytes("a", 1));
  osref_error err = {0};
  osref_set_add(s, osref_getattr("chmod", &err));
  cr_assert_null(err.type, "%s", err.message);
  osref_set_add(s, osref_str("stat"));  /* already in */
  encoded(s, "{\"set\":[\"access\",\"chmod\",\"stat\",10,9,{\"bytes\":\"61\"}]}");
  encoded(osref_set(), "{\"set\":[]}");
}
