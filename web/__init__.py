"""The faces of raadslens: the Flask web UI and the CLI.  They only read and call."""
