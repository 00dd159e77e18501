/* openat(2) and AT_FDCWD: dir_fd is supported */
#include <fcntl.h>
int main(void) { return openat(AT_FDCWD, ".", O_RDONLY) < 0; }
