import sys

from zkijdesk.cli import main

sys.exit(main())
