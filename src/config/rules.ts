import { defineConfigRule } from '../check/rule.js';
import { text } from '../diagnostics/types.js';

/**
 * Rules about declare.config.yaml itself. They have ids and documentation like
 * the declaration rules (so `declare explain config-unknown-key` works and the
 * pretty report's "rule docs" hint leads somewhere), but they are not in RULES:
 * a broken configuration stops the command before any declaration is checked,
 * and they cannot be configured.
 */
export const configUnknownKey = defineConfigRule({
  id: 'config-unknown-key',
  severity: 'error',
  docs: {
    title: text('配置文件中有未知的键', 'Unknown key in the configuration file'),
    description: text(
      'declare.config.yaml 只能写 lang、font、rules、allow、profile、金额单位、fmt 和 ignore（allow 下只能写 项目性质 和 二级指标，profile 下只能写 system 和 labels）。拼错的键会被静默忽略、设置就不生效，因此一律报错，并给出最接近的正确写法。全部设置见 docs/config.md。',
      'declare.config.yaml may only contain lang, font, rules and allow (with 项目性质 and 二级指标 under allow). A misspelt key would silently do nothing, so it is an error, with the closest correct key. See docs/config.md.',
    ),
    examples: { bad: 'rule:\n  project-nature: off', good: 'rules:\n  project-nature: off' },
  },
});

export const configUnknownRule = defineConfigRule({
  id: 'config-unknown-rule',
  severity: 'error',
  docs: {
    title: text('配置文件中引用了不存在的规则编号', 'The configuration names a rule that does not exist'),
    description: text(
      'rules 下的每个键都必须是一条规则的编号（用 npx declare rules 查看全部编号）。写错的编号不会调整任何规则，因此报错，并给出最接近的编号。',
      'Every key under rules must be a rule id (see `npx declare rules`). A misspelt id would adjust nothing, so it is an error, with the closest id.',
    ),
    examples: { bad: 'rules:\n  project-natures: off', good: 'rules:\n  project-nature: off' },
  },
});

export const configInvalid = defineConfigRule({
  id: 'config-invalid',
  severity: 'error',
  docs: {
    title: text('配置文件中的值不正确，或配置文件无法读取', 'A value in the configuration file is wrong, or the file cannot be read'),
    description: text(
      '配置文件中每一项的写法：lang 为 zh 或 en；font 为字体文件路径（相对配置文件所在目录）；rules 下每条规则的级别为 off、warning 或 error；allow 下的 项目性质 和 二级指标 为文字列表；profile 为 current 或 legacy，或 system 和 labels（labels 下每行“地区名称: 标准的一级或二级指标名称”）；金额单位 为 元 或 万元。读取文件、YAML 语法和这些取值出错时，命令以退出码 2 停止，什么也不检查。读取和解析阶段的规则（如 yaml-syntax、unknown-key、required-field）保证文件能被读懂，不能关闭或降为警告。',
      'lang is zh or en; font is a font file path (relative to the configuration file); each rule under rules is off, warning or error; 项目性质 and 二级指标 under allow are lists of text. When the file cannot be read, is not valid YAML, or has a wrong value, the command stops with exit code 2 and checks nothing. Rules of the reading and parsing phases (yaml-syntax, unknown-key, required-field, …) make sure a file is understood at all and cannot be switched off or downgraded.',
    ),
    examples: { bad: 'lang: chinese\nrules:\n  project-nature: ignore', good: 'lang: zh\nrules:\n  project-nature: off' },
  },
});

/** The rules about declare.config.yaml itself (reported before anything is checked; they cannot be configured). */
export const CONFIG_RULES = [configInvalid, configUnknownKey, configUnknownRule] as const;
