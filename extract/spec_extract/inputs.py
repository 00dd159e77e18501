"""Reading an input file that someone else may have made."""

import os
import stat

from .errors import ExtractError


def read_bytes(path):
    """The bytes of the regular file at `path`. A FIFO, a device or a
    directory is refused without waiting on it (O_NONBLOCK: opening a FIFO
    with no writer would block); OSError is left to the caller."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ExtractError(path, None, "not a regular file")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as f:
            fd = None
            return f.read()
    finally:
        if fd is not None:
            os.close(fd)
