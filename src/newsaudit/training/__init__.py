"""Training and evaluation code: data carving, cross-validation, artifact building.

Runtime code (``newsaudit.models``, the pipeline) never imports this package; the commands
``newsaudit train …`` and ``newsaudit eval …`` do.
"""
