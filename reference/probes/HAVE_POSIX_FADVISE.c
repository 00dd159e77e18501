/* posix_fadvise(3). */
#include <fcntl.h>
int main(void) { return posix_fadvise(0, 0, 0, POSIX_FADV_NORMAL); }
