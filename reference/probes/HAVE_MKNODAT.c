/* mknodat(2): mknod() with dir_fd */
#include <fcntl.h>
#include <sys/stat.h>
int main(void) { return mknodat(AT_FDCWD, "n", S_IFIFO | 0600, 0); }
