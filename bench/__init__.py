"""The benchmark: a synthetic corpus, its plain-MkDocs peer, and the timing harness."""
