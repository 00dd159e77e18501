/* unlockpt(3). */
#include <stdlib.h>
int main(void) { return unlockpt(0); }
