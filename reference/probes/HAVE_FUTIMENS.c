/* futimens(2): utime() with an fd, in nanoseconds */
#include <stddef.h>
#include <sys/stat.h>
int main(void) { return futimens(0, NULL); }
