// Public face of the MARS: the simulator object, the batch API, placement and the shared types.
export * from './insn.ts';
export * from './settings.ts';
export { Mars, EMPTY_WORD } from './mars.ts';
export type { MarsOptions, RoundOutcome, WarriorStats } from './mars.ts';
export { runMatch, scoreResults } from './match.ts';
export type { MatchOptions, MatchResult } from './match.ts';
export { pmarsPlacement } from './placement.ts';
export type { PlacementFn } from './placement.ts';
export { parkMiller } from './rng.ts';
export { parseListingLine, warriorFromListing } from './listing.ts';
export type { ListingRecord } from './listing.ts';
export type { Engine, EngineObservation } from './engine.ts';
