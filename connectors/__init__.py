"""Source connectors: one module per kind of source. See ``base`` for the interface."""
