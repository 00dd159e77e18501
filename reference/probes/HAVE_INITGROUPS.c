/* initgroups() */
#include <grp.h>
int main(void) { return initgroups("root", 0); }
