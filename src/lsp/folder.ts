import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadDeclaration } from '../load/parse.js';
import type { SourceFile } from '../load/source-file.js';
import { draftOf } from '../check/check-file.js';
import { identify } from '../summary/collect.js';
import { summaryDiagnostics, type ProjectIdentity } from '../summary/consistency.js';
import { declarationPaths } from './scope.js';

/**
 * The cross-file rules of `declare summary` (one 实施单位, one 年度, distinct
 * 项目名称) for the declarations of one folder, as `npx declare summary
 * <folder>` would apply them to its files. Open documents count with their
 * editor text; the others with the file on disk, read again only when it
 * changed. Only the folder's own files take part, not subfolders: a unit's
 * subfolders often hold other years.
 */
export class FolderIndex {
  private readonly disk = new Map<string, { mtimeMs: number; size: number; identity: ProjectIdentity | undefined }>();
  private readonly open = new Map<string, ProjectIdentity | undefined>();

  /** Records what an open document currently says (undefined: it names no unit, year or name). */
  setOpen(file: string, source: SourceFile | undefined): ProjectIdentity | undefined {
    const identity = source && identify(basename(file), draftOf(source), source);
    this.open.set(file, identity);
    return identity;
  }

  close(file: string): void {
    this.open.delete(file);
  }

  /** The summary findings about `file` among the declarations of its folder (default severities). */
  findingsFor(file: string): Diagnostic[] {
    const mine = this.open.get(file);
    if (!mine) return [];
    const dir = dirname(file);
    const identities: ProjectIdentity[] = [];
    for (const name of this.declarationsIn(dir)) {
      const path = join(dir, name);
      const identity = this.open.has(path) ? this.open.get(path) : this.fromDisk(path);
      if (identity) identities.push(identity);
    }
    if (identities.length < 2) return [];
    return summaryDiagnostics(identities).filter((d) => d.file === mine.file);
  }

  private declarationsIn(dir: string): string[] {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      names = [];
    }
    // Open documents not yet saved are part of the folder too.
    for (const f of this.open.keys()) if (dirname(f) === dir && !names.includes(basename(f))) names.push(basename(f));
    // Input order as summary finds them (code-point order), so "the other file" is named the same way.
    const isDeclaration = declarationPaths();
    return names.filter((n) => isDeclaration(join(dir, n))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  private fromDisk(path: string): ProjectIdentity | undefined {
    let st;
    try {
      st = statSync(path);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const cached = this.disk.get(path);
    if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached.identity;
    let identity: ProjectIdentity | undefined;
    try {
      const loaded = loadDeclaration(basename(path), readFileSync(path));
      identity = loaded.ok ? identify(basename(path), draftOf(loaded.source), loaded.source) : undefined;
    } catch {
      identity = undefined;
    }
    this.disk.set(path, { mtimeMs: st.mtimeMs, size: st.size, identity });
    return identity;
  }
}
