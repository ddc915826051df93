/** Types for cytoscape-fcose (https://github.com/iVis-at-Bilkent/cytoscape.js-fcose), which ships none. */
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';
  const register: cytoscape.Ext;
  export default register;
}
