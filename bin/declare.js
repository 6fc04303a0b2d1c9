#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`).
import { run } from '../dist/cli/run.js';

run(process.argv.slice(2));
