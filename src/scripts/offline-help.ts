// The get-help page's one script: keep help available offline (see offline.ts).
import { registerServiceWorker } from './offline';

registerServiceWorker();
