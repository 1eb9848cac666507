"""Allow ``python -m desktop`` as well as the ``curator`` command."""

from desktop.cli import main

raise SystemExit(main())
