/* linkat(2): link() with dir_fds and follow_symlinks */
#include <fcntl.h>
#include <unistd.h>
int main(void) { return linkat(AT_FDCWD, "a", AT_FDCWD, "b", AT_SYMLINK_FOLLOW); }
