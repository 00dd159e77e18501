/* What one case's steps share: the values bound by `bind` and the fds its
 * setup opened, by name. Freed (every value released, every fd closed) when
 * the case ends. */
#ifndef INTERP_STATE_H
#define INTERP_STATE_H

#include <stddef.h>
#include "osref.h"

typedef struct interp_binding {
  char *name;
  osref_value *value;   /* owned */
} interp_binding;

typedef struct interp_fd {
  char *name;
  int fd;
} interp_fd;

typedef struct interp_case {
  interp_binding *bound;
  size_t nbound, capbound;
  interp_fd *fds;
  size_t nfds, capfds;
} interp_case;

void interp_case_init(interp_case *c);
/* Releases every binding and closes every fd the setup opened. */
void interp_case_release(interp_case *c);

/* Binds name to v (steals v), replacing an earlier binding of that name. */
void interp_bind(interp_case *c, const char *name, osref_value *v);
osref_value *interp_bound(const interp_case *c, const char *name);  /* borrowed; NULL if unbound */

void interp_add_fd(interp_case *c, const char *name, int fd);
int interp_fd_named(const interp_case *c, const char *name);        /* -1 if none */

/* An fd number that is closed right now (the lowest free one). */
int interp_closed_fd(void);

#endif
