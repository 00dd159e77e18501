/* readlinkat(2): readlink() with dir_fd */
#include <fcntl.h>
#include <unistd.h>
int main(void) { char b[8]; return readlinkat(AT_FDCWD, "l", b, sizeof b) < 0; }
