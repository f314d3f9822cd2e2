// Facility nouns: what a company operates somewhere ("a wafer fab in Porto", "its Suzhou plant").

/** Regular-expression alternation of facility nouns (lowercase, singular and plural). */
export const FACILITY =
  '(?:plants?|factory|factories|facility|facilities|gigafactory|offices?|stores?|shops?|outlets?|branch(?:es)?|labs?|laborator(?:y|ies)|research cent(?:er|re)|cent(?:er|re)s?|warehouses?|mines?|refiner(?:y|ies)|sites?|campus|hub|operations|presence|footprint|subsidiary|projects?|production lines?|manufacturing|production|regional headquarters|data cent(?:er|re)s?|hotels?|restaurants?|terminals?|wells?|fields?|smelters?|mills?|fabs?|foundr(?:y|ies)|(?:solar |wind |server |fish |tank )?farms?|crackers?|assembly lines?|shipyards?|yards?|depots?|boutiques?|showrooms?|studios?|clinics?|hospitals?|distribution hubs?|stations?|pipelines?)';

const FACILITY_WORD = new RegExp(`\\b${FACILITY}\\b`, 'i');

/** True when `text` names a facility ("will build a plant in"): a place after it is where the company operates. */
export function mentionsFacility(text: string): boolean {
  return FACILITY_WORD.test(text);
}
