/* geteuid() and getegid() */
#include <unistd.h>
int main(void) { return (int)geteuid() + (int)getegid(); }
