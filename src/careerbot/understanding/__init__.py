"""Reading what people write: text folding, career names (the name index) and intents."""
