#!/usr/bin/env node
// Runs the TypeScript sources directly (through tsx), so `npx factmark` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);
