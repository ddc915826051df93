/**
 * Every reason the importer gives for a problem, by code, in English: the CLI prints these
 * texts, the report keeps them (`ImportProblem.reason`), and the interface builds its
 * English `reasons` catalogue from them; `src/i18n/locales/ja/reasons.json` translates
 * them key for key, so the Japanese interface shows the same problem in Japanese.
 *
 * Templates use i18next's syntax so one text serves both: `{{name}}` is a value, filled in
 * as given (cell values arrive already quoted by `quote()`); `$t(reasons:key)` nests
 * another reason. `because()` checks at compile time that a code gets exactly the values
 * its English template names.
 */

const EXPECTED_FILES = '$t(reasons:expectedFiles)';

export const REASONS = {
  // The file as a whole (src/io/text.ts, detect.ts, index.ts)
  fileEmpty: 'the file is empty',
  binaryControl:
    'binary content (control character U+{{code}} at character {{at}}); expected a text file',
  binaryNul: 'binary content (NUL byte at offset {{at}}); expected a text file',
  badUnicodeMark:
    'not valid text: the file starts with a {{encoding}} mark but is not valid {{encoding}}',
  notUtf8OrShiftJis: 'not valid text: neither UTF-8 nor Shift_JIS; save the file as "CSV UTF-8"',
  expectedFiles:
    'expected tables (organizations.csv with optional people.csv, collaborations.csv, memberships.csv; or nodes.csv and/or edges.csv; or tables of any name, said what they are; or an Excel workbook of such sheets), or one graph file (.gexf, .graphml, Pajek .net, .gml, UCINET .dl, or an edge list)',
  noFilesPicked: `no files were picked; ${EXPECTED_FILES}`,
  noFileSet: `no recognisable file set in {{names}}; ${EXPECTED_FILES}`,
  mixedDatasets: `the picked files ({{names}}) mix several datasets; pick one set: ${EXPECTED_FILES}`,
  sameNameTwice:
    'two files named {{name}} were picked ({{first}}, {{second}}); pick one dataset at a time',
  needsOrganizations:
    '{{picked}} need organizations.csv: pick it together with people.csv, collaborations.csv and memberships.csv',
  notInFileSet: 'not part of the recognised file set; ignored',
  tableNeedsRole:
    'the name does not say what this table is (columns: {{columns}}); say it: the app asks in its import step; on the command line give the file with --edges, --nodes, --organizations, --people, --collaborations or --memberships, and --map role=column for columns not found by name (e.g. --map source=Org,target=Partner)',
  tableReadByHeaders: 'read as {{role}}, as its column names say',
  roleTwice: 'two tables were given as {{role}} ({{first}}, {{second}}); give one table per role',
  internalError: 'internal error while importing ({{message}}); please report it with the file',
  fileTooLarge:
    'the file is {{megabytes}} MB; text files above {{limit}} MB cannot be read (split it, or keep the ties the analysis needs)',
  tooManyRows:
    'the file has more than {{limit}} lines; the workbench reads at most {{limit}} rows of a file, as each tie takes about 1 KB of memory (on the command line, --max-rows raises the limit)',

  // CSV tables and columns (src/io/csv/table.ts, columns.ts)
  csvParse: '{{message}} (check the quotes on this row)',
  columnTwice: 'column {{name}} appears more than once; column {{index}} is kept as {{renamed}}',
  noDataRows: 'no data rows: the file has a header ({{header}}) but no rows below it',
  missingColumn:
    'required column {{role}} is missing (columns found: {{found}}); add it or rename a column to one of: {{aliases}}',
  fewerFields:
    'row has {{fields}} fields but the header has {{width}}; missing values are taken as empty',
  moreFields:
    'row has {{fields}} fields but the header has {{width}}; extra values {{extra}} are ignored',
  requiredValueEmpty: 'required value {{column}} is empty',
  mappedRoleUnknown:
    'the mapping names a column role {{role}} this table does not have (its roles: {{roles}})',
  mappedColumnMissing:
    'the mapping takes column {{column}} as {{role}}, but the table has no such column (columns found: {{found}})',

  // Rows of actors (src/io/csv/cluster.ts, generic.ts; src/io/xml)
  duplicateIdOfRow: 'id {{id}} is a duplicate of row {{row}}; the first is kept',
  duplicateIdOf: 'id {{id}} is a duplicate of {{file}} row {{row}}; the first is kept',
  idOfOrganization:
    'id {{id}} is already used by the organization on {{file}} row {{row}}; the first is kept',
  unknownSector:
    'sector {{value}} is not recognised and is set to unknown (expected academia, industry, government, intermediary or a synonym such as university, company, 公設試, 財団)',
  unknownAffiliation:
    'organization {{id}} is not a known organization; the person is kept without affiliation and with sector unknown',

  // Rows of ties (src/io/csv/cluster.ts, generic.ts, tieValues.ts, memberships.ts; values.ts)
  unknownSourceAndTarget:
    'source {{source}} and target {{target}} are not known people or organizations',
  unknownSource: 'source {{id}} is not a known person or organization',
  unknownTarget: 'target {{id}} is not a known person or organization',
  selfTie: 'source and target are the same ({{id}}); self-ties are skipped',
  nodeNotInNodesFile: 'node {{id}} is not in {{file}}; it is created',
  weightNotNumber: 'weight {{value}} is not a number; weight 1 is used',
  weightNotPositive: 'weight {{value}} is not positive; a tie needs a weight above 0',
  yearNotFiscal:
    'year {{value}} is not a fiscal year (write 2005, FY2005, 2005年度 or 平成17年度); the tie is kept without a year',
  unknownMember: 'member {{id}} is not a known person or organization',
  memberTwice: 'member {{member}} is already listed for project {{project}} on row {{row}}',
  memberTwiceInYear:
    'member {{member}} is already listed for project {{project}} in {{year}} on row {{row}}',
  typeDiffers:
    'type {{type}} differs from {{first}} given earlier for this project; {{first}} is used',
  singleMemberProject: 'project {{project}} has only one member, so it gives no tie',
  projectionTooLarge:
    'projecting the memberships would make {{ties}} ties, more than the limit of {{limit}}; the largest project, {{project}}, has {{members}} members ({{largestTies}} ties). Draw large projects as stars (a node for the project tied to its members), or raise the limit',
  projectAsStar:
    'project {{project}} has {{members}} members ({{pairs}} pairs): drawn as a star, a node for the project tied to each member, and seen at the all level only',

  // GEXF and GraphML (src/io/xml)
  malformedXml: 'malformed XML: {{message}}',
  noXmlRoot: 'not an XML document (no root element); expected a <{{root}}> file',
  wrongXmlRoot:
    'the root element is <{{found}}>, not <{{root}}>; is this really a {{format}} file?',
  noGraphElement: 'the file has no <graph> element',
  undeclaredDataKey:
    '<data key={{key}}> refers to a key that no <key> element declares; add <key id={{key}} for="node" attr.name={{key}} attr.type="string"/> or remove the data',
  undeclaredDataKeyOnLine:
    '<data key={{key}}> on line {{line}} refers to a key that no <key> element declares; add <key id={{key}} for="node" attr.name={{key}} attr.type="string"/> or remove the data',
  hyperedgesIgnored:
    '{{n}} <hyperedge> elements are not supported and were ignored (they are not counted as rows)',
  undeclaredAttribute: 'attribute {{key}} is not declared in <attributes>; kept under that name',
  nodeWithoutId: '<node> has no id',
  duplicateNodeOnLine:
    'node id {{id}} is a duplicate of the node on line {{line}}; the first is kept',
  duplicateNode: 'node id {{id}} is a duplicate of the node on an earlier line; the first is kept',
  edgeWithoutSource: '<edge> has no source',
  edgeWithoutTarget: '<edge> has no target',
  selfLoop: 'source and target are the same ({{id}}); self-loops are skipped',
  undeclaredNode: 'node {{id}} is not declared in the file; it is created',
  edgeIdTwice: 'edge id {{id}} is used twice; this edge gets a new id',
} as const;

export type ReasonCode = keyof typeof REASONS;
export type ReasonValues = Readonly<Record<string, string | number>>;

/** A reason as the report keeps it: the code, and the values its template names. */
export interface Reason {
  code: ReasonCode;
  values?: ReasonValues;
}

/** The `{{name}}`s of a template, as a union of names (never when it has none). */
type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ValuesOf<C extends ReasonCode> = [Placeholders<(typeof REASONS)[C]>] extends [never]
  ? []
  : [values: Record<Placeholders<(typeof REASONS)[C]>, string | number>];

/** `because('selfTie', { id: quote(source) })`: a reason with exactly its template's values. */
export function because<C extends ReasonCode>(code: C, ...values: ValuesOf<C>): Reason {
  return values.length === 0 ? { code } : { code, values: values[0] };
}

const NESTED = /\$t\(reasons:(\w+)\)/g;
const VALUE = /\{\{(\w+)\}\}/;

/**
 * A template split once into its text and value names (nested reasons put in), so that
 * filling it per problem is a join, not two regular-expression passes: a file can give
 * hundreds of thousands of problems.
 */
type Compiled = readonly string[]; // text, name, text, name, …, text
const compiled = new Map<ReasonCode, Compiled>();

/** The template with its nested reasons written out. */
function expand(code: ReasonCode): string {
  return REASONS[code].replace(NESTED, (_, nested: string) => expand(nested as ReasonCode));
}

function compile(code: ReasonCode): Compiled {
  let parts = compiled.get(code);
  if (parts === undefined) {
    parts = expand(code).split(VALUE);
    compiled.set(code, parts);
  }
  return parts;
}

/** The English text of a reason, as i18next would give it with the English catalogue. */
export function englishReason(reason: Reason): string {
  const parts = compile(reason.code);
  if (parts.length === 1) return parts[0];
  const values = reason.values ?? {};
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (name in values ? String(values[name]) : `{{${name}}}`) + parts[i + 1];
  }
  return text;
}
