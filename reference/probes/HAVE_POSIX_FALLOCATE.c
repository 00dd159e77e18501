/* posix_fallocate(3). */
#include <fcntl.h>
int main(void) { return posix_fallocate(0, 0, 1); }
