/* fchownat(2): chown() with dir_fd and follow_symlinks */
#include <fcntl.h>
#include <unistd.h>
int main(void) { return fchownat(AT_FDCWD, ".", (uid_t)-1, (gid_t)-1, AT_SYMLINK_NOFOLLOW); }
