/* Linux extended attributes: <sys/xattr.h> with the l- and f- variants */
#include <sys/types.h>
#include <sys/xattr.h>
int main(void)
{
  char b[8];
  return (int)(getxattr(".", "user.a", b, sizeof b) + lgetxattr(".", "user.a", b, sizeof b)
               + fgetxattr(0, "user.a", b, sizeof b) + listxattr(".", b, sizeof b)
               + setxattr(".", "user.a", b, 1, XATTR_CREATE) + removexattr(".", "user.a"));
}
