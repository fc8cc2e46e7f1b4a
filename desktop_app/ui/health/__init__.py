"""The Account health page (the chart module imports pyqtgraph; this package does not)."""
