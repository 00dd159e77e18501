/* killpg() */
#include <signal.h>
int main(void) { return killpg(0, 0); }
