/* getpgid() */
#include <unistd.h>
int main(void) { return (int)getpgid(0); }
