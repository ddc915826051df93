/** Composes the workbench panels; holds no logic of its own. */
export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Cluster Network Workbench</h1>
      </header>
    </div>
  );
}
