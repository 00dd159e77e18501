/* Naming the errno a target reports as a number (its errno module has no
 * name for it), by the numbering of the platform it runs on. */
#ifndef OSC_ERRNOS_H
#define OSC_ERRNOS_H

typedef enum osc_errnos {
  OSC_ERRNOS_UNKNOWN,   /* leave numbers as numbers */
  OSC_ERRNOS_NATIVE,    /* this machine's kernel and C library */
  OSC_ERRNOS_WASI       /* WASI's, which Emscripten uses too */
} osc_errnos;

/* The numbering of a target with this sys.platform. */
osc_errnos osc_errnos_of(const char *sys_platform, int on_this_platform);
/* The name of errno n in that numbering, or NULL. */
const char *osc_errno_name(osc_errnos numbering, long long n);

#endif
