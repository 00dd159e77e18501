/* getpriority() and setpriority() */
#include <sys/resource.h>
int main(void) { return getpriority(PRIO_PROCESS, 0) + setpriority(PRIO_PROCESS, 0, 0); }
