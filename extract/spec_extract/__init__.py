"""osconform's spec extractor: os.rst sources -> spec database and JSON.

Pipeline: shapes (recover plain reStructuredText and a line map from each
source shape) -> rstparse (docutils with our own directive handlers) ->
collect (doctree -> Document model) -> attach (availability, claims) ->
store_db / store_json / reports.
"""
