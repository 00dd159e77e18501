/* pipe2(2). */
#include <fcntl.h>
#include <unistd.h>
int main(void) { int fds[2]; return pipe2(fds, O_CLOEXEC); }
