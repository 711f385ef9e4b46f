"""The use cases and the rules: who may do what, what input is valid.

HTML views, the JSON API and the CLI all call these functions. They raise the domain
errors of :mod:`matchmaker.services.errors`, never HTTP responses, and they do not commit:
the caller (a view or a command) commits once at the edge.
"""
