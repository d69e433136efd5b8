import type { Comparator, Direction } from './types';

/** Things an indicator may count that are bad to have more of (DOMAIN.md §3). */
const BAD_TERMS = ['投诉', '故障率', '事故', '差错', '失泄密', '风险指数', '恢复时间'] as const;

/** `无故障时长`, `零事故`: the absence of a bad thing is good. */
const ABSENCE_MARKERS = ['无', '零', '未发生', '不发生'];
/** `投诉处理率`, `事故处置及时率`: handling a bad thing is good. */
const HANDLING_WORDS = ['处理', '办结', '处置', '响应', '回复', '受理', '解决', '整改', '查处', '化解', '纠正'];

/** Whether the text measures something bad, other than its absence or its handling; linear in the text. */
export function isAboutBadThing(text: string): boolean {
  // A handling word after an occurrence makes it handled: only the last handling word's position matters.
  const lastHandling = Math.max(...HANDLING_WORDS.map((word) => text.lastIndexOf(word)));
  return BAD_TERMS.some((term) => {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const negated = ABSENCE_MARKERS.some((marker) => at >= marker.length && text.startsWith(marker, at - marker.length));
      const handled = lastHandling >= at + term.length;
      if (!negated && !handled) return true;
    }
    return false;
  });
}

/**
 * Quantitative direction. The comparator as written decides first: `≤`/`<` is a ceiling, and `≥`/`>`
 * ("at least") can only mean more is better even for a name such as 事故应急演练次数. A bare 0 can only be a
 * ceiling, since "more is better" than nothing is met by anything. Otherwise the name (or the target's own
 * wording, e.g. `故障率1%`) decides: something bad is `lower`, anything else `higher`.
 */
export function quantitativeDirection(
  comparator: Comparator | null,
  value: number,
  indicatorName: string,
  targetText: string,
): Direction {
  if (comparator === '<=' || comparator === '<') return 'lower';
  if (comparator === '>=' || comparator === '>') return 'higher';
  if (comparator === null && value === 0) return 'lower';
  return isAboutBadThing(indicatorName) || isAboutBadThing(targetText) ? 'lower' : 'higher';
}

/** Comparative wording of qualitative targets (DOMAIN.md §3: 有所提升, 提升, 提高, 增加, 持续提高, 更加…). */
const RISING_WORDS = ['提升', '提高', '增加', '增强', '增长', '扩大', '改善', '上升', '更加', '更好'];
/** Their opposites, read the same way: `风险有所下降` is `lower`. */
const FALLING_WORDS = ['下降', '降低', '减少', '压降', '缩短', '减轻'];

/**
 * Qualitative direction: a benchmark comparison (`不高于上年同期水平`) decides; otherwise comparative words
 * do, and wording that both rises and falls is unclear (`null`), as is a plain statement of a goal.
 */
export function qualitativeDirection(comparator: Comparator | null, text: string): Direction | null {
  if (comparator === '<=' || comparator === '<') return 'lower';
  if (comparator === '>=' || comparator === '>') return 'higher';
  const rises = RISING_WORDS.some((word) => text.includes(word));
  const falls = FALLING_WORDS.some((word) => text.includes(word));
  if (rises === falls) return null;
  return rises ? 'higher' : 'lower';
}
