"""One module per page type; every page has a JSON twin under /api/."""
