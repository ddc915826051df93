/**
 * Column roles and aliases of the cluster dataset files (docs/data-format.md lists them).
 * The first alias of each role is its canonical name.
 */
import type { ColumnSpec } from './columns.ts';

const YEAR_ALIASES = ['year', 'fiscal year', 'fy', '年度', '年'] as const;
const TYPE_ALIASES = ['type', 'kind', 'collaboration type', '種類', '種別'] as const;

export const ORGANIZATION_COLUMNS: readonly ColumnSpec<'id' | 'name' | 'sector' | 'type'>[] = [
  {
    role: 'id',
    required: true,
    aliases: ['id', 'organization id', 'organisation id', 'org id', '組織id', '機関id'],
  },
  {
    role: 'name',
    required: true,
    aliases: ['name', 'organization', 'organisation', 'label', '名称', '組織名', '機関名', '名前'],
  },
  {
    role: 'sector',
    required: true,
    aliases: ['sector', 'category', 'セクター', '区分', '分類', '産学官'],
  },
  {
    role: 'type',
    required: false,
    aliases: ['type', 'organization type', 'organisation type', '種別', '種類', '機関種別'],
  },
];

export const PEOPLE_COLUMNS: readonly ColumnSpec<'id' | 'name' | 'organization' | 'role'>[] = [
  {
    role: 'id',
    required: true,
    aliases: ['id', 'person id', 'researcher id', '人物id', '研究者id'],
  },
  { role: 'name', required: true, aliases: ['name', 'full name', 'label', '氏名', '名前', '名称'] },
  {
    role: 'organization',
    required: false,
    aliases: [
      'organization',
      'organisation',
      'organization id',
      'organisation id',
      'org',
      'org id',
      'affiliation',
      '所属',
      '所属機関',
      '組織',
      '組織id',
    ],
  },
  { role: 'role', required: false, aliases: ['role', 'position', 'title', '役割', '役職'] },
];

export const COLLABORATION_COLUMNS: readonly ColumnSpec<
  'source' | 'target' | 'type' | 'year' | 'weight' | 'project'
>[] = [
  {
    role: 'source',
    required: true,
    aliases: ['source', 'from', 'source id', 'src', '始点', '連携元'],
  },
  {
    role: 'target',
    required: true,
    aliases: ['target', 'to', 'target id', 'dst', '終点', '連携先'],
  },
  { role: 'type', required: false, aliases: TYPE_ALIASES },
  { role: 'year', required: false, aliases: YEAR_ALIASES },
  { role: 'weight', required: false, aliases: ['weight', 'value', 'strength', '重み'] },
  {
    role: 'project',
    required: false,
    aliases: ['project', 'project id', 'forum', 'プロジェクト', '事業'],
  },
];

export const MEMBERSHIP_COLUMNS: readonly ColumnSpec<'project' | 'member' | 'year' | 'type'>[] = [
  {
    role: 'project',
    required: true,
    aliases: ['project', 'project id', 'forum', 'group', 'プロジェクト', '事業'],
  },
  {
    role: 'member',
    required: true,
    aliases: ['member', 'member id', 'participant', 'id', 'メンバー', '参加者'],
  },
  { role: 'year', required: false, aliases: YEAR_ALIASES },
  { role: 'type', required: false, aliases: TYPE_ALIASES },
];
