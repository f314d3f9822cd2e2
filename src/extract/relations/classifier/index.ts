// Statistical relation classifier: scores mention pairs within a sentence, used in addition to the rules.

import type { Mention, RelationMention, RelationType, Span } from '../../../types.js';
import { alternation } from '../../../util/escape-regex.js';
import { mentionsFacility } from '../../lexicons/facilities.js';
import { gazetteer } from '../../lexicons/gazetteer.js';
import { ROLE_WORDS, titleTypes } from '../../lexicons/titles.js';
import { detectStatus } from '../status.js';
import { scorePairInContext } from './context-score.js';
import { isRoleStem } from './features.js';
import { bestRelation, type RelationModel } from './model.js';
import { type PairSlot, visitCandidatePairs } from './pairs.js';
import { loadRelationModel } from './weights-io.js';

export type { RelationModel } from './model.js';
export { loadRelationModel } from './weights-io.js';

/** Options of {@link classifyPairsWith}. */
export interface ClassifyOptions {
  /** Relations the rules found: their pairs are skipped (rules win) and they feed the rule features. */
  ruleRelations?: readonly RelationMention[];
  /**
   * Emit relations at or above this probability, for every class; default the model's own
   * precision-first thresholds (per class).
   */
  threshold?: number;
}

let shipped: RelationModel | undefined;

/** The shipped model, loaded on first use and kept for the process. */
export function getRelationModel(): RelationModel {
  // Why: a candidate weights file can be evaluated without replacing the shipped one.
  const override = process.env.CORPGRAPH_RELCLF_WEIGHTS;
  shipped ??= override ? loadRelationModel(override) : loadRelationModel();
  return shipped;
}

/**
 * The role phrase that types a Person → Organization relation ("chief executive"): role words between
 * the two mentions, or just before the person ("Chief executive Mary Barra of …").
 */
function findTitle(text: string, pair: PairSlot): { title: string; types: RelationType[] } | undefined {
  const { tokens, position } = pair.context;
  const sp = position.get(pair.subject) ?? 0;
  const op = position.get(pair.object) ?? 0;
  const [a, b] = sp < op ? [sp, op] : [op, sp];
  const windows: Array<[number, number]> = [
    [a + 1, b],
    [Math.max(0, sp - 3), sp],
  ];
  // Why: "after 12 years at Norsea Tankers, where she was head of chartering": the role follows the
  // organization in a "where" clause.
  if (op === b && tokens[b + 1]?.norm === ',' && tokens[b + 2]?.norm === 'where') {
    const from = tokens[b + 3]?.mention === undefined ? b + 3 : b + 4;
    windows.push([from, from + 7]);
  }
  for (const [from, to] of windows) {
    let slice = tokens.slice(from, to);
    // Why: "Brandt, a partner at Marlowe, previously served as finance director of Eastgate": the role
    // of the second argument follows the last mention in between.
    const lastMention = slice.findLastIndex((t) => t.mention !== undefined);
    const afterMention = lastMention >= 0 && from === a + 1;
    if (afterMention) slice = slice.slice(lastMention + 1);
    else if (lastMention >= 0) continue;
    const first = slice.findIndex((t) => isRoleStem(t.norm));
    if (first < 0) continue;
    // …only when it leads straight to that argument ("finance director of ⟦Eastgate⟧"), not when it
    // belongs to the mention before ("joined ⟦Tidewater⟧ as COO after 12 years at ⟦Norsea⟧").
    if (afterMention && slice.length - slice.findLastIndex((t) => isRoleStem(t.norm)) > 3) continue;
    let last = first;
    // Why: extend over further role words and joiners ("president and chief executive").
    for (let i = first + 1; i < slice.length; i++) {
      const norm = slice[i]?.norm ?? '';
      if (isRoleStem(norm)) last = i;
      else if (norm !== 'and' && norm !== '-' && norm !== '&') break;
    }
    const start = slice[first]?.start ?? 0;
    const end = slice[last]?.end ?? start;
    const title = text.slice(start, end);
    // A role that only says "works for" (analyst, lawyer) still names the title.
    return { title, types: titleTypes(title).filter((t) => t !== 'WORKS_FOR') };
  }
  return undefined;
}

/** Making or running something between a company and a place: where it operates, not its home. */
const PRODUCTION =
  /\b(?:make|makes|making|made|produce|produces|producing|produced|manufactur\w+|assembl\w+|mine|mines|mining|refin\w+|build|builds|building|operate|operates|operating|run|runs|running|sell|sells|selling)\b/i;

/**
 * Whether the words just before the place say something is made or run there ("which will make cells
 * in Kentucky"); a description before a headquarters ("which makes widgets, is based in") does not.
 */
function makesThere(between: string): boolean {
  if (/\b(?:based|headquartered|headquarters|head office)\b/i.test(between)) return false;
  const clause = between.split(/[,;]/).at(-1) ?? '';
  return PRODUCTION.test(clause) && /\b(?:in|at|near)\s*$/.test(clause);
}

/** A company that is the object of a deal ("agreed to acquire Y", "a merger with Y"). */
const DEAL_OBJECT =
  /\b(?:acquire|acquired|acquiring|buy|bought|buying|purchase|purchased|merge with|merged with|merger with|sell|sold|invest in|invested in|stake in|partner with|partnered with|deal with|agreement with)\s+(?:the\s+)?$/i;

/**
 * Whether another company between the pair is the object of a deal and is itself ", based in" the place
 * ("X has agreed to acquire Y, based in Laval"): the participle is Y's.
 */
function nearerCompanyIsBased(text: string, mentions: Mention[], first: Mention, second: Mention): boolean {
  return mentions.some(
    (m) =>
      m.type === 'Organization' &&
      m.start >= first.end &&
      m.end <= second.start &&
      /^, (?:which is |that is )?(?:based|headquartered) (?:in|at)\b/.test(text.slice(m.end, second.start)) &&
      DEAL_OBJECT.test(text.slice(Math.max(first.end, m.start - 40), m.start)),
  );
}

/** A person's own title appositive: ", another FAA spokesman, ". */
const OWN_TITLE = new RegExp(
  `^ ?, (?:an? |the |another |its |their )[^,;]{0,60}\\b(?:${alternation(ROLE_WORDS)})s?\\b[^,;]{0,30}, `,
  'iu',
);

/** Whether the person's own title appositive stands between it and the company (see OWN_TITLE). */
function ownTitleBefore(text: string, person: Mention, company: Mention): boolean {
  return person.end < company.start && OWN_TITLE.test(text.slice(person.end, company.start));
}

/** Whether another person is named right after the company, after a comma ("… of the Ministry, Datuk X"). */
function holderFollows(text: string, mentions: Mention[], person: Mention, company: Mention): boolean {
  return (
    person.start < company.start &&
    mentions.some(
      (m) =>
        m.type === 'Person' &&
        m.key !== person.key &&
        m.start > company.end &&
        /^ ?, (?:(?:Dr|Mr|Mrs|Ms|Datuk|Sir)\.? )?$/u.test(text.slice(company.end, m.start)),
    )
  );
}

/** Text before a mention that opens an appositive around it: "Panasonic Energy, a unit of ". */
const APPOSITIVE_OPEN = /\S, (?:an? |the |its )[^,;()]{0,60}$/;

/**
 * Classify the mention pairs of every sentence with a given model; one relation at most per
 * unordered pair (the more probable direction and type), only at or above the threshold.
 * @param model A model from `loadRelationModel`.
 * @param text The document text.
 * @param sentences Sentence spans, in order.
 * @param mentions Mentions sorted by offset, ids set.
 */
export function classifyPairsWith(
  model: RelationModel,
  text: string,
  sentences: Span[],
  mentions: Mention[],
  options: ClassifyOptions = {},
): RelationMention[] {
  const ruleRelations = options.ruleRelations ?? [];
  const minimum =
    options.threshold === undefined ? model.classThresholds : model.classes.map(() => options.threshold ?? 0);
  const covered = new Set(
    ruleRelations.flatMap((r) => [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`]),
  );
  const best = new Map<string, { pair: PairSlot; cls: number; p: number }>();
  visitCandidatePairs(text, sentences, mentions, model.classes, ruleRelations, (pair) => {
    const sm = mentions[pair.subject];
    const om = mentions[pair.object];
    if (sm === undefined || om === undefined || covered.has(`${sm.id}|${om.id}`)) return;
    const probs = scorePairInContext(
      model,
      pair.context,
      pair.subject,
      pair.object,
      pair.valid,
      model.temperature,
    );
    const { index, p } = bestRelation(model.classes, probs, minimum);
    if (index < 0) return;
    const key =
      pair.subject < pair.object ? `${pair.subject}|${pair.object}` : `${pair.object}|${pair.subject}`;
    const prev = best.get(key);
    if (!prev || p > prev.p) best.set(key, { pair, cls: index, p });
  });
  const out: RelationMention[] = [];
  for (const { pair, cls, p } of best.values()) {
    const sm = mentions[pair.subject];
    const om = mentions[pair.object];
    if (sm === undefined || om === undefined) continue;
    const first = sm.start < om.start ? sm : om;
    const second = sm.start < om.start ? om : sm;
    // Why: "Kelty, a former executive at Tesla, joined GM": a status word before another mention of
    // the second argument's type belongs to that mention, so the gap is read from the last one on.
    const last = mentions
      .filter((m) => m.type === second.type && m.start >= first.end && m.end <= second.start)
      .at(-1);
    // Why: where a company or place sits is stated between the two ("Acme, formerly based in Boston");
    // words before it belong to someone else ("the former chairman of Nissan, fled Japan").
    const stative = model.classes[cls] === 'BASED_IN' || model.classes[cls] === 'LOCATED_IN';
    const cue =
      (last || stative ? '' : text.slice(Math.max(pair.sentence.start, first.start - 25), first.start)) +
      text.slice(last?.end ?? first.end, second.start);
    // Why: as for rules, no fact runs from inside an appositive past its closing comma ("Panasonic
    // Energy, a unit of Panasonic Holdings, operates a factory in Sparks" is the unit's factory).
    const opener = text.slice(Math.max(pair.sentence.start, first.start - 70), first.start);
    if (APPOSITIVE_OPEN.test(opener) && /^[^,;]{0,50},/.test(text.slice(first.end, second.start))) continue;
    const status = detectStatus(cue);
    if (!status) continue;
    let type = model.classes[cls] as RelationType;
    let title: string | undefined;
    // Why: no training set labels OPERATES_IN; a company–place pair across a facility ("will build a
    // fab in Porto") is where it operates, not its headquarters (schema: BASED_IN "not for" plants).
    const between = text.slice(first.end, second.start);
    if (type === 'BASED_IN' && (mentionsFacility(between) || makesThere(between))) type = 'OPERATES_IN';
    // Why: "X has agreed to acquire Y, based in Laval": the participle is the nearer company's.
    if (type === 'BASED_IN' && nearerCompanyIsBased(text, mentions, first, second)) continue;
    // Why: a headquarters is in a city, state or country; "working together in Europe" is no home.
    if (type === 'BASED_IN' && gazetteer().places.get(om.canonical ?? om.text)?.kind === 'region') continue;
    // Why: "his wife, Siti Hasmah, and the deputy secretary of the Foreign Ministry, Datuk Abdul …": a
    // post's holder named right after the company is the one who holds it.
    if (sm.type === 'Person' && om.type === 'Organization' && holderFollows(text, mentions, sm, om)) continue;
    // Why: "Fred Farrar, another FAA spokesman, said airlines … are Continental, Delta": the person's own
    // appositive says what he is; companies after it are what he speaks of.
    if (sm.type === 'Person' && om.type === 'Organization' && ownTitleBefore(text, sm, om)) continue;
    if (type === 'WORKS_FOR') {
      const found = findTitle(text, pair);
      if (found) {
        type = found.types[0] ?? type;
        title = found.title;
      }
    }
    const rel: RelationMention = {
      type,
      subject: sm.id,
      object: om.id,
      status,
      rule: `stat-${type}`,
      confidence: Math.round(p * 1000) / 1000,
      sentence: { start: pair.sentence.start, end: pair.sentence.end },
    };
    if (title) rel.title = title;
    out.push(rel);
  }
  return out.sort(
    (x, y) =>
      x.sentence.start - y.sentence.start || x.subject.localeCompare(y.subject, 'en', { numeric: true }),
  );
}

/**
 * Classify mention pairs with the shipped weights (loaded once, lazily). Rule id `stat-<type>`,
 * confidence the calibrated probability, status from the text between the mentions. Deterministic.
 * @throws CorpgraphError E_INPUT_NOT_FOUND / E_INPUT_UNREADABLE when the weights file is missing or stale
 */
export function classifyPairs(
  text: string,
  sentences: Span[],
  mentions: Mention[],
  ruleRelations: readonly RelationMention[] = [],
): RelationMention[] {
  // Why: threshold experiments (`eval` with another operating point) need no retraining.
  const override = Number(process.env.CORPGRAPH_RELCLF_THRESHOLD);
  const threshold = Number.isFinite(override) && override > 0 ? { threshold: override } : {};
  return classifyPairsWith(getRelationModel(), text, sentences, mentions, { ruleRelations, ...threshold });
}
