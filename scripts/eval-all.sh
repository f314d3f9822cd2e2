#!/usr/bin/env bash
# Run `corpgraph eval` on corpgraph's business-news sets and every dev set in ../shared/datasets; print a summary table against the targets.
# Usage: scripts/eval-all.sh [--no-build] [--full] [--min-confidence X]
#   --no-build          use the existing dist/ (default: compile first)
#   --full              also print each dataset's full report (per type, sweep, rules)
#   --min-confidence X  relation threshold passed to every run (default 0)
# Reports, JSON and FP/FN details are kept in .corpgraph/eval/ (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
DATA="${CORPGRAPH_DATASETS:-../shared/datasets}"
OUT=.corpgraph/eval
BUILD=1
FULL=0
MIN=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --full) FULL=1 ;;
    --min-confidence) MIN="$2"; shift ;;
    *) echo "eval-all: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

mkdir -p "$OUT"
if [ "$BUILD" = 1 ]; then
  # Why: the tree is shared; tsc still emits when another module has type errors, so report and go on.
  npx tsc -p tsconfig.build.json >"$OUT/build.log" 2>&1 || echo "eval-all: build reported type errors (see $OUT/build.log); using what was emitted" >&2
fi

run() { # name dataset gold [extra eval options]
  local name="$1" dataset="$2" gold="$3"
  shift 3
  local started ended
  started=$(date +%s.%N)
  node bin/corpgraph.js eval --dataset "$dataset" --gold "$gold" --min-confidence "$MIN" \
    --details "$OUT/$name-details.jsonl" --json "$@" >"$OUT/$name.json"
  # Why: render the text report from the JSON instead of extracting a second time.
  node --input-type=module -e "
    import { readFileSync } from 'node:fs';
    import { formatReport, formatRules, formatSweep } from './dist/eval/format-report.js';
    const r = JSON.parse(readFileSync('$OUT/$name.json', 'utf8'));
    process.stdout.write(formatReport(r) + '\\n' + formatSweep(r) + '\\n' + formatRules(r));
  " >"$OUT/$name.txt"
  ended=$(date +%s.%N)
  echo "eval-all: $name done in $(echo "$ended - $started" | bc) s" >&2
}

# corpgraph's own business-news set lives in the repository: it runs even without ../shared.
run business-news-dev corpgraph tests/fixtures/business-news/dev.jsonl
run business-news-dev2 corpgraph tests/fixtures/business-news/dev2.jsonl
run business-news-test corpgraph tests/fixtures/business-news/test.jsonl
node --input-type=module - "$OUT" <<'JS'
import { readFileSync } from 'node:fs';
const dir = process.argv[2];
for (const split of ['dev', 'dev2', 'test']) {
  const r = JSON.parse(readFileSync(`${dir}/business-news-${split}.json`, 'utf8'));
  const f = (p) => `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)} (TP ${p.tp} FP ${p.fp} FN ${p.fn})`;
  const s = r.status ? `; status ${r.status.correct}/${r.status.matched} (${r.status.accuracy.toFixed(3)})` : '';
  console.log(`business-news ${split}: relations exact ${f(r.relations.exact.micro)}; entities exact F1 ${r.entities.exact.micro.f1.toFixed(3)}${s}`);
}
JS

if [ ! -d "$DATA" ]; then
  echo "eval-all: $DATA is absent (set CORPGRAPH_DATASETS); only the business-news sets were evaluated" >&2
  exit 2
fi

run conll04 conll04 "$DATA/conll04/conll04_dev.json"
run conll2003 conll2003 "$DATA/conll2003/eng.testa"
run knowledgenet knowledgenet "$DATA/knowledgenet/knowledgenet_folds1-3.jsonl"
run fire fire "$DATA/fire/fire_dev.json"
# Why: the figures above use each dataset's span conventions (mapping.json `spans`); these show our own spans.
run conll04-our-spans conll04 "$DATA/conll04/conll04_dev.json" --our-spans
run fire-our-spans fire "$DATA/fire/fire_dev.json" --our-spans

node --input-type=module - "$OUT" <<'JS'
import { readFileSync } from 'node:fs';
const dir = process.argv[2];
const load = (n) => JSON.parse(readFileSync(`${dir}/${n}.json`, 'utf8'));
const rows = [];
const add = (data, measure, p, target, pass) =>
  rows.push([data, measure, p.precision.toFixed(3), p.recall.toFixed(3), p.f1.toFixed(3), String(p.tp), String(p.fp), String(p.fn), target, pass === undefined ? '' : pass ? 'yes' : 'no']);
const c04 = load('conll04');
add('CoNLL04 dev', 'entities Peop/Org/Loc, exact', c04.entities.exact.micro, 'F1 ≥ 0.85', c04.entities.exact.micro.f1 >= 0.85);
const r04 = c04.relations.exact.micro;
add('CoNLL04 dev', 'relations (4 types), exact', r04, 'F1 ≥ 0.60, P ≥ 0.80', r04.f1 >= 0.6 && r04.precision >= 0.8);
add('CoNLL04 dev', 'relations (4 types), overlap', c04.relations.overlap.micro, '', undefined);
const c04o = load('conll04-our-spans');
add('CoNLL04 dev', 'entities, exact, our spans', c04o.entities.exact.micro, '', undefined);
add('CoNLL04 dev', 'relations, exact, our spans', c04o.relations.exact.micro, '', undefined);
const c03 = load('conll2003');
add('CoNLL-2003 testa', 'entities PER/ORG/LOC, exact', c03.entities.exact.micro, 'F1 ≥ 0.80', c03.entities.exact.micro.f1 >= 0.8);
const kn = load('knowledgenet');
add('KnowledgeNet folds 1-3', 'relations (6 properties), overlap', kn.relations.overlap.micro, 'F1 ≥ 0.60', kn.relations.overlap.micro.f1 >= 0.6);
add('KnowledgeNet folds 1-3', 'relations (6 properties), exact', kn.relations.exact.micro, '', undefined);
const fire = load('fire');
add('FIRE dev', 'relations (4 types), exact', fire.relations.exact.micro, 'F1 ≥ 0.45', fire.relations.exact.micro.f1 >= 0.45);
add('FIRE dev', 'relations (4 types), overlap', fire.relations.overlap.micro, '', undefined);
add('FIRE dev', 'entities Company/Person/Place, exact', fire.entities.exact.micro, '', undefined);
const fireo = load('fire-our-spans');
add('FIRE dev', 'relations, exact, our spans', fireo.relations.exact.micro, '', undefined);
add('FIRE dev', 'entities, exact, our spans', fireo.entities.exact.micro, '', undefined);
const header = ['data', 'measure', 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'target', 'met'];
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
const times = ['conll04', 'conll2003', 'knowledgenet', 'fire'].map((n) => {
  const r = load(n);
  return `${n} ${r.examples} examples in ${(r.extractMs / 1000).toFixed(1)} s`;
});
console.log(`\nmin-confidence ${c04.minConfidence}; extraction time: ${times.join('; ')}`);
console.log("exact = in the dataset's span conventions (mapping.json `spans`: whole tokens, titles, alias parentheses); 'our spans' = as extracted");

// Relation rules pooled over the dev sets with relations: the evidence for calibrating each rule's confidence.
const pooled = new Map();
for (const n of ['conll04', 'knowledgenet', 'fire']) {
  for (const r of load(n).rules.relations) {
    const p = pooled.get(r.rule) ?? { n: 0, tp: 0, tpo: 0, conf: 0, sets: [] };
    p.n += r.predictions;
    p.tp += r.tp;
    p.tpo += r.tpOverlap;
    p.conf += r.meanConfidence * r.predictions;
    p.sets.push(`${n}:${r.tp}/${r.predictions}`);
    pooled.set(r.rule, p);
  }
}
const ruleHeader = ['rule', 'n', 'P exact', 'P overlap', 'mean conf', 'per set (exact TP/n)'];
const ruleRows = [...pooled.entries()]
  .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
  .map(([rule, p]) => [rule, String(p.n), (p.tp / p.n).toFixed(3), (p.tpo / p.n).toFixed(3), (p.conf / p.n).toFixed(3), p.sets.join(' ')]);
if (ruleRows.length > 0) {
  const rw = ruleHeader.map((_, i) => Math.max(...[ruleHeader, ...ruleRows].map((r) => r[i].length)));
  const rl = (r) => `| ${r.map((c, i) => c.padEnd(rw[i])).join(' | ')} |`;
  console.log('\nRelation rules pooled over CoNLL04, KnowledgeNet and FIRE dev');
  console.log(rl(ruleHeader));
  console.log(`|${rw.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of ruleRows) console.log(rl(r));
}
JS

if [ "$FULL" = 1 ]; then
  for name in conll04 conll2003 knowledgenet fire business-news-dev business-news-dev2 business-news-test; do
    echo
    cat "$OUT/$name.txt"
  done
fi
