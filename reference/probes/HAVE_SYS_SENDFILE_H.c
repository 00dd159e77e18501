/* <sys/sendfile.h>. */
#include <sys/sendfile.h>
int main(void) { return 0; }
