"""Entry point of the bundled executables (shutcho and shutcho-cli): the command line."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
