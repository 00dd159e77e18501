/* How a source file declares what it provides. The build collects every
 * OSREF_* declaration below from reference/ (a sed script in
 * reference/build.mk) into the registry, so adding a function is adding a
 * file: there is no shared list to edit.
 *
 *   static const osref_param mkdir_params[] = {
 *     {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
 *     {"mode", "0o777", OSREF_POSITIONAL_OR_KEYWORD},
 *     {"dir_fd", "None", OSREF_KEYWORD_ONLY},
 *   };
 *   OSREF_FUNCTION(mkdir, "Files and Directories", mkdir_params, call_mkdir)
 *
 * Each macro must start a line. Names that are not provided on this build
 * are still declared, with the reason, so the listing can say why:
 *   OSREF_ABSENT(startfile, "Process Management", OSREF_FUNCTION, "documented for Windows only")
 */
#ifndef OSREF_ENTRY_H
#define OSREF_ENTRY_H

#include "osref.h"

#define OSREF_PARAMS_LEN(p) (sizeof(p) / sizeof((p)[0]))

#define OSREF_FUNCTION(nm, sect, params, fn) \
  const osref_entry osref_entry_##nm = { #nm, OSREF_FUNCTION, sect, params, OSREF_PARAMS_LEN(params), fn, NULL, NULL };
/* A function documented with no parameters. */
#define OSREF_FUNCTION0(nm, sect, fn) \
  const osref_entry osref_entry_##nm = { #nm, OSREF_FUNCTION, sect, NULL, 0, fn, NULL, NULL };
/* Data whose value is computed on each access (environ, supports_fd, ...). */
#define OSREF_DATA(nm, sect, getter) \
  const osref_entry osref_entry_##nm = { #nm, OSREF_DATA, sect, NULL, 0, NULL, getter, NULL };
/* An integer constant from the C headers. */
#define OSREF_INT_CONSTANT(nm, sect) \
  static osref_value *osref_get_##nm(osref_error *e) { (void)e; return osref_int((int64_t)(nm)); } \
  const osref_entry osref_entry_##nm = { #nm, OSREF_DATA, sect, NULL, 0, NULL, osref_get_##nm, NULL };
/* An exception class; `alias` is the built-in class it names (os.error). */
#define OSREF_EXCEPTION(nm, sect, alias) \
  const osref_entry osref_entry_##nm = { #nm, OSREF_EXCEPTION, sect, NULL, 0, NULL, NULL, NULL };
#define OSREF_CLASS(nm, sect, ctor) \
  const osref_entry osref_entry_##nm = { #nm, OSREF_CLASS, sect, NULL, 0, ctor, NULL, NULL };
/* A class whose constructor takes the documented parameters: sched_param(sched_priority). */
#define OSREF_CLASS_PARAMS(nm, sect, params, ctor) \
  const osref_entry osref_entry_##nm = { #nm, OSREF_CLASS, sect, params, OSREF_PARAMS_LEN(params), ctor, NULL, NULL };
/* A class member, named 'cls.member'. */
#define OSREF_MEMBER(cls, member, kind, sect) \
  const osref_entry osref_entry_##cls##__##member = { #cls "." #member, kind, sect, NULL, 0, NULL, NULL, NULL };
#define OSREF_MEMBER_PARAMS(cls, member, sect, params) \
  const osref_entry osref_entry_##cls##__##member = { #cls "." #member, OSREF_METHOD, sect, params, OSREF_PARAMS_LEN(params), NULL, NULL, NULL };
#define OSREF_ABSENT(nm, sect, kind, why) \
  const osref_entry osref_entry_##nm = { #nm, kind, sect, NULL, 0, NULL, NULL, why };
#define OSREF_ABSENT_MEMBER(cls, member, sect, kind, why) \
  const osref_entry osref_entry_##cls##__##member = { #cls "." #member, kind, sect, NULL, 0, NULL, NULL, why };

#endif
