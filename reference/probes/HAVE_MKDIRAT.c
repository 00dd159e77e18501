/* mkdirat(2): mkdir() with dir_fd */
#include <fcntl.h>
#include <sys/stat.h>
int main(void) { return mkdirat(AT_FDCWD, "d", 0777); }
