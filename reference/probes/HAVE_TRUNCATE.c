/* truncate(2) */
#include <unistd.h>
int main(void) { return truncate("f", 0); }
