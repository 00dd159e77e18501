/* copy_file_range(2) wrapper (glibc >= 2.27). */
#include <unistd.h>
int main(void) { return (int)copy_file_range(0, 0, 1, 0, 0, 0); }
