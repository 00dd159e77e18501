/* os.environb: the bytes view of the same snapshot as os.environ. */
#include "internal/entry.h"
#include "internal/process.h"
#include "osref/process.h"

static osref_value *get_environb(osref_error *err) { return osref_environ(true, err); }

OSREF_DATA(environb, OSREF_SECT_PROCESS, get_environb)
