"""Packaging: desktop files, installers, icons, and the built bundle."""
