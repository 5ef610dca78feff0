"""The ``consentscan`` command: one module per group of commands; thin, like the API, over ``pipeline.services``.
"""
