/* dup3(2): dup2 with O_CLOEXEC, atomically. */
#include <fcntl.h>
#include <unistd.h>
int main(void) { return dup3(0, 1, O_CLOEXEC); }
