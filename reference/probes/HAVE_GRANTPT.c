/* grantpt(3). */
#include <stdlib.h>
int main(void) { return grantpt(0); }
