"""Worker processes that die with their parent.

A forked worker blocked on its pipe never notices its parent going: every worker inherits a
copy of the parent's pipe ends, so no end of file ever arrives. On Linux the kernel is asked to
kill the worker when its parent dies (PR_SET_PDEATHSIG); elsewhere a thread in the worker
watches its parent's pid.
"""
from __future__ import annotations

import ctypes
import os
import signal
import threading
import time

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Call first thing in a child process; `parent_pid` is the parent's pid, read in the
    parent before the child started (the parent may already be gone when this runs)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl failed")
    except (OSError, AttributeError):   # not Linux: poll instead
        threading.Thread(target=_watch, args=(parent_pid,), daemon=True).start()
        return
    if os.getppid() != parent_pid:   # the parent died before the request took effect
        os.kill(os.getpid(), signal.SIGKILL)


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGKILL)
