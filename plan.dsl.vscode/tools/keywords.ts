/**
 * The words of the .plan grammar (plan.dsl/src/main/java/plan/dsl/Plan.xtext) with their Chinese aliases,
 * grouped by what they do, which decides their TextMate scope. A unit test checks these tables against
 * Plan.xtext in both directions, so a keyword added to the grammar fails the build until it is added here.
 */

/** An English keyword and its Chinese alias. */
export type Alias = readonly [en: string, zh: string];

/** Background items: enumeration values in the grammar (BackgroundKind), but written where a keyword is. */
export const BACKGROUND_ITEMS: readonly Alias[] = [
  ['challenge', '挑战'],
  ['opportunity', '机遇'],
  ['task', '任务'],
  ['weakness', '短板'],
];

/** Keywords that declare a named element: the identifier after them is a definition. */
export const NAMED_ELEMENTS: readonly Alias[] = [
  ...BACKGROUND_ITEMS,
  ['plan', '方案'],
  ['goal', '目标'],
  ['person', '成员'],
  ['unit', '小组'],
  ['finding', '发现'],
  ['phase', '阶段'],
  ['milestone', '里程碑'],
  ['project', '项目'],
  ['criterion', '指标'],
  ['outcome', '成果'],
];

/** Keywords that open a section or an unnamed entry of one. */
export const SECTIONS: readonly Alias[] = [
  ['background', '背景'],
  ['team', '团队'],
  ['responsibility', '职责'],
  ['research', '调研'],
  ['method', '方法'],
  ['theme', '主题'],
  ['slogan', '口号'],
  ['audience', '对象'],
  ['criteria', '评选'],
  ['publicity', '宣传'],
  ['stage', '环节'],
  ['safeguards', '保障'],
  ['item', '条目'],
  ['approval', '审批'],
  ['round', '轮次'],
  ['tracking', '跟踪'],
  ['report', '报告'],
  ['update', '进展'],
  ['adjust', '调整'],
  ['results', '结果'],
  ['actual', '实际'],
];

/** Settings, fields and the small words between values. */
export const FIELDS: readonly Alias[] = [
  ['kind', '类型'],
  ['language', '语言'],
  ['organization', '单位'],
  ['period', '周期'],
  ['status', '状态'],
  ['version', '版本'],
  ['asof', '截至'],
  ['from', '自'],
  ['to', '至'],
  ['level', '层级'],
  ['specific', '具体'],
  ['measure', '衡量'],
  ['by', '由'],
  ['owner', '负责人'],
  ['addresses', '针对'],
  ['supports', '支撑'],
  ['due', '截止'],
  ['role', '角色'],
  ['lead', '组长'],
  ['members', '组员'],
  ['sample', '样本'],
  ['units', '范围'],
  ['on', '于'],
  ['type', '形式'],
  ['during', '期间'],
  ['after', '前置'],
  ['deliverable', '成果形式'],
  ['standard', '评估标准'],
  ['featured', '特色'],
  ['integrates', '融合'],
  ['budget', '经费'],
  ['weight', '权重'],
  ['quantitative', '定量'],
  ['qualitative', '定性'],
  ['target', '目标值'],
  ['cycle', '周期频次'],
  ['procedure', '程序'],
  ['judges', '评委'],
  ['via', '渠道'],
  ['personnel', '人员'],
  ['materials', '物资'],
  ['for', '对应'],
  // "verified by" is two English keywords and one Chinese one; "by" is listed above.
  ['verified', '检验'],
  ['decision', '意见'],
  ['progress', '进度'],
];

/** The enumeration values that may follow one keyword (its English spelling), by the scope name they get. */
export interface EnumSlot {
  readonly keyword: string;
  readonly scope: string;
  readonly values: readonly Alias[];
}

export const ENUM_SLOTS: readonly EnumSlot[] = [
  {
    keyword: 'kind',
    scope: 'kind',
    values: [['activity', '活动'], ['annual', '年度'], ['project', '项目']],
  },
  {
    keyword: 'language',
    scope: 'language',
    values: [['zh', '中文'], ['en', '英文']],
  },
  {
    // A plan's status and a project's status share the keyword.
    keyword: 'status',
    scope: 'status',
    values: [
      ['draft', '草稿'], ['review', '审议'], ['approved', '已批准'], ['running', '实施中'], ['closed', '已结束'],
      ['planned', '未开始'], ['active', '进行中'], ['done', '已完成'], ['cancelled', '已取消'],
    ],
  },
  {
    keyword: 'level',
    scope: 'level',
    values: [['organization', '组织'], ['individual', '个人']],
  },
  {
    keyword: 'role',
    scope: 'role',
    values: [['member', '组员'], ['leader', '组长'], ['coordinator', '协调人']],
  },
  {
    keyword: 'method',
    scope: 'method',
    values: [['survey', '问卷'], ['interview', '访谈'], ['symposium', '座谈'], ['benchmark', '对标'], ['review', '资料分析']],
  },
  {
    keyword: 'cycle',
    scope: 'cycle',
    values: [['monthly', '每月'], ['quarterly', '每季度'], ['yearly', '每年'], ['once', '一次']],
  },
  {
    keyword: 'report',
    scope: 'cadence',
    values: [['weekly', '每周'], ['monthly', '每月'], ['quarterly', '每季度']],
  },
  {
    keyword: 'decision',
    scope: 'decision',
    values: [['approved', '通过'], ['revise', '修改'], ['rejected', '不通过']],
  },
];

/** The comparisons of a quantitative criterion's target, longest first so that `>=` is not read as `>`. */
export const COMPARISONS: readonly string[] = ['>=', '<=', '>', '<', '='];

/** Every keyword, in both spellings. */
export const ALL_KEYWORDS: readonly Alias[] = [...NAMED_ELEMENTS, ...SECTIONS, ...FIELDS];

