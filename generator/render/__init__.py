"""The render step of the pipeline."""
