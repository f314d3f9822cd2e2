// Page furniture as data: line rules (drop the whole line) and tail rules (cut a credit glued to a line).

/** A whole-line rule: a line matching `match` with at most `maxWords` words is furniture. */
export interface FurnitureRule {
  id: string;
  match: RegExp;
  /** The rule only applies to lines this short (words). */
  maxWords: number;
  /** Only when the line does not end like a sentence (. ! ? …). */
  unpunctuated?: boolean;
  example: string;
}

/** A tail rule: the matched end of a line is a caption credit; the rest of the line is kept on its own. */
export interface TailRule {
  id: string;
  match: RegExp;
  example: string;
}

const P = String.raw`[\p{P}\p{S}\s]*`;

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'advertisement',
    match: new RegExp(
      `^${P}(advertisement|advertising|advertiser content|advertorial|sponsored( content| post| by .+)?|paid (content|post|partner content)|ads?|story continues below( advertisement)?|article continues (below|after (this )?advertisement)|continue reading( the)?( main)?( story| article)?( below)?)${P}$`,
      'iu',
    ),
    maxWords: 8,
    example: 'ADVERTISEMENT',
  },
  {
    id: 'newsletter-label',
    match: /\b(newsletters?|e-?mail alerts?|sign[- ]?up|subscribe|mailing list)\b/i,
    maxWords: 5,
    unpunctuated: true,
    example: 'Get our email newsletter',
  },
  {
    id: 'newsletter-pitch',
    match:
      /^(stay (up[- ]to[- ]date|informed|in the know|connected|ahead|on top|updated)|get (the latest|our|the best|breaking news)|sign up|subscribe|don'?t miss|never miss|join (our|the) (newsletter|mailing list|community|\d[\d,]* )|want (more|the latest)|like (this|what you'?re reading)|enjoy(ed)? this (story|article)|support (our|independent) journalism|become a (member|subscriber))\b/i,
    maxWords: 30,
    example:
      'Stay up-to-date on the companies, people and issues that impact businesses in Central Massachusetts.',
  },
  {
    id: 'newsletter-plug',
    match:
      /\b(keep up with|sign up for|subscribe to|get|receive|join) (the |our |a )?([\p{L}'’-]+ ){0,4}(newsletters?|e-?mail alerts?|daily briefing)\b/iu,
    maxWords: 25,
    example: 'Cities are changing fast. Keep up with the Example Daily newsletter.',
  },
  {
    id: 'nav-bar',
    match: /\S\s+\|\s+\S.*\s\|\s+\S/u,
    maxWords: 25,
    unpunctuated: true,
    example: 'Order Reprints | Today’s Paper | Subscribe',
  },
  {
    id: 'partners',
    match: new RegExp(
      `^${P}(digital |our |media |content |commercial |affiliate |trusted )?partners?( content)?${P}$`,
      'iu',
    ),
    maxWords: 4,
    example: '– Digital Partners -',
  },
  {
    id: 'call-to-action',
    match:
      /(\b(close|dismiss|hide|skip)( the| this)? (cta|banner|ad|popup|pop-up|modal|window|message|overlay)\b|^\W*(close|dismiss|skip ad|[x×✕])\W*$|\bcta\b)/i,
    maxWords: 6,
    unpunctuated: true,
    example: 'Close the CTA',
  },
  {
    id: 'share',
    match:
      /^((share|shares|tweet|email|e-mail|print|pin|save|copy( link)?|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|messenger|comments?|\d+ comments?|share (this|on|via) \w+( \w+)?|share this (article|story|page|post))[\s|•·,/:-]*)+$/i,
    maxWords: 12,
    example: 'Share this article Facebook Twitter Email',
  },
  {
    id: 'follow',
    match:
      /^(follow|like|connect with) (us|\w+( \w+){0,3})( on| at)? (twitter|facebook|instagram|linkedin|x|threads|bluesky|youtube|tiktok)\b/i,
    maxWords: 12,
    example: 'Follow us on Twitter',
  },
  {
    id: 'cookie-notice',
    match:
      /\bcookies?\b.*\b(we use|use of|accept|consent|policy|settings|preferences|this (site|website)|browsing)\b|\b(we use|accept( all)?|our use of) cookies?\b/i,
    maxWords: 60,
    example: 'We use cookies to improve your experience. Accept all cookies',
  },
  {
    id: 'photo-credit',
    match:
      /^\(?(photo|photograph|image|picture|video|graphic|illustration|file photo|photo credit|image credit|credits?)s?(\s*[:|–—]\s*|\s+-\s+|\s+(courtesy( of)?|credit|by)\b)/i,
    maxWords: 15,
    unpunctuated: true,
    example: 'PHOTO COURTESY OF ASCEND ELEMENTS',
  },
  {
    id: 'photo-agency',
    match:
      /(^|[/(]|\s[—–-])\s*(getty images?|afp|ap photo|associated press|reuters|shutterstock|istock(photo)?|epa(-efe)?|bloomberg|alamy|pa( images| wire)?)\)?\s*$/i,
    maxWords: 10,
    unpunctuated: true,
    example: 'JIM WATSON/AFP/Getty Images',
  },
  {
    id: 'media-label',
    match:
      /^(photo|photos|image|video|videos|gallery|enlarge( this image)?|view (gallery|image|slideshow)|watch( video)?|play( video)?|expand|listen( to (this )?(article|story))?|\d+ photos?|gallery:.*)$/i,
    maxWords: 12,
    example: 'Photo',
  },
  {
    id: 'read-more',
    match:
      /^(read more|read next|read also|also read|see also|more (from|on|stories|like this)|what to read next|you (may|might) (also )?(like|be interested( in)?))\b|^(related( (articles?|stories|coverage|content|links?|posts?))?|recommended( for you| stories)?|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|editor'?s picks?)\s*(:|$)/i,
    maxWords: 25,
    unpunctuated: true,
    example: 'Read more: the day markets stood still',
  },
  {
    id: 'read-more-here',
    match: /^(read|learn|find out|click|see) (more|here)\b.*\b(here|below)\W*$/i,
    maxWords: 15,
    example: 'Read more about ad blocking here.',
  },
  {
    id: 'copyright',
    match: /^(©|\(c\)\s|copyright\s+(©|\(c\)|\d{4}))|\ball rights reserved\b/i,
    maxWords: 30,
    example: '© 2024 Example Media. All rights reserved.',
  },
  {
    id: 'date-line',
    match:
      /^((\d{1,2}(st|nd|rd|th)?\s+(?:jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?\s+\d{4}|(?:jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}\s*([ap]\.?m\.?)?|(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?|(updated|published|posted|last modified)( on| at)?:?|(ET|EST|EDT|CST|CDT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|JST|AEST|AEDT)|[|•·,–—-])\s*)+$/iu,
    maxWords: 16,
    example: 'Updated: March 5, 2024 10:42 a.m. EST',
  },
  {
    id: 'navigation',
    match:
      /^(home|menu|search|log ?in|log ?out|sign ?in|register|skip to (main )?content|back to top|next|previous|prev|next (article|story|page)|previous (article|story|page)|loading\.*|print this (page|article)|terms of (use|service)|privacy policy|contact us|about us)$/i,
    maxWords: 6,
    example: 'Skip to main content',
  },
];

export const TAIL_RULES: readonly TailRule[] = [
  {
    id: 'caption-credit-caps',
    match: /\s+\(?(?:PHOTO|PHOTOS|PHOTOGRAPH|IMAGE|PICTURE|FILE PHOTO)\s+(?:COURTESY|CREDIT|BY)\b[^a-z]*$/u,
    example: 'Linh Austin, president and CEO of Ascend Elements PHOTO COURTESY OF ASCEND ELEMENTS',
  },
  {
    id: 'caption-credit',
    match:
      /\s+\(?(?:photo|photograph|image|picture)s?\s+(?:courtesy(?: of)?|credit|by)\b[:\s]+[^.!?]{1,80}$/iu,
    example: 'The new plant in Poland Photo courtesy of Acme Corp',
  },
  {
    id: 'agency-credit',
    match:
      /\s*\((?:(?:photo|image|credit)s?:?\s*)?[^()]{0,60}\b(?:getty images|ap photo|reuters|afp|shutterstock|epa|courtesy|photo)\b[^()]{0,60}\)\s*$/iu,
    example: 'Officials met in Geneva on Monday. (AP Photo/Jane Doe)',
  },
  {
    id: 'credit-tail',
    match: /(?<=[.!?]["'”’]?)\s+(?:Credit|Credits|Photograph|Photo|Image)\s+\p{Lu}[^.!?]{0,80}$/u,
    example: 'Peacekeepers at a camp in Sudan. Credit Jane Doe/Agence France-Presse — Getty Images',
  },
  {
    id: 'agency-tail',
    match:
      /(?<=[.!?]["'”’]?)\s*[^.!?]{0,60}(?:\/\s*|—\s*|–\s*)(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Bloomberg)\s*$/u,
    example: 'Workers walk past the plant. JANE DOE/AFP/Getty Images',
  },
  {
    id: 'credit-label',
    match: /\s+(?:Photo|Image|Credit|Photograph):\s+[^.!?]{1,80}$/u,
    example: 'Workers at the Lordstown plant Photo: Acme Archive',
  },
];
