// comlink ships node-adapter.mjs with a .d.ts (not .d.mts) beside it, which TypeScript does not pair
// with the .mjs file; this points the runtime path at those declarations.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/esm/node-adapter';
  export default nodeEndpoint;
}
