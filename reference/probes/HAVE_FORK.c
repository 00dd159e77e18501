/* fork() */
#include <unistd.h>
int main(void) { return (int)fork(); }
