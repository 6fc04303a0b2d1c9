#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build`.
import { run } from '../dist/run.js';

run(process.argv.slice(2));
