/* preadv(2). */
#include <sys/uio.h>
int main(void) { struct iovec v = {0, 0}; return (int)preadv(0, &v, 1, 0); }
