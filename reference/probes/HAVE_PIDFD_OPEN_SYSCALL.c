/* the pidfd_open system call (Linux 5.3), by its number in the libc's headers */
#include <sys/syscall.h>
#include <unistd.h>
int main(void) { return (int)syscall(SYS_pidfd_open, 0, 0u); }
