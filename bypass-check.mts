import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 10 } }] });
const n = cy.add({ group: 'nodes', data: { id: 'a' } });
n.style('display', 'none');
cy.style([{ selector: 'node', style: { width: 20, opacity: 0 } }]);
console.log('after sheet swap:', n.style('display'), n.style('width'));
n.removeStyle('display');
console.log('after removeStyle:', n.style('display'));
