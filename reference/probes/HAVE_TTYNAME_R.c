/* ttyname_r(3). */
#include <unistd.h>
int main(void) { char b[64]; return ttyname_r(0, b, sizeof b); }
