#include <string.h>
#include <time.h>
#include "util.h"

long long osc_now_us(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

long long osc_now_ms(void)
{
  return osc_now_us() / 1000;
}

bool osc_json_has_string(const json_t *array, const char *s)
{
  size_t i;
  const json_t *v;
  json_array_foreach(array, i, v)
    if (json_is_string(v) && strcmp(json_string_value(v), s) == 0)
      return true;
  return false;
}

size_t osc_utf8_length(const char *s, size_t bytes)
{
  size_t n = 0;
  for (size_t i = 0; i < bytes; i++)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;  /* every byte but a continuation starts one */
  return n;
}
