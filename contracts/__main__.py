"""``python -m contracts`` runs the ``novu-contracts`` command line."""

import sys

from contracts.cli import main

sys.exit(main())
