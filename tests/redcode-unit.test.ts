// The assembler's rules, each written from the pMARS manual and the ICWS'94 draft (independent of golden).
import { describe, expect, it } from 'vitest';
import { formatInstruction } from '../src/mars/insn.ts';
import { hillSettings, makeSettings, type Settings } from '../src/mars/settings.ts';
import { assemble } from '../src/redcode/index.ts';

const s94 = hillSettings('94');

function listing(src: string, settings: Settings = s94): string[] {
  const r = assemble(src, { settings, file: 't.red' });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return r.warrior!.code.map((i) => formatInstruction(i, settings.coreSize));
}

function errorsOf(src: string, settings: Settings = s94) {
  const r = assemble(src, { settings, file: 't.red' });
  expect(r.ok).toBe(false);
  return r.errors;
}

describe('instructions and operands', () => {
  it('applies the ICWS94 default modifiers', () => {
    expect(listing(`
      mov 0, 1
      mov #0, 1
      mov 0, #1
      add 1, 2
      add #1, 2
      add 1, #2
      slt #1, 2
      slt 1, 2
      jmp 0
      dat 1, 2
      nop 1, 2
      ldp #0, 1
    `)).toEqual([
      'MOV.I $0, $1', 'MOV.AB #0, $1', 'MOV.B $0, #1', 'ADD.F $1, $2', 'ADD.AB #1, $2', 'ADD.B $1, #2',
      'SLT.AB #1, $2', 'SLT.B $1, $2', 'JMP.B $0, $0', 'DAT.F $1, $2', 'NOP.F $1, $2', 'LDP.AB #0, $1',
    ]);
  });

  it('reads all eight addressing modes and explicit modifiers in any case', () => {
    expect(listing('Mov.Ba #1, $2\nmov.x @1, <2\nmov.i >1, *2\nMOV.F {1, }2')).toEqual([
      'MOV.BA #1, $2', 'MOV.X @1, <2', 'MOV.I >1, *2', 'MOV.F {1, }2',
    ]);
  });

  it('fills one-operand forms as pMARS does', () => {
    expect(listing('dat 5\njmp 2\nspl -1')).toEqual(['DAT.F #0, $5', 'JMP.B $2, $0', 'SPL.B $-1, $0']);
    expect(errorsOf('jmz 1')[0].message).toMatch(/two operands/);
    expect(errorsOf('nop')[0].message).toMatch(/missing operand/);
  });

  it('rejects a missing comma with the position of the stray mode', () => {
    const [e] = errorsOf('dat #0 #0');
    expect(e).toMatchObject({ file: 't.red', line: 1, column: 8 });
  });

  it('turns labels into offsets relative to the instruction', () => {
    expect(listing('top: mov 0, bot\n jmp top\nbot dat 0')).toEqual(['MOV.I $0, $2', 'JMP.B $-1, $0', 'DAT.F #0, $0']);
  });

  it('reduces values into the core and prints them signed', () => {
    expect(listing('dat 4001, -4001\ndat 8000, 12345', s94)).toEqual(['DAT.F $-3999, $3999', 'DAT.F $0, $-3655']);
  });

  it('does not allow keywords as labels', () => {
    expect(errorsOf('jmz start, end\nstart dat 0\nend dat 0').length).toBeGreaterThan(0);
  });
});

describe('expressions', () => {
  it('uses C precedence, truncating division and logical operators', () => {
    expect(listing('dat 2+3*4, -7/2\ndat -7%3, (1<2)+(2<=2)*2+(3==3)*4\ndat !0 && 5 || 0, !(1 && 0)')).toEqual([
      'DAT.F $14, $-3', 'DAT.F $-1, $7', 'DAT.F $1, $1',
    ]);
  });

  it('reports division by zero with its position', () => {
    expect(errorsOf('dat 1/0, 0')[0]).toMatchObject({ line: 1, column: 6, message: 'division by zero' });
    expect(errorsOf('dat 1%0, 0')[0].message).toBe('division by zero');
  });

  it('has the predefined constants of the settings', () => {
    const tiny = hillSettings('tiny');
    expect(listing('dat CORESIZE-1, MAXLENGTH\ndat MAXPROCESSES, MINDISTANCE\ndat PSPACESIZE, VERSION', tiny)).toEqual([
      'DAT.F $-1, $20', 'DAT.F $0, $20', 'DAT.F $50, $94',
    ]);
  });

  it('supports pMARS registers (a = expr)', () => {
    expect(listing('dat (x=5)*2, x+1')).toEqual(['DAT.F $10, $6']);
  });
});

describe('EQU', () => {
  it('substitutes text without parentheses', () => {
    expect(listing('x equ 2+3\ndat x*2, (x)*2')).toEqual(['DAT.F $8, $10']);
  });

  it('allows use before definition and labels inside the text', () => {
    expect(listing('dat step, target\nstep equ 10\ntarget equ here+1\nhere dat 0')).toEqual(['DAT.F $10, $2', 'DAT.F #0, $0']);
  });

  it('expands multi-line EQUs into several instructions', () => {
    expect(listing('pair equ mov 0, 1\n equ dat 2, 3\npair\npair')).toEqual([
      'MOV.I $0, $1', 'DAT.F $2, $3', 'MOV.I $0, $1', 'DAT.F $2, $3',
    ]);
  });

  it('turns a self-referencing EQU into an error quickly', () => {
    const t0 = performance.now();
    expect(errorsOf('x equ x+1\ndat x')[0].message).toMatch(/refers to itself/);
    expect(errorsOf('a equ b b\nb equ a a\ndat a')[0].message).toMatch(/refers to itself|too long/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('FOR/ROF', () => {
  it('repeats a block with the counter and & concatenation', () => {
    expect(listing('i for 3\na&i dat i, a&i\nrof')).toEqual(['DAT.F $1, $0', 'DAT.F $2, $0', 'DAT.F $3, $0']);
  });

  it('nests, and FOR 0 skips its block', () => {
    expect(listing('i for 2\nj for 2\ndat i, j\nrof\nrof\nfor 0\nthis is not code\nrof')).toEqual([
      'DAT.F $1, $1', 'DAT.F $1, $2', 'DAT.F $2, $1', 'DAT.F $2, $2',
    ]);
  });

  it('fills to MAXLENGTH with CURLINE', () => {
    const code = listing('mov 0, 1\nfor MAXLENGTH-CURLINE\ndat CURLINE, 0\nrof', hillSettings('tiny'));
    expect(code).toHaveLength(20);
    expect(code[19]).toBe('DAT.F $19, $0');
  });

  it('turns FOR bombs and runaway expansion into errors within milliseconds', () => {
    const t0 = performance.now();
    expect(errorsOf('for 1000000000\nfor 1000000000\nrof\nrof').length).toBe(1);
    expect(errorsOf('for 1000000000\ndat 0\nrof')[0].message).toMatch(/MAXLENGTH/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('reports a FOR without ROF', () => {
    expect(errorsOf('for 2\ndat 0')[0]).toMatchObject({ line: 1, message: 'FOR without ROF' });
  });
});

describe('directives and comments', () => {
  it('ignores text before ;redcode and stops at a second one', () => {
    const src = 'From: someone\nnot code at all\n;redcode-94\n;name First\ndat 1, 1\n;redcode\n;name Second\ndat 2, 2';
    const r = assemble(src, { settings: s94 });
    expect(r.warrior?.name).toBe('First');
    expect(r.warrior?.code).toHaveLength(1);
  });

  it('reads name, author and strategy with defaults', () => {
    const r = assemble(';name Imp\n;author A. K. Dewdney\n;strategy crawl\n;strategy forever\nmov 0, 1', { settings: s94 });
    expect(r.warrior).toMatchObject({ name: 'Imp', author: 'A. K. Dewdney', strategy: 'crawl\nforever' });
    expect(assemble('mov 0, 1', { settings: s94 }).warrior).toMatchObject({ name: 'Unknown', author: 'Anonymous' });
  });

  it('fails on a false ;assert and warns when none is present', () => {
    expect(errorsOf(';assert CORESIZE == 800\ndat 0')[0]).toMatchObject({ line: 1 });
    const r = assemble('dat 0', { settings: s94 });
    expect(r.ok).toBe(true);
    expect(r.warnings.some((w) => /assert/.test(w.message))).toBe(true);
  });

  it('takes the start from ORG or END, and PIN', () => {
    expect(assemble('org b\na dat 0\nb jmp a', { settings: s94 }).warrior?.start).toBe(1);
    expect(assemble('a dat 0\nb jmp a\nend b', { settings: s94 }).warrior?.start).toBe(1);
    expect(assemble('pin 7\ndat 0', { settings: s94 }).warrior?.pin).toBe(7);
    expect(assemble('dat 0\nend\ndat 1', { settings: s94 }).warrior?.code).toHaveLength(1);
  });

  it('enforces MAXLENGTH', () => {
    expect(errorsOf('for 6\ndat 0\nrof', hillSettings('nano'))[0].message).toMatch(/MAXLENGTH/);
  });

  it("keeps to ICWS'88 in -8 mode", () => {
    const s88 = makeSettings({ icws88: true });
    expect(listing('mov 0, 1\nadd #1, @2', s88)).toEqual(['MOV.I $0, $1', 'ADD.AB #1, @2']);
    expect(errorsOf('mov.i 0, 1', s88).length).toBe(1);
    expect(errorsOf('mov }0, 1', s88).length).toBe(1);
    expect(errorsOf('seq 0, 1', s88).length).toBe(1);
  });
});
