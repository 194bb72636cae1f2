"""briefing: a daily intelligence-style news brief from feeds and seed articles."""

__version__ = "0.1.0"
