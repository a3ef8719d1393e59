#!/usr/bin/env python3
"""Briefing's command line. Run `python build.py --help`."""
import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
