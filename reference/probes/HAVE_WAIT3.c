/* wait3() */
#include <sys/resource.h>
#include <sys/wait.h>
int main(void) { int status; struct rusage ru; return (int)wait3(&status, WNOHANG, &ru); }
