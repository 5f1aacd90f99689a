"""The bound of the mail benchmark: how fast plain SMTP clients get one message accepted after
another by the server, with as many connections as the notifications service opens.

usage: smtp_raw_client.py HOST PORT COUNT CONNECTIONS MESSAGE_FILE   (prints "<count> <seconds>")
"""
import smtplib
import sys
import threading
import time

HOST, PORT, COUNT, CONNECTIONS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
MESSAGE = open(sys.argv[5], "rb").read()


def send(first):
    with smtplib.SMTP(HOST, PORT, timeout=30) as client:
        client.ehlo("raw-client.localhost")
        for n in range(first, COUNT, CONNECTIONS):
            client.sendmail("ne-pas-repondre@ipc.localhost", [f"raw{n}@banc.example"], MESSAGE)


threads = [threading.Thread(target=send, args=(first,)) for first in range(CONNECTIONS)]
start = time.monotonic()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(COUNT, time.monotonic() - start)
