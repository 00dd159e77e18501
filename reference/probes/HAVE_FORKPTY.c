/* forkpty(3) */
#include <pty.h>
int main(void) { int fd; return forkpty(&fd, 0, 0, 0); }
