/* symlink(2) */
#include <unistd.h>
int main(void) { return symlink("a", "b"); }
