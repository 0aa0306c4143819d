"""The normalise step of the pipeline."""
