/* waitid() with the P_* idtypes */
#include <signal.h>
#include <sys/wait.h>
int main(void) { siginfo_t si; return waitid(P_ALL, 0, &si, WEXITED | WNOHANG) + P_PID + P_PGID; }
