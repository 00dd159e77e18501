/* posix_spawn's POSIX_SPAWN_SETSID flag (posix_spawn(setsid=True)) */
#include <spawn.h>
int main(void) { posix_spawnattr_t a; posix_spawnattr_init(&a); return posix_spawnattr_setflags(&a, POSIX_SPAWN_SETSID); }
