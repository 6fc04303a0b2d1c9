import { text } from '../../diagnostics/types.js';
import { UsageError } from '../errors.js';

export async function summaryCommand(_paths: readonly string[], _o: Record<string, unknown>): Promise<number> {
  throw new UsageError(text('该命令尚未实现。', 'This command is not implemented yet.'));
}
