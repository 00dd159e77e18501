/* pwritev2(2) (glibc >= 2.26): pwritev with RWF_* flags. */
#include <sys/uio.h>
int main(void) { struct iovec v = {0, 0}; return (int)pwritev2(0, &v, 1, 0, 0); }
