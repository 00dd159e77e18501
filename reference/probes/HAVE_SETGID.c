/* setgid() */
#include <unistd.h>
int main(void) { return setgid(0); }
