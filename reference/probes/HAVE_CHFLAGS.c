/* chflags(2): file flags (the BSDs, macOS) */
#include <sys/stat.h>
#include <unistd.h>
int main(void) { return chflags(".", 0); }
