"""Influence: the facilitator's desktop tool for associative influence seminars."""

__version__ = "0.1.0"
