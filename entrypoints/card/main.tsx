import '../../components/card/card.css';
import '../../components/card/card-frame.css';
// The changed claim's was/now block (ClaimChange) shares the change notice's look.
import '../../components/change-notice.css';
import { runCardFrame } from '../../extension/card/card-frame';

const root = document.getElementById('app');
if (root) {
  runCardFrame(root).catch((error: unknown) => console.error('Factmark: the card did not open', error));
}
