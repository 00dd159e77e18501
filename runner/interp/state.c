#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "state.h"

static void *grow(void *items, size_t *cap, size_t size)
{
  *cap = *cap ? *cap * 2 : 8;
  void *p = realloc(items, *cap * size);
  if (!p)
    abort();  /* the harness cannot go on without memory */
  return p;
}

static char *copy(const char *s)
{
  char *p = strdup(s);
  if (!p)
    abort();
  return p;
}

void interp_case_init(interp_case *c)
{
  memset(c, 0, sizeof *c);
}

void interp_case_release(interp_case *c)
{
  for (size_t i = 0; i < c->nbound; i++) {
    free(c->bound[i].name);
    osref_decref(c->bound[i].value);
  }
  for (size_t i = 0; i < c->nfds; i++) {
    close(c->fds[i].fd);  /* EBADF when the case closed it itself: fine */
    free(c->fds[i].name);
  }
  free(c->bound);
  free(c->fds);
  interp_case_init(c);
}

void interp_bind(interp_case *c, const char *name, osref_value *v)
{
  for (size_t i = 0; i < c->nbound; i++)
    if (strcmp(c->bound[i].name, name) == 0) {
      osref_decref(c->bound[i].value);
      c->bound[i].value = v;
      return;
    }
  if (c->nbound == c->capbound)
    c->bound = grow(c->bound, &c->capbound, sizeof *c->bound);
  c->bound[c->nbound++] = (interp_binding){ copy(name), v };
}

osref_value *interp_bound(const interp_case *c, const char *name)
{
  for (size_t i = 0; i < c->nbound; i++)
    if (strcmp(c->bound[i].name, name) == 0)
      return c->bound[i].value;
  return NULL;
}

void interp_add_fd(interp_case *c, const char *name, int fd)
{
  if (c->nfds == c->capfds)
    c->fds = grow(c->fds, &c->capfds, sizeof *c->fds);
  c->fds[c->nfds++] = (interp_fd){ copy(name), fd };
}

int interp_fd_named(const interp_case *c, const char *name)
{
  for (size_t i = 0; i < c->nfds; i++)
    if (strcmp(c->fds[i].name, name) == 0)
      return c->fds[i].fd;
  return -1;
}

int interp_closed_fd(void)
{
  int fd = open("/", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 1 << 20;
  close(fd);
  return fd;
}
