"""Seller Desk: order management for small online sellers."""

__version__ = "0.1.0"
APP_NAME = "seller-desk"
