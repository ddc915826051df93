/**
 * The six sample regions, modelled on the Knowledge Cluster Initiative (MEXT, FY2002–2009).
 * Region names, prefectures, cities and themes are real; every organization, person and
 * tie generated from these specs is fictional.
 *
 * The structural parameters differ on purpose, so that comparing regions means something:
 * Sapporo is a hub-and-spoke around one university, Sendai separate communities joined by
 * coordinators, Nagano fragmented with a weak headquarters, Hamamatsu grows strongly over
 * the years, Kansai is large and dense with strong industry–academia ties, Fukuoka is led
 * by government institutes with the headquarters as broker.
 */
import type { NamePair } from './names.ts';

export interface City {
  ja: string;
  en: string;
  lat: number;
  lon: number;
}

export interface RegionSpec {
  id: string;
  name: string;
  nameJa: string;
  /** Three-letter prefix of the region's ids. */
  code: string;
  prefecture: NamePair;
  cities: readonly City[];
  /** Key of FIELD_WORDS. */
  field: string;
  theme: string;
  themeJa: string;
  structure: string;
  description: string;
  descriptionJa: string;
  organizations: number;
  people: number;
  /** Science-and-technology coordinators at the headquarters (2–7). */
  coordinators: number;
  /** Groups of organizations that work together; projects stay inside one unless they cross. */
  communities: number;
  /** Probability that a project partner comes from another community. */
  crossCommunity: number;
  /** Share of projects led by the hub university (the first university); 0 = no hub. */
  hubShare: number;
  /** Sector of project leads (other than the hub). */
  leadSector: 'academia' | 'government';
  /** Probability that a coordinator joins a project team. */
  coordinatorShare: number;
  /** Share of organizations never active (their people stay isolates). */
  inactiveShare: number;
  /** Relative activity of each fiscal year 2002…2009 (start of projects, forum sizes). */
  activity: readonly number[];
  /** Joint-research projects over the eight years. */
  projects: number;
  /** Partner organizations per project (min, max). */
  partners: readonly [number, number];
  /** Share of partners from industry (the rest academia/government). */
  industryPartnerShare: number;
  /** Forums (yearly member lists). */
  forums: number;
  /** Whether forums gather the whole region or stay inside one community. */
  forumScope: 'region' | 'community';
  /** Patents and publications per project-year (mean). */
  outputsPerProjectYear: number;
}

const flat = [1, 1.1, 1.2, 1.2, 1.2, 1.2, 1.1, 1];

export const REGIONS: readonly RegionSpec[] = [
  {
    id: 'sapporo',
    name: 'Sapporo',
    nameJa: '札幌',
    code: 'SAP',
    prefecture: ['北海道', 'Hokkaido'],
    cities: [
      { ja: '札幌市', en: 'Sapporo', lat: 43.062, lon: 141.354 },
      { ja: '江別市', en: 'Ebetsu', lat: 43.104, lon: 141.536 },
      { ja: '千歳市', en: 'Chitose', lat: 42.821, lon: 141.652 },
    ],
    field: 'it_bio',
    theme: 'IT and biotechnology',
    themeJa: 'IT・バイオ',
    structure: 'hub-and-spoke around one university',
    description:
      'One university leads almost every project; companies work with it rather than with each other.',
    descriptionJa:
      '一つの大学がほぼすべてのプロジェクトを率い、企業は互いにではなくその大学と組んでいる。',
    organizations: 80,
    people: 220,
    coordinators: 4,
    communities: 1,
    crossCommunity: 0,
    hubShare: 0.85,
    leadSector: 'academia',
    coordinatorShare: 0.3,
    inactiveShare: 0.08,
    activity: flat,
    projects: 34,
    partners: [1, 2],
    industryPartnerShare: 0.85,
    forums: 2,
    forumScope: 'region',
    outputsPerProjectYear: 0.8,
  },
  {
    id: 'sendai',
    name: 'Sendai',
    nameJa: '仙台',
    code: 'SEN',
    prefecture: ['宮城県', 'Miyagi'],
    cities: [
      { ja: '仙台市', en: 'Sendai', lat: 38.268, lon: 140.87 },
      { ja: '名取市', en: 'Natori', lat: 38.171, lon: 140.891 },
      { ja: '多賀城市', en: 'Tagajo', lat: 38.294, lon: 141.004 },
    ],
    field: 'electronics',
    theme: 'intelligent electronics',
    themeJa: 'インテリジェント・エレクトロニクス',
    structure: 'separate communities joined by coordinators',
    description:
      'Four communities, each around a university, that meet only through the headquarters coordinators.',
    descriptionJa:
      '大学ごとの四つのコミュニティが、本部のコーディネーターを介してのみつながっている。',
    organizations: 100,
    people: 280,
    coordinators: 6,
    communities: 4,
    crossCommunity: 0,
    hubShare: 0,
    leadSector: 'academia',
    coordinatorShare: 0.6,
    inactiveShare: 0.08,
    activity: flat,
    projects: 40,
    partners: [1, 3],
    industryPartnerShare: 0.75,
    forums: 4,
    forumScope: 'community',
    outputsPerProjectYear: 0.8,
  },
  {
    id: 'nagano',
    name: 'Nagano',
    nameJa: '長野',
    code: 'NAG',
    prefecture: ['長野県', 'Nagano'],
    cities: [
      { ja: '長野市', en: 'Nagano', lat: 36.648, lon: 138.194 },
      { ja: '上田市', en: 'Ueda', lat: 36.402, lon: 138.249 },
      { ja: '松本市', en: 'Matsumoto', lat: 36.238, lon: 137.972 },
      { ja: '諏訪市', en: 'Suwa', lat: 36.039, lon: 138.114 },
    ],
    field: 'materials',
    theme: 'nanotechnology and materials',
    themeJa: 'ナノテクノロジー・材料',
    structure: 'fragmented, weak headquarters',
    description:
      'Small groups in several cities that do not connect; the headquarters reaches few of them and many organizations never collaborate.',
    descriptionJa:
      '複数の都市の小さなグループが互いにつながらない。本部が届くのは一部だけで、共同研究に一度も加わらない組織も多い。',
    organizations: 70,
    people: 180,
    coordinators: 2,
    communities: 6,
    crossCommunity: 0,
    hubShare: 0,
    leadSector: 'academia',
    coordinatorShare: 0.1,
    inactiveShare: 0.3,
    activity: flat,
    projects: 20,
    partners: [1, 2],
    industryPartnerShare: 0.7,
    forums: 2,
    forumScope: 'community',
    outputsPerProjectYear: 0.5,
  },
  {
    id: 'hamamatsu',
    name: 'Hamamatsu',
    nameJa: '浜松',
    code: 'HAM',
    prefecture: ['静岡県', 'Shizuoka'],
    cities: [
      { ja: '浜松市', en: 'Hamamatsu', lat: 34.711, lon: 137.726 },
      { ja: '磐田市', en: 'Iwata', lat: 34.718, lon: 137.851 },
      { ja: '湖西市', en: 'Kosai', lat: 34.718, lon: 137.531 },
    ],
    field: 'optronics',
    theme: 'optronics (photonics and imaging)',
    themeJa: 'オプトロニクス（光技術・イメージング）',
    structure: 'strong growth 2002→2009',
    description: 'Few ties in the first years; projects multiply every year until FY2009.',
    descriptionJa: '初めの数年は連携が少なく、2009年度までプロジェクトが年ごとに増えていく。',
    organizations: 90,
    people: 250,
    coordinators: 5,
    communities: 2,
    crossCommunity: 0.25,
    hubShare: 0,
    leadSector: 'academia',
    coordinatorShare: 0.3,
    inactiveShare: 0.08,
    activity: [1, 1.6, 2.6, 4.1, 6.6, 10.5, 16.8, 26.8],
    projects: 44,
    partners: [1, 3],
    industryPartnerShare: 0.75,
    forums: 2,
    forumScope: 'region',
    outputsPerProjectYear: 0.8,
  },
  {
    id: 'kansai',
    name: 'Kansai',
    nameJa: '関西',
    code: 'KAN',
    prefecture: ['大阪府', 'Osaka'],
    cities: [
      { ja: '大阪市', en: 'Osaka', lat: 34.694, lon: 135.502 },
      { ja: '吹田市', en: 'Suita', lat: 34.76, lon: 135.516 },
      { ja: '神戸市', en: 'Kobe', lat: 34.69, lon: 135.196 },
      { ja: '京都市', en: 'Kyoto', lat: 35.012, lon: 135.768 },
    ],
    field: 'biomedical',
    theme: 'biomedical science',
    themeJa: 'バイオメディカル',
    structure: 'large and dense, strong industry–academia ties',
    description:
      'The largest region: many universities and companies in overlapping projects, most of them university–company.',
    descriptionJa:
      '最大の地域。多くの大学と企業が重なり合うプロジェクトに参加し、その大半は大学と企業の連携である。',
    organizations: 148,
    people: 390,
    coordinators: 7,
    communities: 3,
    crossCommunity: 0.4,
    hubShare: 0,
    leadSector: 'academia',
    coordinatorShare: 0.15,
    inactiveShare: 0.04,
    activity: flat,
    projects: 120,
    partners: [2, 4],
    industryPartnerShare: 0.95,
    forums: 2,
    forumScope: 'region',
    outputsPerProjectYear: 1.6,
  },
  {
    id: 'fukuoka',
    name: 'Fukuoka',
    nameJa: '福岡',
    code: 'FUK',
    prefecture: ['福岡県', 'Fukuoka'],
    cities: [
      { ja: '福岡市', en: 'Fukuoka', lat: 33.59, lon: 130.402 },
      { ja: '北九州市', en: 'Kitakyushu', lat: 33.883, lon: 130.875 },
      { ja: '飯塚市', en: 'Iizuka', lat: 33.646, lon: 130.691 },
    ],
    field: 'lsi',
    theme: 'system LSI design',
    themeJa: 'システムLSI設計',
    structure: 'government-institute-led, headquarters as broker',
    description:
      'Public research institutes lead most projects; the headquarters and its coordinators sit in nearly every team and connect otherwise separate groups.',
    descriptionJa:
      '公設試験研究機関がほとんどのプロジェクトを率い、本部とコーディネーターがほぼすべてのチームに入って、ほかではつながらないグループを結んでいる。',
    organizations: 95,
    people: 260,
    coordinators: 6,
    communities: 3,
    crossCommunity: 0.05,
    hubShare: 0,
    leadSector: 'government',
    coordinatorShare: 0.9,
    inactiveShare: 0.08,
    activity: flat,
    projects: 40,
    partners: [1, 3],
    industryPartnerShare: 0.8,
    forums: 3,
    forumScope: 'community',
    outputsPerProjectYear: 0.8,
  },
];
