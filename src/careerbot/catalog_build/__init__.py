"""Build the occupation catalog (``data/occupations.json.gz``) from public data sets:
O*NET 29.3, BLS OEWS May 2025, BLS Employment Projections 2024-34, Eloundou et al. LLM
exposure and Dingel & Neiman teleworkability. Rules: docs/catalog-build.md.

``assemble.build_catalog`` reads the sets and joins them; ``output`` writes the file and is
the command (``output.run_build``); ``options`` holds its command-line options."""
