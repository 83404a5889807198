// The project's own warriors (warriors/*.red): they assemble cleanly under the 94nop hill, carry
// their metadata, and do in battle what their ;strategy line says they do.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Mars, runMatch, type Warrior } from '../src/mars/index.ts';
import { hillSettings } from '../src/mars/settings.ts';
import { assemble } from '../src/redcode/index.ts';

const settings = hillSettings('94nop');
const dir = new URL('../warriors/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.red')).sort();
const sources = new Map(files.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));

function build(text: string, file: string): Warrior {
  const r = assemble(text, { settings, file });
  if (!r.ok || !r.warrior) throw new Error(`${file}: ${r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return r.warrior;
}

const warrior = (name: string): Warrior => build(sources.get(`${name}.red`)!, `${name}.red`);

// Opponents that never fight back.
/** Dies on its first turn. */
const deadDuck = build(';redcode-94\n;name dead duck\n;assert 1\n        dat 0, 0\n', 'dead-duck.red');
/** One cell that runs for ever, with zero fields (invisible to a B-scanner). */
const sittingDuck = build(';redcode-94\n;name sitting duck\n;assert 1\n        jmp 0\n', 'sitting-duck.red');
/** A 16-line loop: any DAT dropped on any of its lines kills it. */
const slowpoke = build(
  ';redcode-94\n;name slowpoke\n;assert 1\ni for 15\n        nop.f $1, $1\n        rof\n        jmp -15, 1\n',
  'slowpoke.red',
);

const SEED = 4000;
const ROUNDS = 20;

/** [wins, losses, ties] of a over ROUNDS rounds with a fixed seed. */
function fight(a: Warrior, b: Warrior, rounds = ROUNDS): [number, number, number] {
  return runMatch([a, b], settings, { seed: SEED, rounds }).wlt!;
}

describe('warriors/*.red', () => {
  it('there are at least twelve of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s assembles under 94nop with metadata and fits the hill', (file) => {
    const text = sources.get(file)!;
    const r = assemble(text, { settings, file });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    const w = r.warrior!;
    expect(text).toMatch(/^;redcode-94\s*$/m);
    expect(text).toMatch(/^;assert\s+\S/m);
    expect(w.name).not.toBe('');
    expect(text).toMatch(/^;name\s+\S/m);
    expect(w.author).toBe('Red Queen arena');
    expect(text).toMatch(/^;strategy\s+\S/m);
    expect(w.code.length).toBeGreaterThan(0);
    expect(w.code.length).toBeLessThanOrEqual(settings.maxLength);
  });

  it('have distinct names', () => {
    const names = files.map((f) => warrior(f.replace(/\.red$/, '')).name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('warriors in battle', () => {
  const all = files.map((f) => f.replace(/\.red$/, ''));

  it.each(all)('%s does not kill itself when alone in core for a whole round', (name) => {
    const m = runMatch([warrior(name)], settings, { seed: 1, rounds: 1 });
    expect(m.results[0]).toEqual([1, 0]);
    expect(m.insns).toBe(settings.maxCycles);
  });

  it.each(all)('%s never loses to a DAT that dies on its first turn', (name) => {
    const [w, l] = fight(warrior(name), deadDuck);
    expect(l).toBe(0);
    expect(w).toBe(ROUNDS);
  });

  // Everything that bombs, scans or clears must find and kill a 16-line loop almost every round.
  const killers = all.filter((n) => n !== 'pawn');
  it.each(killers)('%s kills a 16-line sitting loop', (name) => {
    const [w, l] = fight(warrior(name), slowpoke);
    expect(l).toBe(0);
    expect(w).toBeGreaterThanOrEqual(name === 'cards' ? 14 : 18);
  });

  // A one-cell target is a test of coverage: the scanners, clears, vampire and paper reach
  // every cell; the dwarf and the mod-5 stones only hit their own residue class.
  const fullCoverage = ['cheshire', 'vorpal', 'jabberwock', 'heads', 'rabbit', 'croquet', 'walrus', 'cards', 'quadrille'];
  it.each(fullCoverage)('%s kills a one-cell JMP 0 sitting duck', (name) => {
    const [w, l] = fight(warrior(name), sittingDuck);
    expect(l).toBe(0);
    expect(w).toBeGreaterThanOrEqual(name === 'cards' ? 16 : 19);
  });

  it('the imp only ties: it takes over the JMP 0 duck instead of killing it', () => {
    expect(fight(warrior('pawn'), sittingDuck)).toEqual([0, 0, ROUNDS]);
  });

  it('the dwarf and the stones never lose to a JMP 0 duck and sometimes hit its class', () => {
    for (const name of ['dormouse', 'knave', 'tweedles']) {
      const [w, l, t] = fight(warrior(name), sittingDuck);
      expect(l, name).toBe(0);
      expect(w, name).toBeGreaterThan(0);
      expect(t, name).toBeGreaterThan(0);
    }
  });

  it('the paper survives the dwarf most of the time', () => {
    const [w, l] = fight(warrior('cards'), warrior('dormouse'));
    expect(l).toBeLessThanOrEqual(ROUNDS / 4);
    expect(w).toBeGreaterThan(ROUNDS / 2);
  });

  it('the paper actually multiplies', () => {
    const m = new Mars([warrior('cards'), slowpoke], settings, { placements: [[0, 4000]] });
    m.loadRound();
    m.step(2 * 2000);
    expect(m.processCount(0)).toBeGreaterThan(100);
  });

  it("the vampire's fangs drag the enemy into the pit, and the clear empties it", () => {
    const m = new Mars([warrior('walrus'), slowpoke], settings, { placements: [[0, 4000]] });
    m.loadRound();
    m.step(2 * 10000);
    // A captured process spawns a copy of itself every turn it gets in the SPL #0 pit.
    expect(m.processCount(1)).toBeGreaterThan(1000);
    m.runToEnd();
    expect(m.finishRound().alive).toEqual([true, false]);
  });

  it('Looking-Glass kills the imp in most rounds, more often than the one-stage paper', () => {
    const glass = fight(warrior('lookingglass'), warrior('pawn'));
    const party = fight(warrior('teaparty'), warrior('pawn'));
    expect(glass[1]).toBe(0);
    expect(glass[0]).toBeGreaterThan(ROUNDS / 2);
    expect(glass[0]).toBeGreaterThan(party[0]);
  });

  it("the Queen of Hearts' imp spiral holds a paper to a draw that her stone alone would lose", () => {
    const queen = fight(warrior('queenofhearts'), warrior('cards'));
    const stone = fight(warrior('knave'), warrior('cards'));
    expect(queen[1]).toBeLessThanOrEqual(ROUNDS / 10);
    expect(queen[2]).toBeGreaterThan(ROUNDS / 2);
    expect(stone[1]).toBeGreaterThan(ROUNDS / 2);
  });

  it('the imp-backed stone turns some losses into ties against the paper', () => {
    const plain = fight(warrior('knave'), warrior('cards'));
    const backed = fight(warrior('tweedles'), warrior('cards'));
    expect(backed[2]).toBeGreaterThan(plain[2]);
  });
});
