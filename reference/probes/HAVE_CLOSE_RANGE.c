/* close_range(2) wrapper (glibc >= 2.34). */
#include <unistd.h>
int main(void) { return close_range(1000, 1001, 0); }
