"""Storage: the object store (local disk or S3), the Parquet schemas and datasets, evidence, caches, compaction.

Imports the model and the core; nothing from the control plane, the engine or the interfaces.
"""
