"""Entry point of the bundled executables (shutcho and shutcho-cli): the command line."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    if "--multiprocessing-fork" in sys.argv or (len(sys.argv) >= 2 and sys.argv[-2] == "-c"):
        # A worker of 'shutcho export --jobs N' (or multiprocessing's helper) started from
        # the frozen executable. Checked first, so the editor does not pay for importing
        # multiprocessing (~20 ms) at start-up.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
