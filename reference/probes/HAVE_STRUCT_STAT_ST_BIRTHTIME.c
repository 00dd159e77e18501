#include <sys/stat.h>
/* struct stat has st_birthtimespec (the BSDs, macOS) */
int main(void) { struct stat st = {0}; return (int)st.st_birthtimespec.tv_sec; }
