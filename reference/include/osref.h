/* libosref: the documented behaviour of Python's os module, over POSIX.
 *
 * Two layers share this header:
 *  - typed functions (osref_mkdir, osref_open, ...) declared in the section
 *    headers below, which take C values and report errors as Python would;
 *  - the call layer (osref_call, osref_getattr), which takes dynamically typed
 *    values and applies Python's argument rules before calling the typed layer.
 *
 * Errors are converted once, at the edge: internal code returns -errno and
 * osref_set_errno() turns it into the exception class Python raises. The
 * library never prints. */
#ifndef OSREF_H
#define OSREF_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---- values ---------------------------------------------------------- */

typedef enum osref_type {
  OSREF_NONE, OSREF_BOOL, OSREF_INT, OSREF_FLOAT, OSREF_STR, OSREF_BYTES,
  OSREF_TUPLE, OSREF_LIST, OSREF_DICT,
  OSREF_STRUCT,    /* a struct sequence: stat_result, terminal_size, ... */
  OSREF_PATHLIKE,  /* an object whose __fspath__ returns str/bytes (or fails) */
  OSREF_HANDLE,    /* an opaque object: DirEntry, scandir iterator, ... */
  OSREF_SET        /* a set: items in u.seq, no two equal, order irrelevant */
} osref_type;

typedef struct osref_value osref_value;
struct osref_error;   /* defined below; the handle ops take it */

/* What an opaque object can do; every member may be NULL. */
typedef struct osref_handle_ops {
  const char *type_name;                       /* 'DirEntry' */
  osref_value *(*getattr)(void *self, const char *attr, struct osref_error *err);
  osref_value *(*call_method)(void *self, const char *method, osref_value *args,
                              osref_value *kwargs, struct osref_error *err);
  osref_value *(*next)(void *self, struct osref_error *err); /* iterators; NULL value + no error = exhausted */
  void (*release)(void *self);
  const char *const *methods;                  /* NULL-terminated, for hasattr; NULL if none listed */
} osref_handle_ops;

struct osref_value {
  osref_type type;
  unsigned refs;
  union {
    bool b;
    int64_t i;
    double f;
    struct { char *data; size_t len; } s;          /* STR (UTF-8, may hold surrogateescape as in PEP 383 via raw bytes) and BYTES */
    struct { osref_value **items; size_t len, cap; } seq;  /* TUPLE, LIST, SET */
    struct { osref_value **keys, **vals; size_t len, cap; } dict;
    struct { const char *name; const char *const *fields; osref_value **items;
             size_t len, n_sequence; } st;         /* STRUCT: first n_sequence items are the tuple part */
    struct { osref_value *inner; } pl;             /* PATHLIKE: inner is STR, BYTES, or anything (to test errors) */
    struct { const osref_handle_ops *ops; void *self; } h;
  } u;
};

osref_value *osref_none(void);
osref_value *osref_bool(bool b);
osref_value *osref_int(int64_t i);
osref_value *osref_float(double f);
osref_value *osref_str(const char *s);                 /* NUL-terminated UTF-8 */
osref_value *osref_strn(const char *s, size_t n);
osref_value *osref_bytes(const void *p, size_t n);
osref_value *osref_tuple(size_t n);                    /* n slots, filled with osref_seq_set */
osref_value *osref_list(void);
osref_value *osref_dict(void);
osref_value *osref_struct(const char *name, const char *const *fields, size_t len, size_t n_sequence);
osref_value *osref_pathlike(osref_value *inner);       /* steals inner */
osref_value *osref_handle(const osref_handle_ops *ops, void *self);
osref_value *osref_set(void);                          /* empty; fill with osref_set_add */
/* A callable: where Python takes a function (register_at_fork's before=),
 * a case passes a call of an os function with fixed arguments, as
 * functools.partial(os.NAME, *args). fn is copied; args (a TUPLE or LIST)
 * is stolen. */
osref_value *osref_callable(const char *fn, osref_value *args);
bool osref_is_callable(const osref_value *v);
/* Calls it with no arguments: the os function's result, or NULL with err. */
osref_value *osref_invoke(const osref_value *callable, struct osref_error *err);

void osref_seq_set(osref_value *seq, size_t i, osref_value *v);   /* steals v; TUPLE and STRUCT */
void osref_list_append(osref_value *list, osref_value *v);        /* steals v */
void osref_dict_set(osref_value *dict, osref_value *key, osref_value *v); /* steals both */
osref_value *osref_dict_get(const osref_value *dict, const char *key);    /* borrowed; STR keys */
void osref_set_add(osref_value *set, osref_value *v);             /* steals v; dropped if an equal item is in */
osref_value *osref_struct_get(const osref_value *st, const char *field);  /* borrowed */

osref_value *osref_incref(osref_value *v);
void osref_decref(osref_value *v);
bool osref_equal(const osref_value *a, const osref_value *b);
const char *osref_type_name(const osref_value *v);    /* Python's name: 'int', 'str', 'stat_result' */

/* ---- errors ---------------------------------------------------------- */

typedef struct osref_error {
  const char *type;     /* Python exception class: 'FileNotFoundError', 'TypeError'; NULL = no error */
  int errnum;           /* errno for OSError and subclasses, else 0 */
  char message[256];
} osref_error;

/* Sets err from an errno value (positive or negative) with the OSError
 * subclass Python raises for it; returns NULL so callers can `return`. */
osref_value *osref_set_errno(osref_error *err, int errnum);
osref_value *osref_set_error(osref_error *err, const char *type, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
const char *osref_exception_for_errno(int errnum);    /* 'FileNotFoundError' for ENOENT */
const char *osref_errno_name(int errnum);             /* 'ENOENT' */
int osref_errno_value(const char *name);              /* 0 if unknown */

/* ---- the call layer -------------------------------------------------- */

typedef enum osref_param_kind {
  OSREF_POSITIONAL_ONLY, OSREF_POSITIONAL_OR_KEYWORD, OSREF_KEYWORD_ONLY,
  OSREF_VAR_POSITIONAL, OSREF_VAR_KEYWORD
} osref_param_kind;

typedef struct osref_param {
  const char *name;
  const char *default_value;   /* as the doc writes it ('0o777', 'None'); NULL = required */
  osref_param_kind kind;
} osref_param;

typedef enum osref_kind {
  OSREF_FUNCTION, OSREF_DATA, OSREF_CLASS, OSREF_EXCEPTION,
  OSREF_METHOD, OSREF_ATTRIBUTE   /* class members, 'DirEntry.is_dir': listed, reached through osref_attr/osref_method */
} osref_kind;

/* The binder fills argv[i] for params[i] (borrowed; NULL = not given, the
 * function applies its documented default). VAR_POSITIONAL gets a TUPLE,
 * VAR_KEYWORD a DICT. */
typedef osref_value *(*osref_fn)(osref_value *const *argv, osref_error *err);

typedef struct osref_entry {
  const char *name;            /* 'mkdir' */
  osref_kind kind;
  const char *section;         /* os.rst section: 'Files and Directories' */
  const osref_param *params;   /* FUNCTION: the documented signature */
  size_t nparams;
  osref_fn call;               /* FUNCTION (and CLASS constructors) */
  osref_value *(*get)(osref_error *err);  /* DATA: the current value */
  const char *absent;          /* NULL if provided; else why not ('documented for Windows only',
                                  'not in this libc (HAVE_COPY_FILE_RANGE unset)') */
} osref_entry;

/* Every documented name in scope, provided or not, sorted by name. */
const osref_entry *osref_entries(size_t *count);
const osref_entry *osref_lookup(const char *name);

/* os.NAME(*args, **kwargs). args is a TUPLE or LIST, kwargs a DICT or NULL. */
osref_value *osref_call(const char *name, osref_value *args, osref_value *kwargs, osref_error *err);
/* os.NAME for data and constants; AttributeError if absent. */
osref_value *osref_getattr(const char *name, osref_error *err);
/* hasattr(obj, method) for the methods of values (a handle lists its own). */
bool osref_has_method(const osref_value *obj, const char *method);
/* obj.attr and obj.method(*args, **kwargs) for STRUCT and HANDLE values. */
osref_value *osref_attr(osref_value *obj, const char *attr, osref_error *err);
osref_value *osref_method(osref_value *obj, const char *method, osref_value *args,
                          osref_value *kwargs, osref_error *err);

/* Binds args/kwargs to params with Python's rules (TypeError on a missing,
 * duplicate or unexpected argument). argv must hold nparams slots. */
bool osref_bind(const char *fname, const osref_param *params, size_t nparams,
                osref_value *args, osref_value *kwargs, osref_value **argv, osref_error *err);
/* Releases what osref_bind created: the VAR_POSITIONAL tuple and the
 * VAR_KEYWORD dict (the other slots are borrowed). osref_call does this. */
void osref_bind_release(const osref_param *params, size_t nparams, osref_value **argv);

#endif
