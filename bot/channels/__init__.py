"""Rasa input channels of the bot (register them in credentials.yml by class path).

- `bot.channels.rest.RestInput`          -> /webhooks/rest/webhook (name "rest")
- `bot.channels.socketio.SocketIOInput`  -> /socket.io + /webhooks/socketio (name "socketio")
- `bot.channels.web.WebChatInput`        -> /webhooks/web/ (the chat widget page)
- `bot.channels.slack.SlackInput`        -> /webhooks/slack/webhook (name "slack")

All message channels share `bot.channels.guard`: a user message that produced no bot
message (e.g. the action server is down) gets `guard.APOLOGY` instead of silence.
"""

from bot.channels.fast_validation import install as _install_fast_validation

_install_fast_validation()
