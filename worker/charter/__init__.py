"""The charter classifier: normalise -> detect -> score -> explain. Pure, no I/O."""
