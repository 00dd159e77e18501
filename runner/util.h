/* Small helpers every part of the runner uses. */
#ifndef OSC_UTIL_H
#define OSC_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

/* CLOCK_MONOTONIC, for durations and deadlines. */
long long osc_now_ms(void);
long long osc_now_us(void);

/* Does the JSON array hold this string? */
bool osc_json_has_string(const json_t *array, const char *s);

/* The characters in bytes of UTF-8 (len() of a Python str). */
size_t osc_utf8_length(const char *s, size_t bytes);

#endif
