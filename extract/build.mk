# extract: filled in by its owner
