#include <sys/stat.h>
/* struct stat has st_flags */
int main(void) { struct stat st = {0}; return (int)sizeof st.st_flags; }
