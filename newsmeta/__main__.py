"""``python -m newsmeta``: the same as the ``newsmeta`` command."""

from newsmeta.cli import main

raise SystemExit(main())
