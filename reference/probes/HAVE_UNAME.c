/* uname() */
#include <sys/utsname.h>
int main(void) { struct utsname u; return uname(&u); }
