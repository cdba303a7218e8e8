import { render } from 'preact';
import '../../components/styles.css';
import { getDb } from '../../storage/db';
import { App } from './App';

// Open the database while the page renders its frame: the first rows wait for it. The list's
// query reports a failure to the reader; this only logs it.
getDb()
  .open()
  .catch((error: unknown) => console.error('Factmark: the database could not be opened', error));
const root = document.getElementById('app');
if (root) render(<App />, root);
