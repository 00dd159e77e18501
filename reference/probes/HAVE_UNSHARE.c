/* unshare() */
#include <sched.h>
int main(void) { return unshare(0); }
