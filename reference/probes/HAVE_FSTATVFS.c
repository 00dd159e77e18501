/* fstatvfs(3): statvfs() with an fd */
#include <sys/statvfs.h>
int main(void) { struct statvfs st; return fstatvfs(0, &st); }
