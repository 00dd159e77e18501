/* getgrouplist() */
#include <grp.h>
int main(void) { gid_t g[1]; int n = 1; return getgrouplist("root", 0, g, &n); }
