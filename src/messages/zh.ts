import { LEVEL1, PROJECT_NATURES } from '../model/taxonomy.js';
import type { NumberFlaw } from '../model/number-text.js';
import type { AmountUnit } from '../model/money.js';
import {
  charPlaceWords,
  configValueZh,
  correctionWords,
  expectedAt,
  fieldLabel,
  profileYaml,
  flawWords,
  invisibleName,
  isAmountPath,
  shortNumber,
  valueZh,
  YAML_CODES_ZH,
  type CharPlace,
  type ConfigValue,
  type ValueKind,
} from './helpers.js';
import type { DocPath, Text } from '../diagnostics/types.js';

/**
 * Every message declare prints, in Chinese; en.ts has the same keys in English.
 *
 * How to add a message:
 *  1. Find the section of your rule (sections are rule ids, in alphabetical
 *     order; add one for a new rule in its alphabetical place).
 *  2. Add `'message-id': '文字'`, or, when it has parameters,
 *     `'message-id': (p: { name: string; count: number }) => \`…${p.name}…\``.
 *     Parameters are named and typed here, and only here: en.ts and every
 *     `report({ messageId, data })` are checked against these types, so a
 *     message missing in English or a parameter not passed is a type error.
 *  3. Add the English in en.ts under the same section and id.
 *  4. Report it from the rule: `report({ path, messageId: 'message-id', data: { name, count } })`.
 * Data must be plain values (strings, numbers, paths): diagnostics cross
 * threads and are formatted only when printed, in the user's language.
 * Message ids are kebab-case and stable: tests and editors refer to them.
 */

const ALSO_MEANT = (guess: string | undefined) => (guess ? `您是不是想写「${guess}」？` : '');

/** `项目资金总额合计写的是 …`: the fund-sum rules share one message. */
const sumMismatch = (p: { column: string; stated: string; parts: readonly { label: string; amount: string }[]; computed: string; difference: string; unit?: AmountUnit }) =>
  `${p.column}合计写的是 ${p.stated}，但 ${p.parts.map((x) => `${x.label} ${x.amount}`).join(' + ')} = ${p.computed}，相差 ${p.difference} ${p.unit ?? '元'}。请核对各项金额或合计（按分精确计算）。`;
const sumAdded = (p: { label: string; amount: string }) => `计入合计：${p.label} ${p.amount}`;
const useComputedTotal = (p: { total: string }) => `把合计改为 ${p.total}`;

const amount = (p: { path: DocPath }, why: string) => `「${fieldLabel(p.path)}」：${why}`;
const unknownKeyTail = ' 拼错的键会被忽略，因此一律报错。';

type Mark = { what: 'cost-under-output' | 'satisfaction-under-effect' | 'satisfaction-under-satisfaction'; level1: string; level2: string };
type Label = { written: string; canonical: string };
/** Where a form follows the older indicator system, in words. */
const markZh = (m: Mark) =>
  m.what === 'cost-under-output' ? `「${m.level2}」是「${m.level1}」下的二级指标` : m.what === 'satisfaction-under-effect' ? `「${m.level2}」在「${m.level1}」下` : `「${m.level1}」下又分「${m.level2}」`;
const labelZh = (l: Label) => `「${l.written}」即「${l.canonical}」`;

/** The year-span opening of the multi-year rules' messages (multi-year-fields, overall-goal-equals-annual, whole-life-equals-annual): one wording. */
const multiYear = (p: { from: number; to: number }) => `这是跨年度项目（${p.from}—${p.to}年）`;

/** Why an output file could not be written, per errno code (the `output` section; an unknown code is named as such). */
const OUTPUT_REASONS_ZH: Readonly<Record<string, string>> = {
  EBUSY: '文件正被其他程序占用（可能在 Excel 或 WPS 中打开着），请关闭后重试',
  ETXTBSY: '文件正被其他程序占用（可能在 Excel 或 WPS 中打开着），请关闭后重试',
  EPERM: '没有权限写入或替换它（文件可能在 Excel 或 WPS 中打开着，或被设为只读、不可更改，或文件夹不允许写入）',
  EACCES: '没有权限写入或替换它（文件可能在 Excel 或 WPS 中打开着，或被设为只读、不可更改，或文件夹不允许写入）',
  ENOSPC: '磁盘空间已满',
  EDQUOT: '磁盘配额已用完',
  EROFS: '它所在的文件系统是只读的',
  EISDIR: '已有同名的文件夹',
  ENOTFILE: '已有同名的非普通文件（如设备或管道）',
  ENAMETOOLONG: '文件名太长',
  ENOENT: '输出文件夹已不存在',
  ENOTDIR: '输出文件夹已不存在',
  EIO: '磁盘读写出错',
  EMFILE: '同时打开的文件太多',
  ENFILE: '同时打开的文件太多',
};

/** What the system reported, per errno code, for a failure no command handled (the `system-error` section). */
const SYSTEM_REASONS_ZH: Readonly<Record<string, string>> = {
  ENOENT: '文件或文件夹不存在',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EBUSY: '文件正被其他程序占用',
  ETXTBSY: '文件正被其他程序占用',
  ENOSPC: '磁盘空间已满',
  EDQUOT: '磁盘配额已用完',
  EROFS: '所在的文件系统是只读的',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一段不是文件夹',
  EMFILE: '同时打开的文件太多',
  ENFILE: '同时打开的文件太多',
  EIO: '磁盘读写出错',
};

export const zh = {
  'amount-format': {
    'bad-grouping': (p: { path: DocPath; written: string }) => amount(p, `金额“${p.written}”的千位分隔符位置不对。应每三位一个逗号，如 2,810,000.00。`),
    empty: (p: { path: DocPath }) => amount(p, '金额为空。没有这项资金时填 0。'),
    negative: (p: { path: DocPath; written: string }) => amount(p, `金额“${p.written}”是负数。申报金额不能为负：没有这项资金时填 0。`),
    'not-a-number': (p: { path: DocPath; written: string; unit?: AmountUnit }) =>
      amount(p, `“${p.written}”不是金额。请只写数字（单位是${p.unit ?? '元'}），可以带千位分隔符，如 2,810,000.00；不要写“万元”“¥”或文字。`),
    'too-many-decimals': (p: { path: DocPath; written: string; unit?: AmountUnit }) =>
      amount(
        p,
        p.unit === '万元'
          ? `金额“${p.written}”超过六位小数。以万元为单位时最多六位小数（精确到分）。`
          : `金额“${p.written}”超过两位小数。金额精确到分，最多两位小数；按万元填写的表格请在文件顶层写“金额单位: 万元”（最多六位小数）。`,
      ),
    'has-unit': (p: { path: DocPath; written: string; extra: string; unit?: AmountUnit }) =>
      amount(
        p,
        p.unit === '万元'
          ? `金额“${p.written}”带了单位“${p.extra}”。金额只写数字：本文件的金额单位是万元。`
          : `金额“${p.written}”带了单位“${p.extra}”。金额只写数字，单位是元；按万元填写的表格请在文件顶层写“金额单位: 万元”，或把金额换算成元（1 万元 = 10,000 元）。`,
      ),
    malformed: (p: { path: DocPath; written: string; flaw: NumberFlaw }) => amount(p, `金额“${p.written}”${flawWords(p.flaw, 'zh')}。${correctionWords(p.flaw.corrected, 'zh')}。`),
    'too-large': (p: { path: DocPath; written: string; ceiling: string }) =>
      amount(p, `金额“${shortNumber(p.written)}”太大：单个金额必须小于 ${p.ceiling} 元（1 万亿元）。多半是多打了数字，请核对。`),
  },

  /** Not a rule: the command line's help and usage errors (src/cli/main.ts). Placeholders (`value-…`) are shown in option flags. */
  cli: {
    'render-failed': (p: { count: number }) => `有 ${p.count} 个申报文件存在错误，未生成申报表。`,
    'render-same-output': (p: { list: string }) => `这些文件会生成同名的输出文件，请分开生成或改名：${p.list}`,
    'import-summary': (p: { written: number; documents: number; refused: number; unreadable: number; errors: number }) =>
      `${[
        `从 ${p.documents} 个文件导入了 ${p.written} 份申报`,
        ...(p.refused > 0 ? [`${p.refused} 个文件无法导入`] : []),
        ...(p.unreadable > 0 ? [`${p.unreadable} 处未能识别，已在文件中标注`] : []),
        ...(p.errors > 0 ? [`校验发现 ${p.errors} 个错误`] : []),
      ].join('；')}。`,
    'import-marked': (p: { target: string; line?: number }) => `已在 ${p.target}${p.line ? `:${p.line}` : ''} 标注“未能识别”`,
    'import-folder-empty': (p: { folder: string }) => `文件夹“${p.folder}”中没有 .xlsx 或 .pdf 文件。`,
    'import-exists': (p: { files: readonly string[] }) => `这些文件已经存在，未做任何改动：${p.files.join('、')}。要覆盖它们，请加 --force；或换一个输出文件夹。`,
    'import-write-failed': (p: { code: string }) => `无法写入输出文件（${p.code}），没有写入任何文件。`,
    'fmt-check-changed': (p: { changed: number; total: number; paths: string }) => `${p.changed} 个文件需要格式化（共检查 ${p.total} 个）。运行 npx declare fmt ${p.paths} 即可改好。`,
    'fmt-check-clean': (p: { total: number }) => `${p.total} 个文件格式都已规范。`,
    'fmt-done': (p: { changed: number; unchanged: number }) => `格式化了 ${p.changed} 个文件，${p.unchanged} 个文件无需改动。`,
    'fmt-refused-count': (p: { count: number }) => `${p.count} 个文件有问题，未做改动。`,
    'summary-unreadable-inputs': '有输入无法读取，未生成汇总表。',
    'summary-unreadable-declarations': '有申报文件无法读取，未生成汇总表。',
    'summary-refused': (p: { refused: number; apart: number }) =>
      `${[...(p.refused > 0 ? [`${p.refused} 个申报文件存在错误`] : []), ...(p.apart > 0 ? [`${p.apart} 个申报文件不能与其他文件汇总在一起`] : [])].join('，')}，未生成汇总表。`,
    'summary-progress-check': '检查',
    'summary-progress-write': '汇总',
    'argument-command': '命令',
    'argument-paths': '路径',
    'argument-paths-description': '申报文件或文件夹',
    'argument-project-name': '项目名称',
    'argument-project-name-description': '新项目的名称，也用作文件名',
    'argument-rule-id': '规则编号',
    'argument-rule-id-description': '如 fund-annual-sum',
    arguments: '参数：',
    'command-explain': '显示一条规则的完整说明，以及错误和正确的示例',
    'command-fmt': '把申报文件改写为统一的格式（键的顺序、缩进、引号、≥/≤、金额写法），保留全部注释，不改变任何取值的含义',
    'command-help': '显示某个命令的帮助',
    'command-init': '生成一份带中文注释、可以直接通过校验的申报文件模板',
    'command-lsp': '启动语言服务器（LSP，经标准输入输出通信）：编辑器中实时显示校验结果、一键修正和金额合计，见 docs/editors.md',
    'command-render': '把申报文件生成为官方格式的申报表：<文件名>.pdf 和 <文件名>.xlsx',
    'command-rules': '列出全部校验规则：编号、默认级别和说明',
    'command-schema': '输出申报文件的 JSON Schema（供编辑器补全和检查）',
    'command-summary': '把一个单位的全部申报文件汇总为《项目绩效目标汇总表》（PDF 和 XLSX）',
    'command-validate': '校验申报文件（可混合传入文件和文件夹，文件夹递归查找 *.yaml / *.yml）',
    commands: '命令：',
    'error-excess-arguments': (p: { expected: number; got: number }) => `用法错误：参数过多（应为 ${p.expected} 个，这里有 ${p.got} 个）`,
    'error-invalid-choice': (p: { option: string; value: string; choices: readonly string[] }) => `用法错误：选项 ${p.option} 的取值“${p.value}”无效，可选：${p.choices.join('、')}`,
    'error-missing-argument': (p: { argument: string }) => `用法错误：缺少参数 <${p.argument}>`,
    'error-missing-option': (p: { option: string }) => `用法错误：必须指定选项 ${p.option}`,
    'error-missing-value': (p: { option: string }) => `用法错误：选项 ${p.option} 缺少取值`,
    'error-not-non-negative-int': (p: { option: string; value: string }) => `用法错误：选项 ${p.option} 的取值“${p.value}”无效：应为非负整数。`,
    'error-not-positive-int': (p: { option: string; value: string }) => `用法错误：选项 ${p.option} 的取值“${p.value}”无效：应为正整数。`,
    'error-stdin-filename-without-stdin': '用法错误：--stdin-filename 只能与 --stdin 一起使用',
    'error-stdin-with-paths': '用法错误：--stdin 校验标准输入中的一份申报，不能同时给出路径',
    'error-unknown-command': (p: { command: string }) => `用法错误：未知命令 ${p.command}（可用命令见 npx declare --help）`,
    'error-unknown-option': (p: { option: string; guess?: string }) => `用法错误：未知选项 ${p.option}${p.guess ? `（您是不是想写 ${p.guess}？）` : ''}`,
    'error-usage': '用法错误',
    'help-hint': (p: { command: string }) => `（用 ${p.command} --help 查看用法）`,
    'option-check': '只检查不改写：列出需要格式化的文件，有则以退出码 1 结束（用于 CI 和 pre-commit）',
    'option-color': '输出带颜色（默认只在终端上带颜色；也可用 FORCE_COLOR）',
    'option-config': '使用指定的配置文件（默认从每个申报文件所在目录向上查找 declare.config.yaml）',
    'option-profile': '按哪种指标体系检查：current（现行体系，默认）或 legacy（旧版体系：成本指标在产出指标下）；优先于配置文件中的 profile',
    'option-diff': '只显示将要做的改动（统一 diff 格式），不改写文件',
    'option-font': '使用指定的 TTF/OTF/TTC 字体（如 SimSun）；缺字时回退到内置的思源宋体',
    'option-force': '覆盖已存在的文件',
    'option-format': (p: { choices: readonly string[] }) => `输出格式：${p.choices.join('、')}（默认 pretty）`,
    'option-help': '显示帮助',
    'option-init-output': '输出文件（默认 <项目名称>.yaml）',
    'option-lang': '消息语言：zh（中文，默认）或 en',
    'option-max-warnings': '警告超过该数量时以退出码 1 结束（与 ESLint 相同）',
    'option-no-color': '输出不带颜色（也可用 NO_COLOR）',
    'option-no-progress': '不显示进度条',
    'option-output-folder': '输出文件夹（不存在时自动创建）',
    'option-output-file': '把报告写入文件（UTF-8 编码，写完整后才替换原文件），标准输出不再输出报告',
    'option-overview': '在各申报表前加一页总览表（各项目的资金和合计）；正式印发的汇总表没有这一页',
    'option-page-numbers': '每页页脚印“第 N 页 共 M 页”（正式印发的表格没有页码）',
    'option-pdf': '只生成 PDF',
    'option-quiet': '只报告错误，不显示警告',
    'option-stdin': '校验从标准输入读入的一份申报（如编辑器或脚本传来的内容）',
    'option-stdin-filename': '标准输入内容在报告中的文件名；也从该文件所在目录向上查找 declare.config.yaml（默认 <stdin>）',
    'option-stdio': '经标准输入输出通信（默认，也是唯一的方式；为兼容编辑器的启动参数而接受）',
    'option-version': '显示版本号',
    'option-xlsx': '只生成 XLSX',
    'option-year': '申报年度（默认为明年）',
    options: '选项：',
    program: '财政项目支出绩效目标申报表编译器：校验申报文件，生成申报表（PDF/XLSX）和项目绩效目标汇总表。\n在 bash 中请用 npx declare 或 declare-cli（declare 是 bash 的内置命令）。',
    usage: '用法：',
    'value-count': '数量',
    'value-file': '文件',
    'value-profile': '指标体系',
    'value-folder': '文件夹',
    'value-font-file': '字体文件',
    'value-format': '格式',
    'value-language': '语言',
    'value-options': '[选项]',
    'value-year': '年度',
    'argument-import-files': '文件',
    'argument-import-files-description': 'XLSX 或 PDF 文件，或包含它们的文件夹',
    'command-import': '把已有的申报表（XLSX 或带文字的 PDF，含汇总表）导入为 YAML 申报文件，每张表一个文件，并立即校验',
    'option-import-force': '覆盖输出文件夹中已存在的同名文件',
    'explain-containing': (p: { id: string; rules: readonly string[] }) => `编号中含有“${p.id}”的规则：${p.rules.join('、')}。`,
    'explain-did-you-mean': (p: { id: string }) => `您是不是想查 ${p.id}？`,
    'explain-no-rule': (p: { id: string; hint: string }) => `declare: 没有编号为“${p.id}”的规则。${p.hint}用 npx declare rules 查看全部规则。`,
    'rules-checks': '说明',
    'rules-config-heading': '配置文件（declare.config.yaml）本身的规则：',
    'rules-default': '默认级别',
    'rules-footer': '用 npx declare explain <编号> 查看完整说明和正反示例；在 declare.config.yaml 的 rules 中可以调整级别（off / warning / error）。',
    'rules-id': '编号',
    'init-bad-file-name': (p: { name: string }) => `项目名称“${p.name}”含有不能用在文件名中的字符（\\ / : * ? " < > |）。请用 -o 指定文件名，如 -o 项目.yaml。`,
    'init-bad-name': '项目名称不能为空，也不能含有控制字符。',
    'init-bad-year': (p: { year: number }) => `年度应为四位数字，这里是 ${p.year}。`,
    'init-cannot-write': (p: { file: string; code: string }) => `无法写入“${p.file}”（${p.code}）。`,
    'init-done': (p: { file: string; year: number; fields?: readonly string[]; config?: string }) =>
      `已生成 ${p.file}（${p.year}年度${p.fields ? `；${p.fields.join('、')}取自 ${p.config}` : ''}）。请按注释把示例内容改成本项目的实际情况，然后运行：npx declare validate ${p.file}`,
    'init-exists': (p: { file: string }) => `“${p.file}”已存在，没有覆盖。要覆盖请加 --force，或用 -o 指定另一个文件名。`,
    'init-folder': (p: { file: string }) => `“${p.file}”是文件夹。请用 -o 指定一个文件名。`,
    'output-dir-not-folder': (p: { dir: string }) => `“${p.dir}”不是文件夹。`,
    'output-dir-not-writable': (p: { dir: string }) => `输出文件夹“${p.dir}”不可写。请换一个文件夹，或检查权限。`,
    'stdin-unreadable': (p: { code: string }) => `无法读取标准输入（${p.code}）。`,
    'step-summary-failed': (p: { file: string; code: string }) => `declare: 无法写入 GitHub 作业摘要“${p.file}”（${p.code}），作业摘要中没有本次结果。`,
    'validate-unfinished': (p: { files: number }) => `有输入无法读取，校验没有完成（已检查 ${p.files} 个文件）。`,
  },

  'config-invalid': {
    'amount-unit': (p: { got: ConfigValue }) => `金额单位 应为 元 或 万元（申报文件没有写金额单位时，其中的金额按这个单位读），${configValueZh(p.got)}。`,
    profile: (p: { got: ConfigValue }) =>
      `profile（指标体系）应为 current（现行体系，默认）或 legacy（旧版体系），或者写成 system 和 labels 两项（labels 下每行“地区名称: 标准名称”，如 项目完成指标: 产出指标），${configValueZh(p.got)}。`,
    'profile-label': (p: { label: string; got: ConfigValue }) =>
      `profile › labels 下的“${p.label}”应对应一个标准的一级或二级指标名称（如 产出指标、效益指标、数量指标），${configValueZh(p.got)}。`,
    'allow-item': (p: { key: string; got: ConfigValue }) => `allow › ${p.key} 中的每一项都应为非空的文字，${configValueZh(p.got)}。`,
    'allow-list': (p: { key: string; got: ConfigValue }) => `allow › ${p.key} 应为列表，每个取值一行，以“- ”开头，${configValueZh(p.got)}。`,
    'allow-section': (p: { got: ConfigValue }) => `allow 下应写 项目性质 和/或 二级指标 两个列表，${configValueZh(p.got)}。`,
    'cannot-read': (p: { file: string; code: string }) => `无法读取配置文件“${p.file}”（${p.code}）。`,
    font: (p: { got: ConfigValue }) => `font 应为字体文件的路径（相对于配置文件所在目录），${configValueZh(p.got)}。`,
    'is-folder': (p: { file: string }) => `“${p.file}”是文件夹，不是配置文件。`,
    lang: (p: { got: ConfigValue }) => `lang（默认消息语言）应为 zh 或 en，${configValueZh(p.got)}。`,
    locked: (p: { rule: string; level: string; guards: 'reading' | 'printing' }) =>
      p.guards === 'printing'
        ? `规则 ${p.rule} 不能设为 ${p.level}：它保证印到申报表上的就是校验过的内容（每个字都有字形、每个金额都读得出来），关闭或降级后，表上会出现空白方框或读不懂的金额。请删除这一行。`
        : `规则 ${p.rule} 不能设为 ${p.level}：它保证文件能被正确读取，关闭或降级后，读不懂的文件也会“通过”校验。请删除这一行。`,
    'no-permission': (p: { file: string }) => `没有权限读取配置文件“${p.file}”。请检查它的权限，或用 --config 指定另一个配置文件。`,
    'not-a-mapping': '配置文件应为“键: 值”的映射（如 lang: zh），请参照 docs/config.md 中的示例。',
    'not-found': (p: { file: string }) => `找不到配置文件“${p.file}”。请检查 --config 后的路径。`,
    'not-regular': (p: { file: string; kind: Text }) => `配置文件“${p.file}”不是普通文件（是${p.kind.zh}），请检查 --config 后的路径。`,
    'too-large': (p: { file: string }) => `配置文件“${p.file}”过大（超过 5 MB），请检查 --config 后的路径。`,
    overview: (p: { got: ConfigValue }) => `overview（汇总表前加总览表）应为 true 或 false，${configValueZh(p.got)}。`,
    'page-numbers': (p: { got: ConfigValue }) => `page-numbers（页脚印“第 N 页 共 M 页”）应为 true 或 false，${configValueZh(p.got)}。`,
    'rule-level': (p: { rule: string; got: ConfigValue }) => `规则 ${p.rule} 的级别应为 off（关闭）、warning（警告）或 error（错误），${configValueZh(p.got)}。`,
    'rule-option': (p: { rule: string; option: string; got: ConfigValue }) => `规则 ${p.rule} 的选项 ${p.option} 的值不正确，${configValueZh(p.got)}。`,
    rules: (p: { got: ConfigValue }) => `rules 应为“规则编号: 级别”的映射，每行一条（如 project-nature: off），${configValueZh(p.got)}。`,
    value: (p: { path: DocPath; got: ConfigValue }) => `配置项 ${p.path.join(' › ')} 的值不正确，${configValueZh(p.got)}。`,
    'fmt-amounts': (p: { got: ConfigValue }) => `fmt › amounts（金额写法）应为 grouped（2,810,000.00，默认）、plain（2810000.00）或 keep（保持原样），${configValueZh(p.got)}。`,
    'fmt-section': (p: { got: ConfigValue }) => `fmt 下可以写 amounts（金额写法），${configValueZh(p.got)}。`,
    'init-section': (p: { got: ConfigValue }) => `init 下可以写 实施单位、主管部门 和 年度（npx declare init 用它们填写新的申报文件），${configValueZh(p.got)}。`,
    'init-text': (p: { key: string; got: ConfigValue }) => `init › ${p.key} 应为非空的文字（单位的全称），${configValueZh(p.got)}。`,
    'init-year': (p: { got: ConfigValue }) => `init › 年度 应为四位数字的年份（如 2026），${configValueZh(p.got)}。`,
    ignore: (p: { got: ConfigValue }) => `ignore 应为列表，每行一个要跳过的文件或文件夹（写法同 .gitignore，如 - 草稿/），${configValueZh(p.got)}。`,
  },

  'config-unknown-key': {
    unknown: (p: { key: string; guess?: string; parent: DocPath; allowed: readonly string[] }) =>
      `未知的设置“${p.key}”。${p.guess ? `您是不是想写“${p.guess}”？` : `${p.parent.length === 0 ? '' : `${p.parent.join(' › ')} 下`}可以写：${p.allowed.join('、')}。`}拼错的设置不会生效，因此报错。`,
    'suggest-key': (p: { key: string }) => `改为“${p.key}”`,
  },

  'config-unknown-rule': {
    unknown: (p: { id: string; guess?: string }) => `没有编号为“${p.id}”的规则。${p.guess ? `您是不是想写“${p.guess}”？` : ''}用 npx declare rules 查看全部规则编号。`,
    'suggest-rule': (p: { id: string }) => `改为“${p.id}”`,
  },

  'control-character': {
    control: (p: { place: CharPlace; char: string; count: number }) => {
      const { where, after } = charPlaceWords(p.place, 'zh');
      return `${where}中有控制字符 ${invisibleName(p.char, 'zh')}${p.count > 1 ? `等 ${p.count} 个控制字符` : ''}：它看不见，却会打乱文字的显示顺序或让终端、表格显示错乱。请删除。${after}`;
    },
  },

  'cost-exceeds-budget': {
    sum: (p: { terms: string; total: string; limit: string; column: string; limitYuan: string; single?: boolean }) =>
      `成本指标中已经确定的金额 ${p.single ? p.terms : `${p.terms} = ${p.total}`}，超过了${p.column} ${p.limit}（${p.limitYuan} 元）。这些成本写的是“=”或“≥”，花费至少是这么多，超出了申请的资金：请核对成本指标的数值和单位（元、万元），或申请金额。`,
    total: (p: { indicator: string; value: string; limit: string; column: string; limitYuan: string }) =>
      `总成本「${p.indicator}」${p.value} 超过了${p.column} ${p.limit}（${p.limitYuan} 元）。请核对总成本的数值和单位（元、万元），或申请金额。`,
    limit: (p: { column: string; amount: string; unit: string }) => `申请的资金：${p.column} ${p.amount} ${p.unit}`,
    term: (p: { term: string; amount: string }) => `计入：${p.term} = ${p.amount}`,
  },

  'cost-plan-exceeds-budget': {
    sum: (p: { terms: string; total: string; limit: string; column: string; limitYuan: string; single?: boolean }) =>
      `按成本指标的目标值计算：${p.single ? p.terms : `${p.terms} = ${p.total}`}，超过了${p.column} ${p.limit}（${p.limitYuan} 元）。单位成本 × 数量与各项费用之和应与申请的资金相匹配：请核对单位成本、对应的数量指标和各项费用，或申请金额。`,
    total: (p: { indicator: string; value: string; limit: string; column: string; limitYuan: string }) =>
      `总成本「${p.indicator}」${p.value} 超过了${p.column} ${p.limit}（${p.limitYuan} 元）。总成本的上限不应高于申请的资金：请核对数值和单位（元、万元）。`,
    'parts-over-total': (p: { terms: string; total: string; indicator: string; value: string }) =>
      `各项成本 ${p.terms} = ${p.total}，超过了本表的总成本「${p.indicator}」${p.value}。分项成本之和不应超过总成本：请核对各项费用或总成本。`,
    limit: (p: { column: string; amount: string; unit: string }) => `申请的资金：${p.column} ${p.amount} ${p.unit}`,
    term: (p: { term: string; amount: string }) => `计入：${p.term} = ${p.amount}`,
  },

  'count-in-name-mismatch': {
    unit: (p: { name: string; stated: string; value: string; unit: string }) =>
      `指标名称「${p.name}」写明了“${p.stated}”，指标值 ${p.value} 却以“${p.unit}”计。名称和指标值说的是同一个数量：请用同一个计量单位。`,
    figure: (p: { name: string; stated: string; value: string }) =>
      `指标名称「${p.name}」写明了“${p.stated}”，指标值却是 ${p.value}。请让名称和指标值一致，或把数字从名称中去掉、只写在指标值里。`,
  },

  'date-format': {
    format: (p: { field: string; written: string }) => `${p.field}“${p.written}”格式不对，请写成 YYYY-MM-DD（如 2025-01-01）。`,
    impossible: (p: { field: string; written: string }) => `${p.field}“${p.written}”不是真实存在的日期，请核对月份和日。`,
    'out-of-range': (p: { field: string; written: string; first: number; last: number }) => `${p.field}“${p.written}”的年份不在 ${p.first}–${p.last} 年之间，多半是年份打错了，请核对。`,
  },

  'date-order': {
    'end-date': (p: { end: string }) => `计划完成日期 ${p.end}`,
    'start-after-end': (p: { start: string; end: string }) => `计划开始日期 ${p.start} 晚于计划完成日期 ${p.end}。请检查两个日期是否填反。`,
  },

  /** Not a rule: rule documentation (`declare explain`, `declare rules`, SARIF help). */
  docs: {
    adjust: (p: { id: string; other: string }) => `在 declare.config.yaml 的 rules 下写 \`${p.id}: ${p.other}\` 或 \`${p.id}: off\`。`,
    'adjust-config-rule': '这是关于配置文件本身的规则，不能调整。',
    'adjust-locked': '不能关闭或降为警告：它保证文件能被正确读取。',
    'adjust-locked-printing': '不能关闭或降为警告：它保证印到申报表上的就是校验过的内容。',
    error: '错误',
    'explain-right': '正确的写法：',
    'explain-severity': (p: { severity: 'error' | 'warning' }) => `默认级别：${p.severity === 'error' ? '错误' : '警告'}`,
    'explain-wrong': '错误的写法：',
    'full-document': '完整说明',
    right: '正确的写法',
    warning: '警告',
    wrong: '错误的写法',
  },

  'duplicate-indicator': {
    duplicate: (p: { name: string; level1: string; level2: string }) =>
      `三级指标「${p.name}」在本表中重复出现（前一处在「${p.level1} › ${p.level2}」）。请删除其一，或改成能区分的名称。`,
    'first-used': '第一次出现在这里',
  },

  'empty-group': {
    'no-level2': (p: { level1: string }) => `一级指标「${p.level1}」下没有任何二级指标。请补充，或删除这一行。`,
    'no-level3': (p: { level1: string; level2: string }) =>
      `「${p.level1} › ${p.level2}」下没有任何三级指标。请补充（每行“- 名称: 指标值”，比「${p.level2}」多缩进两格），或删除这一行。`,
  },

  'file-empty': {
    empty: '文件为空：没有任何申报内容。请填写申报内容，或用 npx declare init 生成模板。',
  },

  'file-encoding': {
    gbk: '文件不是 UTF-8 编码，看起来是 GBK/GB2312（Windows 中文版常见）。请在编辑器中用“另存为 → UTF-8”转换后重试，例如：iconv -f GBK -t UTF-8 原文件 > 新文件。',
    'not-utf8': '文件不是有效的 UTF-8 文本。请另存为 UTF-8 后重试。',
    wide: (p: { encoding: string }) => `文件是 ${p.encoding} 编码。请在编辑器中另存为 UTF-8（无 BOM）后重试，例如：iconv -f ${p.encoding} -t UTF-8 原文件 > 新文件。`,
  },

  'file-limits': {
    'too-deep': (p: { max: number }) => `嵌套层级过深（超过 ${p.max} 层）。申报文件最多只有五层结构，请检查文件内容。`,
    'too-large': (p: { megabytes: string }) => `文件过大（${p.megabytes} MB），申报文件不应超过 5 MB。请检查是否选错了文件。`,
  },

  /** Not a rule: why `declare fmt` left a file as it was. */
  'fmt-refused': {
    'anchors-tags-markers': '文件中有 YAML 锚点、标签或文档标记（&、!、---），npx declare fmt 不改写这样的文件，文件保持原样。申报文件用不到这些写法：删去后再格式化。',
    'meaning-changed': '格式化后的内容与原文件含义不一致（这是 declare 的缺陷），文件保持原样。请把这个文件报告给 declare 的维护者。',
    unsupported: (p: { detail: string }) => `文件中有 npx declare fmt 不改写的 YAML 写法（${p.detail}），文件保持原样。`,
  },

  'font-load': {
    'too-large': (p: { path: string; mb: number; limitMb: number }) => `字体文件“${p.path}”过大（${p.mb} MB，上限 ${p.limitMb} MB），请检查路径。`,
    'not-regular': (p: { path: string; kind: Text }) => `“${p.path}”不是普通文件（是${p.kind.zh}），不能作为字体读取。`,
    'is-folder': (p: { path: string }) => `“${p.path}”是文件夹，不是字体文件。`,
    'cannot-read': (p: { path: string; code: string }) => `无法读取字体文件“${p.path}”：${p.code}`,
    unreadable: (p: { path: string; detail: string }) => `“${p.path}”不是可用的字体文件（支持 TTF、OTF、TTC）。`,
    'not-collection': (p: { path: string; face: string }) => `“${p.path}”是单个字体，不是字体集（.ttc）：请去掉 #${p.face}。`,
    'empty-collection': (p: { path: string }) => `字体集“${p.path}”中没有字体。`,
    'no-such-face': (p: { path: string; face: string; names: string }) => `字体集“${p.path}”中没有名为 ${p.face} 的字体，其中有：${p.names}`,
    woff: (p: { path: string }) => `“${p.path}”是 WOFF 网页字体，请改用该字体的 TTF/OTF/TTC 版本（WOFF 会让生成 PDF 慢约 100 倍）。`,
  },

  'font-missing-glyph': {
    missing: (p: { char: string; codePoint: string; path: DocPath }) =>
      `字符“${p.char}”（${p.codePoint}）在「${fieldLabel(p.path)}」中，但所用字体都没有这个字，印出来会是空白方框。请改写该字符，或用 --font 指定包含它的字体。`,
  },

  'fund-annual-exceeds-total': {
    exceeds: (p: { annual: string; wholeLife: string }) =>
      `年度资金申请总额 ${p.annual} 超过了项目资金总额 ${p.wholeLife}。一年的申请不能超过整个项目周期的资金，请核对两栏是否填反。`,
    'whole-life-total': (p: { wholeLife: string }) => `项目资金总额 ${p.wholeLife}`,
  },

  'fund-annual-sum': { added: sumAdded, mismatch: sumMismatch, 'suggest-total': useComputedTotal },

  'fund-whole-life-sum': { added: sumAdded, mismatch: sumMismatch, 'suggest-total': useComputedTotal },

  'goal-indicator-mismatch': {
    'number-differs': (p: { goal: string; stated: string; indicator: string; value: string }) =>
      `${p.goal}写的是“${p.stated}”，衡量它的三级指标「${p.indicator}」却是 ${p.value}：数值不一致。评审按指标考核目标，请让两处写同一个数。`,
    'unit-differs': (p: { goal: string; stated: string; indicator: string; value: string; goalUnit: string; indicatorUnit: string }) =>
      `${p.goal}写的是“${p.stated}”，衡量它的三级指标「${p.indicator}」却以“${p.indicatorUnit}”计（${p.value}）。请统一计量单位：都写“${p.goalUnit}”或都写“${p.indicatorUnit}”。`,
    'nearest-differs': (p: { goal: string; stated: string; indicator: string; value: string; what: 'unit' | 'number' }) =>
      `${p.goal}写的是“${p.stated}”，但没有三级指标与它一致；最接近的是「${p.indicator}」${p.value}（${p.what === 'unit' ? '计量单位不同' : '数值不同'}）。如果二者是同一件事，请统一数值和单位；如果不是，请为“${p.stated}”补一个三级指标。`,
    unmatched: (p: { goal: string; stated: string; count: number }) =>
      `${p.goal}写明了“${p.stated}”，但没有任何三级指标衡量${p.count > 1 ? '这些数量' : '这个数量'}。目标中承诺的数量应有对应的指标（通常是数量指标或质量指标）；不打算考核的数量，请从目标中删去。`,
    indicator: (p: { goal: string; stated: string }) => `${p.goal}中的“${p.stated}”由这个指标衡量`,
    nearest: (p: { goal: string; stated: string }) => `与${p.goal}中的“${p.stated}”最接近的指标`,
  },

  /** Not a rule: what `declare import` could not read in a form (a `# 未能识别` comment in the file it writes), or why it could not read a document at all. */
  'import-unreadable': {
    'where-sheet': (p: { sheet: string }) => `工作表「${p.sheet}」`,
    'where-page': (p: { page: number }) => `第 ${p.page} 页`,
    'label-not-found': (p: { label: string }) => `表中没有找到「${p.label}」。`,
    empty: (p: { key: string }) => `「${p.key}」是空的。`,
    'no-year': (p: { example: string }) => `没有找到表头的年度（如「${p.example}」）。`,
    'no-indicator-table': (p: { headers: string }) => `没有找到绩效指标表（表头「${p.headers}」）。`,
    'no-indicators': '表中没有读到任何绩效指标。',
    'no-value': (p: { name: string }) => `「${p.name}」没有指标值。`,
    'no-name': '这一行没有三级指标名称。',
    'value-without-name': '这一行有指标值，但没有三级指标名称。',
    'no-levels': (p: { name: string }) => `「${p.name}」上方没有一级或二级指标。`,
    'wan-inexact': (p: { amount: string }) => `金额 ${p.amount} 万元无法精确换算为元。`,
    'legacy-xls': '这是旧版 Excel 文件（.xls，或 WPS 的 .et）。请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再导入。',
    'unsupported-format': '无法识别的文件格式：只能导入 .xlsx 工作簿和 PDF 文件。',
    'damaged-workbook': (p: { detail: string }) => `无法读取这个工作簿（${p.detail}）。文件可能已损坏，或不是 Excel 工作簿。`,
    'damaged-pdf': (p: { detail: string }) => `无法读取这个 PDF（${p.detail}）。文件可能已损坏。`,
    'encrypted-pdf': '这个 PDF 有密码保护，无法读取。请先去掉密码（另存为不加密的 PDF）再导入。',
    'scanned-pdf': '这个 PDF 没有文字层（是扫描件或图片），declare 不支持文字识别（OCR）。请导入原始的 Excel 文件，或由生成它的软件导出带文字的 PDF。',
    'no-form': (p: { title: string; label: string }) => `没有找到《${p.title}》：表中没有「${p.label}」及其内容。请确认这是申报表（不是汇总一览表），且不是图片。`,
  },

  'indicator-level1': {
    'is-level2': (p: { name: string; parent: string }) => `「${p.name}」是二级指标，不是一级指标：请把它放在「${p.parent}」下面。`,
    unknown: (p: { name: string; guess?: string }) => `未知的一级指标「${p.name}」。一级指标只能是 ${LEVEL1.join('、')}。${ALSO_MEANT(p.guess)}`,
    'suggest-level1': (p: { level1: string }) => `改为「${p.level1}」`,
  },

  'indicator-level2-placement': {
    misplaced: (p: { level2: string; home: string; level1: string }) => `二级指标「${p.level2}」属于「${p.home}」，不应写在「${p.level1}」下。请把这一组移到「${p.home}」下面。`,
  },

  'indicator-system': {
    legacy: (p: { marks: readonly Mark[]; regional: readonly Label[]; system: 'current' | 'legacy' }) =>
      `本表按旧版指标体系填写（${p.marks.map(markZh).join('；')}）${p.regional.length > 0 ? `，一级指标用了地区的名称（${p.regional.map(labelZh).join('、')}）` : ''}。已按旧版体系检查本表，不再逐条报告与现行体系（2021 年起）的差异。如果贵地区仍用旧版体系，请在 declare.config.yaml 中写 ${profileYaml('legacy', p.regional)}（或运行时加 --profile legacy${p.regional.length > 0 ? '，名称仍需在配置中登记' : ''}），此提示就不再出现；如果要改用现行体系，请写 profile: current，逐条查看需要调整的地方。`,
    regional: (p: { marks: readonly Mark[]; regional: readonly Label[]; system: 'current' | 'legacy' }) =>
      `本表的一级指标用了地区的名称：${p.regional.map(labelZh).join('、')}。已按对应的标准名称检查本表。请在 declare.config.yaml 中登记这些名称：${profileYaml(p.system, p.regional)}，此提示就不再出现。`,
    mark: (p: Mark) => markZh(p),
    label: (p: Label) => labelZh(p),
  },

  'indicator-value': {
    'bare-number': (p: { name: string; value: string }) => `「${p.name}」的指标值“${p.value}”只有数字。定量指标要写 比较符号+数值+单位，如 ≥${p.value} 次、=${p.value}%。`,
    empty: (p: { name: string }) => `三级指标「${p.name}」没有填写指标值。`,
    'empty-block-scalar': (p: { name: string; written: string }) =>
      `三级指标「${p.name}」没有填写指标值。文件中写的是“${p.written}”：YAML 把以 > 或 | 开头的值当作块标记读成了空值。请把 > 写成 ＞ 或 ≥，或给整个值加引号（'${p.written}'）。`,
    'no-number': (p: { name: string; value: string }) =>
      `「${p.name}」的指标值“${p.value}”以比较符号开头，后面却不是数字。定量指标写成 符号+数值+单位（≥20 次）；定性指标直接写文字（提升），不加符号。`,
    'no-unit': (p: { name: string; value: string }) => `「${p.name}」的指标值“${p.value}”缺少计量单位。请在数值后写上单位，如 ≥20 次、=100%、≤40 万元。`,
    'not-text': (p: { name: string }) => `「${p.name}」的指标值应是文本。`,
    'own-name': (p: { name: string }) => `「${p.name}」的指标值与指标名称相同，像是复制时填错了列。请填写目标值（如 ≥20 次）或定性描述（如 提升）。`,
    placeholder: (p: { name: string; value: string }) => `「${p.name}」的指标值“${p.value}”是模板占位符，请填写实际的目标值。`,
    range: (p: { name: string; value: string }) => `「${p.name}」的指标值“${p.value}”是一个区间。请写成一个目标值（如 ≥1 个），或拆成两个指标。`,
    'malformed-number': (p: { name: string; value: string; flaw: NumberFlaw; corrected: readonly string[]; whole: boolean }) =>
      `「${p.name}」的指标值“${p.value}”中的数字${flawWords(p.flaw, 'zh')}。${
        p.corrected.length === 0 || p.whole ? correctionWords(p.corrected, 'zh') : `数值请写成 ${p.corrected.join(' 或 ')}，并写上比较符号和计量单位（如 ≥${p.corrected[0]} 次）`
      }。`,
    negative: (p: { name: string; value: string }) =>
      `「${p.name}」的指标值“${p.value}”是负数，指标值不能为负。要表达减少或下降，请在名称中说明（如“…下降率”），目标写正数（如 ≥5%）。`,
  },

  'invisible-character': {
    invisible: (p: { place: CharPlace; char: string; count: number }) => {
      const { where, after } = charPlaceWords(p.place, 'zh');
      return `${where}中有不可见字符 ${invisibleName(p.char, 'zh')}${p.count > 1 ? `等 ${p.count} 个不可见字符` : ''}：编辑器里看不见，多半是从网页或文档复制时带进来的。declare 读取和打印时都不算它，但它会让看起来相同的名称不相同。请删除。${after}`;
    },
  },

  'legacy-cost-placement': {
    legacy:
      '这是旧版指标体系的写法：现行体系中“成本指标”是一级指标。请把这一组移出产出指标，写成与产出指标并列的“成本指标:”，其下用“经济成本指标:”（或 社会成本指标、生态环境成本指标）分组。',
  },

  /** Not a rule: what the language server (declare lsp) says besides the findings — hovers, fix titles. */
  load: {
    'no-match': (p: { pattern: string }) => `没有文件与“${p.pattern}”匹配。`,
    'matches-ignored': (p: { pattern: string; count: number }) =>
      `与“${p.pattern}”匹配的 ${p.count} 个文件都不是申报文件或已被忽略（.declareignore、配置文件的 ignore 或内置的跳过列表，见 docs/ci.md）。`,
    'folder-empty': (p: { folder: string }) => `文件夹“${p.folder}”中没有找到 .yaml 或 .yml 申报文件。`,
    'folder-ignored': (p: { folder: string; count: number }) =>
      `文件夹“${p.folder}”中没有找到申报文件：其中的 ${p.count} 个 YAML 文件不是申报文件或已被忽略（.declareignore、配置文件的 ignore 或内置的跳过列表，见 docs/ci.md）。`,
    'kind-fifo': '命名管道 FIFO',
    'kind-char-device': '字符设备',
    'kind-block-device': '块设备',
    'kind-socket': '套接字',
    'kind-special': '特殊文件',
    'not-found': (p: { path: string }) => `找不到“${p.path}”：文件或文件夹不存在。`,
    'no-permission': (p: { path: string }) => `没有权限读取“${p.path}”。`,
    'is-folder': (p: { path: string }) => `“${p.path}”是文件夹，不是文件。`,
    'not-regular': (p: { path: string; kind: Text }) => `“${p.path}”不是普通文件（是${p.kind.zh}），不能作为申报文件读取。`,
    'symlink-loop': (p: { path: string }) => `“${p.path}”是循环的符号链接。`,
    'cannot-read': (p: { path: string; code: string }) => `无法读取“${p.path}”（${p.code}）。`,
    'too-large': (p: { path: string; mb: number; limitMb: number }) => `“${p.path}”过大（${p.mb} MB，上限 ${p.limitMb} MB），未读取。请检查是否选错了文件。`,
    'not-regular-read': (p: { path: string; kind: Text }) => `“${p.path}”不是普通文件（是${p.kind.zh}），不能读取。`,
  },

  lsp: {
    'add-total': (p: { total: string; parts: readonly string[] }) => `填写合计：${p.total}（${p.parts.join(' + ')}）`,
    'config-broken': (p: { file: string; line: number; message: string }) =>
      `配置文件 ${p.file} 有误（第 ${p.line} 行：${p.message}）。npx declare validate 会拒绝运行；修正之前，编辑器按默认配置检查本文件。`,
    'hover-amount': '金额',
    'hover-differs': (p: { difference: string }) => `相差 ${p.difference}`,
    'hover-line': '项目',
    'hover-missing': '（未填写）',
    'hover-no-total': '未填写合计：申报表上印的合计就是各项之和。',
    'hover-rule-docs': '规则说明',
    'hover-severity-error': '错误',
    'hover-severity-warning': '警告',
    'hover-stated': '合计（填写的）',
    'hover-sum': '各项之和',
    'hover-unreadable': (p: { written: string }) => `无法读取：${p.written}`,
    'hover-yuan': '元',
    'replace-operator': (p: { from: string; to: string }) => `把“${p.from}”改为“${p.to}”`,
    'use-ascii-digits': (p: { value: string }) => `改用半角数字和标点：${p.value}`,
  },

  'missing-operator': {
    'no-operator': (p: { name: string; value: string; number: string; unit: string; suggested?: string }) =>
      `「${p.name}」的指标值“${p.value}”没有比较符号。请写明是不少于、不超过还是等于${p.suggested ? `，如 ${p.suggested}` : ''}。`,
    'suggest-operator': (p: { value: string }) => `改为 ${p.value}`,
  },

  'multi-year-fields': {
    'no-overall-goal': (p: { from: number; to: number }) => `${multiYear(p)}，必须填写“项目总目标”（整个周期的目标）。`,
    'no-whole-life': (p: { from: number; to: number }) => `${multiYear(p)}，必须填写“项目资金总额”（整个周期的财政资金和其他资金）。`,
  },

  'nonstandard-level2': {
    nonstandard: (p: { level2: string; level1: string; standard: readonly string[]; guess?: string }) =>
      `「${p.level2}」不是「${p.level1}」下的标准二级指标（${p.standard.join('、')}）。${p.guess ? `您是不是想写「${p.guess}」？` : '请改用标准名称，把其中的指标归入相应分组。'}`,
    'suggest-level2': (p: { level2: string }) => `改为「${p.level2}」`,
  },

  'operator-direction': {
    'cost-ceiling': (p: { name: string; op: string; number: string; unit: string }) => `「${p.name}」是成本上限，目标却写成 ${p.op}${p.number}(${p.unit})。成本指标应写 ≤ 或 =。`,
    'higher-is-better': (p: { name: string; op: string; number: string; unit: string }) => `「${p.name}」越高越好，目标却写成 ${p.op}${p.number}(${p.unit})。请改为 ≥ 或 =。`,
  },

  output: {
    'summary-source-changed': (p: { file: string }) => `申报文件“${p.file}”在生成汇总表的过程中被修改了，已停止，没有写出任何文件。请重新运行。`,
    'summary-font-conflict': (p: { fonts: readonly (string | undefined)[] }) =>
      `这些申报文件的配置文件指定了不同的字体（${p.fonts.map((f) => f ?? '（内置字体）').join('、')}），一份汇总表只能用一种字体：请用 --font 指定。`,
    'source-date-epoch': (p: { raw: string }) =>
      `环境变量 SOURCE_DATE_EPOCH（生成文件时写入的日期，从 1970 年起的秒数）为“${p.raw}”，不是 1980 年到 2099 年之间的日期：PDF 和 XLSX 无法记录这样的日期。请改为该范围内的秒数（如 1735689600 即 2025-01-01），或不设置它。`,
    'dir-not-folder': (p: { dir: string }) => `“${p.dir}”不是文件夹。`,
    'dir-not-writable': (p: { dir: string }) => `输出文件夹“${p.dir}”不可写。请换一个文件夹，或检查权限。`,
    'dir-file-in-way': (p: { dir: string }) => `无法创建输出文件夹“${p.dir}”：这个路径上已有同名的文件（不是文件夹）。请换一个输出文件夹。`,
    'dir-no-permission': (p: { dir: string }) => `无法创建输出文件夹“${p.dir}”：没有权限。请换一个文件夹，或检查权限。`,
    'dir-read-only': (p: { dir: string }) => `无法创建输出文件夹“${p.dir}”：所在磁盘是只读的。`,
    'dir-disk-full': (p: { dir: string }) => `无法创建输出文件夹“${p.dir}”：磁盘空间已满。`,
    'dir-cannot-create': (p: { dir: string; code?: string }) => `无法创建输出文件夹“${p.dir}”（${p.code ?? '未知原因'}）。`,
    'cannot-write': (p: { target: string; code: string; names: readonly string[]; notRestored: readonly string[] }) =>
      `无法写出“${p.target}”：${OUTPUT_REASONS_ZH[p.code] ?? `系统错误 ${p.code}`}。${
        p.notRestored.length > 0
          ? `已经替换的 ${p.notRestored.join('、')} 未能恢复为原来的内容。`
          : p.names.length > 1
            ? `${p.names.map((n) => `“${n}”`).join('和')}都没有改动。`
            : '原文件没有改动。'
      }`,
  },

  'overall-goal-equals-annual': {
    copy: (p: { from: number; to: number }) =>
      `${multiYear(p)}，项目总目标却与年度总体目标完全相同。项目总目标写整个周期要达到的目标，年度总体目标写本年度完成的部分：请分别填写。`,
    annual: '年度总体目标在这里',
  },

  'percent-over-100': {
    'over-100': (p: { name: string; shown: string }) => `「${p.name}」的目标值 ${p.shown} 超过了 100%。比例不会超过 100%，请核对数值或单位。`,
  },

  'project-category': {
    invalid: (p: { value: string; guess?: string }) => `项目类别“${p.value}”无效，只能是 特定目标类 或 其他运转类。${p.guess ? `您是不是想写“${p.guess}”？` : ''}`,
    'suggest-category': (p: { value: string }) => `改为“${p.value}”`,
  },

  'project-nature': {
    unusual: (p: { value: string; guess?: string }) =>
      `项目性质“${p.value}”不是常见取值（${PROJECT_NATURES.join('、')}）。${p.guess ? `您是不是想写“${p.guess}”？` : '如果这是本地口径，可在 declare.config.yaml 中补充。'}`,
    'suggest-nature': (p: { value: string }) => `改为“${p.value}”`,
  },

  'recommended-level1': {
    missing: (p: { level1: string }) => `绩效指标中没有「${p.level1}」。现行指标体系包含成本、产出、效益、满意度四类，建议补充${p.level1}。`,
  },

  /** Not a rule: the words of the reports (src/report/). */
  report: {
    'ci-summary': (p: { files: number; errors: number; warnings: number; maxWarnings?: number }) =>
      `declare：检查了 ${p.files} 个文件：${p.errors} 个错误，${p.warnings} 个警告。${p.maxWarnings !== undefined ? `警告数超过了 --max-warnings ${p.maxWarnings} 的上限。` : ''}`,
    error: '错误',
    'github-annotation-limit': (p: { shown: number; errors: number; warnings: number; hidden: number }) =>
      `GitHub 每个步骤最多显示 ${p.shown} 个错误标注和 ${p.shown} 个警告标注：本次 ${p.errors} 个错误、${p.warnings} 个警告中，有 ${p.hidden} 个没有标注在代码上。完整列表见本步骤的日志和作业摘要（Summary）。`,
    'github-summary-header': '| 位置 | 级别 | 规则 | 说明 |',
    'github-summary-more': (p: { more: number }) => `另有 ${p.more} 个问题没有列出，见本步骤的日志。`,
    note: '注',
    'rule-docs': '规则说明',
    summary: (p: { files: number; errors: number; warnings: number; maxWarnings?: number }) =>
      `检查了 ${p.files} 个文件：${p.errors} 个错误，${p.warnings} 个警告。${p.maxWarnings !== undefined ? ` 警告数超过了 --max-warnings ${p.maxWarnings} 的上限。` : ''}`,
    warning: '警告',
  },

  'required-field': {
    empty: (p: { path: DocPath }) => `「${fieldLabel(p.path)}」没有填写内容。请填写${isAmountPath(p.path) ? '（没有时填 0）' : ''}。`,
    missing: (p: { path: DocPath }) => `缺少必填项「${fieldLabel(p.path)}」。${isAmountPath(p.path) ? '没有这项资金时填 0。' : ''}请补上后重试。`,
    'no-indicator-name': '这个三级指标没有名称。每一项写成“- 名称: 指标值”，名称不能为空或只有空格。',
  },

  'required-level1': {
    missing: (p: { level1: string }) => `绩效指标中缺少「${p.level1}」。每份申报表都必须有产出指标和效益指标。`,
  },

  'summary-copied-project': {
    'same-goal': (p: { goal: string; other: string }) =>
      `${p.goal}与 ${p.other} 的完全相同。每个项目的绩效目标应写它自己的产出和效果：请核对是否复制了别的项目的目标。`,
    'same-indicators': (p: { count: number; other: string }) =>
      `这个项目的 ${p.count} 个三级指标与 ${p.other} 的完全相同。不同项目的产出和效益不会一模一样：请核对是否复制了别的项目的指标。`,
  },

  'summary-duplicate-name': {
    duplicate: (p: { name: string; others: readonly string[]; total: number }) =>
      `项目名称“${p.name}”与 ${p.others.join('、')}${p.total > p.others.length ? `…（共 ${p.total} 处）` : ''} 重复。汇总表中每个项目只能出现一次：如果是同一项目，请删去多余的文件；如果是不同项目，请改用能区分它们的名称。`,
  },

  'summary-mixed-unit': {
    differs: (p: { unit: string; files: number; count: number; majority: string }) =>
      `实施单位“${p.unit}”与本次汇总的其他申报文件不同：${p.files} 个文件中有 ${p.count} 个的实施单位是“${p.majority}”。一份汇总表只汇总一个单位的项目：请核对本文件的实施单位，或把它从这次汇总中移出。`,
  },

  'summary-mixed-year': {
    differs: (p: { year: number; files: number; count: number; majority: number }) =>
      `年度 ${p.year} 与本次汇总的其他申报文件不同：${p.files} 个文件中有 ${p.count} 个是 ${p.majority} 年度。一份汇总表只汇总一个年度的项目：请改正本文件的年度，或把它从这次汇总中移出。`,
  },

  'system-error': {
    failed: (p: { path?: string; code: string }) => `无法完成${p.path !== undefined ? `对“${p.path}”的` : ''}操作：${SYSTEM_REASONS_ZH[p.code] ?? '系统报告了错误'}（${p.code}）。`,
  },

  'time-value-invalid': {
    'no-such-date': (p: { name: string; value: string }) => `「${p.name}」的指标值“${p.value}”中的日期不存在（如 2月30日、13月）。请写成真实的日期。`,
    reversed: (p: { name: string; value: string }) => `「${p.name}」的期间“${p.value}”结束早于开始。请核对起止的先后。`,
  },

  'time-value-outside-plan': {
    'after-end': (p: { name: string; value: string; day: string; end: string }) =>
      `「${p.name}」的时限“${p.value}”（${p.day}）晚于计划完成日期 ${p.end}。项目结束后才到期的时限无法在项目期内考核：请核对时限或计划完成日期。`,
    'before-start': (p: { name: string; value: string; day: string; start: string }) =>
      `「${p.name}」的时间“${p.value}”（从 ${p.day} 起）早于计划开始日期 ${p.start}。请核对时间或计划开始日期。`,
    'plan-end': '计划完成日期',
    'plan-start': '计划开始日期',
  },

  'unit-mismatch': {
    'cost-not-money': (p: { name: string; unit: string }) => `「${p.name}」是成本或费用，单位却是“${p.unit}”。请以金额（元、万元、元/人等）或费率（%）计。`,
    'count-in-percent': (p: { name: string; unit: string }) => `「${p.name}」是一个数量，单位却是 ${p.unit}。请写成次数、人数等单位（如 ≥20 次），或把名称改成比率（如 …完成率）。`,
    'rate-not-percent': (p: { name: string; unit: string }) => `「${p.name}」是一个比率，单位却是“${p.unit}”。比率和满意度应以 % 计（如 =100%、≥90%）。`,
  },

  'unknown-key': {
    'belongs-elsewhere': (p: { key: string; parent: DocPath; home: DocPath }) => `键「${p.key}」不应写在「${fieldLabel(p.parent)}」下，它属于「${fieldLabel(p.home)}」。${unknownKeyTail}`,
    'did-you-mean': (p: { key: string; guess: string }) => `未知的键「${p.key}」。您是不是想写「${p.guess}」？${unknownKeyTail}`,
    'suggest-key': (p: { key: string }) => `改为「${p.key}」`,
    unknown: (p: { key: string; parent: DocPath; allowed: readonly string[] }) => `未知的键「${p.key}」。「${fieldLabel(p.parent)}」下可以写：${p.allowed.join('、')}。${unknownKeyTail}`,
  },

  'unmeasurable-value': {
    vague: (p: { name: string; value: string; why: 'direction' | 'praise' | 'open-ended' | 'yes-no' }) =>
      `「${p.name}」的指标值“${p.value}”${
        p.why === 'direction'
          ? '只说了方向，没有要达到的程度'
          : p.why === 'praise'
            ? '是评价性的词语，没有评判的标准'
            : p.why === 'open-ended'
              ? '没有期限'
              : '只回答了是或否，没有说明达到什么状态'
      }，年底无法据此判断是否达成。请写成可考核的值：评价等级（如 良及以上，等级为 优/良/中/差）、明确的状态（如 按期完成验收、无重大安全事故），或可量化的替代指标（如 较上年提高 ≥5(%)、持续 ≥5(年)）。`,
  },

  'unprintable-amount': {
    unreadable: (p: { path: DocPath; written: string }) =>
      `「${fieldLabel(p.path)}」的金额“${p.written}”读不出来，不能印到申报表上（配置文件关闭了 amount-format 或把它降为警告）。表上的金额和合计必须精确到分：请改正这个金额（npx declare explain amount-format）。`,
  },

  'whole-life-equals-annual': {
    equal: (p: { from: number; to: number; total: string }) =>
      `${multiYear(p)}，但项目资金总额 ${p.total} 与本年度申请额相同。项目资金总额应填整个项目周期的资金，请核实。`,
  },

  'wrong-type': {
    'empty-item': '这一项是空的：每个三级指标写成“- 名称: 指标值”。',
    'several-pairs': (p: { count: number }) => `这一项里写了 ${p.count} 个“名称: 指标值”，每一项只能写一个。请把其余的各自写成以“- ”开头的新行。`,
    'wrong-type': (p: { path: DocPath; got: ValueKind; fullWidthColon: boolean }) => {
      const want = expectedAt(p.path);
      const hint = p.fullWidthColon ? '这里的键后面用的是中文冒号（：），YAML 只认英文冒号加空格（: ）。' : want.hintZh ?? '';
      return `「${fieldLabel(p.path)}」应为${want.zh}，这里却是${valueZh(p.got)}。${hint}`;
    },
    'collection-key': (p: { key: string; kind: 'list' | 'mapping' }) => `键必须是一段文字，这里却是${p.kind === 'list' ? '列表' : '键值映射'}（“${p.key}”）。请把它写成普通的名称。`,
  },

  'yaml-duplicate-key': {
    duplicate: (p: { key: string }) => `键「${p.key}」在同一层级中重复出现。YAML 只会保留其中一个，另一个的内容会丢失：请合并或删除重复的键。`,
  },

  'yaml-syntax': {
    alias: '申报文件不支持 YAML 别名（*名称）。请把内容直接写出来。',
    'block-scalar': (p: { detail: string }) => `YAML 语法错误：以 > 或 < 开头的值会被 YAML 当作特殊符号。请把 >= 写成 ≥、<= 写成 ≤，或给整个值加引号（如 '>=90%'）。（${p.detail}）`,
    'full-width-colon': (p: { line: string; code: string; detail: string }) =>
      `YAML 语法错误：“${p.line}”中键后面用的是中文冒号（：）。键和值之间必须是英文冒号加一个空格（: ），例如“项目名称: 网络宣传工作”。（${p.code}: ${p.detail}）`,
    'suggest-replace': (p: { from: string; to: string }) => `把 ${p.from} 改为 ${p.to}`,
    syntax: (p: { code: string; detail: string }) => `YAML 语法错误：${YAML_CODES_ZH[p.code] ?? '无法解析这一行'}。请检查这一行及上下行的缩进、冒号和引号。（${p.code}: ${p.detail}）`,
    tab: (p: { detail: string }) => `YAML 语法错误：缩进中不能使用制表符（Tab），请改用空格。（${p.detail}）`,
    'unclosed-quote': 'YAML 语法错误：引号没有闭合。这一行的值以引号开头，但没有对应的结束引号：请补上结束引号，或去掉开头的引号。',
    unreadable: (p: { detail: string }) => `无法读取 YAML 内容：${p.detail}`,
    directive: (p: { directive: string }) =>
      `申报文件不使用 YAML 指令（“${p.directive}”）：它会改变 YAML 读取值的方式（如把 no 读成假、把日期读成时间戳）。请删掉这一行，值一律按普通文字书写。`,
    tag: (p: { tag: string }) => `这里用了 YAML 标签“${p.tag}”。申报文件中的值一律按文字读取，不用标签：请删掉“${p.tag}”，直接写值（日期写成 2025-01-01，加引号也可以）。`,
  },

  'year-in-range': {
    outside: (p: { year: number; start: string; end: string }) => `申报年度 ${p.year} 不在项目计划期 ${p.start} 至 ${p.end} 之内。请核对年度或计划日期。`,
    implausible: (p: { year: number; first: number; last: number }) => `申报年度 ${p.year} 不是合理的年份：年度应在 ${p.first}–${p.last} 之间（如 2025）。多半是年份打错了，请核对。`,
  },
};
