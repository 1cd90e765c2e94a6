#!/usr/bin/env python3
"""Chooses recogniser thresholds from a trace (Trace.java output): replays every partial and final result under
each candidate policy and prints command accuracy, decoy false accepts and latency after the end of the word."""
import json, re, sys, itertools

def load_grammar(path):
    text = open(path).read().replace('\\\n', ' ')
    commands, decoys = {}, set()
    for line in text.splitlines():
        if line.startswith('command.'):
            key, val = line.split('=', 1)
            for p in val.split(','):
                commands[' '.join(p.split())] = key[len('command.'):].upper()
        elif line.startswith('decoys.'):
            decoys.update(' '.join(p.split()) for p in line.split('=', 1)[1].split(',') if p.strip())
    return commands, decoys

COMMANDS, DECOYS = load_grammar(sys.argv[1])
ALONE = True
LONGEST = max(len(p.split()) for p in list(COMMANDS) + list(DECOYS))

def parse(words):
    out, i = [], 0
    while i < len(words):
        for n in range(min(LONGEST, len(words) - i), 0, -1):
            ph = ' '.join(words[i:i + n])
            if ph in COMMANDS or ph in DECOYS or n == 1:
                out.append((i, n, ph, COMMANDS.get(ph)))
                i += n
                break
    return out

def could_grow(words):
    pre = ' '.join(words) + ' '
    return any(p.startswith(pre) for p in list(COMMANDS) + list(DECOYS))

def decide(events, stable, growable, min_conf, min_len=0.12, max_len=1.2):
    """Trace events hold only changes, so a partial that is still the same at the next event (or at the result)
    was stable all that time: it is decided at since + need when that comes before the next event."""
    cand, since, need, cmd = None, 0, 0, None
    for kind, t, js in events:
        if cand is not None and t >= since + need:
            return cmd, since + need, True
        if kind == 'P':
            words = js.get('partial', '').split()
            m = parse(words)
            cmds = [x for x in m if x[3]]
            others = [x for x in m if not x[3] and x[2] != '[unk]']
            if not m or not m[-1][3] or len(cmds) != 1 or (ALONE and others and m[-1][3] != 'STOP'):
                cand = None
                continue
            key = ' '.join(words)
            if key != cand:
                cand, since, cmd = key, t, m[-1][3]
                need = growable if could_grow(words[m[-1][0]:]) else stable
            continue
        ws = js.get('result', [])
        m = parse([w['word'] for w in ws])
        chosen = None
        others = [x for x in m if not x[3] and x[2] != '[unk]']
        for (i, n, ph, c) in m:
            if c and ALONE and others and c != 'STOP':
                continue
            if not c:
                continue
            span = ws[i:i + n]
            if all(w['conf'] >= min_conf and min_len <= w['end'] - w['start'] <= max_len for w in span):
                if chosen and chosen != c:
                    chosen = 'AMBIGUOUS'
                    break
                chosen = c
        cand = None
        if chosen and chosen != 'AMBIGUOUS':
            return chosen, t, False
        if kind == 'F':
            return None, t, False
    return None, 0, False

def load(path):
    rows = []
    for line in open(path):
        parts = line.rstrip('\n').split('\t')
        exp, text, spk, end = parts[:4]
        events = []
        for p in parts[4:]:
            m = re.match(r'([PRF])@(\d+) (.*)', p)
            if m:
                events.append((m.group(1), int(m.group(2)), json.loads(m.group(3))))
        rows.append((exp, text, spk, int(end), events))
    return rows

def score(rows, stable, growable, conf):
    ok = n = fa = nd = 0
    lats = []
    for exp, text, spk, end, events in rows:
        got, t, partial = decide(events, stable, growable, conf)
        if exp == 'DECOY':
            nd += 1
            fa += got is not None
        else:
            n += 1
            if got == exp:
                ok += 1
                lats.append(t - end)
    lats.sort()
    med = lats[len(lats) // 2] if lats else 0
    p90 = lats[int(len(lats) * 0.9)] if lats else 0
    return ok / max(n, 1), fa / max(nd, 1), med, p90

if __name__ == '__main__':
    sets = [(p, load(p)) for p in sys.argv[2:]]
    print('stable_ms growable_ms min_conf | ' + ' | '.join(f'{p}: right falseacc lat_med lat_p90' for p, _ in sets))
    for stable, growable, conf in itertools.product([40, 80, 120, 160, 240, 10**6], [120, 160, 240, 400, 10**6],
                                                     [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]):
        if growable < stable:
            continue
        cells = []
        for _, rows in sets:
            a, f, med, p90 = score(rows, stable, growable, conf)
            cells.append(f'{a:6.1%} {f:5.1%} {med:5d} {p90:5d}')
        print(f'{stable:9d} {growable:11d} {conf:8.2f} | ' + ' | '.join(cells))
