/* setresuid() */
#include <unistd.h>
int main(void) { return setresuid(0, 0, 0); }
