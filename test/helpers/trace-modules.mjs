// `node --import ./trace-modules.mjs …`: appends the URL of every module the
// process (and its worker threads) loads to the file named by
// DECLARE_TRACE_MODULES, one per line. Used to prove that a command does not
// load code it does not need (validate: no fonts, no exceljs).
import { register } from 'node:module';

if (process.env.DECLARE_TRACE_MODULES) {
  register('./trace-modules-hooks.mjs', import.meta.url, { data: { file: process.env.DECLARE_TRACE_MODULES } });
}
