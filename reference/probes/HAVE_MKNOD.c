/* mknod(2) */
#include <sys/stat.h>
int main(void) { return mknod("n", S_IFIFO | 0600, 0); }
