"""``python -m careerbot.catalog_build --from DIR [--out PATH]``."""

from __future__ import annotations

import sys

from careerbot.catalog_build.output import main

if __name__ == "__main__":
    sys.exit(main())
