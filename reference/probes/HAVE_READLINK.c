/* readlink(2) */
#include <unistd.h>
int main(void) { char b[8]; return readlink("l", b, sizeof b) < 0; }
