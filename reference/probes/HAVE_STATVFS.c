/* statvfs(3) */
#include <sys/statvfs.h>
int main(void) { struct statvfs st; return statvfs(".", &st); }
