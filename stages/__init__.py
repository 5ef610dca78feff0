"""The domain: one module (or small package) per stage, in the order declared in ``pipeline.engine.flow``."""
