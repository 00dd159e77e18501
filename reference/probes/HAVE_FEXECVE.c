/* fexecve(3): execve() of an open file, so os.execve takes an fd (supports_fd) */
#include <unistd.h>
int main(void) { char *none[] = {0}; return fexecve(-1, none, none); }
