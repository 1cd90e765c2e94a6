#!/usr/bin/env python3
"""Chooses recogniser thresholds from traces (Trace.java output): replays every partial, final and n-best result
under each candidate policy and prints command accuracy, decoy false accepts and latency after the end of the word.

Usage: sweep-thresholds.py commands.properties [--extra-decoys a,b] TRACE.tsv...
Make a trace (main voices, every third utterance, clean / babble at 10 dB / household noise at 5 dB):
  java -Dtrace.every=3 -cp "$(sh bench/classpath.sh)" org.footcoach.listen.corpus.Trace main clean > clean.tsv
  java -Dtrace.every=3 -cp "$(sh bench/classpath.sh)" org.footcoach.listen.corpus.Trace main babble10 > babble10.tsv
"""
import json, re, sys, itertools, os

def load_grammar(path, extra=()):
    text = open(path).read().replace('\\\n', ' ')
    commands, decoys = {}, set()
    for line in text.splitlines():
        if line.startswith('command.'):
            key, val = line.split('=', 1)
            for p in val.split(','):
                commands[' '.join(p.split())] = key[len('command.'):].upper()
        elif line.startswith('decoys.'):
            decoys.update(' '.join(p.split()) for p in line.split('=', 1)[1].split(',') if p.strip())
    decoys.update(extra)
    return commands, decoys

class Policy:
    def __init__(self, commands, decoys, **kw):
        self.C, self.D = commands, decoys
        self.longest = max(len(p.split()) for p in list(commands) + list(decoys))
        self.stable = kw.get('stable', 120)          # partial stable ms
        self.growable = kw.get('growable', 10**6)    # partial stable ms when it could grow
        self.partial_cmds = kw.get('partial_cmds', {'STOP'})
        self.conf = kw.get('conf', 0.6)
        self.alone = kw.get('alone', 'strict')       # strict | gapS (float seconds) | none
        self.margin = kw.get('margin', None)         # n-best margin
        self.charprefix = kw.get('charprefix', False)
        self.stop_stable = kw.get('stop_stable', 120)

    def parse(self, words):
        out, i = [], 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                ph = ' '.join(words[i:i + n])
                if ph in self.C or ph in self.D or n == 1:
                    out.append((i, n, ph, self.C.get(ph)))
                    i += n
                    break
        return out

    def could_grow(self, words):
        pre = ' '.join(words) + ('' if self.charprefix else ' ')
        return any(p.startswith(pre) and p != ' '.join(words) for p in list(self.C) + list(self.D))

    def alone_ok(self, m, cmd, ws=None):
        if cmd[3] == 'STOP' or self.alone == 'none':
            return True
        others = [x for x in m if x is not cmd and x[2] != '[unk]']
        if not others:
            return True
        if self.alone == 'strict' or ws is None:
            return False
        gap = float(self.alone)
        s = ws[cmd[0]]['start']; e = ws[cmd[0] + cmd[1] - 1]['end']
        for (i, n, ph, c) in others:
            os_, oe = ws[i]['start'], ws[i + n - 1]['end']
            if os_ < e + gap and oe > s - gap:
                return False
        return True

    def nbest_ok(self, chosen, alts):
        if self.margin is None or alts is None:
            return True
        a = alts.get('alternatives', [])
        if len(a) < 2:
            return True
        top = a[0]['confidence']
        for alt in a[1:]:
            cmds = {x[3] for x in self.parse(alt.get('text', '').split()) if x[3]}
            if chosen not in cmds:
                return top - alt['confidence'] >= self.margin
        return True

    def decide(self, events, min_len=0.12, max_len=1.2):
        cand, since, need, cmd = None, 0, 0, None
        for idx, (kind, t, js) in enumerate(events):
            if kind == 'A':
                continue
            if cand is not None and t >= since + need:
                return cmd, since + need, True
            if kind == 'P':
                words = js.get('partial', '').split()
                m = self.parse(words)
                cmds = [x for x in m if x[3]]
                if not m or not m[-1][3] or len(cmds) != 1 or m[-1][3] not in self.partial_cmds \
                        or not self.alone_ok(m, m[-1]):
                    cand = None
                    continue
                key = ' '.join(words)
                if key != cand:
                    cand, since, cmd = key, t, m[-1][3]
                    need = self.growable if self.could_grow(words[m[-1][0]:]) else (min(self.stable, self.stop_stable) if cmd == 'STOP' else self.stable)
                continue
            alts = events[idx + 1][2] if idx + 1 < len(events) and events[idx + 1][0] == 'A' else None
            ws = js.get('result', [])
            m = self.parse([w['word'] for w in ws])
            chosen = None
            for x in m:
                (i, n, ph, c) = x
                if not c or not self.alone_ok(m, x, ws):
                    continue
                span = ws[i:i + n]
                if all(w['conf'] >= self.conf and min_len <= w['end'] - w['start'] <= max_len for w in span):
                    if chosen and chosen != c:
                        chosen = 'AMBIGUOUS'
                        break
                    chosen = c
            cand = None
            if chosen and chosen != 'AMBIGUOUS' and self.nbest_ok(chosen, alts):
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
            m = re.match(r'([PRFA])@(\d+) (.*)', p)
            if m:
                events.append((m.group(1), int(m.group(2)), json.loads(m.group(3))))
        rows.append((exp, text, spk, int(end), events))
    return rows

def score(rows, pol, show=False):
    ok = n = fa = nd = 0
    lats = []
    for exp, text, spk, end, events in rows:
        got, t, partial = pol.decide(events)
        if exp == 'DECOY':
            nd += 1
            fa += got is not None
            if show and got: print('  FA', text, '->', got, spk)
        else:
            n += 1
            if got == exp:
                ok += 1
                lats.append(t - end)
            elif show: print('  MISS', text, '->', got, spk)
    lats.sort()
    med = lats[len(lats) // 2] if lats else 0
    p90 = lats[int(len(lats) * 0.9)] if lats else 0
    return ok / max(n, 1), fa / max(nd, 1), med, p90


ALL = {'GO', 'PAUSE', 'NEXT', 'BACK', 'REPEAT', 'DONE', 'STOP', 'LOUDER', 'SOFTER', 'SLOWER', 'FASTER', 'HELP'}

POLICIES = (
    # minimum word confidence of a final result
    [dict(conf=c) for c in (0.5, 0.6, 0.7, 0.8)]
    # n-best: the command's alternative must beat the best alternative without it by this margin
    + [dict(margin=m) for m in (0.5, 1, 2, 4)]
    # the "only thing said" rule: strict, only within 0.3 s of the command, or none
    + [dict(alone=a) for a in ('0.3', 'none')]
    # partial results for every command, stable this long ("stop" at 120 ms); 10**6: only when it cannot grow
    + [dict(partial_cmds=ALL, stable=s, growable=g) for s in (120, 160, 240, 320) for g in (400, 10**6)]
)

if __name__ == '__main__':
    args = sys.argv[1:]
    extra = []
    if len(args) > 2 and args[1] == '--extra-decoys':
        extra = [w.strip() for w in args[2].split(',') if w.strip()]
        args = args[:1] + args[3:]
    commands, decoys = load_grammar(args[0], extra)
    sets = [(p, load(p)) for p in args[1:]]
    print('policy | ' + ' | '.join(f'{p}: right falseacc lat_med lat_p90' for p, _ in sets))
    for kw in [dict()] + POLICIES:
        cells = []
        for _, rows in sets:
            a, f, med, p90 = score(rows, Policy(commands, decoys, **kw))
            cells.append(f'{a:6.1%} {f:5.1%} {med:5d} {p90:5d}')
        shown = {k: ('all' if v is ALL else v) for k, v in kw.items()} or 'as before'
        print(f'{shown} | ' + ' | '.join(cells))
