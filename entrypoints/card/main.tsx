import '../../components/card/card.css';
import '../../components/card/card-frame.css';
import { runCardFrame } from '../../extension/card/card-frame';

const root = document.getElementById('app');
if (root) {
  runCardFrame(root).catch((error: unknown) => console.error('Factmark: the card did not open', error));
}
