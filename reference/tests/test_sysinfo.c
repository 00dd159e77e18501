/* Miscellaneous System Information: confstr/sysconf and their name tables,
 * CPU counts, the load average, the path data and RTLD_* constants. */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "test_core_util.h"
#include "osref/sysinfo.h"

Test(sysinfo, confstr_by_name_and_by_number)
{
  char want[256];
  confstr(_CS_PATH, want, sizeof want);
  osref_value *r = tc_ok("confstr", tc_args(1, osref_str("CS_PATH")), NULL);
  cr_assert_str_eq(r->u.s.data, want);
  osref_decref(r);
  r = tc_ok("confstr", tc_args(1, osref_int(_CS_PATH)), NULL);
  cr_assert_str_eq(r->u.s.data, want);
  osref_decref(r);
  cr_assert_str_eq(tc_raises("confstr", tc_args(1, osref_str("CS_NOPE")), NULL, "ValueError", 0),
                   "unrecognized configuration name");
  cr_assert_str_eq(tc_raises("confstr", tc_args(1, osref_float(1)), NULL, "TypeError", 0),
                   "configuration names must be strings or integers");
  tc_raises("confstr", tc_args(1, osref_int(999999)), NULL, "OSError", EINVAL);
  tc_raises("confstr", tc_args(1, osref_int(INT64_C(1) << 40)), NULL, "OverflowError", 0);
}

Test(sysinfo, confstr_values_longer_than_the_first_buffer)
{
  /* Every name in the table answers as the libc does, long values included. */
  size_t n;
  const osref_conf_name *t = osref_confstr_table(&n);
  for (size_t i = 0; i < n; i++) {
    osref_error err = {0};
    osref_value *v = osref_confstr(t[i].value, &err);
    errno = 0;
    size_t need = confstr(t[i].value, NULL, 0);
    if (need == 0 && errno) {
      cr_assert_null(v, "%s", t[i].name);
      continue;
    }
    cr_assert_not_null(v, "%s: %s", t[i].name, err.message);
    if (need == 0) cr_assert_eq(v->type, OSREF_NONE);
    else cr_assert_eq(v->u.s.len, need - 1, "%s", t[i].name);
    osref_decref(v);
  }
}

Test(sysinfo, confstr_names_holds_the_hosts_names)
{
  osref_value *d = tc_get("confstr_names");
  cr_assert_eq(osref_dict_get(d, "CS_PATH")->u.i, _CS_PATH);
  cr_assert_geq(d->u.dict.len, 20u);
  osref_decref(d);
  d = tc_get("sysconf_names");
  cr_assert_eq(osref_dict_get(d, "SC_PAGESIZE")->u.i, _SC_PAGESIZE);
  cr_assert_eq(osref_dict_get(d, "SC_MINSIGSTKSZ")->u.i, _SC_MINSIGSTKSZ, "added in 3.11");
  cr_assert_geq(d->u.dict.len, 100u);
  osref_decref(d);
}

Test(sysinfo, sysconf_returns_the_libc_value)
{
  osref_value *r = tc_ok("sysconf", tc_args(1, osref_str("SC_PAGESIZE")), NULL);
  cr_assert_eq(r->u.i, sysconf(_SC_PAGESIZE));
  osref_decref(r);
  r = tc_ok("sysconf", tc_args(1, osref_int(_SC_OPEN_MAX)), NULL);
  cr_assert_eq(r->u.i, sysconf(_SC_OPEN_MAX));
  osref_decref(r);
  tc_raises("sysconf", tc_args(1, osref_int(999999)), NULL, "OSError", EINVAL);
  tc_raises("sysconf", tc_args(1, osref_str("SC_NOPE")), NULL, "ValueError", 0);
  tc_raises("sysconf", NULL, tc_kw("name", osref_str("SC_PAGESIZE")), "TypeError", 0);
}

Test(sysinfo, cpu_counts)
{
  osref_value *c = tc_ok("cpu_count", NULL, NULL), *p = tc_ok("process_cpu_count", NULL, NULL);
  cr_assert_eq(c->u.i, sysconf(_SC_NPROCESSORS_ONLN));
  cr_assert_geq(p->u.i, 1);
  cr_assert_leq(p->u.i, c->u.i, "can be less than cpu_count(), never more");
  osref_decref(c), osref_decref(p);
}

Test(sysinfo, python_cpu_count_overrides_both)
{
  setenv("PYTHON_CPU_COUNT", "37", 1);
  osref_value *c = tc_ok("cpu_count", NULL, NULL), *p = tc_ok("process_cpu_count", NULL, NULL);
  cr_assert_eq(c->u.i, 37);
  cr_assert_eq(p->u.i, 37);
  osref_decref(c), osref_decref(p);
  setenv("PYTHON_CPU_COUNT", "default", 1);
  c = tc_ok("cpu_count", NULL, NULL);
  cr_assert_eq(c->u.i, sysconf(_SC_NPROCESSORS_ONLN));
  osref_decref(c);
}

Test(sysinfo, getloadavg_is_three_non_negative_floats)
{
  osref_value *t = tc_ok("getloadavg", NULL, NULL);
  cr_assert_eq(t->type, OSREF_TUPLE);
  cr_assert_eq(t->u.seq.len, 3u);
  for (int i = 0; i < 3; i++) {
    cr_assert_eq(t->u.seq.items[i]->type, OSREF_FLOAT);
    cr_assert_geq(t->u.seq.items[i]->u.f, 0.0);
  }
  osref_decref(t);
}

Test(sysinfo, path_data_has_the_posix_values)
{
  static const struct { const char *name, *value; } table[] = {
    {"curdir", "."}, {"pardir", ".."}, {"sep", "/"}, {"extsep", "."}, {"pathsep", ":"},
    {"defpath", "/bin:/usr/bin"}, {"linesep", "\n"}, {"devnull", "/dev/null"},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    osref_value *v = tc_get(table[i].name);
    cr_assert_eq(v->type, OSREF_STR);
    cr_assert_str_eq(v->u.s.data, table[i].value, "%s", table[i].name);
    osref_decref(v);
  }
  osref_value *alt = tc_get("altsep");
  cr_assert_eq(alt->type, OSREF_NONE, "one separator on POSIX");
  osref_decref(alt);
}

Test(sysinfo, rtld_constants_equal_dlfcn_h)
{
  static const struct { const char *name; int value; } table[] = {
    {"RTLD_LAZY", RTLD_LAZY}, {"RTLD_NOW", RTLD_NOW}, {"RTLD_GLOBAL", RTLD_GLOBAL},
    {"RTLD_LOCAL", RTLD_LOCAL}, {"RTLD_NODELETE", RTLD_NODELETE}, {"RTLD_NOLOAD", RTLD_NOLOAD},
    {"RTLD_DEEPBIND", RTLD_DEEPBIND},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    osref_value *v = tc_get(table[i].name);
    cr_assert_eq(v->u.i, table[i].value, "%s", table[i].name);
    osref_decref(v);
  }
}
