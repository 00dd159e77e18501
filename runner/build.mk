# runner: filled in by its owner
