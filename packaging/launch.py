"""Entry point of the packaged application (same as ``python -m app``)."""

from app.cli import main

raise SystemExit(main())
