"""Veille: watches public sources for mentions of a school service centre."""
