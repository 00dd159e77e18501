/* openpty(3) (in libc since glibc 2.34). */
#include <pty.h>
int main(void) { int m, s; return openpty(&m, &s, 0, 0, 0); }
