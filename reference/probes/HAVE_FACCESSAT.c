/* faccessat(2): access() with dir_fd, effective_ids and follow_symlinks */
#include <fcntl.h>
#include <unistd.h>
int main(void) { return faccessat(AT_FDCWD, ".", F_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW); }
