/* getlogin() */
#include <unistd.h>
int main(void) { return getlogin() == (char *)0; }
