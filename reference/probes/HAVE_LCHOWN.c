/* lchown(2) */
#include <unistd.h>
int main(void) { return lchown(".", (uid_t)-1, (gid_t)-1); }
