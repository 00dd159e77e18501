/* confstr() */
#include <unistd.h>
int main(void) { char b[8]; return (int)confstr(0, b, sizeof b); }
