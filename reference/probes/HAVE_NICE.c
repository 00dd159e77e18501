/* nice() */
#include <unistd.h>
int main(void) { return nice(0); }
