/* The path / dir_fd / follow_symlinks arguments shared by most functions of
 * "Files and Directories", checked in CPython's order: conversion
 * (TypeError), unavailable features (NotImplementedError), then invalid
 * combinations (ValueError). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include "internal/files.h"

osref_value *osref_files_unavailable(const char *fn, const char *arg, osref_error *err)
{
  return osref_set_error(err, "NotImplementedError", "%s: %s unavailable on this platform", fn, arg);
}

bool osref_files_dir_fd(const char *fn, const char *arg, const osref_value *v, int *out,
                        osref_error *err)
{
  *out = AT_FDCWD;
  if (!v || v->type == OSREF_NONE) return true;
  if (!osref_arg_dir_fd(fn, v, out, err)) return false;
  if (!osref_supports_has(OSREF_SUPPORTS_DIR_FD, fn)) {
    osref_files_unavailable(fn, arg, err);
    return false;
  }
  return true;
}

static bool combination_valid(const char *fn, const osref_at *at, osref_error *err)
{
  if (at->fd >= 0 && at->dir_fd != AT_FDCWD) {
    osref_set_error(err, "ValueError", "%s: can't specify both dir_fd and fd", fn);
    return false;
  }
  if (at->fd >= 0 && !at->follow_symlinks) {
    osref_set_error(err, "ValueError", "%s: cannot use fd and follow_symlinks together", fn);
    return false;
  }
  return true;
}

bool osref_files_target_init(osref_files_target *t, const char *fn, const char *arg,
                             const osref_value *path,
                             const osref_value *dir_fd, const osref_value *follow,
                             unsigned features, osref_error *err)
{
  memset(t, 0, sizeof *t);
  t->path.fd = -1;
  /* Arguments the signature does not have are never looked at. */
  dir_fd = features & OSREF_FILES_DIR_FD ? dir_fd : NULL;
  follow = features & OSREF_FILES_NOFOLLOW ? follow : NULL;
  t->at = (osref_at){ NULL, -1, AT_FDCWD, osref_arg_bool(follow, true) };
  bool allow_fd = (features & OSREF_FILES_FD) && osref_supports_has(OSREF_SUPPORTS_FD, fn);
  if (!osref_arg_path(fn, arg, path, features & OSREF_FILES_NULLABLE, allow_fd, &t->path, err))
    return false;
  t->at.path = t->path.name;
  t->at.fd = t->path.fd;
  char dir_fd_name[64];
  snprintf(dir_fd_name, sizeof dir_fd_name, "%s%sdir_fd", strcmp(arg, "path") ? arg : "",
           strcmp(arg, "path") ? "_" : "");
  if (!osref_files_dir_fd(fn, dir_fd_name, dir_fd, &t->at.dir_fd, err)) goto fail;
  if (!t->at.follow_symlinks && !(features & OSREF_FILES_TRY_NOFOLLOW)
      && !osref_supports_has(OSREF_SUPPORTS_FOLLOW_SYMLINKS, fn)) {
    osref_files_unavailable(fn, "follow_symlinks", err);
    goto fail;
  }
  if (combination_valid(fn, &t->at, err)) return true;
fail:
  osref_path_release(&t->path);
  return false;
}

void osref_files_target_release(osref_files_target *t) { osref_path_release(&t->path); }
