#!/usr/bin/env node
// The `liaison` command. The sources are TypeScript run through tsx, so there is no build step;
// the import comes after register() because static imports would load before it runs.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
