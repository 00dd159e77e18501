/* eventfd(2) and eventfd_read/eventfd_write. */
#include <sys/eventfd.h>
int main(void) { eventfd_t v; return eventfd(0, EFD_CLOEXEC) + eventfd_read(0, &v); }
