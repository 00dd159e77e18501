/* fchown(2): chown() with an fd */
#include <unistd.h>
int main(void) { return fchown(0, (uid_t)-1, (gid_t)-1); }
