/* futimes(3): utime() with an fd, in microseconds */
#include <stddef.h>
#include <sys/time.h>
int main(void) { return futimes(0, NULL); }
