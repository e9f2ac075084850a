"""Small helpers every layer may use."""
