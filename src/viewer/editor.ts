// The warrior editor (loaded on demand): CodeMirror 6 with Redcode highlighting and the assembler's
// errors and warnings as live diagnostics.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Settings } from '../mars/index.ts';
import { assemble } from '../redcode/index.ts';
import type { Diagnostic } from '../redcode/index.ts';
import { redcode } from './redcode-lang.ts';

const style = HighlightStyle.define([
  { tag: tags.keyword, color: '#ff8a65', fontWeight: 'bold' },
  { tag: tags.typeName, color: '#ba68c8' },
  { tag: tags.number, color: '#aed581' },
  { tag: tags.operator, color: '#4dd0e1' },
  { tag: tags.comment, color: '#6b7487', fontStyle: 'italic' },
  { tag: tags.meta, color: '#ffd54f' },
  { tag: tags.labelName, color: '#4fc3f7' },
  { tag: tags.macroName, color: '#f06292' },
  { tag: tags.invalid, color: '#ff1744', textDecoration: 'underline' },
]);

function toCm(state: EditorState, d: Diagnostic, severity: 'error' | 'warning'): CmDiagnostic {
  const line = state.doc.line(Math.min(Math.max(1, d.line), state.doc.lines));
  const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
  return { from, to: Math.max(from, line.to), severity, message: d.message };
}

export interface Editor {
  view: EditorView;
  text(): string;
}

/** Mounts an editor; `onCheck` gets the error count after each (debounced) assembly. */
export function createEditor(parent: HTMLElement, source: string, settings: () => Settings, onCheck: (errors: number, firstError: string) => void): Editor {
  const lint = linter((view) => {
    const r = assemble(view.state.doc.toString(), { settings: settings(), file: 'editor' });
    onCheck(r.errors.length, r.errors[0] ? `line ${r.errors[0].line}: ${r.errors[0].message}` : '');
    return [...r.errors.map((d) => toCm(view.state, d, 'error')), ...r.warnings.map((d) => toCm(view.state, d, 'warning'))];
  }, { delay: 250 });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: source,
      extensions: [lineNumbers(), history(), keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]), redcode, syntaxHighlighting(style), lint, lintGutter(),
        EditorView.theme({ '&': { height: '100%', fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }, { dark: true })],
    }),
  });
  return { view, text: () => view.state.doc.toString() };
}
