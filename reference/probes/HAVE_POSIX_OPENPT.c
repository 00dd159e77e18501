/* posix_openpt(3). */
#include <fcntl.h>
#include <stdlib.h>
int main(void) { return posix_openpt(O_RDWR); }
