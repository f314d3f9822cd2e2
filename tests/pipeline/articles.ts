// Small hand-written business news articles for pipeline tests (our own text, not from any corpus).

const COMPANIES = [
  ['Northwind Traders Inc.', 'Seattle', 'Maria Lopez'],
  ['Contoso Ltd.', 'London', 'James Whitfield'],
  ['Fabrikam Corp.', 'Chicago', 'Anna Berg'],
  ['Tailspin Toys Inc.', 'Denver', 'Robert Chen'],
  ['Litware AG', 'Munich', 'Klaus Meyer'],
  ['Adatum Corp.', 'Boston', 'Sarah Okafor'],
  ['Woodgrove Bank Corp.', 'Toronto', 'David Park'],
  ['Proseware Inc.', 'Austin', 'Linda Novak'],
] as const;

function pick(i: number): readonly [string, string, string] {
  return COMPANIES[i % COMPANIES.length] as readonly [string, string, string];
}

/** `n` short articles, deterministic, with acquisitions, executives and headquarters; some overlap. */
export function makeArticles(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const [a, city, ceo] = pick(i);
    const [b, cityB] = pick(i * 3 + 1);
    out.push(
      `${a} said on Tuesday it agreed to acquire ${b} for ${10 + i} million dlrs in cash.\n\n` +
        `${ceo} is the chief executive officer of ${a}. ${a} is headquartered in ${city}.\n\n` +
        `${b}, based in ${cityB}, signed a memorandum of understanding with ${pick(i + 5)[0]} in ${1980 + (i % 9)}.\n`,
    );
  }
  return out;
}
