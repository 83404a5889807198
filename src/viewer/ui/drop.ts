// Drag-and-drop of .red files anywhere on the page.
import type { Viewer } from '../app.ts';
import { addFiles } from './warriors-panel.ts';

export function enableDrop(target: HTMLElement, v: Viewer): void {
  let depth = 0;
  const has = (ev: DragEvent) => ev.dataTransfer?.types.includes('Files') ?? false;
  target.addEventListener('dragenter', (ev) => {
    if (!has(ev)) return;
    depth++;
    target.classList.add('dragging');
  });
  target.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      target.classList.remove('dragging');
    }
  });
  target.addEventListener('dragover', (ev) => {
    if (has(ev)) ev.preventDefault();
  });
  target.addEventListener('drop', (ev) => {
    ev.preventDefault();
    depth = 0;
    target.classList.remove('dragging');
    const files = [...(ev.dataTransfer?.files ?? [])];
    if (files.length) void addFiles(v, files);
  });
}
