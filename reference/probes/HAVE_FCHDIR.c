/* fchdir(2): chdir() with an fd, and os.fchdir */
#include <unistd.h>
int main(void) { return fchdir(0); }
