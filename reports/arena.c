/* A bump allocator for the model: thousands of small strings freed at once. */
#include <stdlib.h>
#include <string.h>
#include "model.h"
#include "../runner/diag.h"

enum { CHUNK = 1 << 16 };

struct chunk {
  struct chunk *next;
  size_t used, size;
  _Alignas(max_align_t) unsigned char data[];
};

struct osc_arena { struct chunk *head; };

static void *must(void *p)
{
  if (!p) {
    fputs("osconform: error: out of memory\n", stderr);
    exit(OSC_EXIT_SYSTEM);
  }
  return p;
}

struct osc_arena *rpt_arena_new(void)
{
  return must(calloc(1, sizeof(struct osc_arena)));
}

void *rpt_alloc(struct osc_arena *a, size_t size)
{
  size = (size + _Alignof(max_align_t) - 1) & ~(_Alignof(max_align_t) - 1);
  struct chunk *c = a->head;
  if (!c || c->size - c->used < size) {
    size_t cap = size > CHUNK ? size : CHUNK;
    c = must(malloc(sizeof *c + cap));
    c->next = a->head;
    c->used = 0;
    c->size = cap;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += size;
  return memset(p, 0, size);
}

const char *rpt_strdup(struct osc_arena *a, const char *s)
{
  if (!s)
    return NULL;
  size_t n = strlen(s) + 1;
  return memcpy(rpt_alloc(a, n), s, n);
}

void rpt_arena_free(struct osc_arena *a)
{
  if (!a)
    return;
  for (struct chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  free(a);
}

void *rpt_grow(struct osc_arena *a, void *items, size_t *cap, size_t n, size_t size)
{
  if (n < *cap)
    return items;
  size_t more = *cap ? *cap * 2 : 16;
  void *bigger = rpt_alloc(a, more * size);
  if (n)
    memcpy(bigger, items, n * size);
  *cap = more;
  return bigger;
}
