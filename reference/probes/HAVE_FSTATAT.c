/* fstatat(2): stat() with dir_fd and follow_symlinks */
#include <fcntl.h>
#include <sys/stat.h>
int main(void) { struct stat st; return fstatat(AT_FDCWD, ".", &st, AT_SYMLINK_NOFOLLOW); }
