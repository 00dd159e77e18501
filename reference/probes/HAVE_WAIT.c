/* wait() */
#include <sys/wait.h>
int main(void) { int status; return (int)wait(&status); }
