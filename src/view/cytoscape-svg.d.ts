/** Types for cytoscape-svg (https://github.com/kinimesi/cytoscape-svg), which ships none. */
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const register: cytoscape.Ext;
  export default register;
}
