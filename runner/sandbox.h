/* Sandboxes: a private root per run (mkdtemp, mode 0700) and a new empty
 * directory per case, removed afterwards without ever following a symlink
 * or crossing a mount point out of it. */
#ifndef OSC_SANDBOX_H
#define OSC_SANDBOX_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct osc_sandbox {
  char root[PATH_MAX - 64];  /* room for a case directory below it */
  int root_fd;
  char current[PATH_MAX];    /* absolute path of the case directory in use */
  char current_name[32];
} osc_sandbox;

/* Creates the root under $TMPDIR (or /tmp). */
bool osc_sandbox_open(osc_sandbox *s, char *err, size_t len);
/* A new empty directory c<number>, the number unique in the run (the case's
 * index: parallel workers share the root); its absolute path is s->current. */
bool osc_sandbox_enter(osc_sandbox *s, unsigned long number, char *err, size_t len);
/* Removes the current case directory. */
bool osc_sandbox_leave(osc_sandbox *s, char *err, size_t len);
/* Removes everything and the root itself; safe to call twice. */
bool osc_sandbox_close(osc_sandbox *s, char *err, size_t len);

/* Removes dirfd/name and all below it, on this file system only. 0 or -errno. */
int osc_remove_tree(int dirfd, const char *name);

#endif
