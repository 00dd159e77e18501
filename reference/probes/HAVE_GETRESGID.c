/* getresgid() */
#include <unistd.h>
int main(void) { gid_t a, b, c; return getresgid(&a, &b, &c); }
