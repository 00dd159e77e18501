/* fdopendir(3): listdir() and scandir() with an fd */
#include <stddef.h>
#include <dirent.h>
int main(void) { return fdopendir(0) == NULL; }
