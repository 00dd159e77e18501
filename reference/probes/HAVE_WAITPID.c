/* waitpid() */
#include <sys/wait.h>
int main(void) { int status; return (int)waitpid(-1, &status, WNOHANG); }
