/**
 * Run by speed.test.ts in its own Node process (so other test files running in parallel
 * do not share its CPU clock or heap): imports a generated cluster dataset of 20,000
 * people in 500 organizations with 100,000 collaboration ties and prints one JSON line
 * with the counts, CPU and wall time, and heap growth.
 */
import { importFiles } from '../../../src/io/index.ts';

const PEOPLE = 20_000;
const ORGANIZATIONS = 500;
const TIES = 100_000;
const SECTOR_WORDS = ['university', 'company', '公設試', '財団'];

let seed = 1;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647; // Park–Miller, seeded

let organizations = 'id,name,sector,region,prefecture\n';
for (let i = 0; i < ORGANIZATIONS; i++)
  organizations += `O${i},Organization ${i},${SECTOR_WORDS[i % 4]},Kyoto,京都府\n`;
let people = 'id,name,organization,role\n';
for (let i = 0; i < PEOPLE; i++) people += `P${i},研究者 ${i},O${i % ORGANIZATIONS},researcher\n`;
let ties = 'source,target,type,year,weight,project\n';
for (let i = 0; i < TIES; i++) {
  const a = Math.floor(random() * PEOPLE);
  let b = Math.floor(random() * PEOPLE);
  if (b === a) b = (a + 1) % PEOPLE;
  ties += `P${a},P${b},joint_research,FY${2002 + (i % 8)},${1 + (i % 3)},PR${i % 300}\n`;
}
const encoder = new TextEncoder();
const files = [
  { name: 'organizations.csv', bytes: encoder.encode(organizations) },
  { name: 'people.csv', bytes: encoder.encode(people) },
  { name: 'collaborations.csv', bytes: encoder.encode(ties) },
];
organizations = people = ties = '';

(globalThis as { gc?: () => void }).gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
const outcome = await importFiles(files);
const wallMs = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
console.log(
  JSON.stringify({
    ok: outcome.ok,
    nodes: outcome.ok ? outcome.dataset.graph.order : 0,
    edges: outcome.ok ? outcome.dataset.graph.size : 0,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    wallMs: Math.round(wallMs),
    heapMb: Math.round(heapMb),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
