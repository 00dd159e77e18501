/* getsid() */
#include <unistd.h>
int main(void) { return (int)getsid(0); }
