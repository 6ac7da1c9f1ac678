from slack.web import WebClient


def post_alert(text):
    WebClient().chat_postMessage(channel="#pier", text=text)
