/* setregid() */
#include <unistd.h>
int main(void) { return setregid(0, 0); }
