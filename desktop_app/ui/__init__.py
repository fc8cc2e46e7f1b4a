"""The Qt user interface. Widgets show what services return and send what the seller decided."""
