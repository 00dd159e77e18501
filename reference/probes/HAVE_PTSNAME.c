/* ptsname(3). */
#include <stdlib.h>
int main(void) { return ptsname(0) != 0; }
