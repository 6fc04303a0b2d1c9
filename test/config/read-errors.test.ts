import { afterAll, describe, expect, it, vi } from 'vitest';
import { diagnosticMessage } from '../../src/diagnostics/types.js';

// Root (as in CI containers) can read any file: the system's refusal is simulated at the one place files are read.
const refusal = vi.hoisted(() => ({ code: 'EACCES' }));
vi.mock('../../src/load/read-limited.js', async (original) => ({
  ...(await original<typeof import('../../src/load/read-limited.js')>()),
  readLimited: () => ({ ok: false, error: Object.assign(new Error(refusal.code), { code: refusal.code }) }),
}));

// Test files share their worker's modules (isolate: false in vitest.config.ts): drop the ones
// already loaded, so that config/load.js is evaluated again against the mock, and again after.
vi.resetModules();
const { loadConfigFile } = await import('../../src/config/load.js');
afterAll(() => {
  vi.doUnmock('../../src/load/read-limited.js');
  vi.resetModules();
});

describe('a configuration file the system refuses to read', () => {
  it.each([
    ['EACCES', '没有权限读取配置文件“/x/declare.config.yaml”。请检查它的权限，或用 --config 指定另一个配置文件。'],
    ['EPERM', '没有权限读取配置文件“/x/declare.config.yaml”。'],
    ['EIO', '无法读取配置文件“/x/declare.config.yaml”（EIO）。'],
  ])('%s: config-invalid in plain words', (code, words) => {
    refusal.code = code;
    const { problems } = loadConfigFile('/x/declare.config.yaml', '/elsewhere');
    expect(problems.map((d) => d.rule)).toEqual(['config-invalid']);
    expect(diagnosticMessage(problems[0]!, 'zh')).toContain(words);
  });
});
