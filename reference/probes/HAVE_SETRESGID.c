/* setresgid() */
#include <unistd.h>
int main(void) { return setresgid(0, 0, 0); }
