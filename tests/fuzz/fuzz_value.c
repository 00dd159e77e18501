/* libFuzzer: the reference target's value codec (runner/interp/value_json.c):
 * any JSON decodes to a value or to a reason, and a value encodes and
 * decodes back to an equal encoding. */
#include <stdint.h>
#include <stdlib.h>
#include <jansson.h>
#include "../../runner/interp/state.h"
#include "../../runner/interp/value_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  json_t *j = json_loadb((const char *)data, size, JSON_ALLOW_NUL | JSON_DECODE_ANY, NULL);
  if (!j)
    return 0;
  interp_case c;
  interp_case_init(&c);
  interp_bind(&c, "r", osref_int(7));
  char why[200];
  osref_value *v = interp_decode(j, &c, why, sizeof why);
  if (v) {
    json_t *once = interp_encode(v);
    osref_value *back = interp_decode(once, &c, why, sizeof why);
    if (back) {
      json_t *twice = interp_encode(back);
      if (!json_equal(once, twice))
        abort();  /* the codec does not round-trip what it wrote */
      json_decref(twice);
      osref_decref(back);
    }
    json_decref(once);
    osref_decref(v);
  }
  interp_case_release(&c);
  json_decref(j);
  return 0;
}
