/* setns() */
#include <sched.h>
int main(void) { return setns(-1, 0); }
