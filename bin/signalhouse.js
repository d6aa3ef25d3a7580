#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, as `npm start` does: no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
