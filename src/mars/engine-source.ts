// Generates the JavaScript source of one MARS execute loop, specialised for one configuration:
// core size, process limit and warrior count become literals, read/write folding and the observation
// side channel are emitted only when asked for. Every generated engine is compiled separately
// (engine.ts), so V8 sees its typed arrays as constants of a closure that exists exactly once.
//
// Semantics follow pMARS 0.9.4 (sim.c): the A operand is evaluated completely (pre-decrement, read of
// the A register, post-increment) before the B operand; the registers hold the operand cells' fields as
// read then; writes go to the B address; SPL pushes pc+1 then the target; DIV/MOD by zero kill the
// process after writing the other half (.F/.X/.I).

export interface EngineSpec {
  coreSize: number;
  maxProcesses: number;
  warriors: number;
  pSpaceSize: number;
  readLimit: number;
  writeLimit: number;
  observe: boolean;
  /** Count executions per instruction word (for profiling the instruction mix). */
  profile?: boolean;
  /** Give MOV.I its own 64 fused (mode pair) cases: one dispatch instead of two for it. Default: on
   * unless observing (with the observation code the loop would pass V8's 60 KB bytecode limit for
   * optimisation, and an unoptimised loop is 20x slower). */
  fuseMovI?: boolean;
}

const IMM = 0, DIR = 1, BIND = 2, BDEC = 3, BINC = 4, AIND = 5, ADEC = 6, AINC = 7;
const MOV = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, MODOP = 6, JMP = 7, JMZ = 8, JMN = 9, DJN = 10, SPL = 11;
const SLT = 12, CMP = 13, SEQ = 14, SNE = 15, NOP = 16, LDP = 17, STP = 18, DAT = 0;
const mA = 0, mB = 1, mAB = 2, mBA = 3, mF = 4, mX = 5, mI = 6;

interface Gen {
  limits: boolean;
  obs: boolean;
}

/** `dst = (expr)` reduced into the core by one conditional subtraction (expr < 2*C). */
function addmod(dst: string, expr: string): string {
  return `${dst} = ${expr}; if (${dst} >= C) ${dst} -= C;`;
}

function fieldOf(mode: number): string {
  return mode === AIND || mode === ADEC || mode === AINC ? 'fa' : 'fb';
}

function isIncDec(mode: number): boolean {
  return mode === BDEC || mode === BINC || mode === ADEC || mode === AINC;
}

function obsRead(g: Gen, addr: string): string {
  return g.obs ? ` ok[${addr}] = 1; ow[${addr}] = w;` : '';
}
function obsWrite(g: Gen, addr: string): string {
  return g.obs ? ` ok[${addr}] = 2; ow[${addr}] = w;` : '';
}

/** A operand: sets ra (address), aa/ab (A register: the cell's A and B fields). */
function evalA(g: Gen, mode: number, need = true): string {
  const vals = need ? ' aa = fa[ra]; ab = fb[ra];' : '';
  if (mode === IMM) return need ? 'ra = pc; aa = fa[pc]; ab = fb[pc];' : 'ra = pc;';
  if (mode === DIR) {
    const addr = g.limits ? 'ra = foldr(pc + fa[pc], pc);' : addmod('ra', 'pc + fa[pc]');
    return `${addr}${vals}${obsRead(g, 'ra')}`;
  }
  const f = fieldOf(mode);
  let s = '';
  // pMARS folds the pointer cell with the write limit when it is incremented or decremented.
  if (g.limits) s += isIncDec(mode) ? 'p = foldw(pc + fa[pc], pc);' : 'p = foldr(pc + fa[pc], pc);';
  else s += addmod('p', 'pc + fa[pc]');
  if (mode === BDEC || mode === ADEC) {
    s += ` t = ${f}[p] - 1; if (t < 0) t = C1; ${f}[p] = t;${obsWrite(g, 'p')}`;
  } else {
    s += ` t = ${f}[p];`;
  }
  s += g.limits ? ' ra = foldr(p + t, pc);' : ` ${addmod('ra', 'p + t')}`;
  s += `${vals}${obsRead(g, 'ra')}`;
  if (mode === BINC || mode === AINC) s += ` t++; if (t === C) t = 0; ${f}[p] = t;${obsWrite(g, 'p')}`;
  return s;
}

/** B operand: sets rb (write address), rr (read address), ba/bb (B register). `ib` is the B offset. */
function evalB(g: Gen, mode: number, ib: string, need = true): string {
  const vals = need ? ' ba = fa[rr]; bb = fb[rr];' : '';
  if (mode === IMM) return need ? 'rb = pc; rr = pc; ba = fa[pc]; bb = fb[pc];' : 'rb = pc; rr = pc;';
  if (mode === DIR) {
    if (g.limits) return `rr = foldr(pc + ${ib}, pc); rb = foldw(pc + ${ib}, pc);${vals}${obsRead(g, 'rr')}`;
    return `${addmod('rb', `pc + ${ib}`)} rr = rb;${vals}${obsRead(g, 'rb')}`;
  }
  const f = fieldOf(mode);
  let s = '';
  if (g.limits) {
    if (isIncDec(mode)) s += `rb = foldw(pc + ${ib}, pc); rr = rb; p = rb;`;
    else s += `rr = foldr(pc + ${ib}, pc); rb = foldw(pc + ${ib}, pc); p = rr;`;
  } else {
    s += `${addmod('p', `pc + ${ib}`)}`;
  }
  if (mode === BDEC || mode === ADEC) {
    s += ` t = ${f}[p] - 1; if (t < 0) t = C1; ${f}[p] = t;${obsWrite(g, 'p')}`;
  } else {
    s += ` t = ${f}[p];`;
  }
  if (g.limits) s += ' rb = foldw(rb + t, pc); rr = foldr(rr + t, pc);';
  else s += ` ${addmod('rb', 'p + t')} rr = rb;`;
  s += `${vals}${obsRead(g, 'rr')}`;
  if (mode === BINC || mode === AINC) s += ` t++; if (t === C) t = 0; ${f}[p] = t;${obsWrite(g, 'p')}`;
  return s;
}

/** The 64 (A-mode, B-mode) cases. */
function operandSwitch(g: Gen): string {
  const cases: string[] = [];
  for (let am = 0; am < 8; am++) {
    for (let bm = 0; bm < 8; bm++) {
      // The B offset is the instruction register's B field: capture it before the A operand's
      // increment/decrement can change the cell it came from.
      const capture = isIncDec(am) && bm !== IMM;
      const ib = capture ? 'ib' : 'fb[pc]';
      cases.push(`case ${(am << 3) | bm}: ${capture ? 'ib = fb[pc]; ' : ''}${evalA(g, am)} ${evalB(g, bm, ib)} break;`);
    }
  }
  return `switch (ir & 63) {\n${cases.join('\n')}\n}`;
}

const op = (o: number, m: number) => (o << 3) | m;

interface ExecCase {
  labels: number[];
  body: string;
}

/** Queues `x` for the executing warrior and leaves the turn (skipping the death check). */
const push = (x: string) => `h = tail[w]; queue[qb | (h & QM)] = ${x}; tail[w] = h + 1; break turn;`;
/** The process is not requeued: leave the switch for the death check. */
const DIE = 'break;';

/** Each case queues the process's next address (`break turn`) or lets it die (plain `break`). */
function execCases(g: Gen): ExecCase[] {
  const c: ExecCase[] = [];
  const add = (labels: number[], body: string) => c.push({ labels, body });
  // (pc + 1) mod C and (pc + 2) mod C come from tables: no wrap-around branch that only the last
  // cells of the core ever take (and that would otherwise deoptimise the loop when first taken).
  const next = push('next1[pc]');
  const skip = push('next2[pc]');
  const W = (s: string) => s + obsWrite(g, 'rb');

  // MOV
  add([op(MOV, mA)], W('fa[rb] = aa;') + next);
  add([op(MOV, mB)], W('fb[rb] = ab;') + next);
  add([op(MOV, mAB)], W('fb[rb] = aa;') + next);
  add([op(MOV, mBA)], W('fa[rb] = ab;') + next);
  add([op(MOV, mF)], W('fa[rb] = aa; fb[rb] = ab;') + next);
  add([op(MOV, mX)], W('fb[rb] = aa; fa[rb] = ab;') + next);
  add([op(MOV, mI)], W('code[rb] = code[ra]; fa[rb] = aa; fb[rb] = ab;') + next);

  // ADD / SUB / MUL: b (op) a into the B cell
  const arith = (o: number, f: (b: string, a: string) => string) => {
    add([op(o, mA)], W(`t = ${f('ba', 'aa')}; fa[rb] = t;`) + next);
    add([op(o, mB)], W(`t = ${f('bb', 'ab')}; fb[rb] = t;`) + next);
    add([op(o, mAB)], W(`t = ${f('bb', 'aa')}; fb[rb] = t;`) + next);
    add([op(o, mBA)], W(`t = ${f('ba', 'ab')}; fa[rb] = t;`) + next);
    add([op(o, mF), op(o, mI)], W(`t = ${f('ba', 'aa')}; fa[rb] = t; t = ${f('bb', 'ab')}; fb[rb] = t;`) + next);
    add([op(o, mX)], W(`t = ${f('bb', 'aa')}; fb[rb] = t; t = ${f('ba', 'ab')}; fa[rb] = t;`) + next);
  };
  arith(ADD, (b, a) => `${b} + ${a}; if (t >= C) t -= C`);
  arith(SUB, (b, a) => `${b} - ${a}; if (t < 0) t += C`);
  arith(MUL, (b, a) => `(${b} * ${a}) % C`);

  // DIV / MOD: a zero divisor kills the process; .F/.X/.I still write the other half first.
  const divmod = (o: number, sym: string) => {
    const r = (b: string, a: string) => (sym === '/' ? `(${b} / ${a}) | 0` : `${b} % ${a}`);
    add([op(o, mA)], `if (aa === 0) { break; } ${W(`fa[rb] = ${r('ba', 'aa')};`)} ${next}`);
    add([op(o, mB)], `if (ab === 0) { break; } ${W(`fb[rb] = ${r('bb', 'ab')};`)} ${next}`);
    add([op(o, mAB)], `if (aa === 0) { break; } ${W(`fb[rb] = ${r('bb', 'aa')};`)} ${next}`);
    add([op(o, mBA)], `if (ab === 0) { break; } ${W(`fa[rb] = ${r('ba', 'ab')};`)} ${next}`);
    add([op(o, mF), op(o, mI)],
      `if (aa !== 0) { fa[rb] = ${r('ba', 'aa')};${obsWrite(g, 'rb')} if (ab !== 0) { fb[rb] = ${r('bb', 'ab')}; ${next} } break; }` +
      ` if (ab !== 0) { fb[rb] = ${r('bb', 'ab')};${obsWrite(g, 'rb')} } break;`);
    add([op(o, mX)],
      `if (ab !== 0) { fa[rb] = ${r('ba', 'ab')};${obsWrite(g, 'rb')} if (aa !== 0) { fb[rb] = ${r('bb', 'aa')}; ${next} } break; }` +
      ` if (aa !== 0) { fb[rb] = ${r('bb', 'aa')};${obsWrite(g, 'rb')} } break;`);
  };
  divmod(DIV, '/');
  divmod(MODOP, '%');

  const jumpIf = (cond: string) => `if (${cond}) { ${push('ra')} } ${next}`;
  add([op(JMZ, mA), op(JMZ, mBA)], jumpIf('ba === 0'));
  add([op(JMZ, mB), op(JMZ, mAB)], jumpIf('bb === 0'));
  add([op(JMZ, mF), op(JMZ, mX), op(JMZ, mI)], jumpIf('ba === 0 && bb === 0'));
  add([op(JMN, mA), op(JMN, mBA)], jumpIf('ba !== 0'));
  add([op(JMN, mB), op(JMN, mAB)], jumpIf('bb !== 0'));
  add([op(JMN, mF), op(JMN, mX), op(JMN, mI)], jumpIf('ba !== 0 || bb !== 0'));
  // DJN decrements the cell in core but tests the B register (value before the decrement).
  add([op(DJN, mA), op(DJN, mBA)], W('t = fa[rb] - 1; if (t < 0) t = C1; fa[rb] = t;') + jumpIf('ba !== 1'));
  add([op(DJN, mB), op(DJN, mAB)], W('t = fb[rb] - 1; if (t < 0) t = C1; fb[rb] = t;') + jumpIf('bb !== 1'));
  add([op(DJN, mF), op(DJN, mX), op(DJN, mI)],
    W('t = fb[rb] - 1; if (t < 0) t = C1; fb[rb] = t; t = fa[rb] - 1; if (t < 0) t = C1; fa[rb] = t;') +
    jumpIf('ba !== 1 || bb !== 1'));

  const skipIf = (cond: string) => `if (${cond}) { ${skip} } ${next}`;
  for (const o of [CMP, SEQ]) {
    add([op(o, mA)], skipIf('ba === aa'));
    add([op(o, mB)], skipIf('bb === ab'));
    add([op(o, mAB)], skipIf('bb === aa'));
    add([op(o, mBA)], skipIf('ba === ab'));
    add([op(o, mF)], skipIf('ba === aa && bb === ab'));
    add([op(o, mX)], skipIf('bb === aa && ba === ab'));
    add([op(o, mI)], skipIf('code[rr] === code[ra] && ba === aa && bb === ab'));
  }
  add([op(SNE, mA)], skipIf('ba !== aa'));
  add([op(SNE, mB)], skipIf('bb !== ab'));
  add([op(SNE, mAB)], skipIf('bb !== aa'));
  add([op(SNE, mBA)], skipIf('ba !== ab'));
  add([op(SNE, mF)], skipIf('ba !== aa || bb !== ab'));
  add([op(SNE, mX)], skipIf('bb !== aa || ba !== ab'));
  add([op(SNE, mI)], skipIf('code[rr] !== code[ra] || ba !== aa || bb !== ab'));
  add([op(SLT, mA)], skipIf('aa < ba'));
  add([op(SLT, mB)], skipIf('ab < bb'));
  add([op(SLT, mAB)], skipIf('aa < bb'));
  add([op(SLT, mBA)], skipIf('ab < ba'));
  add([op(SLT, mF), op(SLT, mI)], skipIf('aa < ba && ab < bb'));
  add([op(SLT, mX)], skipIf('aa < bb && ab < ba'));

  const all = (o: number) => [mA, mB, mAB, mBA, mF, mX, mI].map((m) => op(o, m));
  add(all(JMP), push('ra'));
  // SPL: pc+1 first, then the new process if the warrior is below the limit.
  add(all(SPL),
    `h = tail[w]; queue[qb | (h & QM)] = next1[pc]; h++;` +
    ` if (h - head[w] < MAXP) { queue[qb | (h & QM)] = ra; h++;${g.obs ? ' spawned[w]++;' : ''} }` +
    ' tail[w] = h; break turn;');
  add(all(NOP), next);
  add(all(DAT), DIE);

  // P-space: cell 0 is the warrior's last result, the others live in its (possibly shared) bank.
  const ldp = (dst: string, idx: string) =>
    W(`t = ${idx} % PS; ${dst}[rb] = t === 0 ? lastResult[w] : pspace[pbase[w] + t];`) + next;
  add([op(LDP, mA)], ldp('fa', 'aa'));
  add([op(LDP, mB), op(LDP, mF), op(LDP, mX), op(LDP, mI)], ldp('fb', 'ab'));
  add([op(LDP, mAB)], ldp('fb', 'aa'));
  add([op(LDP, mBA)], ldp('fa', 'ab'));
  const stp = (idx: string, val: string) =>
    `t = ${idx} % PS; if (t === 0) lastResult[w] = ${val}; else pspace[pbase[w] + t] = ${val}; ${next}`;
  add([op(STP, mA)], stp('ba', 'aa'));
  add([op(STP, mB), op(STP, mF), op(STP, mX), op(STP, mI)], stp('bb', 'ab'));
  add([op(STP, mAB)], stp('bb', 'aa'));
  add([op(STP, mBA)], stp('ba', 'ab'));

  return c;
}

function execSwitch(g: Gen): string {
  const c = execCases(g).map((x) => `${x.labels.map((l) => `case ${l}:`).join(' ')} ${x.body}`);
  return `switch (ir >> 6) {\n${c.join('\n')}\ndefault: break;\n}`;
}

/** MOV.I (half of all instructions executed by hill warriors) fused with its 64 mode pairs. */
function fusedMovI(g: Gen): string {
  const body = execCases(g).find((x) => x.labels.includes(op(MOV, mI)))!.body;
  const cases: string[] = [];
  for (let am = 0; am < 8; am++) {
    for (let bm = 0; bm < 8; bm++) {
      const capture = isIncDec(am) && bm !== IMM;
      const ib = capture ? 'ib' : 'fb[pc]';
      cases.push(`case ${(am << 3) | bm}: ${capture ? 'ib = fb[pc]; ' : ''}${evalA(g, am)} ${evalB(g, bm, ib, false)} ${body}`);
    }
  }
  return `if ((ir >> 6) === ${op(MOV, mI)}) {\nswitch (ir & 63) {\n${cases.join('\n')}\n}\n}`;
}

function pow2AtLeast(n: number): number {
  let s = 0;
  while (1 << s < n) s++;
  return s;
}

/** Source of a function body that returns the engine object (see engine.ts for its shape). */
export function engineSource(spec: EngineSpec): string {
  const C = spec.coreSize;
  const limits = spec.readLimit !== C || spec.writeLimit !== C;
  const g: Gen = { limits, obs: spec.observe };
  const qs = pow2AtLeast(spec.maxProcesses + 1);
  const fieldArray = C <= 65536 ? 'Uint16Array' : 'Int32Array';
  const NW = spec.warriors;

  const fold = limits
    ? `
function foldr(x, pc) {
  let r = (x + C - pc) % RL;
  if (r > RL2) r += C - RL;
  r += pc; if (r >= C) r -= C;
  return r;
}
function foldw(x, pc) {
  let r = (x + C - pc) % WL;
  if (r > WL2) r += C - WL;
  r += pc; if (r >= C) r -= C;
  return r;
}`
    : '';

  return `"use strict";
const C = ${C}, C1 = ${C - 1}, MAXP = ${spec.maxProcesses}, QS = ${qs}, QM = ${(1 << qs) - 1}, PS = ${spec.pSpaceSize};
const RL = ${spec.readLimit}, RL2 = ${Math.floor(spec.readLimit / 2)}, WL = ${spec.writeLimit}, WL2 = ${Math.floor(spec.writeLimit / 2)};
const next1 = new ${fieldArray}(C), next2 = new ${fieldArray}(C);
for (let i = 0; i < C; i++) { next1[i] = (i + 1) % C; next2[i] = (i + 2) % C; }
const code = new Uint16Array(C), fa = new ${fieldArray}(C), fb = new ${fieldArray}(C);
const queue = new Int32Array(${NW} << QS);
const head = new Int32Array(${NW}), tail = new Int32Array(${NW}), next = new Int32Array(${NW});
// st: 0 current warrior, 1 remaining turn budget, 2 warriors alive, 3 round over
const st = new Int32Array(4);
const pspace = new Int32Array(${NW * Math.max(1, spec.pSpaceSize)});
const pbase = new Int32Array(${NW}), lastResult = new Int32Array(${NW});
${spec.profile ? 'const prof = new Float64Array(1 << 15);' : ''}
${spec.observe ? `const ok = new Uint8Array(C), ow = new Uint8Array(C);
const spawned = new Float64Array(${NW}), turns = new Float64Array(${NW}), distinct = new Int32Array(${NW});
const visited = new Uint8Array(${NW} * C);` : ''}

${fold}
function run(limit) {
  if (st[3] !== 0) return 0;
  let w = st[0], cyc = st[1], alive = st[2];
  const cyc0 = cyc, stop = cyc > limit ? cyc - limit : 0;
  let dropped = 0, extra = 0;
  let pc = 0, ir = 0, ra = 0, aa = 0, ab = 0, rb = 0, rr = 0, ba = 0, bb = 0, ib = 0, p = 0, t = 0, h = 0, qb = 0;
  for (;;) {
    qb = w << QS;
    h = head[w];
    pc = queue[qb | (h & QM)];
    head[w] = h + 1;
    ir = code[pc];${spec.profile ? ' prof[ir]++;' : ''}
${spec.observe ? `    turns[w]++;
    if (visited[w * C + pc] === 0) { visited[w * C + pc] = 1; distinct[w]++; }` : ''}
    turn: {
    ${(spec.fuseMovI ?? !spec.observe) ? fusedMovI(g) : ''}
    ${operandSwitch(g)}
    ${execSwitch(g)}
    if (head[w] === tail[w]) {
      // The warrior's last process died. pMARS: cycle = cycle - 1 - (cycle - 1) / warriorsLeft--.
      alive--;
      if (alive < 2) { extra = 1; st[3] = 1;${spec.observe ? ' ok[pc] = 3; ow[pc] = w;' : ''} break; }
      t = ((cyc - 1) / (alive + 1)) | 0;
      dropped += 1 + t;
      cyc = cyc - 1 - t;
      // pMARS quirk: a death on the very last turn leaves cycle = 0, and its \`while (--cycle)\`
      // then runs on (the counter goes negative) until fewer than two warriors are left.
      if (cyc === 0) { cyc = 0x3fffffff; dropped -= 0x3fffffff; }
      p = w; while (next[p] !== w) p = next[p];
      next[p] = next[w];
    }
    }
${spec.observe ? '    ok[pc] = 3; ow[pc] = w; // execution marks last, over its own reads and writes' : ''}
    ${NW === 2 ? 'w ^= 1; // two warriors: a death ends the round, so the order never changes' : NW === 1 ? '' : 'w = next[w];'}
    if (--cyc <= stop) break;
  }
  if (cyc <= 0) st[3] = 1;
  st[0] = w; st[1] = cyc; st[2] = alive;
  return cyc0 - cyc - dropped + extra;
}
return { code, fa, fb, queue, head, tail, next, st, pspace, pbase, lastResult, run, qshift: QS${spec.profile ? ', prof' : ''}${
    spec.observe ? ', ok, ow, spawned, turns, distinct, visited' : ''
  } };
`;
}
