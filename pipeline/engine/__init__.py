"""The engine: the broker, actor binding, the flow of stages and their fusion, middleware, worker, metrics, logs.

Binds the plain stage functions of ``stages/`` to Dramatiq actors; imports control, storage, model, core.
"""
