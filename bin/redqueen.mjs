#!/usr/bin/env node
// Runs the TypeScript CLI straight from the source tree through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
