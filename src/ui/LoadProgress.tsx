/** Progress of the sample import while it runs; the errors of failed regions after it. */
import { useWorkbench } from './workbench.ts';

export function LoadProgress() {
  const load = useWorkbench((state) => state.load);
  if (load.status === 'loading') {
    return (
      <div className="load-progress" data-testid="progress" role="status">
        <progress max={1} value={load.fraction} aria-label="Importing the sample regions" />
        <span>{load.step || 'Importing…'}</span>
      </div>
    );
  }
  if (load.errors.length > 0) {
    return (
      <div className="load-errors" data-testid="load-errors" role="alert">
        <strong>Some regions could not be loaded</strong>
        <ul>
          {load.errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    );
  }
  return null;
}
