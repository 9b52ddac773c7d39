/**
 * A royal title on a commercial web address: a provider that calls itself a royal college,
 * academy, institute, faculty, council, board or school ("Royal College of Aesthetic Medicine and
 * Surgery", "Royal Canadian Academy of Specialist Medicine"), is no organisation credence knows,
 * and is presented on a commercial address (rcams-academy.com, rcahp-online.co.uk). "Royal" is a
 * title the Crown grants: in the United Kingdom no company or business may use it without the
 * approval the Company, Limited Liability Partnership and Business Names (Sensitive Words and
 * Expressions) Regulations 2014 require (Schedule 1;
 * https://www.legislation.gov.uk/uksi/2014/3140/body/made), and the Commonwealth's royal colleges
 * are chartered, not-for-profit bodies. Either part alone is common — real royal colleges the
 * data does not list, real bodies on .com — but together they are how five blind rounds' mills
 * named themselves, and none of the real-world corpus's legitimate offerings. A royal college the
 * data knows is judged by its own sites (`identity-by-site.ts`); a hospital or a society named
 * "Royal" with other words before its form word ("Royal Life Saving Society") is not read.
 * @module
 */
import type { WebAddress } from '../reference/web-address.js';

/**
 * "Royal College of …" and its kin, with at most a nationality between "Royal" and the word
 * saying what form of body it is ("Royal Australasian College of …"), and at most one word before
 * "Royal", a city's or other name ("London Royal School of Clinical Medicine", blind mills round
 * 67; the pattern ignores case, so that word is any word).
 */
const ROYAL_TITLE =
  /^(?:the\s+)?(?:\p{L}[\p{L}-]+\s+)?royal\s+(?:(?:australasian|australian|british|canadian|irish|new\s+zealand|scottish|welsh|english|international)\s+)?(?:college|academy|institute|faculty|council|board|school)\s+(?:of|for)\b/iu;

/**
 * Public suffixes under which anyone may register a name for trade: the generic commercial ones
 * and the commercial second levels of the Commonwealth countries whose royal colleges the data
 * lists. Not .org, .ac.uk, .edu.au or a country's own open suffix (.ca, .ie), which royal
 * colleges use.
 */
const COMMERCIAL_SUFFIXES: ReadonlySet<string> = new Set(
  'com net biz info online co io site pro shop co.uk com.au net.au co.nz net.nz co.za com.sg com.my co.in'.split(
    ' ',
  ),
);

/**
 * Whether a name takes a royal title and is presented on a commercial address (the caller knows
 * the name belongs to no known organisation).
 *
 * @example
 * ```ts
 * royalTitleOnCommercialSite('Royal College of Aesthetic Medicine', reference.webAddress('https://rcams-academy.com')!); // true
 * royalTitleOnCommercialSite('Royal College of Aesthetic Medicine', reference.webAddress('https://rcam.org.uk')!); // false
 * royalTitleOnCommercialSite('Royal Life Saving Society', reference.webAddress('https://royallifesaving.com.au')!); // false
 * ```
 */
export function royalTitleOnCommercialSite(name: string, site: WebAddress): boolean {
  return (
    site.suffix !== undefined &&
    COMMERCIAL_SUFFIXES.has(site.suffix) &&
    ROYAL_TITLE.test(name.trim())
  );
}
