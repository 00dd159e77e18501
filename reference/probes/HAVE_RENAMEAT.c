/* renameat(2): rename() and replace() with dir_fds */
#include <fcntl.h>
#include <stdio.h>
int main(void) { return renameat(AT_FDCWD, "a", AT_FDCWD, "b"); }
