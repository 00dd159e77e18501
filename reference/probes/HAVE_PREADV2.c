/* preadv2(2) (glibc >= 2.26): preadv with RWF_* flags. */
#include <sys/uio.h>
int main(void) { struct iovec v = {0, 0}; return (int)preadv2(0, &v, 1, 0, 0); }
