/* Sandboxes: a private root per run (mkdtemp, mode 0700) and a new empty
 * directory per case, removed afterwards without ever following a symlink
 * or crossing a mount point out of it. */
#ifndef OSC_SANDBOX_H
#define OSC_SANDBOX_H

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

/* The directory of one case while it is in use. */
typedef struct osc_case_dir {
  char path[PATH_MAX];       /* absolute */
  char name[32];             /* c<number> below the root; "" when not in use */
  unsigned long number;
} osc_case_dir;

typedef struct osc_sandbox {
  char root[PATH_MAX - 64];  /* room for a case directory below it */
  int root_fd;
  dev_t dev;                 /* the root's file system: removal never leaves it */
  bool in_memory;            /* tmpfs: directories cost next to nothing */
  bool fresh_paths;          /* the target keeps its own view of paths: a case never gets one used before */
  /* The remover: a thread of this process that empties finished case
   * directories (handed over on `removals`) while the next case runs, and
   * offers back on `reusable` those left exactly as mkdir makes them. */
  bool remover_on;
  pthread_t remover;
  int removals[2], reusable[2];
  struct stat fresh;         /* a case directory as mkdir made it */
  bool fresh_known;
} osc_sandbox;

/* Creates the root under $TMPDIR (or /tmp). */
bool osc_sandbox_open(osc_sandbox *s, char *err, size_t len);
/* An empty directory for the case, in *dir (its absolute path dir->path). New,
 * named c<number> (the case's index, unique in the run: parallel workers
 * share the root), or an earlier case's of this worker, emptied and found
 * exactly as mkdir makes it (same mode, owner and size, no links, no
 * extended attributes), its times set to now, and renamed c<number> if
 * s->fresh_paths. */
bool osc_sandbox_enter(osc_sandbox *s, unsigned long number, osc_case_dir *dir, char *err, size_t len);
/* The case's directory made anew, in place and now: for a case sent again. */
bool osc_sandbox_reset(osc_sandbox *s, osc_case_dir *dir, char *err, size_t len);
/* Empties a case's directory, and removes it unless it can serve again: in
 * the background (the remover warns of what it could not remove), or here
 * if no thread can be started. Nothing to do for a dir not in use. */
bool osc_sandbox_leave(osc_sandbox *s, osc_case_dir *dir, char *err, size_t len);
/* In a child forked from the process: the remover stays with the parent. */
void osc_sandbox_after_fork(osc_sandbox *s);
/* Waits until the remover has removed every directory handed to it. */
void osc_sandbox_drain(osc_sandbox *s);
/* Removes everything (case directories still in use too) and the root
 * itself; safe to call twice. */
bool osc_sandbox_close(osc_sandbox *s, char *err, size_t len);

/* Removes dirfd/name and all below it, on this file system only. 0 or -errno. */
int osc_remove_tree(int dirfd, const char *name);

#endif
