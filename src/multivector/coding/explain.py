"""Human-readable explanations of coded events: trigger, argument paths, status cues, speaker."""

from __future__ import annotations

from typing import Any


def explain_lines(coded: Any) -> list[str]:
    """Lines describing why an event exists (``coded`` is a ``coder.Coded``)."""
    event, cand, args, status = coded.event, coded.candidate, coded.args, coded.status
    token = cand.token
    kind = "noun" if cand.nominal else "verb"
    lines = [f"trigger: '{event.trigger}' ({kind} {token.text}/{token.tag_}, dep {token.dep_}) "
             f"pattern {getattr(cand.pattern, 'full_id', cand.pattern.id)} -> CAMEO {event.cameo} {event.event_type}"]
    if event.cameo != cand.pattern.cameo:
        lines.append(f"recoded: pattern code {cand.pattern.cameo} -> {event.cameo} {event.event_type} "
                     "(intent, refusal, threat or criticism; see the status cues)")
    lines += [f"actor {a.mention.text} [{a.mention.actor.code}]: {a.path}" for a in args.actors]
    lines += [f"recipient {r.mention.text} [{r.mention.actor.code}]: {r.path}" for r in args.recipients]
    if args.symmetric:
        lines.append("symmetric participation: all participants are actors")
    if args.inherited:
        lines.append("subject inherited from a governing clause")
    cues = "; ".join(status.cues) if status.cues else "no cues"
    lines.append(f"status {event.status}: {cues}")
    if event.speaker is not None:
        lines.append(f"speaker {event.speaker.text} [{event.speaker.code}] via {coded.speaker_via}")
    lines.append(f"date {event.date} ({event.date_precision}, {event.date_source})")
    if event.location is not None:
        lines.append(f"location {event.location.name} ({event.location.country})")
    return lines
