/**
 * The year/type filter of a TieFilter, compiled once into a predicate over collaboration
 * ties. Semantics (src/model/level.ts): `years` is an inclusive fiscal-year range and
 * undated ties pass unless `keepUndated === false`; `types` lists the collaboration
 * types that pass (an empty list lets none pass). Absent fields do not restrict.
 * Affiliation edges are never given to this predicate: they are not collaborations.
 */
import type { EdgeAttributes, TieFilter } from '../model/index.ts';

export type TiePredicate = (tie: EdgeAttributes) => boolean;

export function compileTieFilter(filter?: TieFilter): TiePredicate {
  const years = filter?.years;
  const keepUndated = filter?.keepUndated !== false;
  const types = filter?.types === undefined ? null : new Set(filter.types);
  if (years === undefined && keepUndated && types === null) return () => true;
  return (tie) => {
    if (types !== null && !types.has(tie.type)) return false;
    if (tie.year === null) return keepUndated;
    return years === undefined || (tie.year >= years.from && tie.year <= years.to);
  };
}
