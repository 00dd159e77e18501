/* fpathconf(3): pathconf() with an fd */
#include <unistd.h>
int main(void) { return fpathconf(0, _PC_NAME_MAX) < 0; }
