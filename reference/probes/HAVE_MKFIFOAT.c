/* mkfifoat(3): mkfifo() with dir_fd */
#include <fcntl.h>
#include <sys/stat.h>
int main(void) { return mkfifoat(AT_FDCWD, "p", 0666); }
