"""Entry point of the PyInstaller bundle (``dist/stretchguide/stretchguide``).

The speech worker is a ``multiprocessing`` 'spawn' child: in a frozen app the child is this same
executable started with ``--multiprocessing-fork``, and ``freeze_support()`` must run before
anything else so that the child becomes the worker instead of opening a second window.
PyInstaller's runtime hook makes ``freeze_support()`` work on Linux and macOS too, not only on
Windows. It also covers the resource tracker that 'spawn' starts on POSIX.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from stretchguide.cli import main

    sys.exit(main())
