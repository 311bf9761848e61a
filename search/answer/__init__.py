"""Question answering: Dutch questions answered with a figure or sentence from the archive and its sources."""
