/* getresuid() */
#include <unistd.h>
int main(void) { uid_t a, b, c; return getresuid(&a, &b, &c); }
