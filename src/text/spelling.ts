/**
 * British → American spelling for one lower-case token, so that "haemorrhage", "paediatric",
 * "anaesthesia", "oedema", "behaviour", "centre" and "catheterisation" match their US forms.
 * Rules are limited to patterns that are safe in clinical English; a token they do not cover is
 * returned unchanged.
 * @module
 */

/** Substrings replaced wherever they occur in a token (longest first). */
const SUBSTRINGS: readonly (readonly [string, string])[] = [
  ['orthopaed', 'orthoped'],
  ['gynaec', 'gynec'],
  ['anaesth', 'anesth'],
  ['paed', 'ped'],
  ['haem', 'hem'],
  ['aemi', 'emi'],
  ['aetiol', 'etiol'],
  ['caesar', 'cesar'],
  ['foet', 'fet'],
  ['coeliac', 'celiac'],
  ['manoeuv', 'maneuv'],
  ['homoeo', 'homeo'],
  ['oesoph', 'esoph'],
  ['oestr', 'estr'],
  ['oedem', 'edem'],
  ['behaviour', 'behavior'],
  ['colour', 'color'],
  ['tumour', 'tumor'],
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['humour', 'humor'],
  ['odour', 'odor'],
  ['neighbour', 'neighbor'],
  ['programme', 'program'],
  ['sulph', 'sulf'],
  ['isation', 'ization'],
  ['ageing', 'aging'],
  ['counsell', 'counsel'],
  ['modelling', 'modeling'],
  ['labelling', 'labeling'],
  ['travell', 'travel'],
  ['enrolment', 'enrollment'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['practise', 'practice'],
  ['catalogue', 'catalog'],
];

/** Whole-word endings: centre → center, litre → liter. */
const TRE_WORDS = new Set([
  'centre',
  'litre',
  'metre',
  'fibre',
  'theatre',
  'calibre',
  'millilitre',
]);

/** Stems whose -ise/-ising/-ised forms are written -ize in American English. */
const ISE_VERB =
  /^(organ|recogn|priorit|optim|minim|special|summar|util|standard|immun|mobil|stabil|steril|catheter|hospital|real|critic|emphas|personal|character|visual|normal|individual|familiar|author|memor|categor|custom|maxim|sanit|synchron|harmon|general|vapor|ion|anesthet|desensit|sensit|hypnot|trauma|symptomat|computer|digit|modern|revital|local|central|ritual|human|energ|aton)is(e|es|ed|ing|er|ers)$/;

const OEA = /oea(l|s)?$/;

/**
 * A quick test every rule below needs to pass: tokens without any of these fragments (almost
 * all of them) are returned at once.
 */
const MAY_CHANGE =
  /ae|oe|our|mme|sulph|isation|ageing|ll|enrol|ence|practise|logue|tre|is(?:e|es|ed|ing|er|ers)$|ys(?:e|es|ed|ing)$/;
const YSE_VERB = /^(anal|paral|dial)ys(e|es|ed|ing)$/;

/**
 * Converts one lower-case token from British to American spelling.
 *
 * @example
 * ```ts
 * americanize('haemorrhage'); // 'hemorrhage'
 * americanize('catheterisation'); // 'catheterization'
 * americanize('centres'); // 'centers'
 * ```
 */
export function americanize(token: string): string {
  if (token.length < 4 || !MAY_CHANGE.test(token)) return token;
  let out = token;
  for (const [from, to] of SUBSTRINGS) {
    if (out.includes(from)) out = out.split(from).join(to);
  }
  if (OEA.test(out)) out = out.replace(OEA, (_m, end: string | undefined) => `ea${end ?? ''}`);
  const plural = out.endsWith('s') ? out.slice(0, -1) : out;
  if (TRE_WORDS.has(plural)) out = `${plural.slice(0, -2)}er${out.endsWith('s') ? 's' : ''}`;
  const ise = ISE_VERB.exec(out);
  if (ise) out = `${ise[1]}iz${ise[2]}`;
  const yse = YSE_VERB.exec(out);
  if (yse) out = `${yse[1]}yz${yse[2]}`;
  return out;
}
