"""The MkDocs theme `untoc`: the templates and assets of every page of the site, the texts' and docs_dir's."""
