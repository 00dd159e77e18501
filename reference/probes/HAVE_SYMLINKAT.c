/* symlinkat(2): symlink() with dir_fd */
#include <fcntl.h>
#include <unistd.h>
int main(void) { return symlinkat("a", AT_FDCWD, "b"); }
