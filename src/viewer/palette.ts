// Colours of the core map: a hue per warrior, dim for cells it owns, bright for fresh accesses that
// fade over FADE activity stamps. Precomputed into a lookup table of packed RGBA words.
import { EXEC, READ, WRITE } from './protocol.ts';

export const FADE = 24;

/** Distinct, readable on a dark background; cycles for big melees. */
export const WARRIOR_COLOURS = ['#4fc3f7', '#ff8a65', '#aed581', '#ba68c8', '#ffd54f', '#4db6ac', '#f06292', '#90a4ae'];

export const EMPTY_RGB: readonly [number, number, number] = [22, 26, 34];

export function warriorColour(i: number): string {
  return i < 0 ? '#555b66' : WARRIOR_COLOURS[i % WARRIOR_COLOURS.length];
}

export function rgbOf(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** RGBA bytes as one little-endian word (what a Uint32Array view over RGBA bytes holds). */
export function pack(r: number, g: number, b: number): number {
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

function mix(a: readonly number[], b: readonly number[], t: number): [number, number, number] {
  return [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t)) as [number, number, number];
}

/** How strongly each access kind lights a cell when fresh. */
const STRENGTH = [0, 0.35, 0.8, 1];

export interface Palette {
  /** Colour slot of each owner/actor value (0 nobody, warrior + 1); colours repeat after eight warriors. */
  slotOf: Uint8Array;
  /** Base colour per slot. */
  base: Uint32Array;
  /** Mark colour at ((ownerSlot * slots + actorSlot) * 4 + kind) * FADE + age. */
  lut: Uint32Array;
  slots: number;
}

export function makePalette(warriors: number): Palette {
  const slots = Math.min(warriors, WARRIOR_COLOURS.length) + 1;
  const slotOf = new Uint8Array(256);
  for (let i = 1; i < 256; i++) slotOf[i] = ((i - 1) % WARRIOR_COLOURS.length) + 1;
  const base = new Uint32Array(slots);
  const lut = new Uint32Array(slots * slots * 4 * FADE);
  const rgb = (i: number) => (i === 0 ? [...EMPTY_RGB] : rgbOf(warriorColour(i - 1)));
  const ownerRgb = (o: number) => (o === 0 ? [...EMPTY_RGB] : mix(EMPTY_RGB, rgb(o), 0.45));
  for (let o = 0; o < slots; o++) {
    const b = ownerRgb(o);
    base[o] = pack(b[0], b[1], b[2]);
    for (let a = 0; a < slots; a++) {
      const hot = a === 0 ? [255, 255, 255] : rgb(a);
      for (let k = 0; k < 4; k++) {
        // Execution glows towards white so running code stands out from bombs and reads.
        const mark = k === EXEC ? mix(hot, [255, 255, 255], 0.55) : k === READ ? mix(b, hot, 0.6) : k === WRITE ? hot : b;
        for (let age = 0; age < FADE; age++) {
          const t = STRENGTH[k] * (1 - age / FADE);
          const c = mix(b, mark, t);
          lut[((o * slots + a) * 4 + k) * FADE + age] = pack(c[0], c[1], c[2]);
        }
      }
    }
  }
  return { slotOf, base, lut, slots };
}

/** Fills `out` (one packed word per cell) from the cell buffer at activity stamp `seq`. */
export function paint(out: Uint32Array, stamp: Uint32Array, owner: Uint8Array, actor: Uint8Array, seq: number, p: Palette): void {
  const { slotOf, base, lut, slots } = p;
  const n = stamp.length;
  for (let c = 0; c < n; c++) {
    const s = stamp[c];
    const o = slotOf[owner[c]];
    const age = seq - 1 - (s >>> 2);
    if (s === 0 || age >= FADE || age < 0) out[c] = base[o];
    else out[c] = lut[((o * slots + slotOf[actor[c]]) * 4 + (s & 3)) * FADE + age];
  }
}
