/* <linux/memfd.h>, for the MFD_HUGE_* sizes. */
#include <linux/memfd.h>
int main(void) { return MFD_HUGE_SHIFT; }
