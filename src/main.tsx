/** Entry point: mounts the workbench. Styles live in src/ui/app.css. */
// The language is settled before the first render (synchronous init).
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('main.tsx: index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
