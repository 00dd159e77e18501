/* The path data of the section, with their POSIX values as the doc gives
 * them: curdir, pardir, sep, altsep, extsep, pathsep, defpath, linesep,
 * devnull. */
#include "internal/entry.h"
#include "internal/process.h"

static osref_value *get_curdir(osref_error *e) { (void)e; return osref_str("."); }
static osref_value *get_pardir(osref_error *e) { (void)e; return osref_str(".."); }
static osref_value *get_sep(osref_error *e) { (void)e; return osref_str("/"); }
/* POSIX has one separator: altsep is None. */
static osref_value *get_altsep(osref_error *e) { (void)e; return osref_none(); }
static osref_value *get_extsep(osref_error *e) { (void)e; return osref_str("."); }
static osref_value *get_pathsep(osref_error *e) { (void)e; return osref_str(":"); }
static osref_value *get_defpath(osref_error *e) { (void)e; return osref_str(OSREF_DEFPATH); }
static osref_value *get_linesep(osref_error *e) { (void)e; return osref_str("\n"); }
static osref_value *get_devnull(osref_error *e) { (void)e; return osref_str("/dev/null"); }

OSREF_DATA(curdir, OSREF_SECT_SYSINFO, get_curdir)
OSREF_DATA(pardir, OSREF_SECT_SYSINFO, get_pardir)
OSREF_DATA(sep, OSREF_SECT_SYSINFO, get_sep)
OSREF_DATA(altsep, OSREF_SECT_SYSINFO, get_altsep)
OSREF_DATA(extsep, OSREF_SECT_SYSINFO, get_extsep)
OSREF_DATA(pathsep, OSREF_SECT_SYSINFO, get_pathsep)
OSREF_DATA(defpath, OSREF_SECT_SYSINFO, get_defpath)
OSREF_DATA(linesep, OSREF_SECT_SYSINFO, get_linesep)
OSREF_DATA(devnull, OSREF_SECT_SYSINFO, get_devnull)
