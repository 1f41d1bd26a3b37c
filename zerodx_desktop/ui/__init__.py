"""The PySide6 desktop front end. The only package that imports Qt."""
