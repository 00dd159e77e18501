/* ftruncate(2): truncate() with an fd */
#include <unistd.h>
int main(void) { return ftruncate(0, 0); }
