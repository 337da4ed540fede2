"""python -m desktop → the ambulant command."""

import sys

from .cli import main

sys.exit(main())
