/* timerfd_create(2), timerfd_settime, timerfd_gettime. */
#include <sys/timerfd.h>
int main(void) { struct itimerspec t; return timerfd_create(1, TFD_CLOEXEC) + timerfd_gettime(0, &t); }
