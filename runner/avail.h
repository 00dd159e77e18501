/* Availability claims evaluated on a target's facts (the contract in the
 * brief of issue 4 and spec/platforms.json). Tri-state: a fact the target
 * did not report makes the answer "unknown", never a guess. */
#ifndef OSC_AVAIL_H
#define OSC_AVAIL_H

#include <stddef.h>
#include <jansson.h>

typedef enum osc_avail { OSC_ABSENT = 0, OSC_AVAILABLE = 1, OSC_UNKNOWN = 2 } osc_avail;

typedef struct osc_platforms osc_platforms;

/* NULL with a one-line message in err on a missing or malformed file. */
osc_platforms *osc_platforms_load(const char *path, char *err, size_t errlen);
osc_platforms *osc_platforms_from_json(json_t *doc, char *err, size_t errlen); /* steals doc */
void osc_platforms_free(osc_platforms *p);

/* expr: JSON null (available everywhere), one expression
 * {"include": [...], "exclude": [...]}, or an array of them (their
 * conjunction, one per claim). For OSC_UNKNOWN, why says which fact or
 * name was missing. */
osc_avail osc_avail_eval(const osc_platforms *p, const json_t *expr, const json_t *facts,
                         char *why, size_t whylen);

const char *osc_avail_name(osc_avail a);

#endif
