/* unlinkat(2): unlink(), remove() and rmdir() with dir_fd */
#include <fcntl.h>
#include <unistd.h>
int main(void) { return unlinkat(AT_FDCWD, "a", AT_REMOVEDIR); }
