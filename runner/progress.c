#include <stdio.h>
#include <unistd.h>
#include "progress.h"
#include "util.h"

#define REDRAW_MS 100

void osc_progress_start(osc_progress *p, size_t total)
{
  *p = (osc_progress){isatty(2), total, osc_now_ms(), 0};
}

void osc_progress_show(osc_progress *p, size_t done, size_t failing)
{
  if (!p->on)
    return;
  long long now = osc_now_ms();
  if (now - p->shown_ms < REDRAW_MS && done < p->total)
    return;
  p->shown_ms = now;
  double secs = (now - p->started_ms) / 1000.0;
  fprintf(stderr, "\r\033[K%zu/%zu cases  %.0f/s  %zu failing", done, p->total,
          secs > 0 ? done / secs : 0.0, failing);
}

void osc_progress_end(osc_progress *p)
{
  if (p->on)
    fputs("\r\033[K", stderr);
}
