/* waitid()'s P_PIDFD idtype (an enumerator in glibc, so no #ifdef can see it) */
#include <signal.h>
#include <sys/wait.h>
int main(void) { siginfo_t si; return waitid(P_PIDFD, 0, &si, WEXITED | WNOHANG); }
