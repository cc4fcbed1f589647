"""``python -m stretchguide`` and the ``stretchguide`` command."""

from __future__ import annotations

import sys

from stretchguide.cli import main

if __name__ == "__main__":
    sys.exit(main())
