/* The reference target's hello: the platform's facts and the capabilities
 * probed on it (cases/FORMAT.md, "Target protocol"). */
#ifndef INTERP_HELLO_H
#define INTERP_HELLO_H

#include <jansson.h>

json_t *interp_facts(void);
/* Probes run in a scratch directory under $OSCONFORM_SANDBOX_ROOT (else
 * /tmp), where the cases will run, and removed afterwards. */
json_t *interp_capabilities(void);
json_t *interp_hello(void);

#endif
