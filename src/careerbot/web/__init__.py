"""The interactive comparison tool: a web page and its JSON API, served by careerbot itself
(``careerbot web``, or beside the bot as its Telegram Mini App)."""
