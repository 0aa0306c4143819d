"""The link step of the pipeline."""
