import { describe, expect, it } from 'vitest';
import { deriveParticipations } from '../../../src/graph/participations.ts';
import { DatasetBuilder } from './buildDataset.ts';

/** U: university, C: company, G: prefecture, HQ: cluster headquarters (intermediary). */
function region() {
  return new DatasetBuilder()
    .organization('U', 'academia')
    .organization('C', 'industry')
    .organization('C2', 'industry')
    .organization('G', 'government')
    .organization('HQ', 'intermediary')
    .organization('X', 'unknown')
    .person('u1', 'U')
    .person('u2', 'U')
    .person('c1', 'C')
    .person('c2', 'C2')
    .person('g1', 'G')
    .person('hq1', 'HQ')
    .person('loner');
}

describe('deriveParticipations', () => {
  it('makes one record per tie without a project, of its two ends’ helices', () => {
    const dataset = region()
      .tie('u1', 'c1')
      .tie('u1', 'u2')
      .tie('c1', 'G', { type: 'contract' })
      .tie('hq1', 'g1')
      .build();
    expect(deriveParticipations(dataset)).toEqual([
      ['academia', 'industry'],
      ['academia'],
      ['industry', 'government'],
      ['government'],
    ]);
  });

  it('makes one record per project and year, listing the distinct helices of all its ends', () => {
    const dataset = region()
      .tie('u1', 'c1', { project: 'P1', year: 2004 })
      .tie('c1', 'c2', { project: 'P1', year: 2004 })
      .tie('u2', 'u1', { project: 'P2', year: 2004 })
      .tie('c2', 'g1', { project: 'P1', year: 2005 })
      .tie('u1', 'g1', { project: 'P1', year: 2004 })
      .tie('u1', 'c1', { project: 'P1', year: null })
      .tie('u2', 'c2', { project: 'P1', year: null })
      .build();
    expect(deriveParticipations(dataset)).toEqual([
      ['academia', 'industry', 'government'], // P1 2004
      ['academia'], // P2 2004
      ['industry', 'government'], // P1 2005
      ['academia', 'industry'], // P1 undated
    ]);
  });

  it('ignores intermediaries and unknown sectors, and omits records left without a helix', () => {
    const dataset = region()
      .tie('hq1', 'HQ', { type: 'forum' })
      .tie('hq1', 'X')
      .tie('loner', 'hq1')
      .tie('loner', 'c2')
      .tie('hq1', 'u1', { project: 'F', type: 'forum' })
      .tie('hq1', 'X', { project: 'F', type: 'forum' })
      .build();
    expect(deriveParticipations(dataset)).toEqual([['industry'], ['academia']]);
  });

  it('counts a person as their organization’s sector, whatever their own sector says', () => {
    const dataset = region().tie('u1', 'c1').build();
    dataset.graph.setNodeAttribute('u1', 'sector', 'government');
    expect(deriveParticipations(dataset)).toEqual([['academia', 'industry']]);
  });

  it('applies the year and type filter and never uses affiliation edges', () => {
    const dataset = region()
      .tie('u1', 'c1', { year: 2003, type: 'patent' })
      .tie('u1', 'g1', { year: 2008 })
      .tie('c1', 'g1', { year: null })
      .build();
    expect(deriveParticipations(dataset, { years: { from: 2005, to: 2009 } })).toEqual([
      ['academia', 'government'],
      ['industry', 'government'],
    ]);
    expect(
      deriveParticipations(dataset, { years: { from: 2005, to: 2009 }, keepUndated: false }),
    ).toEqual([['academia', 'government']]);
    expect(deriveParticipations(dataset, { types: ['patent'] })).toEqual([
      ['academia', 'industry'],
    ]);
    expect(deriveParticipations(region().build())).toEqual([]);
  });

  it('uses node sectors in generic datasets', () => {
    const dataset = new DatasetBuilder('generic')
      .node('a', 'academia')
      .node('b', 'industry')
      .node('c')
      .tie('a', 'b', { type: '', year: null })
      .tie('b', 'c', { type: '', year: null })
      .build();
    expect(deriveParticipations(dataset)).toEqual([['academia', 'industry'], ['industry']]);
  });

  it('treats project ids and node ids like __proto__ as ordinary strings', () => {
    const dataset = new DatasetBuilder()
      .organization('__proto__', 'academia')
      .organization('constructor', 'industry')
      .person('toString', '__proto__')
      .tie('toString', 'constructor', { project: '__proto__' })
      .tie('constructor', '__proto__', { project: 'hasOwnProperty' })
      .build();
    expect(deriveParticipations(dataset)).toEqual([
      ['academia', 'industry'],
      ['academia', 'industry'],
    ]);
  });
});
