// Trigger-word classes of the relation classifier: a stem → the relation cue family it belongs to.

/** Cue families by stem prefix, in lookup order (the first match wins). */
const FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['hq', /^(?:headquarter|based?$|bas$|head-office|hq$)/],
  ['acq', /^(?:acquir|acquisition|buy|purchas|takeover|merg|stake$|bid$)/],
  ['found', /^(?:found|co-found|establish|creat|start|launch|incorporat)/],
  ['sub', /^(?:subsidiar|unit$|division|parent|arm$|affiliat|own$|own[ei]|spin)/],
  ['emp', /^(?:work|join|employ|hir|appoint|nam$|name|serv|staff|member|retir|resign|step|lead|head$)/],
  ['live', /^(?:live|liv$|resid|native|hometown|bear$|grew|grow|raise|mov|home$)/],
  ['loc', /^(?:locat|situat|capital|city|town|county|state$|province|region|suburb)/],
  ['neg', /^(?:not|n't|never|no$|former|formerly|ex-|deny|denie|rumor|rumour|plan|may|could|would)/],
];

const cache = new Map<string, string | undefined>();

/** The cue family of a token stem ("headquarter" → "hq"), or undefined for other words. */
export function wordClass(norm: string): string | undefined {
  if (cache.has(norm)) return cache.get(norm);
  const family = FAMILIES.find(([, re]) => re.test(norm))?.[0];
  cache.set(norm, family);
  return family;
}
