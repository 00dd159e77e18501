"""Write a file so that readers see the old one or the whole new one."""

import os
import tempfile


class AtomicPath:
    """with AtomicPath(path) as tmp: write tmp; renamed onto path on success."""

    def __init__(self, path):
        self.path = path
        self.tmp = None

    def __enter__(self):
        directory = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(directory, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=".tmp-", suffix="-" + os.path.basename(self.path),
                                        dir=directory)
        os.close(fd)
        return self.tmp

    def __exit__(self, kind, value, tb):
        if kind is None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)  # mkstemp's 0600 is too private
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)
        return False


def write_text(path, text):
    with AtomicPath(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
