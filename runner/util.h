/* Small helpers every part of the runner uses. */
#ifndef OSC_UTIL_H
#define OSC_UTIL_H

#include <stdbool.h>
#include <jansson.h>

/* CLOCK_MONOTONIC, for durations and deadlines. */
long long osc_now_ms(void);
long long osc_now_us(void);

/* Does the JSON array hold this string? */
bool osc_json_has_string(const json_t *array, const char *s);

#endif
