// A MAP-Elites archive over behaviour: processes spawned × distinct addresses executed (6×6 cells).
// A newcomer takes a cell when it is empty or when its fitness is strictly higher than the elite's.

/** Upper bounds (exclusive) of the bins; a value at or past the last bound falls in the last bin. */
export const SPAWNED_BINS = [1, 10, 100, 1000, 10000] as const;
export const EXECUTED_BINS = [10, 100, 500, 1000, 4000] as const;
export const ARCHIVE_ROWS = SPAWNED_BINS.length + 1;
export const ARCHIVE_COLS = EXECUTED_BINS.length + 1;

export interface Descriptors {
  /** Processes spawned (SPL successes), averaged over the evaluation's battles. */
  spawned: number;
  /** Distinct core addresses executed, averaged over the evaluation's battles. */
  executed: number;
}

export interface Elite<T> {
  item: T;
  fitness: number;
  descriptors: Descriptors;
  cell: number;
}

export type Placement = 'new-cell' | 'replaced' | 'rejected';

function bin(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length && value >= bounds[i]) i++;
  return i;
}

export function cellOf(d: Descriptors): number {
  return bin(d.spawned, SPAWNED_BINS) * ARCHIVE_COLS + bin(d.executed, EXECUTED_BINS);
}

export class Archive<T> {
  private readonly cells = new Map<number, Elite<T>>();

  insert(item: T, fitness: number, descriptors: Descriptors): { placement: Placement; cell: number } {
    const cell = cellOf(descriptors);
    const current = this.cells.get(cell);
    if (current && !(fitness > current.fitness)) return { placement: 'rejected', cell };
    this.cells.set(cell, { item, fitness, descriptors, cell });
    return { placement: current ? 'replaced' : 'new-cell', cell };
  }

  /** An elite drawn uniformly from the occupied cells (in cell order, so a seeded draw is reproducible). */
  sample(random: () => number): Elite<T> | undefined {
    const occupied = this.elites();
    if (occupied.length === 0) return undefined;
    return occupied[Math.floor(random() * occupied.length)];
  }

  elites(): Elite<T>[] {
    return [...this.cells.values()].sort((a, b) => a.cell - b.cell);
  }

  /** The fittest elite; ties go to the lower cell index. */
  best(): Elite<T> | undefined {
    let best: Elite<T> | undefined;
    for (const e of this.elites()) if (!best || e.fitness > best.fitness) best = e;
    return best;
  }

  get size(): number {
    return this.cells.size;
  }

  /** Share of the 36 cells occupied. */
  get coverage(): number {
    return this.cells.size / (ARCHIVE_ROWS * ARCHIVE_COLS);
  }
}
