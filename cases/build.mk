# cases: filled in by its owner
