/* major(), minor() and makedev() */
#include <sys/types.h>
#include <sys/sysmacros.h>
int main(void) { dev_t d = makedev(1, 2); return (int)(major(d) + minor(d)); }
