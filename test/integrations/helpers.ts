import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/examples.js';

/** What a CI system or hook runner gets back from running a step. */
export interface StepRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface ActionStep {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly env?: Record<string, string>;
  readonly if?: string;
  readonly 'working-directory'?: string;
}

export interface Action {
  readonly inputs: Record<string, { default?: string; description: string }>;
  readonly runs: { using: string; steps: ActionStep[] };
}

export const action = (): Action => parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/**
 * Runs action.yml's `run:` steps as the GitHub runner would: `${{ inputs.x }}`
 * replaced by the given inputs or their defaults, GITHUB_ACTION_PATH pointing
 * at this checkout, in bash, in the step's working-directory under `cwd`.
 */
export function runAction(cwd: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): StepRun {
  const a = action();
  const value = (name: string) => inputs[name] ?? a.inputs[name]?.default ?? '';
  const expand = (s: string) => s.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, n: string) => value(n));
  let last: StepRun = { code: 0, stdout: '', stderr: '' };
  for (const step of a.runs.steps) {
    if (!step.run) continue; // actions/setup-node: the runner's business
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const r = spawnSync('bash', ['-e', '-c', expand(step.run)], {
      cwd: join(cwd, expand(step['working-directory'] ?? '.')),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DECLARE_LANG: undefined, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: cwd, GITHUB_ACTION_PATH: ROOT, ...stepEnv, ...env },
    });
    last = { code: r.status, stdout: r.stdout, stderr: r.stderr };
    if (last.code !== 0) break;
  }
  return last;
}

interface GitlabTemplate {
  readonly variables: Record<string, string>;
  readonly 'declare-validate': { script: string[]; image: string; artifacts: { when: string; reports: { codequality: string } } };
}

export const gitlabTemplate = (): GitlabTemplate =>
  parse(readFileSync(join(ROOT, 'integrations', 'gitlab', 'declare.gitlab-ci.yml'), 'utf8')) as GitlabTemplate;

/** Runs the template's job script as a GitLab runner would: one bash session, errexit on, the template's variables overridable. */
export function runGitlabJob(cwd: string, variables: Record<string, string> = {}): StepRun {
  const t = gitlabTemplate();
  const script = ['set -eo pipefail', ...t['declare-validate'].script].join('\n');
  const r = spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DECLARE_LANG: undefined, GITLAB_CI: 'true', CI: 'true', CI_PROJECT_DIR: cwd, ...t.variables, ...variables },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const preCommitHooks = () =>
  parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; args?: string[]; language: string; files: string; pass_filenames: boolean }[];
