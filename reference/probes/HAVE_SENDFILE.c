/* sendfile(2), the Linux form from <sys/sendfile.h>. */
#include <sys/sendfile.h>
int main(void) { return (int)sendfile(1, 0, 0, 1); }
