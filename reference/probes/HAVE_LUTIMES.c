/* lutimes(3): utime() of a symlink, in microseconds */
#include <stddef.h>
#include <sys/time.h>
int main(void) { return lutimes(".", NULL); }
