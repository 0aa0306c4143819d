"""The read step of the pipeline."""
