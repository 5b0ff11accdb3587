"""Palier: incident reports, neighbour-conflict cases and welfare checks for social-housing staff."""

__version__ = "0.1.0"
