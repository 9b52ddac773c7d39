/**
 * What kind of body a name says it is, for a provider whose catalogue does not say and whom the
 * reference data does not know. "Australian Dental Association", "Boston Children's Hospital" and
 * "Universiteit Leiden" say it in their names; a scraped row often carries nothing else.
 *
 * The kind read from a name is a claim like the catalogue's own type: it scores at the claimed
 * value, never as verified, and a name that imitates a known body earns nothing whatever it says
 * (`factors/provider.ts`). Only the kinds the usual advice names are read: professional bodies,
 * universities and health services. "Academy", "Institute", "Board", "Council" and "Centre" are
 * left unread: commercial trainers and mills name themselves so as often as real bodies do.
 * @module
 */
import type { ProviderType } from '../model/enums.js';

/** The kinds a name can say. */
export type NamedKind = Extract<
  ProviderType,
  'professional-body' | 'university' | 'healthcare-organisation'
>;

/** The kind a name says, and the words that say it. */
export interface KindFromName {
  readonly kind: NamedKind;
  /** The words of the name that say it, as written in the name's folded form. */
  readonly words: string;
}

/**
 * Words that say what kind of body a name belongs to, `|`-separated and written folded (no
 * accents: "societe" reads "Société"). `endings` are also read at the end of a joined word, as
 * German, Dutch, the Nordic languages, Korean, Japanese, Chinese and Arabic write them
 * ("Landesärztekammer", "Legeforeningen", "대한의사협회", "日本医師会", "الجمعية").
 */
const KIND_WORDS: Readonly<
  Record<NamedKind, { readonly words: string; readonly endings: string }>
> = {
  // Associations, societies, colleges of a profession, faculties, federations, orders, chambers.
  'professional-body': {
    words:
      'association|society|federation|kollegium|royal college|college of|faculty of|academy of|chartered institute|' +
      'ordre|ordine|societe|academie|college des|college de|sociedad|sociedade|asociacion|associacao|colegio|federacion|academia|' +
      'societa|associazione|collegio|federazione|accademia|εταιρεια|συλλογος|общество|ассоциация|асоциация|дружество|съюз|союз',
    endings:
      'gesellschaft|verband|kammer|vereniging|genootschap|forening|foreningen|selskab|selskap|sallskap|seura|yhdistys|liitto|' +
      '학회|협회|의사회|学会|學會|協会|协会|協會|医師会|جمعية',
  },
  // Universities and their schools. "X College" (not "College of") is a college of higher
  // education; a college of medicine or dentistry is a university's school. A Dutch hogeschool,
  // Swedish högskola or Norwegian høgskole is a university of applied sciences.
  university: {
    words:
      'university|univ|college|universidad|universidade|universita|universite|universiteit|universitet|universitat|' +
      'uniwersytet|univerzita|yliopisto|universitesi|университет|πανεπιστημιο|medical school|school of medicine|school of nursing|' +
      'school of dentistry|school of pharmacy|school of public health|college of medicine|college of dentistry|college of pharmacy|' +
      'faculty of medicine',
    endings:
      'hochschule|hogeschool|hogskola|hogskolan|høgskole|høgskolen|universitetet|大学|大學|대학교|جامعة',
  },
  // Hospitals, health systems, national health services.
  'healthcare-organisation': {
    words:
      'hospital|hospitals|hosp|medical center|medical centre|health system|health service|health services|health authority|' +
      'health board|nhs|infirmary|clinic|hopital|hopitaux|centre hospitalier|chu|ospedale|azienda ospedaliera|azienda sanitaria|umc',
    endings:
      'klinik|klinikum|krankenhaus|ziekenhuis|sykehus|sjukhus|sygehus|病院|医院|醫院|병원|مستشفى',
  },
};

/**
 * Words after which a name says what the body is for or where it is ("Society *of* Hospital
 * Pharmacists", "Sociedade Brasileira *de* Infectologia"): the kind word before them is the
 * name's head.
 */
const LINKING_WORDS: ReadonlySet<string> = new Set(
  'of|for|in|on|at|de|des|du|di|del|della|dei|degli|do|da|dos|das|der|fur|van|voor|pour|och|og'.split(
    '|',
  ),
);

/** A company's legal form: "Gesellschaft mbH" is a company, not a society. */
const COMPANY_FORM = /^g?g?mbh$/;

/** Case, accents and punctuation folded; any script's letters kept ("Εταιρεία" → "εταιρεια"). */
function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Whole words and phrases, and word endings, with the kind each says; never changed. */
const KINDS = Object.keys(KIND_WORDS) as NamedKind[];
const entries = (part: 'words' | 'endings') =>
  KINDS.flatMap((kind) =>
    KIND_WORDS[kind][part].split('|').map((w) => [foldWords(w).join(' '), kind] as const),
  );
const WHOLE: ReadonlyMap<string, NamedKind> = new Map(entries('words'));
const ENDINGS = entries('endings');
/** The longest phrase in {@link KIND_WORDS}, in words. */
const LONGEST = Math.max(...[...WHOLE.keys()].map((k) => k.split(' ').length));

interface Match {
  readonly start: number;
  readonly end: number;
  readonly kind: NamedKind;
  readonly words: string;
}

/** Every kind word in one part of a name, the longest phrase at each position. */
function matchesIn(words: readonly string[]): Match[] {
  const out: Match[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + LONGEST); end > start; end--) {
      const phrase = words.slice(start, end).join(' ');
      const kind =
        WHOLE.get(phrase) ??
        (end === start + 1 ? ENDINGS.find(([e]) => phrase.endsWith(e))?.[1] : undefined);
      if (kind) {
        out.push({ start, end, kind, words: phrase });
        break;
      }
    }
  }
  return out;
}

/**
 * The kind a name says it is, or `undefined` when it says none. Parts of the name set off by
 * commas, dashes or brackets are read in order, and the first that names a kind decides
 * ("Sau Po Centre on Ageing, The University of Hong Kong"). Within a part, the name's head
 * decides: the last kind word before a linking word ("American Hospital Association", "Society of
 * Hospital Pharmacists"), else the first after one.
 *
 * @example
 * ```ts
 * kindFromName('Australian Dental Association')?.kind; // 'professional-body'
 * kindFromName('University Hospitals Birmingham NHS Foundation Trust')?.kind; // 'healthcare-organisation'
 * kindFromName('CPD Academy Ltd'); // undefined
 * ```
 */
export function kindFromName(name: string): KindFromName | undefined {
  for (const part of name.split(/[,;:()[\]|–—]| - | \/ /)) {
    const words = foldWords(part);
    if (words.some((w) => COMPANY_FORM.test(w))) return undefined;
    const found = matchesIn(words);
    // The first linking word outside a matched phrase ("college of medicine" holds its own "of").
    const linking = words.findIndex(
      (w, i) => LINKING_WORDS.has(w) && !found.some((m) => m.start < i && i < m.end),
    );
    const before = found.filter((m) => linking < 0 || m.start < linking);
    const head = before[before.length - 1] ?? found[0];
    if (head) return { kind: head.kind, words: head.words };
  }
  return undefined;
}
