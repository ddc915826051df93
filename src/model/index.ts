export * from './sector.ts';
export * from './dataset.ts';
export * from './report.ts';
export * from './level.ts';
