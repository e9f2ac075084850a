"""What is loaded for good, kept out of the garbage collector's way."""

from __future__ import annotations

import gc


def keep_loaded() -> None:
    """Keep what is loaded now (a catalog and its name index: some 100,000 objects, and the
    careers' O*NET descriptors) out of the collector's full passes, which took over 100 ms
    each on the development machine and stalled whatever was answering behind one. What a
    reload replaces is collected first, so it is not kept for good."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
