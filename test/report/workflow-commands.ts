/**
 * A strict parser for the GitHub Actions workflow-command lines we emit, written
 * from the runner's grammar (actions/runner ActionCommand.TryParseV2):
 *
 *   line     = "::" command [ " " property *( "," property ) ] "::" data
 *   property = key "=" value
 *
 * Values and data are percent-escaped: data escapes "%" "\r" "\n" (as %25 %0D
 * %0A); property values additionally ":" and "," (%3A %2C), since those
 * delimit the properties. Decoding is the exact inverse, so a test can check
 * that every line round-trips to the diagnostic it came from.
 */
export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export function parseWorkflowCommand(line: string): WorkflowCommand {
  if (!line.startsWith('::')) throw new Error(`not a workflow command: ${line}`);
  if (/[\r\n]/.test(line)) throw new Error(`raw line break in a command: ${JSON.stringify(line)}`);
  const end = line.indexOf('::', 2);
  if (end < 0) throw new Error(`no "::" before the message: ${line}`);
  const head = line.slice(2, end);
  const data = line.slice(end + 2);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  if (!/^[a-z-]+$/.test(command)) throw new Error(`bad command name "${command}"`);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const part of head.slice(space + 1).split(',')) {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new Error(`bad property "${part}" in ${line}`);
      const key = part.slice(0, eq);
      if (key in properties) throw new Error(`duplicate property ${key}`);
      properties[key] = unescape(part.slice(eq + 1), PROPERTY);
    }
  }
  return { command, properties, message: unescape(data, DATA) };
}

const DATA: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const PROPERTY: Record<string, string> = { ...DATA, '%3A': ':', '%2C': ',' };

function unescape(s: string, table: Record<string, string>): string {
  // Every "%" must start a known escape: a raw "%" would be misread by the runner.
  return s.replace(/%(?:[0-9A-F]{2})?/g, (m) => {
    const v = table[m];
    if (v === undefined) throw new Error(`stray or unknown escape "${m}" in ${JSON.stringify(s)}`);
    return v;
  });
}
