/* splice(2). */
#include <fcntl.h>
int main(void) { return (int)splice(0, 0, 1, 0, 1, 0); }
