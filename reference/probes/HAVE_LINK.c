/* link(2) */
#include <unistd.h>
int main(void) { return link("a", "b"); }
