/* getgroups() */
#include <unistd.h>
int main(void) { gid_t g[1]; return getgroups(1, g); }
