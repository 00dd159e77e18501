/* memfd_create(2) wrapper (glibc >= 2.27). */
#include <sys/mman.h>
int main(void) { return memfd_create("probe", MFD_CLOEXEC); }
