"""Where the load benchmark keeps mailscoped's stores, and how fast files can be created there."""

import os
import shutil
import statistics
import subprocess
import tempfile
import time


def spread_subfolders(folder):
    """Asks ext4 to place each new subfolder in a block group of its own choosing (chattr +T,
    the "top of a directory hierarchy" flag), away from the groups that builds and earlier runs
    keep creating and deleting files in. Elsewhere the flag does not exist and this does nothing."""
    chattr = shutil.which("chattr")
    if chattr:
        subprocess.run([chattr, "+T", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def file_create_probe(root, count=2000):
    """Microseconds to create one empty file in a new folder under root (the median of `count`).

    mailscoped creates a file per message; the other servers create none. On an ext4 file system
    without a journal, the kernel skips every inode deleted in the last minutes when it picks one
    for a new file (ext4's recently_deleted()), so right after many deletions near the folder one
    create can cost a millisecond of CPU instead of ~20 us (spread_subfolders keeps the stores away
    from such places). The figure goes into the results so a run on such a disk can be told apart;
    the files are left in place until the run ends.
    """
    folder = tempfile.mkdtemp(prefix="probe-", dir=root)
    times = []
    for i in range(count):
        path = os.path.join(folder, "%d.eml" % i)
        started = time.perf_counter()
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1e6, 1)
