#!/usr/bin/env python3
"""Summarises a dotnet-trace CPU trace converted to speedscope (--format Speedscope), main thread only.

Usage: speedscope_top.py TRACE.speedscope.json [--stages] [--callers REGEX]
  default     inclusive share of every ArticleExtract / SmartReader / AngleSharp frame (top 60)
  --callers R time under frames matching R, charged to the nearest ArticleExtract/SmartReader frame below them
              (e.g. 'get_TextContent' or 'PollGC' for where GC suspensions hit)
"""
import collections, json, re, sys

def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    frames = [f["name"] for f in data["shared"]["frames"]]
    # The extraction loop runs on the main thread: the longest profile.
    profile = max(data["profiles"], key=lambda p: p.get("endValue", 0) - p.get("startValue", 0))
    callers = re.compile(sys.argv[sys.argv.index("--callers") + 1]) if "--callers" in sys.argv else None
    owner = re.compile(r"^(ArticleExtract|SmartReader)!")
    inclusive, charged = collections.Counter(), collections.Counter()
    stack, last, total = [], profile["startValue"], 0.0
    for event in profile["events"]:
        dt, last = event["at"] - last, event["at"]
        if stack:
            total += dt
            for f in set(stack):
                inclusive[f] += dt
            if callers:
                for i in range(len(stack) - 1, -1, -1):
                    if callers.search(frames[stack[i]]):
                        below = next((frames[stack[j]] for j in range(i - 1, -1, -1) if owner.search(frames[stack[j]])), "?")
                        charged[below] += dt
                        break
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            while stack and stack.pop() != event["frame"]:
                pass
    print(f"main thread: {total / 1000:.1f} s sampled")
    if callers:
        for name, t in charged.most_common(30):
            print(f"{100 * t / total:5.1f}%  {name[:150]}")
        return
    lib = re.compile(r"^(ArticleExtract|SmartReader|AngleSharp)!|PollGC")
    shown = 0
    for f, t in inclusive.most_common():
        if lib.search(frames[f]):
            print(f"{100 * t / total:5.1f}%  {frames[f][:150]}")
            shown += 1
            if shown == 60:
                break

main()
