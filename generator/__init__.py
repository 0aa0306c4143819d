"""A static site generator for the official texts of the Conference of the Parties to UNTOC."""
