"""`python -m influence_app`: same as the `influence-app` command."""

import sys

from influence_app.cli import main

sys.exit(main())
