/* getloadavg() */
#include <stdlib.h>
int main(void) { double l[3]; return getloadavg(l, 3); }
