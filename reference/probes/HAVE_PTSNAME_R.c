/* ptsname_r(3), the reentrant ptsname. */
#include <stdlib.h>
int main(void) { char b[64]; return ptsname_r(0, b, sizeof b); }
