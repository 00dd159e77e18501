/* posix_spawn_file_actions_addclosefrom_np (POSIX_SPAWN_CLOSEFROM) */
#include <spawn.h>
int main(void) { posix_spawn_file_actions_t a; posix_spawn_file_actions_init(&a); return posix_spawn_file_actions_addclosefrom_np(&a, 3); }
