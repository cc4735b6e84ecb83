"""The review site and what the team's decisions teach the rest of Veille.

Importing this package imports no web framework: ``exceptions`` and ``links`` are pure and
are meant for the classifier and the digest; the Flask app lives in ``app``.
"""
