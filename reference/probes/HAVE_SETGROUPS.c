/* setgroups() */
#include <grp.h>
int main(void) { gid_t g[1] = {0}; return setgroups(1, g); }
