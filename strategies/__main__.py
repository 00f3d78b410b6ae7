"""``python -m strategies`` runs the ``novu-contracts`` command line."""

import sys

from strategies._cli import main

sys.exit(main())
