/* fchmod(2): chmod() with an fd */
#include <sys/stat.h>
int main(void) { return fchmod(0, 0644); }
