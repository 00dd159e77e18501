/* lchflags(2): file flags of a symlink (the BSDs, macOS) */
#include <sys/stat.h>
#include <unistd.h>
int main(void) { return lchflags(".", 0); }
