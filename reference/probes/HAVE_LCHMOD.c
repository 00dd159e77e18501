/* lchmod(3) that can change the mode of a symbolic link.
 * Linux has no such system call: its libcs emulate lchmod over fchmodat,
 * which fails with EOPNOTSUPP on a symlink, so CPython configure leaves
 * HAVE_LCHMOD unset there; the doc says "not Linux". This is a kernel
 * fact a compile-only probe cannot observe, hence the explicit test. */
#include <sys/stat.h>
#ifdef __linux__
#error "Linux cannot change the mode of a symbolic link"
#endif
int main(void) { return lchmod(".", 0755); }
