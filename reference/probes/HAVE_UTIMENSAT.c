/* utimensat(2): utime() with dir_fd, follow_symlinks and nanoseconds */
#include <stddef.h>
#include <fcntl.h>
#include <sys/stat.h>
int main(void) { return utimensat(AT_FDCWD, ".", NULL, AT_SYMLINK_NOFOLLOW); }
