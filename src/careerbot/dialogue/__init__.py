"""The conversation: a message or a button press in, a reply (plain data) out. The console
and the Telegram adapter only translate it."""
