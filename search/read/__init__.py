"""Read models for the faces (CLI and web): figures, council letters, questions, similar questions."""
