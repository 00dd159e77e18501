/* login_tty(3) (in libc since glibc 2.34). */
#include <utmp.h>
int main(void) { return login_tty(-1); }
