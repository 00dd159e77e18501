/* futimesat(2): utime() with dir_fd (obsolete; utimensat is preferred) */
#include <stddef.h>
#include <fcntl.h>
#include <sys/time.h>
int main(void) { return futimesat(AT_FDCWD, ".", NULL); }
