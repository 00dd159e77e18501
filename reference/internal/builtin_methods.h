/* Methods of Python's built-in types on plain values (core/builtin_methods.c). */
#ifndef OSREF_INTERNAL_BUILTIN_METHODS_H
#define OSREF_INTERNAL_BUILTIN_METHODS_H

#include "osref.h"

bool osref_has_builtin_method(const osref_value *v, const char *method);
osref_value *osref_builtin_method(osref_value *v, const char *method, osref_value *args, osref_value *kwargs,
                                  osref_error *err);

#endif
