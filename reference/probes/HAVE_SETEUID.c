/* seteuid() */
#include <unistd.h>
int main(void) { return seteuid(0); }
