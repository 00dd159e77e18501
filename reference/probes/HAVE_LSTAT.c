/* lstat(2) */
#include <sys/stat.h>
int main(void) { struct stat st; return lstat(".", &st); }
