/* os.chflags and os.lchflags: BSD file flags. Linux has no chflags(2). */
#include "config.h"
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/entry.h"
#include "internal/files.h"

#ifdef HAVE_CHFLAGS
int osref_chflags(const osref_at *f, unsigned long flags, osref_error *err)
{
  long r;
#ifdef HAVE_LCHFLAGS
  if (!f->follow_symlinks) r = OSREF_RETRY(lchflags(f->path, flags));
  else
#endif
  r = OSREF_RETRY(chflags(f->path, flags));
  return r < 0 ? osref_fail(r, err) : 0;
}

static osref_value *chflags_with(const char *fn, osref_value *const *argv, const osref_value *follow,
                                 osref_error *err)
{
  osref_files_target t;
  int64_t flags;
  if (!osref_files_target_init(&t, fn, "path", argv[0], NULL, follow, OSREF_FILES_NOFOLLOW, err)) return NULL;
  osref_value *r = NULL;
  if (osref_arg_int_range(fn, "flags", argv[1], 0, UINT32_MAX, &flags, err))
    r = osref_none_result(osref_chflags(&t.at, (unsigned long)flags, err));
  osref_files_target_release(&t);
  return r;
}

static osref_value *call_chflags(osref_value *const *argv, osref_error *err)
{
  return chflags_with("chflags", argv, argv[2], err);
}

static const osref_param chflags_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"follow_symlinks", "True", OSREF_KEYWORD_ONLY},
};
OSREF_FUNCTION(chflags, OSREF_SECTION_FILES, chflags_params, call_chflags)
#else
OSREF_ABSENT(chflags, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_CHFLAGS unset)")
#endif

#ifdef HAVE_LCHFLAGS
static osref_value *call_lchflags(osref_value *const *argv, osref_error *err)
{
  return chflags_with("lchflags", argv, &osref_files_false, err);
}

static const osref_param lchflags_params[] = {
  {"path", NULL, OSREF_POSITIONAL_OR_KEYWORD},
  {"flags", NULL, OSREF_POSITIONAL_OR_KEYWORD},
};
OSREF_FUNCTION(lchflags, OSREF_SECTION_FILES, lchflags_params, call_lchflags)
#else
OSREF_ABSENT(lchflags, OSREF_SECTION_FILES, OSREF_FUNCTION, "not in this libc (HAVE_LCHFLAGS unset)")
#endif
