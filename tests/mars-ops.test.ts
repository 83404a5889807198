// Opcode, modifier and addressing-mode semantics, written from the ICWS'94 draft (sections 5.3-5.5)
// and pMARS's documented extensions, independent of the golden data.
import { describe, expect, it } from 'vitest';
import { cell, snippet } from './support/snippet.ts';

describe('MOV modifiers', () => {
  const src = (mod: string) => [`MOV.${mod} $1, $2`, 'SPL.B $5, $6', 'DAT.F $7, $8'];
  const cases: [string, string][] = [
    ['A', 'DAT.F $5, $8'], ['B', 'DAT.F $7, $6'], ['AB', 'DAT.F $7, $5'], ['BA', 'DAT.F $6, $8'],
    ['F', 'DAT.F $5, $6'], ['X', 'DAT.F $6, $5'], ['I', 'SPL.B $5, $6'],
  ];
  for (const [mod, want] of cases) {
    it(`MOV.${mod} writes only the named fields`, () => {
      const m = snippet(src(mod));
      m.step();
      expect(cell(m, 2)).toBe(want);
      expect(m.nextPc(0)).toBe(1);
    });
  }
  it('an immediate A operand is the instruction itself', () => {
    const m = snippet(['MOV.I #3, $1']);
    m.step();
    expect(cell(m, 1)).toBe('MOV.I #3, $1');
  });
  it('MOV.AB # moves the A-number into the B-field of the target', () => {
    const m = snippet(['MOV.AB #7, $1', 'DAT.F $0, $0']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $0, $7');
  });
});

describe('arithmetic', () => {
  it('ADD.AB adds A-number to B-field', () => {
    const m = snippet(['ADD.AB #3, $1', 'DAT.F $1, $5']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $1, $8');
  });
  it('ADD.F / ADD.X pair fields straight or crossed', () => {
    const f = snippet(['ADD.F $1, $2', 'DAT.F $1, $2', 'DAT.F $10, $20']);
    f.step();
    expect(cell(f, 2)).toBe('DAT.F $11, $22');
    const x = snippet(['ADD.X $1, $2', 'DAT.F $1, $2', 'DAT.F $10, $20']);
    x.step();
    expect(cell(x, 2)).toBe('DAT.F $12, $21');
  });
  it('SUB wraps modulo the core size', () => {
    const m = snippet(['SUB.B #1, $1', 'DAT.F $0, $0']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $0, $-1');
    expect(m.instruction(1).b).toBe(7999);
  });
  it('.B takes the B-field of an immediate A operand (the instruction itself)', () => {
    const m = snippet(['MUL.B #100, $1', 'DAT.F $0, $100']);
    m.step();
    expect(m.instruction(1).b).toBe(100);
  });
  it('MUL reduces the product modulo the core size', () => {
    const m = snippet(['MUL.AB #100, $1', 'DAT.F $0, $100']);
    m.step();
    expect(m.instruction(1).b).toBe(10000 % 8000);
  });
  it('DIV and MOD truncate', () => {
    const d = snippet(['DIV.AB #3, $1', 'DAT.F $0, $10']);
    d.step();
    expect(cell(d, 1)).toBe('DAT.F $0, $3');
    const r = snippet(['MOD.AB #3, $1', 'DAT.F $0, $10']);
    r.step();
    expect(cell(r, 1)).toBe('DAT.F $0, $1');
  });
  it('DIV by zero kills the process', () => {
    const m = snippet(['DIV.AB #0, $1', 'DAT.F $0, $10']);
    m.step();
    expect(m.processCount(0)).toBe(0);
    expect(cell(m, 1)).toBe('DAT.F $0, $10');
  });
  it('DIV.F by a half-zero divisor writes the other half, then kills', () => {
    const m = snippet(['SPL.B $0, $0', 'DIV.F $1, $2', 'DAT.F $2, $0', 'DAT.F $10, $10'], { start: 1 });
    m.step();
    expect(cell(m, 3)).toBe('DAT.F $5, $10');
    expect(m.processCount(0)).toBe(0);
  });
  it('MOD.X by a half-zero divisor writes the other half, then kills', () => {
    const m = snippet(['MOD.X $1, $2', 'DAT.F $0, $3', 'DAT.F $10, $10']);
    m.step();
    expect(cell(m, 2)).toBe('DAT.F $1, $10');
    expect(m.processCount(0)).toBe(0);
  });
});

describe('jumps', () => {
  it('JMP queues the A address', () => {
    const m = snippet(['JMP.B $3, $0']);
    m.step();
    expect(m.nextPc(0)).toBe(3);
  });
  it('JMZ / JMN test the B operand', () => {
    const z = snippet(['JMZ.B $5, $1', 'DAT.F $1, $0']);
    z.step();
    expect(z.nextPc(0)).toBe(5);
    const n = snippet(['JMN.B $5, $1', 'DAT.F $1, $0']);
    n.step();
    expect(n.nextPc(0)).toBe(1);
    const f = snippet(['JMZ.F $5, $1', 'DAT.F $1, $0']);
    f.step();
    expect(f.nextPc(0)).toBe(1);
  });
  it('DJN decrements then jumps while non-zero', () => {
    const m = snippet(['DJN.B $0, #2']);
    m.step();
    expect(cell(m, 0)).toBe('DJN.B $0, #1');
    expect(m.nextPc(0)).toBe(0);
    m.step();
    expect(cell(m, 0)).toBe('DJN.B $0, #0');
    expect(m.nextPc(0)).toBe(1);
  });
  it('DJN.F jumps unless both fields reach zero', () => {
    const m = snippet(['DJN.F $5, $1', 'DAT.F $1, $2']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $0, $1');
    expect(m.nextPc(0)).toBe(5);
  });
});

describe('comparisons', () => {
  it('SEQ.I / CMP.I skip when whole instructions are equal', () => {
    for (const o of ['SEQ', 'CMP']) {
      const m = snippet([`${o}.I $1, $2`, 'DAT.F $1, $2', 'DAT.F $1, $2']);
      m.step();
      expect(m.nextPc(0)).toBe(2);
      const d = snippet([`${o}.I $1, $2`, 'DAT.F $1, $2', 'DAT.B $1, $2']);
      d.step();
      expect(d.nextPc(0)).toBe(1);
    }
  });
  it('SNE skips when different', () => {
    const m = snippet(['SNE.AB #1, $1', 'DAT.F $0, $2']);
    m.step();
    expect(m.nextPc(0)).toBe(2);
  });
  it('SLT skips when A is less than B', () => {
    const m = snippet(['SLT.AB #1, $1', 'DAT.F $0, $2']);
    m.step();
    expect(m.nextPc(0)).toBe(2);
    const n = snippet(['SLT.AB #2, $1', 'DAT.F $0, $2']);
    n.step();
    expect(n.nextPc(0)).toBe(1);
  });
  it('SEQ.X compares crosswise', () => {
    const m = snippet(['SEQ.X $1, $2', 'DAT.F $1, $2', 'DAT.F $2, $1']);
    m.step();
    expect(m.nextPc(0)).toBe(2);
  });
});

describe('processes', () => {
  it('SPL queues pc+1 first, then the target', () => {
    const m = snippet(['SPL.B $2, $0', 'NOP.F $0, $0', 'NOP.F $0, $0']);
    m.step();
    expect(m.processes(0)).toEqual([1, 2]);
  });
  it('SPL at the process limit only continues', () => {
    const m = snippet(['SPL.B $0, $0', 'JMP.B $-1, $0'], { maxProcesses: 3 });
    m.step(10);
    expect(m.processCount(0)).toBe(3);
  });
  it('DAT removes only the executing process', () => {
    const m = snippet(['SPL.B $2, $0', 'DAT.F $0, $0', 'JMP.B $0, $0']);
    m.step(2);
    expect(m.processes(0)).toEqual([2]);
  });
  it('NOP just continues', () => {
    const m = snippet(['NOP.F $5, $5']);
    m.step();
    expect(m.nextPc(0)).toBe(1);
  });
});

describe('addressing modes', () => {
  it('@ indirects through the B-field, * through the A-field', () => {
    const b = snippet(['MOV.I @1, $3', 'DAT.F $2, $1', 'SPL.B $7, $7']);
    b.step();
    expect(cell(b, 3)).toBe('SPL.B $7, $7');
    const a = snippet(['MOV.I *1, $3', 'DAT.F $1, $5', 'SPL.B $7, $7']);
    a.step();
    expect(cell(a, 3)).toBe('SPL.B $7, $7');
  });
  it('< and { decrement before use', () => {
    const b = snippet(['MOV.AB #9, <1', 'DAT.F $0, $2']);
    b.step();
    expect(cell(b, 1)).toBe('DAT.F $0, $1');
    expect(cell(b, 2)).toBe('DAT.F $0, $9');
    const a = snippet(['MOV.AB #9, {1', 'DAT.F $2, $0']);
    a.step();
    expect(cell(a, 1)).toBe('DAT.F $1, $0');
    expect(cell(a, 2)).toBe('DAT.F $0, $9');
  });
  it('> and } increment after use', () => {
    const b = snippet(['MOV.AB #9, >1', 'DAT.F $0, $2']);
    b.step();
    expect(cell(b, 1)).toBe('DAT.F $0, $3');
    expect(cell(b, 3)).toBe('DAT.F $0, $9');
    const a = snippet(['MOV.AB #9, }1', 'DAT.F $2, $0']);
    a.step();
    expect(cell(a, 1)).toBe('DAT.F $3, $0');
    expect(cell(a, 3)).toBe('DAT.F $0, $9');
  });
  it('the A operand is evaluated (and its increments done) before the B operand', () => {
    // A: >1 reads cell 1+2 = 3, then bumps cell 1's B to 3; B: @1 then uses the bumped value.
    const m = snippet(['MOV.I >1, @1', 'DAT.F $0, $2', 'DAT.F $0, $0', 'SPL.B $4, $4']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $0, $3');
    expect(cell(m, 4)).toBe('SPL.B $4, $4');
  });
  it('operand values are held in registers: later changes do not affect them', () => {
    // The A register holds cell 1 before the B operand's pre-decrement changes it.
    const m = snippet(['MOV.B $1, <1', 'DAT.F $0, $5']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $0, $4');
    expect(cell(m, 5)).toBe('DAT.F $0, $5');
  });
  it('DAT evaluates its operands too (decrement happens before the process dies)', () => {
    const m = snippet(['DAT.F <1, $0', 'DAT.F $0, $5']);
    m.step();
    expect(cell(m, 1)).toBe('DAT.F $0, $4');
    expect(m.processCount(0)).toBe(0);
  });
});

describe('P-space', () => {
  it('STP stores and LDP loads, indices modulo the P-space size', () => {
    const m = snippet(['STP.AB #7, #5', 'LDP.AB #1, $1'], { pSpaceSize: 4 });
    m.step(2);
    expect(m.pspace(0, 1)).toBe(7);
    expect(cell(m, 2)).toBe('DAT.F $0, $7');
  });
  it('cell 0 holds the last result: coreSize - 1 in round 1', () => {
    const m = snippet(['LDP.AB #0, $1'], { pSpaceSize: 4 });
    m.step();
    expect(m.instruction(1).b).toBe(7999);
  });
});

describe('read/write limits fold addresses like pMARS', () => {
  it('writes beyond half the write limit land behind the writer', () => {
    const m = snippet(['MOV.AB #9, $150'], { writeLimit: 200, readLimit: 200 });
    m.step();
    expect(m.instruction(8000 - 50).b).toBe(9);
    const n = snippet(['MOV.AB #9, $300'], { writeLimit: 200, readLimit: 200 });
    n.step();
    expect(n.instruction(100).b).toBe(9);
  });
});
