import { LEVEL1 } from '../model/taxonomy.js';
import { charPlaceWords, configValueEn, correctionWords, expectedAt, fieldLabelEn, flawWords, invisibleName, isAmountPath, profileYaml, shortNumber, valueEn } from './helpers.js';
import type { Catalogue } from './index.js';

/** The English of every message in zh.ts, under the same section and id (see zh.ts for how to add one). */

const sumMismatch: Catalogue['fund-annual-sum']['mismatch'] = (p) =>
  `The ${p.column} total says ${p.stated}, but ${p.parts.map((x) => `${x.label} ${x.amount}`).join(' + ')} = ${p.computed}, a difference of ${p.difference}${p.unit === '万元' ? ' 万元' : ''}. Check the parts or the total (exact to the 分).`;
const sumAdded: Catalogue['fund-annual-sum']['added'] = (p) => `added: ${p.label} ${p.amount}`;
const useComputedTotal: Catalogue['fund-annual-sum']['suggest-total'] = (p) => `Change the total to ${p.total}`;

const amount = (p: { path: readonly (string | number)[] }, why: string) => `"${fieldLabelEn(p.path)}": ${why}`;
/** `1 file`, `2 files` */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const unknownKeyTail = ' A misspelt key would be ignored, so it is always an error.';

type Mark = Parameters<Catalogue['indicator-system']['mark']>[0];
type Label = Parameters<Catalogue['indicator-system']['label']>[0];
const markEn = (m: Mark) =>
  m.what === 'cost-under-output' ? `"${m.level2}" is a 二级 under "${m.level1}"` : m.what === 'satisfaction-under-effect' ? `"${m.level2}" is under "${m.level1}"` : `"${m.level1}" has a "${m.level2}" inside`;
const labelEn = (l: Label) => `"${l.written}" for "${l.canonical}"`;

/** The year-span opening of the multi-year rules' messages: one wording (see zh.ts). */
const multiYear = (p: { from: number; to: number }) => `This project spans ${p.from}—${p.to}`;

const OUTPUT_REASONS_EN: Readonly<Record<string, string>> = {
  EBUSY: 'the file is in use by another program (open in Excel or WPS?); close it and try again',
  ETXTBSY: 'the file is in use by another program (open in Excel or WPS?); close it and try again',
  EPERM: 'permission denied (the file may be open in Excel or WPS, read-only or immutable, or the folder not writable)',
  EACCES: 'permission denied (the file may be open in Excel or WPS, read-only or immutable, or the folder not writable)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EISDIR: 'a folder of that name is in the way',
  ENOTFILE: 'something that is not a regular file has that name',
  ENAMETOOLONG: 'the file name is too long',
  ENOENT: 'the output folder no longer exists',
  ENOTDIR: 'the output folder no longer exists',
  EIO: 'an input/output error occurred on the disk',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

const SYSTEM_REASONS_EN: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EBUSY: 'the file is in use by another program',
  ETXTBSY: 'the file is in use by another program',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'an input/output error occurred',
};

export const en: Catalogue = {
  'amount-format': {
    'bad-grouping': (p) => amount(p, `The thousands separators in "${p.written}" are misplaced; group by three digits (2,810,000.00).`),
    empty: (p) => amount(p, 'The amount is empty; write 0 when there is none.'),
    negative: (p) => amount(p, `The amount "${p.written}" is negative. Amounts cannot be negative; write 0 when there is none.`),
    'not-a-number': (p) =>
      amount(p, `"${p.written}" is not an amount. Write a number of ${p.unit ?? '元'}, optionally with thousands separators (2,810,000.00); no 万元, ¥ or words.`),
    'too-many-decimals': (p) =>
      amount(
        p,
        p.unit === '万元'
          ? `The amount "${p.written}" has more than six decimals; amounts in 万元 have at most six (exact to the 分).`
          : `The amount "${p.written}" has more than two decimals; amounts are exact to the 分 (two decimals). For a form in 万元, write 金额单位: 万元 at the top (six decimals).`,
      ),
    'has-unit': (p) =>
      amount(
        p,
        p.unit === '万元'
          ? `The amount "${p.written}" carries the unit "${p.extra}". Write the number only: this file's amounts are in 万元.`
          : `The amount "${p.written}" carries the unit "${p.extra}". Write the number only, in 元; for a form in 万元, write 金额单位: 万元 at the top, or convert (1 万元 = 10,000 元).`,
      ),
    malformed: (p) => amount(p, `The amount "${p.written}": ${flawWords(p.flaw, 'en')}; ${correctionWords(p.flaw.corrected, 'en')}.`),
    'too-large': (p) => amount(p, `The amount "${shortNumber(p.written)}" is too large: an amount must be below ${p.ceiling} 元 (10^12). Probably a slip: check it.`),
  },

  cli: {
    'render-failed': (p) => `${p.count} declaration(s) have errors and were not rendered.`,
    'render-same-output': (p) => `These inputs would write the same output files; render them separately or rename: ${p.list}`,
    'import-summary': (p) =>
      `${[
        `Imported ${p.written} declaration(s) from ${p.documents} file(s)`,
        ...(p.refused > 0 ? [`${p.refused} file(s) could not be imported`] : []),
        ...(p.unreadable > 0 ? [`${p.unreadable} value(s) could not be read and are marked in the files`] : []),
        ...(p.errors > 0 ? [`validation found ${p.errors} error(s)`] : []),
      ].join('; ')}.`,
    'import-marked': (p) => `marked “未能识别” in ${p.target}${p.line ? `:${p.line}` : ''}`,
    'import-folder-empty': (p) => `No .xlsx or .pdf files in "${p.folder}".`,
    'import-exists': (p) => `These files already exist; nothing was written: ${p.files.join(', ')}. Add --force to overwrite them, or choose another output folder.`,
    'import-write-failed': (p) => `Cannot write the output files (${p.code}); nothing was written.`,
    'fmt-check-changed': (p) => `${p.changed} of ${p.total} file(s) need formatting. Run \`npx declare fmt ${p.paths}\` to fix them.`,
    'fmt-check-clean': (p) => `All ${p.total} file(s) are formatted.`,
    'fmt-done': (p) => `Formatted ${p.changed} file(s); ${p.unchanged} already formatted.`,
    'fmt-refused-count': (p) => `${p.count} file(s) could not be formatted and were left unchanged.`,
    'summary-unreadable-inputs': 'Some inputs could not be read; no summary was written.',
    'summary-unreadable-declarations': 'Some declarations could not be read; no summary was written.',
    'summary-refused': (p) =>
      `${[...(p.refused > 0 ? [`${p.refused} declaration(s) have errors`] : []), ...(p.apart > 0 ? [`${p.apart} declaration(s) cannot be summarised with the others`] : [])].join('; ')}; no summary was written.`,
    'summary-progress-check': 'checking',
    'summary-progress-write': 'summary',
    'argument-command': 'command',
    'argument-paths': 'paths',
    'argument-paths-description': 'declaration files or folders',
    'argument-project-name': 'project-name',
    'argument-project-name-description': "the new project's name, also used as the file name",
    'argument-rule-id': 'rule-id',
    'argument-rule-id-description': 'e.g. fund-annual-sum',
    arguments: 'Arguments:',
    'command-explain': "Show a rule's full explanation with a wrong and a right example",
    'command-fmt': 'Rewrite declarations in one canonical shape (key order, indentation, quotes, ≥/≤, amounts), keeping every comment and the meaning of every value',
    'command-help': 'Show the help of a command',
    'command-init': 'Write a commented declaration template that passes validation',
    'command-lsp': 'Start the language server (LSP over stdio): findings as you type, quick fixes and fund totals in the editor; see docs/editors.md',
    'command-render': 'Render declarations as the official form: <name>.pdf and <name>.xlsx',
    'command-rules': 'List every rule: id, default severity and what it checks',
    'command-schema': 'Print the JSON Schema of declarations (for editor completion and checks)',
    'command-summary': "Summarise a unit's declarations as one 项目绩效目标汇总表 (PDF and XLSX)",
    'command-validate': 'Check declarations (files and folders, mixed; folders are searched for *.yaml / *.yml)',
    commands: 'Commands:',
    'error-excess-arguments': (p) => `usage error: too many arguments (expected ${p.expected}, got ${p.got})`,
    'error-invalid-choice': (p) => `usage error: the value "${p.value}" of ${p.option} is invalid; choose one of ${p.choices.join(', ')}`,
    'error-missing-argument': (p) => `usage error: missing argument <${p.argument}>`,
    'error-missing-option': (p) => `usage error: the option ${p.option} is required`,
    'error-missing-value': (p) => `usage error: the option ${p.option} needs a value`,
    'error-not-non-negative-int': (p) => `usage error: the value "${p.value}" of ${p.option} is invalid: it must be a non-negative integer.`,
    'error-not-positive-int': (p) => `usage error: the value "${p.value}" of ${p.option} is invalid: it must be a positive integer.`,
    'error-stdin-filename-without-stdin': 'usage error: --stdin-filename goes with --stdin',
    'error-stdin-with-paths': 'usage error: --stdin validates one declaration from standard input; give no paths with it',
    'error-unknown-command': (p) => `usage error: unknown command ${p.command} (see npx declare --help)`,
    'error-unknown-option': (p) => `usage error: unknown option ${p.option}${p.guess ? ` (did you mean ${p.guess}?)` : ''}`,
    'error-usage': 'usage error',
    'help-hint': (p) => `(see ${p.command} --help)`,
    'option-check': 'check only: list the files that need formatting and exit 1 if there are any (for CI and pre-commit)',
    'option-color': 'colour the output (by default only on a terminal; FORCE_COLOR works too)',
    'option-config': 'use this configuration file (by default declare.config.yaml is searched upwards from each declaration)',
    'option-profile': 'the indicator system to check by: current (the default) or legacy (the older one, 成本指标 under 产出指标); wins over profile in the configuration',
    'option-diff': 'only show the changes (unified diff); do not rewrite files',
    'option-font': 'use this TTF/OTF/TTC font (e.g. SimSun); the bundled Noto Serif SC fills in missing characters',
    'option-force': 'overwrite an existing file',
    'option-format': (p) => `output format: ${p.choices.join(', ')} (default pretty)`,
    'option-help': 'show help',
    'option-init-output': 'output file (default <project-name>.yaml)',
    'option-lang': 'message language: zh (Chinese, the default) or en',
    'option-max-warnings': 'exit 1 when there are more warnings than this (as ESLint does)',
    'option-no-color': 'no colour in the output (NO_COLOR works too)',
    'option-no-progress': 'no progress bar',
    'option-output-folder': 'output folder (created when missing)',
    'option-output-file': 'write the report to a file (UTF-8; the old file is replaced only by a complete one) instead of standard output',
    'option-overview': 'put an overview table (each project\'s money and the totals) before the forms; the published 汇总表 has none',
    'option-page-numbers': 'print 第 N 页 共 M 页 at the foot of every page (the published forms have none)',
    'option-pdf': 'PDF only',
    'option-quiet': 'report errors only, no warnings',
    'option-stdin': 'validate one declaration read from standard input (an editor buffer, a script)',
    'option-stdin-filename': "the name of standard input's text in the report; declare.config.yaml is looked for from its folder up (default <stdin>)",
    'option-stdio': 'talk over stdin and stdout (the default and only way; accepted because editors pass it)',
    'option-version': 'show the version',
    'option-xlsx': 'XLSX only',
    'option-year': 'the year of the declaration (default: next year)',
    options: 'Options:',
    program:
      'Compiler for Chinese fiscal project performance declarations (财政项目支出绩效目标申报表): checks declarations, renders the official form (PDF/XLSX) and the unit summary.\nIn bash run it as npx declare or declare-cli (declare is a bash builtin).',
    usage: 'Usage: ',
    'value-count': 'count',
    'value-file': 'file',
    'value-profile': 'system',
    'value-folder': 'folder',
    'value-font-file': 'font-file',
    'value-format': 'format',
    'value-language': 'language',
    'value-options': '[options]',
    'value-year': 'year',
    'argument-import-files': 'files',
    'argument-import-files-description': 'XLSX or PDF files, or folders holding them',
    'command-import': 'Import existing forms (XLSX, or PDF with text, summaries included) as YAML declarations, one file per form, checked at once',
    'option-import-force': 'overwrite files of the same name in the output folder',
    'explain-containing': (p) => `Rules containing "${p.id}": ${p.rules.join(', ')}.`,
    'explain-did-you-mean': (p) => `Did you mean ${p.id}?`,
    'explain-no-rule': (p) => `declare: there is no rule "${p.id}". ${p.hint ? p.hint + ' ' : ''}Run \`npx declare rules\` for the list.`,
    'rules-checks': 'Checks',
    'rules-config-heading': 'Rules about the configuration file (declare.config.yaml) itself:',
    'rules-default': 'Default',
    'rules-footer': 'Run `npx declare explain <rule>` for the full explanation and examples; change levels (off / warning / error) under rules in declare.config.yaml.',
    'rules-id': 'Rule',
    'init-bad-file-name': (p) => `The project name "${p.name}" contains characters that cannot be used in a file name (\\ / : * ? " < > |). Name the file with -o, e.g. -o project.yaml.`,
    'init-bad-name': 'The project name must not be empty or contain control characters.',
    'init-bad-year': (p) => `The year must have four digits, not ${p.year}.`,
    'init-cannot-write': (p) => `Cannot write "${p.file}" (${p.code}).`,
    'init-done': (p) => `Wrote ${p.file} (year ${p.year}${p.fields ? `; ${p.fields.join(', ')} from ${p.config}` : ''}). Replace the sample values as the comments say, then run: npx declare validate ${p.file}`,
    'init-exists': (p) => `"${p.file}" already exists and was not overwritten. Add --force to overwrite it, or choose another name with -o.`,
    'init-folder': (p) => `"${p.file}" is a folder. Give a file name with -o.`,
    'output-dir-not-folder': (p) => `"${p.dir}" is not a folder.`,
    'output-dir-not-writable': (p) => `The output folder "${p.dir}" is not writable.`,
    'stdin-unreadable': (p) => `Cannot read standard input (${p.code}).`,
    'step-summary-failed': (p) => `declare: cannot write GitHub's job summary "${p.file}" (${p.code}); this run is not in it.`,
    'validate-unfinished': (p) => `Some inputs could not be read; validation did not finish (${p.files} file(s) checked).`,
  },

  'config-invalid': {
    'amount-unit': (p) => `金额单位 must be 元 or 万元 (the unit of amounts in declarations that do not state one); ${configValueEn(p.got)}.`,
    profile: (p) =>
      `profile (the indicator system) must be current (the default) or legacy, or a mapping of system and labels (each label "regional name: standard name", such as 项目完成指标: 产出指标); ${configValueEn(p.got)}.`,
    'profile-label': (p) => `"${p.label}" under profile › labels must name a standard 一级 or 二级 label (产出指标, 效益指标, 数量指标 …); ${configValueEn(p.got)}.`,
    'allow-item': (p) => `Each item of allow › ${p.key} must be non-empty text; ${configValueEn(p.got)}.`,
    'allow-list': (p) => `allow › ${p.key} must be a list, one value per line starting with "- "; ${configValueEn(p.got)}.`,
    'allow-section': (p) => `allow holds the lists 项目性质 and/or 二级指标; ${configValueEn(p.got)}.`,
    'cannot-read': (p) => `Cannot read the configuration file "${p.file}" (${p.code}).`,
    font: (p) => `font must be the path of a font file (relative to the configuration file); ${configValueEn(p.got)}.`,
    'is-folder': (p) => `"${p.file}" is a folder, not a configuration file.`,
    lang: (p) => `lang (the default message language) must be zh or en; ${configValueEn(p.got)}.`,
    locked: (p) =>
      p.guards === 'printing'
        ? `The rule ${p.rule} cannot be set to ${p.level}: it makes sure what a form prints is what was checked (a glyph for every character, every amount read); without it a form could show blank boxes or unread amounts. Remove this line.`
        : `The rule ${p.rule} cannot be set to ${p.level}: it makes sure a file can be read at all, and without it an unreadable file would "pass". Remove this line.`,
    'no-permission': (p) => `Permission denied reading the configuration file "${p.file}". Check its permissions, or name another one with --config.`,
    'not-a-mapping': 'A configuration file is a mapping of "key: value" lines (e.g. lang: zh); see docs/config.md.',
    'not-found': (p) => `The configuration file "${p.file}" does not exist. Check the path after --config.`,
    'not-regular': (p) => `The configuration file "${p.file}" is not a regular file (it is ${p.kind.en}). Check the path after --config.`,
    'too-large': (p) => `The configuration file "${p.file}" is too large (over 5 MB). Check the path after --config.`,
    overview: (p) => `overview (an overview table before the forms of a summary) must be true or false; ${configValueEn(p.got)}.`,
    'page-numbers': (p) => `page-numbers (第 N 页 共 M 页 at the foot of every page) must be true or false; ${configValueEn(p.got)}.`,
    'rule-level': (p) => `The level of rule ${p.rule} must be off, warning or error; ${configValueEn(p.got)}.`,
    'rule-option': (p) => `The option ${p.option} of rule ${p.rule} has a wrong value; ${configValueEn(p.got)}.`,
    rules: (p) => `rules must be a mapping of "rule-id: level" lines (e.g. project-nature: off); ${configValueEn(p.got)}.`,
    value: (p) => `The setting ${p.path.join(' › ')} has a wrong value; ${configValueEn(p.got)}.`,
    'fmt-amounts': (p) => `fmt › amounts must be grouped (2,810,000.00, the default), plain (2810000.00) or keep (as written); ${configValueEn(p.got)}.`,
    'fmt-section': (p) => `fmt holds amounts (how amounts are written); ${configValueEn(p.got)}.`,
    'init-section': (p) => `init holds 实施单位, 主管部门 and 年度 (what npx declare init writes into a new declaration); ${configValueEn(p.got)}.`,
    'init-text': (p) => `init › ${p.key} must be non-empty text (the unit's full name); ${configValueEn(p.got)}.`,
    'init-year': (p) => `init › 年度 must be a four-digit year (e.g. 2026); ${configValueEn(p.got)}.`,
    ignore: (p) => `ignore must be a list, one file or folder to skip per line (as in .gitignore, e.g. - drafts/); ${configValueEn(p.got)}.`,
  },

  'config-unknown-key': {
    unknown: (p) =>
      `Unknown setting "${p.key}".${p.guess ? ` Did you mean "${p.guess}"?` : ` Allowed${p.parent.length === 0 ? '' : ` under ${p.parent.join(' › ')}`}: ${p.allowed.join(', ')}.`} A misspelt setting would do nothing, so it is an error.`,
    'suggest-key': (p) => `Change to "${p.key}"`,
  },

  'config-unknown-rule': {
    unknown: (p) => `There is no rule "${p.id}".${p.guess ? ` Did you mean "${p.guess}"?` : ''} Run \`npx declare rules\` for the list.`,
    'suggest-rule': (p) => `Change to "${p.id}"`,
  },

  'control-character': {
    control: (p) => {
      const { where, after } = charPlaceWords(p.place, 'en');
      return `${where} contains the control character ${invisibleName(p.char, 'en')}${p.count > 1 ? ` and ${p.count - 1} more` : ''}: invisible, yet it can reorder the text as displayed or garble terminals and spreadsheets. Delete it.${after}`;
    },
  },

  'cost-exceeds-budget': {
    sum: (p) =>
      `The costs the indicators fix, ${p.single ? p.terms : `${p.terms} = ${p.total}`}, exceed ${p.column} ${p.limit} (${p.limitYuan} 元). These costs are written with = or ≥, so at least this much is spent: check the figures and units (元, 万元) of the cost indicators, or the request.`,
    total: (p) => `The total cost "${p.indicator}" ${p.value} exceeds ${p.column} ${p.limit} (${p.limitYuan} 元). Check its figure and unit (元, 万元), or the request.`,
    limit: (p) => `the money requested: ${p.column} ${p.amount} ${p.unit}`,
    term: (p) => `added: ${p.term} = ${p.amount}`,
  },

  'cost-plan-exceeds-budget': {
    sum: (p) =>
      `At the cost indicators' targets, ${p.single ? p.terms : `${p.terms} = ${p.total}`} is more than ${p.column} ${p.limit} (${p.limitYuan} 元). Unit costs times quantities plus the other costs should fit the money requested: check the unit costs, the quantities they multiply and the other costs, or the request.`,
    total: (p) => `The total cost "${p.indicator}" ${p.value} exceeds ${p.column} ${p.limit} (${p.limitYuan} 元); a cost ceiling above the request does not fit it. Check the figure and unit (元, 万元).`,
    'parts-over-total': (p) => `The costs ${p.terms} = ${p.total} add up to more than the form's total cost "${p.indicator}" ${p.value}. Check the parts or the total.`,
    limit: (p) => `the money requested: ${p.column} ${p.amount} ${p.unit}`,
    term: (p) => `added: ${p.term} = ${p.amount}`,
  },

  'count-in-name-mismatch': {
    unit: (p) => `The name "${p.name}" states "${p.stated}", but the value ${p.value} counts in "${p.unit}". Name and value count the same thing: use one unit.`,
    figure: (p) => `The name "${p.name}" states "${p.stated}", but the value is ${p.value}. Make them agree, or leave the figure out of the name.`,
  },

  'date-format': {
    format: (p) => `${p.field} "${p.written}" is not a date; write YYYY-MM-DD (2025-01-01).`,
    impossible: (p) => `${p.field} "${p.written}" does not exist; check the month and day.`,
    'out-of-range': (p) => `${p.field} "${p.written}" has a year outside ${p.first}–${p.last}; probably a typing slip. Check it.`,
  },

  'date-order': {
    'end-date': (p) => `end date ${p.end}`,
    'start-after-end': (p) => `The start date ${p.start} is after the end date ${p.end}; are they swapped?`,
  },

  docs: {
    adjust: (p) => `Set \`${p.id}: ${p.other}\` or \`${p.id}: off\` under \`rules\` in declare.config.yaml.`,
    'adjust-config-rule': 'A rule about the configuration file itself; it cannot be configured.',
    'adjust-locked': 'Cannot be switched off or downgraded: it makes sure a file can be read at all.',
    'adjust-locked-printing': 'Cannot be switched off or downgraded: it makes sure what a form prints is what was checked.',
    error: 'error',
    'explain-right': 'Right:',
    'explain-severity': (p) => `default severity: ${p.severity}`,
    'explain-wrong': 'Wrong:',
    'full-document': 'Full document',
    right: 'Right',
    warning: 'warning',
    wrong: 'Wrong',
  },

  'duplicate-indicator': {
    duplicate: (p) => `"${p.name}" appears twice in this form (also under "${p.level1} › ${p.level2}"). Remove one or rename it.`,
    'first-used': 'first used here',
  },

  'empty-group': {
    'no-level2': (p) => `"${p.level1}" has no 二级指标; add some or remove it.`,
    'no-level3': (p) => `"${p.level1} › ${p.level2}" has no indicators; add "- name: value" lines indented under it, or remove it.`,
  },

  'file-empty': {
    empty: 'The file is empty: it holds no declaration. Fill it in, or start from `npx declare init`.',
  },

  'file-encoding': {
    gbk: 'The file is not UTF-8; it looks like GBK/GB2312 (common on Chinese Windows). Re-save it as UTF-8, e.g. iconv -f GBK -t UTF-8 in > out.',
    'not-utf8': 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.',
    wide: (p) => `The file is ${p.encoding} encoded. Save it as UTF-8 and try again, e.g. iconv -f ${p.encoding} -t UTF-8 in > out.`,
  },

  'file-limits': {
    'too-deep': (p) => `Nesting is too deep (over ${p.max} levels); a declaration has at most five. Check the file.`,
    'too-large': (p) => `The file is too large (${p.megabytes} MB); a declaration must not exceed 5 MB. Check that this is the right file.`,
  },

  'fmt-refused': {
    'anchors-tags-markers':
      'The file uses YAML anchors, tags or document markers (&, !, ---), which `declare fmt` does not rewrite; it was left unchanged. Declarations need none of them: remove them and format again.',
    'meaning-changed': 'The formatted text would not mean the same as the file (a bug in declare); the file was left unchanged. Please report this file.',
    unsupported: (p) => `The file uses YAML that \`declare fmt\` does not rewrite (${p.detail}); it was left unchanged.`,
  },

  'font-load': {
    'too-large': (p) => `the font ${p.path} is too large (${p.mb} MB; the limit is ${p.limitMb} MB): check the path`,
    'not-regular': (p) => `${p.path} is not a regular file (it is ${p.kind.en}); it cannot be read as a font`,
    'is-folder': (p) => `${p.path} is a folder, not a font file`,
    'cannot-read': (p) => `cannot read font ${p.path}: ${p.code}`,
    unreadable: (p) => `${p.path} is not a font fontkit can read (TTF, OTF or TTC): ${p.detail}`,
    'not-collection': (p) => `${p.path} is a single font, not a collection: remove #${p.face}`,
    'empty-collection': (p) => `${p.path} contains no fonts`,
    'no-such-face': (p) => `${p.path} has no face named ${p.face}; it contains: ${p.names}`,
    woff: (p) => `${p.path} is a WOFF web font; use the TTF/OTF/TTC version instead (WOFF makes PDF output about 100 times slower)`,
  },

  'font-missing-glyph': {
    missing: (p) =>
      `The character "${p.char}" (${p.codePoint}) in "${fieldLabelEn(p.path)}" is in none of the fonts and would print as a blank box. Rewrite it or choose a font with --font.`,
  },

  'fund-annual-exceeds-total': {
    exceeds: (p) => `The annual request ${p.annual} exceeds the whole-life total ${p.wholeLife}. Check whether the two columns are swapped.`,
    'whole-life-total': (p) => `whole-life total ${p.wholeLife}`,
  },

  'fund-annual-sum': { added: sumAdded, mismatch: sumMismatch, 'suggest-total': useComputedTotal },

  'fund-whole-life-sum': { added: sumAdded, mismatch: sumMismatch, 'suggest-total': useComputedTotal },

  'goal-indicator-mismatch': {
    'number-differs': (p) =>
      `${p.goal} says "${p.stated}", but the indicator measuring it, "${p.indicator}", is ${p.value}: the figures differ. Reviewers judge the goal by its indicators; write the same figure in both.`,
    'unit-differs': (p) =>
      `${p.goal} says "${p.stated}", but the indicator measuring it, "${p.indicator}", counts in "${p.indicatorUnit}" (${p.value}). Use one unit: "${p.goalUnit}" or "${p.indicatorUnit}" in both.`,
    'nearest-differs': (p) =>
      `${p.goal} says "${p.stated}", but no indicator agrees with it; the nearest is "${p.indicator}" ${p.value} (${p.what === 'unit' ? 'another unit' : 'another figure'}). If they are the same thing, make figure and unit agree; if not, add an indicator for "${p.stated}".`,
    unmatched: (p) =>
      `${p.goal} states "${p.stated}", but no indicator measures ${p.count > 1 ? 'these figures' : 'this figure'}. A figure the goal promises needs an indicator (usually a 数量 or 质量 indicator); leave figures you do not mean to be judged by out of the goal.`,
    indicator: (p) => `the indicator measuring "${p.stated}" of ${p.goal}`,
    nearest: (p) => `the indicator nearest to "${p.stated}" of ${p.goal}`,
  },

  'import-unreadable': {
    'where-sheet': (p) => `sheet "${p.sheet}"`,
    'where-page': (p) => `page ${p.page}`,
    'label-not-found': (p) => `No "${p.label}" label in the form.`,
    empty: (p) => `"${p.key}" is empty.`,
    'no-year': (p) => `No year in the heading (such as "${p.example}").`,
    'no-indicator-table': (p) => `No indicator table found (header ${p.headers}).`,
    'no-indicators': 'No indicators could be read.',
    'no-value': (p) => `"${p.name}" has no value.`,
    'no-name': 'This row has no indicator name.',
    'value-without-name': 'This row has a value but no indicator name.',
    'no-levels': (p) => `No level-1 or level-2 indicator above "${p.name}".`,
    'wan-inexact': (p) => `The amount ${p.amount} 万元 cannot be converted to 元 exactly.`,
    'legacy-xls': 'This is a legacy Excel file (.xls, or WPS .et). Open it in Excel or WPS, save it as an Excel workbook (.xlsx), and import that.',
    'unsupported-format': 'Unrecognised file format: only .xlsx workbooks and PDF files can be imported.',
    'damaged-workbook': (p) => `Cannot read this workbook (${p.detail}). It may be damaged, or not an Excel workbook.`,
    'damaged-pdf': (p) => `Cannot read this PDF (${p.detail}). It may be damaged.`,
    'encrypted-pdf': 'This PDF is password-protected. Save an unprotected copy and import that.',
    'scanned-pdf': 'This PDF has no text layer (a scan or an image); declare does not do OCR. Import the original Excel file, or a PDF exported with text.',
    'no-form': (p) => `No ${p.title} found: the document has no "${p.label}" label with a value. Check that it is the declaration form (not an overview list) and not an image.`,
  },

  'indicator-level1': {
    'is-level2': (p) => `"${p.name}" is a 二级指标; put it under "${p.parent}".`,
    unknown: (p) => `Unknown 一级指标 "${p.name}"; use one of ${LEVEL1.join(', ')}.${p.guess ? ` Did you mean "${p.guess}"?` : ''}`,
    'suggest-level1': (p) => `Change to "${p.level1}"`,
  },

  'indicator-level2-placement': {
    misplaced: (p) => `"${p.level2}" belongs under "${p.home}", not "${p.level1}". Move the group.`,
  },

  'indicator-system': {
    legacy: (p) =>
      `This form follows the older indicator system (${p.marks.map(markEn).join('; ')})${p.regional.length > 0 ? `, with regional 一级 labels (${p.regional.map(labelEn).join(', ')})` : ''}. It has been checked by the older system, without listing each difference from the current one (since 2021). If your region still uses the older system, write ${profileYaml('legacy', p.regional)} in declare.config.yaml (or run with --profile legacy${p.regional.length > 0 ? '; the labels still go in the configuration' : ''}) and this finding goes away; to move to the current system, write profile: current and see each place to change.`,
    regional: (p) =>
      `The 一级 labels of this form are a region's own: ${p.regional.map(labelEn).join(', ')}. The form has been checked as if they were the standard labels. Register them in declare.config.yaml: ${profileYaml(p.system, p.regional)}, and this finding goes away.`,
    mark: (p) => markEn(p),
    label: (p) => labelEn(p),
  },

  'indicator-value': {
    'bare-number': (p) => `The value "${p.value}" of "${p.name}" is a bare number; write operator, number and unit (≥${p.value} 次, =${p.value}%).`,
    empty: (p) => `"${p.name}" has no value.`,
    'empty-block-scalar': (p) =>
      `"${p.name}" has no value. The file says "${p.written}": YAML reads a value starting with > or | as a block header, i.e. empty. Write ≥ / ＞ or quote the value ('${p.written}').`,
    'no-number': (p) =>
      `The value "${p.value}" of "${p.name}" starts with an operator but no number follows. Write ≥20 次 for a quantity, or plain words (提升) for a qualitative target.`,
    'no-unit': (p) => `The value "${p.value}" of "${p.name}" lacks a unit (≥20 次, =100%, ≤40 万元).`,
    'not-text': (p) => `The value of "${p.name}" must be text.`,
    'own-name': (p) => `The value of "${p.name}" repeats its name; fill in the target.`,
    placeholder: (p) => `The value "${p.value}" of "${p.name}" is a template placeholder; fill in the real target.`,
    range: (p) => `The value "${p.value}" of "${p.name}" is a range; give one target (≥1 个) or split the indicator.`,
    'malformed-number': (p) =>
      `The number in the value "${p.value}" of "${p.name}": ${flawWords(p.flaw, 'en')}; ${
        p.corrected.length === 0 || p.whole ? correctionWords(p.corrected, 'en') : `write the number as ${p.corrected.join(' or ')}, with an operator and a unit (≥${p.corrected[0]} 次)`
      }.`,
    negative: (p) =>
      `The value "${p.value}" of "${p.name}" is negative; a target cannot be negative. To state a decrease, say so in the name (…下降率) and write a positive target (≥5%).`,
  },

  'invisible-character': {
    invisible: (p) => {
      const { where, after } = charPlaceWords(p.place, 'en');
      return `${where} contains the invisible character ${invisibleName(p.char, 'en')}${p.count > 1 ? ` and ${p.count - 1} more` : ''}, usually pasted from a web page or document. declare ignores it when reading and printing, but it makes equal-looking names differ. Delete it.${after}`;
    },
  },

  'legacy-cost-placement': {
    legacy:
      'This is the older indicator system\'s placement: in the current system 成本指标 is a 一级指标. Move the group out of 产出指标 and put its items under 成本指标 › 经济成本指标 (or 社会/生态环境成本指标).',
  },

  load: {
    'no-match': (p) => `No files match "${p.pattern}".`,
    'matches-ignored': (p) =>
      `The ${p.count} files matching "${p.pattern}" are all ignored or not declarations (.declareignore, the configuration's ignore list or the built-in list; see docs/ci.md).`,
    'folder-empty': (p) => `No .yaml or .yml declarations found in "${p.folder}".`,
    'folder-ignored': (p) =>
      `No declarations found in "${p.folder}": its ${p.count} YAML files are all ignored or not declarations (.declareignore, the configuration's ignore list or the built-in list; see docs/ci.md).`,
    'kind-fifo': 'a named pipe (FIFO)',
    'kind-char-device': 'a character device',
    'kind-block-device': 'a block device',
    'kind-socket': 'a socket',
    'kind-special': 'a special file',
    'not-found': (p) => `"${p.path}" does not exist.`,
    'no-permission': (p) => `Permission denied reading "${p.path}".`,
    'is-folder': (p) => `"${p.path}" is a folder, not a file.`,
    'not-regular': (p) => `"${p.path}" is not a regular file (it is ${p.kind.en}); it cannot be read as a declaration.`,
    'symlink-loop': (p) => `"${p.path}" is a symbolic-link loop.`,
    'cannot-read': (p) => `Cannot read "${p.path}" (${p.code}).`,
    'too-large': (p) => `"${p.path}" is too large (${p.mb} MB; the limit is ${p.limitMb} MB) and was not read. Check that this is the right file.`,
    'not-regular-read': (p) => `"${p.path}" is not a regular file (it is ${p.kind.en}); it cannot be read.`,
  },

  lsp: {
    'add-total': (p) => `Add 合计: ${p.total} (${p.parts.join(' + ')})`,
    'config-broken': (p) =>
      `The configuration file ${p.file} is invalid (line ${p.line}: ${p.message}). npx declare validate refuses to run; until it is fixed, the editor checks this file with the default configuration.`,
    'hover-amount': 'Amount',
    'hover-differs': (p) => `differs by ${p.difference}`,
    'hover-line': 'Line',
    'hover-missing': '(missing)',
    'hover-no-total': 'No 合计 given: the form prints the sum of the lines.',
    'hover-rule-docs': 'Rule documentation',
    'hover-severity-error': 'error',
    'hover-severity-warning': 'warning',
    'hover-stated': '合计 (as written)',
    'hover-sum': 'Sum of the lines',
    'hover-unreadable': (p) => `cannot be read: ${p.written}`,
    'hover-yuan': 'yuan',
    'replace-operator': (p) => `Replace "${p.from}" with "${p.to}"`,
    'use-ascii-digits': (p) => `Use ASCII digits and punctuation: ${p.value}`,
  },

  'missing-operator': {
    'no-operator': (p) => `The value "${p.value}" of "${p.name}" has no operator${p.suggested ? `; write e.g. ${p.suggested}` : ': say whether it is a minimum, a maximum or exact'}.`,
    'suggest-operator': (p) => `Change to ${p.value}`,
  },

  'multi-year-fields': {
    'no-overall-goal': (p) => `${multiYear(p)}: give 项目总目标 (the goal for the whole period).`,
    'no-whole-life': (p) => `${multiYear(p)}: give 项目资金总额 (the whole-life 财政资金 and 其他资金).`,
  },

  'nonstandard-level2': {
    nonstandard: (p) => `"${p.level2}" is not a standard 二级 label under "${p.level1}" (${p.standard.join(', ')}).${p.guess ? ` Did you mean "${p.guess}"?` : ''}`,
    'suggest-level2': (p) => `Change to "${p.level2}"`,
  },

  'operator-direction': {
    'cost-ceiling': (p) => `"${p.name}" is a cost ceiling but its target is ${p.op}${p.number}; use ≤ or =.`,
    'higher-is-better': (p) => `"${p.name}" is higher-is-better but its target is ${p.op}${p.number}; use ≥ or =.`,
  },

  output: {
    'summary-source-changed': (p) => `"${p.file}" changed while the summary was being written; stopped without writing anything. Run it again.`,
    'summary-font-conflict': (p) =>
      `The configuration files of these declarations name different fonts (${p.fonts.map((f) => f ?? '(bundled)').join(', ')}); a summary uses one font: choose it with --font.`,
    'source-date-epoch': (p) =>
      `SOURCE_DATE_EPOCH ("${p.raw}", the date written into the documents, in seconds since 1970) is not a date from 1980 to 2099, which PDF and XLSX files cannot hold. Set it to seconds within that range (e.g. 1735689600 for 2025-01-01), or leave it unset.`,
    'dir-not-folder': (p) => `"${p.dir}" is not a folder.`,
    'dir-not-writable': (p) => `The output folder "${p.dir}" is not writable.`,
    'dir-file-in-way': (p) => `Cannot create the output folder "${p.dir}": a file (not a folder) of that name is in the way. Choose another output folder.`,
    'dir-no-permission': (p) => `Cannot create the output folder "${p.dir}": permission denied. Choose another folder or check the permissions.`,
    'dir-read-only': (p) => `Cannot create the output folder "${p.dir}": the disk is read-only.`,
    'dir-disk-full': (p) => `Cannot create the output folder "${p.dir}": the disk is full.`,
    'dir-cannot-create': (p) => `Cannot create the output folder "${p.dir}" (${p.code ?? 'unknown reason'}).`,
    'cannot-write': (p) =>
      `Cannot write "${p.target}": ${OUTPUT_REASONS_EN[p.code] ?? `system error ${p.code}`}. ${
        p.notRestored.length > 0
          ? `${p.notRestored.join(', ')} had already been replaced and could not be put back.`
          : p.names.length > 1
            ? `${p.names.map((n) => `"${n}"`).join(' and ')} were left unchanged.`
            : 'The existing file was left unchanged.'
      }`,
  },

  'overall-goal-equals-annual': {
    copy: (p) =>
      `${multiYear(p)}, yet its 项目总目标 is the same text as its 年度总体目标. The overall goal covers the whole period, the annual goal this year's part: write each.`,
    annual: 'the 年度总体目标',
  },

  'percent-over-100': {
    'over-100': (p) => `The target ${p.shown} of "${p.name}" exceeds 100%; check the number or the unit.`,
  },

  'project-category': {
    invalid: (p) => `项目类别 "${p.value}" is invalid: use 特定目标类 or 其他运转类.${p.guess ? ` Did you mean "${p.guess}"?` : ''}`,
    'suggest-category': (p) => `Change to "${p.value}"`,
  },

  'project-nature': {
    unusual: (p) => `项目性质 "${p.value}" is not a known value.${p.guess ? ` Did you mean "${p.guess}"?` : ' Add local values in declare.config.yaml.'}`,
    'suggest-nature': (p) => `Change to "${p.value}"`,
  },

  'recommended-level1': {
    missing: (p) => `绩效指标 has no "${p.level1}"; the current framework expects it.`,
  },

  report: {
    'ci-summary': (p) =>
      `declare: checked ${plural(p.files, 'file')}: ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}.${p.maxWarnings !== undefined ? ` Too many warnings (--max-warnings ${p.maxWarnings}).` : ''}`,
    error: 'error',
    'github-annotation-limit': (p) =>
      `GitHub shows at most ${p.shown} error and ${p.shown} warning annotations per step: ${p.hidden} of these ${p.errors} errors and ${p.warnings} warnings are not annotated on the code. See this step's log and the job summary for all of them.`,
    'github-summary-header': '| Location | Level | Rule | Message |',
    'github-summary-more': (p) => `${p.more} more findings are in this step's log.`,
    note: 'note',
    'rule-docs': 'rule docs',
    summary: (p) =>
      `Checked ${plural(p.files, 'file')}: ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}.${p.maxWarnings !== undefined ? ` Too many warnings (--max-warnings ${p.maxWarnings}).` : ''}`,
    warning: 'warning',
  },

  'required-field': {
    empty: (p) => `"${fieldLabelEn(p.path)}" is empty. Fill it in.`,
    missing: (p) => `The required field "${fieldLabelEn(p.path)}" is missing.${isAmountPath(p.path) ? ' Write 0 when there is none.' : ''}`,
    'no-indicator-name': 'This indicator has no name. Write each item as "- name: value"; the name cannot be empty or only spaces.',
  },

  'required-level1': {
    missing: (p) => `绩效指标 lacks "${p.level1}"; every form needs 产出指标 and 效益指标.`,
  },

  'summary-copied-project': {
    'same-goal': (p) => `${p.goal} is the same text as in ${p.other}. Each project's goal states its own outputs and effects: check whether it was copied from another project.`,
    'same-indicators': (p) => `The ${p.count} indicators of this project are the same as those of ${p.other}. Two projects rarely produce exactly the same: check whether they were copied.`,
  },

  'summary-duplicate-name': {
    duplicate: (p) =>
      `项目名称 (project name) "${p.name}" is also used by ${p.others.join(', ')}${p.total > p.others.length ? `… (${p.total} in all)` : ''}. Each project appears once in a summary: remove the extra copy, or give different projects distinct names.`,
  },

  'summary-mixed-unit': {
    differs: (p) =>
      `实施单位 (implementing unit) "${p.unit}" differs from the other declarations of this summary: ${p.count} of ${p.files} files name "${p.majority}". A summary covers one unit: correct this file's 实施单位 or leave the file out of this summary.`,
  },

  'summary-mixed-year': {
    differs: (p) =>
      `年度 (year) ${p.year} differs from the other declarations of this summary: ${p.count} of ${p.files} files are for ${p.majority}. A summary covers one year: correct this file's 年度 or leave the file out of this summary.`,
  },

  'system-error': {
    failed: (p) => `Could not access${p.path !== undefined ? ` "${p.path}"` : ''}: ${SYSTEM_REASONS_EN[p.code] ?? 'the system reported an error'} (${p.code}).`,
  },

  'time-value-invalid': {
    'no-such-date': (p) => `The value "${p.value}" of "${p.name}" names a date that does not exist (such as 2月30日 or 13月). Write a real date.`,
    reversed: (p) => `The period "${p.value}" of "${p.name}" ends before it starts. Check the order.`,
  },

  'time-value-outside-plan': {
    'after-end': (p) =>
      `The deadline "${p.value}" of "${p.name}" (${p.day}) is after the planned end ${p.end}; a deadline after the project ends cannot be judged within it. Check the deadline or 计划完成日期.`,
    'before-start': (p) => `The time "${p.value}" of "${p.name}" (from ${p.day}) is before the planned start ${p.start}. Check it or 计划开始日期.`,
    'plan-end': 'the planned end (计划完成日期)',
    'plan-start': 'the planned start (计划开始日期)',
  },

  'unit-mismatch': {
    'cost-not-money': (p) => `"${p.name}" is a cost but its unit is "${p.unit}"; use money (元, 万元, 元/人) or a rate (%).`,
    'count-in-percent': (p) => `"${p.name}" is a count but its unit is ${p.unit}. Use a count unit (≥20 次) or rename it as a rate.`,
    'rate-not-percent': (p) => `"${p.name}" is a rate but its unit is "${p.unit}"; rates and satisfaction are in % (=100%, ≥90%).`,
  },

  'unknown-key': {
    'belongs-elsewhere': (p) => `The key "${p.key}" does not belong under "${fieldLabelEn(p.parent)}"; it belongs under "${fieldLabelEn(p.home)}".${unknownKeyTail}`,
    'did-you-mean': (p) => `Unknown key "${p.key}". Did you mean "${p.guess}"?${unknownKeyTail}`,
    'suggest-key': (p) => `Change to "${p.key}"`,
    unknown: (p) => `Unknown key "${p.key}". Allowed under "${fieldLabelEn(p.parent)}": ${p.allowed.join(', ')}.${unknownKeyTail}`,
  },

  'unmeasurable-value': {
    vague: (p) =>
      `The value "${p.value}" of "${p.name}" ${
        p.why === 'direction' ? 'gives a direction but no level to reach' : p.why === 'praise' ? 'is praise with no standard' : p.why === 'open-ended' ? 'has no horizon' : 'only says yes or no, not which state is reached'
      }, so nobody can tell at the end of the year whether it was met. Write an assessable value: a grade (良及以上 on 优/良/中/差), a defined state (按期完成验收, 无重大安全事故) or a quantified proxy (较上年提高 ≥5(%), ≥5(年)).`,
  },

  'unprintable-amount': {
    unreadable: (p) =>
      `The amount "${p.written}" of "${fieldLabelEn(p.path)}" could not be read and cannot be printed (configuration switched amount-format off or made it a warning). Amounts and totals on a form are exact to the 分: correct it (npx declare explain amount-format).`,
  },

  'whole-life-equals-annual': {
    equal: (p) =>
      `${multiYear(p)}, yet its whole-life total ${p.total} equals this year's request. 项目资金总额 should cover all years; please check.`,
  },

  'wrong-type': {
    'empty-item': 'This item is empty: write each indicator as "- name: value".',
    'several-pairs': (p) => `This item holds ${p.count} "name: value" pairs; each item holds one. Start a new "- " line for each of the others.`,
    'wrong-type': (p) => {
      const want = expectedAt(p.path);
      const hint = p.fullWidthColon ? 'The key is followed by a full-width colon (：); YAML needs an ASCII colon and a space.' : want.hintEn;
      return `"${fieldLabelEn(p.path)}" should be ${want.en}, but is ${valueEn(p.got)}.${hint ? ' ' + hint : ''}`;
    },
    'collection-key': (p) => `A key must be plain text, but this one is ${p.kind === 'list' ? 'a list' : 'a mapping'} ("${p.key}"). Write a plain name.`,
  },

  'yaml-duplicate-key': {
    duplicate: (p) => `The key "${p.key}" appears twice at the same level. YAML keeps only one of them and the other is lost: merge or remove the duplicate.`,
  },

  'yaml-syntax': {
    alias: 'YAML aliases (*name) are not allowed in a declaration; write the content out.',
    'block-scalar': (p) =>
      `YAML syntax error: a value starting with > or < is read as special YAML syntax. Write ≥ / ≤ instead of >= / <=, or quote the value ('>=90%'). (${p.detail})`,
    'full-width-colon': (p) => `YAML syntax error: "${p.line}" uses a full-width colon (：) after the key; write an ASCII colon and a space (": "). (${p.code}: ${p.detail})`,
    'suggest-replace': (p) => `Replace ${p.from} with ${p.to}`,
    syntax: (p) => `YAML syntax error (${p.code}): ${p.detail}. Check the indentation, colons and quotes here.`,
    tab: (p) => `YAML syntax error: indent with spaces, not tabs. (${p.detail})`,
    'unclosed-quote': 'YAML syntax error: unclosed quote. The value on this line opens a quote that is never closed.',
    unreadable: (p) => `Cannot read the YAML content: ${p.detail}`,
    directive: (p) =>
      `Declarations use no YAML directives ("${p.directive}"): a directive changes how values are read (no becomes false, dates become timestamps). Delete the line and write every value as plain text.`,
    tag: (p) => `This value carries the YAML tag "${p.tag}". Declarations take every value as plain text: remove "${p.tag}" and write the value itself (a date as 2025-01-01, quoted if you like).`,
  },

  'year-in-range': {
    outside: (p) => `The year ${p.year} is outside the project period ${p.start} – ${p.end}. Check the year or the dates.`,
    implausible: (p) => `The year ${p.year} is not plausible: 年度 lies within ${p.first}–${p.last} (e.g. 2025). Probably a typing slip.`,
  },
};
