/* ctermid() */
#include <stdio.h>
int main(void) { return ctermid((char *)0) == (char *)0; }
