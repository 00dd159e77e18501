/* chroot(2) */
#include <unistd.h>
int main(void) { return chroot("."); }
