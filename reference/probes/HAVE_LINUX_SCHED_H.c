/* <linux/sched.h> with <sched.h>: the kernel's SCHED_NORMAL */
#include <sched.h>
#include <linux/sched.h>
int main(void) { return SCHED_NORMAL; }
