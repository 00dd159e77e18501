/* fchmodat(2): chmod() with dir_fd */
#include <fcntl.h>
#include <sys/stat.h>
int main(void) { return fchmodat(AT_FDCWD, ".", 0755, 0); }
