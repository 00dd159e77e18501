/* mkfifo(3) */
#include <sys/stat.h>
int main(void) { return mkfifo("p", 0666); }
