"""The bundle's entry point: the same ``curator`` command as the wheel's."""

from desktop.cli import main

raise SystemExit(main())
