/* PIDFD_NONBLOCK from the libc's <sys/pidfd.h> */
#include <sys/pidfd.h>
int main(void) { return PIDFD_NONBLOCK; }
