/* setegid() */
#include <unistd.h>
int main(void) { return setegid(0); }
