#!/usr/bin/env python3
"""A stand-in for a LibreTranslate server, for checking Song Song's translation end to end where no real
engine can be installed. It speaks LibreTranslate's wire format (POST /translate: q a string or an array,
source, target, format, api_key; translatedText in the same shape) and translates as a weak engine would:
word for word from a few words, names literally ("Tô Lâm" becomes "Bowl Forest"), every other word spelled
backwards without its diacritics. Tokens such as [X0X] pass through. Each request is appended to --log as a line of JSON.

    scripts/lib/libretranslate-standin.py --port 5055 --log requests.log
"""
import argparse
import json
import re
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = [("Bộ trưởng", "Minister"), ("Thứ trưởng", "Vice Minister"), ("Bộ Công an", "Department of Police"),
         ("Trung Quốc", "Middle Kingdom"), ("Việt Nam", "Viet South"), ("Tô", "Bowl"), ("Lâm", "Forest"),
         ("hợp tác", "cooperation"), ("tội phạm", "crime"), ("và", "and"), ("với", "with"), ("tại", "at")]


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def backwards(word):
    reversed_word = word.lower()[::-1]
    return reversed_word[0].upper() + reversed_word[1:] if word[0].isupper() else reversed_word


def word_for_word(text):
    """Known words in English, every other word spelled backwards without its diacritics; tokens kept."""
    for vietnamese, english in WORDS:
        text = text.replace(vietnamese, "\x01" + english + "\x02")
    return re.sub(r"\x01([^\x02]*)\x02|([^\W\d_]{2,})",
                  lambda m: m.group(1) if m.group(1) is not None else backwards(m.group(2)), fold(text))


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        if self.path != "/translate":
            self.send_error(404)
            return
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        with open(self.server.log, "a", encoding="utf-8") as log:
            log.write(json.dumps(request, ensure_ascii=False) + "\n")
        q = request.get("q")
        answer = [word_for_word(t) for t in q] if isinstance(q, list) else word_for_word(q)
        body = json.dumps({"translatedText": answer}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.log = args.log
    server.serve_forever()


if __name__ == "__main__":
    main()
