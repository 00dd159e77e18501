#include <string.h>
#include "exceptions.h"

/* Each built-in exception class with its base (Python 3.14's hierarchy). */
static const struct { const char *cls, *base; } classes[] = {
  {"Exception", "BaseException"},
  {"GeneratorExit", "BaseException"},
  {"KeyboardInterrupt", "BaseException"},
  {"SystemExit", "BaseException"},
  {"ArithmeticError", "Exception"},
  {"FloatingPointError", "ArithmeticError"},
  {"OverflowError", "ArithmeticError"},
  {"ZeroDivisionError", "ArithmeticError"},
  {"AssertionError", "Exception"},
  {"AttributeError", "Exception"},
  {"BufferError", "Exception"},
  {"EOFError", "Exception"},
  {"ImportError", "Exception"},
  {"ModuleNotFoundError", "ImportError"},
  {"LookupError", "Exception"},
  {"IndexError", "LookupError"},
  {"KeyError", "LookupError"},
  {"MemoryError", "Exception"},
  {"NameError", "Exception"},
  {"UnboundLocalError", "NameError"},
  {"OSError", "Exception"},
  {"BlockingIOError", "OSError"},
  {"ChildProcessError", "OSError"},
  {"ConnectionError", "OSError"},
  {"BrokenPipeError", "ConnectionError"},
  {"ConnectionAbortedError", "ConnectionError"},
  {"ConnectionRefusedError", "ConnectionError"},
  {"ConnectionResetError", "ConnectionError"},
  {"FileExistsError", "OSError"},
  {"FileNotFoundError", "OSError"},
  {"InterruptedError", "OSError"},
  {"IsADirectoryError", "OSError"},
  {"NotADirectoryError", "OSError"},
  {"PermissionError", "OSError"},
  {"ProcessLookupError", "OSError"},
  {"TimeoutError", "OSError"},
  {"ReferenceError", "Exception"},
  {"RuntimeError", "Exception"},
  {"NotImplementedError", "RuntimeError"},
  {"RecursionError", "RuntimeError"},
  {"StopIteration", "Exception"},
  {"SystemError", "Exception"},
  {"TypeError", "Exception"},
  {"ValueError", "Exception"},
  {"UnicodeError", "ValueError"},
  {"UnicodeDecodeError", "UnicodeError"},
  {"UnicodeEncodeError", "UnicodeError"},
  {"Warning", "Exception"},
  {"DeprecationWarning", "Warning"},
  {"RuntimeWarning", "Warning"},
};

static const char *base_of(const char *cls)
{
  for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
    if (strcmp(classes[i].cls, cls) == 0)
      return classes[i].base;
  return NULL;
}

json_t *interp_mro(const char *cls)
{
  json_t *mro = json_array();
  for (const char *c = cls; c; c = base_of(c))
    json_array_append_new(mro, json_string(c));
  return mro;
}

json_t *interp_encode_error(const osref_error *err)
{
  json_t *out = json_pack("{s:s,s:o}", "raises", err->type, "mro", interp_mro(err->type));
  if (err->errnum) {
    const char *name = osref_errno_name(err->errnum);
    json_object_set_new(out, "errno", name ? json_string(name) : json_integer(err->errnum));
  }
  json_t *message = json_string(err->message);
  json_object_set_new(out, "message", message ? message : json_string("(the message is not UTF-8)"));
  return out;
}
