/* Isolated cases each need a fresh target process, and an interpreter takes
 * a while to boot: a few are started ahead, and boot while other cases run. */
#include <string.h>
#include "run.h"
#include "signals.h"

static void spawn_ahead(osc_run *r, osc_target *t)
{
  char err[200];
  osc_target_init(t);
  if (!osc_target_spawn(t, r->command.argv, r->sandbox.root, r->command.confined, err, sizeof err))
    osc_target_init(t);  /* taken later, it starts the ordinary way */
}

/* Each of the run's workers gets about its share of the isolated cases,
 * and of the spares. */
void osc_spares_start(osc_run *r)
{
  r->isolated_left = 0;
  if (osc_forks_for_isolation(r))
    return;
  for (size_t i = 0; i < r->nselected; i++) {
    const osc_case *c = r->selected[i];
    r->isolated_left += c->isolate && !c->done && !osc_unmet_requirement(r, c);
  }
  size_t jobs = (size_t)r->opt.jobs;
  r->isolated_left = (r->isolated_left + jobs - 1) / jobs;
  r->nspares = (OSC_SPARES + jobs - 1) / jobs;
  for (size_t i = 0; i < r->nspares && i < r->isolated_left; i++)
    spawn_ahead(r, &r->spares[i]);
  r->next_spare = 0;
}

osc_target *osc_spares_take(osc_run *r, char *err, size_t len)
{
  osc_target *t = &r->spares[r->next_spare];
  r->next_spare = (r->next_spare + 1) % r->nspares;
  bool ok = t->pid > 0 ? osc_target_await_hello(t, err, len) : osc_target_start(t, r->command.argv, r->sandbox.root, r->command.confined, err, len);
  r->start_failures = ok ? 0 : r->start_failures + 1;
  return ok ? t : NULL;
}

/* The spares already booting cover the next nspares - 1 isolated cases;
 * this one is started again only if more remain. */
void osc_spares_release(osc_run *r, osc_target *t)
{
  osc_target_stop(t, NULL, 0);
  if (r->isolated_left)
    r->isolated_left--;
  if (r->isolated_left >= r->nspares && !osc_signals_caught())
    spawn_ahead(r, t);
}

void osc_spares_stop(osc_run *r)
{
  for (size_t i = 0; i < OSC_SPARES; i++)
    osc_target_stop(&r->spares[i], NULL, 0);
}
