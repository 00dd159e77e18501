/* wait4() */
#include <sys/resource.h>
#include <sys/wait.h>
int main(void) { int status; struct rusage ru; return (int)wait4(-1, &status, WNOHANG, &ru); }
