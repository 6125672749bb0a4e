"""``python -m desktop``: the same as the ``shutcho`` command."""

from desktop.cli import main

raise SystemExit(main())
