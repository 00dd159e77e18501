/* getrandom() */
#include <sys/random.h>
int main(void) { char b[1]; return (int)getrandom(b, 1, GRND_NONBLOCK); }
