/* fdatasync(2). */
#include <unistd.h>
int main(void) { return fdatasync(0); }
