"""Built-in plugins that are not extractors: the merge policy and the built-in formats."""
