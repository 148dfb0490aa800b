#!/usr/bin/python3
"""Writes NAME.expected.json beside every NAME.srt here (and in subsrt/): the cues that the
maintained SRT parser `srt` (cdown/srt, MIT) takes from the file, so SrtConformanceTest compares
Yuanwen's SRT reader with that parser and not with what we think a file means.

Regenerate (Debian's python3-srt 3.5.2 is the version the expectations were made with):

    apt-get install -y python3-srt
    /usr/bin/python3 src/test/resources/srt-conformance/expected.py

Each file is decoded as UTF-8 (a leading byte-order mark kept, as `srt.parse` gets it from a plain
read) and given whole to `srt.parse`. A cue is its index (None when the file gives none), start and
end in whole milliseconds, the text after the timing on its line (`proprietary`) and the content
exactly as `srt.parse` returns it. Where `srt.parse` refuses the file, the error is written instead.
Nothing here is edited by hand: SrtConformanceTest's deviations.json says where Yuanwen differs.
"""

import hashlib
import importlib.metadata
import json
import pathlib
import sys
from datetime import timedelta

import srt

EXPECTED_VERSION = "3.5.2"
HERE = pathlib.Path(__file__).resolve().parent


def cues_of(text):
    cues = []
    for sub in srt.parse(text):
        cues.append({
            "index": sub.index,
            "start_ms": sub.start // timedelta(milliseconds=1),
            "end_ms": sub.end // timedelta(milliseconds=1),
            "proprietary": sub.proprietary,
            "content": sub.content,
        })
    return cues


def expectation(path):
    data = path.read_bytes()
    result = {
        "parser": "srt %s, srt.parse" % importlib.metadata.version("srt"),
        "srt_bytes": len(data),
        "srt_sha256": hashlib.sha256(data).hexdigest(),
    }
    try:
        result["cues"] = cues_of(data.decode("utf-8"))
    except srt.SRTParseError as error:
        result["error"] = "%s: %s" % (type(error).__name__, str(error).split(" (unmatched content")[0])
    return result


def main():
    version = importlib.metadata.version("srt")
    if version != EXPECTED_VERSION:
        sys.exit("srt %s installed; the expectations are those of srt %s" % (version, EXPECTED_VERSION))
    cases = sorted(HERE.glob("*.srt")) + sorted((HERE / "subsrt").glob("*.srt"))
    for path in cases:
        out = path.with_name(path.stem + ".expected.json")
        text = json.dumps(expectation(path), ensure_ascii=False, indent=2) + "\n"
        out.write_text(text, encoding="utf-8")
        print(out.relative_to(HERE))


if __name__ == "__main__":
    main()
