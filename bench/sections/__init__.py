"""One module per measured part; each runs in its own interpreter (``python -m``)."""
