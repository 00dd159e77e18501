/* lockf(3). */
#include <unistd.h>
int main(void) { return lockf(0, F_TEST, 0); }
