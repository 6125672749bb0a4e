"""The editor's Qt user interface: a thin layer over the model, builder and writers.

``app`` starts the application, ``main_window`` holds the widgets, ``controller``
holds the file and export logic and talks to the window through ask-methods.
"""
