/* kill() */
#include <signal.h>
int main(void) { return kill(0, 0); }
