"""A real small filesystem for disk-problem tests: full or read-only on demand.

A tmpfs of a few hundred kilobytes is mounted on a folder of the test; it can be
filled to the last byte or remounted read-only, so SQLite, Qt's lock file and
Python's file functions meet the operating system's real ENOSPC and EROFS.
Needs root (mount); ``chmod`` would not do, since root writes through it.
Tests using it are skipped, saying so, where mounting is not possible.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk:
    """A mounted tmpfs at :attr:`root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler.bin"

    def read_only(self) -> None:
        """Remount read-only (every write fails with EROFS)."""
        _mount("-o", "remount,ro", str(self.root))

    def writable(self) -> None:
        """Remount read-write."""
        _mount("-o", "remount,rw", str(self.root))

    def fill(self) -> None:
        """Use up every free byte (writes fail with ENOSPC)."""
        handle = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (64 * 1024, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(handle, b"\0" * size)
        finally:
            os.close(handle)
        probe = self.root / "probe.bin"
        try:
            handle = os.open(probe, os.O_WRONLY | os.O_CREAT)
            try:
                os.write(handle, b"\0" * 4096)
            finally:
                os.close(handle)
        except OSError as error:
            assert error.errno == errno.ENOSPC
        else:  # pragma: no cover - the filesystem lied about being full
            raise AssertionError("the small disk is not full")
        finally:
            probe.unlink(missing_ok=True)

    def free(self) -> None:
        """Give the space back."""
        self._filler.unlink(missing_ok=True)


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 1024) -> Iterator[SmallDisk]:
    """Mount a tmpfs of *size_kb* on *folder* (created) for the ``with`` block."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root (tests run as root in CI)")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder))
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot mount a tmpfs here ({error}); needs CAP_SYS_ADMIN")
    disk = SmallDisk(folder)
    try:
        yield disk
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            disk.writable()
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)
