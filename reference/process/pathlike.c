/* os.PathLike: an abstract base class. Instances are the OSREF_PATHLIKE
 * values; PathLike.__fspath__() is served by osref_method. */
#include "internal/entry.h"
#include "internal/process.h"

static osref_value *call_pathlike(osref_value *const *argv, osref_error *err)
{
  (void)argv;
  return osref_set_error(err, "TypeError",
                         "Can't instantiate abstract class PathLike without an implementation "
                         "for abstract method '__fspath__'");
}

OSREF_CLASS(PathLike, OSREF_SECT_PROCESS, call_pathlike)
OSREF_MEMBER(PathLike, __fspath__, OSREF_METHOD, OSREF_SECT_PROCESS)
