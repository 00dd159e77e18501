/* sync(2) */
#include <unistd.h>
int main(void) { sync(); return 0; }
