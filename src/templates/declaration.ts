import stringWidth from 'string-width';

/**
 * The declaration `declare init` writes: every field present and explained in
 * Chinese, with realistic sample values (placeholders such as XX would fail the
 * indicator-value rule) that the comments ask to replace. It validates with no
 * errors and no warnings; test/e2e/init.test.ts holds it to that.
 */
export interface TemplateOptions {
  /** 项目名称 as the user typed it. */
  readonly name: string;
  readonly year: number;
  /** The file name, for the commands in the comments. */
  readonly fileName: string;
  /**
   * The unit's own values from `init:` in declare.config.yaml (written without
   * "示例" so the file joins the unit's summary as it is), and that file's name
   * for the comment saying where they came from.
   */
  readonly unit?: { readonly 实施单位?: string; readonly 主管部门?: string; readonly 年度?: number; readonly source: string };
}

export function declarationTemplate(o: TemplateOptions): string {
  const y = o.year;
  const file = shellWord(o.fileName);
  // No `$schema=` comment: its path is relative to this file and breaks when the file moves. Editors
  // find the schema through their settings instead (docs/editors.md), wherever the file is.
  return `# 《财政项目支出绩效目标申报表》申报文件，由 npx declare init 生成。
# 编辑器中的补全、说明和错误提示：按 declare 的 docs/editors.md 设置一次编辑器（VS Code 在 .vscode/settings.json 中
#   用 yaml.schemas 关联 node_modules/declare-cli/schemas/declaration.schema.json），本仓库中的申报文件放在哪里都有效。
# 下面每一项都附有说明。示例取值只为演示写法，请全部改成本项目的实际内容。
# 填写完成后：
#   npx declare validate ${file}              校验（有错误时会指出行号和改法）
#   npx declare render ${file} -o 申报表/     生成 PDF 和 Excel 格式的申报表
# 某条提示看不懂时，运行 npx declare explain <规则编号> 查看说明和示例。

# ───────────── 基本信息 ─────────────
${o.unit?.年度 !== undefined && o.unit.年度 === y ? aligned(`年度: ${y}`, `# 申报年度，取自 ${o.unit.source}；表头印作（${y}年度）`) : aligned(`年度: ${y}`, `# 申报年度（四位数字），表头印作（${y}年度）`)}
${aligned(`项目名称: ${yamlScalar(o.name)}`, '# 与预算系统中的项目名称保持一致')}
项目性质: 经常性项目                # 常见取值：一次性项目、经常性项目、阶段性项目；
                                    #   旧口径：经常性专项业务费、其他经常性项目、专项资金、其他一次性项目、结转项目
项目类别: 特定目标类                # 只能是 特定目标类 或 其他运转类
${o.unit?.主管部门 ? aligned(`主管部门: ${yamlScalar(o.unit.主管部门)}`, `# 取自 ${o.unit.source}`) : '主管部门: 上海市徐汇区人民政府办公室  # 示例，请改为本项目主管部门的全称'}
${o.unit?.实施单位 ? aligned(`实施单位: ${yamlScalar(o.unit.实施单位)}`, `# 取自 ${o.unit.source}；与本单位其他申报一致，才能一起汇总`) : '实施单位: 上海市徐汇区大数据中心      # 示例，请改为具体实施单位的全称'}
计划开始日期: ${y}-01-01            # 写成 YYYY-MM-DD（也可写 ${y}/1/1）；申报年度须在开始和完成日期之间
计划完成日期: ${y}-12-31            # 跨年度项目写最终完成日期，并补填下面的“项目资金总额”和“项目总目标”

# ───────────── 项目资金（单位：元）─────────────
# 金额可写成 500000 或 500,000.00；不能为负数，最多两位小数，按分精确核对合计。
项目资金:
  # 项目资金总额：项目整个周期的资金。单年度项目可以不写；跨年度项目必须写，写法如下：
  # 项目资金总额:
  #   合计: 1,500,000.00            # 可省略；填写时必须等于 财政资金 + 其他资金
  #   财政资金: 1,500,000.00
  #   其他资金: 0
  年度资金申请总额:                 # 本年度申请的资金（示例金额，请改为实际数）
    合计: 500,000.00                # 可省略；填写时必须等于下面三项之和
    当年财政拨款: 500,000.00        # 本年度财政拨款
    上年结转资金: 0.00              # 没有时填 0
    其他资金: 0.00                  # 没有时填 0

# ───────────── 绩效目标 ─────────────
绩效目标:
  # 项目总目标：跨年度项目必填，写整个项目周期要达到的目标；单年度项目可以不写。
  # 项目总目标: |
  #   通过三年建设，……
  年度总体目标: |                   # 本年度要达到的目标。“|”之后的每一行缩进两格，可以写多段（示例，请改写）
    1.保障本单位信息系统全年稳定运行，故障及时处置。
    2.完成年度运维巡检和安全检查，提升政务服务办理效率。

# ───────────── 绩效指标 ─────────────
# 结构：一级指标 → 二级指标 → 三级指标列表，每个三级指标一行：“- 指标名称: 指标值”。
# 定量指标值 = 比较符号 + 数值 + 计量单位，如 ≥12 次、≤50 万元、=100%；符号用 ≥ ≤ = > <。
#   YAML 会把以 > 或 < 开头的值当作特殊符号：请写 ≥ ≤，或给整个值加引号（'>=12 次'）。
# 定性指标值写能考核的文字，如 按期完成验收、无重大安全事故、不超预算、良及以上；只写“提升”“进一步改善”无法考核，校验会提醒。
# 不要留下 XX、** 之类的占位符，校验会报错。下面的指标都是示例，请换成本项目的指标。
绩效指标:
  成本指标:                         # 二级指标可选：经济成本指标、社会成本指标、生态环境成本指标
    经济成本指标:
      - 系统运维年度费用: ≤50 万元
  产出指标:                         # 必填。二级指标可选：数量指标、质量指标、时效指标
    数量指标:
      - 系统巡检次数: ≥12 次
    质量指标:
      - 运维验收合格率: =100%
    时效指标:
      - 故障响应时间: ≤2 小时
  效益指标:                         # 必填。二级指标可选：经济效益指标、社会效益指标、生态效益指标、可持续影响指标
    社会效益指标:
      - 信息安全: 无重大信息安全事故
    可持续影响指标:
      - 系统稳定运行率: ≥99%
  满意度指标:                       # 二级指标：服务对象满意度指标
    服务对象满意度指标:
      - 系统使用人员满意度: ≥90%
`;
}

/** A line with its comment starting at display column 36, as the other lines have it. */
function aligned(code: string, comment: string): string {
  return `${code}${' '.repeat(Math.max(2, 36 - stringWidth(code)))}${comment}`;
}

/**
 * A project name as a YAML value: plain when YAML reads it back unchanged,
 * otherwise double-quoted (JSON strings are valid YAML double-quoted scalars).
 */
export function yamlScalar(s: string): string {
  const plainSafe =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`~]/u.test(s) && !/[:#]\s|\s#|:$|\s$|[\u0000-\u001f\u007f]/u.test(s) && !/^(true|false|null|yes|no|on|off|~|[-+.\d].*)$/i.test(s);
  return plainSafe ? s : JSON.stringify(s);
}

/** Quote a file name for the example commands when the shell would split it. */
function shellWord(s: string): string {
  return /^[\p{L}\p{N}._\/-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
