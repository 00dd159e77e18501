/* pathconf(3) */
#include <unistd.h>
int main(void) { return pathconf(".", _PC_NAME_MAX) < 0; }
